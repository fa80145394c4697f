#!/usr/bin/env bash
# Renders what a treasurer sees into docs/ (the README shows these images): the evaluated
# example's summary sheet in English and French, through LibreOffice (../shared/tools/render-xlsx).
# Needs: libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito (Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc -p tsconfig.cli.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for lang in en fr; do
  node lib/cli/main.js template "$work/inputs-$lang.xlsx" --lang "$lang" >/dev/null
  node lib/cli/main.js evaluate "$work/inputs-$lang.xlsx" --out "$work/evaluated-$lang.xlsx" --lang "$lang" >/dev/null || true
  # Only the summary: LibreOffice prints every sheet, so keep the page of the summary sheet.
  node -e '
    const ExcelJS = require("exceljs");
    (async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(process.argv[1]);
      for (const ws of [...wb.worksheets]) if (ws.name !== "MVSP Triggers") ws.state = "hidden";
      await wb.xlsx.writeFile(process.argv[2]);
    })();' "$work/evaluated-$lang.xlsx" "$work/summary-$lang.xlsx"
  bash ../shared/tools/render-xlsx "$work/summary-$lang.xlsx" "$work/png-$lang" >/dev/null
  cp "$work/png-$lang/page-1.png" "docs/summary-$lang.png"
  echo "docs/summary-$lang.png"
done
