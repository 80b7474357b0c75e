"""The Dashboard's figures first: what the Dashboard shows, read for that alone, so that at start the window
paints them before the whole commission is read (ui.start and ui.store's first load read this, then the
Snapshot).

Read like queries.progress_as_of: the commission's organisations, sessions, themes, insights, actions and
commitments, and of its updates only those that decide each commitment's progress on the date (chosen in
SQL as queries.deciding_facts chooses them), evaluated by the one domain.evaluate. The SQL is plain text
built from the kinds' declarations (commission.kinds), so that it runs on the plain driver as well as
through SQLAlchemy: at start on a SQLite file (read_start) the figures are read with sqlite3 and painted
before SQLAlchemy and the storage models are loaded; an open database (SQLite or PostgreSQL) runs the same
text through its session (dashboard_figures). The figures are those of the whole read
(tests/test_start_figures.py checks every one of them against the Snapshot, both ways on SQLite and through
SQLAlchemy on PostgreSQL).
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from commission import domain
from commission import progress as rules
from commission.errors import UserError
from commission.kinds import KINDS, Kind
from commission.vocab import STATES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

    from commission.storage.db import Database

READ = ("organisations", "sessions", "themes", "insights", "actions", "commitments")
# The order each list is in, as queries reads it (_ORDER there): sessions by date, the rest by ref.
_ORDER = {"sessions": ("date", "ref")}
_INFO = ("id", "name", "area", "start_date", "end_date", "language", "description", "investment", "discount_rate")

Run = Callable[[str, dict[str, Any]], Iterable[tuple]]  # (SQL text with :name parameters, parameters) -> rows


@dataclass
class StartData:
    """The part of a commission the Dashboard reads as its `data`: the lists its figures roll up from, and for
    members and updates only whether there are any (all the next step on a new commission asks)."""

    commission: domain.CommissionInfo
    organisations: list[domain.Organisation] = field(default_factory=list)
    sessions: list[domain.Session] = field(default_factory=list)
    themes: list[domain.Theme] = field(default_factory=list)
    insights: list[domain.Insight] = field(default_factory=list)
    actions: list[domain.Action] = field(default_factory=list)  # without their social-value areas (area_ids)
    commitments: list[domain.Commitment] = field(default_factory=list)
    members: bool = False  # any at all
    updates: bool = False  # any at all


@dataclass
class DashboardFigures:
    """What the Dashboard shows of a Snapshot (its attributes by the same names), without the rest."""

    data: StartData
    figures: domain.Figures
    as_of: date  # the figures' date
    commission: domain.CommissionInfo
    organisations: dict[int, domain.Organisation] = field(default_factory=dict)
    themes: dict[int, domain.Theme] = field(default_factory=dict)
    commitments: dict[int, domain.Commitment] = field(default_factory=dict)
    overdue: list[int] = field(default_factory=list)  # commitment ids, earliest due first
    states_by_organisation: dict[int, dict[str, int]] = field(default_factory=dict)


@dataclass
class Start:
    """What read_start found in a SQLite file: enough to paint the Dashboard before the database is opened."""

    inspected: tuple[str, str | None]  # storage.db's look at the file: open_database need not look again
    commissions: list[domain.CommissionInfo]  # by name, as queries.list_commissions lists them
    commission_id: int  # the one shown: the one preferred, else the first (as ui.store chooses)
    first: DashboardFigures


def plain_sqlite_file(target: str) -> Path | None:
    """`target` as a file read_start can read: a plain (not encrypted) SQLite file; None for an address, a new or
    empty file, or an encrypted one."""
    from commission.storage.db import SQLITE_MAGIC, is_url

    if is_url(target):
        return None
    path = Path(target).expanduser()
    try:
        with path.open("rb") as handle:
            return path if handle.read(16) == SQLITE_MAGIC else None
    except OSError:
        return None


def open_read(path: Path, start: Start) -> Database:
    """The database read_start read, opened as ever (its look at the file not made again); on a worker at start,
    where SQLAlchemy and the storage models are loaded."""
    from commission.services import queries  # noqa: F401  # SQLAlchemy and the models, loaded here
    from commission.storage.db import open_database

    return open_database(path, create=False, inspected=start.inspected)


def read_start(path: Path, prefer: int | None, as_of: date) -> Start | None:
    """The Dashboard's figures of a plain (not encrypted) SQLite file of this version, read with sqlite3 while
    storage.db looks at it (on a thread of its own: its integrity check reads the whole file) and given only if
    that look passes; None when it does not apply (a new or empty file, one to upgrade or from a newer app, one
    with no commission): then the database is opened as ever, which says why where it must. A file the look
    refuses raises its UserError. Nothing is written: the file is read read-only."""
    from commission.storage.db import _inspect_sqlite, _meanwhile, head_revision

    if not path.exists() or path.stat().st_size == 0:
        return None  # a new database: made when it is opened
    looked = _meanwhile(_inspect_sqlite, path, None)
    failed: sqlite3.Error | None = None
    try:
        read = _read_file(path, prefer, as_of)
    except sqlite3.Error as exc:  # a file the look refuses, or of another version: the look says which
        failed, read = exc, None
    inspected = looked()
    if inspected != ("ours", head_revision()):
        return None
    if failed is not None:
        raise failed
    return None if read is None else Start(inspected, *read)


def _read_file(
    path: Path, prefer: int | None, as_of: date
) -> tuple[list[domain.CommissionInfo], int, DashboardFigures] | None:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    try:
        run: Run = conn.execute
        commissions = _commissions(run, _Days())
        ids = [c.id for c in commissions]
        if not ids:
            return None
        cid = prefer if prefer in ids else ids[0]
        return commissions, cid, _figures(run, commissions[ids.index(cid)], as_of, as_of.isoformat())
    finally:
        conn.close()


def dashboard_figures(db: Database, commission_id: int, as_of: date) -> DashboardFigures:
    """The Dashboard's figures of the commission as of a date, read through the open database's session."""
    with db.session() as s:
        run, day = _session_run(s, as_of)
        info = next((c for c in _commissions(run, _Days(), commission_id)), None)
        if info is None:
            raise UserError("That commission is no longer in the database.")
        return _figures(run, info, as_of, day)


def deciding_facts(
    s: DbSession, commission_id: int, as_of: date, commitments: list[domain.Commitment]
) -> dict[int, rules.CommitmentFact]:
    """queries.deciding_facts, chosen by this module's SQL text (tests/test_conformance.py checks the two agree
    on every commitment vector, on SQLite and PostgreSQL)."""
    run, day = _session_run(s, as_of)
    return _deciding(run, commission_id, day, commitments, _Days())


def _session_run(s: DbSession, as_of: date) -> tuple[Run, object]:
    """The SQL text run through a session, and the date as its driver compares it: SQLite ISO text."""
    from sqlalchemy import text  # loaded with the database

    def run(sql: str, params: dict[str, Any]) -> Iterable[tuple]:
        return s.execute(text(sql), params)  # type: ignore[return-value]  # Rows are tuples

    return run, as_of.isoformat() if s.get_bind().dialect.name == "sqlite" else as_of


def _figures(run: Run, info: domain.CommissionInfo, as_of: date, day: object) -> DashboardFigures:
    cid, days = info.id, _Days()
    lists: dict[str, Any] = {name: _objects(run, _kind(name), cid, days) for name in READ}
    members, updates = next(iter(run(_ANY, {"cid": cid})))
    data = StartData(info, members=bool(members), updates=bool(updates), **lists)
    facts = _deciding(run, cid, day, data.commitments, days)
    whole = domain.CommissionData(commission=info, **lists)  # evaluate reads only these lists
    return from_figures(data, domain.evaluate(whole, as_of, facts=facts))


def _deciding(run: Run, cid: int, day: object, commitments: list[domain.Commitment], days: _Days):
    deciding: dict[int, list[rules.UpdateFact]] = defaultdict(list)
    for commitment_id, on, status, done, judgement in run(_DECIDING, {"cid": cid, "as_of": day}):
        deciding[commitment_id].append(rules.UpdateFact(cast(date, days(on)), status, done, judgement))
    return {c.id: rules.CommitmentFact(c.made_on, c.due, deciding.get(c.id, []), c.weight) for c in commitments}


def from_figures(data: StartData, figures: domain.Figures) -> DashboardFigures:
    """The Dashboard's look-ups, made as ui.store.build_snapshot makes them."""
    commitments = {c.id: c for c in data.commitments}
    results = figures.commitments
    counted = figures.counted(data.commitments)
    overdue = [c for c in counted if results[c.id].state == "overdue"]
    overdue.sort(key=lambda c: (c.due or date.max, c.ref))
    by_organisation: dict[int, dict[str, int]] = {o.id: dict.fromkeys(STATES, 0) for o in data.organisations}
    for c in counted:
        by_organisation.setdefault(c.organisation_id, dict.fromkeys(STATES, 0))[results[c.id].state] += 1
    return DashboardFigures(
        data=data,
        figures=figures,
        as_of=figures.as_of,
        commission=data.commission,
        organisations={o.id: o for o in data.organisations},
        themes={t.id: t for t in data.themes},
        commitments=commitments,
        overdue=[c.id for c in overdue],
        states_by_organisation=by_organisation,
    )


# -- the SQL, as text ------------------------------------------------------------------------------------------
class _Days:
    """A date column's values as dates: SQLite gives ISO text (parsed once per distinct day), PostgreSQL dates."""

    def __init__(self) -> None:
        self.seen: dict[Any, date | None] = {None: None}

    def __call__(self, value: Any) -> date | None:
        found = self.seen.get(value, self)
        if found is self:
            found = self.seen[value] = date.fromisoformat(value) if isinstance(value, str) else value
        return found  # type: ignore[return-value]


def table(model_name: str) -> str:
    """A storage model's table: its name in snake case, plural (tests/test_start_figures.py checks each one
    read here against commission.storage.models)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", model_name).lower() + "s"


def _quoted(value: object) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _kind(collection: str) -> Kind:
    return next(kind for kind in KINDS.values() if kind.collection == collection)


def _column(f) -> str:
    """A stored field as queries._column reads it: an empty or NULL text as the field's `empty`."""
    if f.type in ("text", "word") and f.empty is not None:
        return f"coalesce(nullif(t.{f.attr}, ''), {_quoted(f.empty)})"
    return f"t.{f.attr}"


def _commissions(run: Run, days: _Days, only: int | None = None) -> list[domain.CommissionInfo]:
    """The commissions by name (queries.list_commissions), made as queries._info makes them."""
    where = "" if only is None else " WHERE id = :cid"
    rows = run(
        f"SELECT {', '.join(_INFO)}, name_cy FROM commissions{where} ORDER BY name", {"cid": only} if where else {}
    )
    return [
        domain.CommissionInfo(
            cid, name, area or "", days(start), days(end), language or "en", about or "", invest, rate, name_cy or ""
        )
        for cid, name, area, start, end, language, about, invest, rate, name_cy in rows
    ]


def _objects(run: Run, kind: Kind, cid: int, days: _Days) -> list:
    """A kind's rows as instances of its domain class, as queries._objects makes them: id, its stored fields,
    then its links (lists of ids), by position when those are the class's first fields, else by keyword."""
    stored = kind.stored_fields()
    links = [f for f in kind.fields if f.type == "refs"]
    names = ["id", *(f.attr for f in stored), *(f.attr for f in links)]
    cls = _DOMAIN[kind.collection]
    make = (
        cls
        if names == [f.name for f in fields(cls)][: len(names)]
        else lambda *v: cls(**dict(zip(names, v, strict=True)))
    )
    dated = [i for i, f in enumerate(stored, start=1) if f.type == "date"]
    order = ", ".join(f"t.{c}" for c in _ORDER.get(kind.collection, ("ref",)))
    sql = f"SELECT t.id, {', '.join(map(_column, stored))} FROM {table(kind.model_name)} t"
    grouped = [_links(run, f, kind, cid) for f in links]
    objects = []
    for row in run(f"{sql} WHERE t.commission_id = :cid ORDER BY {order}", {"cid": cid}):
        values = list(row)
        for i in dated:
            values[i] = days(values[i])
        objects.append(make(*values, *(g.get(values[0], []) for g in grouped)))
    return objects


def _links(run: Run, f, kind: Kind, cid: int) -> dict[int, list[int]]:
    """A link field's ids for each row of the commission's kind, in id order (queries._links)."""
    link, left, right = table(f.link[0]), f.link[1], f.link[2]
    grouped: dict[int, list[int]] = defaultdict(list)
    for a, b in run(
        f"SELECT l.{left}, l.{right} FROM {link} l JOIN {table(kind.model_name)} o ON o.id = l.{left} "
        f"WHERE o.commission_id = :cid ORDER BY l.{left}, l.{right}",
        {"cid": cid},
    ):
        grouped[a].append(b)
    return grouped


_DOMAIN: dict[str, type] = {
    "organisations": domain.Organisation,
    "sessions": domain.Session,
    "themes": domain.Theme,
    "insights": domain.Insight,
    "actions": domain.Action,
    "commitments": domain.Commitment,
}
_ANY = (
    "SELECT EXISTS (SELECT 1 FROM members WHERE commission_id = :cid), EXISTS (SELECT 1 FROM updates u "
    "JOIN commitments c ON c.id = u.commitment_id WHERE c.commission_id = :cid)"
)
# queries._deciding_query's choice, as text: of each commitment's updates dated by as_of, the latest assessed one
# and the latest not assessed, "latest" by (date, recorded order). Here each commitment looks up its two through
# the updates' commitment index (ORDER BY … LIMIT 1 over its own few updates): at xl (500,000 updates) about
# half the time of grouped maxima over every update dated by as_of (tests/test_conformance.py checks the choice).
_VERDICT = f"coalesce(nullif(u.verdict, ''), {_quoted(rules.NOT_ASSESSED)})"
_LATEST = (
    "(SELECT u.id FROM updates u WHERE u.commitment_id = c.id AND u.date <= :as_of AND {verdict} {op} {na} "
    "ORDER BY u.date DESC, u.id DESC LIMIT 1)"
)
_DECIDING = f"""
SELECT u.commitment_id, u.date, u.status, u.progress, {_VERDICT}
FROM commitments c JOIN updates u ON u.id IN (
    {_LATEST.format(verdict=_VERDICT, op="!=", na=_quoted(rules.NOT_ASSESSED))},
    {_LATEST.format(verdict=_VERDICT, op="=", na=_quoted(rules.NOT_ASSESSED))})
WHERE c.commission_id = :cid ORDER BY u.commitment_id, u.id
"""
