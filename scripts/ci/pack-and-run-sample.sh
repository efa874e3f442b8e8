#!/usr/bin/env bash
# Packs the four ReportSchemaKit packages into artifacts/packages and proves them from the outside, as a
# consumer would meet them:
#   - samples/ProvincialReports restores them from that folder (package references, not project references),
#     compiles its own YAML template through the packed generator (warnings are errors there, so CS8785, the
#     generator failing to load YamlDotNet or Scriban, fails the build), and runs, checking its own outcome;
#   - the reportkit tool installs from the same folder into a temporary tool path and runs.
# Exits non-zero on the first failure. Needs ../shared/corpus beside the repository, like the README's commands.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
feed="$root/artifacts/packages"
# The sample restores into a packages folder of its own (samples/Directory.Build.props); the ReportSchemaKit
# folders in it are emptied first, because every pack reuses the version number.
sample_packages="$root/artifacts/sample-packages"
sample="$root/samples/ProvincialReports"
packages=(ReportSchemaKit ReportSchemaKit.Generator ReportSchemaKit.GovInfo ReportSchemaKit.Cli)
version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Version.props)"

step() { printf '\n== %s\n' "$*"; }
fail() { echo "pack-and-run-sample: $*" >&2; exit 1; }

[ -n "$version" ] || fail "no <VersionPrefix> in Version.props"

step "pack ${packages[*]} $version into artifacts/packages"
rm -rf "$feed"
for id in "${packages[@]}"; do
  dotnet pack "src/$id/$id.csproj" --configuration Release --nologo
done
for id in "${packages[@]}"; do
  [ -f "$feed/$id.$version.nupkg" ] || fail "$feed/$id.$version.nupkg was not packed"
done

step "restore the sample from the local feed"
rm -rf "$sample_packages"/reportschemakit* "$sample/bin" "$sample/obj"
dotnet restore "$sample" --force

# The generator package as restored: an analyzer package whose dependencies travel inside it.
generator="$sample_packages/reportschemakit.generator/$version"
for file in analyzers/dotnet/cs/ReportSchemaKit.Generator.dll analyzers/dotnet/cs/YamlDotNet.dll analyzers/dotnet/cs/Scriban.Signed.dll \
            build/ReportSchemaKit.Generator.props buildTransitive/ReportSchemaKit.Generator.props; do
  [ -f "$generator/$file" ] || fail "the generator package lacks $file"
done
[ ! -e "$generator/lib" ] || fail "the generator package has a lib/ folder: it would reach the consumer's references"
grep -q '<developmentDependency>true</developmentDependency>' "$generator/reportschemakit.generator.nuspec" \
  || fail "the generator package is not a development dependency"
if grep -q '<dependency ' "$generator/reportschemakit.generator.nuspec"; then
  fail "the generator package declares dependencies: $(grep '<dependency ' "$generator/reportschemakit.generator.nuspec")"
fi
for library in YamlDotNet Scriban.Signed; do
  if grep -q "\"$library/" "$sample/obj/project.assets.json"; then
    fail "$library reached the sample's package graph through the generator package"
  fi
done

step "build the sample"
# No compiler server: a long-lived one may hold a generator loaded from this same path by an earlier run.
dotnet build "$sample" --configuration Release --no-restore --nologo -p:UseSharedCompilation=false
for leaked in ReportSchemaKit.Generator.dll YamlDotNet.dll Scriban.Signed.dll; do
  [ ! -e "$sample/bin/Release/net10.0/$leaked" ] || fail "$leaked was copied into the sample's output"
done

step "run the sample"
dotnet "$sample/bin/Release/net10.0/ProvincialReports.dll"

step "install the reportkit tool from the local feed"
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
NUGET_PACKAGES="$sample_packages" dotnet tool install ReportSchemaKit.Cli --version "$version" --tool-path "$tools" --add-source "$feed"

step "run the reportkit tool"
schemas="$("$tools/reportkit" schemas)"
echo "$schemas"
for expected in "gov-info-disclosure 2019" "gov-info-disclosure 2021"; do
  grep -q "^$expected" <<<"$schemas" || fail "reportkit schemas does not list $expected"
done
report="$root/../shared/corpus/2023-jinshan-f2021-lines.txt"
[ -f "$report" ] || fail "$report is missing: the shared corpus must sit beside the repository"
cells="$("$tools/reportkit" parse --format cells "$report")"
grep -qx $'Art20Item5.Licensing.Decisions\t690' <<<"$cells" \
  || fail "reportkit parse did not read Art20Item5.Licensing.Decisions = 690 from $report"

echo
echo "pack-and-run-sample: ${#packages[@]} packages packed at $version; the sample and the reportkit tool ran from them."
