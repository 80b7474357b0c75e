"""Read again only the rows an edit touched, for the Store to splice into the commission it holds.

After logging an update the screens need that one commitment's updates (and milestones), not the
100,000 others: `read_part` reads the touched records of each kind by id, a touched commitment's
updates and milestones, and the order each touched kind's list is loaded in (queries' order), in one
session, each row exactly as `queries.load_commission_data` builds it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select

from commission.errors import UserError
from commission.kinds import KINDS
from commission.services import queries
from commission.storage import models as m
from commission.storage.db import Database

# The kinds read again by id; the others (members with their consents, frameworks, outcomes, attendance)
# are only read with the whole commission.
PARTIAL_KINDS = frozenset({"organisation", "session", "theme", "insight", "quote", "action", "commitment"})
OWNED = ("update", "milestone")  # a commitment's own rows: read with it


@dataclass
class Part:
    """The touched rows, by CommissionData list name: what is there now (an id asked for and missing
    was deleted); `order`: every id of that list in the order the whole load gives it."""

    records: dict[str, list[Any]] = field(default_factory=dict)
    order: dict[str, list[int] | None] = field(default_factory=dict)  # None: each where it was
    commitment_ids: frozenset[int] = frozenset()  # whose updates and milestones are in `records`
    # read_part(update_texts=False): the updates in `records` hold no words; here each touched commitment's
    # updates with them (read in the same query), for the screen showing that commitment
    words: dict[int, list[Any]] = field(default_factory=dict)


def audit_mark(db: Database) -> int:
    """The audit trail's last entry now (0 when empty): every change to the data writes one."""
    with db.session() as s:
        return s.scalar(select(func.max(m.AuditEntry.id))) or 0


def changes_since(db: Database, commission_id: int, mark: int) -> tuple[set[tuple[str, int | None]], int]:
    """The records (kind, id) the audit trail says were changed in this commission (or in no commission
    named) after entry `mark`, by anyone, and the last entry's id: the Store reads everything when these are
    more than the edits it made. An update or milestone still there counts as its commitment's change."""
    entries = m.AuditEntry.__table__
    with db.session() as s:
        rows = s.execute(
            select(entries.c.id, entries.c.record_kind, entries.c.record_id).where(
                entries.c.id > mark,
                or_(entries.c.commission_id == commission_id, entries.c.commission_id.is_(None)),
            )
        ).all()
        last = s.scalar(select(func.max(entries.c.id))) or mark
        changed = {(kind, record_id) for _, kind, record_id in rows}
        for name in OWNED:
            table = KINDS[name].model.__table__
            ids = [record_id for kind, record_id in changed if kind == name]
            if ids:
                owners = s.execute(select(table.c.id, table.c.commitment_id).where(table.c.id.in_(ids))).all()
                changed -= {(name, record_id) for record_id, _ in owners}
                changed |= {("commitment", owner) for _, owner in owners}
    return changed, max([last, *(r[0] for r in rows)])


def read_part(
    db: Database,
    commission_id: int,
    touched: Mapping[str, Collection[int]],
    previous: Mapping[str, Mapping] = {},
    *,
    update_texts: bool = True,
) -> Part:
    """The rows of `touched` (kind → ids, kinds of PARTIAL_KINDS) as they are now in the database.
    `previous`: kind → id → the record as it was; when each is still there and sorts as before, its list's
    order is not read again. `update_texts`: a touched commitment's updates with their words (False: without,
    as the commission they are spliced into was read by queries.load_commission_data(update_texts=False);
    their words are then in `Part.words`)."""
    unknown = set(touched) - PARTIAL_KINDS
    if unknown:
        raise ValueError(f"not read by id: {', '.join(sorted(unknown))}")
    with db.session() as s:
        if s.get(m.Commission, commission_id) is None:
            raise UserError("That commission is no longer in the database.")
        day = queries._day_parser(s)
        part = Part(commitment_ids=frozenset(touched.get("commitment", ())))
        for name, ids in touched.items():
            kind = KINDS[name]
            table = kind.model.__table__
            records = queries._records(s, kind, commission_id, day, where=table.c.id.in_(list(ids)))
            if name == "action":
                _area_ids(s, records)
            part.records[kind.collection] = [queries._DOMAIN[kind.collection](**r) for r in records]
            order = queries._ORDER.get(kind.collection, ("ref",))
            if _in_place(ids, previous.get(name, {}), records, order):
                part.order[kind.collection] = None
                continue
            part.order[kind.collection] = list(
                s.scalars(
                    select(table.c.id)
                    .where(table.c.commission_id == commission_id)
                    .order_by(*(table.c[c] for c in order))
                )
            )
        if part.commitment_ids:
            for name in OWNED:
                kind = KINDS[name]
                table = kind.model.__table__
                where = table.c.commitment_id.in_(list(part.commitment_ids))
                records = queries._records(s, kind, commission_id, day, where=where)
                part.records[kind.collection] = [queries._DOMAIN[kind.collection](**r) for r in records]
            if not update_texts:  # the words read with them go beside the records, not in them
                for u in part.records["updates"]:
                    part.words.setdefault(u.commitment_id, []).append(u)
                part.records["updates"] = [queries.without_texts(u) for u in part.records["updates"]]
        return part


def _in_place(ids: Collection[int], previous: Mapping, records: list[dict[str, Any]], order) -> bool:
    """Every one of `ids` was there and is still, with the same values to sort on."""
    if len(records) != len(ids) or any(i not in previous for i in ids):
        return False
    return all(tuple(getattr(previous[r["id"]], c) for c in order) == tuple(r[c] for c in order) for r in records)


def _area_ids(s, records: list[dict[str, Any]]) -> None:
    """The framework areas each action is tagged with (queries reads them with the frameworks)."""
    tags = m.ActionFrameworkArea.__table__
    grouped: dict[int, list[int]] = defaultdict(list)
    rows = s.execute(
        select(tags.c.action_id, tags.c.area_id)
        .where(tags.c.action_id.in_([r["id"] for r in records]))
        .order_by(tags.c.action_id, tags.c.area_id)
    )
    for action_id, area_id in rows:
        grouped[action_id].append(area_id)
    for r in records:
        r["area_ids"] = grouped.get(r["id"], [])
