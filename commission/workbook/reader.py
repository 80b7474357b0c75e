"""Read a workbook (.xlsx, .ods, .xls, or .csv files, one per sheet) into frames of text cells."""

from __future__ import annotations

import io
import warnings
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, time
from pathlib import Path

import numpy as np
import pandas as pd
from python_calamine import CalamineWorkbook

from commission.errors import UserError, WorkbookError
from commission.sheets import BY_NAME
from commission.workbook.cells import clean_text, column_letter, from_csv_text
from commission.workbook.csvset import csv_set, csv_sheets
from commission.workbook.formulas import formula_cells
from commission.workbook.validate import Problem
from commission.workbook.zipcheck import check_zip

XLSX_MAGIC = b"PK\x03\x04"


OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # an Office container: how an encrypted .xlsx is stored


def read_workbook(path: str | Path, *, passphrase: str | None = None) -> dict[str, pd.DataFrame]:
    """Every sheet whose name Commission knows, as a frame of stripped text ('' for blank cells).

    Unknown sheets (an Instructions sheet, say) are passed over. A file that is not a workbook at all,
    or is damaged, is refused with one clear message.
    """
    path = Path(path)
    if not path.exists():
        raise UserError(f"There is no file or folder at {path}.")
    if path.is_dir():
        return _read_csv_folder(path)
    if path.suffix.lower() == ".csv":
        return _read_csv_files(csv_set(path))
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError as exc:
        raise UserError(f"Cannot read {path.name}: {exc.strerror}.") from exc
    if size == 0:
        raise UserError(f"{path.name} is empty: it is not a workbook.")
    source: str | io.BytesIO = str(path)
    if head == OLE_MAGIC:
        source = legacy_xls(path) or _decrypted(path, passphrase)
    elif head != XLSX_MAGIC:
        raise UserError(f"{path.name} is not a workbook: use an .xlsx, .ods or .xls file, or a folder of .csv files.")
    if head == XLSX_MAGIC or not isinstance(source, str):
        check_zip(source, path.name)
    try:
        book = (
            CalamineWorkbook.from_filelike(source)
            if not isinstance(source, str)
            else CalamineWorkbook.from_path(source)
        )
        sheets = _known_sheets(book.sheet_names, path.name)
        if isinstance(source, str) and len(sheets) > 1:
            with ThreadPoolExecutor(max_workers=1) as pool:  # look for formulas while calamine parses
                scan = pool.submit(formula_cells, source, list(sheets))
                raw = _parse_in_parallel(source, sheets)
                formulas = _formulas(book, sheets, scan.result())
        else:
            raw = {known: _sheet_rows(book, name, source) for name, known in sheets.items()}
            formulas = _formulas(book, sheets, formula_cells(source, list(sheets)))
    except UserError:
        raise
    except Exception as exc:  # calamine raises its own error types for broken files
        raise UserError(f"{path.name} is damaged and cannot be read as a workbook.") from exc
    return _frames(raw, path.name, formulas)


def _formulas(
    book: CalamineWorkbook, sheets: dict[str, str], cells_found: dict[str, list[tuple[int, int]]]
) -> dict[str, list[tuple[int, str]]]:
    """Known sheet -> (row, column) of each cell of a known column that the file stores as a formula,
    numbered as the sheet's frame numbers its rows (calamine leaves out blank rows and columns before the data)."""
    found: dict[str, list[tuple[int, str]]] = {}
    for name, cells in cells_found.items():
        sheet = book.get_sheet_by_name(name)
        (top, left), rows = sheet.start or (0, 0), sheet.to_python()
        header = [_cell_text(v).lower() for v in rows[0]] if rows else []
        known = BY_NAME[sheets[name]].columns
        for row, col in cells:
            index, at = col - left, row - 1 - top
            title = header[index] if 0 <= index < len(header) else ""
            if title in known:
                found.setdefault(sheets[name], []).append((at + 1, title))
    return found


def _known_sheets(names: list[str], source: str) -> dict[str, str]:
    """File sheet name -> Commission's sheet name. Two sheets that read as the same one ('Updates' and
    'updates ') are refused: silently taking either would import the other's rows or drop them."""
    sheets: dict[str, str] = {}
    for name in names:
        known = _known_sheet(name)
        if not known:
            continue
        twin = next((other for other, k in sheets.items() if k == known), None)
        if twin is not None:
            raise UserError(
                f"{source} has two sheets that both read as {known} ('{twin}' and '{name}'): keep one and import again."
            )
        sheets[name] = known
    return sheets


def _frames(
    raw: dict[str, list[list]], source: str, formulas: dict[str, list[tuple[int, str]]] | None = None
) -> dict[str, pd.DataFrame]:
    """Frames of every sheet. Refused, every one listed: a column heading given twice in a sheet, and a
    cell the spreadsheet stores as a formula (its value may be stale; SPEC: type the value)."""
    problems = [
        Problem(sheet, row, column, "a formula, not a value — type the value itself")
        for sheet, cells in (formulas or {}).items()
        for row, column in cells
    ]
    frames = {}
    for name, rows in raw.items():
        try:
            frames[name] = _rows_to_frame(rows)
        except _DuplicateColumns as exc:
            problems += [
                Problem(name, 1, column, f"the column {column} is given twice (columns {letters}): keep one")
                for column, letters in exc.columns
            ]
    if problems:
        raise WorkbookError(
            f"{source} was not imported: {len(problems)} problem{'s' if len(problems) != 1 else ''} "
            "to put right first (nothing was changed).",
            problems,
        )
    return frames


class _DuplicateColumns(ValueError):
    def __init__(self, columns: list[tuple[str, str]]):
        super().__init__(", ".join(c for c, _ in columns))
        self.columns = columns


# Usually the largest sheets, parsed first so the other core takes the rest meanwhile.
_LARGE_FIRST = ("Updates", "Attendance", "Quotes", "Commitments")


def _parse_in_parallel(path: str, sheets: dict[str, str]) -> dict[str, list[list]]:
    """Parse sheets on two threads (calamine parses without holding the GIL), each with its own reader."""

    def parse(name: str) -> list[list]:
        return _sheet_rows(CalamineWorkbook.from_path(path), name, path)

    order = sorted(sheets, key=lambda n: _LARGE_FIRST.index(sheets[n]) if sheets[n] in _LARGE_FIRST else 99)
    with ThreadPoolExecutor(max_workers=2) as pool:
        parsed = dict(zip(order, pool.map(parse, order), strict=True))
    return {sheets[name]: parsed[name] for name in sheets}


def _sheet_rows(book: CalamineWorkbook, name: str, source) -> list[list]:
    try:
        return book.get_sheet_by_name(name).to_python()
    except (OverflowError, ValueError):
        # A date-formatted cell holding a number no date can be (1e20, say) overflows calamine's
        # conversion. openpyxl reads such a cell as an error value, which is then reported as a bad
        # date on its own row, instead of the whole file being refused.

        import openpyxl  # only for an .ods or a workbook calamine cannot read

        if hasattr(source, "seek"):
            source.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(source, read_only=True, data_only=True)
            try:
                return [list(row) for row in workbook[name].iter_rows(values_only=True)]
            finally:
                workbook.close()


def legacy_xls(path: Path) -> io.BytesIO | None:
    """An Excel 97-2003 (.xls) workbook's bytes, or None: its container also holds encrypted .xlsx files."""
    import olefile  # only for an Office container (.xls or encrypted)

    try:
        with olefile.OleFileIO(str(path)) as ole:
            if ole.exists("EncryptionInfo") or not (ole.exists("Workbook") or ole.exists("Book")):
                return None
    except Exception:
        return None
    return io.BytesIO(path.read_bytes())


def _decrypted(path: Path, passphrase: str | None) -> io.BytesIO:
    import msoffcrypto  # cryptography: only for an encrypted workbook

    if not passphrase:
        raise UserError(f"{path.name} is protected with a passphrase: give it to import the workbook.")
    try:
        with path.open("rb") as handle:
            office = msoffcrypto.OfficeFile(handle)
            office.load_key(password=passphrase)
            plain = io.BytesIO()
            office.decrypt(plain)
    except Exception as exc:  # msoffcrypto raises its own errors for wrong keys and broken files
        raise UserError(f"That passphrase does not open {path.name} (or the file is damaged).") from exc
    plain.seek(0)
    return plain


def _known_sheet(name: str) -> str | None:
    wanted = " ".join(name.split()).lower()
    for known in BY_NAME:
        if known.lower() == wanted:
            return known
    return None


def _read_csv_folder(folder: Path) -> dict[str, pd.DataFrame]:
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".csv")
    if not files:
        raise UserError(f"The folder {folder.name} has no .csv files: it is not a workbook.")
    return _read_csv_files(files)


def _read_csv_files(files: list[Path]) -> dict[str, pd.DataFrame]:
    raw = {}
    by_stem = csv_sheets(files, files[0].parent.name if files else "The folder")
    known = _known_sheets(list(by_stem), files[0].name if len(files) == 1 else files[0].parent.name)
    for stem, file in by_stem.items():
        sheet = known.get(stem)
        if not sheet:
            continue
        try:
            frame = pd.read_csv(file, dtype=str, keep_default_na=False, header=None, encoding="utf-8-sig")
        except pd.errors.EmptyDataError:
            frame = pd.DataFrame()
        except (UnicodeDecodeError, pd.errors.ParserError, OSError) as exc:
            raise UserError(f"{file.name} cannot be read as CSV text ({type(exc).__name__}).") from exc
        raw[sheet] = [[from_csv_text(v) for v in row] for row in frame.to_numpy(dtype=object).tolist()]
    return _frames(raw, files[0].name if len(files) == 1 else files[0].parent.name)


def _rows_to_frame(rows: list[list]) -> pd.DataFrame:
    """First row is the header; every cell becomes stripped text; wholly blank rows and columns go.

    The frame's index is the row number as the spreadsheet shows it (header = row 1), so problems
    can point at the row a person sees.
    """
    if not rows:
        return pd.DataFrame()
    width = max(map(len, rows))
    columns = [_column_text(cells) for cells in _transposed(rows, width)]
    header = [c[0].lower() for c in columns]
    data: dict[str, np.ndarray] = {}
    seen: set[str] = set()
    for name, cells in zip(header, columns, strict=True):
        if name and name not in seen:
            seen.add(name)
            data[name] = _objects(cells, 1)
    twice = [name for name in data if header.count(name) > 1]
    if twice:
        raise _DuplicateColumns(
            [(name, " and ".join(column_letter(i) for i, h in enumerate(header) if h == name)) for name in twice]
        )
    frame = pd.DataFrame(data, index=np.arange(2, len(rows) + 1), dtype=object, copy=False)
    if data and not any(map(all, data.values())):  # a column filled in every row: no row is blank
        filled = np.zeros(len(frame), dtype=bool)
        for column in data.values():
            filled |= np.fromiter(map(bool, column), bool, len(column))
        if not filled.all():
            frame = frame[filled]
    return frame


def _objects(cells: list, start: int) -> np.ndarray:
    """cells[start:] as an array of the same objects: a frame takes it as its column as it is (given lists, pandas
    copies every column into such an array, checking each cell's type: a quarter of the time for a large sheet)."""
    column = np.empty(len(cells) - start, dtype=object)
    column[:] = cells[start:]
    return column


def _transposed(rows: list[list], width: int) -> list[list]:
    """The rows' cells column by column, a short row's missing cells blank."""
    if min(map(len, rows)) == width:  # calamine's rows are all as wide: transpose in C
        grid = np.empty((len(rows), width), dtype=object)
        try:
            grid[:] = rows  # three times as fast as zip(*rows) over 100,000 rows
            return grid.T.tolist()
        except (ValueError, TypeError):  # a cell holding a sequence (a frame made in code): it cannot go in a grid
            return [list(cells) for cells in zip(*rows, strict=True)]
    return [[r[i] if i < len(r) else "" for r in rows] for i in range(width)]


def _column_text(values: list) -> list[str]:
    try:
        distinct = set(values)
    except TypeError:  # a cell that is a list, say, in a frame made in code
        return [_cell_text(v) for v in values]
    if all(type(v) is str for v in distinct):  # then every cell is text (no number or bool equals a text)
        text = {v: clean_text(v).strip() for v in distinct}
        # Each equal text as one object, even when the cells are clean already: what follows hashes and
        # compares them (refs, statuses, dates), and one object hashes once and compares by identity.
        return list(map(text.__getitem__, values))
    types = set(map(type, values))
    if types <= {str, float, int}:
        # Sheets repeat the same texts and numbers (dates, statuses, refs, progress): convert each
        # distinct cell once. (No bools here, so 1 and True cannot share a key.)
        try:
            text = {v: _cell_text(v) for v in distinct}
            return list(map(text.__getitem__, values))
        except KeyError:  # NaN is not equal to itself: fall back to cell by cell
            pass
    return [_cell_text(v) for v in values]


def _cell_text(value: object) -> str:
    if isinstance(value, str):
        return clean_text(value).strip()
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN: a blank cell
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return clean_text(str(value)).strip()


def sheets_from_frames(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Frames made in code (headers as columns) in the form read_workbook gives: text cells, spreadsheet rows."""
    return {
        sheet: _rows_to_frame([list(frame.columns), *frame.to_numpy(dtype=object).tolist()])
        for name, frame in frames.items()
        if (sheet := _known_sheet(name))
    }
