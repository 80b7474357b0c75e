"""Check a whole workbook before anything is written: every problem, with sheet, row, column and reason.

Cells are checked column by column (vectorised), so a 100,000-row Updates sheet is checked in a
fraction of the time it takes to read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from commission import vocab
from commission.sheets import BY_NAME, COMMISSION, COMMISSION_KEYS, SHEETS, Sheet

# What each column holds. ("link", Sheet) is one ref of that sheet; ("links", Sheet) a ;-separated list.
TEXT, DATE, YESNO, PROGRESS, WEIGHT = "text", "date", "yesno", "progress", "weight"

COLUMN_KINDS: dict[str, dict[str, object]] = {
    "Organisations": {"kind": vocab.ORGANISATION_KINDS},
    "Members": {
        "role": vocab.ROLES, "organisation_ref": ("link", "Organisations"),
        "consent_named": YESNO, "consent_named_expires": DATE,
        "consent_quote": YESNO, "consent_quote_expires": DATE, "language": vocab.LANGUAGES,
    },
    "Sessions": {"date": DATE, "kind": vocab.SESSION_KINDS},
    "Attendance": {
        "session_ref": ("link", "Sessions"), "member_ref": ("link", "Members"), "status": vocab.ATTENDANCE,
    },
    "Themes": {"parent_ref": ("link", "Themes"), "asset": vocab.ASSETS},
    "Insights": {
        "theme_ref": ("link", "Themes"), "status": vocab.INSIGHT_STATUSES, "session_refs": ("links", "Sessions"),
    },
    "Quotes": {
        "session_ref": ("link", "Sessions"), "member_ref": ("link", "Members"),
        "insight_refs": ("links", "Insights"),
    },
    "Actions": {"insight_refs": ("links", "Insights"), "agreed_session_ref": ("link", "Sessions")},
    "Commitments": {
        "action_ref": ("link", "Actions"), "organisation_ref": ("link", "Organisations"),
        "made_by_ref": ("link", "Members"), "made_on": DATE, "due": DATE, "weight": WEIGHT,
    },
    "Updates": {
        "commitment_ref": ("link", "Commitments"), "date": DATE, "status": vocab.UPDATE_STATUSES,
        "progress": PROGRESS, "verdict": vocab.VERDICTS,
    },
}

NOUNS = {
    "Organisations": "organisation", "Members": "member", "Sessions": "session", "Themes": "theme",
    "Insights": "insight", "Quotes": "quote", "Actions": "action", "Commitments": "commitment",
}

MAX_CELL = 32_767  # what a spreadsheet cell can hold; longer text is refused rather than cut


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None
    column: str
    reason: str

    def __str__(self) -> str:
        where = [self.sheet]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.reason}"


@dataclass
class Existing:
    """What the database already holds for the commission the workbook names."""

    refs: dict[str, set[str]] = field(default_factory=dict)  # sheet name -> refs
    theme_parents: dict[str, str] = field(default_factory=dict)  # theme ref -> parent ref


@dataclass
class Plan:
    """A checked workbook: the commission's settings and each sheet with typed, normalised cells."""

    commission: dict[str, object]
    sheets: dict[str, pd.DataFrame]

    def rows(self, sheet: str) -> int:
        frame = self.sheets.get(sheet)
        return 0 if frame is None else len(frame)


def validate(frames: dict[str, pd.DataFrame], existing: Existing | None = None) -> tuple[Plan | None, list[Problem]]:
    existing = existing or Existing()
    problems: list[Problem] = []
    commission = _commission(frames, problems)
    clean: dict[str, pd.DataFrame] = {}
    for sheet in SHEETS[1:]:
        frame = frames.get(sheet.name)
        if frame is None:
            continue
        checked = _sheet(sheet, frame, problems)
        if checked is not None:
            clean[sheet.name] = checked
    if not any(name in frames for name in BY_NAME if name != COMMISSION.name) and not problems:
        problems.append(Problem("Workbook", None, "", "it has none of Commission's sheets (Members, Sessions, Updates …)"))
    _links(clean, frames, existing, problems)
    _theme_cycles(clean, existing, problems)
    if problems:
        return None, problems
    return Plan(commission=commission, sheets=clean), []


def _commission(frames: dict[str, pd.DataFrame], problems: list[Problem]) -> dict[str, object]:
    frame = frames.get(COMMISSION.name)
    if frame is None:
        problems.append(Problem(COMMISSION.name, None, "", "the Commission sheet is missing (it names the commission)"))
        return {}
    if not _has_columns(COMMISSION, frame, problems):
        return {}
    settings: dict[str, object] = {}
    seen: dict[str, int] = {}
    for row, key, value in zip(frame.index, frame["key"], frame["value"]):
        key = key.lower()
        if key not in COMMISSION_KEYS:
            problems.append(Problem(COMMISSION.name, row, "key", f"unknown key '{key}' — use one of: {', '.join(COMMISSION_KEYS)}"))
            continue
        if key in seen:
            problems.append(Problem(COMMISSION.name, row, "key", f"'{key}' is given twice (also on row {seen[key]})"))
            continue
        seen[key] = row
        if key in ("start_date", "end_date") and value:
            parsed = vocab.parse_date(value)
            if parsed is None:
                problems.append(Problem(COMMISSION.name, row, "value", f"bad date '{value}' — write dates as YYYY-MM-DD"))
            value = parsed
        elif key == "language" and value:
            parsed = vocab.parse_choice(value, vocab.LANGUAGES)
            if parsed is None:
                problems.append(Problem(COMMISSION.name, row, "value", f"unknown language '{value}' — use en or cy"))
            value = parsed
        settings[key] = value if value != "" else None
    if not settings.get("name"):
        problems.append(Problem(COMMISSION.name, None, "key", "the commission's name is missing (a row with key 'name')"))
    return settings


def _has_columns(sheet: Sheet, frame: pd.DataFrame, problems: list[Problem]) -> bool:
    missing = [c for c in sheet.required if c not in frame.columns]
    for column in missing:
        problems.append(Problem(sheet.name, 1, column, "missing required column"))
    return not missing


def _report(problems: list[Problem], sheet: str, column: str, bad: pd.Series, reason) -> None:
    """Add a problem for each row where `bad` is true; reason is text or a function of the cell."""
    if not bad.any():
        return
    for row in bad.index[bad.to_numpy()]:
        problems.append(Problem(sheet, int(row), column, reason(row) if callable(reason) else reason))


def _sheet(sheet: Sheet, frame: pd.DataFrame, problems: list[Problem]) -> pd.DataFrame | None:
    if not _has_columns(sheet, frame, problems):
        return None
    frame = frame[[c for c in sheet.columns if c in frame.columns]].copy()
    kinds = COLUMN_KINDS.get(sheet.name, {})
    for column in frame.columns:
        cells = frame[column]
        too_long = cells.str.len() > MAX_CELL
        _report(problems, sheet.name, column, too_long, f"text is longer than {MAX_CELL:,} characters")
        if column in sheet.required:
            _report(problems, sheet.name, column, cells == "", "required value missing")
        if _is_formula(cells).any():
            _report(problems, sheet.name, column, _is_formula(cells), "a formula, not a value — type the value itself")
        kind = kinds.get(column, TEXT)
        if isinstance(kind, tuple) and kind and kind[0] in ("link", "links"):
            continue  # checked with the whole workbook in view
        if kind == DATE:
            frame[column] = _dates(sheet.name, column, cells, problems)
        elif kind == YESNO:
            frame[column] = _yes_no(sheet.name, column, cells, problems)
        elif kind in (PROGRESS, WEIGHT):
            frame[column] = _numbers(sheet.name, column, cells, kind, problems)
        elif isinstance(kind, tuple):
            frame[column] = _choices(sheet.name, column, cells, kind, problems)
    for column, kind in kinds.items():
        if isinstance(kind, tuple) and kind and kind[0] == "links" and column in frame.columns:
            frame[column] = [_split_refs(v) for v in frame[column]]
    if sheet.key:
        columns = list(sheet.key)
        keys = frame[columns[0]] if len(columns) == 1 else frame[columns].agg(" / ".join, axis=1)
        repeated = keys.duplicated(keep="first") & (frame[columns] != "").all(axis=1)
        if repeated.any():
            first_row = {key: row for row, key in zip(frame.index[::-1], keys[::-1])}
            label = "ref" if columns == ["ref"] else " and ".join(columns)
            _report(problems, sheet.name, columns[0], repeated,
                    lambda row: f"duplicate {label} '{keys[row]}' (first on row {first_row[keys[row]]})")
    return frame


def _is_formula(cells: pd.Series) -> pd.Series:
    return cells.str.startswith("=") & (cells.str.len() > 1)


def _dates(sheet: str, column: str, cells: pd.Series, problems: list[Problem]) -> pd.Series:
    parsed = pd.to_datetime(cells.where(cells.str.len() == 10, None), format="%Y-%m-%d", errors="coerce")
    bad = (cells != "") & parsed.isna()
    _report(problems, sheet, column, bad, lambda row: f"bad date '{cells[row]}' — write dates as YYYY-MM-DD")
    values = np.empty(len(cells), dtype=object)
    ok = parsed.notna().to_numpy()
    values[ok] = [d.date() for d in parsed[ok]]
    values[~ok] = None
    return pd.Series(values, index=cells.index, dtype=object)


def _yes_no(sheet: str, column: str, cells: pd.Series, problems: list[Problem]) -> pd.Series:
    lowered = cells.str.lower()
    yes = lowered.isin(("yes", "true", "1", "y"))
    no = lowered.isin(("no", "false", "0", "n", ""))
    _report(problems, sheet, column, ~(yes | no), lambda row: f"'{cells[row]}' is not yes or no")
    return yes


def _numbers(sheet: str, column: str, cells: pd.Series, kind: str, problems: list[Problem]) -> pd.Series:
    numbers = pd.to_numeric(cells.where(cells != "", None), errors="coerce")
    bad_number = (cells != "") & numbers.isna()
    if kind == PROGRESS:
        out_of_range = numbers.notna() & ((numbers < 0) | (numbers > 100))
        _report(problems, sheet, column, bad_number | out_of_range,
                lambda row: f"progress must be a number from 0 to 100, not '{cells[row]}'")
    else:
        not_positive = numbers.notna() & ~(numbers > 0) | numbers.isin((np.inf,))
        _report(problems, sheet, column, bad_number | not_positive,
                lambda row: f"weight must be a number above 0, not '{cells[row]}'")
    values = numbers.astype(object)
    values[numbers.isna()] = None
    return values


def _choices(sheet: str, column: str, cells: pd.Series, choices: tuple[str, ...], problems: list[Problem]) -> pd.Series:
    normal = cells.str.lower().str.replace(r"\s+", " ", regex=True)
    bad = (normal != "") & ~normal.isin(choices)
    noun = {"status": "status", "kind": "kind", "role": "role", "asset": "asset category", "verdict": "verdict",
            "language": "language"}.get(column, column)
    _report(problems, sheet, column, bad,
            lambda row: f"unknown {noun} '{cells[row]}' — use one of: {', '.join(choices)}")
    return normal


def _split_refs(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()] if cell else []


def _links(clean: dict[str, pd.DataFrame], frames: dict[str, pd.DataFrame], existing: Existing,
           problems: list[Problem]) -> None:
    known = {
        name: set(frame["ref"]) | existing.refs.get(name, set())
        for name, frame in clean.items() if "ref" in frame.columns
    }
    for name in NOUNS:
        known.setdefault(name, set(existing.refs.get(name, set())))
    for sheet_name, frame in clean.items():
        for column, kind in COLUMN_KINDS.get(sheet_name, {}).items():
            if not (isinstance(kind, tuple) and kind and kind[0] in ("link", "links")) or column not in frame.columns:
                continue
            target = kind[1]
            refs = known[target]
            missing_sheet = target not in frames
            noun = NOUNS[target]

            def reason(ref: str, noun=noun, target=target, missing_sheet=missing_sheet) -> str:
                if missing_sheet:
                    return f"unknown {noun} '{ref}' (the {target} sheet is missing and the database has none by that ref)"
                return f"unknown {noun} '{ref}'"

            if kind[0] == "link":
                cells = frame[column]
                bad = (cells != "") & ~cells.isin(refs)
                _report(problems, sheet_name, column, bad, lambda row, cells=cells, reason=reason: reason(cells[row]))
            else:
                for row, refs_in_cell in zip(frame.index, frame[column]):
                    for ref in refs_in_cell:
                        if ref not in refs:
                            problems.append(Problem(sheet_name, int(row), column, reason(ref)))


def _theme_cycles(clean: dict[str, pd.DataFrame], existing: Existing, problems: list[Problem]) -> None:
    themes = clean.get("Themes")
    if themes is None:
        return
    parents = dict(existing.theme_parents)
    rows: dict[str, int] = {}
    if "parent_ref" in themes.columns:
        for row, ref, parent in zip(themes.index, themes["ref"], themes["parent_ref"]):
            parents[ref] = parent
            rows[ref] = int(row)
    reported: set[str] = set()
    for start in rows:
        path, ref = [], start
        while ref and ref not in path:
            path.append(ref)
            ref = parents.get(ref, "")
        if ref and ref == start and start not in reported:
            reported.update(path)
            loop = " → ".join(path + [start])
            problems.append(Problem("Themes", rows[start], "parent_ref", f"theme parents go round in a circle: {loop}"))


def today() -> date:
    return date.today()
