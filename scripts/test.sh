#!/usr/bin/env bash
# Restores, builds and runs every test project, then packs the packages and runs the sample consumer
# against them (scripts/ci/pack-and-run-sample.sh), and prints one line computed from the results:
# "N passed, N failed, N skipped". Exits non-zero when a test failed or the build broke.
set -uo pipefail
cd "$(dirname "$0")/.."
# The browser test needs Debian's chromium; the script installs it where it can and never fails the run.
bash scripts/ci/install-chromium.sh
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

dotnet test ReportSchemaKit.sln --configuration Release --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0 failed=0 skipped=0 files=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  total=$(value total); p=$(value passed)
  f=$(( $(value failed) + $(value error) + $(value timeout) + $(value aborted) ))
  passed=$((passed + p))
  failed=$((failed + f))
  skipped=$((skipped + total - p - f))
done

# The packages as a consumer meets them: packed, restored from a local folder into samples/, built, run.
# One check in the count; its own output says which step failed.
echo "== packaging: bash scripts/ci/pack-and-run-sample.sh"
if bash scripts/ci/pack-and-run-sample.sh > "$results/packaging.log" 2>&1; then
  passed=$((passed + 1))
  echo "packaging: passed"
else
  failed=$((failed + 1))
  tail -n 40 "$results/packaging.log"
  echo "packaging: FAILED (the last lines of its output are above)"
fi

if [ "$files" -eq 0 ]; then
  echo "no test results were written (the build failed?)"
  failed=$((failed + 1))
fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
