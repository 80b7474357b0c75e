"""The PySide6 desktop app: the only place Qt is used. It reads and writes through commission.services."""
