#!/usr/bin/env bash
# Restores, builds and runs every test project, then prints one line computed from the results:
# "N passed, N failed, N skipped". Exits non-zero when a test failed or the build broke.
set -uo pipefail
cd "$(dirname "$0")/.."
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
