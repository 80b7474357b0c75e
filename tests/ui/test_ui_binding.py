"""Signals emitted from Python must not wear away True (PySide6 6.12.0 on Python 3.11: see qt_fixes)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import commission.ui  # noqa: F401 - applies the fix on import
from commission.ui.workers import Job


class Emitter(QObject):
    progressed = Signal(float)


def test_thousands_of_emits_leave_true_alive():
    emitter = Emitter()
    emitter.progressed.connect(lambda _f: None)
    before = sys.getrefcount(True)
    for _ in range(5000):  # more than True's whole count on an unpatched 3.11: the process would abort
        emitter.progressed.emit(0.5)
    assert sys.getrefcount(True) > 1000
    assert before > 1000


def test_progress_is_reported_in_half_percent_steps():
    seen = []
    job = Job()
    job.progress_callback = seen.append
    for i in range(10_001):
        job.report(i / 10_000)
    assert len(seen) == 201 and seen[0] == 0.0 and seen[-1] == 1.0
