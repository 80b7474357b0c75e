"""The shared shape of the app's table models: rows from a Snapshot, COL_* constants, custom roles."""

from __future__ import annotations

import operator
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from commission.ui.widgets import ColourRole, ProgressRole

IdRole = Qt.ItemDataRole.UserRole + 1  # the record's database id
SortRole = Qt.ItemDataRole.UserRole + 2  # a value that sorts properly (dates as ISO, numbers as numbers)
StateRole = Qt.ItemDataRole.UserRole + 3  # a commitment's reporting state
RecordRole = Qt.ItemDataRole.UserRole + 4  # the plain row object itself

__all__ = [
    "ColourRole",
    "IdRole",
    "ProgressRole",
    "RecordRole",
    "RowsModel",
    "SnapshotModel",
    "SortRole",
    "StateRole",
    "columns",
]

Index = QModelIndex | QPersistentModelIndex

ROLE_PARTS = {
    Qt.ItemDataRole.DisplayRole: "_display_data",
    Qt.ItemDataRole.ToolTipRole: "_tooltip_data",
    Qt.ItemDataRole.TextAlignmentRole: "_alignment_data",
    SortRole: "_sort_data",
    ColourRole: "_colour_data",
    ProgressRole: "_progress_data",
}


def columns(*declared: str | tuple[str, int]) -> tuple[tuple[str, ...], dict[int, int]]:
    """A model's HEADERS and WIDTHS from its columns, in order, each said once: its header (marked with
    words.header_word), alone or with the width the column starts at (`HEADERS, WIDTHS = columns(...)`)."""
    headers = tuple(c if isinstance(c, str) else c[0] for c in declared)
    return headers, {n: c[1] for n, c in enumerate(declared) if not isinstance(c, str)}


class RowsModel(QAbstractTableModel):
    """A table over a list of row objects; subclasses say what each column shows."""

    HEADERS: tuple[str, ...] = ()
    # how a table shows the model (widgets.table_view): the column that stretches, the others' widths,
    # and the columns drawn as pills (ColourRole) or progress bars (ProgressRole)
    STRETCH: int | None = None
    WIDTHS: ClassVar[dict[int, int]] = {}
    PILLS: tuple[int, ...] = ()
    PROGRESS: tuple[int, ...] = ()
    CENTRED: tuple[int, ...] = ()  # the columns whose text is centred (counts)

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
    def cell(self, row: Any, column: int, role: int):
        """What `row` shows in `column` for `role`, asked of the part that answers that role (as Vorta's
        archive table does): `_display_data`, `_tooltip_data`, `_sort_data`, `_colour_data`, `_progress_data`,
        `_alignment_data`; any other role goes to `_role_data`. A model may instead override `cell` itself."""
        part = ROLE_PARTS.get(role)
        if part is None:
            return self._role_data(row, column, role)
        answer = getattr(self, part, None)
        return answer(row, column) if answer is not None else None

    def _role_data(self, row: Any, column: int, role: int):
        return None

    def _alignment_data(self, row: Any, column: int):
        return int(Qt.AlignmentFlag.AlignCenter) if column in self.CENTRED else None

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


def same_records(before: list, after: list, row_id) -> bool:
    """`after` holds the same records as `before`, in the same order (their values may differ). With the
    usual row_id (a row's `id`), the ids are compared at C speed: after an edit at xl, thousands of rows."""
    if len(before) != len(after):
        return False
    if getattr(row_id, "__func__", None) is RowsModel.row_id:
        try:
            return list(map(_ids, before)) == list(map(_ids, after))
        except AttributeError:  # a row without one: compared one by one below
            pass
    return all(row_id(x) == row_id(y) for x, y in zip(before, after, strict=True))


_ids = operator.attrgetter("id")


class SnapshotModel(RowsModel):
    """A table whose rows come from a Snapshot: a subclass says which (`rows_of`)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.snapshot = None

    def set_snapshot(self, snapshot) -> None:
        rows = self.rows_of(snapshot) if snapshot else []
        if self.snapshot is not None and snapshot is not None and same_records(self.rows, rows, self.row_id):
            # After an edit mostly the same records in the same places: their cells may say something new,
            # but a reset would make every view lay out all its rows again and forget what was selected.
            self.snapshot, self.rows = snapshot, rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.snapshot = snapshot
        self.rows = rows
        self.endResetModel()

    def rows_of(self, snapshot) -> list:  # pragma: no cover - abstract
        raise NotImplementedError
