"""Social value: the investment and each outcome, with the present value per outcome, "£X.XX for every £1"
and the sensitivity table updating as the coordinator types (SPEC, Social value). Plain words explain
each term; outcomes link to the actions and what we heard they come from."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commission import sroi
from commission.errors import UserError
from commission.services import edits
from commission.ui.bases import StoreWidget
from commission.ui.commands import Change
from commission.ui.dialogs import insight_items
from commission.ui.forms import RecordForm
from commission.ui.history import history_button
from commission.ui.jobs import report_failure, show_status
from commission.ui.layouts import FormWhenNarrow, UpAndDownScroll, line_edit, vbox
from commission.ui.value_terms import NUMBERS, PERCENT, SENSITIVITY_WORDS, TERMS, money, parse_number, show_number
from commission.ui.widgets import CheckList, heading, link_button, muted, primary_button, set_text_quietly


class SocialValueScreen(StoreWidget):
    title = "Social value"
    actions: CheckList  # type: ignore[assignment]  # the list shadows QWidget.actions(), not used here

    def __init__(self, store, editor, parent=None):
        super().__init__(store, editor, parent)
        self.snapshot = None
        self._filling = False
        self._placed: tuple[int, bool, int] | None = None  # after a delete or its undo: (outcome, back, row)
        layout = vbox(self, (24, 20, 24, 20), 8)
        layout.addWidget(heading(self.tr("Social value"), "pageTitle"))
        layout.addWidget(
            muted(
                self.tr(
                    "What the commission's work is worth, the way the evaluations in the background reading "
                    "worked it out (£4.43, £5.31 and £2.19 of social value for every £1): count each outcome, "
                    "give it a value in pounds, "
                    "take off what would have happened anyway, and follow it over the years it lasts."
                )
            )
        )
        layout.addWidget(self._totals())
        self.message = QLabel("")
        self.message.setObjectName("valueMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setAccessibleName(self.tr("Why a value was not saved"))
        layout.addWidget(self.message)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._outcomes_column())
        splitter.addWidget(self._editor_column())
        splitter.setSizes([520, 560])
        layout.addWidget(splitter, 1)

    # -- building -----------------------------------------------------------------------------------
    def _totals(self) -> QWidget:
        box = QFrame()
        box.setObjectName("card")
        row = QHBoxLayout(box)
        row.setContentsMargins(14, 10, 14, 10)
        form = FormWhenNarrow()  # the amounts under their labels when beside them they would show "250" of 81,250
        self.investment = line_edit(self.tr("Investment in pounds"), self.tr("e.g. 81,250"))
        self.investment.setToolTip(self.tr("What the commission cost: money, staff time and in-kind support, in £."))
        self.rate = line_edit(self.tr("Discount rate, percent a year"), "3.5")
        self.rate.setToolTip(
            self.tr(
                "Value in future years is worth a little less today. 3.5% a year is the "
                "Treasury Green Book's rate; leave it empty to use it."
            )
        )
        form.addRow(self.tr("Investment (£)"), self.investment)
        form.addRow(self.tr("Discount rate (% a year)"), self.rate)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(
            muted(
                self.tr(
                    "Investment: what the commission cost, including staff time and in-kind "
                    "support. Discount rate: how much less a pound next year is worth today."
                )
            )
        )
        row.addLayout(left, 3)
        right = QVBoxLayout()
        self.ratio = QLabel("")
        self.ratio.setStyleSheet("font-size: 22pt; font-weight: 600; color: #1f6f78;")
        self.ratio.setAccessibleName(self.tr("Social value for every pound invested"))
        self.ratio.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.total = muted("")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.ratio)
        right.addWidget(self.total)
        row.addLayout(right, 2)
        for field, widget in (("investment", self.investment), ("discount_rate", self.rate)):
            widget.textChanged.connect(self.recalculate)
            widget.editingFinished.connect(lambda f=field: self._save_commission(f))
        return box

    def _outcomes_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 10, 0)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Outcomes")), 1)
        self.add_button = primary_button(self.tr("Add outcome"))
        self.add_button.setAccessibleName(self.tr("Add outcome"))
        self.add_button.clicked.connect(self.new_item)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Outcome"), self.tr("Present value")])
        self.table.setAccessibleName(self.tr("Outcomes and their present value"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(lambda: None if self._filling else self._show_current())
        self.table.verticalHeader().setDefaultSectionSize(26)
        layout.addWidget(self.table, 2)
        self.empty = muted(
            self.tr("No outcomes yet — add the first thing that changed for people because of the commission.")
        )
        layout.addWidget(self.empty)
        layout.addWidget(heading(self.tr("How sure is the figure?")))
        layout.addWidget(
            muted(
                self.tr(
                    "The ratio again with each judgement 10 points higher or lower, and with "
                    "every outcome counted for one year only."
                )
            )
        )
        self.sensitivity = QTableWidget(len(sroi.SENSITIVITY), 3)
        self.sensitivity.setHorizontalHeaderLabels(
            [self.tr("Change"), self.tr("Present value"), self.tr("For every £1")]
        )
        self.sensitivity.setAccessibleName(self.tr("Sensitivity of the ratio"))
        self.sensitivity.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sensitivity.verticalHeader().setVisible(False)
        self.sensitivity.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            self.sensitivity.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.sensitivity.verticalHeader().setDefaultSectionSize(24)
        self.sensitivity.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sensitivity_labels = {key: self.tr(str(text)) for key, text in SENSITIVITY_WORDS.items()}
        for r, (key, _) in enumerate(sroi.SENSITIVITY):
            self.sensitivity.setItem(r, 0, QTableWidgetItem(self.sensitivity_labels[key]))
        layout.addWidget(self.sensitivity, 3)
        return column

    def _editor_column(self) -> QWidget:
        self.form = RecordForm(self.editor, "outcome", self)
        self.detail = QWidget()
        outer = QVBoxLayout(self.detail)
        outer.setContentsMargins(10, 0, 0, 0)
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        scroll = UpAndDownScroll(self.tr("This outcome"))  # the splitter gives it its words' room (150%)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        form = FormWhenNarrow(inner)  # each term's box under its name when narrow (150% in Welsh)
        form.setVerticalSpacing(2)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for field, label, help_text in ((f, self.tr(str(label)), self.tr(str(text))) for f, label, text in TERMS):
            widget = QPlainTextEdit() if field in ("indicator", "proxy_source") else QLineEdit()
            if isinstance(widget, QPlainTextEdit):
                widget.setFixedHeight(48)
            widget.setAccessibleName(label)
            widget.setAccessibleDescription(help_text)
            widget.setToolTip(help_text)
            self.fields[field] = widget
            cell = QVBoxLayout()
            cell.setSpacing(1)
            cell.addWidget(widget)
            hint = muted(help_text)
            hint.setStyleSheet("font-size: 8.5pt;")
            cell.addWidget(hint)
            form.addRow(label, cell)
            if field in NUMBERS and isinstance(widget, QLineEdit):  # the numbers are all QLineEdit
                widget.textChanged.connect(self.recalculate)
                widget.editingFinished.connect(lambda f=field: self._save_number(f))
            else:
                self.form.bind(field, widget, required=field == "outcome")
        self.present_value = QLabel("")
        self.present_value.setStyleSheet("font-weight: 600;")
        self.present_value.setAccessibleName(self.tr("Present value of this outcome"))
        form.addRow(self.tr("Present value"), self.present_value)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(history_button(self.form))
        self.delete_button = link_button(self.tr("Delete outcome"))
        self.delete_button.setAccessibleName(self.tr("Delete outcome"))
        self.delete_button.clicked.connect(self.delete_current)
        bottom.addWidget(self.delete_button)
        form.addRow(bottom)
        scroll.setWidget(inner)
        tabs.addTab(scroll, self.tr("The outcome"))
        links = QWidget()
        links_layout = QVBoxLayout(links)
        links_layout.addWidget(
            muted(
                self.tr(
                    "Where it comes from: the actions and what we heard behind it, so the "
                    "value can be traced to what the panel said."
                )
            )
        )
        self.actions = CheckList(self.tr("Filter actions…"))
        self.actions.setAccessibleName(self.tr("Actions this outcome comes from"))
        self.actions.changed.connect(lambda: self._links_changed("actions", self.actions))
        self.insights = CheckList(self.tr("Filter what we heard…"))
        self.insights.setAccessibleName(self.tr("What we heard this outcome comes from"))
        self.insights.changed.connect(lambda: self._links_changed("insights", self.insights))
        links_layout.addWidget(heading(self.tr("Actions")))
        links_layout.addWidget(self.actions, 1)
        links_layout.addWidget(heading(self.tr("What we heard")))
        links_layout.addWidget(self.insights, 1)
        tabs.addTab(links, self.tr("Where it comes from"))
        outer.addWidget(tabs)
        return self.detail

    # -- showing ------------------------------------------------------------------------------------
    def set_snapshot(self, snap) -> None:
        self.snapshot = snap
        if snap is None:
            return
        keep = self.current_outcome()
        self._filling = True
        try:
            info = snap.commission
            for widget, value, percent in (
                (self.investment, info.investment, False),
                (self.rate, info.discount_rate, True),
            ):
                set_text_quietly(widget, show_number(value, percent))  # not under someone typing
            self.table.setRowCount(len(snap.data.outcomes))
            row_to_select = 0
            for r, o in enumerate(snap.data.outcomes):
                item = QTableWidgetItem(o.outcome)
                item.setData(Qt.ItemDataRole.UserRole, o.id)
                item.setToolTip(o.outcome)
                self.table.setItem(r, 0, item)
                self.table.setItem(r, 1, QTableWidgetItem(""))
                if o.id == keep:
                    row_to_select = r
            placed, self._placed, focus = self._placed, None, False
            if placed is not None:  # after a delete: the row in its place; after the undo: the outcome back
                outcome_id, back, row = placed
                there = [o.id for o in snap.data.outcomes].index(outcome_id) if self._outcome(outcome_id) else -1
                if back and there >= 0:
                    row_to_select = there
                elif not back and there < 0:
                    if keep in (outcome_id, None):  # (not when another row was chosen meanwhile)
                        row_to_select, focus = min(row, len(snap.data.outcomes) - 1), True
                else:
                    self._placed = placed  # a read from before the change: wait for the next
            if snap.data.outcomes:
                self.table.selectRow(max(row_to_select, 0))
                if focus and self.table.isVisible():
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # never left on the Delete button
        finally:
            self._filling = False
        self.empty.setVisible(not snap.data.outcomes)
        self._show_current()

    def current_outcome(self) -> int | None:
        items = self.table.selectedItems()
        row = items[0].row() if items else -1
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _outcome(self, outcome_id):
        return next((o for o in self.snapshot.data.outcomes if o.id == outcome_id), None) if self.snapshot else None

    def _show_current(self) -> None:
        outcome = self._outcome(self.current_outcome())
        self.detail.setEnabled(outcome is not None)
        self.form.load(outcome.id if outcome else None)
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit) and not widget.hasFocus():
                widget.setCursorPosition(0)  # the start of a long outcome, not its end
        if outcome is not None:
            for field in NUMBERS:
                widget = self._number_box(field)
                set_text_quietly(widget, show_number(getattr(outcome, field), field in PERCENT))
            snap = self.snapshot
            self.actions.set_items([(a.id, f"{a.ref}  {a.title}") for a in snap.data.actions], outcome.action_ids)
            self.insights.set_items(insight_items(snap), outcome.insight_ids)
        self.recalculate()

    # -- live figures -------------------------------------------------------------------------------
    def _draft(self) -> tuple[list[sroi.Outcome], dict[int, sroi.Outcome]]:
        """Every outcome as the arithmetic sees it, the one on screen with what is typed so far."""
        current = self.current_outcome()
        result, by_id = [], {}
        for o in self.snapshot.data.outcomes:
            values = {f: getattr(o, f) for f in NUMBERS}
            if o.id == current:
                for f in NUMBERS:
                    typed = parse_number(self._number_box(f).text(), f in PERCENT)
                    if typed is not None:
                        values[f] = typed
            item = sroi.Outcome(o.outcome, **values)
            try:
                sroi.check_outcome(item)
            except UserError:
                item = sroi.Outcome(o.outcome, **{f: getattr(o, f) for f in NUMBERS})
            result.append(item)
            by_id[o.id] = item
        return result, by_id

    def _number_box(self, field: str) -> QLineEdit:
        return cast(QLineEdit, self.fields[field])  # NUMBERS are all QLineEdit, never QPlainTextEdit

    def _typed_commission(self) -> tuple[float | None, float]:
        investment = parse_number(self.investment.text()) if self.investment.text().strip() else None
        rate = parse_number(self.rate.text(), True) if self.rate.text().strip() else sroi.DEFAULT_RATE
        if rate is None or not 0 <= rate < 1:
            rate = (
                self.snapshot.commission.discount_rate
                if self.snapshot.commission.discount_rate is not None
                else sroi.DEFAULT_RATE
            )
        return investment, rate

    def recalculate(self) -> None:
        if self.snapshot is None:
            return
        outcomes, by_id = self._draft()
        investment, rate = self._typed_commission()
        for r in range(self.table.rowCount()):
            id_cell, cell = self.table.item(r, 0), self.table.item(r, 1)
            assert id_cell is not None and cell is not None  # every row is filled in full
            outcome_id = id_cell.data(Qt.ItemDataRole.UserRole)
            cell.setText(money(sroi.present_value(by_id[outcome_id], rate)))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        current_id = self.current_outcome()
        current = by_id.get(current_id) if current_id is not None else None
        self.present_value.setText(money(sroi.present_value(current, rate)) if current else "")
        total = sum(sroi.present_value(o, rate) for o in outcomes)
        try:
            ratio = sroi.ratio(outcomes, investment, rate)
            rows = sroi.sensitivity(outcomes, investment, rate)
        except UserError as exc:
            self.ratio.setText(self.tr("—"))
            self.total.setText(self.tr(str(exc)))  # one of value_terms.REFUSALS, in the interface's language
            rows = []
        else:
            assert investment is not None  # sroi.ratio refuses none
            self.ratio.setText(self.tr("£%1 for every £1").replace("%1", f"{ratio:,.2f}"))
            self.total.setText(
                self.tr("Total present value %1 from an investment of %2")
                .replace("%1", money(total))
                .replace("%2", money(investment))
            )
        for r, (key, _) in enumerate(sroi.SENSITIVITY):
            row = next((x for x in rows if x.key == key), None)
            for c, text in ((1, money(row.total) if row else "—"), (2, f"£{row.ratio:,.2f}" if row else "—")):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.sensitivity.setItem(r, c, item)

    # -- saving -------------------------------------------------------------------------------------
    def _refuse(self, widget, text: str, shown: str) -> None:
        self.message.setText(text)
        with QSignalBlocker(widget):
            widget.setText(shown)
        self.recalculate()

    def _is_new(self, kind: str, field: str, value, old, widget: QLineEdit, percent: bool) -> bool:
        """Whether `value` changes `field` and `kind` accepts it; a refusal is said and the old value shown again."""
        if value != old:
            try:
                edits._validate(kind, {field: value})
            except UserError as exc:
                self._refuse(widget, str(exc), show_number(old, percent))
                return False
        self.message.setText("")
        return value != old

    def _save_number(self, field: str) -> None:
        outcome = self._outcome(self.current_outcome())
        if outcome is None or not self.store.is_open:
            return
        widget, percent = self._number_box(field), field in PERCENT
        old = getattr(outcome, field)
        value = parse_number(widget.text(), percent)
        if value is None:
            return self._refuse(
                widget, self.tr("That is not a number: the value was not changed."), show_number(old, percent)
            )
        if field == "duration" and value == int(value):
            value = int(value)
        if not self._is_new("outcome", field, value, old, widget, percent):
            return
        self.form.save({field: value}, text=self.tr("Change %1").replace("%1", field.replace("_", "-")))

    def _save_commission(self, field: str) -> None:
        if self.snapshot is None or self._filling or not self.store.is_open:
            return
        widget, percent = (self.investment, False) if field == "investment" else (self.rate, True)
        old = getattr(self.snapshot.commission, field)
        text = widget.text().strip()
        value = parse_number(text, percent) if text else None
        if text and value is None:
            return self._refuse(
                widget, self.tr("That is not a number: the value was not changed."), show_number(old, percent)
            )
        if not self._is_new("commission", field, value, old, widget, percent):
            return
        text = self.tr("Change the investment") if field == "investment" else self.tr("Change the discount rate")
        cid = self.snapshot.commission.id

        def save(current: dict) -> None:  # the row as it is now, with its version
            self.editor.edit(
                Change("commission", cid, {field: current[field]}, {field: value}, current["version"]), text
            )

        def refused(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                return self._refuse(widget, str(exc), show_number(old, percent))
            report_failure(self, exc)

        self.store.read(lambda db: edits.get(db, "commission", cid), save, refused)  # off the GUI thread

    def _links_changed(self, link: str, checks: CheckList) -> None:
        outcome = self._outcome(self.current_outcome())
        if outcome is None:
            return
        before = outcome.action_ids if link == "actions" else outcome.insight_ids
        self.editor.set_links(
            "outcome",
            outcome.id,
            link,
            before,
            checks.checked_ids(),
            self.tr("Link outcome to where it comes from"),
        )

    def new_item(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        names = {o.outcome for o in snap.data.outcomes}
        name, n = self.tr("New outcome"), 2
        while name in names:
            name, n = f"{self.tr('New outcome')} {n}", n + 1
        position = max((o.position for o in snap.data.outcomes), default=-1) + 1
        result = self.editor.create(
            "outcome",
            {
                "commission_id": snap.commission.id,
                "outcome": name,
                "quantity": 1.0,
                "proxy": 0.0,
                "duration": 1,
                "position": position,
            },
            text=self.tr("Add outcome"),
        )
        if result:
            self.show_record("outcome", result["id"])
            self.fields["outcome"].setFocus()
            self.fields["outcome"].selectAll()

    def delete_current(self) -> None:
        outcome_id = self.current_outcome()
        row = self.table.currentRow()

        def placed(back: bool, deleted=outcome_id or 0) -> None:
            self._placed = (deleted, back, row)

        if outcome_id is None:
            return
        if self.editor.delete("outcome", outcome_id, self.tr("Delete outcome"), placed=placed):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            show_status(self, self.tr("Outcome deleted. Ctrl+Z brings it back."), 8000)

    def show_record(self, _kind: str, record_id: int) -> None:
        for r in range(self.table.rowCount()):
            cell = self.table.item(r, 0)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == record_id:
                self.table.selectRow(r)
        self._show_current()

    def commit_pending(self) -> None:
        self.form.commit_pending()
