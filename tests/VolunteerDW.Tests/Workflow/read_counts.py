# Another program's view of a template's counts: prints, as JSON, the workbook's sheet names and,
# when it has the sheet, each data row (from row 3) of codes and counts as openpyxl reads them.
# Usage: read_counts.py <workbook.xlsx> <sheet>
import json
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])
name = sys.argv[2]
rows = None
if name in workbook.sheetnames:
    rows = [list(row) for row in workbook[name].iter_rows(min_row=3, max_col=5, values_only=True) if row[0] is not None]
print(json.dumps({"sheets": workbook.sheetnames, "rows": rows}, ensure_ascii=False))
