"""Check a whole workbook before anything is written: every problem, with sheet, row, column and reason.

Cells are checked column by column (vectorised), so a 100,000-row Updates sheet is checked in a
fraction of the time it takes to read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from commission import vocab
from commission.cell_limits import MAX_TEXT as MAX_CELL
from commission.cell_limits import invisible_in, too_long_for_a_cell
from commission.kinds import DATE, EMAIL, KINDS, PROGRESS, WEIGHT, YESNO
from commission.sheets import BY_NAME, COMMISSION, COMMISSION_KEYS, KIND_OF_SHEET, WORKBOOK_SHEETS, Sheet
from commission.workbook import backup
from commission.workbook import validate_value as value_checks

# What each column holds. ("link", Sheet) is one ref of that sheet; ("links", Sheet) a ;-separated list.
TEXT = "text"

COLUMN_KINDS: dict[str, dict[str, object]] = {
    **{
        kind.sheet: {f.column: f.validation for f in kind.fields if f.validation is not None}
        for kind in KINDS.values()
        if kind.fields and kind.name != "commission"
    },
    "Attendance": {
        "session_ref": ("link", "Sessions"),
        "member_ref": ("link", "Members"),
        "status": vocab.ATTENDANCE,
    },
    **value_checks.VALUE_KINDS,
}

# The full workbook's own sheets (commission.workbook.backup checks what these kinds cannot say).
BACKUP_COLUMN_KINDS: dict[str, dict[str, object]] = {
    "Consents": {
        "member_ref": ("link", "Members"),
        "kind": vocab.CONSENT_KINDS,
        "given": YESNO,
        "expires": DATE,
        "recorded_on": DATE,
        "withdrawn_on": DATE,
    },
    "Review rounds": {
        "status": ("open", "closed"),
        "created_on": DATE,
        "closed_on": DATE,
        "reviewer_refs": ("links", "Members"),
    },
    "Review items": {
        "round_ref": ("link", "Review rounds"),
        "kind": ("insight", "action", "session_notes", "report_text", "update"),
        "resolution": ("open", "agreed", "edited", "kept"),
    },
    "Review answers": {
        "round_ref": ("link", "Review rounds"),
        "member_ref": ("link", "Members"),
        "answer": vocab.REVIEW_ANSWERS,
        "answered_on": DATE,
    },
}
ALL_COLUMN_KINDS = {**COLUMN_KINDS, **BACKUP_COLUMN_KINDS}


# MAX_CELL: what a spreadsheet cell can hold (cells.MAX_TEXT); longer text is refused rather than cut


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
    # What its columns can hold: sheet name -> column -> most characters (text beyond is a problem,
    # on every backend, so a SQLite commission can always move to a team's PostgreSQL database).
    limits: dict[str, dict[str, int]] = field(default_factory=dict)
    frameworks: dict[str, set[str]] = field(default_factory=dict)  # the commission's own: key -> area keys
    known: bool = False  # the database holds the commission already (a workbook need not name it then)


@dataclass
class Plan:
    """A checked workbook: the commission's settings and each sheet with typed, normalised cells."""

    commission: dict[str, object]
    sheets: dict[str, pd.DataFrame]

    def rows(self, sheet: str) -> int:
        frame = self.sheets.get(sheet)
        return 0 if frame is None else len(frame)


@dataclass
class Unchecked:
    """Refs into a sheet that is there but could not be read (a required column missing): not checked row by
    row — every one would be reported as unknown — but counted, and said once after that sheet's own problem."""

    sheets: set[str]  # the unreadable sheets
    rows: dict[str, dict[str, set[int]]] = field(default_factory=dict)  # target sheet -> referring sheet -> rows

    def skip(self, target: str, sheet: str, rows) -> None:
        self.rows.setdefault(target, {}).setdefault(sheet, set()).update(int(r) for r in rows)

    def problems(self) -> list[Problem]:
        out = []
        for target, by_sheet in self.rows.items():
            count = sum(len(rows) for rows in by_sheet.values())
            if not count:
                continue
            where = ", ".join(f"{sheet} {len(rows)}" for sheet, rows in by_sheet.items() if rows)
            noun = KIND_OF_SHEET.get(target, target.lower())
            out.append(
                Problem(
                    target,
                    None,
                    "",
                    f"{count} {'row' if count == 1 else 'rows'} that refer to {noun}s ({where}) "
                    f"{'was' if count == 1 else 'were'} not checked, because the {target} sheet could not be "
                    "read: put it right first",
                )
            )
        return out


def validate(frames: dict[str, pd.DataFrame], existing: Existing | None = None) -> tuple[Plan | None, list[Problem]]:
    existing = existing or Existing()
    problems: list[Problem] = []
    commission: dict[str, object] = {}  # without its sheet, a commission the database holds is left as it is
    if COMMISSION.name in frames or not existing.known:
        commission = _commission(frames, problems, existing.limits.get(COMMISSION.name, {}))
    clean: dict[str, pd.DataFrame] = {}
    for sheet in WORKBOOK_SHEETS[1:]:
        frame = frames.get(sheet.name)
        if frame is None:
            continue
        checked = _sheet(sheet, frame, problems, existing.limits.get(sheet.name, {}))
        if checked is not None:
            clean[sheet.name] = checked
    if not any(name in frames for name in BY_NAME if name != COMMISSION.name) and not problems:
        problems.append(
            Problem("Workbook", None, "", "it has none of Commission's sheets (Members, Sessions, Updates …)")
        )
    # A sheet that is there but could not be read: what refers to it is not reported as broken too
    unchecked = Unchecked({sheet.name for sheet in WORKBOOK_SHEETS[1:] if sheet.name in frames} - set(clean))
    _hidden_refs(frames, clean, existing, problems)
    _links(clean, frames, existing, problems, unchecked)
    _theme_cycles(clean, existing, problems)
    backup.check(clean, existing, problems, unchecked)
    value_checks.check_frameworks(clean, existing.frameworks, problems, Problem)
    problems += unchecked.problems()
    if problems:
        return None, problems
    return Plan(commission=commission, sheets=clean), []


def _commission(frames: dict[str, pd.DataFrame], problems: list[Problem], limits: dict[str, int]) -> dict[str, object]:
    frame = frames.get(COMMISSION.name)
    if frame is None:
        problems.append(Problem(COMMISSION.name, None, "", "the Commission sheet is missing (it names the commission)"))
        return {}
    if not _has_columns(COMMISSION, frame, problems):
        return {}
    settings: dict[str, object] = {}
    seen: dict[str, int] = {}
    for row, key, value in zip(frame.index, frame["key"], frame["value"], strict=True):
        key = key.lower()
        if key not in COMMISSION_KEYS:
            problems.append(
                Problem(COMMISSION.name, row, "key", f"unknown key '{key}' — use one of: {', '.join(COMMISSION_KEYS)}")
            )
            continue
        if key in seen:
            problems.append(Problem(COMMISSION.name, row, "key", f"'{key}' is given twice (also on row {seen[key]})"))
            continue
        seen[key] = row
        if "\x00" in value:
            problems.append(Problem(COMMISSION.name, row, "value", "contains a NUL character (0x00): remove it"))
        if key in limits and len(value) > limits[key]:
            problems.append(
                Problem(COMMISSION.name, row, "value", f"the {key} is longer than {limits[key]} characters")
            )
        if key in ("start_date", "end_date") and value:
            parsed = vocab.parse_date(value)
            if parsed is None:
                problems.append(
                    Problem(COMMISSION.name, row, "value", f"bad date '{value}' — write dates as YYYY-MM-DD")
                )
            value = parsed
        elif key == "language" and value:
            chosen = vocab.parse_choice(value, vocab.LANGUAGES)
            if chosen is None:
                problems.append(Problem(COMMISSION.name, row, "value", f"unknown language '{value}' — use en or cy"))
            value = chosen
        elif key in ("investment", "discount_rate"):
            value, reason = value_checks.commission_number(key, value)
            if reason:
                problems.append(Problem(COMMISSION.name, row, "value", reason))
        settings[key] = value if value != "" else None
    if not settings.get("name"):
        problems.append(
            Problem(COMMISSION.name, None, "key", "the commission's name is missing (a row with key 'name')")
        )
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


def _sheet(sheet: Sheet, frame: pd.DataFrame, problems: list[Problem], limits: dict[str, int]) -> pd.DataFrame | None:
    if not _has_columns(sheet, frame, problems):
        return None
    frame = frame[[c for c in sheet.columns if c in frame.columns]].copy()
    kinds = ALL_COLUMN_KINDS.get(sheet.name, {})
    for column in frame.columns:
        cells = frame[column]
        _text_problems(sheet, column, cells, problems, limits)
        kind = kinds.get(column, TEXT)
        if isinstance(kind, tuple) and kind and kind[0] in ("link", "links"):
            continue  # checked with the whole workbook in view
        read = _read_cells(sheet.name, column, cells, kind, problems)
        if read is not None:
            frame[column] = read
    for column, kind in kinds.items():
        if isinstance(kind, tuple) and kind and kind[0] == "links" and column in frame.columns:
            frame[column] = [_split_refs(v) for v in frame[column]]
    if sheet.key:
        _duplicates(sheet, frame, problems)
    return frame


def _text_problems(
    sheet: Sheet, column: str, cells: pd.Series, problems: list[Problem], limits: dict[str, int]
) -> None:
    """What any cell can get wrong: too long, missing when required, a NUL character."""
    distinct = set(cells.tolist())  # checked once per distinct text, not once per row
    most = min(MAX_CELL, limits.get(column, MAX_CELL))
    too_long = {v for v in distinct if len(v) > most}
    if too_long:
        _report(problems, sheet.name, column, cells.isin(too_long), f"text is longer than {most:,} characters")
    # Within MAX_CELL characters but not within a cell's MAX_CELL UTF-16 units (emoji count twice): the workbook
    # export could not give it back whole, so it is refused here, as the app refuses it when typed.
    uncellable = {v for v in distinct - too_long if len(v) > MAX_CELL // 2 and too_long_for_a_cell(v)}
    if uncellable:
        _report(
            problems,
            sheet.name,
            column,
            cells.isin(uncellable),
            lambda row: f"text is too long: {too_long_for_a_cell(cells[row])}",
        )
    if column in sheet.required and "" in distinct:
        _report(problems, sheet.name, column, cells == "", "required value missing")
    nul = {v for v in distinct if "\x00" in v}  # PostgreSQL cannot store it: refused on every backend
    if nul:
        _report(problems, sheet.name, column, cells.isin(nul), "contains a NUL character (0x00): remove it")


def _hidden_refs(frames: dict[str, pd.DataFrame], clean: dict, existing: Existing, problems: list[Problem]) -> None:
    """A new ref holding a character nobody can see (a zero-width space, a bidirectional control): it looks like
    another ref but is not it, so it would make a second record that looks the same, or match none. A ref the
    database holds already (written before refs were checked) is its record's, and still matches it."""
    for name in clean:
        kinds = ALL_COLUMN_KINDS.get(name, {})
        for column in frames[name].columns:
            kind = kinds.get(column)
            linked = isinstance(kind, tuple) and kind and kind[0] in ("link", "links")
            if column != "ref" and not linked:
                continue
            known = existing.refs.get(kind[1] if linked else name, set())  # type: ignore[index]
            cells = frames[name][column]

            def hidden(value: str, known=known, many=linked and kind[0] == "links") -> str:  # type: ignore[index]
                for ref in _split_refs(value) if many else [value]:
                    if ref not in known and (found := invisible_in(ref)):
                        return found
                return ""

            bad = {v for v in set(cells.tolist()) if hidden(v)}
            if bad:
                _report(
                    problems,
                    name,
                    column,
                    cells.isin(bad),
                    lambda row, cells=cells, hidden=hidden: (
                        f"holds an invisible character ({hidden(cells[row])}): type the ref again without it"
                    ),
                )


def _read_cells(sheet: str, column: str, cells: pd.Series, kind: object, problems: list[Problem]):
    """A column's cells read as what the column holds (None: left as text)."""
    if kind == DATE:
        return _dates(sheet, column, cells, problems)
    if kind == YESNO:
        return _yes_no(sheet, column, cells, problems)
    if kind in (PROGRESS, WEIGHT):
        return _numbers(sheet, column, cells, kind, problems)
    if kind in value_checks.NUMBER_KINDS:
        return value_checks.number_cells(sheet, column, kind, cells, lambda *a: _report(problems, *a))
    if kind == value_checks.KEY:
        return value_checks.key_cells(sheet, column, cells, lambda *a: _report(problems, *a))
    if kind == EMAIL:
        return _emails(sheet, column, cells, problems)
    if kind == value_checks.TAGS:
        return [value_checks.split_tags(v) for v in cells]
    if isinstance(kind, tuple):
        return _choices(sheet, column, cells, kind, problems)
    return None


def _duplicates(sheet: Sheet, frame: pd.DataFrame, problems: list[Problem]) -> None:
    columns = list(sheet.key)
    repeated = frame.duplicated(subset=columns, keep="first") & (frame[columns] != "").all(axis=1)
    if repeated.any():  # the words for a key only when one is repeated (joining every row's costs a second)
        keys = frame[columns[0]] if len(columns) == 1 else frame[columns].agg(" / ".join, axis=1)
        first_row = {key: row for row, key in zip(frame.index[::-1], keys[::-1], strict=True)}
        label = "ref" if columns == ["ref"] else " and ".join(columns)
        _report(
            problems,
            sheet.name,
            columns[0],
            repeated,
            lambda row: f"duplicate {label} '{keys[row]}' (first on row {first_row[keys[row]]})",
        )


def _read_each(cells: pd.Series, read, bad) -> tuple[list, pd.Series | None]:
    """Apply `read` once per distinct cell text (sheets repeat the same dates and words thousands of times):
    the values read, in row order, and the rows whose text `bad(text, value)` judges wrong (None: none are),
    found by text in one vectorised pass rather than row by row."""
    values = cells.tolist()
    seen = {v: read(v) for v in set(values)}
    wrong = {v for v, r in seen.items() if bad(v, r)}
    return [seen[v] for v in values], (cells.isin(wrong) if wrong else None)


def _flag(problems: list[Problem], sheet: str, column: str, bad: pd.Series | None, reason) -> None:
    if bad is not None:
        _report(problems, sheet, column, bad, reason)


def _dates(sheet: str, column: str, cells: pd.Series, problems: list[Problem]) -> pd.Series:
    parsed, bad = _read_each(cells, vocab.parse_date, lambda c, d: c != "" and d is None)
    _flag(problems, sheet, column, bad, lambda row: f"bad date '{cells[row]}' — write dates as YYYY-MM-DD")
    return pd.Series(parsed, index=cells.index, dtype=object)


def _yes_no(sheet: str, column: str, cells: pd.Series, problems: list[Problem]) -> pd.Series:
    parsed, bad = _read_each(cells, vocab.parse_yes_no, lambda _c, p: p is None)
    _flag(problems, sheet, column, bad, lambda row: f"'{cells[row]}' is not yes or no")
    return pd.Series([bool(p) for p in parsed], index=cells.index, dtype=object)


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value and value not in (float("inf"), float("-inf")) else None


def _emails(sheet: str, column: str, cells: pd.Series, problems: list[Problem]) -> pd.Series:
    from commission.contacts import email_problem

    _found, bad = _read_each(cells, lambda v: email_problem(v.strip()), lambda _c, f: f is not None)
    _flag(problems, sheet, column, bad, lambda row: email_problem(cells[row].strip()))
    return pd.Series([v.strip() for v in cells.tolist()], index=cells.index, dtype=object)


def _numbers(sheet: str, column: str, cells: pd.Series, kind: str, problems: list[Problem]) -> pd.Series:
    if kind == PROGRESS:
        numbers, bad = _read_each(
            cells, lambda v: _number(v) if v else None, lambda c, n: c != "" and (n is None or not 0 <= n <= 100)
        )
        reason = "progress must be a number from 0 to 100, not '{}'"
    else:
        numbers, bad = _read_each(
            cells, lambda v: _number(v) if v else None, lambda c, n: c != "" and (n is None or not n > 0)
        )
        reason = "weight must be a number above 0, not '{}'"
    _flag(problems, sheet, column, bad, lambda row: reason.format(cells[row]))
    return pd.Series(numbers, index=cells.index, dtype=object)


def _choices(sheet: str, column: str, cells: pd.Series, choices: tuple[str, ...], problems: list[Problem]) -> pd.Series:
    normal, bad = _read_each(
        cells,
        lambda v: vocab.english_word(" ".join(v.lower().split()), column),  # Welsh too
        lambda _c, n: n != "" and n not in choices,
    )
    noun = {"asset": "asset category"}.get(column, column)
    _flag(problems, sheet, column, bad, lambda row: f"unknown {noun} '{cells[row]}' — use one of: {', '.join(choices)}")
    return pd.Series(normal, index=cells.index, dtype=object)


def _split_refs(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()] if cell else []


def _links(
    clean: dict[str, pd.DataFrame],
    frames: dict[str, pd.DataFrame],
    existing: Existing,
    problems: list[Problem],
    unchecked: Unchecked,
) -> None:
    known = {
        name: set(frame["ref"]) | existing.refs.get(name, set())
        for name, frame in clean.items()
        if "ref" in frame.columns
    }
    for name in KIND_OF_SHEET:
        known.setdefault(name, set(existing.refs.get(name, set())))
    for sheet_name, frame in clean.items():
        for column, kind in ALL_COLUMN_KINDS.get(sheet_name, {}).items():
            if not (isinstance(kind, tuple) and kind and kind[0] in ("link", "links")) or column not in frame.columns:
                continue
            target = kind[1]
            if target in unchecked.sheets:
                cells = frame[column]
                filled = cells != "" if kind[0] == "link" else cells.map(bool).astype(bool)
                unchecked.skip(target, sheet_name, cells.index[filled.to_numpy()])
                continue
            refs = known[target]
            missing_sheet = target not in frames
            noun = KIND_OF_SHEET[target]

            def reason(ref: str, noun=noun, target=target, missing_sheet=missing_sheet) -> str:
                if missing_sheet:
                    return (
                        f"unknown {noun} '{ref}' (the {target} sheet is missing and the database has none by that ref)"
                    )
                return f"unknown {noun} '{ref}'"

            if kind[0] == "link":
                cells = frame[column]
                bad = (cells != "") & ~cells.isin(refs)
                _report(problems, sheet_name, column, bad, lambda row, cells=cells, reason=reason: reason(cells[row]))
            else:
                for row, refs_in_cell in zip(frame.index, frame[column], strict=True):
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
        for row, ref, parent in zip(themes.index, themes["ref"], themes["parent_ref"], strict=True):
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
            loop = " → ".join([*path, start])
            problems.append(Problem("Themes", rows[start], "parent_ref", f"theme parents go round in a circle: {loop}"))


def today() -> date:
    return date.today()
