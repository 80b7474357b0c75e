"""A new Snapshot after an edit, from the one shown and only the rows the edit touched.

Logging an update used to read the whole commission again (100,000 updates on the large demo) and apply
the progress rules to every commitment. Here, off the GUI thread, the touched rows are read again
(services.partial), spliced into new lists of a new CommissionData (the shown Snapshot is never changed:
screens may still hold it), only the touched commitments are evaluated again (domain.evaluate's `known`)
and the look-ups are rebuilt from the new lists. Anything it does not cover gives None: the Store then
reads everything, as before.
"""

from __future__ import annotations

import bisect
import copy
import operator
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from types import SimpleNamespace
from typing import Any

from commission import domain
from commission.kinds import KINDS
from commission.vocab import STATES

Touched = frozenset[tuple[str, int]]  # (kind, id) of each record an edit changed, created or deleted


def patched_snapshot(db, old, touched: Iterable[tuple[str, int]], as_of: date, pending=frozenset):
    """`old` (a Snapshot of the same commission on `as_of`) with the `touched` records read again; None when
    a touched kind is only read with the whole commission, or when the audit trail shows a change to anything
    else since `old` was read. `pending()`: what this window's edits made meanwhile touched (read next; None:
    everything is read next, so nothing needs telling apart now)."""
    from commission.services import partial
    from commission.ui.store import build_snapshot

    by_kind = _by_kind(touched)
    if not by_kind or set(by_kind) - partial.PARTIAL_KINDS or old.as_of != as_of:
        return None
    if old.audit_mark is None:
        return None
    changed, mark = partial.changes_since(db, old.commission.id, old.audit_mark)  # before the rows: see below
    if mark < old.audit_mark:
        return None  # the trail is shorter than when this was read: the database was restored from a back-up
    previous = {kind: getattr(old, KINDS[kind].collection) for kind in by_kind}  # its look-ups by id
    part = partial.read_part(db, old.commission.id, by_kind, previous, update_texts=old.data.update_texts)
    meanwhile = pending()
    if meanwhile is not None and not changed <= _expected(old.data, by_kind, part) | _expected(
        old.data, _by_kind(meanwhile), None
    ):
        return None  # someone else changed something too (another window, a colleague, the command line)
    data = old.data
    lists: dict[str, list[Any]] = {}
    for kind, ids in by_kind.items():
        name = KINDS[kind].collection
        lists[name] = _spliced(getattr(data, name), ids, part.records[name], part.order[name])
    owners = part.commitment_ids
    if owners:
        for name, grouping in (("updates", "updates_by_commitment"), ("milestones", "milestones_by_commitment")):
            gone = [r for owner in owners for r in getattr(data, grouping).get(owner, ())]
            lists[name] = _replaced(getattr(data, name), gone, part.records[name])
    new = replace(data, **lists)
    _carry_groupings(data, new, owners, part.records if owners else {})
    rolled_up_as_before = all(
        getattr(new, n) is getattr(data, n) for n in ("actions", "insights", "themes", "sessions")
    ) and _same_actions(old, owners, part.records.get("commitments", []))
    figures = domain.evaluate(
        new, as_of, known=old.figures.commitments, touched=owners, previous=old.figures if rolled_up_as_before else None
    )
    rows, given = None, None
    in_place = set(by_kind) == {"commitment"} and part.order["commitments"] is None
    if set(by_kind) == {"commitment"} and old.commitment_rows is not None:
        # names, themes and the other rows are as they were
        rows = _rows_again(old.commitment_rows, owners, in_place)
    if in_place and rolled_up_as_before:
        given = _commitment_look_ups(old, part.records["commitments"], figures)
    snap = build_snapshot(new, as_of, figures=figures, rows=rows, previous=old, given=given)
    snap.audit_mark = mark  # a change committed after changes_since looked is checked at the next edit
    snap.words = part.words  # the touched commitments' updates' words, read with them
    return snap


def _commitment_look_ups(old, fresh: list, figures: domain.Figures) -> dict[str, Any]:
    """The snapshot's look-ups of commitments after an edit of `fresh` (each still in its place and its
    action), from `old`'s: changed only where the touched ones were and are."""
    commitments = dict(old.commitments)
    commitments.update((c.id, c) for c in fresh)
    results, before = figures.commitments, old.figures.commitments
    ids = {c.id for c in fresh}
    overdue = [i for i in old.overdue if i not in ids]

    def key(cid: int) -> tuple:  # build_snapshot's order of the overdue
        return (commitments[cid].due or date.max, commitments[cid].ref)

    for c in sorted(fresh, key=lambda c: key(c.id)):
        if c.id in results and results[c.id].state == "overdue":
            bisect.insort(overdue, c.id, key=key)
    by_org = dict(old.states_by_organisation)
    for c in fresh:
        was = old.commitments[c.id]
        for organisation, result, step in (
            (was.organisation_id, before.get(c.id), -1),
            (c.organisation_id, results.get(c.id), 1),
        ):
            if result is not None:
                counts = by_org[organisation] = dict(by_org.get(organisation) or dict.fromkeys(STATES, 0))
                counts[result.state] += step
    for organisation in list(by_org):  # one no organisation of the list has, with nothing counted: gone
        if organisation not in old.organisations and not any(by_org[organisation].values()):
            del by_org[organisation]
    return {
        "commitments": commitments,
        "commitments_by_action": old.commitments_by_action,  # the same commitments in the same actions
        "overdue": overdue,
        "states_by_organisation": by_org,
    }


def _same_actions(old, owners, fresh: list) -> bool:
    """Each touched commitment was there and is still, part of the same action (evaluate's `previous`)."""
    return len(fresh) == len(owners) and all(
        c.id in old.commitments and old.commitments[c.id].action_id == c.action_id for c in fresh
    )


def _by_kind(touched: Iterable[tuple[str, int]]) -> dict[str, set[int]]:
    by_kind: dict[str, set[int]] = defaultdict(set)
    for kind, record_id in touched:
        by_kind[kind].add(record_id)
    return by_kind


def _expected(data, by_kind: dict[str, set[int]], part) -> set[tuple[str, int | None]]:
    """The audit trail's (kind, id) an edit of `by_kind` may have written (changes_since counts an update or
    milestone still there as its commitment's): the records, and a touched commitment's updates and milestones
    as they were (one deleted since) and, from `part`, as they are now."""
    expected: set[tuple[str, int | None]] = {(kind, i) for kind, ids in by_kind.items() for i in ids}
    for kind, name, grouping in (
        ("update", "updates", "updates_by_commitment"),
        ("milestone", "milestones", "milestones_by_commitment"),
    ):
        for owner in by_kind.get("commitment", ()):
            expected.update((kind, r.id) for r in getattr(data, grouping).get(owner, ()))
        if part is not None:
            expected.update((kind, r.id) for r in part.records.get(name, ()))
    return expected


def _id(record) -> int:
    return record.id


def _replaced(rows: list, gone: list, fresh: list) -> list:
    """`rows` (in id order, as loaded: updates, milestones) without `gone` and with `fresh`: a few rows out of
    and into 500,000 by bisection, not a pass over them all; a row read again takes its old one's place."""
    out = list(rows)
    again = {r.id: r for r in fresh}
    removed: list[int] = []
    for r in gone:
        at = bisect.bisect_left(out, r.id, key=_id)
        if at >= len(out) or out[at] is not r:  # not in id order after all: filter them out instead
            ids = {id(g) for g in gone}
            out = [x for x in rows if id(x) not in ids]
            removed, again = [], {r.id: r for r in fresh}
            break
        if r.id in again:
            out[at] = again.pop(r.id)
        else:
            removed.append(at)
    for at in reversed(sorted(removed)):
        del out[at]
    for r in sorted(again.values(), key=_id):  # new rows: at the end, mostly
        bisect.insort(out, r, key=_id)
    return out


def _rows_again(previous: list, owners: frozenset[int], in_place: bool = False):
    """The commitments table's rows: the touched commitments' prepared again, every other one as it was.
    `in_place`: the commitments are in the same order as the rows (none new, gone or moved)."""
    from commission.ui.models.commitments import prepare_commitment_rows

    def rows(snap) -> list:
        only = SimpleNamespace(**vars(snap))
        if in_place:
            only.data = replace(snap.data, commitments=[snap.commitments[i] for i in owners])
            out = list(previous)
            return _put(out, prepare_commitment_rows(only))
        kept = {r.id: r for r in previous if r.id not in owners}
        only.data = replace(snap.data, commitments=[c for c in snap.data.commitments if c.id in owners])
        fresh = {r.id: r for r in prepare_commitment_rows(only)}
        return [fresh[c.id] if c.id in fresh else kept[c.id] for c in snap.data.commitments]

    return rows


def _put(rows: list, fresh: list) -> list:
    """`rows` with each of `fresh` in the place of the row with its id (found by C-speed index, not a loop)."""
    ids = list(map(_ids, rows))
    for r in fresh:
        rows[ids.index(r.id)] = r
    return rows


_ids = operator.attrgetter("id")


def _spliced(rows: list, ids: set[int], fresh: list, order: list[int] | None) -> list:
    """`rows` with those of `ids` replaced by `fresh` (a missing one was deleted), in the load's `order`
    (None: each where it was)."""
    if order is None:  # each of `ids` still there (services.partial): replaced in its place
        return _put(list(rows), fresh)
    by_id = {r.id: r for r in rows if r.id not in ids}
    by_id.update((r.id, r) for r in fresh)
    return [by_id[i] for i in order if i in by_id]


def _carry_groupings(old: domain.CommissionData, new: domain.CommissionData, owners, fresh: dict) -> None:
    """Give `new` the cached groupings of `old` that still hold, changed only for the touched commitments
    (regrouping 100,000 updates would cost more than the rest of the edit); `fresh`: their rows read again."""
    cached = vars(old)
    if "people" in cached:  # members are never read again by id
        vars(new)["people"] = cached["people"]
    for name, grouping in (("updates", "updates_by_commitment"), ("milestones", "milestones_by_commitment")):
        if grouping not in cached:
            continue
        grouped = copy.copy(cached[grouping])
        for owner in owners:
            grouped.pop(owner, None)
        for r in fresh.get(name, ()):  # in recorded order
            grouped.setdefault(r.commitment_id, []).append(r)
        vars(new)[grouping] = grouped
