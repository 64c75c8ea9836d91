#!/usr/bin/env python3
"""Reports how each sheet of a workbook prints, as openpyxl reads it, with wrapped text measured in
a real font (Pillow): the facts the template's print tests check, read by a program other than ours.

Usage: print_facts.py WORKBOOK > facts.json

For every sheet: paper size, orientation, fit-to-page, scale, side margins (inches), the rows
repeated at the top, the footer, the stored width of each column, the smallest font size of a cell
that holds a value, the cells with thin lines on all four sides, the blank cells left unlocked, the
height of each row, and each wrapped cell of a visible row with the lines its text takes.

Text is measured in Liberation Sans, which has Arial's metrics, in units of its digit "0": column
widths count digits of the sheet's font, so a text as wide as n digits needs n of them in any font.
"""
import json
import sys

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
    from PIL import ImageFont
except ImportError as error:
    sys.stderr.write(f"{error}: install python3-openpyxl and python3-pil (apt-get install -y python3-openpyxl python3-pil).\n")
    sys.exit(3)

FONTS = {False: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
         True: "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"}
# A column's width counts digits of the default 11-point font, 7 pixels each, plus 5 pixels of
# padding that holds no text.
DIGIT_PIXELS = 7
PADDING_PIXELS = 5
DEFAULT_FONT_SIZE = 11
# Excel's width of a column nobody sized: 8.43 digits and the padding.
DEFAULT_COLUMN_WIDTH = 8.43 + PADDING_PIXELS / DIGIT_PIXELS


class Measure:
    """The width of a text in digits of its font, scaled to the default font's digit."""

    def __init__(self, bold):
        self.font = ImageFont.truetype(FONTS[bold], 100)
        self.digit = self.font.getlength("0")

    def digits(self, text, size):
        return self.font.getlength(text) / self.digit * size / DEFAULT_FONT_SIZE


def wrapped_lines(text, width, measure, size):
    """Lines the text takes wrapped at spaces (a word wider than the column broken inside)."""
    room = width * DIGIT_PIXELS - PADDING_PIXELS
    room = room / DIGIT_PIXELS
    lines = 0
    for paragraph in str(text).split("\n"):
        line = ""
        lines += 1
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if measure.digits(candidate, size) <= room:
                line = candidate
                continue
            if line:
                lines += 1
            line = ""
            for character in word:
                if line and measure.digits(line + character, size) > room:
                    lines += 1
                    line = ""
                line += character
    return lines


def column_widths(sheet):
    widths = {}
    for dimension in sheet.column_dimensions.values():
        if dimension.width and dimension.min and dimension.max <= sheet.max_column:
            for column in range(dimension.min, dimension.max + 1):
                widths[column] = dimension.width
    return [widths.get(column, DEFAULT_COLUMN_WIDTH) for column in range(1, sheet.max_column + 1)]


def is_ruled(cell):
    border = cell.border
    return all(side is not None and side.style == "thin" for side in (border.left, border.right, border.top, border.bottom))


def footer(sheet):
    parts = (sheet.oddFooter.left, sheet.oddFooter.center, sheet.oddFooter.right)
    return "|".join(part.text or "" for part in parts)


def sheet_facts(sheet, measures):
    setup = sheet.page_setup
    fit = sheet.sheet_properties.pageSetUpPr
    widths = column_widths(sheet)
    default_height = sheet.sheet_format.defaultRowHeight or 15
    cells = [cell for row in sheet.iter_rows() for cell in row]
    filled = [cell for cell in cells if cell.value is not None]
    wrapped = []
    for cell in filled:
        row = sheet.row_dimensions[cell.row]
        if cell.alignment.wrap_text and not row.hidden:
            size = cell.font.sz or DEFAULT_FONT_SIZE
            lines = wrapped_lines(cell.value, widths[cell.column - 1], measures[bool(cell.font.b)], size)
            wrapped.append({"cell": cell.coordinate, "row": cell.row, "lines": lines, "fontSize": size})
    return {
        "name": sheet.title,
        "hidden": sheet.sheet_state != "visible",
        "paperSize": int(setup.paperSize or 0),
        "orientation": setup.orientation or "default",
        "fitToPage": bool(fit is not None and fit.fitToPage),
        # Absent, the schema's defaults: one page wide, scale 100.
        "fitToWidth": int(setup.fitToWidth if setup.fitToWidth is not None else 1),
        "scale": int(setup.scale or 100),
        "leftMargin": sheet.page_margins.left,
        "rightMargin": sheet.page_margins.right,
        "titleRows": (sheet.print_title_rows or "").replace("$", "") or None,
        "footer": footer(sheet),
        "columnWidths": widths,
        "smallestFont": min(cell.font.sz or DEFAULT_FONT_SIZE for cell in filled),
        "ruled": [cell.coordinate for cell in cells if is_ruled(cell)],
        "unlockedBlanks": [cell.coordinate for cell in cells if cell.value is None and not cell.protection.locked],
        "rowHeights": {row: sheet.row_dimensions[row].height or default_height for row in range(1, sheet.max_row + 1)},
        "wrapped": wrapped,
    }


def main(path):
    workbook = openpyxl.load_workbook(path)
    measures = {bold: Measure(bold) for bold in (False, True)}
    json.dump([sheet_facts(sheet, measures) for sheet in workbook.worksheets], sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
