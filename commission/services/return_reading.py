"""Reading a returned update return: its cells as meant, whose return it is, and every edit that changes nothing.

services.return_import imports the return; this reads it: dates typed the UK way and progress typed as a
percentage, the organisation it is from, and what the file says besides its new updates (sheets deleted,
protection taken off, another organisation's rows, pledges edited), each listed as ignored in the
`ReturnSummary` that the import returns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd
from sqlalchemy import select

from commission import domain, outward, vocab
from commission.errors import UserError
from commission.services.return_book import RETURN_SHEET, RETURN_SHEETS, ReturnFile, unprotected_sheets
from commission.storage import models as m
from commission.storage.db import Database
from commission.workbook import Problem

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
    came_back_empty: bool = False  # nothing of the organisation's own filled in: not received, nothing written
    by_shape: bool = False  # told a return by its shape alone (its hidden sheet, instructions and columns gone)

    def lines(self) -> list[str]:
        if self.came_back_empty:  # the one thing the coordinator needs to know
            return [
                f"The return from {self.organisation} came back with nothing filled in: nothing was added, "
                "and it is not marked received (it is still awaited).",
                *self._ignored_lines(),
            ]
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
        out += self._ignored_lines()
        out += [f"  Note: {w}" for w in self.warnings]
        if self.marked_received:
            out.append("  Marked received in the current round of returns.")
        return out

    def _ignored_lines(self) -> list[str]:
        if not self.ignored:
            return []
        out = [
            f"  Ignored — a return only adds updates, so these edits to the file change nothing ({len(self.ignored)}):"
        ]
        out += [f"    {line}" for line in self.ignored[:SHOWN_IGNORED]]
        if len(self.ignored) > SHOWN_IGNORED:
            out.append(f"    … and {len(self.ignored) - SHOWN_IGNORED} more")
        if self.by_shape:
            out.append(
                "  It was read as a return by its shape (one organisation's commitments and an Updates sheet). "
                "To change pledges, import a workbook that holds its Actions sheet too, or all the organisations."
            )
        return out


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


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
