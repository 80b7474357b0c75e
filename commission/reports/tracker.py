"""The XLSX tracker: `Commitments` and `Summary` exactly as SPEC defines, the panel's `Sign-off` trail, then
one sheet per organisation.

Dates are real date cells shown as YYYY-MM-DD, so a spreadsheet sorts and filters them as dates; progress is a
number to one decimal, left empty for a dropped commitment (it has no progress to count). Every sheet has a
header row and prints landscape on A4, fitted to the page's width, with the header row repeated on every page;
every text cell wraps inside its column, so nothing runs over its neighbour.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

import xlsxwriter

from commission.reports.formatting import FIGURES, one_decimal
from commission.reports.history_tables import milestone_rows
from commission.reports.model import CommitmentEntry, ReportModel
from commission.vocab import STATE_COLOURS, STATES
from commission.workbook.fast_sheet import FastSheet

COLUMNS = (
    "ref",
    "organisation",
    "action",
    "pledge",
    "due",
    "state",
    "progress",
    "latest_status",
    "latest_update",
    "verdict",
    # extras, after SPEC's columns
    "organisation_ref",
    "action_ref",
    "theme",
    "made_by",
    "made_on",
    "weight",
    "latest_note",
    "verdict_comment",
    "verdict_date",
)
WIDTHS = {
    "ref": 8,
    "organisation": 28,
    "action": 32,
    "pledge": 60,
    "due": 12,
    "state": 11,
    "progress": 10,
    "latest_status": 13,
    "latest_update": 13,
    "verdict": 13,
    "organisation_ref": 10,
    "action_ref": 10,
    "theme": 26,
    "made_by": 20,
    "made_on": 12,
    "weight": 8,
    "latest_note": 60,
    "verdict_comment": 50,
    "verdict_date": 12,
}
FIXED_SHEETS = (
    "Commitments",
    "Summary",
    "Over time",
    "Network",
    "Milestones",
    "Sign-off",
    "About",
    "Frameworks",
    "Social value",
)
OVER_TIME_COLUMNS = ("as_of", *FIGURES)
SUMMARY_KEYS = (*OVER_TIME_COLUMNS, "quotes_withheld")
MILESTONE_COLUMNS = ("commitment_ref", "organisation", "title", "due", "done_on", "state")
SIGNOFF_WIDTHS = {  # the sign-off trail's columns, each with its width
    "round": 26,
    "closed_on": 12,
    "kind": 18,
    "ref": 8,
    "item": 44,
    "agreed_by": 10,
    "asked": 8,
    "outcome": 10,
    "sign_off": 56,
    "edited": 8,
    "text": 70,
}
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def natural_key(ref: str) -> list:
    """C2 before C10."""
    return [int(part) if part.isdigit() else part.lower() for part in _DIGITS.split(ref)]


_DIGITS = re.compile(r"(\d+)")


class _RowsOf:
    """Each commitment's row once (the Commitments sheet and its organisation's sheet print the same row), in
    natural order of ref."""

    def __init__(self) -> None:
        self.made: dict[int, tuple[tuple[object, ...], tuple]] = {}  # id(entry) -> (row, natural key)

    def rows(self, commitments: Iterable[CommitmentEntry]) -> list[tuple[object, ...]]:
        made = self.made
        for c in commitments:
            if id(c) not in made:
                made[id(c)] = (tuple(commitment_row(c).values()), tuple(natural_key(c.ref)))
        ordered = sorted((made[id(c)] for c in commitments), key=lambda pair: pair[1])
        return [row for row, _key in ordered]


def iso(value) -> str:
    return value.isoformat() if value else ""


def commitment_row(c: CommitmentEntry) -> dict[str, object]:
    return {
        "ref": c.ref,
        "organisation": c.organisation,
        "action": c.action_title,
        "pledge": c.pledge,
        "due": c.due,
        "state": c.state,
        "progress": None if c.progress is None else one_decimal(c.progress),
        "latest_status": c.latest_status,
        "latest_update": c.latest_update,
        "verdict": c.verdict,
        "organisation_ref": c.organisation_ref,
        "action_ref": c.action_ref,
        "theme": "; ".join(c.themes),
        "made_by": c.made_by,
        "made_on": c.made_on,
        "weight": c.weight,
        "latest_note": c.latest_note,
        "verdict_comment": c.verdict_comment,
        "verdict_date": c.verdict_date,
    }


def summary_rows(model: ReportModel) -> list[tuple[str, object]]:
    states = model.states
    return [
        ("as_of", model.as_of),
        ("commitments", len(model.commitments)),
        *((state, states.get(state, 0)) for state in ("done", "on track", "at risk", "overdue", "dropped")),
        ("overall_progress", one_decimal(model.overall)),
        ("panel_agreement", None if model.panel_agreement is None else one_decimal(model.panel_agreement)),
        ("quotes_withheld", model.quotes_withheld),
    ]


def over_time_rows(model: ReportModel) -> list[tuple[object, ...]]:
    """One row per date of the history, each the Summary's own figures as of that date."""
    if model.over_time is None:
        return []
    return [figure_row(p.as_of, p.commitments, p.states, p.overall, p.panel_agreement) for p in model.over_time.points]


def figure_row(
    as_of: date | str, commitments: int, states: dict[str, int], overall: float, agreement: float | None
) -> tuple[object, ...]:
    """as_of, commitments, the five state counts, overall_progress, panel_agreement: as the Summary writes them."""
    return (
        as_of,
        commitments,
        *(states.get(s, 0) for s in ("done", "on track", "at risk", "overdue", "dropped")),
        one_decimal(overall),
        None if agreement is None else one_decimal(agreement),
    )


def write_table(sheet, columns: tuple[str, ...], rows: Sequence[Sequence[object]], fmt) -> None:
    """A header row and plain rows: text as wrapped text, numbers as numbers, dates as real dates, None as a
    blank; printed like every other sheet (landscape, fitted to the width, the header row on every page)."""
    wrap, day = getattr(fmt, "top", None), getattr(fmt, "date", None)
    for col, name in enumerate(columns):
        sheet.write_string(0, col, name, fmt.header)
        sheet.set_column(col, col, max(12, len(name) + 2))
    for r, row in enumerate(rows, start=1):
        for col, value in enumerate(row):
            if value is None or value == "":
                sheet.write_blank(r, col, None)
            elif isinstance(value, date) and day is not None:
                _write_date(sheet, r, col, value, day)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                sheet.write_number(r, col, value)
            else:
                sheet.write_string(r, col, value.isoformat() if isinstance(value, date) else str(value), wrap)
    sheet.freeze_panes(1, 0)
    _print_setup(sheet)


def sheet_names(names: list[str]) -> list[str]:
    """Excel-safe, unique (ignoring case) sheet names of at most 31 characters, none clashing with ours; a name
    too long is cut at a word, not in the middle of one."""
    taken = {n.lower() for n in FIXED_SHEETS}
    result = []
    for name in names:
        base = _BAD_SHEET_CHARS.sub(" ", name).strip().strip("'") or "Organisation"
        base = _cut_at_word(" ".join(base.split()), 31)
        candidate, n = base, 2
        while candidate.lower() in taken:
            suffix = f" ({n})"
            candidate = _cut_at_word(base, 31 - len(suffix)) + suffix
            n += 1
        taken.add(candidate.lower())
        result.append(candidate)
    return result


def _cut_at_word(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[: limit + 1] else text[:limit]
    cut = cut.rstrip(" ,;:-\u2013\u2014(&").strip()
    return cut or text[:limit].strip()


def write_xlsx(model: ReportModel, out: Path, *, progress: Callable[[float], None] | None = None) -> None:
    workbook = xlsxwriter.Workbook(
        str(out), {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False}
    )
    t = model.text
    workbook.set_properties(
        {
            "title": f"{model.commission} \u2014 {t('report_title')}",
            "author": model.commission,
            "subject": f"{t('report_title')} ({model.as_of.isoformat()})",
            "company": model.commission,
            "comments": t("privacy_note"),
        }
    )
    fmt = _Formats(workbook)

    _rows = _RowsOf().rows
    _commitments_sheet(workbook.add_worksheet("Commitments", worksheet_class=FastSheet), _rows(model.commitments), fmt)
    if progress:
        progress(0.5)

    summary = workbook.add_worksheet("Summary", worksheet_class=FastSheet)
    summary.write_string(0, 0, "key", fmt.header)
    summary.write_string(0, 1, "value", fmt.header)
    for r, (key, value) in enumerate(summary_rows(model), start=1):
        summary.write_string(r, 0, key, fmt.top)
        _write(summary, r, 1, value, fmt)
    summary.set_column(0, 0, 20)
    summary.set_column(1, 1, 14)
    _print_setup(summary, portrait=True)

    _signoff_sheet(workbook.add_worksheet("Sign-off", worksheet_class=FastSheet), model, fmt)
    write_table(
        workbook.add_worksheet("Over time", worksheet_class=FastSheet), OVER_TIME_COLUMNS, over_time_rows(model), fmt
    )
    write_table(
        workbook.add_worksheet("Milestones", worksheet_class=FastSheet),
        MILESTONE_COLUMNS,
        milestone_rows(model, t),
        fmt,
    )
    from commission.reports.tracker_value import frameworks_sheet, value_sheet

    for name, fill in (("Frameworks", frameworks_sheet), ("Social value", value_sheet)):
        sheet = workbook.add_worksheet(name, worksheet_class=FastSheet)
        fill(sheet, model, fmt)
        _print_setup(sheet)

    orgs = model.organisations
    for org, name in zip(orgs, sheet_names([o.name for o in orgs]), strict=True):
        _commitments_sheet(workbook.add_worksheet(name, worksheet_class=FastSheet), _rows(org.commitments), fmt)

    about = workbook.add_worksheet("About", worksheet_class=FastSheet)
    about_rows = [
        ("commission", model.commission),
        ("area", model.area),
        ("organisation", model.organisation or ""),
        ("as_of", model.as_of),
        ("note", t("privacy_note")),
    ]
    about.write_string(0, 0, "key", fmt.header)
    about.write_string(0, 1, "value", fmt.header)
    for r, (key, value) in enumerate(about_rows, start=1):
        about.write_string(r, 0, key, fmt.top)
        _write(about, r, 1, value, fmt)
    about.set_column(0, 0, 14)
    about.set_column(1, 1, 90)
    _print_setup(about, portrait=True)
    workbook.close()
    if progress:
        progress(0.95)


DATE_FORMAT = "yyyy-mm-dd"
STATE_TEXT = {state: ("#1a1a1a" if state == "at risk" else "#ffffff") for state in STATES}  # >= 4.5:1 on each


class _Formats:
    def __init__(self, workbook):
        self.header = workbook.add_format(
            {"bold": True, "bg_color": "#e3eef3", "bottom": 1, "valign": "top", "text_wrap": True}
        )
        # every text cell wraps within its column: a long one grows its row, never runs over the next cell
        self.wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        self.top = self.wrap
        self.number = workbook.add_format({"valign": "top", "num_format": "0.0"})
        self.integer = workbook.add_format({"valign": "top"})
        self.date = workbook.add_format({"valign": "top", "num_format": DATE_FORMAT, "align": "left"})
        self.state = {
            state: workbook.add_format(
                {"bg_color": colour, "font_color": STATE_TEXT[state], "bold": True, "valign": "top", "text_wrap": True}
            )
            for state, colour in STATE_COLOURS.items()
        }


def _write(sheet: FastSheet, r: int, c: int, value: object, fmt: _Formats, number=None) -> None:
    """One cell of the right type: a real date, a number, text (never a formula), or blank."""
    if isinstance(value, str) and value:  # most cells: asked first
        sheet.text(r, c, value, fmt.top)
    elif value is None or value == "":
        sheet.blank(r, c, fmt.top)
    elif isinstance(value, date):
        _write_date(sheet, r, c, value, fmt.date)
    elif isinstance(value, bool):
        sheet.text(r, c, "yes" if value else "no", fmt.top)
    elif isinstance(value, (int, float)):
        sheet.number(r, c, value, number or fmt.integer)
    else:
        sheet.text(r, c, str(value), fmt.top)


_EPOCH = date(1899, 12, 31)  # Excel's day 0 (the 1900 date system, xlsxwriter's default)


@lru_cache(maxsize=8192)
def excel_serial(day: date) -> float:
    """The number Excel keeps for a day, as xlsxwriter's `write_datetime` works it out (1900 system: day 60 is
    the 29 February 1900 Excel believes in). Worked out once per day: a tracker writes the same few thousand
    dates again and again, and xlsxwriter's conversion goes through a datetime for each."""
    days = float((day - _EPOCH).days)
    return days + 1 if days > 59 else days


def _write_date(sheet, r: int, c: int, value: date, day_format) -> None:
    """A real date cell: the same cell `write_datetime` writes (a number shown by the date format)."""
    if type(value) is date:
        sheet.write_number(r, c, excel_serial(value), day_format)
    else:  # a datetime: its time of day counts too
        sheet.write_datetime(r, c, value, day_format)


def _print_setup(sheet, *, portrait: bool = False) -> None:
    """A4, fitted to the page's width (as many pages down as it needs), the header row on every page."""
    if not portrait:
        sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    sheet.set_footer("&L&A&RPage &P of &N")


def _commitments_sheet(sheet: FastSheet, rows: list[tuple[object, ...]], fmt: _Formats) -> None:
    for col, name in enumerate(COLUMNS):
        sheet.write_string(0, col, name, fmt.header)
        sheet.set_column(
            col,
            col,
            WIDTHS.get(name, 14),
            fmt.wrap if name in ("pledge", "action", "latest_note", "verdict_comment") else None,
        )
    numbers = [fmt.number if name == "progress" else None for name in COLUMNS]
    state_col = COLUMNS.index("state")
    text, number, blank, top, day, states = sheet.text, sheet.number, sheet.blank, fmt.top, fmt.date, fmt.state
    for r, row in enumerate(rows, start=1):
        for col, value in enumerate(row):  # commitment_row's keys are COLUMNS, in order
            if col == state_col:  # _write's rules, the common kinds first
                text(r, col, str(value), states.get(str(value), top))
            elif type(value) is str:
                text(r, col, value, top) if value else blank(r, col, top)
            elif value is None:
                blank(r, col, top)
            elif type(value) is date:
                number(r, col, excel_serial(value), day)
            elif type(value) is float or type(value) is int:
                number(r, col, value, numbers[col] or fmt.integer)
            else:
                _write(sheet, r, col, value, fmt, numbers[col])
    sheet.freeze_panes(1, 1)
    sheet.autofilter(0, 0, max(len(rows), 1), len(COLUMNS) - 1)
    _print_setup(sheet)


def _signoff_sheet(sheet, model: ReportModel, fmt: _Formats) -> None:
    """The sign-off trail, one row per thing the panel agreed: counts and dates, never who."""
    header_row(sheet, SIGNOFF_WIDTHS, fmt)
    rows = (
        (
            rnd.title,
            entry.closed_on,
            model.text.kind(entry.kind),
            entry.ref,
            entry.label,
            entry.agreed_by,
            entry.asked,
            entry.outcome,
            model.signoff_sentence(entry),
            "yes" if entry.edited else "no",
            entry.text,
        )
        for rnd in model.signoffs
        for entry in rnd.entries
    )
    if not write_rows(sheet, rows, fmt):
        sheet.merge_range(1, 0, 1, 4, model.text("signoff_none"), fmt.top)  # wraps inside, runs over nothing
    sheet.freeze_panes(1, 0)
    _print_setup(sheet)


def header_row(sheet, widths: dict[str, int], fmt) -> None:
    """Row 0: each column's name, the column as wide as `widths` says."""
    for col, (name, width) in enumerate(widths.items()):
        sheet.write_string(0, col, name, fmt.header)
        sheet.set_column(col, col, width)


def write_rows(sheet, rows: Iterable[Sequence[object]], fmt, write: Callable = _write) -> int:
    """The rows below the header, each cell by `write`; how many rows were written."""
    r = 0
    for r, values in enumerate(rows, start=1):
        for col, value in enumerate(values):
            write(sheet, r, col, value, fmt)
    return r
