#!/usr/bin/python3
"""Changes one input of an evaluated workbook with openpyxl, another tool than this project's,
as a user would in a spreadsheet; `none` only opens and saves it. openpyxl saves formulas
without cached values, so LibreOffice recalculates the summary's live check when it loads the
result (see tests/review/live-check-libreoffice.test.ts).

It can also edit a result by hand, as a user might: `status` retypes the status cell
Status_spend_vs_envelope, `summary` the first "Not triggered" of the summary sheet; both print
the cell they changed (`Inputs!B9`).

usage: change-input.py IN.xlsx OUT.xlsx none|number|date|yesno|row|status|summary
"""
import sys
from openpyxl import load_workbook
from openpyxl.utils import range_boundaries


def named_cell(wb, name):
    dest = next(iter(wb.defined_names[name].destinations))
    return wb[dest[0]][dest[1].replace("$", "").split(":")[0]]


def table(wb, name):
    for ws in wb.worksheets:
        if name in ws.tables:
            return ws, ws.tables[name]
    raise SystemExit(f"no table {name}")


def header_col(ws, tab, header):
    min_col, min_row, max_col, _ = range_boundaries(tab.ref)
    for col in range(min_col, max_col + 1):
        if str(ws.cell(row=min_row, column=col).value).strip().lower() == header:
            return col
    raise SystemExit(f"no column {header} in {tab.name}")


def main(src, out, change):
    wb = load_workbook(src)
    if change == "number":
        cell = named_cell(wb, "BudgetEnvelope")
        cell.value = cell.value + 1000
    elif change == "date":
        ws, tab = table(wb, "MemberRoster")
        col = header_col(ws, tab, "joined")
        _, min_row, _, _ = range_boundaries(tab.ref)
        cell = ws.cell(row=min_row + 1, column=col)
        cell.value = cell.value.replace(day=1 if cell.value.day != 1 else 2)
    elif change == "yesno":
        ws, tab = table(wb, "ExternalFactors")
        col = header_col(ws, tab, "assessment")
        _, min_row, _, max_row = range_boundaries(tab.ref)
        for row in range(min_row + 1, max_row + 1):
            cell = ws.cell(row=row, column=col)
            if cell.value in ("Yes", "No"):
                cell.value = "No" if cell.value == "Yes" else "Yes"
                break
    elif change == "row":
        # A service typed below the table, which grows to take it, as Excel's tables do.
        ws, tab = table(wb, "CoreServiceCosts")
        min_col, min_row, max_col, max_row = range_boundaries(tab.ref)
        for offset, value in enumerate(["New service", 1000, 900]):
            ws.cell(row=max_row + 1, column=min_col + offset, value=value)
        tab.ref = f"{ws.cell(row=min_row, column=min_col).coordinate}:{ws.cell(row=max_row + 1, column=max_col).coordinate}"
        if tab.autoFilter is not None:
            tab.autoFilter.ref = tab.ref
    elif change == "status":
        cell = named_cell(wb, "Status_spend_vs_envelope")
        cell.value = "Triggered" if cell.value != "Triggered" else "Not triggered"
        print(f"{cell.parent.title}!{cell.coordinate}")
    elif change == "summary":
        ws = wb["MVSP Triggers"]
        cell = next(c for row in ws.iter_rows() for c in row if c.value == "Not triggered")
        cell.value = "Triggered"
        print(f"'{ws.title}'!{cell.coordinate}")
    elif change != "none":
        raise SystemExit(f"unknown change {change}")
    wb.save(out)


if __name__ == "__main__":
    main(*sys.argv[1:4])
