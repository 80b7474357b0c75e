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
from collections import Counter
from datetime import date
from pathlib import Path

import pandas as pd

from commission import domain, vocab
from commission.errors import WorkbookError
from commission.services.importer import import_frames
from commission.services.queries import find_commission, load_commission_data
from commission.services.return_book import ReturnFile, not_a_return, recognise
from commission.services.return_milestones import milestones_from_return
from commission.services.return_reading import (
    ReturnSummary,
    _blank,
    _check_commitments,
    _commission_name,
    _count,
    _ignored_sheets,
    _organisation,
    percent,
    uk_date,
)
from commission.services.return_rounds import mark_received
from commission.storage.db import Database
from commission.workbook import Problem, validate
from commission.workbook.validate import Existing

UPDATE_ORDER = ("commitment_ref", "pledge", "due", "date", "status", "progress", "note", "reported_by")


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
    round of returns is marked received on `received_on` (default today), with the import (not in a dry run);
    a return that came back with nothing of its own filled in (summary.came_back_empty) writes nothing and is
    not marked received.
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
    summary.by_shape = found.marker.startswith("its shape")
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

    if updates.empty and milestones is None:  # came back empty: not a reply, so nothing is written
        summary.came_back_empty = True
        summary.warnings.append("nothing was filled in, so there was nothing to add")
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
