"""The PySide6 desktop app: the only place Qt is used. It reads and writes through commission.services."""

from commission.ui.qt_fixes import guard_bool_refcount

guard_bool_refcount()  # before any signal is emitted: see qt_fixes
