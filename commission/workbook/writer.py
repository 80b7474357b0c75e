"""Write workbook frames out: one .xlsx (XlsxWriter, fast) or a folder of .csv files.

Everything is written to a temporary name first and moved into place at the end, so a failure
(a full disk, say) never leaves a half-written workbook where the user expects a whole one.
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from commission import files
from commission.cell_limits import MAX_TEXT, too_long_for_a_cell
from commission.errors import UserError
from commission.sheets import BY_NAME
from commission.workbook.cells import column_letter, csv_text

if TYPE_CHECKING:
    from commission.workbook.fast_sheet import FastSheet

# Written as numbers so spreadsheets can sum and sort them; read back, 40.0 reads as "40".
NUMERIC_COLUMNS = {"progress", "weight"}
HEADER_FORMAT = {"bold": True, "bg_color": "#e8eef5", "border": 1, "text_wrap": False}


def write_workbook(frames: dict[str, pd.DataFrame], out: str | Path) -> Path:
    """Write sheets (in the order given) to `out`: .xlsx, or a folder when out ends in / or has no suffix."""
    out = Path(out)
    try:
        if out.suffix.lower() == ".xlsx":
            _atomic_xlsx(frames, out)
        else:
            _atomic_csv_folder(frames, out)
    except OSError as exc:
        raise UserError(f"Could not write {out.name}: {exc.strerror or exc}. Nothing was saved.") from exc
    return out


def _atomic_xlsx(frames: dict[str, pd.DataFrame], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with files.atomic_file(out, mode=0o600) as temp:  # a full backup: readable by its owner only
        write_xlsx(frames, temp)


def write_xlsx(frames: dict[str, pd.DataFrame], path: Path | io.BytesIO) -> None:
    """Write the sheets to `path`, or into memory (a BytesIO): then nothing at all touches the disk, not even
    XlsxWriter's temporary sheet files (it writes them to the temp folder while it closes the workbook).

    Text goes to the shared-string table, as spreadsheets write it: each distinct text escaped and stored once.
    XlsxWriter's constant-memory mode (inline strings, rows written out as they come) took 10-20% longer on a
    large commission for about 45 MiB less at its peak (2,000 commitments, 100,000 updates). The cells go in
    and out through FastSheet: the same XML as XlsxWriter's own, a third of the time."""
    import xlsxwriter  # heavy: only when a workbook is written

    from commission.workbook.fast_sheet import FastSheet

    target = path if isinstance(path, io.BytesIO) else str(path)
    memory = {"in_memory": True} if isinstance(path, io.BytesIO) else {}
    book = xlsxwriter.Workbook(
        target, {**memory, "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False}
    )
    header = book.add_format(HEADER_FORMAT)
    try:
        for name, frame in frames.items():
            _write_sheet(book.add_worksheet(name, worksheet_class=FastSheet), name, frame, header)
    finally:
        book.close()


def _write_sheet(sheet: FastSheet, name: str, frame: pd.DataFrame, header: Any) -> None:
    columns = list(frame.columns)
    for col, title in enumerate(columns):
        sheet.write_string(0, col, title, header)
        sheet.set_column(col, col, _width(name, title))
    sheet.freeze_panes(1, 0)
    numeric = [title in NUMERIC_COLUMNS for title in columns]
    text, number = sheet.text, sheet.number
    for row_number, values in enumerate(frame.itertuples(index=False, name=None), start=1):
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            if numeric[col] or (isinstance(value, (int, float)) and not isinstance(value, bool)):
                try:
                    number(row_number, col, float(value))
                    continue
                except (TypeError, ValueError):
                    pass
            if type(value) is not str:
                value = str(value)
            if len(value) > MAX_TEXT // 2 and too_long_for_a_cell(value):  # XlsxWriter would cut it: refuse instead
                raise UserError(_too_long(name, row_number + 1, title_of(columns, col), value))
            text(row_number, col, value)


def title_of(columns: list[str], col: int) -> str:
    return str(columns[col]) if col < len(columns) else column_letter(col)


def _too_long(sheet: str, row: int, column: str, text: str) -> str:
    return (
        f"{sheet}, row {row}, column {column} holds {too_long_for_a_cell(text)}: shorten it in the app first. "
        "Nothing was saved."
    )


def _width(sheet: str, column: str) -> int:
    column = column.removesuffix("_cy")  # a Welsh version is as wide as its English
    if column in ("notes", "text", "pledge", "statement", "note", "description", "verdict_comment", "agenda"):
        return 60
    if column in ("title", "name", "display_name", "value"):
        return 32
    return 16 if sheet in BY_NAME else 20


def _atomic_csv_folder(frames: dict[str, pd.DataFrame], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    files.sweep(out.parent)  # what a killed run left
    temp = out.parent / files.temp_name(out.name)
    temp.mkdir()
    try:
        for name, frame in frames.items():
            _csv_sheet(name, frame).to_csv(temp / f"{name}.csv", index=False, encoding="utf-8")
        if out.exists():
            old = out.with_name(files.temp_name(f"{out.name}-old"))
            shutil.rmtree(old, ignore_errors=True)
            os.replace(out, old)
            os.replace(temp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(temp, out)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise


def _csv_sheet(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Text cells as a spreadsheet must show them (cells.csv_text), each within a cell's limit."""
    out = frame.copy()
    for col, column in enumerate(out.columns):
        values = out[column].tolist()
        for row, value in enumerate(values):
            if isinstance(value, str) and len(value) > MAX_TEXT // 2 and too_long_for_a_cell(value):
                raise UserError(_too_long(name, row + 2, title_of(list(out.columns), col), value))
        out[column] = [csv_text(v) if isinstance(v, str) else v for v in values]
    return out


def write_encrypted_workbook(frames: dict[str, pd.DataFrame], out: Path, passphrase: str) -> Path:
    """An .xlsx that opens only with the passphrase (Office's own encryption, which Excel and LibreOffice ask for).

    The plain workbook exists only in memory: it is built there, encrypted there, and only the encrypted
    bytes are written (to a temporary name beside `out`, then moved into place). At no moment is a member's
    detail on the disk in the clear, so a kill mid-export leaves nothing readable."""
    import msoffcrypto  # cryptography: only for an encrypted workbook

    plain = io.BytesIO()
    write_xlsx(frames, plain)
    plain.seek(0)
    sealed = io.BytesIO()
    msoffcrypto.OfficeFile(plain).encrypt(passphrase, sealed)
    plain.close()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Could not write {out.name}: {exc.strerror or exc}. Nothing was saved.") from exc
    with files.atomic_file(out, mode=0o600) as temp:
        temp.write_bytes(sealed.getvalue())
    return out
