"""The theme tree of the Themes & Insights screen: drag a theme onto another to make it a sub-theme."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from commission.ui.words import percent

ThemeIdRole = Qt.ItemDataRole.UserRole


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour or "#9aa5b1"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    painter.end()
    return QIcon(pixmap)


class ThemeTree(QTreeWidget):
    """Themes as a tree; dropping a theme on another makes it a sub-theme (between rows: a sibling)."""

    reparent = Signal(int, object)  # theme id, new parent id or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderLabels(["Theme", "Progress"])
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setIndentation(18)
        self.setAnimated(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setColumnHidden(1, True)  # each theme's progress is in its tooltip and beside what we heard

    def dropEvent(self, event) -> None:
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        position = self.dropIndicatorPosition()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # the tree is rebuilt from the database once the change is saved
        if dragged is None:
            return
        if target is None or position == QAbstractItemView.DropIndicatorPosition.OnViewport:
            parent = None
        elif position == QAbstractItemView.DropIndicatorPosition.OnItem:
            parent = target
        else:
            parent = target.parent()
        new_parent = parent.data(0, ThemeIdRole) if parent is not None else None
        self.reparent.emit(dragged.data(0, ThemeIdRole), new_parent)

    def fill(self, snap, keep: int | None) -> None:
        """Every theme under its parent, "Everything we heard" first; `keep` chosen (else everything)."""
        self.clear()
        everything = QTreeWidgetItem([self.tr("Everything we heard"), ""])
        everything.setData(0, ThemeIdRole, None)
        everything.setFlags(everything.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
        self.addTopLevelItem(everything)
        items: dict[int, QTreeWidgetItem] = {}
        for theme in sorted(snap.data.themes, key=lambda t: t.name.lower()):
            item = QTreeWidgetItem([theme.name, percent(snap.figures.themes.get(theme.id, 0.0))])
            item.setData(0, ThemeIdRole, theme.id)
            item.setIcon(0, swatch(theme.colour))
            item.setToolTip(
                0,
                f"{theme.name}: {percent(snap.figures.themes.get(theme.id, 0.0))} of its actions done"
                + (f"\n{theme.description}" if theme.description else ""),
            )
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[theme.id] = item
        for theme in snap.data.themes:
            parent = items.get(theme.parent_id)
            (parent.addChild if parent else self.addTopLevelItem)(items[theme.id])
        self.sortItems(0, Qt.SortOrder.AscendingOrder)
        self.takeTopLevelItem(self.indexOfTopLevelItem(everything))
        self.insertTopLevelItem(0, everything)
        self.expandAll()
        self.setCurrentItem(items.get(keep, everything) if keep is not None else everything)
