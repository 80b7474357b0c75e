"""The sheets of an update return, as services.returns writes them (XlsxWriter), one function a sheet.

Grey cells are locked (a return never edits a pledge); yellow cells are what an officer types; every sheet
is protected without a password (the lock prevents slips; the import checks everything anyway).
"""

from __future__ import annotations

from datetime import date

from commission import domain, vocab
from commission.services.return_book import RETURN_KIND
from commission.services.return_words import STATUSES_CY

EXTRA_ROWS = 10  # spare Updates rows for a second update on a commitment
INPUT_COLUMNS = ("date", "status", "progress", "note")  # what an officer types; all blank = row ignored
UPDATE_COLUMNS = ("commitment_ref", "pledge", "due", "date", "status", "progress", "note", "reported_by")
COMMITMENT_COLUMNS = (
    "ref",
    "action_ref",
    "organisation_ref",
    "pledge",
    "made_by_ref",
    "made_on",
    "due",
    "weight",
    "action",
    "state",
    "progress",
    "latest_status",
    "latest_update",
    "latest_note",
    "panel_verdict",
)
GREY = "#ececec"
INPUT = "#fff6c8"


class _Formats:
    def __init__(self, book):
        add = book.add_format
        self.title = add({"bold": True, "font_size": 18, "font_color": "#0b4f6c"})
        self.heading = add({"bold": True, "font_size": 13, "font_color": "#0b4f6c"})
        self.text = add({"text_wrap": True, "valign": "top", "font_size": 12})
        self.bold = add({"bold": True, "text_wrap": True, "valign": "top", "font_size": 12})
        self.header = add({"bold": True, "bg_color": "#dfe7ef", "border": 1, "locked": True})
        self.header_input = add({"bold": True, "bg_color": "#fff2b3", "border": 1, "locked": True})
        self.grey = add(
            {
                "bg_color": GREY,
                "font_color": "#333333",
                "locked": True,
                "valign": "top",
                "border": 1,
                "border_color": "#d0d0d0",
            }
        )
        self.grey_wrap = add(
            {
                "bg_color": GREY,
                "font_color": "#333333",
                "locked": True,
                "text_wrap": True,
                "valign": "top",
                "border": 1,
                "border_color": "#d0d0d0",
            }
        )
        cell = {"locked": False, "bg_color": INPUT, "border": 1, "border_color": "#c9c09a", "valign": "top"}
        self.input = add(cell)
        self.input_wrap = add({**cell, "text_wrap": True})
        self.input_date = add({**cell, "num_format": "yyyy-mm-dd"})
        self.input_number = add({**cell, "num_format": "0"})


def _protect(sheet) -> None:
    # No password: the lock prevents slips, not a determined edit (the import checks everything anyway).
    sheet.protect(
        "", {"select_locked_cells": True, "select_unlocked_cells": True, "format_columns": True, "format_rows": True}
    )


def _instructions(sheet, fmt: _Formats, lines: list[tuple[str, str, str]]) -> None:
    """The Instructions sheet from its (kind, label, text) lines (return_words.instructions)."""
    sheet.set_column(0, 0, 16)
    sheet.set_column(1, 1, 90)
    sheet.hide_gridlines(2)
    styles = {"heading": fmt.heading, "line": fmt.text}
    for row, (kind, label, text) in enumerate(lines):
        if kind == "title":
            sheet.write_string(row, 0, text, fmt.title)
            continue
        if label:
            sheet.write_string(row, 0, label, fmt.bold)
        if text:
            sheet.write_string(row, 1, text, styles[kind])
            if len(text) > 95:
                sheet.set_row(row, 34 if len(text) < 190 else 50)
    _protect(sheet)


def _commission_sheet(sheet, fmt: _Formats, data: domain.CommissionData) -> None:
    sheet.write_row(0, 0, ["key", "value"], fmt.header)
    sheet.write_string(1, 0, "name", fmt.grey)
    sheet.write_string(1, 1, data.commission.name, fmt.grey)
    sheet.set_column(0, 0, 12)
    sheet.set_column(1, 1, 60)
    _protect(sheet)


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _commitments_sheet(
    sheet, fmt: _Formats, data: domain.CommissionData, figures: domain.Figures, commitments: list[domain.Commitment]
) -> None:
    actions = {a.id: a for a in data.actions}
    orgs = {o.id: o for o in data.organisations}
    members: dict[int | None, domain.Member] = {mb.id: mb for mb in data.members}
    widths = {"pledge": 60, "action": 40, "latest_note": 50}
    for col, title in enumerate(COMMITMENT_COLUMNS):
        sheet.write_string(0, col, title, fmt.header)
        sheet.set_column(col, col, widths.get(title, 14))
    sheet.freeze_panes(1, 1)
    for row, c in enumerate(commitments, start=1):
        result = figures.commitments[c.id]
        latest_note = result.latest and next(
            (
                u.note
                for u in reversed(data.updates_by_commitment.get(c.id, []))
                if u.date == result.latest.date and u.status == result.latest.status
            ),
            "",
        )
        maker = members.get(c.made_by_id)
        values = [
            c.ref,
            actions[c.action_id].ref,
            orgs[c.organisation_id].ref,
            c.pledge,
            maker.ref if maker else "",
            _iso(c.made_on),
            _iso(c.due),
            c.weight,
            actions[c.action_id].title,
            result.state,
            result.progress,
            result.latest_status,
            _iso(result.latest_update),
            latest_note or "",
            result.verdict,
        ]
        for col, value in enumerate(values):
            style = fmt.grey_wrap if COMMITMENT_COLUMNS[col] in widths else fmt.grey
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                sheet.write_number(row, col, value, style)
            elif value is None:
                sheet.write_blank(row, col, None, style)
            else:
                sheet.write_string(row, col, str(value), style)
    _protect(sheet)


def _updates_sheet(
    sheet, fmt: _Formats, org: domain.Organisation, commitments: list[domain.Commitment], language: str = "en"
) -> None:
    welsh = language == "cy"  # the note is typed in Welsh, as note_cy, and the statuses are chosen in Welsh
    col = {("note_cy" if welsh and name == "note" else name): i for i, name in enumerate(UPDATE_COLUMNS)}
    col["note"] = col["note"] if "note" in col else col["note_cy"]
    widths = {
        "commitment_ref": 16,
        "pledge": 48,
        "due": 12,
        "date": 14,
        "status": 14,
        "progress": 10,
        "note": 60,
        "reported_by": 32,
    }
    for name, i in col.items():
        if welsh and name == "note":
            continue
        typed = name in INPUT_COLUMNS or name in ("reported_by", "note_cy")
        sheet.write_string(0, i, name, fmt.header_input if typed else fmt.header)
        sheet.set_column(i, i, widths[name.removesuffix("_cy")])
    sheet.freeze_panes(1, 1)
    last = len(commitments) + EXTRA_ROWS
    for row in range(1, last + 1):
        prepared = commitments[row - 1] if row <= len(commitments) else None
        if prepared is not None:
            sheet.write_string(row, col["commitment_ref"], prepared.ref, fmt.grey)
            sheet.write_string(row, col["pledge"], prepared.pledge, fmt.grey_wrap)
            sheet.write_string(row, col["due"], _iso(prepared.due), fmt.grey)
            sheet.write_string(row, col["reported_by"], org.name, fmt.input)
        else:  # a spare row: the officer picks the commitment
            sheet.write_blank(row, col["commitment_ref"], None, fmt.input)
            sheet.write_blank(row, col["pledge"], None, fmt.grey)
            sheet.write_blank(row, col["due"], None, fmt.grey)
            sheet.write_blank(row, col["reported_by"], None, fmt.input)
        sheet.write_blank(row, col["date"], None, fmt.input_date)
        sheet.write_blank(row, col["status"], None, fmt.input)
        sheet.write_blank(row, col["progress"], None, fmt.input_number)
        sheet.write_blank(row, col["note"], None, fmt.input_wrap)

    def rule(name: str, options: dict, first: int = 1) -> None:
        sheet.data_validation(first, col[name], last, col[name], options)

    rule(
        "date",
        {
            "validate": "date",
            "criteria": "between",
            "minimum": date(2000, 1, 1),
            "maximum": date(2100, 12, 31),
            "input_title": "Date",
            "input_message": "Type the date as YYYY-MM-DD, for example 2026-11-15.",
            "error_title": "Not a date",
            "error_message": "Type the date as YYYY-MM-DD, for example 2026-11-15.",
        },
    )
    statuses = list(STATUSES_CY if welsh else vocab.UPDATE_STATUSES)
    rule(
        "status",
        {
            "validate": "list",
            "source": statuses,
            "input_title": "Statws" if welsh else "Status",
            "input_message": "Dewiswch o'r rhestr." if welsh else "Choose from the list.",
            "error_title": "Statws anhysbys" if welsh else "Unknown status",
            "error_message": ("Dewiswch un o: " if welsh else "Choose one of: ") + ", ".join(statuses) + ".",
        },
    )
    rule(
        "progress",
        {
            "validate": "decimal",
            "criteria": "between",
            "minimum": 0,
            "maximum": 100,
            "input_title": "Progress",
            "input_message": "A number from 0 to 100.",
            "error_title": "Progress is 0 to 100",
            "error_message": "Type a number from 0 to 100.",
        },
    )
    if EXTRA_ROWS:
        sheet.data_validation(
            len(commitments) + 1,
            col["commitment_ref"],
            last,
            col["commitment_ref"],
            {
                "validate": "list",
                "source": f"=Commitments!$A$2:$A${len(commitments) + 1}",
                "input_title": "Which commitment?",
                "input_message": "Choose the commitment from the list.",
                "error_title": "Unknown commitment",
                "error_message": "Choose one of your commitments from the list.",
            },
        )
    _protect(sheet)


def _return_sheet(
    sheet, fmt: _Formats, data: domain.CommissionData, org: domain.Organisation, as_of: date, language: str = "en"
) -> None:
    rows = [
        ("kind", RETURN_KIND),
        ("commission", data.commission.name),
        ("organisation_ref", org.ref),
        ("organisation", org.name),
        ("as_of", as_of.isoformat()),
        ("written_on", date.today().isoformat()),
        ("language", language),
    ]
    sheet.write_row(0, 0, ["key", "value"], fmt.header)
    for row, (key, value) in enumerate(rows, start=1):
        sheet.write_string(row, 0, key, fmt.grey)
        sheet.write_string(row, 1, value, fmt.grey)
    sheet.hide()
    _protect(sheet)
