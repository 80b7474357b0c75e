"""Work-arounds for bugs in the Qt binding, applied once when commission.ui is imported.

PySide6 6.12.0 returns True from ``SignalInstance.emit()`` without taking a new reference, so each signal
emitted from Python takes one reference away from ``True``. On Python 3.11 ``True`` is an ordinary object
(3.12 made it immortal): after a few hundred emits (a report's progress bar alone emits that many) its
count reaches zero and the interpreter aborts with "Fatal Python error: bool_dealloc". A probe finds out
whether the binding in use has the bug; only then is ``True`` given the same effectively endless reference
count Python 3.12 gives it. With a fixed binding, or Python 3.12+, nothing is changed.
"""

from __future__ import annotations

import ctypes
import sys

_applied = False


def emit_steals_true() -> bool:
    """True when emitting a signal takes a reference from True (the PySide6 6.12.0 bug)."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        ctypes.c_ssize_t.from_address(id(True)).value += lost  # give back what the probe took
    return lost >= 8


def guard_bool_refcount() -> bool:
    """Make True's reference count endless when the binding loses references to it; whether it did."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    if emit_steals_true():
        # ob_refcnt is the first field of every CPython object: the same trick 3.12's immortal objects use
        ctypes.c_ssize_t.from_address(id(True)).value += 1 << 40
        _applied = True
    return _applied
