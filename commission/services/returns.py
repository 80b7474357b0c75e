"""Update returns: one spreadsheet per organisation to report progress on its commitments, and back in.

The cycle, for the app's "Send returns" / "Import return" and `commission returns`:

    paths = write_returns(db, folder, as_of=today)        # one .xlsx per organisation with commitments
    ... the organisation fills in the Updates sheet and sends the file back ...
    summary = import_return(db, returned_path)            # all or nothing; summary.lines() for the user

A return holds an Instructions sheet in plain words; a Commission sheet naming the commission; the
organisation's Commitments as the commission sees them (locked and greyed: a return never edits a
pledge); an Updates sheet with one row ready per commitment (commitment_ref and reported_by filled in,
drop-downs for status, 0–100 for progress, a date column) and spare rows for extra updates; and a hidden
Return sheet saying which organisation and date it was written for. The panel's verdict is not asked for:
organisations report, the panel judges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from commission import domain, files, outward, vocab
from commission.errors import UserError, WorkbookError
from commission.services.importer import import_frames
from commission.services.queries import find_commission, load_commission_data
from commission.storage.db import Database
from commission.workbook import Problem, read_workbook, validate
from commission.workbook.validate import Existing

RETURN_SHEET = "Return"
RETURN_KIND = "update return"
EXTRA_ROWS = 10  # spare Updates rows for a second update on a commitment
INPUT_COLUMNS = ("date", "status", "progress", "note")  # what an officer types; all blank = row ignored
UPDATE_COLUMNS = ("commitment_ref", "pledge", "due", "date", "status", "progress", "note", "reported_by")
COMMITMENT_COLUMNS = (
    "ref", "action_ref", "organisation_ref", "pledge", "made_by_ref", "made_on", "due", "weight",
    "action", "state", "progress", "latest_status", "latest_update", "latest_note", "panel_verdict",
)
STATUS_MEANINGS = {
    "not started": "work has not begun yet",
    "in progress": "work is under way",
    "at risk": "work is under way, but it may not happen in time or in full",
    "stalled": "work has stopped for now",
    "done": "finished: what was promised has happened",
    "dropped": "you no longer plan to do this (please say why in the note)",
}
GREY = "#ececec"
INPUT = "#fff6c8"


@dataclass
class ReturnSummary:
    """What importing one return changed, in words a coordinator reads (`lines()`)."""

    commission: str
    organisation: str
    updates_added: int = 0
    updates_already_there: int = 0
    rows_ignored: int = 0  # prepared rows left empty
    newly_done: list[str] = field(default_factory=list)  # commitment refs
    newly_overdue: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"Return from {self.organisation} imported into '{self.commission}'.",
               f"  {_count(self.updates_added, 'update')} added"
               + (f", {self.updates_already_there} already there" if self.updates_already_there else "")]
        if self.newly_done:
            out.append(f"  {_count(len(self.newly_done), 'commitment')} newly done: {', '.join(self.newly_done)}")
        if self.newly_overdue:
            out.append(f"  {_count(len(self.newly_overdue), 'commitment')} newly overdue: "
                       f"{', '.join(self.newly_overdue)}")
        if self.rows_ignored:
            out.append(f"  {_count(self.rows_ignored, 'empty row')} left as they were (nothing to add)")
        out += [f"  Note: {w}" for w in self.warnings]
        return out


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def safe_file_name(name: str, fallback: str = "organisation") -> str:
    """A file name any system accepts, kept readable (see `commission.files.safe_name`)."""
    return files.safe_name(name, fallback)


# ---------------------------------------------------------------------------------------------- writing


def write_returns(db: Database, out_dir: Path, *, commission: str | None = None, as_of: date) -> list[Path]:
    """Write one update return per organisation that has commitments into `out_dir`; return the paths.

    The set is written whole or not at all: every return is written in a hidden folder inside `out_dir`
    (made if missing) and all are moved into place at the end. File names come from the organisation's
    cleaned name only (never its raw ref), stay inside `out_dir` and never collide. Everything in a
    return passes the privacy gate (`commission.outward`), as a report does; figures are as of `as_of`.
    """
    info = find_commission(db, commission)
    data = outward.for_others(load_commission_data(db, info.id), as_of).data
    figures = domain.evaluate(data, as_of)
    by_org: dict[int, list[domain.Commitment]] = {}
    for c in data.commitments:
        by_org.setdefault(c.organisation_id, []).append(c)
    orgs = [o for o in sorted(data.organisations, key=lambda o: (o.name.lower(), o.ref)) if by_org.get(o.id)]
    if not orgs:
        raise UserError(f"'{info.name}' has no commitments yet, so there are no returns to send.")
    names = files.unique_names([safe_file_name(o.name) for o in orgs], " - update return.xlsx")
    writers = {name: (lambda path, org=org: _write_return(path, data, figures, org, by_org[org.id]))
               for name, org in zip(names, orgs)}
    return files.write_set(Path(out_dir), writers)


class _Formats:
    def __init__(self, book):
        add = book.add_format
        self.title = add({"bold": True, "font_size": 18, "font_color": "#0b4f6c"})
        self.heading = add({"bold": True, "font_size": 13, "font_color": "#0b4f6c"})
        self.text = add({"text_wrap": True, "valign": "top", "font_size": 12})
        self.bold = add({"bold": True, "text_wrap": True, "valign": "top", "font_size": 12})
        self.header = add({"bold": True, "bg_color": "#dfe7ef", "border": 1, "locked": True})
        self.header_input = add({"bold": True, "bg_color": "#fff2b3", "border": 1, "locked": True})
        self.grey = add({"bg_color": GREY, "font_color": "#333333", "locked": True, "valign": "top",
                         "border": 1, "border_color": "#d0d0d0"})
        self.grey_wrap = add({"bg_color": GREY, "font_color": "#333333", "locked": True, "text_wrap": True,
                              "valign": "top", "border": 1, "border_color": "#d0d0d0"})
        cell = {"locked": False, "bg_color": INPUT, "border": 1, "border_color": "#c9c09a", "valign": "top"}
        self.input = add(cell)
        self.input_wrap = add({**cell, "text_wrap": True})
        self.input_date = add({**cell, "num_format": "yyyy-mm-dd"})
        self.input_number = add({**cell, "num_format": "0"})


def _protect(sheet) -> None:
    # No password: the lock prevents slips, not a determined edit (the import checks everything anyway).
    sheet.protect("", {"select_locked_cells": True, "select_unlocked_cells": True,
                       "format_columns": True, "format_rows": True})


def _write_return(path: Path, data: domain.CommissionData, figures: domain.Figures,
                  org: domain.Organisation, commitments: list[domain.Commitment]) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                           "strings_to_urls": False})
    try:
        fmt = _Formats(book)
        book.set_properties({"title": f"Update return for {org.name}", "subject": data.commission.name,
                             "comments": "Fill in the Updates sheet and send the file back to the coordinator."})
        _instructions(book.add_worksheet("Instructions"), fmt, data, org, figures.as_of, len(commitments))
        _commission_sheet(book.add_worksheet("Commission"), fmt, data)
        _commitments_sheet(book.add_worksheet("Commitments"), fmt, data, figures, commitments)
        updates = book.add_worksheet("Updates")
        _updates_sheet(updates, fmt, org, commitments)
        _return_sheet(book.add_worksheet(RETURN_SHEET), fmt, data, org, figures.as_of)
        updates.activate()
    finally:
        book.close()


def _instructions(sheet, fmt: _Formats, data: domain.CommissionData, org: domain.Organisation, as_of: date,
                  count: int) -> None:
    sheet.set_column(0, 0, 16)
    sheet.set_column(1, 1, 90)
    sheet.hide_gridlines(2)
    row = 0

    def line(text: str, style=None, label: str = "", height: int | None = None) -> None:
        nonlocal row
        if label:
            sheet.write_string(row, 0, label, fmt.bold)
        if text:
            sheet.write_string(row, 1, text, style or fmt.text)
        if height:
            sheet.set_row(row, height)
        row += 1

    sheet.write_string(0, 0, f"Update return for {org.name}", fmt.title)
    row = 1
    line(f"From {data.commission.name}. Prepared on {vocab.uk_date(as_of)}.")
    row += 1
    line("Why you have this", fmt.heading)
    line(f"When {org.name} made its commitments to the commission, it agreed to tell the panel how "
         f"things are going. This file lists your {count} commitment{'s' if count != 1 else ''}. Please "
         "tell us what has happened since your last update.", height=50)
    row += 1
    line("What to do", fmt.heading)
    steps = [
        ("1.", "Open the Updates sheet (the tab at the bottom). There is one row for each of your commitments."),
        ("2.", "For each commitment where something has happened, fill in the yellow cells:"),
        ("date", "the date your update is about, written as YYYY-MM-DD — for example 2026-11-15."),
        ("status", "choose from the list: " + ", ".join(vocab.UPDATE_STATUSES) + "."),
        ("progress", ("how far along it is: a number from 0 (not started) to 100 (finished). "
                     "If you leave it blank, we use the usual figure for the status.")),
        ("note", "a few plain sentences: what was done, what comes next, what is getting in the way."),
        ("reported_by", ("who is reporting. We have put your organisation's name; you can change it to "
                        "your own name or job title.")),
        ("3.", ("Leave a row as it is if you have nothing new to say about that commitment. Rows you leave "
               "empty are simply ignored.")),
        ("4.", ("To give a second update on a commitment, use the spare rows at the bottom of the Updates "
               "sheet: choose the commitment from the list in its first cell.")),
        ("5.", ("Save the file and send it back to the commission's coordinator. Please keep the file's "
               "sheets and grey cells as they are.")),
    ]
    for label, text in steps:
        line(text, label=label, height=34 if len(text) > 95 else None)
    row += 1
    line("What the statuses mean", fmt.heading)
    for status, meaning in STATUS_MEANINGS.items():
        line(meaning, label=status)
    row += 1
    line("The Commitments sheet", fmt.heading)
    line(f"It shows what you promised and where things stood on {vocab.uk_date(as_of)}, as the commission "
         "sees it. It is there to help you: it cannot be changed here. If a promise or a due date is "
         "wrong, please tell the coordinator.", height=50)
    row += 1
    line("The panel will give its own view", fmt.heading)
    line("Community commissioners read every update and say whether they agree it happened. Their view "
         "is shown beside yours in the commission's reports, so please say plainly what has and has not "
         "changed for the people affected.", height=50)
    row += 1
    line("Other spreadsheet programs", fmt.heading)
    line("LibreOffice and Google Sheets work too. If you copy the file into another program, keep dates "
         "as YYYY-MM-DD and the sheet names as they are.", height=34)
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


def _commitments_sheet(sheet, fmt: _Formats, data: domain.CommissionData, figures: domain.Figures,
                       commitments: list[domain.Commitment]) -> None:
    actions = {a.id: a for a in data.actions}
    orgs = {o.id: o for o in data.organisations}
    members = {mb.id: mb for mb in data.members}
    widths = {"pledge": 60, "action": 40, "latest_note": 50}
    for col, title in enumerate(COMMITMENT_COLUMNS):
        sheet.write_string(0, col, title, fmt.header)
        sheet.set_column(col, col, widths.get(title, 14))
    sheet.freeze_panes(1, 1)
    for row, c in enumerate(commitments, start=1):
        result = figures.commitments[c.id]
        latest_note = result.latest and next(
            (u.note for u in reversed(data.updates_by_commitment.get(c.id, []))
             if u.date == result.latest.date and u.status == result.latest.status), "")
        maker = members.get(c.made_by_id)
        values = [
            c.ref, actions[c.action_id].ref, orgs[c.organisation_id].ref, c.pledge, maker.ref if maker else "",
            _iso(c.made_on), _iso(c.due), c.weight, actions[c.action_id].title, result.state,
            result.progress, result.latest_status, _iso(result.latest_update), latest_note or "", result.verdict,
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


def _updates_sheet(sheet, fmt: _Formats, org: domain.Organisation, commitments: list[domain.Commitment]) -> None:
    col = {name: i for i, name in enumerate(UPDATE_COLUMNS)}
    widths = {"commitment_ref": 16, "pledge": 48, "due": 12, "date": 14, "status": 14, "progress": 10,
              "note": 60, "reported_by": 32}
    for name, i in col.items():
        typed = name in INPUT_COLUMNS or name == "reported_by"
        sheet.write_string(0, i, name, fmt.header_input if typed else fmt.header)
        sheet.set_column(i, i, widths[name])
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

    rule("date", {"validate": "date", "criteria": "between", "minimum": date(2000, 1, 1),
                  "maximum": date(2100, 12, 31), "input_title": "Date",
                  "input_message": "Type the date as YYYY-MM-DD, for example 2026-11-15.",
                  "error_title": "Not a date", "error_message": "Type the date as YYYY-MM-DD, for example 2026-11-15."})
    rule("status", {"validate": "list", "source": list(vocab.UPDATE_STATUSES), "input_title": "Status",
                    "input_message": "Choose from the list.", "error_title": "Unknown status",
                    "error_message": "Choose one of: " + ", ".join(vocab.UPDATE_STATUSES) + "."})
    rule("progress", {"validate": "decimal", "criteria": "between", "minimum": 0, "maximum": 100,
                      "input_title": "Progress", "input_message": "A number from 0 to 100.",
                      "error_title": "Progress is 0 to 100", "error_message": "Type a number from 0 to 100."})
    if EXTRA_ROWS:
        sheet.data_validation(len(commitments) + 1, col["commitment_ref"], last, col["commitment_ref"], {
            "validate": "list", "source": f"=Commitments!$A$2:$A${len(commitments) + 1}",
            "input_title": "Which commitment?", "input_message": "Choose the commitment from the list.",
            "error_title": "Unknown commitment", "error_message": "Choose one of your commitments from the list."})
    _protect(sheet)


def _return_sheet(sheet, fmt: _Formats, data: domain.CommissionData, org: domain.Organisation,
                  as_of: date) -> None:
    rows = [("kind", RETURN_KIND), ("commission", data.commission.name), ("organisation_ref", org.ref),
            ("organisation", org.name), ("as_of", as_of.isoformat()), ("written_on", date.today().isoformat())]
    sheet.write_row(0, 0, ["key", "value"], fmt.header)
    for row, (key, value) in enumerate(rows, start=1):
        sheet.write_string(row, 0, key, fmt.grey)
        sheet.write_string(row, 1, value, fmt.grey)
    sheet.hide()
    _protect(sheet)


# ---------------------------------------------------------------------------------------------- reading


def return_info(path: str | Path) -> dict[str, str] | None:
    """The hidden Return sheet's key/value pairs, or None when the file is not an update return."""
    from python_calamine import CalamineWorkbook

    path = Path(path)
    if not path.is_file() or path.suffix.lower() != ".xlsx":
        return None
    try:
        book = CalamineWorkbook.from_path(str(path))
        name = next((n for n in book.sheet_names if n.strip().lower() == RETURN_SHEET.lower()), None)
        if name is None:
            return None
        rows = book.get_sheet_by_name(name).to_python()
    except Exception:  # noqa: BLE001 - calamine's own errors; read_workbook refuses damaged files in words
        return None
    info = {str(r[0]).strip().lower(): str(r[1]).strip() for r in rows[1:] if len(r) >= 2 and r[0]}
    return info if info.get("kind", "").lower() == RETURN_KIND else None


def is_return(path: str | Path) -> bool:
    """True when `path` is an update return written by write_returns (so import it with import_return)."""
    return return_info(path) is not None


def _blank(frame: pd.DataFrame, column: str) -> pd.Series:
    return frame[column] == "" if column in frame.columns else pd.Series(True, index=frame.index)


def import_return(db: Database, path: str | Path, *, actor: str | None = None,
                  as_of: date | None = None, progress=None) -> ReturnSummary:
    """Import a returned update return: its Updates only, all or nothing, reported_by = the organisation.

    Rows where the officer entered nothing (date, status, progress and note all blank) are ignored. The
    Commitments sheet is read only to notice commitments deleted since the return was sent (an error
    naming them, if the officer reported on them) or changed since (a warning; still importable); it can
    never change a pledge. Identical updates already recorded are not added again, so importing the same
    return twice adds nothing. Figures before and after are compared as of `as_of` (default today).
    Raises WorkbookError with every row-level problem, or UserError; on any error nothing is written.
    `progress` (0..1) is called as the work goes on; an exception it raises (the app's Cancel) rolls back.
    """
    path = Path(path)
    as_of = as_of or date.today()
    step = progress or (lambda _fraction: None)
    frames = read_workbook(path)
    step(0.2)
    info = return_info(path) or {}
    name = info.get("commission") or _commission_name(frames)
    if not name:
        raise UserError(f"{path.name} does not say which commission it is for (its Commission sheet is missing).")
    commission = find_commission(db, name)
    before = load_commission_data(db, commission.id)
    org = _organisation(path, info, frames, before)
    summary = ReturnSummary(commission=commission.name, organisation=org.name)

    updates = frames.get("Updates")
    if updates is None or "commitment_ref" not in updates.columns:
        raise WorkbookError(f"{path.name} was not imported: it has no Updates sheet to read (nothing was changed).",
                            [Problem("Updates", None, "", "the Updates sheet is missing or has no commitment_ref column")])
    entered = ~(_blank(updates, "date") & _blank(updates, "status") & _blank(updates, "progress")
                & _blank(updates, "note"))
    summary.rows_ignored = int((~entered).sum())
    updates = updates[entered].copy()
    for column in ("verdict", "verdict_comment"):
        if column in updates.columns:
            if (updates[column] != "").any():
                summary.warnings.append(f"the {column.replace('_', ' ')} column was left out: the panel gives its own view")
            updates = updates.drop(columns=column)
    if "reported_by" not in updates.columns:
        updates["reported_by"] = ""
    updates.loc[updates["reported_by"] == "", "reported_by"] = org.name

    problems, deleted = _check_commitments(updates, frames.get("Commitments"), before, org, summary)
    cut = {"Commission": pd.DataFrame({"key": ["name"], "value": [commission.name]}, index=[2], dtype=object),
           "Updates": updates}
    _plan, found = validate(cut, Existing(refs={"Commitments": {c.ref for c in before.commitments}}))
    mine = {(p.row, p.column) for p in problems}
    problems += [p for p in found if (p.row, p.column) not in mine]
    if problems:
        problems.sort(key=lambda p: (p.row or 0, UPDATE_COLUMNS.index(p.column) if p.column in UPDATE_COLUMNS else 99))
        gone = f" Commitments deleted since it was sent: {', '.join(deleted)}." if deleted else ""
        raise WorkbookError(f"{path.name} was not imported: {_count(len(problems), 'problem')} to put right first "
                            f"(nothing was changed).{gone}", problems)
    if updates.empty:
        summary.warnings.append("nothing was filled in, so there was nothing to add")
        return summary

    result = import_frames(db, cut, source=path.name, actor=actor, commission=commission.name,
                           progress=lambda fraction: step(0.2 + 0.7 * fraction))
    summary.updates_added = result.updates_added
    summary.updates_already_there = result.updates_already_there
    _compare(summary, before, load_commission_data(db, commission.id), org, as_of)
    return summary


def _commission_name(frames: dict[str, pd.DataFrame]) -> str:
    sheet = frames.get("Commission")
    if sheet is None or "key" not in sheet.columns or "value" not in sheet.columns:
        return ""
    names = sheet.loc[sheet["key"].str.lower() == "name", "value"]
    return names.iloc[0] if len(names) else ""


def _organisation(path: Path, info: dict, frames: dict[str, pd.DataFrame],
                  data: domain.CommissionData) -> domain.Organisation:
    ref = info.get("organisation_ref", "")
    if not ref:
        sheet = frames.get("Commitments")
        refs = set(sheet["organisation_ref"]) - {""} if sheet is not None and "organisation_ref" in sheet else set()
        if len(refs) != 1:
            raise UserError(f"{path.name} is not an update return (it does not say which organisation it is from); "
                            "import it as a commission workbook instead.")
        ref = refs.pop()
    org = next((o for o in data.organisations if o.ref == ref), None)
    if org is None:
        raise UserError(f"{path.name} is a return from {info.get('organisation') or ref}, which is no longer one of "
                        f"'{data.commission.name}''s organisations; nothing was imported.")
    return org


def _check_commitments(updates: pd.DataFrame, sent: pd.DataFrame | None, data: domain.CommissionData,
                       org: domain.Organisation, summary: ReturnSummary) -> tuple[list[Problem], list[str]]:
    """Problems for rows about commitments deleted since or not the organisation's; warnings for changes."""
    current = {c.ref: c for c in data.commitments}
    shown = outward.for_others(data, date.today()).redact  # a return shows each pledge as others may see it
    sent_rows = {} if sent is None or "ref" not in sent.columns else {r["ref"]: r for r in sent.to_dict("records")}
    problems, deleted = [], []
    for row, ref in zip(updates.index, updates["commitment_ref"]):
        c = current.get(ref)
        if ref and c is None and ref in sent_rows:
            problems.append(Problem("Updates", int(row), "commitment_ref",
                                    f"commitment '{ref}' has been deleted since this return was sent"))
            if ref not in deleted:
                deleted.append(ref)
        elif c is not None and c.organisation_id != org.id:
            problems.append(Problem("Updates", int(row), "commitment_ref",
                                    f"commitment '{ref}' is not one of {org.name}'s commitments"))
    reported = set(updates["commitment_ref"])
    for ref, row in sent_rows.items():
        c = current.get(ref)
        if c is None:
            if ref not in reported:
                summary.warnings.append(f"{ref} has been deleted since this return was sent (its row was empty)")
            continue
        changes = []
        if row.get("pledge", c.pledge) not in (c.pledge, shown(c.pledge)):
            changes.append("its pledge")
        if "due" in row and vocab.parse_date(row["due"]) != c.due:
            changes.append(f"its due date (now {vocab.uk_date(c.due) or 'none'})")
        if changes:
            text = f"{ref}: {' and '.join(changes)} changed since this return was sent"
            summary.warnings.append(text + ("; the update was still recorded" if ref in reported else ""))
    if sent_rows:
        added = sorted(c.ref for c in data.commitments if c.organisation_id == org.id and c.ref not in sent_rows)
        if added:
            summary.warnings.append(f"{', '.join(added)} made since this return was sent: "
                                    "they will be in the next return")
    return problems, deleted


def _compare(summary: ReturnSummary, before: domain.CommissionData, after: domain.CommissionData,
             org: domain.Organisation, as_of: date) -> None:
    old, new = domain.evaluate(before, as_of), domain.evaluate(after, as_of)
    for c in after.commitments:
        if c.organisation_id != org.id or c.id not in old.commitments:
            continue
        was, now = old.commitments[c.id].state, new.commitments[c.id].state
        if now == "done" and was != "done":
            summary.newly_done.append(c.ref)
        if now == "overdue" and was != "overdue":
            summary.newly_overdue.append(c.ref)
