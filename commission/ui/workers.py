"""Long work off the GUI thread, results handed back on it (the Picard way).

`Runner.submit(fn, ...)` runs `fn(job)` on a QThreadPool; `job.report(fraction)` moves a progress bar and
raises `Cancelled` once the user has pressed Cancel, so a service that reports progress stops there
(an import then rolls back: nothing is written). Tests swap in `SyncRunner`, which runs the same code
at once on the calling thread, so threaded code is tested deterministically.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from commission.ui import crash


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class Job:
    """What a running job sees: progress reporting and the cancel flag."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self.progress_callback: Callable[[float], None] | None = None
        self._step = -1

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, fraction: float) -> None:
        if self.cancelled:
            raise Cancelled()
        step = int(fraction * 200)  # half a percent: finer steps only flood the GUI thread with events
        if self.progress_callback and step != self._step:
            self._step = step
            self.progress_callback(float(fraction))


class _Relay(QObject):
    """Lives on the GUI thread: signals emitted by a worker are queued to it and delivered there."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(float)

    def __init__(self, on_done, on_error, on_progress, forget):
        super().__init__()
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self._forget = forget
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_done(self, result) -> None:
        self._forget(self)
        if self._on_done:
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, exc) -> None:
        self._forget(self)
        if self._on_error:
            self._on_error(exc)
        elif not isinstance(exc, Cancelled):
            crash.report(exc, "a background job")

    @Slot(float)
    def _deliver_progress(self, fraction: float) -> None:
        if self._on_progress:
            self._on_progress(fraction)


class _Task(QRunnable):
    def __init__(self, fn, job: Job, relay: _Relay):
        super().__init__()
        self.fn, self.job, self.relay = fn, job, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.job)
        except Exception as exc:
            self.relay.failed.emit(exc)
        else:
            if self.job.cancelled:
                self.relay.failed.emit(Cancelled())
            else:
                self.relay.done.emit(result)


class Runner(QObject):
    """Runs jobs on a thread pool; callbacks are called on the GUI thread."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._live: set[_Relay] = set()

    def submit(self, fn: Callable[[Job], Any], *, on_done=None, on_error=None, on_progress=None) -> Job:
        job = Job()
        relay = _Relay(on_done, on_error, on_progress, self._live.discard)
        self._live.add(relay)  # kept alive until its result has been delivered
        job.progress_callback = relay.progressed.emit
        self.pool.start(_Task(fn, job, relay))
        return job

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for every running job (tests and shutdown)."""
        return self.pool.waitForDone(msecs)


class SyncRunner(QObject):
    """The same interface, run at once on the calling thread: deterministic tests."""

    def submit(self, fn, *, on_done=None, on_error=None, on_progress=None) -> Job:
        job = Job()
        job.progress_callback = on_progress
        try:
            result = fn(job)
        except BaseException as exc:
            if on_error:
                on_error(exc)
            elif not isinstance(exc, Cancelled):
                raise
        else:
            if on_done:
                on_done(result)
        return job

    def wait(self, msecs: int = 0) -> bool:
        return True
