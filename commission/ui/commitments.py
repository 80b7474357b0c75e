"""The Commitments tab: a filterable table, the commitment's details and its update timeline."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from commission.ui import widgets as w
from commission.ui.a11y import label_grid
from commission.ui.bilingual import english_and_welsh
from commission.ui.dialogs import CommitmentDialog, UpdateDialog
from commission.ui.layouts import ElidingCombo
from commission.ui.list_editor import ListEditor
from commission.ui.models import CommitmentFilterModel, CommitmentsModel
from commission.ui.models.commitments import natural
from commission.ui.new_record import NewRecord
from commission.ui.style import VERDICT_COLOURS
from commission.ui.timeline import Timeline
from commission.ui.words import VERDICT_WORDS, counted, member_label, percent, short_text, state_of, uk_date
from commission.vocab import STATES


class CommitmentsTab(ListEditor):
    created = Signal(int)  # a commitment was added: the screen shows it
    agree_first = Signal()  # asked for a commitment with no action agreed yet: agree one first

    def __init__(self, store, editor, parent=None):
        super().__init__(store, editor, parent)
        self.update_dialog: UpdateDialog | None = None
        self.commitment_dialog: CommitmentDialog | None = None
        self._timeline_of: int | None = None
        self.new_record = NewRecord(self, lambda snap, record_id: record_id in snap.commitments)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)

        filters = w.StackWhenNarrow()  # the choosers under the words at a large text size (150% at 1280x800)
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Filter commitments by words"))
        self.text.setPlaceholderText(self.tr("Filter by words in the pledge, action or organisation…"))
        self.text.setClearButtonEnabled(True)
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Show the commitments of"))
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("Show commitments in state"))
        self.state.addItem(self.tr("Every state"), None)
        for state in STATES:
            self.state.addItem(QCoreApplication.translate("words", state), state)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Show commitments under theme"))
        for chooser in (self.organisation, self.state, self.theme):
            # a long organisation or theme name is cut with "…" rather than widen the screen past the window
            chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            chooser.setMinimumContentsLength(10)
        self.count = w.muted("", wrap=False)
        words = QHBoxLayout()
        text_label = QLabel(self.tr("Filter"))  # stays when the placeholder goes
        text_label.setBuddy(self.text)
        words.addWidget(text_label)
        words.addWidget(self.text, 1)
        choosers = QHBoxLayout()
        choosers.addWidget(self.organisation, 3)
        choosers.addWidget(self.state, 2)
        choosers.addWidget(self.theme, 3)
        chosen = w.StackWhenNarrow()  # the count under the choosers when it does not fit beside them
        chosen.addLayout(choosers, 1)
        chosen.addWidget(self.count)
        filters.addLayout(words, 3)  # the choosers keep their room beside the count first
        filters.addLayout(chosen, 8)
        layout.addLayout(filters)

        self.model = CommitmentsModel(self)
        self.proxy = CommitmentFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = w.table_view(self.proxy, name=self.tr("Commitments"))
        self.table.setColumnHidden(CommitmentsModel.COL_ACTION, True)
        self.table.sortByColumn(CommitmentsModel.COL_REF, Qt.SortOrder.AscendingOrder)
        self.stack, self.empty = self.or_first_record(
            self.over_detail(self._detail(), [330, 300]),
            self.tr("No commitments yet"),
            self.tr(
                "A commitment is an organisation's pledge towards an agreed "
                "action. Agree an action first, then add each organisation's pledge."
            ),
            self.tr("Add a commitment"),
        )
        layout.addWidget(self.stack, 1)

        self.text.textChanged.connect(self._filter)
        for combo in (self.organisation, self.state, self.theme):
            combo.currentIndexChanged.connect(self._filter)
        self.when_picked(self.table, self.picked)

    def _detail(self) -> QWidget:
        self.detail, outer = w.side_panel(w.StackWhenNarrow, (16, 12, 16, 12), 18)

        left = QVBoxLayout()
        left.setSpacing(8)
        self.state_pill = w.Pill()
        # "C15 · a long organisation name" wraps; it never widens the screen
        head, self.detail_title = self.panel_head("commitment", self.state_pill)
        left.addLayout(head)
        self.action_link = w.ElidedLink()
        self.action_link.setAccessibleName(self.tr("Open the action this commitment is towards"))
        self.action_link.setStyleSheet("text-align: left;")
        left.addWidget(self.action_link)
        form = QGridLayout()
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(10)
        self.pledge = QPlainTextEdit()
        self.pledge.setFixedHeight(58)
        self.org_edit = ElidingCombo()
        self.made_by = ElidingCombo()
        self.made_on = w.OptionalDate(self.tr("Known"))
        self.due = w.OptionalDate(self.tr("Has a due date"))
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0.1, 100)
        self.weight.setDecimals(1)
        self.weight.setToolTip(self.tr("How much this commitment counts towards its action's progress"))
        self.weight.setMaximumWidth(90)
        self.due.enabled.setText(self.tr("Set"))
        self.made_on.enabled.setText(self.tr("Set"))
        self.delete_button = w.link_button(self.tr("Delete commitment"))
        self.delete_button.clicked.connect(self.delete_current)
        right_label = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        form.addWidget(QLabel(self.tr("Pledge")), 0, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addWidget(english_and_welsh(self.form, "pledge", self.pledge, self.tr("Pledge")), 0, 1, 1, 3)
        form.addWidget(QLabel(self.tr("Organisation")), 1, 0, right_label)
        form.addWidget(self.org_edit, 1, 1, 1, 3)
        form.addWidget(QLabel(self.tr("Made by")), 2, 0, right_label)
        form.addWidget(self.made_by, 2, 1, 1, 3)
        form.addWidget(QLabel(self.tr("Made on")), 3, 0, right_label)
        form.addWidget(self.made_on, 3, 1)
        form.addWidget(QLabel(self.tr("Weight")), 3, 2, right_label)
        form.addWidget(self.weight, 3, 3)
        form.addWidget(QLabel(self.tr("Due")), 4, 0, right_label)
        form.addWidget(self.due, 4, 1)
        form.addWidget(self.delete_button, 4, 2, 1, 2, right_label)
        form.setColumnStretch(1, 1)
        label_grid(form)  # each label names the field beside it
        left.addLayout(form)
        left.addStretch(1)
        for field, widget in (
            ("pledge", self.pledge),
            ("organisation_id", self.org_edit),
            ("made_by_id", self.made_by),
            ("made_on", self.made_on),
            ("due", self.due),
            ("weight", self.weight),
        ):
            self.form.bind(field, widget, required=field in ("pledge", "organisation_id"))

        right = QVBoxLayout()
        right.setSpacing(8)
        timeline_head = QHBoxLayout()
        timeline_head.addWidget(w.heading(self.tr("Updates")), 1)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)  # "100% · the panel: …" is long in Welsh at a large text size
        timeline_head.addWidget(self.summary, 2)
        self.log_button = w.primary_button(self.tr("Log update…"))
        self.log_button.clicked.connect(self.log_update)
        timeline_head.addWidget(self.log_button)
        right.addLayout(timeline_head)
        self.timeline = Timeline()
        self.timeline.setAccessibleName(self.tr("Updates on this commitment"))
        self.timeline.remove_update.connect(self.remove_update)
        right.addWidget(self.timeline, 1)
        # the commitment's milestones sit beside its updates, a tab away
        from PySide6.QtWidgets import QTabWidget

        from commission.ui.milestones import MilestonesPanel

        updates_page = QWidget()
        updates_page.setLayout(right)
        right.setContentsMargins(0, 6, 0, 0)
        self.milestones = MilestonesPanel(self.store, self.editor)
        self.right_tabs = QTabWidget()
        self.right_tabs.setDocumentMode(True)
        self.right_tabs.addTab(updates_page, self.tr("Updates"))
        self.right_tabs.addTab(self.milestones, self.tr("Milestones"))
        self.milestones.counted.connect(
            lambda text: self.right_tabs.setTabText(
                1, self.tr("Milestones (%1)").replace("%1", text) if text else self.tr("Milestones")
            )
        )
        holder = QVBoxLayout()
        holder.addWidget(self.right_tabs)
        w.side_by_side(outer, left, holder, 4, 6)
        return self.detail

    # -- showing ------------------------------------------------------------------------------------
    def set_snapshot(self, snap) -> None:
        opened = (self.store.label, snap.commission.id) if snap is not None else None
        if opened is not None and opened != getattr(self, "_opened", opened):
            self.clear_filters()  # another database or commission: the last one's filter means nothing here
        self._opened = opened or getattr(self, "_opened", None)
        super().set_snapshot(snap)

    def fill(self, snap) -> None:
        self.model.set_snapshot(snap)
        if snap is not None:
            self._fill_filters(snap)

    def filled(self, snap) -> None:
        self._count()
        self.stack.setCurrentWidget(self.splitter if self.model.rowCount() else self.empty)
        if snap is not None and not self.model.rowCount():
            no_actions = not snap.data.actions
            self.empty.text.setText(
                self.tr(
                    "A commitment is an organisation's pledge towards an agreed action. No action is agreed yet: "
                    "agree the first one, then add each organisation's pledge."
                    if no_actions
                    else "A commitment is an organisation's pledge towards an agreed action: add the first one."
                )
            )
            self.empty.button.setText(self.tr("Agree an action") if no_actions else self.tr("Add a commitment"))

    def clear_filters(self) -> None:
        self.text.clear()
        for combo in (self.organisation, self.state, self.theme):
            combo.setCurrentIndex(0)

    def _fill_filters(self, snap) -> None:
        def refill(combo, everything, items):
            value = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for record_id, label in items:
                combo.addItem(label, record_id)
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

        organisations = sorted(snap.data.organisations, key=lambda o: natural(o.name))  # Organisation 2 before 10
        refill(self.organisation, self.tr("Every organisation"), [(o.id, o.name) for o in organisations])
        refill(
            self.theme,
            self.tr("Every theme"),
            [(t.id, t.name) for t in sorted(snap.data.themes, key=lambda t: natural(t.name))],
        )
        for combo, items in (
            (self.org_edit, [(o.id, o.name) for o in organisations]),
            (
                self.made_by,
                [(None, self.tr("Not recorded"))]
                + [
                    (m.id, member_label(m))
                    for m in sorted(snap.data.members, key=lambda m: m.display_name.lower())
                    if m.role in ("civic", "facilitator")
                ],
            ),
        ):
            combo.blockSignals(True)
            combo.clear()
            for record_id, label in items:
                combo.addItem(label, record_id)
            combo.blockSignals(False)

    def _filter(self, *_args) -> None:
        self.proxy.set_text(self.text.text())
        self.proxy.set_organisation(self.organisation.currentData())
        self.proxy.set_state(self.state.currentData())
        self.proxy.set_theme(self.theme.currentData())
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
            if shown != total
            else counted(self.tr("%n commitment(s)", "", total), total)
        )

    def current_commitment(self) -> int | None:
        return w.current_id(self.table)

    def show_current(self) -> None:
        snap, commitment_id = self.snapshot, self.current_commitment()
        visible = snap is not None and commitment_id in snap.commitments
        self.detail.setEnabled(visible)
        if not visible:
            self.form.load(None)
            self.detail_title.setText(self.tr("No commitment chosen"))
            self.state_pill.set("", "#757575")
            self.timeline.set_updates([], snap.as_of if snap else None)
            self._timeline_of = None
            self.action_link.setText("")
            self.milestones.show_commitment(snap, None)
            return
        assert commitment_id is not None  # visible: it is in snap.commitments
        c = snap.commitments[commitment_id]
        result = snap.figures.commitments.get(commitment_id)
        org = snap.organisations.get(c.organisation_id)
        action = snap.actions.get(c.action_id)
        self.detail_title.setText(f"{c.ref} · {org.name if org else ''}")
        self.state_pill.set(*state_of(snap, commitment_id))
        self.action_link.setText(
            self.tr("For action {ref}: {title}").format(ref=action.ref, title=action.title) if action else ""
        )
        self.form.load(commitment_id)
        if result is None:
            self.summary.setText(
                self.tr("Made on {made}, after the date the figures are for ({on}): not in any figure yet.").format(
                    made=uk_date(c.made_on), on=uk_date(snap.as_of)
                )
            )
        else:
            verdict_colour = VERDICT_COLOURS.get(result.verdict, "#757575")
            verdict = escape(VERDICT_WORDS[result.verdict].lower())
            self.summary.setText(
                self.tr("{progress} · the panel: {verdict}").format(
                    progress=self.tr("dropped") if result.progress is None else percent(result.progress),
                    verdict=f"<span style='color:{verdict_colour}; font-weight:600'>{verdict}</span>",
                )
            )
        self._show_updates(snap, commitment_id)
        self.milestones.show_commitment(snap, commitment_id)

    def _show_updates(self, snap, commitment_id: int) -> None:
        """The commitment's updates with their words, read for it alone off the GUI thread (the Snapshot holds
        none: ui.update_texts); the same commitment's cards stay until the new ones come."""
        same = commitment_id == self._timeline_of
        self._timeline_of = commitment_id
        texts = self.store.update_texts
        if not same and texts.known(snap, [commitment_id]) is None:
            self.timeline.reading()

        def arrived(found) -> None:
            if self.snapshot is snap and self.current_commitment() == commitment_id:
                self.timeline.set_updates(found[commitment_id], snap.as_of, keep_expanded=same)

        def failed(exc: BaseException) -> None:
            if self.snapshot is snap and self.current_commitment() == commitment_id:
                self.timeline.failed(str(exc) or type(exc).__name__)

        texts.read(snap, [commitment_id], arrived, failed)

    # -- changing -----------------------------------------------------------------------------------
    def log_update(self) -> None:
        commitment_id = self.current_commitment()
        if commitment_id is None:
            return
        c = self.snapshot.commitments[commitment_id]
        org = self.snapshot.organisations.get(c.organisation_id)
        self.update_dialog = UpdateDialog(
            f"{c.ref} · {org.name if org else ''}: “{short_text(c.pledge, 120)}”", self.store.as_of, self
        )
        self.update_dialog.accepted.connect(lambda: self._update_accepted(commitment_id))
        self.update_dialog.open()

    def _update_accepted(self, commitment_id: int) -> None:
        assert self.update_dialog is not None  # its accepted signal called this
        if self.editor.log_update(commitment_id, self.update_dialog.values()):
            w.select_record(self.table, commitment_id)

    def remove_update(self, update_id: int) -> None:
        """Remove the update of this card: the one shown, not another that has its id by now (SQLite gives an
        undone or deleted update's id to the next one logged, perhaps on another commitment)."""
        snap, commitment_id = self.snapshot, self.current_commitment()
        updates = snap.data.updates_by_commitment.get(commitment_id, []) if snap is not None else []
        shown = next((u for u in updates if u.id == update_id), None)
        if shown is None:
            return
        expect = {
            "commitment_id": commitment_id,
            "date": shown.date,
            "status": shown.status,
            "progress": shown.progress,
        }
        if self.editor.delete("update", update_id, "Remove update", expect=expect):
            self.tell(self.tr("Update removed. Ctrl+Z brings it back."))

    def new_item(self, action_id: int | None = None) -> None:
        snap = self.snapshot
        if snap is None:
            return
        if not snap.data.actions:
            self.agree_first.emit()  # a commitment is always towards an agreed action: that comes first
            return
        if action_id is None and self.current_commitment() in snap.commitments:
            action_id = snap.commitments[self.current_commitment()].action_id
        self.commitment_dialog = CommitmentDialog(snap, action_id, self)
        self.commitment_dialog.accepted.connect(self._commitment_accepted)
        self.commitment_dialog.open()

    def _commitment_accepted(self) -> None:
        assert self.commitment_dialog is not None  # its accepted signal called this
        values = {"commission_id": self.store.commission_id, **self.commitment_dialog.values()}
        result = self.editor.create("commitment", values, text="Add commitment")
        if result:
            self.created.emit(result["id"])  # the screen turns to this tab
            self.expect_new(result, self.show_record, self.table)

    def delete_current(self) -> None:
        commitment_id = self.current_commitment()
        self.delete_record(
            "commitment", commitment_id, "Delete commitment", self.tr("Commitment deleted. Ctrl+Z brings it back.")
        )

    def show_record(self, commitment_id: int) -> None:
        if not w.select_record(self.table, commitment_id):
            self.text.clear()  # it may be hidden by a filter: show everything and try again
            for combo in (self.organisation, self.state, self.theme):
                combo.setCurrentIndex(0)
            w.select_record(self.table, commitment_id)
        self.show_current()

    def show_state(self, state: str | None) -> None:
        self.state.setCurrentIndex(max(self.state.findData(state), 0))
