"""A commitment's milestones, beside it on the Commitments tab: the steps an organisation plans towards
its pledge, each done, missed or planned as of the dashboard's date (the word in a pill, never colour alone).

Every change goes through the Editor, so Ctrl+Z takes it back: add (a title and an optional due date),
mark done on a date, not done after all, delete.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from commission.milestones import milestone_state
from commission.ui.bases import StoreWidget
from commission.ui.commands import Change
from commission.ui.jobs import show_status
from commission.ui.layouts import line_edit
from commission.ui.models import SortRole
from commission.ui.models.base import RowsModel
from commission.ui.style import SCALES_ITSELF, scaled
from commission.ui.widgets import ColourRole, DateEdit, OptionalDate, heading, muted, table_view
from commission.ui.words import uk_date
from commission.vocab import uk_short_date

D = Qt.ItemDataRole
COLOURS = {"done": "#2e7d32", "missed": "#c62828", "planned": "#616161"}


def _t(text: str) -> str:
    return QCoreApplication.translate("MilestonesPanel", text)


class MilestonesModel(RowsModel):
    COL_TITLE, COL_DUE, COL_DONE, COL_STATE = range(4)
    STRETCH = COL_TITLE
    WIDTHS: ClassVar[dict[int, int]] = {COL_DUE: 92, COL_DONE: 92, COL_STATE: 96}
    PILLS = (COL_STATE,)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.HEADERS = (_t("Milestone"), _t("Due"), _t("Done on"), _t("State"))
        self.as_of = date.today()

    def set_milestones(self, milestones, as_of: date) -> None:
        self.as_of = as_of
        self.set_rows(sorted(milestones, key=lambda ms: (ms.due is None, ms.due or date.max, ms.title)))

    def state(self, ms) -> str:
        return milestone_state(ms.due, ms.done_on, self.as_of)

    def cell(self, ms, column: int, role: int):
        if role in (D.DisplayRole, D.ToolTipRole):
            if column == self.COL_TITLE:
                return ms.title
            if column == self.COL_DUE:
                return uk_short_date(ms.due) or "—"
            if column == self.COL_DONE:
                return uk_short_date(ms.done_on) if ms.done_on and ms.done_on <= self.as_of else "—"
            if column == self.COL_STATE:
                return _t(self.state(ms))
        if role == ColourRole and column == self.COL_STATE:
            return COLOURS[self.state(ms)]
        if role == SortRole:
            return (
                ms.title.lower(),
                ms.due.isoformat() if ms.due else "9999",
                ms.done_on.isoformat() if ms.done_on else "",
                self.state(ms),
            )[column]
        return None


class MilestonesPanel(StoreWidget):
    """The milestones of the commitment on show, and the controls to change them."""

    counted = Signal(str)  # "1 missed of 3", for the tab's label ("" with none)

    def __init__(self, store, editor, parent=None):
        super().__init__(store, editor, parent)
        self.commitment_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(heading(self.tr("Milestones")), 1)
        self.summary = muted("", wrap=False)
        head.addWidget(self.summary)
        layout.addLayout(head)
        self.model = MilestonesModel(self)
        self.table = table_view(self.model, sortable=False)
        self._placed: tuple[int, bool, int] | None = None  # after a delete or its undo: (milestone, back, row)
        self.table.setProperty(SCALES_ITSELF, True)
        self.table.setAccessibleName(self.tr("Milestones of this commitment"))
        layout.addWidget(self.table)
        self.empty = muted(
            self.tr("No milestones yet — add the first step this organisation plans towards its pledge.")
        )
        layout.addWidget(self.empty)
        layout.addStretch(1)

        add = QHBoxLayout()
        self.title = line_edit(self.tr("Title of the new milestone"), self.tr("New milestone, e.g. “Web form live”"))
        self.due = OptionalDate(self.tr("Due"))
        self.due.setAccessibleName(self.tr("Due date of the new milestone"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the milestone"))
        add.addWidget(self.title, 1)
        title_label = QLabel(self.tr("New milestone"))  # stays when the placeholder goes
        title_label.setBuddy(self.title)
        add.insertWidget(0, title_label)
        add.addWidget(self.due)
        add.addWidget(self.add_button)
        layout.addLayout(add)

        act = QHBoxLayout()
        self.done_on = DateEdit(date.today())
        self.done_on.setAccessibleName(self.tr("Date the chosen milestone was done"))
        self.done_button = QPushButton(self.tr("Mark done on"))
        self.done_button.setAccessibleName(self.tr("Mark the chosen milestone done on this date"))
        self.undone_button = QPushButton(self.tr("Not done"))
        self.undone_button.setAccessibleName(self.tr("Mark the chosen milestone not done"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen milestone"))
        act.addWidget(self.done_button)
        act.addWidget(self.done_on)
        act.addWidget(self.undone_button)
        act.addStretch(1)
        act.addWidget(self.delete_button)
        layout.addLayout(act)

        self.add_button.clicked.connect(self.add)
        self.title.returnPressed.connect(self.add)
        self.done_button.clicked.connect(lambda: self.mark_done(self.done_on.value()))
        self.undone_button.clicked.connect(lambda: self.mark_done(None))
        self.delete_button.clicked.connect(self.delete)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        self._buttons()

    def show_commitment(self, snap, commitment_id: int | None) -> None:
        keep = self.chosen()
        changed = commitment_id != self.commitment_id
        self.commitment_id = commitment_id
        milestones = snap.data.milestones_by_commitment.get(commitment_id, []) if snap and commitment_id else []
        self.model.set_milestones(milestones, snap.as_of if snap else date.today())
        placed, self._placed = self._placed, None
        if placed is not None and not changed:  # after a delete: the row in its place; after the undo: it
            ms_id, back, row = placed
            if back and self.model.row_of(ms_id) >= 0:
                row = self.model.row_of(ms_id)
            elif back or self.model.row_of(ms_id) >= 0:
                self._placed = placed  # not read again yet
                row = -1
            if row >= 0 and self.model.rows:
                self.table.setCurrentIndex(self.model.index(min(row, len(self.model.rows) - 1), 0))
                self.table.selectRow(min(row, len(self.model.rows) - 1))
                if self.table.isVisible():
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # never left on the Delete button
                keep = None
        if not changed and keep is not None:
            row = self.model.row_of(keep.id)
            if row >= 0:
                self.table.selectRow(row)
        if changed:
            self.done_on.set_value(snap.as_of if snap else date.today())
        states = [self.model.state(ms) for ms in milestones]
        self.summary.setText(
            ", ".join(f"{states.count(s)} {self.tr(s)}" for s in ("done", "missed", "planned") if states.count(s))
            if states
            else ""
        )
        self.table.setVisible(bool(milestones))
        rows = min(max(len(milestones), 1), 6)  # room for every row up to six, then it scrolls
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows * scaled(32) + 4)
        self.empty.setVisible(not milestones)
        self.setEnabled(commitment_id is not None)
        missed = states.count("missed")
        self.counted.emit(
            (self.tr("{0} missed of {1}").format(missed, len(states)) if missed else str(len(states))) if states else ""
        )
        self._buttons()

    def chosen(self):
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def _buttons(self) -> None:
        ms = self.chosen()
        for button in (self.done_button, self.delete_button):
            button.setEnabled(ms is not None)
        self.undone_button.setEnabled(ms is not None and ms.done_on is not None)

    # -- changing ------------------------------------------------------------------------------------
    def add(self) -> None:
        title = " ".join(self.title.text().split())
        if self.commitment_id is None:
            return
        if not title:
            self.store.error.emit(self.tr("A milestone needs a title: say what the step is."))
            return
        if any(ms.title == title for ms in self.model.rows):
            self.store.error.emit(self.tr("This commitment already has a milestone called “{0}”.").format(title))
            return
        values = {"commitment_id": self.commitment_id, "title": title, "due": self.due.value()}
        if self.editor.create("milestone", values, text=self.tr("Add milestone")):
            self.title.clear()
            self.due.set_value(None)

    def mark_done(self, when: date | None) -> None:
        ms = self.chosen()
        if ms is None:
            return
        text = (
            self.tr("Mark milestone done on {0}").format(uk_date(when)) if when else self.tr("Mark milestone not done")
        )
        self.editor.edit(Change("milestone", ms.id, {"done_on": ms.done_on}, {"done_on": when}, None), text)

    def delete(self) -> None:
        ms = self.chosen()
        row = self.table.currentIndex().row()

        def placed(back: bool, ms_id=ms.id if ms else 0) -> None:
            self._placed = (ms_id, back, row)

        if ms is not None and self.editor.delete("milestone", ms.id, self.tr("Delete milestone"), placed=placed):
            if self.model.rows:
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            show_status(self, self.tr("Milestone deleted. Ctrl+Z brings it back."), 8000)
