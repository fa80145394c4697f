#!/usr/bin/env bash
# Regenerates the example workbooks from the current code:
#   examples/mvsp-inputs-2026.xlsx            = mvsp-triggers template (the 2026 paper's figures)
#   examples/mvsp-inputs-2026-evaluated.xlsx  = that template, evaluated (what `npm run demo` prints)
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc -p tsconfig.cli.json
rm -f examples/mvsp-inputs-2026.xlsx examples/mvsp-inputs-2026-evaluated.xlsx
node lib/cli/main.js template examples/mvsp-inputs-2026.xlsx --lang en
node lib/cli/main.js evaluate examples/mvsp-inputs-2026.xlsx --out examples/mvsp-inputs-2026-evaluated.xlsx
