"""A council's own pledges spreadsheet, its columns mapped onto Commitments, imported all or nothing.

    table = read_table(path)                        # .xlsx / .ods / .xls / .csv: the first sheet with data
    mapping = guess(table.headers)                  # {"pledge": "Promise", "due": "Deadline", ...}
    preview = import_pledges(db, table, mapping, dry_run=True)   # the workbook import's checks, rolled back
    summary = import_pledges(db, table, mapping)

The mapped rows become a Commitments sheet and go through the workbook import (`importer.import_frames`),
so the checks, the preview and the audit trail are the workbook's; its problems are given back with the
sheet's own row numbers and column headers. An action or organisation cell may hold its ref or its
name (a council's sheet names them in words); dates may be typed the UK way.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pandas as pd
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from commission.cell_limits import MAX_TEXT
from commission.errors import UserError, WorkbookError
from commission.services import importer
from commission.services.decidim import _FORMULA, _decode, _separator
from commission.services.importer import ImportSummary
from commission.services.preview import workbook_lines
from commission.services.queries import find_commission
from commission.storage import models as m
from commission.storage.db import Database
from commission.workbook.cells import column_letter
from commission.workbook.formulas import formula_cells
from commission.workbook.validate import Problem
from commission.workbook.zipcheck import check_zip

MAX_FILE = 64 * 1024 * 1024


@dataclass(frozen=True)
class Target:
    field: str  # the Commitments column
    label: str
    required: bool
    hints: tuple[str, ...]  # header words that suggest it, best first


TARGETS = (
    Target(
        "ref",
        "Ref",
        True,
        ("ref", "reference", "id", "pledge ref", "pledge id", "pledge no", "pledge number", "number", "no"),
    ),
    Target("action_ref", "Action", True, ("action ref", "action", "recommendation", "call to action", "ask")),
    Target(
        "organisation_ref",
        "Organisation",
        True,
        ("organisation ref", "organisation", "organization", "org", "body", "partner", "agency", "who"),
    ),
    Target("pledge", "Pledge", True, ("pledge", "promise", "commitment", "what we will do", "what", "description")),
    Target("made_by_ref", "Made by (member ref)", False, ("made by ref", "made by", "pledged by", "civic member")),
    Target("made_on", "Made on", False, ("made on", "date made", "pledged on", "date pledged", "start date", "date")),
    Target("due", "Due", False, ("due", "due date", "deadline", "by when", "target date", "end date", "complete by")),
    Target("weight", "Weight", False, ("weight", "weighting", "importance")),
)
BY_FIELD = {t.field: t for t in TARGETS}


@dataclass
class Table:
    source: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as the spreadsheet shows it, cells as text)
    formulas: set[tuple[int, int]] = field(default_factory=set)  # (row, column index) stored as formulas


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def header_key(headers: list[str]) -> str:
    """What a remembered mapping is kept under: the set of the sheet's headers, in any order."""
    return "|".join(sorted({_norm(h) for h in headers if h.strip()}))


def guess(headers: list[str]) -> dict[str, str | None]:
    """The likeliest header for each target field, each header used once; None where nothing fits."""
    normal = {h: _norm(h) for h in headers if h.strip()}
    taken: set[str] = set()
    found: dict[str, str | None] = {}
    for exact in (True, False):
        for target in TARGETS:
            if found.get(target.field):
                continue
            words = (_norm(target.field), _norm(target.label), *map(_norm, target.hints))
            for word in words:
                match = next(
                    (
                        h
                        for h, n in normal.items()
                        if h not in taken and (n == word if exact else f" {word} " in f" {n} ")
                    ),
                    None,
                )
                if match:
                    found[target.field] = match
                    taken.add(match)
                    break
    return {t.field: found.get(t.field) for t in TARGETS}


def parse_map(text: str, headers: list[str]) -> dict[str, str | None]:
    """`pledge=Promise,due=Deadline`: the named fields from those headers, the rest guessed."""
    mapping = guess(headers)
    by_norm = {_norm(h): h for h in headers}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, _, header = part.partition("=")
        name = name.strip()
        target = BY_FIELD.get(name) or next((t for t in TARGETS if _norm(t.label) == _norm(name)), None)
        if target is None:
            raise UserError(f"--map: '{name}' is not a Commitments field (use: {', '.join(BY_FIELD)}).")
        if not header.strip():
            mapping[target.field] = None
            continue
        if _norm(header) not in by_norm:
            raise UserError(f"--map: the sheet has no column '{header.strip()}' (it has: {', '.join(headers)}).")
        mapping[target.field] = by_norm[_norm(header)]
    return mapping


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


def read_table(path: str | Path) -> Table:
    """The first sheet with anything in it: its first non-empty row is the header. Refused in one line when
    it is not a spreadsheet."""
    path = Path(path)
    try:
        if not path.is_file():
            raise UserError(f"There is no file at {path}.")
        if path.stat().st_size > MAX_FILE:
            raise UserError(f"{path.name} is too big to be a pledges spreadsheet.")
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {path.name}: {exc.strerror}.") from exc
    formulas: set[tuple[int, int]] = set()
    if raw[:2] == b"PK" or raw[:4] == b"\xd0\xcf\x11\xe0":
        rows, formulas = _sheet(path, raw)
    else:
        text = _decode(raw)
        if text is None:
            raise UserError(f"{path.name} is not a spreadsheet: use an .xlsx, .ods, .xls or .csv file.")
        csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE))
        try:
            lines = text.splitlines()
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=_separator(lines[0] if lines else "")))
        except csv.Error as exc:
            raise UserError(f"{path.name} cannot be read as CSV ({exc}).") from exc
    numbered = [(n, [_cell(v) for v in row]) for n, row in enumerate(rows, start=1)]
    numbered = [(n, row) for n, row in numbered if any(row)]
    if not numbered:
        raise UserError(f"{path.name} has nothing in it to import.")
    (_, headers), body = numbered[0], numbered[1:]
    headers = [h if h else f"Column {column_letter(i)}" for i, h in enumerate(headers)]
    return Table(path.name, headers, [(n, row + [""] * (len(headers) - len(row))) for n, row in body], formulas)


def _sheet(path: Path, raw: bytes) -> tuple[list[list], set[tuple[int, int]]]:
    if raw[:2] == b"PK":
        check_zip(io.BytesIO(raw), path.name)
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(raw))
        for name in book.sheet_names:
            rows = book.get_sheet_by_name(name).to_python()
            if any(any(v not in (None, "") for v in row) for row in rows):
                cells = formula_cells(io.BytesIO(raw), [name]).get(name, []) if raw[:2] == b"PK" else []
                return rows, {(r, c) for r, c in cells}
    except UserError:
        raise
    except Exception as exc:
        raise UserError(f"{path.name} is damaged and cannot be read as a spreadsheet.") from exc
    return [], set()


def _lookups(db: Database, commission_id: int | None) -> tuple[dict[str, str], dict[str, str]]:
    """Actions and organisations by ref and by name (folded): a cell may hold either."""
    if commission_id is None:
        return {}, {}
    with db.session() as s:
        actions = s.execute(select(m.Action.ref, m.Action.title).where(m.Action.commission_id == commission_id)).all()
        orgs = s.execute(
            select(m.Organisation.ref, m.Organisation.name).where(m.Organisation.commission_id == commission_id)
        ).all()

    def table(pairs) -> dict[str, str]:
        out = {" ".join(name.casefold().split()): ref for ref, name in pairs}
        out.update({ref.casefold(): ref for ref, _name in pairs})
        return out

    return table(actions), table(orgs)


def _uk_date(text: str) -> str:
    try:
        return datetime.strptime(text, "%d/%m/%Y").date().isoformat()
    except ValueError:
        return text


def pledges_frame(
    table: Table, mapping: dict[str, str | None], actions: dict[str, str], orgs: dict[str, str]
) -> tuple[pd.DataFrame, list[Problem]]:
    """The mapped rows as a Commitments sheet (index = the spreadsheet's row numbers), and the cells refused
    before the workbook's checks (formulas, huge cells), which are left empty in the frame."""
    missing = [BY_FIELD[f].label for f, t in ((t.field, t) for t in TARGETS) if t.required and not mapping.get(f)]
    if missing:
        raise UserError(f"Choose a column of {table.source} for: {', '.join(missing)}.")
    column_of = {f: table.headers.index(h) for f, h in mapping.items() if h}
    problems, records, index = [], [], []
    for number, row in table.rows:
        record = {}
        for name, i in column_of.items():
            value = row[i] if i < len(row) else ""
            header = table.headers[i]
            if (number, i) in table.formulas or _FORMULA.match(value):
                problems.append(Problem(table.source, number, header, "is a formula: type the value instead"))
                value = ""
            if len(value) > MAX_TEXT:
                problems.append(
                    Problem(
                        table.source,
                        number,
                        header,
                        f"holds {len(value):,} characters; a cell holds at most {MAX_TEXT:,}",
                    )
                )
                value = ""
            if name == "action_ref":
                value = actions.get(" ".join(value.casefold().split()), value)
            elif name == "organisation_ref":
                value = orgs.get(" ".join(value.casefold().split()), value)
            elif name in ("made_on", "due"):
                value = _uk_date(value)
            record[name] = value
        records.append(record)
        index.append(number)
    columns = list(column_of)
    frame = pd.DataFrame([[r.get(c, "") for c in columns] for r in records], columns=columns, index=index, dtype=object)
    return frame, problems


def import_pledges(
    db: Database,
    table: Table,
    mapping: dict[str, str | None],
    *,
    commission: str | None = None,
    actor: str | None = None,
    dry_run: bool = False,
    progress=None,
) -> ImportSummary:
    """Import the table's rows as commitments (new refs added, known refs updated), all or nothing."""
    info = find_commission(db, commission)
    actions, orgs = _lookups(db, info.id)
    frame, problems = pledges_frame(table, mapping, actions, orgs)
    frames = {"Commission": _name_sheet(info.name), "Commitments": frame}
    try:
        # with cells already refused, a dry run still finds the rest: every problem is listed at once
        summary = importer.import_frames(
            db,
            frames,
            source=table.source,
            actor=actor,
            commission=info.name,
            progress=progress,
            dry_run=dry_run or bool(problems),
        )
    except WorkbookError as exc:  # back into the sheet's own words: its headers, not Commitments' columns
        refused = {(p.row, p.column) for p in problems}
        for p in exc.problems:
            if isinstance(p, Problem):
                q = Problem(table.source, p.row, mapping.get(p.column) or p.column, p.reason)
                if (q.row, q.column) not in refused:
                    problems.append(q)
        raise importer.refused_by_row(table.source, problems) from exc
    if problems:
        raise importer.refused_by_row(table.source, problems)
    summary.not_in_file = []  # only commitments come from a pledges sheet; nothing else is touched
    return summary


def _name_sheet(name: str) -> pd.DataFrame:
    return pd.DataFrame([["name", name]], columns=["key", "value"], index=[1], dtype=object)


def preview_lines(summary: ImportSummary, source: str) -> list[str]:
    return workbook_lines(summary, source)
