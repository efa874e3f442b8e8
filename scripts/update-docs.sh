#!/usr/bin/env bash
# Regenerates the documentation rendered from the schemas, generated-samples/docs (a page per template
# version, the differences between consecutive versions, an index), and the browser screenshot of the
# jinshan report's HTML page, generated-samples/screenshots/jinshan-2021.png (needs Chromium:
# bash scripts/ci/install-chromium.sh). Run it after changing a template YAML or a renderer, then review
# `git diff`. The test suite fails while generated-samples/docs is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
RSK_ACCEPT_SNAPSHOTS=1 dotnet test tests/ReportSchemaKit.Docs.Tests --filter "FullyQualifiedName~GeneratedDocsTests" "$@"
RSK_ACCEPT_SNAPSHOTS=1 dotnet test tests/ReportSchemaKit.GovInfo.Tests --filter "FullyQualifiedName~BrowserLayoutTests" "$@"
git status --short -- generated-samples
