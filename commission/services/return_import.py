"""Import a returned update return: it only ever ADDS updates to that organisation's own commitments.

    summary = import_return(db, path)                 # all or nothing; summary.lines() for the user
    preview = import_return(db, path, dry_run=True)   # the same summary, nothing written

The file is recognised by its content (services.return_book), in any form it comes back in. Whatever was
done to the rest of it — sheets deleted, protection taken off, pledges or dates edited, another
organisation's rows or new commitments added, whole-workbook sheets pasted in — changes nothing: each
such edit is listed as ignored. Only the Updates rows about the organisation's own commitments are read,
and there dates typed the UK way (20/11/2026) and progress typed as a percentage (50%, kept by a
spreadsheet as 0.5) are read as meant.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd
from sqlalchemy import select

from commission import domain, outward, vocab
from commission.errors import UserError, WorkbookError
from commission.services.importer import import_frames
from commission.services.queries import find_commission, load_commission_data
from commission.services.return_book import (
    RETURN_SHEET,
    RETURN_SHEETS,
    ReturnFile,
    not_a_return,
    recognise,
    unprotected_sheets,
)
from commission.services.return_milestones import milestones_from_return
from commission.services.return_rounds import mark_received
from commission.storage import models as m
from commission.storage.db import Database
from commission.workbook import Problem, validate
from commission.workbook.validate import Existing

INPUT_COLUMNS = ("date", "status", "progress", "note")  # what an officer types; all blank = row ignored
UPDATE_ORDER = ("commitment_ref", "pledge", "due", "date", "status", "progress", "note", "reported_by")
SHOWN_TO_ADD = 60  # a preview lists this many of the updates it would add
SHOWN_IGNORED = 100  # and this many of the edits it ignores (a pasted sheet can make thousands)


@dataclass
class ReturnSummary:
    """What importing one return changed (or, in a dry run, would change), in words a coordinator reads."""

    commission: str
    organisation: str
    updates_added: int = 0
    updates_already_there: int = 0
    rows_ignored: int = 0  # prepared rows left empty
    newly_done: list[str] = field(default_factory=list)  # commitment refs
    newly_overdue: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # edits to the file that changed nothing
    to_add: list[str] = field(default_factory=list)  # the updates, one line each (for a preview)
    dry_run: bool = False
    commission_id: int = 0
    milestones_marked: int = 0  # milestones given a done date
    marked_received: bool = False  # its return in the current round is now marked received

    def lines(self) -> list[str]:
        would = self.dry_run
        out = [
            f"Return from {self.organisation} {'to import' if would else 'imported'} into '{self.commission}'"
            + (" (nothing is written until you confirm)." if would else "."),
            f"  {_count(self.updates_added, 'update')} {'to add' if would else 'added'}"
            + (f", {self.updates_already_there} already there" if self.updates_already_there else ""),
        ]
        if would:
            out += [f"    {line}" for line in self.to_add[:SHOWN_TO_ADD]]
            if len(self.to_add) > SHOWN_TO_ADD:
                out.append(f"    … and {len(self.to_add) - SHOWN_TO_ADD} more")
        done, overdue = ("would be newly done", "would be newly overdue") if would else ("newly done", "newly overdue")
        if self.newly_done:
            out.append(f"  {_count(len(self.newly_done), 'commitment')} {done}: {', '.join(self.newly_done)}")
        if self.newly_overdue:
            out.append(f"  {_count(len(self.newly_overdue), 'commitment')} {overdue}: {', '.join(self.newly_overdue)}")
        if self.milestones_marked:
            out.append(f"  {_count(self.milestones_marked, 'milestone')} {'to mark' if would else 'marked'} done")
        if self.rows_ignored:
            out.append(f"  {_count(self.rows_ignored, 'empty row')} left as they were (nothing to add)")
        if self.ignored:
            out.append(
                f"  Ignored — a return only adds updates, so these edits to the file change nothing "
                f"({len(self.ignored)}):"
            )
            out += [f"    {line}" for line in self.ignored[:SHOWN_IGNORED]]
            if len(self.ignored) > SHOWN_IGNORED:
                out.append(f"    … and {len(self.ignored) - SHOWN_IGNORED} more")
        out += [f"  Note: {w}" for w in self.warnings]
        if self.marked_received:
            out.append("  Marked received in the current round of returns.")
        return out


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def return_info(path: str | Path) -> dict[str, str] | None:
    """The hidden Return sheet's key/value pairs ({} when it was deleted), or None when `path` is no return."""
    found = recognise(path)
    return None if found is None else found.info


def is_return(path: str | Path) -> bool:
    """True when `path` holds an update return, in whatever form it came back (see return_book)."""
    return recognise(path) is not None


def import_return(
    db: Database,
    path: str | Path,
    *,
    actor: str | None = None,
    as_of: date | None = None,
    progress=None,
    dry_run: bool = False,
    returned: ReturnFile | None = None,
    commission: str | None = None,
    received_on: date | None = None,
) -> ReturnSummary:
    """Import a returned update return: its Updates rows about the organisation's own commitments only.

    Rows where the officer entered nothing (date, status, progress and note all blank) are passed over.
    Identical updates already recorded are not added again, so importing the same return twice adds
    nothing. Figures before and after are compared as of `as_of` (default today). Raises WorkbookError
    with every row-level problem, or UserError; on any error nothing is written. With `dry_run` the
    summary says what would happen and nothing is written. `progress` (0..1) is called as the work goes
    on; an exception it raises (the app's Cancel) rolls back. `commission` names the commission when
    the file does not (its Commission and Return sheets deleted). The organisation's return in the current
    round of returns is marked received on `received_on` (default today), with the import (not in a dry run).
    """
    path = Path(path)
    as_of = as_of or date.today()
    step = progress or (lambda _fraction: None)
    found = returned or recognise(path)
    if found is None:
        raise not_a_return(path)
    frames = found.book.frames()
    step(0.2)
    info = found.info
    name = info.get("commission") or _commission_name(frames) or commission  # --commission when it says none
    target = find_commission(db, name or None)
    before = load_commission_data(db, target.id)
    org = _organisation(path, found, frames, before)
    summary = ReturnSummary(commission=target.name, organisation=org.name, dry_run=dry_run, commission_id=target.id)
    _ignored_sheets(summary, found, frames, path)

    updates = frames.get("Updates")
    if updates is None or "commitment_ref" not in updates.columns:
        raise WorkbookError(
            f"{path.name} was not imported: it has no Updates sheet to read (nothing was changed).",
            [Problem("Updates", None, "", "the Updates sheet is missing or has no commitment_ref column")],
        )
    entered = ~(
        _blank(updates, "date")
        & _blank(updates, "status")
        & _blank(updates, "progress")
        & _blank(updates, "note")
        & _blank(updates, "note_cy")
    )  # note_cy: a Welsh return's note
    summary.rows_ignored = int((~entered).sum())
    updates = updates[entered].copy()
    for column in ("verdict", "verdict_comment"):
        if column in updates.columns:
            if (updates[column] != "").any():
                summary.warnings.append(
                    f"the {column.replace('_', ' ')} column was left out: the panel gives its own view"
                )
            updates = updates.drop(columns=column)
    if "reported_by" not in updates.columns:
        updates["reported_by"] = ""
    updates.loc[updates["reported_by"] == "", "reported_by"] = org.name
    if "date" in updates.columns:
        updates["date"] = [uk_date(v) for v in updates["date"]]
    if "progress" in updates.columns:
        updates["progress"] = [percent(v) for v in updates["progress"]]

    problems, deleted, updates = _check_commitments(db, updates, frames, before, org, summary)
    cut = {
        "Commission": pd.DataFrame({"key": ["name"], "value": [target.name]}, index=[2], dtype=object),
        "Updates": updates,
    }
    milestones, milestone_problems = milestones_from_return(frames, before, org, summary.warnings)
    problems += milestone_problems
    if milestones is not None:
        cut["Milestones"] = milestones
    plan, found_problems = validate(cut, Existing(refs={"Commitments": {c.ref for c in before.commitments}}))
    mine = {(p.row, p.column) for p in problems}
    missing = " (the Commitments sheet is missing and the database has none by that ref)"  # only Updates is read
    problems += [
        dataclasses.replace(p, reason=p.reason.replace(missing, " (not one of the commission's commitments)"))
        for p in found_problems
        if (p.row, p.column) not in mine
    ]
    if problems:
        problems.sort(key=lambda p: (p.row or 0, UPDATE_ORDER.index(p.column) if p.column in UPDATE_ORDER else 99))
        gone = f" Commitments deleted since it was sent: {', '.join(deleted)}." if deleted else ""
        raise WorkbookError(
            f"{path.name} was not imported: {_count(len(problems), 'problem')} to put right first "
            f"(nothing was changed).{gone}",
            problems,
        )
    received_on = received_on or date.today()

    def received(s) -> None:  # its return is back: marked in the current round, with the import

        summary.marked_received = mark_received(s, target.id, org.id, received_on)

    if updates.empty and milestones is None:
        summary.warnings.append("nothing was filled in, so there was nothing to add")
        if not dry_run:
            with db.transaction() as s:
                received(s)
        return summary

    result = import_frames(
        db,
        cut,
        source=path.name,
        actor=actor,
        commission=target.name,
        progress=lambda fraction: step(0.2 + 0.7 * fraction),
        dry_run=dry_run,
        after=received,
    )
    summary.updates_added = result.updates_added
    summary.updates_already_there = result.updates_already_there
    summary.milestones_marked = result.changed["Milestones"]
    assert plan is not None  # validate plans whenever nothing is left to put right
    new = _planned_updates(plan.sheets["Updates"], before)
    if dry_run:
        summary.to_add = [_update_line(u, before) for u in new]
    # The figures after, without reading the commission again: the updates just added (one already there
    # is identical to one before, so it cannot change a state) appended in recorded order.
    _compare(summary, before, dataclasses.replace(before, updates=before.updates + new), org, as_of)
    return summary


# ---------------------------------------------------------------------------------------------- reading

_UK_DATE = re.compile(r"(\d{1,2})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{4})")


def uk_date(text: str) -> str:
    """'20/11/2026' (or 20.11.2026, 1/2/2027) as the ISO date it means in the UK; anything else unchanged."""
    match = _UK_DATE.fullmatch(text.strip())
    if not match:
        return text
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return text  # 31/02/2026: the check reports it as a bad date, in the words it was typed


def percent(text: str) -> str:
    """Progress as typed: '50%' is 50; 0.5 (what a spreadsheet keeps for a cell showing 50%) is 50 too.

    A number strictly between 0 and 1 can only be a percentage cell: progress is counted in whole steps
    of 0 to 100, and nobody reports half of one per cent. 0 and 1 stay as they are.
    """
    value = text.strip()
    typed = value.endswith("%")
    try:
        number = float(value[:-1] if typed else value)
    except ValueError:
        return text
    if not typed and not 0 < number < 1:
        return text
    result = round(number if typed else number * 100, 6)
    return str(int(result)) if result.is_integer() else repr(result)


def _blank(frame: pd.DataFrame, column: str) -> pd.Series:
    return frame[column] == "" if column in frame.columns else pd.Series(True, index=frame.index)


def _commission_name(frames: dict[str, pd.DataFrame]) -> str:
    sheet = frames.get("Commission")
    if sheet is None or "key" not in sheet.columns or "value" not in sheet.columns:
        return ""
    names = sheet.loc[sheet["key"].str.lower() == "name", "value"]
    return names.iloc[0] if len(names) else ""


def _organisation(
    path: Path, found: ReturnFile, frames: dict[str, pd.DataFrame], data: domain.CommissionData
) -> domain.Organisation:
    """Whose return: the hidden sheet says; without it the front page ("Update return for …"), else the
    one organisation its commitments belong to."""
    info = found.info
    ref = info.get("organisation_ref", "")
    named = [o for o in data.organisations if found.addressed_to and o.name == found.addressed_to]
    if not ref and len(named) == 1:
        ref = named[0].ref
    if not ref:
        refs: set[str] = set()
        sheet = frames.get("Commitments")
        if sheet is not None and "organisation_ref" in sheet:
            refs = set(sheet["organisation_ref"]) - {""}
        if not refs:
            owners = {c.ref: c.organisation_id for c in data.commitments}
            orgs = {o.id: o.ref for o in data.organisations}
            updates = frames.get("Updates")
            cited = set(updates["commitment_ref"]) if updates is not None and "commitment_ref" in updates else set()
            refs = {orgs[owners[r]] for r in cited if r in owners}
        if len(refs) != 1:
            raise UserError(
                f"{path.name} is an update return, but it does not say which organisation it is from "
                "(its hidden Return sheet was deleted and its commitments are not one organisation's); "
                "nothing was imported."
            )
        ref = refs.pop()
    org = next((o for o in data.organisations if o.ref == ref), None)
    if org is None:
        raise UserError(
            f"{path.name} is a return from {info.get('organisation') or ref}, which is no longer one of "
            f"'{data.commission.name}''s organisations; nothing was imported."
        )
    return org


def _ignored_sheets(summary: ReturnSummary, found: ReturnFile, frames: dict[str, pd.DataFrame], path: Path) -> None:
    """Sheets deleted, protection taken off, whole-workbook sheets or Commission rows added: all ignored."""
    book = found.book
    gone = [name for name in ("Instructions", "Commission", "Commitments", RETURN_SHEET) if not book.sheet(name)]
    if gone:
        summary.ignored.append(f"{_names(gone)} {'was' if len(gone) == 1 else 'were'} deleted from the file")
    if path.is_file():
        unlocked = unprotected_sheets(path)
        if unlocked:
            summary.ignored.append(f"the protection was taken off {_names(unlocked)}")
    for sheet in sorted(set(frames) - RETURN_SHEETS):
        summary.ignored.append(
            f"the {sheet} sheet ({_count(len(frames[sheet]), 'row')}): a return does not change {sheet.lower()}"
        )
    commission = frames.get("Commission")
    if commission is not None and "key" in commission.columns:
        others = [k for k in commission["key"] if k.strip().lower() not in ("name", "")]
        if others:
            summary.ignored.append(
                f"the Commission sheet's {', '.join(others[:5])} "
                f"row{'s' if len(others) != 1 else ''}: a return does not change the commission"
            )


def _names(sheets: list[str]) -> str:
    words = [f"the {s} sheet" if s != RETURN_SHEET else "the hidden Return sheet" for s in sheets]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _was_deleted(db: Database, commission_id: int, refs: set[str]) -> set[str]:
    """Which of these commitment refs the audit trail says were deleted from the commission."""
    if not refs:
        return set()
    with db.session() as s:
        return set(
            s.scalars(
                select(m.AuditEntry.record_ref).where(
                    m.AuditEntry.commission_id == commission_id,
                    m.AuditEntry.operation == "delete",
                    m.AuditEntry.record_kind == "commitment",
                    m.AuditEntry.record_ref.in_(refs),
                )
            )
        )


def _check_commitments(
    db: Database,
    updates: pd.DataFrame,
    frames: dict[str, pd.DataFrame],
    data: domain.CommissionData,
    org: domain.Organisation,
    summary: ReturnSummary,
) -> tuple[list[Problem], list[str], pd.DataFrame]:
    """Sort the Updates rows (own commitments kept; others' and new ones ignored; deleted ones a problem),
    and list every difference between the file's Commitments and the commission's as ignored."""
    current = {c.ref: c for c in data.commitments}
    orgs = {o.id: o for o in data.organisations}
    sent = frames.get("Commitments")
    sent_rows = (
        {}
        if sent is None or "ref" not in sent.columns
        else {r["ref"]: (row, r) for row, r in zip(sent.index, sent.to_dict("records"), strict=True) if r["ref"]}
    )
    deleted_refs = _was_deleted(db, data.commission.id, {r for r in sent_rows if r not in current})
    problems, deleted, keep = [], [], []
    for row, ref in zip(updates.index, updates["commitment_ref"], strict=True):
        c = current.get(ref)
        if ref and c is None and ref in sent_rows:
            if ref in deleted_refs:
                problems.append(
                    Problem(
                        "Updates",
                        int(row),
                        "commitment_ref",
                        f"commitment '{ref}' has been deleted since this return was sent",
                    )
                )
                if ref not in deleted:
                    deleted.append(ref)
                keep.append(row)
            else:
                summary.ignored.append(
                    f"Updates row {row}: '{ref}' is a commitment added to the file, not one of "
                    "the commission's (a return does not make commitments)"
                )
        elif c is not None and c.organisation_id != org.id:
            summary.ignored.append(
                f"Updates row {row}: {ref} is {orgs[c.organisation_id].name}'s commitment, not {org.name}'s"
            )
        else:
            keep.append(row)
    reported = set(updates["commitment_ref"])
    _differences(summary, sent_rows, updates, current, data, org, reported)
    if sent_rows:
        added = sorted(c.ref for c in data.commitments if c.organisation_id == org.id and c.ref not in sent_rows)
        if added:
            summary.warnings.append(
                f"{', '.join(added)} made since this return was sent: they will be in the next return"
            )
        for ref, (row, _record) in sent_rows.items():
            if ref not in current and ref not in deleted_refs:
                summary.ignored.append(
                    f"Commitments row {row}: '{ref}' is not one of the commission's commitments "
                    "(a return does not make commitments)"
                )
            elif ref not in current and ref not in reported:
                summary.warnings.append(f"{ref} has been deleted since this return was sent (its row was empty)")
    return problems, deleted, updates.loc[keep]


def _differences(
    summary: ReturnSummary,
    sent_rows: dict,
    updates: pd.DataFrame,
    current: dict,
    data: domain.CommissionData,
    org: domain.Organisation,
    reported: set[str],
) -> None:
    actions = {a.id: a.ref for a in data.actions}
    orgs = {o.id: o for o in data.organisations}
    members = {mb.id: mb.ref for mb in data.members}
    shown = outward.for_others(data, date.today()).redact  # a return shows each pledge as others may see it
    seen: dict[str, list[str]] = {}

    def note(ref: str, what: str) -> None:
        if what not in seen.setdefault(ref, []):
            seen[ref].append(what)

    def compare(ref: str, record: dict) -> None:
        c = current[ref]
        refs = (actions.get(c.action_id), orgs[c.organisation_id].ref, members.get(c.made_by_id) or "")
        for what in _changed(c, record, shown, refs):
            note(ref, what)

    for ref, (row, record) in sent_rows.items():
        c = current.get(ref)
        if c is None:
            continue
        if c.organisation_id != org.id:
            summary.ignored.append(
                f"Commitments row {row}: {ref} is {orgs[c.organisation_id].name}'s commitment, not {org.name}'s"
            )
            continue
        compare(ref, record)
    for record in updates.to_dict("records"):
        ref = record.get("commitment_ref")
        if ref in current and current[ref].organisation_id == org.id:
            compare(ref, {k: record[k] for k in ("pledge", "due") if k in record and record[k] != ""})
    for ref, parts in seen.items():
        text = (
            f"{ref}: its {' and its '.join(parts)} differ{'s' if len(parts) == 1 else ''} from the commission's "
            "(changed since this return was sent, or edited in the file); the commission's stand"
        )
        summary.ignored.append(text + ("; the update was still recorded" if ref in reported else ""))


def _changed(
    c: domain.Commitment, record: dict, shown: Callable[[str], str], refs: tuple[str | None, str, str]
) -> list[str]:
    """What a return's row says differently from the commitment `c` (whose action, organisation and maker
    have `refs`): the words of each difference."""
    action_ref, organisation_ref, maker_ref = refs
    welsh = (c.pledge_cy, shown(c.pledge_cy), f"{shown(c.pledge)} (Saesneg yn unig)")  # a Welsh return's
    found = []
    if "pledge" in record and record["pledge"] not in (c.pledge, shown(c.pledge), *welsh):
        found.append("pledge")
    if "due" in record and vocab.parse_date(uk_date(record["due"])) != c.due:
        found.append(f"due date (now {vocab.uk_date(c.due) or 'none'})")
    if record.get("made_on") and vocab.parse_date(uk_date(record["made_on"])) != c.made_on:
        found.append(f"date made (now {vocab.uk_date(c.made_on) or 'none'})")
    if record.get("weight") and _float(record["weight"]) != c.weight:
        found.append(f"weight (now {c.weight:g})")
    if record.get("action_ref") and record["action_ref"] != action_ref:
        found.append("action")
    if record.get("organisation_ref") and record["organisation_ref"] != organisation_ref:
        found.append("organisation")
    if "made_by_ref" in record and record["made_by_ref"] != maker_ref:
        found.append("maker")
    return found


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _planned_updates(frame: pd.DataFrame, data: domain.CommissionData) -> list[domain.Update]:
    """The updates the import adds: the file's rows less those already recorded (each counted once, as the
    importer counts them)."""
    ids = {c.ref: c.id for c in data.commitments}

    def key(u: domain.Update) -> tuple:
        return (
            u.commitment_id,
            u.date,
            u.status,
            None if u.progress is None else float(u.progress),
            u.note,
            u.reported_by,
            u.verdict,
            u.verdict_comment,
            u.note_cy,
        )

    already = Counter(key(u) for u in data.updates)
    out = []
    for record in frame.to_dict("records"):
        update = domain.Update(
            id=0,
            commitment_id=ids[record["commitment_ref"]],
            date=record["date"],
            status=record["status"],
            progress=record.get("progress"),
            note=record.get("note") or "",
            reported_by=record.get("reported_by") or "",
            note_cy=record.get("note_cy") or "",
        )
        if already[key(update)]:
            already[key(update)] -= 1
        else:
            out.append(update)
    return out


def _update_line(u: domain.Update, data: domain.CommissionData) -> str:
    ref = next(c.ref for c in data.commitments if c.id == u.commitment_id)
    progress = f", {u.progress:g}%" if u.progress is not None else ""
    note = f": {u.note[:80]}{'…' if len(u.note) > 80 else ''}" if u.note else ""
    return f"{ref}, {vocab.uk_date(u.date)}: {u.status}{progress}{note}"


def _compare(
    summary: ReturnSummary,
    before: domain.CommissionData,
    after: domain.CommissionData,
    org: domain.Organisation,
    as_of: date,
) -> None:
    old, new = domain.evaluate(before, as_of), domain.evaluate(after, as_of)
    for c in after.commitments:
        if c.organisation_id != org.id or c.id not in old.commitments or c.id not in new.commitments:
            continue
        was, now = old.commitments[c.id].state, new.commitments[c.id].state
        if now == "done" and was != "done":
            summary.newly_done.append(c.ref)
        if now == "overdue" and was != "overdue":
            summary.newly_overdue.append(c.ref)
