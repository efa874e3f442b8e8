#!/usr/bin/env bash
# Regenerates the renderings of issue 22: reports turned into text by the converters users actually run, committed
# as test data so the tests need none of them. Run as root from anywhere:
#   bash tests/ReportSchemaKit.GovInfo.Tests/Renderings/make-renderings.sh
# It installs the converters (Debian packages; npm packages into a temporary prefix; Chromium by
# scripts/ci/install-chromium.sh), writes the test writers' sources again (WrittenSourceTests with
# RSK_RENDERING_SOURCES), renders every source with every converter that applies (Converters.cs lists the same
# pairs), and records each tool's exact version in TOOLS.txt. The corpus PDFs are read from ../shared, not copied.
set -euo pipefail
export LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
corpus=$(cd "$root/../shared/corpus" && pwd)
texts="$here/Texts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== converters"
apt-get update -qq
apt-get install -y -qq poppler-utils w3m lynx html2text pandoc >/dev/null
bash "$root/scripts/ci/install-chromium.sh"
test -x /usr/bin/chromium || { echo "make-renderings: chromium is required" >&2; exit 1; }
# pdf2md 0.2.1: later releases read PDFs with unpdf 1.x, whose PDF.js never settles under Debian's node 20 (the
# conversion ends with no output and no error); 0.2.1's unpdf 0.12 converts.
npm install --prefix "$work/npm" --no-save --no-audit --no-fund @opendocsg/pdf2md@0.2.1 mammoth@1.13.0 >/dev/null
npm_bin="$work/npm/node_modules/.bin"

echo "== written sources"
dotnet build "$root/tests/ReportSchemaKit.GovInfo.Tests" -c Release -v quiet -nologo
RSK_RENDERING_SOURCES="$here" dotnet test "$root/tests/ReportSchemaKit.GovInfo.Tests" -c Release --no-build -v quiet -nologo \
  --filter "FullyQualifiedName~WrittenSourceTests"

# pdf2md's own command line converts whole folders and swallows errors; its library call does neither.
pdf2md() {
  node -e 'const pdf2md = require(process.argv[1]);
    pdf2md(new Uint8Array(require("fs").readFileSync(process.argv[2]))).then(t => process.stdout.write(t), e => { console.error(e); process.exit(1); });' \
    "$work/npm/node_modules/@opendocsg/pdf2md" "$1"
}

# The page's text as a browser copies it: document.body.innerText, taken after layout by a script added to a copy of
# the page and handed out base64-encoded in an attribute of the dumped DOM (so no markup escaping touches it).
innertext() {
  local page="$work/innertext.html"
  sed 's#</body>#<script>document.addEventListener("DOMContentLoaded", function () { var b = new TextEncoder().encode(document.body.innerText), s = ""; for (var i = 0; i < b.length; i++) { s += String.fromCharCode(b[i]); } document.body.setAttribute("data-rsk-innertext", btoa(s)); });</script></body>#' "$1" >"$page"
  grep -q 'data-rsk-innertext' "$page" || { echo "make-renderings: $1 has no </body> to add the script to" >&2; exit 1; }
  chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/chromium" --window-size=1280,2000 \
    --dump-dom "file://$page" 2>/dev/null | grep -o 'data-rsk-innertext="[^"]*"' | sed 's/^data-rsk-innertext="//; s/"$//' | base64 -d
}

render_pdf() {
  local source=$1 name
  name=$(basename "$source")
  pdftotext -enc UTF-8 "$source" "$texts/$name.pdftotext.txt"
  pdftotext -enc UTF-8 -raw "$source" "$texts/$name.pdftotext-raw.txt"
  pdftotext -enc UTF-8 -layout "$source" "$texts/$name.pdftotext-layout.txt"
  pdf2md "$source" >"$texts/$name.pdf2md.md"
}

render_html() {
  local source=$1 name
  name=$(basename "$source")
  w3m -dump -T text/html -O UTF-8 "$source" >"$texts/$name.w3m.txt"
  lynx -dump -assume_charset=utf-8 -display_charset=utf-8 "$source" >"$texts/$name.lynx.txt"
  html2text -utf8 "$source" >"$texts/$name.html2text.txt"
  pandoc -f html -t plain "$source" -o "$texts/$name.pandoc-plain.txt"
  pandoc -f html -t gfm "$source" -o "$texts/$name.pandoc-gfm.md"
  innertext "$source" >"$texts/$name.chromium-innertext.txt"
}

render_docx() {
  local source=$1 name
  name=$(basename "$source")
  pandoc -f docx -t plain "$source" -o "$texts/$name.pandoc-plain.txt"
  pandoc -f docx -t gfm "$source" -o "$texts/$name.pandoc-gfm.md"
  "$npm_bin/mammoth" "$source" "$texts/$name.mammoth-html.html" >/dev/null
  "$npm_bin/mammoth" --output-format=markdown "$source" "$texts/$name.mammoth-md.md" >/dev/null
}

echo "== renderings"
rm -rf "$texts"
mkdir -p "$texts"
for source in "$corpus"/*.pdf "$here"/Sources/*.pdf; do render_pdf "$source"; done
for source in "$here"/Sources/*.html; do render_html "$source"; done
for source in "$here"/Sources/*.docx; do render_docx "$source"; done

echo "== versions"
{
  echo "# The converters that made Texts/, as make-renderings.sh ran them on $(date -u +%Y-%m-%d) ($(. /etc/os-release && echo "$PRETTY_NAME"))."
  echo "# Debian packages:"
  dpkg-query -W -f='${Package} ${Version}\n' poppler-utils w3m lynx html2text pandoc chromium
  echo "# npm packages (installed into a temporary prefix), with the node that ran them:"
  for package in @opendocsg/pdf2md unpdf mammoth; do
    echo "$package $(node -p "require('$work/npm/node_modules/$package/package.json').version")"
  done
  echo "node $(node --version)"
  echo "# What each tool says of itself:"
  pdftotext -v 2>&1 | sed -n 1p
  w3m -version | sed -n 1p
  lynx -version | sed -n 1p
  html2text -version 2>&1 | sed -n 1p
  pandoc --version | sed -n 1p
  chromium --version 2>/dev/null
  echo "# Commands (Texts/<source>.<converter>.<extension>):"
  echo "pdftotext: pdftotext -enc UTF-8 SOURCE; pdftotext-raw: ... -raw; pdftotext-layout: ... -layout"
  echo "pdf2md: require('@opendocsg/pdf2md')(bytes of SOURCE)"
  echo "w3m: w3m -dump -T text/html -O UTF-8 SOURCE"
  echo "lynx: lynx -dump -assume_charset=utf-8 -display_charset=utf-8 SOURCE"
  echo "html2text: html2text -utf8 SOURCE"
  echo "pandoc-plain: pandoc -f html|docx -t plain SOURCE; pandoc-gfm: pandoc -f html|docx -t gfm SOURCE"
  echo "chromium-innertext: chromium --headless --dump-dom, document.body.innerText of the page after layout (window 1280x2000)"
  echo "mammoth-html: mammoth SOURCE; mammoth-md: mammoth --output-format=markdown SOURCE"
} >"$here/TOOLS.txt"

echo "make-renderings: $(find "$texts" -type f | wc -l) renderings in $texts"
