"""Is this file an update return? Told by its content, in every form an office suite saves one.

A return goes out as .xlsx and may come back as .xlsx, .ods, .xls or a set of .csv files (LibreOffice's
"each sheet" CSV output), with its hidden sheet deleted or its protection taken off. The extension and the
hidden sheet alone cannot say what it is, and a return read as a full workbook could rewrite pledges. So a
file is a return when ANY of these holds (cheapest first; each survives a save by Excel or LibreOffice):

1. it has a sheet named Return whose `kind` is "update return" (the hidden marker write_returns adds);
2. it has an Instructions sheet whose first cell reads "Update return for …" (the visible front page);
3. its Commitments sheet has a column only a return's has (action, state, latest_status, latest_update,
   latest_note, panel_verdict: the figures shown to the organisation) — a full workbook never has them;
4. it has none of the full workbook's other sheets (Organisations, Members, Actions …) and either its
   Updates sheet has the return's reference columns (pledge, due) or its Commitments rows name one
   organisation only: the shape of a return with every marker stripped.

Rule 4 costs a coordinator little — a workbook of one organisation's commitments and updates, with no
Organisations or Actions sheet, is read as that organisation's return, which can only add updates (the
summary lists every other edit as ignored); add either sheet to import it as a workbook. Reading a
return as a workbook could rewrite pledges; reading such a workbook as a return changes nothing wrongly.
A full workbook is told apart cheaply: only its sheet names and its Commitments header are read.
"""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from python_calamine import CalamineWorkbook

from commission.errors import UserError
from commission.files import head_of
from commission.sheets import BY_NAME
from commission.workbook.csvset import csv_set, csv_sheets
from commission.workbook.reader import (
    OLE_MAGIC,
    XLSX_MAGIC,
    _DuplicateColumns,
    _frames,
    _known_sheet,
    _rows_to_frame,
    legacy_xls,
)
from commission.workbook.zipcheck import check_zip

RETURN_SHEET = "Return"
RETURN_KIND = "update return"
INSTRUCTIONS = "Instructions"
INSTRUCTIONS_TITLE = "update return for"
RETURN_ONLY_COLUMNS = {"action", "state", "latest_status", "latest_update", "latest_note", "panel_verdict"}
RETURN_SHEETS = {"Commission", "Commitments", "Updates", "Milestones"}  # the workbook sheets a return holds
PROTECTED_SHEETS = ("Instructions", "Commission", "Commitments", "Updates", RETURN_SHEET)


@dataclass
class Book:
    """A file's sheets, any format, read on demand: name as spelled in the file -> rows (header first)."""

    path: Path
    names: list[str]
    _read: Callable[[str, int | None], list[list[Any]]]
    _cache: dict[str, list[list]] = field(default_factory=dict)

    def sheet(self, wanted: str) -> str | None:
        return next((n for n in self.names if n.strip().lower() == wanted.lower()), None)

    def rows(self, name: str, nrows: int | None = None) -> list[list]:
        if name in self._cache:
            return self._cache[name][:nrows] if nrows else self._cache[name]
        rows = self._read(name, nrows)
        if nrows is None:
            self._cache[name] = rows
        return rows

    def header(self, wanted: str) -> list[str]:
        name = self.sheet(wanted)
        rows = self.rows(name, 1) if name else []
        return [str(c).strip().lower() for c in rows[0]] if rows else []

    def frames(self) -> dict[str, pd.DataFrame]:
        """The workbook sheets it holds, as read_workbook gives them (text cells, spreadsheet row numbers)."""
        raw = {}
        for name in self.names:
            known = _known_sheet(name)
            if known and known not in raw:
                raw[known] = self.rows(name)
        return _frames(raw, self.path.name)  # a column given twice is refused, every one listed


def open_book(path: str | Path) -> Book | None:
    """The file's sheets, or None when it is not a workbook this can look into (read_workbook says why)."""
    path = Path(path)
    try:
        if path.is_dir():
            files = [p for p in path.iterdir() if p.suffix.lower() == ".csv" and p.is_file()]
            return _csv_book(path, files) if files else None
        if path.suffix.lower() == ".csv" and path.is_file():
            return _csv_book(path, csv_set(path))
    except OSError:
        return None
    head = head_of(path, 4)
    if head == OLE_MAGIC:
        source = legacy_xls(path)  # an encrypted .xlsx is a coordinator's export, never a return
        if source is None:
            return None
    elif head == XLSX_MAGIC:
        check_zip(str(path), path.name)
        source = io.BytesIO(path.read_bytes())  # calamine picks .xlsx/.ods by content, not by name
    else:
        return None

    try:
        book = CalamineWorkbook.from_filelike(source)
        names = list(book.sheet_names)
    except Exception:
        return None

    def read(name: str, nrows: int | None) -> list[list]:
        try:
            return book.get_sheet_by_name(name).to_python(nrows=nrows)
        except Exception:
            return []

    return Book(path, names, read)


def _csv_book(where: Path, files: list[Path]) -> Book:
    sheets = csv_sheets(files, where.name)

    def read(name: str, nrows: int | None) -> list[list]:
        try:
            with sheets[name].open(encoding="utf-8-sig", newline="") as handle:
                rows = []
                for row in csv.reader(handle):
                    rows.append(row)
                    if nrows and len(rows) >= nrows:
                        break
                return rows
        except (OSError, UnicodeDecodeError, csv.Error):
            return []

    return Book(where, list(sheets), read)


@dataclass
class ReturnFile:
    """A file recognised as an update return: its sheets, the hidden sheet's facts, and how it was told."""

    book: Book
    info: dict[str, str]  # the Return sheet's key/value pairs ({} when it was deleted)
    marker: str  # which rule recognised it (for the summary and the tests)
    addressed_to: str = ""  # the organisation named on the Instructions sheet ("Update return for …")


def recognise(path: str | Path) -> ReturnFile | None:
    """The return in `path`, or None when the file is not an update return (see the module's rules)."""
    book = open_book(path)
    return recognise_book(book) if book is not None else None


def recognise_book(book: Book) -> ReturnFile | None:
    found = _recognised(book)
    if found is not None:
        instructions = book.sheet(INSTRUCTIONS)
        first = book.rows(instructions, 1) if instructions else []
        title = str(first[0][0]).strip() if first and first[0] else ""
        if title.lower().startswith(INSTRUCTIONS_TITLE):
            found.addressed_to = title[len(INSTRUCTIONS_TITLE) :].strip()
    return found


def _recognised(book: Book) -> ReturnFile | None:
    info = _return_info(book)
    if info.get("kind", "").lower() == RETURN_KIND:
        return ReturnFile(book, info, "the hidden Return sheet")
    instructions = book.sheet(INSTRUCTIONS)
    if instructions:
        first = book.rows(instructions, 1)
        if first and first[0] and str(first[0][0]).strip().lower().startswith(INSTRUCTIONS_TITLE):
            return ReturnFile(book, {}, "its Instructions sheet")
    if RETURN_ONLY_COLUMNS & set(book.header("Commitments")):
        return ReturnFile(book, {}, "its Commitments sheet's columns")
    known = {k for n in book.names if (k := _known_sheet(n))}
    if known & set(BY_NAME) - RETURN_SHEETS or not known & {"Commitments", "Updates"}:
        return None
    if {"pledge", "due"} <= set(book.header("Updates")):
        return ReturnFile(book, {}, "its Updates sheet's columns")
    commitments = book.sheet("Commitments")
    if commitments:
        try:
            frame = _rows_to_frame(book.rows(commitments))
        except _DuplicateColumns:
            return None  # not recognisably a return; the import says what is wrong with it
        if "organisation_ref" in frame.columns and len(set(frame["organisation_ref"]) - {""}) == 1:
            return ReturnFile(book, {}, "its shape (one organisation's commitments)")
    return None


def _return_info(book: Book) -> dict[str, str]:
    name = book.sheet(RETURN_SHEET)
    if not name:
        return {}
    rows = book.rows(name)
    return {str(r[0]).strip().lower(): str(r[1]).strip() for r in rows[1:] if len(r) >= 2 and r[0]}


def unprotected_sheets(path: Path) -> list[str]:
    """Sheets of a returned .xlsx or .ods whose protection was taken off (other forms cannot say)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "content.xml" in names:  # OpenDocument
                content = archive.read("content.xml").decode("utf-8", "replace")
                tables = re.findall(r"<table:table\s([^>]*)>", content)
                found = {_attr(t, "table:name"): 'table:protected="true"' in t for t in tables}
            elif "xl/workbook.xml" in names:
                workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
                rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
                targets = {_attr(r, "Id"): _attr(r, "Target") for r in re.findall(r"<Relationship\s([^>]*)>", rels)}
                found = {}
                for sheet in re.findall(r"<sheet\s([^>]*)>", workbook):
                    target = targets.get(_attr(sheet, "r:id"), "").lstrip("/")
                    part = target if target.startswith("xl/") else f"xl/{target}"
                    xml = archive.read(part).decode("utf-8", "replace") if part in names else ""
                    tag = re.search(r"<sheetProtection\s([^>]*)>", xml)
                    found[_attr(sheet, "name")] = tag is not None and _attr(tag.group(1), "sheet") in ("1", "true")
            else:
                return []
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return []
    return [name for name in PROTECTED_SHEETS if name in found and not found[name]]


def _attr(tag: str, name: str) -> str:
    match = re.search(rf'{re.escape(name)}="([^"]*)"', tag)
    if not match:
        return ""

    return html.unescape(match.group(1))


def not_a_return(path: Path) -> UserError:
    return UserError(
        f"{path.name} is not an update return. A whole commission's workbook is imported with File ▸ Import workbook…."
    )
