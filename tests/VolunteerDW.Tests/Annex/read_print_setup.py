#!/usr/bin/env python3
"""Reads how each sheet of a workbook prints, as a program other than ours reads it: openpyxl opens
the workbook and this prints, as JSON, a list with one object per sheet in order: its name, paper
size, orientation, fit-to-page settings, margins (inches), print title rows, column widths (in the
file's unit, padding included) and row heights as written in the file, and which cells wrap their
text. An attribute the file leaves out has the value the format gives it (ECMA-376 §18.3.1.63:
fitToWidth and fitToHeight default to 1), as Excel and LibreOffice read it.

Usage: read_print_setup.py WORKBOOK > setup.json
"""
import json
import sys

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:
    sys.stderr.write("openpyxl is not installed: install the Debian package python3-openpyxl "
                     "(apt-get install -y python3-openpyxl).\n")
    sys.exit(3)


def or_default(value, default):
    return default if value is None else int(value)


def column_widths(ws):
    # A <col> element covers a run of columns of the same width: openpyxl keys it by the first.
    return {get_column_letter(index): dimension.width
            for dimension in ws.column_dimensions.values() if dimension.customWidth
            for index in range(dimension.min, dimension.max + 1)}


def sheet_setup(ws):
    setup = ws.page_setup
    properties = ws.sheet_properties.pageSetUpPr
    return {
        "name": ws.title,
        "paper_size": None if setup.paperSize is None else int(setup.paperSize),
        "orientation": setup.orientation,
        "fit_to_width": or_default(setup.fitToWidth, 1),
        "fit_to_height": or_default(setup.fitToHeight, 1),
        "fit_to_page": bool(properties is not None and properties.fitToPage),
        "margins": {side: getattr(ws.page_margins, side) for side in ("left", "right", "top", "bottom")},
        "print_title_rows": ws.print_title_rows,
        "column_widths": column_widths(ws),
        "row_heights": {str(row): dimension.height for row, dimension in ws.row_dimensions.items() if dimension.height is not None},
        "wrapped_cells": [cell.coordinate for row in ws.iter_rows() for cell in row if cell.alignment is not None and cell.alignment.wrap_text],
    }


def main(path):
    workbook = openpyxl.load_workbook(path)
    json.dump([sheet_setup(ws) for ws in workbook.worksheets], sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
