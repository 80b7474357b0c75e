"""The shared shape of the app's table models: rows from a Snapshot, COL_* constants, custom roles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from commission.ui.widgets import ColourRole, ProgressRole

IdRole = Qt.ItemDataRole.UserRole + 1  # the record's database id
SortRole = Qt.ItemDataRole.UserRole + 2  # a value that sorts properly (dates as ISO, numbers as numbers)
StateRole = Qt.ItemDataRole.UserRole + 3  # a commitment's reporting state
RecordRole = Qt.ItemDataRole.UserRole + 4  # the plain row object itself

__all__ = ["ColourRole", "IdRole", "ProgressRole", "RecordRole", "RowsModel", "SortRole", "StateRole"]

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A table over a list of row objects; subclasses say what each column shows."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Any] = []

    # Qt's side
    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("headers", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == IdRole:
            return self.row_id(row)
        if role == RecordRole:
            return row
        return self.cell(row, index.column(), role)

    # our side
    def cell(self, row: Any, column: int, role: int):  # pragma: no cover - abstract
        raise NotImplementedError

    def row_id(self, row: Any) -> int | None:
        return getattr(row, "id", None)

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, record_id: int) -> int:
        for number, row in enumerate(self.rows):
            if self.row_id(row) == record_id:
                return number
        return -1
