"""The open commission as the screens see it: one Snapshot, re-read off the GUI thread after each change.

A Snapshot is the commission's plain data (services.queries.load_commission_data), the figures of the
progress rules as of a date (domain.evaluate) and a few look-up tables, all built on a worker thread:
the GUI thread never runs a query or a computation that grows with the commission.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from commission import domain
from commission.errors import UserError
from commission.storage import backup
from commission.storage.db import Database, default_database, is_url, open_database
from commission.ui.update_texts import UpdateTexts
from commission.ui.workers import Job
from commission.vocab import STATES

log = logging.getLogger(__name__)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


@dataclass
class Snapshot:
    data: domain.CommissionData
    figures: domain.Figures
    organisations: dict[int, domain.Organisation] = field(default_factory=dict)
    members: dict[int, domain.Member] = field(default_factory=dict)
    sessions: dict[int, domain.Session] = field(default_factory=dict)
    themes: dict[int, domain.Theme] = field(default_factory=dict)
    insights: dict[int, domain.Insight] = field(default_factory=dict)
    quotes: dict[int, domain.Quote] = field(default_factory=dict)
    actions: dict[int, domain.Action] = field(default_factory=dict)
    commitments: dict[int, domain.Commitment] = field(default_factory=dict)
    attendance: dict[int, dict[int, str]] = field(default_factory=dict)  # session → member → status
    quotes_by_session: dict[int, list[int]] = field(default_factory=dict)
    quotes_by_insight: dict[int, list[int]] = field(default_factory=dict)
    insights_by_theme: dict[int, list[int]] = field(default_factory=dict)
    actions_by_insight: dict[int, list[int]] = field(default_factory=dict)
    commitments_by_action: dict[int, list[int]] = field(default_factory=dict)
    overdue: list[int] = field(default_factory=list)  # commitment ids, earliest due first
    states_by_organisation: dict[int, dict[str, int]] = field(default_factory=dict)
    commitment_rows: list | None = None  # the commitments table's rows, prepared here off the GUI thread
    audit_mark: int | None = None  # the audit trail's last entry when read: what changed since is checked
    # the updates with their words of the commitments an edit touched, read with it (ui.snapshot_patch): the
    # commitment on screen shows its new update's note without reading again (ui.update_texts)
    words: dict[int, list[domain.Update]] = field(default_factory=dict)

    @property
    def as_of(self) -> date:
        return self.figures.as_of

    @property
    def commission(self) -> domain.CommissionInfo:
        return self.data.commission


def build_snapshot(
    data: domain.CommissionData,
    as_of: date,
    figures: domain.Figures | None = None,
    rows: Callable | None = None,
    previous: Snapshot | None = None,
    given: dict[str, Any] | None = None,
) -> Snapshot:
    """`figures`: domain.evaluate(data, as_of), and `rows(snap)`: prepare_commitment_rows(snap), when the
    caller has them already (ui.snapshot_patch, after an edit). `previous`: a Snapshot whose data shares
    lists with `data` (ui.snapshot_patch's splice): a look-up made from lists that are the same objects is
    taken from it, not made again (snapshots are never changed once built, so they can share them).
    `given`: look-ups the caller made already (commitments, commitments_by_action, overdue and
    states_by_organisation after an edit of commitments: ui.snapshot_patch)."""
    snap = Snapshot(data=data, figures=figures if figures is not None else domain.evaluate(data, as_of))
    old = previous.data if previous is not None else None

    def same(*names: str) -> bool:
        return old is not None and all(getattr(data, n) is getattr(old, n) for n in names)

    def look_up(name: str, sources: tuple[str, ...], make: Callable[[], Any]) -> None:
        if given is not None and name in given:
            setattr(snap, name, given[name])
        else:
            setattr(snap, name, getattr(previous, name) if same(*sources) else make())

    def by_id(name: str) -> Callable[[], dict[int, Any]]:
        return lambda: {row.id: row for row in getattr(data, name)}

    for name in ("organisations", "members", "sessions", "themes", "insights", "quotes", "actions", "commitments"):
        look_up(name, (name,), by_id(name))
    look_up("attendance", ("attendance",), lambda: _attendance(data))
    if previous is not None and same("quotes"):
        snap.quotes_by_session, snap.quotes_by_insight = previous.quotes_by_session, previous.quotes_by_insight
    else:
        by_session, by_insight = defaultdict(list), defaultdict(list)
        for q in data.quotes:
            by_session[q.session_id].append(q.id)
            for i in q.insight_ids:
                by_insight[i].append(q.id)
        snap.quotes_by_session, snap.quotes_by_insight = dict(by_session), dict(by_insight)
    look_up("insights_by_theme", ("insights",), lambda: _grouped(data.insights, lambda i: (i.theme_id,)))
    look_up("actions_by_insight", ("actions",), lambda: _grouped(data.actions, lambda a: a.insight_ids))
    look_up("commitments_by_action", ("commitments",), lambda: _grouped(data.commitments, lambda c: (c.action_id,)))
    if given is not None and "overdue" in given and "states_by_organisation" in given:
        snap.overdue, snap.states_by_organisation = given["overdue"], given["states_by_organisation"]
    else:
        results = snap.figures.commitments
        counted = snap.figures.counted(data.commitments)
        snap.overdue = sorted(
            (c.id for c in counted if results[c.id].state == "overdue"),
            key=lambda cid: (snap.commitments[cid].due or date.max, snap.commitments[cid].ref),
        )
        by_org: dict[int, dict[str, int]] = {o.id: dict.fromkeys(STATES, 0) for o in data.organisations}
        for c in counted:
            by_org.setdefault(c.organisation_id, dict.fromkeys(STATES, 0))[results[c.id].state] += 1
        snap.states_by_organisation = by_org
    from commission.ui.models.commitments import prepare_commitment_rows

    snap.commitment_rows = (rows or prepare_commitment_rows)(snap)
    return snap


def _attendance(data: domain.CommissionData) -> dict[int, dict[int, str]]:
    attendance: dict[int, dict[int, str]] = defaultdict(dict)
    for a in data.attendance:
        attendance[a.session_id][a.member_id] = a.status
    return dict(attendance)


def _grouped(records: Iterable, keys: Callable[[Any], Iterable[int]]) -> dict[int, list[int]]:
    """Each key's records' ids, in the records' order."""
    grouped: dict[int, list[int]] = defaultdict(list)
    for record in records:
        for key in keys(record):
            grouped[key].append(record.id)
    return dict(grouped)


BACKUPS_KEPT = backup.BACKUPS_KEPT
Backup = backup.Backup
restore_backup = backup.restore_backup  # a file operation on a closed database: no handle involved


def first_database(last: str | None) -> tuple[str, bool]:
    """Which database to open with none named: the last one, else the default (with the demo, first time)."""
    if last and (is_url(last) or Path(last).exists()):
        return last, False
    default = default_database()
    return str(default), not default.exists()


def last_change(path: Path) -> datetime:
    """When the database file (or its write-ahead log, if it holds anything) last changed."""
    times = [path.stat().st_mtime]
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        times.append(wal.stat().st_mtime)
    return datetime.fromtimestamp(max(times))


def backup_wanted(db, every: timedelta | None) -> bool:
    """A new automatic back-up is worth taking: none yet, or the data changed since the newest
    (and, while working, the newest is older than `every`)."""
    if db is None or db.path is None:
        return False
    backups = backup.list_backups(db)
    if not backups:
        return True
    newest = backups[0].taken_at
    if every is not None and datetime.now() - newest < every:
        return False
    try:
        return last_change(db.path) > newest
    except OSError:
        return True


class Store(QObject):
    """Holds the open database and commission; hands every screen a fresh Snapshot after each change."""

    loaded = Signal(object)  # Snapshot
    first_loaded = Signal(object)  # services.start_figures.DashboardFigures: at a first read, before the Snapshot
    commissions_changed = Signal(list)  # list[CommissionInfo]
    busy_changed = Signal(bool)
    error = Signal(str)

    def __init__(self, runner, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.db: Database | None = None
        self.opened = 0
        self.commission_id: int | None = None
        self.commissions: list[domain.CommissionInfo] = []
        self.snapshot: Snapshot | None = None
        self.first = None  # the Dashboard's figures read first (first_loaded), while the Snapshot is read
        self.as_of: date = date.today()
        self._generation = 0
        self._running = False
        self._pending = False
        self._pending_touched: frozenset[tuple[str, int]] | None = None  # while pending: None reads everything
        self._read_all = False  # a read failed: what its edits touched is not in the snapshot shown
        self.update_texts = UpdateTexts(self)  # the updates' words, read when a commitment is opened

    # -- what is open -------------------------------------------------------------------------------
    def open(self, db, commission_id: int | None = None, first=None) -> None:
        if self.db is not None and self.db is not db:
            self.runner.wait()
            self.db.dispose()
        self.db = db
        self.update_texts.clear()
        self.opened += 1  # which opening of a database a screen's cached answer belongs to
        self.snapshot = None
        self.first = first  # the figures show_first showed: not read again if of the commission and date shown
        self.reload_commissions(commission_id)

    def show_first(self, commissions: list[domain.CommissionInfo], commission_id: int | None, first) -> None:
        """A commission's Dashboard figures, read at start before its database is opened (ui.start); open() follows."""
        self.commissions, self.commission_id, self.first = commissions, commission_id, first
        self.commissions_changed.emit(commissions)

    def close(self) -> None:
        self.runner.wait()
        self._generation += 1  # a read finished but not yet delivered is for a database no longer open
        if self.db is not None:
            self.db.dispose()
        self.db = None

    def reload_commissions(self, prefer: int | None = None) -> None:
        assert self.db is not None  # only called with a database open
        from commission.services import queries  # SQLAlchemy: after the window's first paint, not before

        self.commissions = queries.list_commissions(self.db)  # a handful of rows
        ids = [c.id for c in self.commissions]
        if prefer in ids:
            self.commission_id = prefer
        elif self.commission_id not in ids:
            self.commission_id = ids[0] if ids else None
        self.refresh()  # first: the worker reads the commission while the window builds the screen in view
        self.commissions_changed.emit(self.commissions)

    def set_commission(self, commission_id: int) -> None:
        if commission_id != self.commission_id:
            self.commission_id = commission_id
            self.snapshot = None
            self.first = None
            self.refresh()

    def set_as_of(self, as_of: date) -> None:
        if as_of == self.as_of:
            return
        self.as_of = as_of
        if self.snapshot is None:
            return self.refresh()
        self._generation += 1
        generation, data, mark = self._generation, self.snapshot.data, self.snapshot.audit_mark
        self.runner.submit(
            lambda job: replace(build_snapshot(data, as_of), audit_mark=mark),  # the same data: read as of `mark`
            on_done=lambda snap: self._deliver(generation, snap),
            on_error=self._failed,
        )

    @property
    def info(self) -> domain.CommissionInfo | None:
        return next((c for c in self.commissions if c.id == self.commission_id), None)

    @property
    def is_open(self) -> bool:
        return self.db is not None

    @property
    def encrypted(self) -> bool:
        return bool(self.db is not None and self.db.encrypted)

    @property
    def path(self):
        """The open database's file (None for a server database, or when none is open)."""
        return getattr(self.db, "path", None)

    @property
    def label(self) -> str | None:
        return getattr(self.db, "label", None)

    @property
    def passphrase(self) -> str | None:
        """An encrypted database's passphrase (in memory only, as when it was opened)."""
        return self.db.engine.url.password if self.db is not None and self.db.encrypted else None

    @property
    def upgraded_from(self):
        return getattr(self.db, "upgraded_from", None)

    @property
    def backup_path(self):
        return getattr(self.db, "backup_path", None)

    def open_file(
        self, target: str, *, create: bool = False, passphrase: str | None = None, encrypt: bool = False, prefer=None
    ) -> None:
        """Open (creating or upgrading as needed) a database file or URL; `prefer(label)`: the commission to show."""
        db = open_database(target, create=create, passphrase=passphrase, encrypt=encrypt)
        self.open(db, prefer(db.label) if prefer is not None else None)

    def backups(self) -> list[backup.Backup]:
        """The open database's back-ups, newest first (a listing of its back-up folder)."""
        if self.db is None:
            return []
        return backup.list_backups(self.db)

    def back_up(
        self,
        *,
        to: Path | None = None,
        when_changed: bool = False,
        every: timedelta | None = None,
        on_done=None,
        on_error=None,
    ) -> Job:
        """Take a back-up on the runner (into the back-up folder, or `to`); `on_done(path)`. `when_changed`: only
        when worth it (backup_wanted: something changed, and the newest is older than `every`), else None."""

        def work(job, db):
            if when_changed:
                return backup.backup_now(db) if backup_wanted(db, every) else None
            written = backup.backup_now(db, to) if to is not None else backup.backup_now(db)
            job.report(1.0)
            return written

        return self.submit(work, on_done=on_done, on_error=on_error)

    # -- work with the database, off the GUI thread -------------------------------------------------
    def bind(self, work: Callable[[Job, Any], Any]) -> Callable[[Job], Any]:
        """`work(job, db)` as a runner's `work(job)`: the database goes with it into the job, never to a screen."""
        db = self.db
        return lambda job: work(job, db)

    def submit(self, work: Callable[[Job, Any], Any], *, on_done=None, on_error=None, on_progress=None) -> Job:
        """Run `work(job, db)` on the runner; `on_done(result)` / `on_error(exc)` come back on the GUI thread."""
        return self.runner.submit(self.bind(work), on_done=on_done, on_error=on_error, on_progress=on_progress)

    def read(self, query: Callable[[Any], Any], on_done, on_error=None) -> Job:
        """Run `query(db)` off the GUI thread and hand its result to `on_done` on the GUI thread."""
        return self.submit(lambda job, db: query(db), on_done=on_done, on_error=on_error or self._failed)

    # -- reading ------------------------------------------------------------------------------------
    def refresh(self, touched: Iterable[tuple[str, int]] | None = None) -> None:
        """Re-read the commission off the GUI thread; requests while one is running are coalesced.

        `touched`: the (kind, id) of the records an edit changed (the Editor's commands say which): only
        those are read again and only their commitments evaluated again (ui.snapshot_patch), when the
        snapshot shown is of this commission and date; anything else reads the whole commission."""
        if self.db is None or self.commission_id is None:
            self.snapshot = None
            self.loaded.emit(None)
            return
        wanted = None if touched is None else frozenset(touched)
        if self._running:
            if not self._pending:
                self._pending_touched = wanted
            elif self._pending_touched is not None and wanted is not None:
                self._pending_touched |= wanted
            else:
                self._pending_touched = None
            self._pending = True
            return
        self._running = True
        self._pending = False
        self._generation += 1
        self.busy_changed.emit(True)
        generation, db, cid, as_of = self._generation, self.db, self.commission_id, self.as_of
        base = self.snapshot
        if self._read_all or base is None or base.commission.id != cid or base.as_of != as_of:
            wanted = None
        self._read_all = False

        def work(job):
            from commission.services import queries  # loaded by reload_commissions already

            started = time.perf_counter()
            if wanted is not None:
                from commission.ui.snapshot_patch import patched_snapshot

                try:
                    patched = patched_snapshot(db, base, wanted, as_of, self._touched_meanwhile)
                except Exception:  # correctness first: read everything, as before
                    log.exception("Reading only what an edit touched failed; reading the whole commission")
                    patched = None
                if patched is not None:
                    log.debug("Snapshot after an edit of %s in %.0f ms", sorted(wanted), _ms(started))
                    return patched
            from commission.services import partial

            mark = partial.audit_mark(db)  # first: a change made during the read shows as made after it
            data = queries.load_commission_data(db, cid, update_texts=False)  # words: when a commitment is opened
            snap = build_snapshot(data, as_of)
            snap.audit_mark = mark
            log.debug(
                "Snapshot of commission %d as of %s: %d commitment(s), %d update(s) in %.0f ms",
                cid,
                as_of,
                len(data.commitments),
                len(data.updates),
                _ms(started),
            )
            return snap  # consents in force came in load's one query for all members

        def read_all() -> None:
            self.runner.submit(
                work, on_done=lambda snap: self._finished(generation, snap), on_error=self._failed_refresh
            )

        first = self.first
        if base is None and wanted is None and (first is None or (first.commission.id, first.as_of) != (cid, as_of)):
            self._first_figures(generation, db, cid, as_of, then=read_all)
        else:
            read_all()

    def _first_figures(self, generation: int, db, cid: int, as_of: date, then: Callable[[], None]) -> None:
        """The first read of a commission (nothing of it shown yet): the Dashboard's figures alone, read the
        quick way (services.start_figures) and shown (`first_loaded`), then `then()`: the whole commission.
        Should the quick read fail, the whole read shows the figures as before."""
        from commission.services import start_figures

        def arrived(first) -> None:
            if self.db is not db:
                self._running = False  # closed meanwhile: the whole read would be of a database no longer open
                self.busy_changed.emit(False)
                return
            wanted = generation == self._generation and self.snapshot is None  # nothing newer asked for or shown
            if first is not None and wanted and (first.commission.id, first.as_of) == (self.commission_id, self.as_of):
                self.first = first
                self.first_loaded.emit(first)
            then()

        def failed(exc: BaseException) -> None:
            log.warning("Reading the dashboard's figures first failed (%s); reading the whole commission", exc)
            arrived(None)

        def work(job):
            started = time.perf_counter()
            first = start_figures.dashboard_figures(db, cid, as_of)
            log.debug("The dashboard's figures of commission %d as of %s in %.0f ms", cid, as_of, _ms(started))
            return first

        self.runner.submit(work, on_done=arrived, on_error=failed)

    def _touched_meanwhile(self) -> frozenset[tuple[str, int]] | None:
        """What this window's edits made while a read runs touched (the next read reads them), for the running
        read to tell them from someone else's changes; None: the next read reads everything anyway. Called on
        the worker (a look at two attributes)."""
        if not self._pending:
            return frozenset()
        return self._pending_touched

    def _finished(self, generation: int, snap: Snapshot) -> None:
        self._running = False
        self.busy_changed.emit(False)
        if self.db is None:
            return  # closed meanwhile: nothing to show, and nothing to read it with
        if snap.as_of != self.as_of or snap.commission.id != self.commission_id:
            self._read_all_next()
        else:
            self._deliver(generation, snap)
            if self.snapshot is not snap:
                self._read_all_next()  # not shown (a newer date came and went): what it held is not in view
        self._again()

    def _read_all_next(self) -> None:
        self._pending, self._pending_touched = True, None

    def _again(self) -> None:
        if self._pending:
            self.refresh(self._pending_touched)

    def _deliver(self, generation: int, snap: Snapshot) -> None:
        if self.db is None:
            return
        if generation != self._generation or snap.commission.id != self.commission_id or snap.as_of != self.as_of:
            return  # a newer request is on its way
        self.snapshot = snap
        self.first = None  # the Snapshot holds the figures read first, and the rest
        self.loaded.emit(snap)

    def _failed_refresh(self, exc: BaseException) -> None:
        self._running = False
        self.busy_changed.emit(False)
        self._failed(exc)
        self._read_all = True  # the failed read's edits are not in the snapshot shown
        self._again()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.error.emit(str(exc))
        else:
            self.error.emit(f"Something went wrong while reading the commission: {exc}")
