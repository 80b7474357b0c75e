"""An XlsxWriter worksheet that takes its cells in and writes them out faster, the same XML to the byte.

The full export and the tracker write hundreds of thousands of plain cells: text (a shared string), a number or
a formatted blank, each with a format or none. XlsxWriter spends most of its time on them in per-cell layers:
the A1-notation decorator, the dimension check, a named tuple per cell, and at close a list of attributes, a
class-name test and an escape per cell. `FastSheet.text/number/blank` store the same cell tuples in the same
table (so merges, autofilters, column formats and the rest of XlsxWriter work as before) with less on the way,
and `_write_rows` writes the plain rows straight as text. Whatever is not plain (row heights or formats, comments,
formulas, rich text, an Excel 2010 sheet, constant-memory mode) goes through XlsxWriter's own code, unchanged.
tests/test_fast_sheet.py checks the XML is byte for byte what a plain Worksheet writes.
"""

from __future__ import annotations

from typing import Any

from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import CellBlankTuple, CellDatetimeTuple, CellNumberTuple, CellStringTuple, Worksheet

_new = tuple.__new__  # a named tuple without its __new__'s Python frame: the same tuple, made faster
_LONG = 32_767 // 2  # a text under this many characters cannot pass a cell's limit in UTF-16 units either


class FastSheet(Worksheet):
    """A Worksheet (pass it as `worksheet_class` to `add_worksheet`) with quick cell writers."""

    def text(self, row: int, col: int, string: str, cell_format: Any = None) -> None:
        """`write_string(row, col, string, cell_format)` in row/column notation."""
        if len(string) > _LONG or self.constant_memory:
            self._write_string(row, col, string, cell_format)  # may need cutting to fit: XlsxWriter's way
            return
        if self._dimension(row, col):
            self.table[row][col] = _new(CellStringTuple, (self.str_table._get_shared_string_index(string), cell_format))

    def number(self, row: int, col: int, value: float, cell_format: Any = None) -> None:
        """`write_number(row, col, value, cell_format)` in row/column notation."""
        if value != value or value in (float("inf"), float("-inf")) or self.constant_memory:
            self._write_number(row, col, value, cell_format)  # NaN and infinities: XlsxWriter's own rule
            return
        if self._dimension(row, col):
            self.table[row][col] = _new(CellNumberTuple, (value, cell_format))

    def blank(self, row: int, col: int, cell_format: Any = None) -> None:
        """`write_blank(row, col, None, cell_format)`: nothing at all without a format, as XlsxWriter does."""
        if cell_format is None:
            return
        if self.constant_memory:
            self._write_blank(row, col, None, cell_format)
            return
        if self._dimension(row, col):
            self.table[row][col] = _new(CellBlankTuple, (cell_format,))

    def _dimension(self, row: int, col: int) -> bool:
        """Whether the cell is inside a worksheet, the sheet's extent grown to hold it (`_check_dimensions`)."""
        if row < 0 or col < 0 or row >= self.xls_rowmax or col >= self.xls_colmax:
            return False  # XlsxWriter leaves such a cell out, and so does this
        low: int | None = self.dim_rowmin  # type: ignore[has-type]
        first: int | None = self.dim_colmin  # type: ignore[has-type]
        if low is None or first is None or not (low <= row <= self.dim_rowmax and first <= col <= self.dim_colmax):
            self._check_dimensions(row, col)  # the extent grows: once a row, mostly
        return True

    def _write_rows(self) -> None:
        if (
            self.constant_memory
            or self.comments
            or self.excel_version == 2010
            or self.default_row_height != self.original_row_height
        ):
            super()._write_rows()
            return
        table, row_info, write = self.table, self.row_info, self.fh.write
        low, high = self.dim_rowmin, self.dim_rowmax
        rows = sorted(r for r in set(table).union(row_info) if low <= r <= high)
        spans = _spans(table, rows)
        cell_text = _CellText(self)
        for row_num in rows:
            cells = table.get(row_num)
            span = spans.get(row_num // 16)
            info = row_info.get(row_num)
            if not cells:
                if info is not None:
                    self._write_empty_row(row_num, span, info)
                continue
            if info is None:
                write(f'<row r="{row_num + 1}" spans="{span}">' if span else f'<row r="{row_num + 1}">')
            else:
                self._write_row(row_num, span, info)
            if info is not None and info.row_format:  # a row's format applies to its unformatted cells
                for col_num in sorted(cells):
                    self._write_cell(row_num, col_num, cells[col_num])
            else:
                cell_text.row(row_num, cells)
            write("</row>")


class _CellText:
    """Plain cells as `Worksheet._write_cell` writes them: `<c r="B7" s="3" t="s"><v>12</v></c>`."""

    def __init__(self, sheet: Worksheet) -> None:
        self.sheet = sheet
        self.letters = [xl_col_to_name(col) for col in range(sheet.dim_colmax + 1)]
        self.styles: dict[int, str] = {}  # id(format) -> ' s="n"'
        self.column_style = {  # an unformatted cell takes its column's format
            col: f' s="{info.column_format._get_xf_index()}"'
            for col, info in sheet.col_info.items()
            if info.column_format is not None
        }

    def style(self, fmt: Any, col: int) -> str:
        if not fmt:
            return self.column_style.get(col, "")
        style = self.styles.get(id(fmt))
        if style is None:
            style = self.styles[id(fmt)] = f' s="{fmt._get_xf_index()}"'
        return style

    def row(self, row_num: int, cells: dict) -> None:
        number, letters, style, write = str(row_num + 1), self.letters, self.style, self.sheet.fh.write
        for col in sorted(cells):
            cell = cells[col]
            kind = type(cell)
            if kind is CellStringTuple:
                write(f'<c r="{letters[col]}{number}"{style(cell[1], col)} t="s"><v>{cell[0]}</v></c>')
            elif kind is CellNumberTuple or kind is CellDatetimeTuple:
                write(f'<c r="{letters[col]}{number}"{style(cell[1], col)}><v>{cell[0]:.16G}</v></c>')
            elif kind is CellBlankTuple:
                write(f'<c r="{letters[col]}{number}"{style(cell[0], col)}/>')
            else:  # formulas, rich text, booleans, errors: XlsxWriter's own code
                self.sheet._write_cell(row_num, col, cell)


def _spans(table: dict, rows: list[int]) -> dict[int, str]:
    """The <row> tag's spans: the columns used in each block of 16 rows, as XlsxWriter works them out."""
    low: dict[int, int] = {}
    high: dict[int, int] = {}
    for row in rows:
        cells = table.get(row)
        if not cells:
            continue
        block = row // 16
        first, last = min(cells), max(cells)
        if block not in low or first < low[block]:
            low[block] = first
        if block not in high or last > high[block]:
            high[block] = last
    return {block: f"{low[block] + 1}:{high[block] + 1}" for block in low}
