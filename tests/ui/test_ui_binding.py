"""The Qt binding must not wear away True or None: PySide6 6.12.0 took a reference from them on every
signal, and Python 3.11 aborts when one reaches zero (pyproject pins PySide6 below 6.12 for that)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox

from commission.ui.workers import Job


class Emitter(QObject):
    progressed = Signal(float)
    ping = Signal()


def test_signals_leave_true_and_none_alone(qtbot):
    emitter = Emitter()
    emitter.progressed.connect(lambda _f: None)
    box = QCheckBox()
    qtbot.addWidget(box)
    box.toggled.connect(lambda _on: None)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(2000):
        emitter.progressed.emit(0.5)
        emitter.ping.emit()
        box.toggle()
    assert sys.getrefcount(True) >= true_before - 10
    assert sys.getrefcount(None) >= none_before - 10


def test_progress_is_reported_in_half_percent_steps():
    seen = []
    job = Job()
    job.progress_callback = seen.append
    for i in range(10_001):
        job.report(i / 10_000)
    assert len(seen) == 201 and seen[0] == 0.0 and seen[-1] == 1.0
