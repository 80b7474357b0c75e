"""A colleague's change on a shared database, shown without waiting for this window's next edit.

Every 20 seconds, off the GUI thread, a look at the audit trail (every change writes an entry): when someone
else has changed this commission since the Snapshot on show was read (services.partial.changes_since, what
the Store checks at an edit), the whole commission is read again, as after an edit the Store could not patch.
Never while this window's own edit is being read in, while a conflict waits for a choice, or while a look
is still on its way; the screens keep their chosen records (they always do) and their scroll positions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

log = logging.getLogger(__name__)

INTERVAL_MS = 20_000


def someone_changed(db, commission_id: int, mark: int) -> bool:
    """Someone changed commission `commission_id` (or data of no commission) after audit entry `mark`, or the
    trail is shorter than it was (the database was restored from a back-up). On a worker thread."""
    from commission.services import partial

    last = partial.audit_mark(db)  # one indexed look, mostly all there is to do
    if last == mark:
        return False
    if last < mark:
        return True
    changed, _last = partial.changes_since(db, commission_id, mark)
    return bool(changed)


class ColleagueWatch(QObject):
    """Looks for colleagues' changes every `interval_ms` while a commission is open (`start`, `stop`).
    `busy()`: this window is in the middle of something a re-read must not cut into (a conflict open)."""

    def __init__(self, store, root: QWidget, busy: Callable[[], bool] = lambda: False, interval_ms: int = INTERVAL_MS):
        super().__init__(root)
        self.store, self.root, self.busy = store, root, busy
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self._looking = False
        self._reading = False  # a re-read this asked for is on its way
        self._scrolled: list[tuple[QAbstractScrollArea, int, int]] = []
        store.busy_changed.connect(self._read_done)
        store.loaded.connect(self._shown)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _quiet(self) -> bool:
        """Nothing of this window's own is on its way or waiting (an edit's read, a re-read, a conflict)."""
        store = self.store
        return not (store._running or store._pending or self._reading or self.busy())

    def check(self) -> None:
        snap = self.store.snapshot
        if self._looking or snap is None or snap.audit_mark is None or not self.store.is_open or not self._quiet():
            return
        self._looking = True
        cid, mark = snap.commission.id, snap.audit_mark
        self.store.read(
            lambda db: someone_changed(db, cid, mark),
            on_done=lambda changed: self._looked(snap, changed),
            on_error=self._failed,
        )

    def _looked(self, snap, changed: bool) -> None:
        self._looking = False
        if not changed or self.store.snapshot is not snap or not self._quiet():
            return  # nothing new, or a newer read came meanwhile (it has its own mark: looked at next time)
        log.info("Someone else changed commission %d: reading it again", snap.commission.id)
        self._reading = True
        self.store.refresh()  # no touched records: the whole commission

    def _failed(self, exc: BaseException) -> None:
        self._looking = False  # a lost connection says so at the next edit; the next look tries again
        log.warning("Looking for colleagues' changes failed: %s", exc)

    def _read_done(self, busy: bool) -> None:
        """The re-read is done and about to be shown (the Store says so just before it hands the Snapshot to
        the screens): where each list and panel is scrolled to is noted, to be put back once it is shown."""
        if busy or not self._reading:
            return
        self._reading = False
        self._scrolled = [
            (area, area.horizontalScrollBar().value(), area.verticalScrollBar().value())
            for area in self.root.findChildren(QAbstractScrollArea)
            if area.isVisible()
        ]
        QTimer.singleShot(0, self._scrolled.clear)  # the read failed, or was not shown: nothing to put back

    def _shown(self, _snap) -> None:
        scrolled, self._scrolled = self._scrolled, []
        for area, x, y in scrolled:
            area.horizontalScrollBar().setValue(x)
            area.verticalScrollBar().setValue(y)
