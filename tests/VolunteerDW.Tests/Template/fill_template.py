#!/usr/bin/env python3
"""Fills a vdw template the way a program other than ours would: openpyxl opens it, writes the
given values and saves a copy.

Usage: fill_template.py TEMPLATE OUTPUT < values.json
values.json is a list of {"sheet", "cell", "value"} (a number or a string, written as it is) or
{"sheet", "cell", "date": "yyyy-mm-dd"} (written as a real spreadsheet date).
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
        value = datetime.date.fromisoformat(item["date"]) if "date" in item else item["value"]
        workbook[item["sheet"]][item["cell"]] = value
    workbook.save(output)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
