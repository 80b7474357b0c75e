"""Read a workbook (.xlsx, or a folder of .csv files, one per sheet) into frames of text cells."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path

import numpy as np
import pandas as pd

from commission.errors import UserError
from commission.sheets import BY_NAME

XLSX_MAGIC = b"PK\x03\x04"


def read_workbook(path: str | Path) -> dict[str, pd.DataFrame]:
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
        return _read_csv_files([path])
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError as exc:
        raise UserError(f"Cannot read {path.name}: {exc.strerror}.") from exc
    if size == 0:
        raise UserError(f"{path.name} is empty: it is not a workbook.")
    if head != XLSX_MAGIC:
        raise UserError(f"{path.name} is not a workbook: use an .xlsx file or a folder of .csv files.")
    try:
        raw = pd.read_excel(path, sheet_name=None, engine="calamine", dtype=object, header=None)
    except (zipfile.BadZipFile, ValueError, OSError, KeyError, IndexError, TypeError) as exc:
        raise UserError(f"{path.name} is damaged and cannot be read as a workbook.") from exc
    except Exception as exc:  # calamine raises its own error types for broken files
        raise UserError(f"{path.name} is damaged and cannot be read as a workbook.") from exc
    frames = {}
    for name, frame in raw.items():
        sheet = _known_sheet(str(name))
        if sheet:
            frames[sheet] = _with_header(frame)
    return frames


def _known_sheet(name: str) -> str | None:
    wanted = name.strip().lower()
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
    frames = {}
    for file in files:
        sheet = _known_sheet(file.stem)
        if not sheet:
            continue
        try:
            frame = pd.read_csv(file, dtype=str, keep_default_na=False, header=None, encoding="utf-8-sig")
        except pd.errors.EmptyDataError:
            frame = pd.DataFrame()
        except (UnicodeDecodeError, pd.errors.ParserError, OSError) as exc:
            raise UserError(f"{file.name} cannot be read as CSV text ({type(exc).__name__}).") from exc
        frames[sheet] = _with_header(frame)
    return frames


def _with_header(frame: pd.DataFrame) -> pd.DataFrame:
    """First row is the header; every cell becomes stripped text; wholly blank rows and columns go.

    The frame's index is the row number as the spreadsheet shows it (header = row 1).
    """
    if frame.empty:
        return pd.DataFrame()
    cells = frame.apply(_column_text) if len(frame) else frame
    header = [str(h).strip().lower() for h in cells.iloc[0]]
    body = cells.iloc[1:].copy()
    body.columns = header
    body = body.loc[:, [h != "" for h in header]]
    body = body.loc[:, ~body.columns.duplicated()]
    body.index = np.arange(2, len(body) + 2)
    if len(body.columns):
        body = body[(body != "").any(axis=1)]
    return body


def _column_text(column: pd.Series) -> pd.Series:
    values = column.to_numpy(dtype=object)
    return pd.Series([_cell_text(v) for v in values], index=column.index, dtype=object)


def _cell_text(value: object) -> str:
    if isinstance(value, str):
        return value.strip()
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
    return str(value).strip()


def sheets_from_frames(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Frames made in code (headers as columns) in the form read_workbook gives: text cells, spreadsheet rows."""
    out = {}
    for name, frame in frames.items():
        sheet = _known_sheet(name)
        if sheet:
            header = pd.DataFrame([list(frame.columns)], columns=range(len(frame.columns)))
            body = pd.DataFrame(frame.to_numpy(dtype=object), columns=range(len(frame.columns)))
            out[sheet] = _with_header(pd.concat([header, body], ignore_index=True))
    return out
