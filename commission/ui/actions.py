"""Actions & Commitments: what the commission agreed, who committed to what, and what has happened since."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commission.ui import widgets as w
from commission.ui.bases import StoreWidget
from commission.ui.bilingual import english_and_welsh
from commission.ui.commitments import CommitmentsTab
from commission.ui.dialogs import ActionDialog, insight_items
from commission.ui.flow_layout import button_row
from commission.ui.forms import RecordForm
from commission.ui.history import history_button
from commission.ui.list_editor import ListEditor
from commission.ui.models import ActionsModel
from commission.ui.new_record import NewRecord
from commission.ui.words import percent, short_text, state_of, uk_date, uk_short_date


class ActionsTab(ListEditor):
    def __init__(self, store, editor, parent=None):
        super().__init__(store, editor, parent)
        self.action_dialog: ActionDialog | None = None
        self.new_record = NewRecord(self, lambda snap, record_id: record_id in snap.actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        self.model = ActionsModel(self)
        self.table = w.table_view(self.model, name=self.tr("Actions"))
        self.table.sortByColumn(ActionsModel.COL_REF, Qt.SortOrder.AscendingOrder)
        self.stack, self.empty = self.or_first_record(
            self.over_detail(self._detail(), [250, 350]),
            self.tr("No actions agreed yet"),
            self.tr("When the commission agrees what should change, record it here and link it to what we heard."),
            self.tr("Agree an action"),
        )
        layout.addWidget(self.stack)
        self.when_picked(self.table, self.picked)

    def _detail(self) -> QWidget:
        self.detail, outer = w.side_panel(w.StackWhenNarrow, (16, 12, 16, 12), 18)
        left = QVBoxLayout()
        self.detail_title = w.heading("")
        left.addWidget(self.detail_title)
        self.form = RecordForm(self.editor, "action", self)
        self.forms = (self.form,)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        self.title_edit = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(58)
        self.session = QComboBox()
        form.addRow(self.tr("Action"), english_and_welsh(self.form, "title", self.title_edit, self.tr("Action")))
        form.addRow(
            self.tr("What it means"),
            english_and_welsh(self.form, "description", self.description, self.tr("What it means")),
        )
        form.addRow(self.tr("Agreed at"), self.session)
        left.addLayout(form)
        self.form.bind("title", self.title_edit, required=True)
        self.form.bind("description", self.description)
        self.form.bind("agreed_session_id", self.session)
        commitments_head = QHBoxLayout()
        commitments_head.addWidget(w.heading(self.tr("Commitments")), 1)
        self.add_commitment = QPushButton(self.tr("Add commitment…"))
        commitments_head.addWidget(self.add_commitment)
        left.addLayout(commitments_head)
        self.commitments = QListWidget()
        self.commitments.setAccessibleName(self.tr("Commitments towards this action"))
        self.commitments.setWordWrap(True)
        left.addWidget(self.commitments, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(history_button(self.form))
        self.delete_button = w.link_button(self.tr("Delete action"))
        self.delete_button.clicked.connect(self.delete_current)
        bottom.addWidget(self.delete_button)
        left.addLayout(bottom)
        right = QVBoxLayout()
        right.addWidget(w.heading(self.tr("What we heard that it answers")))
        self.insights = w.CheckList("Filter what we heard…")
        self.insights.changed.connect(self._insights_changed)
        right.addWidget(self.insights, 1)
        from commission.ui.frameworks import ActionFrameworks

        self.frameworks = ActionFrameworks(self.editor, self)  # a checklist per framework, beside the action
        right.addWidget(self.frameworks, 1)
        w.side_by_side(outer, left, right, 5, 4)
        return self.detail

    def filled(self, snap) -> None:
        self.stack.setCurrentWidget(self.splitter if self.model.rowCount() else self.empty)
        if snap is None:
            return
        self.session.blockSignals(True)
        self.session.clear()
        self.session.addItem(self.tr("Not recorded"), None)
        for s in sorted(snap.data.sessions, key=lambda s: s.date, reverse=True):
            self.session.addItem(f"{uk_short_date(s.date)} — {s.title}", s.id)
        self.session.blockSignals(False)

    def show_current(self) -> None:
        snap, action_id = self.snapshot, w.current_id(self.table)
        if snap is None or action_id not in snap.actions:
            self.form.load(None)
            self.detail.setEnabled(False)
            return
        self.detail.setEnabled(True)
        action = snap.actions[action_id]
        self.detail_title.setText(f"{action.ref} · {percent(snap.figures.actions.get(action_id, 0.0))} done")
        self.form.load(action_id)
        self.insights.set_items(insight_items(snap), action.insight_ids)
        self.frameworks.show_action(snap, action)
        self.commitments.clear()
        for cid in snap.commitments_by_action.get(action_id, []):
            c, (state, colour) = snap.commitments[cid], state_of(snap, cid)
            org = snap.organisations.get(c.organisation_id)
            due = f", due {uk_date(c.due)}" if c.due else ""
            item = QListWidgetItem(f"● {state} — {org.name if org else ''}: {short_text(c.pledge, 90)}{due}")
            item.setForeground(_darker(colour))
            item.setData(Qt.ItemDataRole.UserRole, cid)
            item.setToolTip(c.pledge)
            self.commitments.addItem(item)
        if not self.commitments.count():
            self.commitments.addItem(self.tr("No commitments yet: add the first organisation's pledge."))

    def current_action(self) -> int | None:
        return w.current_id(self.table)

    def new_item(self) -> None:
        if self.snapshot is None:
            return
        self.action_dialog = ActionDialog(self.snapshot, self)
        self.action_dialog.accepted.connect(self._action_accepted)
        self.action_dialog.open()

    def _action_accepted(self) -> None:
        dialog = self.action_dialog
        assert dialog is not None  # its accepted signal called this
        values = {"commission_id": self.store.commission_id, **dialog.values()}
        result = self.editor.create("action", values, {"insights": dialog.insights.checked_ids()}, "Agree action")
        self.expect_new(result, self.show_record, self.table)

    def _insights_changed(self) -> None:
        self.save_links("action", "insights", self.table, self.insights, "Link action to what we heard")

    def delete_current(self) -> None:
        self.delete_chosen(
            "action",
            self.table,
            "Delete action",
            self.tr("Action deleted, with its commitments. Ctrl+Z brings them back."),
        )

    def show_record(self, action_id: int) -> None:
        w.select_record(self.table, action_id)
        self.show_current()


def _darker(colour: str):
    from commission.ui.style import pill_colours

    return pill_colours(colour)[1]


class ActionsScreen(StoreWidget):
    title = "Actions & Commitments"
    actions: ActionsTab  # type: ignore[assignment]  # the tab shadows QWidget.actions(), not used here

    def __init__(self, store, editor, parent=None):
        super().__init__(store, editor, parent)
        layout = w.page_layout(self, 6)
        head = QHBoxLayout()
        titles, self.subtitle = w.page_titles(self.tr("Actions & Commitments"))
        head.addLayout(titles, 1)
        self.agree_button = QPushButton(self.tr("Agree an action…"))
        self.commit_button = w.primary_button(self.tr("Add commitment…"))
        # the buttons wrap onto a second line rather than make the screen wider than a laptop's window
        buttons, row = button_row()
        row.addWidget(self.agree_button)
        row.addWidget(self.commit_button)
        head.addWidget(buttons, 1)
        self.header = row  # other workflows add their buttons here (update returns, import pledges)
        layout.addLayout(head)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.commitments = CommitmentsTab(store, editor)
        self.actions = ActionsTab(store, editor)
        self.tabs.addTab(self.commitments, self.tr("Commitments"))
        self.tabs.addTab(self.actions, self.tr("Actions"))
        layout.addWidget(self.tabs, 1)
        self.agree_button.clicked.connect(self.agree_action)
        self.commit_button.clicked.connect(self.add_commitment)
        self.actions.add_commitment.clicked.connect(lambda: self.commitments.new_item(self.actions.current_action()))
        self.actions.commitments.itemDoubleClicked.connect(self._open_commitment_item)
        self.commitments.action_link.clicked.connect(self._open_action_of_commitment)
        self.commitments.created.connect(lambda _cid: self.tabs.setCurrentWidget(self.commitments))
        self.commitments.agree_first.connect(self.agree_action)

    def set_snapshot(self, snap) -> None:
        self.commitments.set_snapshot(snap)
        self.actions.set_snapshot(snap)
        if snap is not None:
            self.subtitle.setText(
                self.tr("States and progress as of %1: change the date on the Dashboard.").replace(
                    "%1", uk_date(snap.as_of)
                )
            )

    def agree_action(self) -> None:
        self.tabs.setCurrentWidget(self.actions)
        self.actions.new_item()

    def add_commitment(self) -> None:
        action_id = self.actions.current_action() if self.tabs.currentWidget() is self.actions else None
        self.commitments.new_item(action_id)

    def new_item(self) -> None:
        """Ctrl+N: a new action on the Actions tab, a new commitment on the Commitments tab."""
        if self.tabs.currentWidget() is self.actions:
            self.agree_action()
        else:
            self.add_commitment()

    def _open_commitment_item(self, item: QListWidgetItem) -> None:
        commitment_id = item.data(Qt.ItemDataRole.UserRole)
        if commitment_id is not None:
            self.show_record("commitment", commitment_id)

    def _open_action_of_commitment(self) -> None:
        commitment_id = self.commitments.current_commitment()
        snap = self.commitments.snapshot
        if snap is not None and commitment_id in snap.commitments:
            self.show_record("action", snap.commitments[commitment_id].action_id)

    def show_record(self, kind: str, record_id: int) -> None:
        if kind == "action":
            self.tabs.setCurrentWidget(self.actions)
            self.actions.show_record(record_id)
        else:
            self.tabs.setCurrentWidget(self.commitments)
            self.commitments.show_record(record_id)

    def commit_pending(self) -> None:
        self.commitments.commit_pending()
        self.actions.commit_pending()
