#!/usr/bin/env python3
"""Fills a vdw template the way a program other than ours would: openpyxl opens it, writes the
given values and saves a copy.

Usage: fill_template.py TEMPLATE OUTPUT < values.json
values.json is a list of {"sheet", "cell", "value"} (a number, a string or a boolean, written as
it is: openpyxl stores a boolean as a logical value, t="b"), {"sheet", "cell", "date": "yyyy-mm-dd"}
(written as a real spreadsheet date) or {"sheet", "cell", "formula": "=SUM(D3:E3)"} (written as a
formula; openpyxl calculates nothing, so the cell is saved with no result).
"""
import datetime
import json
import sys

try:
    import openpyxl
except ImportError:
    sys.stderr.write("openpyxl is not installed: install the Debian package python3-openpyxl "
                     "(apt-get install -y python3-openpyxl).\n")
    sys.exit(3)


def main(template, output):
    workbook = openpyxl.load_workbook(template)
    for item in json.load(sys.stdin):
        cell = workbook[item["sheet"]][item["cell"]]
        if "date" in item:
            cell.value = datetime.date.fromisoformat(item["date"])
        elif "formula" in item:
            cell.value = item["formula"]
            if cell.data_type != "f":
                sys.exit(f"{item['formula']!r} was not taken as a formula")
        else:
            cell.value = item["value"]
    workbook.save(output)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
