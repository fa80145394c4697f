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
    // Hide every sheet but the summary, editing the package in place (its chart stays).
    const { readFileSync, writeFileSync } = require("fs");
    const { DOMParser, XMLSerializer } = require("@xmldom/xmldom");
    const { XlsxPackage } = require("./lib/adapters/xlsx");
    const pkg = XlsxPackage.open(readFileSync(process.argv[1]));
    const doc = new DOMParser().parseFromString(pkg.text("xl/workbook.xml"), "text/xml");
    const sheets = Array.from(doc.getElementsByTagName("sheet"));
    sheets.forEach((sheet) => sheet.getAttribute("name") === "MVSP Triggers" || sheet.setAttribute("state", "hidden"));
    const views = doc.getElementsByTagName("workbookView")[0];
    if (views) views.setAttribute("activeTab", String(sheets.findIndex((s) => s.getAttribute("name") === "MVSP Triggers")));
    pkg.set("xl/workbook.xml", new XMLSerializer().serializeToString(doc));
    writeFileSync(process.argv[2], pkg.toBuffer());' "$work/evaluated-$lang.xlsx" "$work/summary-$lang.xlsx"
  bash ../shared/tools/render-xlsx "$work/summary-$lang.xlsx" "$work/png-$lang" >/dev/null
  cp "$work/png-$lang/page-1.png" "docs/summary-$lang.png"
  echo "docs/summary-$lang.png"
done
