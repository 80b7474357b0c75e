"""FastSheet writes the very XML a plain XlsxWriter Worksheet writes for the same cells, and the collector pause."""

from __future__ import annotations

import gc
import io
import zipfile
from datetime import date, datetime

import xlsxwriter
from hypothesis import given, settings
from hypothesis import strategies as st

from commission.collector import collector_paused
from commission.workbook.fast_sheet import FastSheet

TEXTS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
CELL = st.one_of(
    st.tuples(st.just("text"), TEXTS),
    st.tuples(st.just("number"), st.one_of(st.integers(-(10**12), 10**12), st.floats(allow_nan=True))),
    st.tuples(st.just("blank"), st.none()),
)
CELLS = st.dictionaries(
    st.tuples(st.integers(0, 40), st.integers(0, 7)), st.tuples(CELL, st.integers(0, 2)), max_size=80
)


def _parts(fill, **options) -> dict[str, bytes]:
    """Every part of a workbook that `fill(book)` fills (its creation date fixed)."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(
        out, {"in_memory": True, "strings_to_formulas": False, "nan_inf_to_errors": True, **options}
    )
    book.set_properties({"created": datetime(2026, 1, 1)})
    fill(book)
    book.close()
    with zipfile.ZipFile(out) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _both(fill_plain, fill_fast, **options) -> tuple[dict[str, bytes], dict[str, bytes]]:
    return _parts(fill_plain, **options), _parts(fill_fast, **options)


def _write_cells(book, cells: dict, fast: bool) -> None:
    formats = [None, book.add_format({"bold": True}), book.add_format({"num_format": "0.0", "text_wrap": True})]
    sheet = book.add_worksheet("Cells", worksheet_class=FastSheet) if fast else book.add_worksheet("Cells")
    sheet.set_column(2, 2, 30, formats[2])  # an unformatted cell in column C takes the column's format
    for (row, col), ((kind, value), f) in sorted(cells.items()):
        fmt = formats[f]
        if kind == "text":
            sheet.text(row, col, value, fmt) if fast else sheet.write_string(row, col, value, fmt)
        elif kind == "number":
            sheet.number(row, col, value, fmt) if fast else sheet.write_number(row, col, value, fmt)
        else:
            sheet.blank(row, col, fmt) if fast else sheet.write_blank(row, col, None, fmt)


@settings(max_examples=60, deadline=None)
@given(CELLS)
def test_the_same_xml_as_xlsxwriter_for_any_cells(cells):
    plain, fast = _both(lambda b: _write_cells(b, cells, False), lambda b: _write_cells(b, cells, True))
    assert fast == plain


def _mixed(book, fast: bool) -> None:
    """What the tracker does besides plain cells: merges, autofilters, rows with a height or a format, formulas,
    dates, rich text, a text too long for a cell, rows far apart (spans per block of 16 rows)."""
    bold = book.add_format({"bold": True})
    sheet = book.add_worksheet("Mixed", worksheet_class=FastSheet) if fast else book.add_worksheet("Mixed")
    text = sheet.text if fast else sheet.write_string
    number = sheet.number if fast else sheet.write_number
    for row in range(0, 200, 7):
        text(row, row % 9, f"row {row}", bold if row % 2 else None)
        number(row, 10, row / 3)
    sheet.set_row(14, 30)  # a height
    sheet.set_row(21, None, bold)  # a format for the row's unformatted cells
    sheet.set_row(300, 20)  # a row with a height and no cells
    text(301, 0, "x" * 40_000)  # cut to a cell's limit by XlsxWriter's own rule
    sheet.write_formula(5, 3, "=1+1", None, 2)
    sheet.write_datetime(6, 4, datetime(2026, 3, 12, 9, 30), book.add_format({"num_format": "yyyy-mm-dd"}))
    sheet.write_rich_string(8, 1, "plain ", bold, "bold")
    sheet.write_boolean(9, 2, True)
    sheet.merge_range(400, 0, 400, 4, "merged", bold)
    sheet.autofilter(0, 0, 30, 10)
    sheet.freeze_panes(1, 1)
    number(401, 0, float("nan"))  # an error cell, as write_number makes it
    sheet.write_datetime(402, 0, date(2026, 1, 1))


def test_the_same_xml_for_everything_else_the_tracker_uses():
    plain, fast = _both(lambda b: _mixed(b, False), lambda b: _mixed(b, True))
    assert fast == plain


def test_the_same_xml_in_constant_memory_mode():
    def fill(fast: bool):
        def run(book):
            sheet = book.add_worksheet("Rows", worksheet_class=FastSheet) if fast else book.add_worksheet("Rows")
            for row in range(40):
                (sheet.text if fast else sheet.write_string)(row, 0, f"row {row}")
                (sheet.number if fast else sheet.write_number)(row, 1, row)

        return run

    plain, fast = _both(fill(False), fill(True), constant_memory=True, in_memory=False)
    assert fast == plain


def test_a_cell_outside_the_sheet_is_left_out_as_xlsxwriter_leaves_it():
    def fill(fast: bool):
        def run(book):
            sheet = book.add_worksheet("S", worksheet_class=FastSheet) if fast else book.add_worksheet("S")
            for row, col in ((-1, 0), (0, -1), (1_048_576, 0), (0, 16_384), (3, 2)):
                (sheet.text if fast else sheet.write_string)(row, col, "x")
                (sheet.number if fast else sheet.write_number)(row + 1, col, 1)

        return run

    plain, fast = _both(fill(False), fill(True))
    assert fast == plain


def test_the_collector_is_paused_and_back_on_after_an_error():
    assert gc.isenabled()
    try:
        with collector_paused():
            assert not gc.isenabled()
            with collector_paused():  # overlapping pauses: on again only when the last ends
                pass
            assert not gc.isenabled()
            raise RuntimeError("the build failed")
    except RuntimeError:
        pass
    assert gc.isenabled()


def test_the_collector_stays_off_when_it_was_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
