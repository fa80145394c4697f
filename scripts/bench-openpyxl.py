#!/usr/bin/python3
"""The yardstick of `npm run bench` (issue 8): the same big workbook read by a plain openpyxl
script, and the maker of that workbook, so that neither depends on this project's code.

    /usr/bin/python3 scripts/bench-openpyxl.py make BASE.xlsx OUT.xlsx 20000
        BASE (an inputs workbook) plus a sheet Roster of N members; MemberRoster points to it.
    /usr/bin/python3 scripts/bench-openpyxl.py read BIG.xlsx
        load_workbook(data_only=True) and one loop over the roster; prints a JSON line.
Run with Debian's python3-openpyxl (/usr/bin/python3).
"""
import datetime
import json
import sys
import time

import openpyxl
from openpyxl.workbook.defined_name import DefinedName

TODAY = datetime.date(2026, 9, 30)


def member(i):
    """Most members active, some left in the look-back window, a few new (as bench.mjs had)."""
    joined = TODAY - datetime.timedelta(days=400 + i % 3000)
    if i % 101 == 0:
        joined = TODAY - datetime.timedelta(days=30)
    left = TODAY - datetime.timedelta(days=i % 300) if i % 17 == 0 else None
    return ["Member %d" % (i + 1), i % 3 + 1, joined, left]


def make(base, out, size):
    wb = openpyxl.load_workbook(base)
    roster = wb.create_sheet("Roster")
    roster.append(["Organisation", "Tier", "Joined", "Left"])
    # openpyxl gives date cells a date number format by itself.
    for i in range(size):
        roster.append(member(i))
    names = wb.defined_names
    for dn in list(names.definedName):
        if dn.name == "MemberRoster":
            names.definedName.remove(dn)
    names.append(DefinedName("MemberRoster", attr_text="Roster!$A$1:$D$%d" % (size + 1)))
    wb.save(out)


def read(path):
    start = time.perf_counter()
    wb = openpyxl.load_workbook(path, data_only=True)
    loaded = time.perf_counter()
    destination = next(iter(wb.defined_names["MemberRoster"].destinations))
    sheet, ref = destination
    active = 0
    members = 0
    for organisation, tier, joined, left in wb[sheet][ref.replace("$", "")][1:]:
        organisation, tier, joined, left = organisation.value, tier.value, joined.value, left.value
        if organisation is None:
            continue
        members += 1
        if joined is not None and joined.date() <= TODAY and (left is None or left.date() > TODAY):
            active += 1
    done = time.perf_counter()
    print(json.dumps({"members": members, "active": active, "load_s": loaded - start, "total_s": done - start}))


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "make":
        make(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif len(sys.argv) == 3 and sys.argv[1] == "read":
        read(sys.argv[2])
    else:
        sys.exit(__doc__)
