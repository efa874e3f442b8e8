#!/usr/bin/env bash
# Regenerates generated-samples/ and every approved snapshot from the current generator and schemas.
# Run it after an intended change to a template or to the generator, then review `git diff`.
set -euo pipefail
cd "$(dirname "$0")/.."
RSK_ACCEPT_SNAPSHOTS=1 dotnet test tests/ReportSchemaKit.Generator.Tests --filter "FullyQualifiedName~Snapshots" "$@"
git status --short -- generated-samples tests
