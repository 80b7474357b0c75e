"""Frameworks in the app: the checklist beside an action (one group per framework), and the coverage view
on Themes & Insights (each area's actions, their progress and states, and the areas no action addresses)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission import frameworks as fw
from commission.ui import framework_commands
from commission.ui.bases import StoreWidget
from commission.ui.jobs import show_status
from commission.ui.models import IdRole
from commission.ui.style import MUTED, pill_colours
from commission.ui.widgets import CheckList, StackWhenNarrow, heading, link_button, muted, paint_pill
from commission.ui.words import percent
from commission.vocab import STATE_COLOURS, STATES

STATES_ROLE = Qt.ItemDataRole.UserRole + 5  # an area's or action's commitments by state (past ui.models' roles)


class StatesDelegate(QStyledItemDelegate):
    """Commitments by state as the five states always look: each word on its colour, with its count."""

    def paint(self, painter, option, index) -> None:
        states = index.data(STATES_ROLE)
        if not states:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        metrics = QFontMetrics(option.font)
        rect = QRect(option.rect)
        for state in STATES:
            if not states.get(state):
                continue
            word = f"{states[state]} {_tr(state)}"
            width = metrics.horizontalAdvance(f"● {word}") + 30
            paint_pill(
                painter, QRect(rect.left(), rect.top(), width, rect.height()), word, STATE_COLOURS[state], option.font
            )
            rect.setLeft(rect.left() + width - 4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Frameworks", text)


def states_words(states: dict[str, int]) -> str:
    return ", ".join(f"{states[s]} {_tr(s)}" for s in STATES if states.get(s))


class ActionFrameworks(QWidget):
    """A checklist per framework of the areas an action addresses; each tick is one undoable change."""

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.action = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(heading(self.tr("Frameworks it addresses")))
        self.checks = CheckList(self.tr("Filter framework areas…"))
        self.checks.setAccessibleName(self.tr("Framework areas this action addresses"))
        self.checks.list.setAccessibleName(self.tr("Framework areas this action addresses"))
        self.checks.changed.connect(self._changed)
        layout.addWidget(self.checks, 1)

    def show_action(self, snap, action) -> None:
        self.action = action
        items = [(area.id, area.label, f.name) for f in snap.data.frameworks for area in f.areas]
        self.checks.set_items(items, action.area_ids)

    def _changed(self) -> None:
        if self.action is None:
            return
        self.editor.set_links(
            "action",
            self.action.id,
            "framework_areas",
            self.action.area_ids,
            self.checks.checked_ids(),
            self.tr("Tag action with framework areas"),
        )


class AddFrameworkDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add your own framework"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "A framework is a named list of areas, for example the areas of your council's "
                    "well-being plan. Tag actions with its areas to show which ones they address."
                )
            )
        )
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Framework name"))
        self.areas = QPlainTextEdit()
        self.areas.setPlaceholderText(self.tr("One area on each line"))
        self.areas.setAccessibleName(self.tr("Areas, one on each line"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Areas"), self.areas)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, list[str]]:
        return self.name.text(), self.areas.toPlainText().splitlines()


class CoverageView(StoreWidget):
    """Each area of the chosen framework: its actions with their progress and states; uncovered areas called out."""

    open_record = Signal(str, int)

    def __init__(self, store, editor, parent=None):
        super().__init__(store, editor, parent)
        self.snapshot = None
        self.dialog: AddFrameworkDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = StackWhenNarrow()  # the chooser and Add under the title when they do not fit beside it (150%)
        title = heading(self.tr("Which areas our actions address"), "pageTitle")
        title.setWordWrap(True)  # a long title (in Welsh, at a large text size) wraps rather than widen the page
        top.addWidget(title, 1)
        choose = StackWhenNarrow()  # and Add under the chooser when even those two do not fit
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Framework"))
        self.chooser.setMinimumContentsLength(20)
        self.chooser.currentIndexChanged.connect(lambda _i: self._fill())
        choose.addWidget(self.chooser)
        self.add_button = QPushButton(self.tr("Add your own framework…"))
        self.add_button.setAccessibleName(self.tr("Add your own framework"))
        self.add_button.clicked.connect(self.add_framework)
        choose.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        top.addLayout(choose)
        layout.addLayout(top)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Areas no action addresses"))
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("Area and its actions"),
                self.tr("Actions"),
                self.tr("Progress"),
                self.tr("Commitments by state"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Framework coverage"))
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 70), (2, 80), (3, 280)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(column, width)
        header.setStretchLastSection(False)
        self.tree.setColumnWidth(3, 450)
        self.tree.setItemDelegateForColumn(3, StatesDelegate(self.tree))
        self.tree.itemDoubleClicked.connect(self._open)
        layout.addWidget(self.tree, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(
            muted(
                self.tr("Tag actions with areas on Actions & Commitments ▸ Actions. Double-click an action to open it.")
            ),
            1,
        )
        self.delete_button = link_button(self.tr("Delete this framework"))
        self.delete_button.setAccessibleName(self.tr("Delete this framework"))
        self.delete_button.clicked.connect(self.delete_framework)
        bottom.addWidget(self.delete_button)
        layout.addLayout(bottom)

    def set_snapshot(self, snap) -> None:
        self.snapshot = snap
        if snap is None:
            return
        keep = self.chooser.currentData()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for f in snap.data.frameworks:
            self.chooser.addItem(f.name if f.preset else self.tr("%1 (your own)").replace("%1", f.name), f.id)
        index = self.chooser.findData(keep)
        self.chooser.setCurrentIndex(index if index >= 0 else 0)
        self.chooser.blockSignals(False)
        self._fill()

    def current(self) -> fw.FrameworkCoverage | None:
        if self.snapshot is None:
            return None
        framework_id = self.chooser.currentData()
        return next((c for c in fw.coverage(self.snapshot.data, self.snapshot.figures) if c.id == framework_id), None)

    def _fill(self) -> None:
        self.tree.clear()
        cov = self.current()
        self.delete_button.setVisible(cov is not None and not cov.preset)
        if cov is None:
            self.summary.setText(self.tr("No frameworks yet."))
            return
        uncovered = cov.uncovered
        if not cov.used:
            self.summary.setText(self.tr("No action is tagged with this framework yet."))
        elif uncovered:
            self.summary.setText(
                self.tr("<b>Not yet addressed by any action:</b> %1.").replace(
                    "%1", "; ".join(a.label for a in uncovered)
                )
            )
        else:
            self.summary.setText(self.tr("Every area has at least one action."))
        bold = QFont(self.tree.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for area in cov.areas:
            item = QTreeWidgetItem(
                [
                    area.label,
                    str(len(area.actions)),
                    percent(area.progress) if area.covered else "—",
                    states_words(area.states) if area.covered else self.tr("No action addresses this yet"),
                ]
            )
            item.setFont(0, bold)
            item.setToolTip(0, area.label)
            if area.covered:
                item.setData(3, STATES_ROLE, area.states)
            if not area.covered:
                for column in range(4):
                    item.setForeground(column, QBrush(QColor(pill_colours(STATE_COLOURS["at risk"])[1])))
                item.setBackground(0, QBrush(QColor("#fff4e0")))
            for action in area.actions:
                child = QTreeWidgetItem(
                    [
                        f"{action.ref}  {action.title}",
                        "",
                        percent(action.progress),
                        states_words(action.states) or self.tr("no commitments yet"),
                    ]
                )
                child.setData(0, IdRole, action.id)
                child.setData(3, STATES_ROLE, action.states if any(action.states.values()) else None)
                child.setToolTip(0, action.title)
                child.setForeground(3, QBrush(QColor(MUTED)))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        action_id = item.data(0, IdRole)
        if action_id is not None:
            self.open_record.emit("action", action_id)

    def add_framework(self) -> None:
        if self.store.commission_id is None:
            return
        self.dialog = AddFrameworkDialog(self)
        self.dialog.accepted.connect(self._add_accepted)
        self.dialog.open()

    def _add_accepted(self) -> None:
        assert self.dialog is not None  # its accepted signal called this
        name, areas = self.dialog.values()
        result = framework_commands.add(self.editor, self.store.commission_id, name, areas)
        if result:
            self.chooser.blockSignals(True)
            self.chooser.addItem(name, result["id"])
            self.chooser.setCurrentIndex(self.chooser.count() - 1)
            self.chooser.blockSignals(False)

    def delete_framework(self) -> None:
        cov = self.current()
        if cov is None or cov.preset:
            return
        if self.editor.delete("framework", cov.id, self.tr("Delete framework")):
            show_status(self, self.tr("Framework deleted, with its tags on actions. Ctrl+Z brings them back."), 8000)
