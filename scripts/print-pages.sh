#!/usr/bin/env bash
# Evaluates the example in each language and renders the evaluated workbook to PDF/PNG pages,
# to check how the whole workbook prints. Not part of npm test (needs LibreOffice and poppler).
# Usage: scripts/print-pages.sh [OUTDIR]   (default /tmp/print-pages)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/print-pages}
render=${RENDER_XLSX:-../shared/tools/render-xlsx}
npx tsc -p tsconfig.cli.json
for lang in en fr es; do
  dir="$out/$lang"; rm -rf "$dir"; mkdir -p "$dir"
  node lib/cli/main.js evaluate examples/mvsp-inputs-2026.xlsx --out "$dir/ev.xlsx" --lang "$lang" >/dev/null || true
  "$render" "$dir/ev.xlsx" "$dir/png" >/dev/null
  echo "$lang: $(pdfinfo "$dir/png/ev.pdf" | awk '/^Pages:/ {print $2}') pages ($dir/png)"
done
