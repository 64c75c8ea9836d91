# Another program's view of a marked workbook: prints, as JSON, the comment on a cell, the colour
# it is filled with and its value, and the first sheet's name, as openpyxl reads them.
# Usage: read_marked_cell.py <workbook.xlsx> <sheet> <cell>
import json
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])
cell = workbook[sys.argv[2]][sys.argv[3]]
print(json.dumps({
    "comment": cell.comment.text if cell.comment else None,
    "fill": cell.fill.fgColor.rgb if cell.fill and cell.fill.fill_type == "solid" else None,
    "value": cell.value,
    "first_sheet": workbook.sheetnames[0],
}, ensure_ascii=False))
