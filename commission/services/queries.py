"""Read a whole commission into plain data (commission.domain) in one query per table."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import fields, replace
from datetime import date
from typing import Any

from sqlalchemy import Date, String, and_, bindparam, func, literal, select, type_coerce
from sqlalchemy.orm import Session as DbSession

from commission import domain
from commission import progress as rules
from commission.errors import UserError
from commission.kinds import KINDS, Field, Kind
from commission.services.value_queries import load_frameworks, load_outcomes
from commission.storage import models as m
from commission.storage.db import Database


def list_commissions(db: Database) -> list[domain.CommissionInfo]:
    with db.session() as s:
        return [_info(c) for c in s.scalars(select(m.Commission).order_by(m.Commission.name))]


def _info(c: m.Commission) -> domain.CommissionInfo:
    return domain.CommissionInfo(
        id=c.id,
        name=c.name,
        area=c.area or "",
        start_date=c.start_date,
        end_date=c.end_date,
        language=c.language or "en",
        description=c.description or "",
        investment=c.investment,
        discount_rate=c.discount_rate,
        name_cy=c.name_cy or "",
    )


def find_commission(db: Database, name: str | None = None) -> domain.CommissionInfo:
    """The commission called `name`; with no name, the only one (a choice is asked for when there are several)."""
    commissions = list_commissions(db)
    if name:
        for c in commissions:
            if c.name == name or c.name.lower() == name.strip().lower():
                return c
        known = "; ".join(c.name for c in commissions) or "none yet"
        raise UserError(f"There is no commission called '{name}' in this database (it has: {known}).")
    if not commissions:
        raise UserError("This database has no commission yet: import a workbook or create the demo first.")
    if len(commissions) > 1:
        raise UserError(
            "This database holds several commissions; say which with --commission NAME ("
            + "; ".join(c.name for c in commissions)
            + ")."
        )
    return commissions[0]


def current_consents(s: DbSession, commission_id: int) -> dict[tuple[int, str], m.Consent]:
    """The consent in force for each (member, kind): the latest recorded."""
    rows = s.scalars(
        select(m.Consent).join(m.Member).where(m.Member.commission_id == commission_id).order_by(m.Consent.id)
    )
    return {(c.member_id, c.kind): c for c in rows}


def _consents_in_force(s: DbSession, commission_id: int) -> dict[tuple[int, str], Any]:
    """current_consents' choice as plain rows (given, expires, withdrawn), not ORM objects: at xl a hundred
    thousand consents were the load's slowest part after the updates."""
    C, M = m.Consent.__table__, m.Member.__table__
    rows = s.execute(
        select(C.c.member_id, C.c.kind, C.c.given, C.c.expires, C.c.withdrawn)
        .join(M, M.c.id == C.c.member_id)
        .where(M.c.commission_id == commission_id)
        .order_by(C.c.id)
    )
    return {(row.member_id, row.kind): row for row in rows}


def load_commission_data(db: Database, commission_id: int, *, update_texts: bool = True) -> domain.CommissionData:
    """The whole commission. `update_texts=False`: its updates without their words (note, who reported it,
    the panel's comment, the Welsh note; `CommissionData.update_texts` says so), as the app holds them: the
    figures and tables read none of them, and a commitment's own are read when it is opened
    (load_updates). Anything that shows or writes an update's words reads with them."""
    with db.session() as s:
        commission = s.get(m.Commission, commission_id)
        if commission is None:
            raise UserError("That commission is no longer in the database.")
        return _load(s, commission, update_texts)


def load_updates(
    db: Database, commission_id: int, commitment_ids: Collection[int] = (), *, ids: Collection[int] = ()
) -> dict[int, list[domain.Update]]:
    """The updates of these commitments (or these updates) with all their words, grouped by commitment in
    recorded order: one query on an index of the updates (a commitment opened on screen, the few an
    insight's trace shows, the updates a review round may put to the panel)."""
    kind = _kind("updates")
    table = kind.model.__table__
    grouped: dict[int, list[domain.Update]] = {i: [] for i in commitment_ids}
    if not grouped and not ids:
        return grouped
    with db.session() as s:
        day = _day_parser(s)
        if grouped:
            found = _objects(domain.Update, s, kind, commission_id, day, where=table.c.commitment_id.in_(list(grouped)))
        else:  # by id alone, the commission's commitments checked here: joined to them, SQLite probed every
            # commitment for every id (1.4 s for 2,000 updates on the large demo)
            C = m.Commitment.__table__
            owned = set(s.scalars(select(C.c.id).where(C.c.commission_id == commission_id)))
            found = _objects(domain.Update, s, kind, None, day, where=table.c.id.in_(list(ids)))
            found = [u for u in found if u.commitment_id in owned]
        for update in found:
            grouped.setdefault(update.commitment_id, []).append(update)
    return grouped


def _load(s: DbSession, commission: m.Commission, update_texts: bool = True) -> domain.CommissionData:
    cid = commission.id
    day = _day_parser(s)
    consents = _consents_in_force(s, cid)

    def consent(member_id: int, kind: str) -> dict[str, Any]:
        c = consents.get((member_id, kind))
        return {
            f"consent_{kind}": bool(c.given) if c else False,
            f"consent_{kind}_expires": c.expires if c else None,
            f"consent_{kind}_withdrawn": bool(c and c.withdrawn),
        }

    def members(records: list[dict[str, Any]]) -> list[domain.Member]:
        return [
            domain.Member(**r, **consent(r["id"], "named"), **consent(r["id"], "quote"), erased=erased[r["id"]])
            for r in records
        ]

    M = m.Member.__table__
    erased: dict[int, bool] = dict(
        s.execute(select(M.c.id, M.c.erased_on.is_not(None)).where(M.c.commission_id == cid)).all()
    )
    frameworks, area_ids = load_frameworks(s, cid)
    A, S = m.Attendance.__table__, m.Session.__table__
    attendance = [
        domain.Attendance(session_id, member_id, status)
        for session_id, member_id, status in s.execute(
            select(A.c.session_id, A.c.member_id, A.c.status)
            .join(S, S.c.id == A.c.session_id)
            .where(S.c.commission_id == cid)
            .order_by(A.c.session_id, A.c.member_id)
        )
    ]
    lists: dict[str, Any] = {
        kind.collection: members(_records(s, kind, cid, day))
        if kind.collection == "members"
        else _objects(_DOMAIN[kind.collection], s, kind, cid, day, texts=update_texts or kind.collection != "updates")
        for kind in KINDS.values()
        if kind.collection and kind.fields
    }
    for action in lists["actions"]:
        action.area_ids = area_ids.get(action.id, [])
    return domain.CommissionData(
        commission=_info(commission),
        frameworks=frameworks,
        outcomes=load_outcomes(s, cid),
        attendance=attendance,
        update_texts=update_texts,
        **lists,
    )


def progress_as_of(db: Database, commission_id: int, as_of: date) -> domain.Figures:
    """The commission's figures as of a date (domain.evaluate), read for that alone: the commitments, the
    actions, sessions, insights and themes they roll up into, and of the updates only those that decide each
    commitment's progress on the date (deciding_facts), not all of them."""
    with db.session() as s:
        commission = s.get(m.Commission, commission_id)
        if commission is None:
            raise UserError("That commission is no longer in the database.")
        day = _day_parser(s)
        needed = ("sessions", "themes", "insights", "actions", "commitments")
        lists: dict[str, Any] = {name: _objects(_DOMAIN[name], s, _kind(name), commission_id, day) for name in needed}
        data = domain.CommissionData(commission=_info(commission), **lists)
        facts = deciding_facts(s, commission_id, as_of, data.commitments)
    return domain.evaluate(data, as_of, facts=facts)


def deciding_facts(
    s: DbSession, commission_id: int, as_of: date, commitments: list[domain.Commitment]
) -> dict[int, rules.CommitmentFact]:
    """Each commitment's facts as of a date holding only updates that can decide it, chosen in SQL: of its
    updates dated by as_of, the latest assessed one and the latest not assessed, "latest" by (date, recorded
    order). The two hold both the latest update and the latest assessed (progress.deciding_updates), so
    commitment_progress of these facts is that of the full ones (tests/test_conformance.py checks it on
    SQLite and PostgreSQL). Grouped maxima, not a window: no sort of every update."""
    day = _day_parser(s)
    deciding: dict[int, list[rules.UpdateFact]] = defaultdict(list)
    for commitment_id, on, status, done, judgement in s.execute(
        _deciding_query(), {"cid": commission_id, "as_of": as_of}
    ):
        deciding[commitment_id].append(rules.UpdateFact(day(on), status, done, judgement))
    return {c.id: rules.CommitmentFact(c.made_on, c.due, deciding.get(c.id, []), c.weight) for c in commitments}


@functools.cache
def _deciding_query():
    """deciding_facts' query, built once (its commission and date are parameters)."""
    U, C = m.Update.__table__, m.Commitment.__table__
    verdict = func.coalesce(func.nullif(U.c.verdict, ""), literal(rules.NOT_ASSESSED))
    counted = (
        select(U.c.id, U.c.commitment_id, U.c.date, (verdict != rules.NOT_ASSESSED).label("judged"))
        .join(C, C.c.id == U.c.commitment_id)
        .where(C.c.commission_id == bindparam("cid"), U.c.date <= bindparam("as_of", type_=Date))
        .cte("counted")
    )
    k = counted.c
    days = select(k.commitment_id, k.judged, func.max(k.date).label("day")).group_by(k.commitment_id, k.judged).cte()
    picked = (
        select(func.max(k.id).label("id"))
        .join(days, and_(days.c.commitment_id == k.commitment_id, days.c.judged == k.judged, days.c.day == k.date))
        .group_by(k.commitment_id, k.judged)
        .cte("picked")
    )
    return (
        select(U.c.commitment_id, _as_text(U.c.date), U.c.status, U.c.progress, verdict)
        .join(picked, picked.c.id == U.c.id)
        .order_by(U.c.commitment_id, U.c.id)
    )


_DOMAIN: dict[str, type] = {
    "organisations": domain.Organisation,
    "sessions": domain.Session,
    "themes": domain.Theme,
    "insights": domain.Insight,
    "quotes": domain.Quote,
    "actions": domain.Action,
    "commitments": domain.Commitment,
    "updates": domain.Update,
    "milestones": domain.Milestone,
}
_FIELDS: dict[type, list[str]] = {}  # a domain class's field names, in order


def _kind(collection: str) -> Kind:
    """The kind read into a CommissionData list (looked up each time: a kind's declaration is the one place)."""
    return next(kind for kind in KINDS.values() if kind.collection == collection)


# The order each kind's list is in (an export lists rows in it): by ref, sessions by date, the rest as recorded.
_ORDER = {"sessions": ("date", "ref"), "updates": ("id",), "milestones": ("id",)}


def _records(s: DbSession, kind: Kind, cid: int, day, where=None, texts: bool = True) -> list[dict[str, Any]]:
    """A kind's rows as the keyword arguments of its domain class, each field as its declaration says
    (`where`: only the rows it selects, with their links; `texts`: see _stored)."""
    names, rows = _rows(s, kind, cid, day, where, texts=texts)
    return [dict(zip(names, values, strict=True)) for values in rows]


def _objects(cls: type, s: DbSession, kind: Kind, cid: int | None, day, where=None, texts: bool = True) -> list:
    """A kind's rows as instances of its domain class, each made as its row comes from the driver (peak
    memory at xl): by position as far as the names are its first fields in order (twice as quick as by
    keyword for 100,000 updates), the rest by keyword (an update without its texts: its verdict)."""
    names = _names(kind, texts)
    order = _FIELDS.setdefault(cls, [f.name for f in fields(cls)])
    first = next((i for i, (a, b) in enumerate(zip(names, order, strict=False)) if a != b), min(len(names), len(order)))
    rest = names[first:]
    make: Callable[..., Any]
    if not rest:
        make = cls
    elif len(rest) == 1:
        (name,) = rest
        make = lambda *values: cls(*values[:first], **{name: values[first]})  # noqa: E731
    else:
        make = lambda *values: cls(*values[:first], **dict(zip(rest, values[first:], strict=True)))  # noqa: E731
    return _rows(s, kind, cid, day, where, make=make, texts=texts)[1]


def without_texts(update: domain.Update) -> domain.Update:
    """An update as load_commission_data(update_texts=False) reads it: without its words."""
    return replace(update, **_blank_texts())


@functools.cache
def _blank_texts() -> dict[str, Any]:
    """Each free text of an update (_stored's) as its domain class holds it when not read."""
    texts = {f.attr for f in _kind("updates").stored_fields() if f.type == "text"}
    return {f.name: f.default for f in fields(domain.Update) if f.name in texts}


def _stored(kind: Kind, texts: bool = True) -> tuple[Field, ...]:
    """A kind's stored fields; without `texts`, not its free texts (type "text": an update's note, who reported
    it, the panel's comment and the Welsh note), which its domain class then holds as empty."""
    return kind.stored_fields() if texts else tuple(f for f in kind.stored_fields() if f.type != "text")


def _names(kind: Kind, texts: bool = True) -> list[str]:
    """The names of _rows' values: id, the kind's stored fields, then its links."""
    return ["id", *(f.attr for f in _stored(kind, texts)), *(f.attr for f in kind.fields if f.type == "refs")]


def _values(*values) -> list:
    return list(values)


_CHUNK = 20_000  # rows fetched from the driver at a time


def _rows(
    s: DbSession, kind: Kind, cid: int | None, day, where=None, make=_values, texts: bool = True
) -> tuple[list[str], list]:
    """A kind's rows as `make(*values)` (a list of them, by default) of the values named by the list
    returned: id, its stored fields, then its links (lists of ids). Each value as its declaration says: an
    empty text becomes the field's `empty` in SQL, and a date comes as text and is parsed once per distinct
    day with date.fromisoformat on SQLite (SQLAlchemy's per-value date processor took twice as long), as the
    driver gives it elsewhere. Rows are fetched a chunk at a time and each distinct text or date is held
    once (_Shared), so the driver's rows and their copies of the same values never all exist at once.
    """
    table = kind.model.__table__
    stored = _stored(kind, texts)
    links = [f for f in kind.fields if f.type == "refs"]
    names = _names(kind, texts)
    query = select(*_columns(kind, texts))
    if cid is None:  # of no commission in particular: `where` chooses them, and the caller checks whose they are
        assert kind.owner and where is not None and not links, kind.name
    elif not kind.owner:
        query = query.where(table.c.commission_id == cid)
    else:  # updates and milestones belong to a commitment
        owner = KINDS[kind.owner].model.__table__
        query = query.join(owner, owner.c.id == table.c[f"{kind.owner}_id"]).where(owner.c.commission_id == cid)
    if where is not None:
        query = query.where(where)
    query = query.order_by(*(table.c[c] for c in _ORDER.get(kind.collection, ("ref",))))

    def grouped(f, only=None) -> dict[int, list[int]]:
        assert cid is not None  # a kind with links is read by commission
        return _links(s, getattr(m, f.link[0]).__table__, f.link[1], f.link[2], table, cid, only)

    late = where is not None and links  # a part's links: read for its rows, once they are known
    linked = [] if late else [grouped(f) for f in links]
    shared = {
        i: _Shared(day if f.type == "date" else None)
        for i, f in enumerate(stored, start=1)
        if f.type in ("date", "text", "word")
    }
    rows: list = []
    for chunk in s.execute(query).partitions(_CHUNK):
        columns: list = list(zip(*chunk, strict=True))
        del chunk
        for i, values in shared.items():
            columns[i] = values(columns[i])
        columns.extend([g.get(record_id, []) for record_id in columns[0]] for g in linked)
        rows.extend(map(_values if late else make, *columns))
    if late:
        ids = [values[0] for values in rows]
        for g in [grouped(f, ids) for f in links]:
            for values in rows:
                values.append(g.get(values[0], []))
        rows = [make(*values) for values in rows]
    return names, rows


class _Shared:
    """A column's values with each distinct one held once (and `convert`ed once: a date parsed once per
    day): a status, a verdict, a reporter or a day repeats across 500,000 updates, and the driver gives a
    new object for every row."""

    def __init__(self, convert=None):
        self.convert = convert
        self.seen: dict[Any, Any] = {}

    def __call__(self, column) -> list:
        seen, convert = self.seen, self.convert
        for value in set(column).difference(seen):
            seen[value] = value if convert is None else convert(value)
        return list(map(seen.__getitem__, column))


@functools.cache
def _columns(kind: Kind, texts: bool = True) -> tuple:
    """A kind's selected columns, built once: making the SQL functions took a third of a small commission's read."""
    table = kind.model.__table__
    return (table.c.id, *(_column(table.c[f.attr], f) for f in _stored(kind, texts)))


def _column(column, f):
    if f.type == "date":
        return _as_text(column)
    if f.type in ("text", "word") and f.empty is not None:  # what a NULL or an empty text reads as
        return func.coalesce(func.nullif(column, ""), literal(f.empty, type_=column.type)).label(f.attr)
    return column


def _links(s: DbSession, link, left: str, right: str, owner, cid: int, only=None) -> dict[int, list[int]]:
    grouped: dict[int, list[int]] = defaultdict(list)
    query = (
        select(link.c[left], link.c[right])
        .join(owner, owner.c.id == link.c[left])
        .where(owner.c.commission_id == cid)
        .order_by(link.c[left], link.c[right])
    )
    if only is not None:
        query = query.where(link.c[left].in_(only))
    for a, b in s.execute(query):
        grouped[a].append(b)
    return grouped


def _as_text(column):
    """A date column fetched without SQLAlchemy's result processing (SQLite gives its ISO text)."""
    return type_coerce(column, String)


def _day_parser(s: DbSession):
    """How a date fetched with _as_text becomes a date: SQLite stores ISO text, PostgreSQL's driver
    already gives a date."""
    if s.get_bind().dialect.name != "sqlite":
        return _unchanged
    parse = date.fromisoformat
    return lambda value: None if value is None else parse(value)


def _unchanged(value):
    return value
