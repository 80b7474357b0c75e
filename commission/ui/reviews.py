"""Reviews: drafts put to the panel. The rounds; a round's items with their tallies and who said what;
resolving change and disagree answers; packs and review returns; closing a round; and review mode.

Every read goes through services.reviews on the Store's runner (off the GUI thread). A new round, the items
and reviewers added to it, and each resolution are Editor commands (ui.review_commands), one undo step each,
made by the screen's base (ui.review_edits). Closing a round (confirmed first) is not undone: its sign-offs go
into the append-only trail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QWidget,
)

from commission.ui.flow_layout import button_row
from commission.ui.jobs import message
from commission.ui.layouts import page_titles, vbox
from commission.ui.models.reviews import ROUND_COLOURS, ReviewersModel, ReviewItemsModel, RoundsModel
from commission.ui.review_commands import CloseRound
from commission.ui.review_edits import RoundEdits
from commission.ui.review_item import ItemPanel, RoundSummary
from commission.ui.review_paper import ReviewPaper
from commission.ui.settings import Settings
from commission.ui.widgets import (
    EmptyState,
    Pill,
    ShownPageStack,
    StackWhenNarrow,
    current_id,
    heading,
    link_button,
    muted,
    primary_button,
    select_record,
    table_view,
)

if TYPE_CHECKING:  # imported where they are used, as before
    from commission.services.review_views import RoundView
    from commission.ui.review_dialogs import NewRoundDialog
    from commission.ui.review_mode import ReviewMode


class ReviewsScreen(RoundEdits):
    title = "Reviews"

    def __init__(self, store, settings: Settings, parent=None, *, editor=None):
        super().__init__(parent)
        self.store, self.settings, self.editor = store, settings, editor
        self.runner = store.runner
        self.snapshot = None
        self.view: RoundView | None = None  # the RoundView on screen
        self._generation = 0
        self._want_round: int | None = None
        self.new_round_dialog: NewRoundDialog | None = None
        self.add_dialog = None
        self.confirm_box: QMessageBox | None = None
        self.summary_box: QMessageBox | None = None
        self.review_mode: ReviewMode | None = None
        self.paper = ReviewPaper(self)

        outer = vbox(self, (24, 20, 24, 20), 12)
        head = QHBoxLayout()
        subtitle = muted(
            self.tr(
                "Put drafts to the panel. Each person asked answers agree, change or disagree; "
                "you resolve what needs changing, then close the round to mark what is agreed."
            )
        )
        head.addLayout(page_titles(heading(self.tr("Reviews"), "pageTitle"), subtitle), 1)
        self.new_button = primary_button(self.tr("New round…"))
        self.new_button.clicked.connect(self.new_round)
        head.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.rounds_model = RoundsModel(self)
        self.rounds = table_view(self.rounds_model, sortable=False)
        self.rounds.setAccessibleName(self.tr("Review rounds"))
        for column in (RoundsModel.COL_ITEMS, RoundsModel.COL_REVIEWERS, RoundsModel.COL_STARTED):
            self.rounds.setColumnHidden(column, True)  # the round on the right says these
        self.rounds.setMinimumWidth(250)
        self.rounds.verticalHeader().setDefaultSectionSize(50)
        self.rounds.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.rounds.selectionModel().currentRowChanged.connect(lambda *_: self._round_chosen())
        self.splitter.addWidget(self.rounds)
        self.detail_stack = ShownPageStack()  # no round: the empty state's width, not the round's
        self.no_rounds = EmptyState(
            self.tr("No review rounds yet"),
            self.tr(
                "Put what we heard, the actions or the report's "
                "'you said, we did' to the panel: start a round and choose who is asked."
            ),
            self.tr("Start a review round"),
        )
        assert self.no_rounds.button is not None  # made with its action text
        self.no_rounds.button.clicked.connect(self.new_round)
        self.detail_stack.addWidget(self.no_rounds)
        self.detail_stack.addWidget(self._detail())
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([270, 900])
        outer.addWidget(self.splitter, 1)

    def _detail(self) -> QWidget:
        page = QWidget()
        layout = vbox(page, (4, 0, 0, 0), 8)
        top = QHBoxLayout()
        self.round_title = heading("")
        self.round_title.setObjectName("emptyTitle")
        self.round_title.setWordWrap(True)
        self.round_state = Pill()
        top.addWidget(self.round_title, 1)
        top.addWidget(self.round_state, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.round_summary = RoundSummary()
        self.round_summary.setObjectName("muted")
        self.round_summary.setWordWrap(True)
        layout.addWidget(self.round_summary)

        # who review mode is for, beside the less frequent buttons; under them when there is no room (Welsh)
        actions = StackWhenNarrow()
        actions.setSpacing(6)
        choose = QHBoxLayout()
        choose.setSpacing(6)
        self.mode_label = QLabel(self.tr("Review mode for"))
        self.reviewer = QComboBox()
        self.reviewer.setMinimumContentsLength(22)
        self.reviewer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reviewer.setAccessibleName(self.tr("Reviewer for review mode"))
        self.start_button = primary_button(self.tr("Start review mode"))
        self.start_button.setToolTip(
            self.tr("A calm full-screen view for the panel member beside you: one item at a time")
        )
        self.start_button.clicked.connect(lambda: self.start_review_mode())
        self.paper_button = QToolButton()
        self.paper_button.setObjectName("plain")
        self.paper_button.setText(self.tr("Paper && email"))
        self.paper_button.setToolTip(
            self.tr("Large-print packs to post or hand out, and the workbook to type answers into")
        )
        self.paper_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.paper_button)
        self.packs_action = menu.addAction(self.tr("Print packs…"), self.paper.choose_packs)
        self.return_action = menu.addAction(self.tr("Review return…"), self.paper.choose_return)
        self.import_action = menu.addAction(self.tr("Import review return…"), self.paper.choose_import)
        self.paper_button.setMenu(menu)
        self.close_button = QPushButton(self.tr("Close round…"))
        self.close_button.clicked.connect(self.ask_close_round)
        choose.addWidget(self.mode_label)
        choose.addWidget(self.reviewer)
        choose.addSpacing(6)
        choose.addWidget(self.start_button)
        choose.addStretch(1)
        actions.addLayout(choose)
        # the less frequent buttons wrap under one another rather than widen the screen past a laptop's window
        more, more_row = button_row()
        more_row.addWidget(self.paper_button)
        more_row.addWidget(self.close_button)
        actions.addWidget(more, 1)
        layout.addLayout(actions)

        # adding to the round: on the tab it concerns
        self.add_items_button = link_button(self.tr("+ Add items…"))
        self.add_items_button.clicked.connect(self.add_items)
        self.add_reviewers_button = link_button(self.tr("+ Add reviewers…"))
        self.add_reviewers_button.clicked.connect(self.add_reviewers)
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        corner_row.addWidget(self.add_items_button)
        corner_row.addWidget(self.add_reviewers_button)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        items_page = QSplitter(Qt.Orientation.Vertical)
        items_page.setChildrenCollapsible(False)
        self.items_model = ReviewItemsModel(self)
        self.items = table_view(self.items_model, sortable=False)
        self.items.setAccessibleName(self.tr("Items in this round"))
        counts = (*ReviewItemsModel.COUNTS, ReviewItemsModel.COL_WAITING)
        for column in counts:  # as wide as its heading in the language on screen ("Anghytuno", not "Disagree")
            self.items.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.selectionModel().currentRowChanged.connect(lambda *_: self._show_item())
        self.item_panel = ItemPanel()
        self.item_panel.resolve_edit.connect(self.resolve_with_text)
        self.item_panel.resolve_keep.connect(self.resolve_keeping)
        items_page.addWidget(self.items)
        items_page.addWidget(self.item_panel)
        items_page.setSizes([260, 300])
        self.reviewers_model = ReviewersModel(self)
        self.reviewers = table_view(self.reviewers_model, sortable=False)
        self.reviewers.setAccessibleName(self.tr("Reviewers in this round"))
        self.reviewers.doubleClicked.connect(lambda index: self.start_review_mode(current_id(self.reviewers)))
        self.tabs.addTab(items_page, self.tr("Items"))
        self.tabs.addTab(self.reviewers, self.tr("Reviewers"))
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(lambda _i: self._show_add_buttons())
        layout.addWidget(self.tabs, 1)
        return page

    # -- the screen's protocol ----------------------------------------------------------------------
    def set_snapshot(self, snap) -> None:
        changed_commission = self.snapshot is None or snap is None or snap.commission.id != self.snapshot.commission.id
        self.snapshot = snap
        if snap is None:
            return
        if changed_commission:
            self.view = None
        self.reload()

    def new_item(self) -> None:
        self.new_round()

    def show_record(self, kind: str, record_id: int) -> None:
        if kind == "review_round":
            self.reload(record_id)

    # -- reading ------------------------------------------------------------------------------------
    def reload(self, round_id: int | None = None) -> None:
        """Re-read the rounds (and the one on screen) off the GUI thread."""
        from commission.services.reviews import list_rounds

        if not self.store.is_open or self.store.commission_id is None:
            return
        if round_id is not None:
            self._want_round = round_id
        self._generation += 1
        generation, cid = self._generation, self.store.commission_id
        self._read(lambda db: list_rounds(db, cid), lambda rounds: self._rounds_loaded(generation, rounds))

    def _rounds_loaded(self, generation: int, rounds) -> None:
        if generation != self._generation:
            return
        wanted = self._want_round or current_id(self.rounds) or (self.view.id if self.view else None)
        self._want_round = None
        self.rounds_model.set_rows(rounds)
        self.detail_stack.setCurrentIndex(1 if rounds else 0)
        if not rounds:
            self.view = None
            return
        if not select_record(self.rounds, wanted):
            select_record(self.rounds, rounds[0].id)
        self.load_round(current_id(self.rounds))

    def _round_chosen(self) -> None:
        round_id = current_id(self.rounds)
        if round_id is not None and (self.view is None or self.view.id != round_id):
            self.load_round(round_id)

    def load_round(self, round_id: int | None) -> None:
        from commission.services.reviews import round_view

        if round_id is None:
            return
        self._generation += 1
        generation = self._generation
        self._read(lambda db: round_view(db, round_id), lambda view: self._round_loaded(generation, view))

    def _round_loaded(self, generation: int, view) -> None:
        if generation != self._generation:
            return
        chosen_item = current_id(self.items)
        chosen_reviewer = self.reviewer.currentData()
        self.view = view
        self.round_title.setText(view.title)
        self.round_state.set(view.status, ROUND_COLOURS.get(view.status, "#757575"))
        self.round_summary.show_round(view)
        self.reviewer.clear()
        for reviewer in sorted(view.reviewers, key=lambda r: ((r.name or r.ref).casefold(), r.ref)):
            self.reviewer.addItem(
                self.tr("%1 (%2 of %3)")
                .replace("%1", reviewer.name or reviewer.ref)
                .replace("%2", str(reviewer.answered))
                .replace("%3", str(len(view.items))),
                reviewer.member_id,
            )
        self.reviewer.setCurrentIndex(max(self.reviewer.findData(chosen_reviewer), 0))
        widest = max(
            (
                self.reviewer.fontMetrics().horizontalAdvance(self.reviewer.itemText(i))
                for i in range(self.reviewer.count())
            ),
            default=0,
        )
        self.reviewer.setMinimumWidth(widest + 56)  # the whole name and count, never under the Start button
        for widget in (self.mode_label, self.reviewer, self.start_button, self.paper_button, self.close_button):
            widget.setVisible(view.is_open)
        self._show_add_buttons()
        self.start_button.setEnabled(bool(view.reviewers and view.items))
        self.items_model.set_rows(view.items)
        self.reviewers_model.set_round(view)
        if not select_record(self.items, chosen_item) and view.items:
            select_record(self.items, view.unresolved[0].item_id if view.unresolved else view.items[0].item_id)
        self._show_item()

    def _show_add_buttons(self) -> None:
        open_round = self.view is not None and self.view.is_open
        self.add_items_button.setVisible(open_round and self.tabs.currentIndex() == 0)
        self.add_reviewers_button.setVisible(open_round and self.tabs.currentIndex() == 1)

    def _show_item(self) -> None:
        from commission.services.review_text import record_text

        item_id = current_id(self.items)
        item = next((i for i in self.view.items if i.item_id == item_id), None) if self.view else None
        now = None
        if item is not None and item.out_of_date and self.snapshot is not None and item.kind != "update":
            # an update's words are never offered again (it is not reworded in a round), and the Snapshot has none
            now = record_text(self.snapshot.data, item.kind, item.record_id)
        self.item_panel.set_item(item, bool(self.view and self.view.is_open), now)

    def item(self, number: int):
        """The item numbered `number` (1-based) in the round on screen."""
        assert self.view is not None  # asked only with a round on screen
        return next(i for i in self.view.items if i.number == number)

    def select_item(self, item_id: int) -> None:
        select_record(self.items, item_id)
        self._show_item()

    # -- changing -----------------------------------------------------------------------------------
    def ask_close_round(self) -> None:
        if self.view is None or not self.view.is_open:
            return
        unresolved = len(self.view.unresolved)
        nobody = not any(r.answered for r in self.view.reviewers)
        text = f"Close '{self.view.title}'? Items the panel agreed are marked agreed, with a sign-off trail."
        detail = (
            self.tr(
                "No one has answered yet: closing the round now agrees nothing, and answers can no longer be given."
            )
            if nobody
            else "Answers can no longer be recorded afterwards."
        )
        detail = detail + (
            f"\n\n{unresolved} item{'s' if unresolved != 1 else ''} still {'have' if unresolved != 1 else 'has'}"
            " change or disagree answers to resolve: they will not be agreed."
            if unresolved
            else ""
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning if nobody else QMessageBox.Icon.Question,
            "Close the round",
            text,
            QMessageBox.StandardButton.Cancel,
            self.window(),
        )
        box.setInformativeText(detail)
        self.close_confirm = box.addButton("Close round", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        round_id = self.view.id
        box.buttonClicked.connect(lambda button: self.close_round(round_id) if button is self.close_confirm else None)
        self.confirm_box = box
        box.open()

    def close_round(self, round_id: int) -> None:
        """Close the round: one step on the undo stack (Ctrl+Z opens it again, as it was)."""
        command = CloseRound(self.editor, round_id)
        if self._run(command, done=lambda: None):  # closed: the rounds are re-read
            lines = command.lines()
            self.summary_box = message(self.window(), "Round closed", lines[0], lines[1:])

    # -- review mode --------------------------------------------------------------------------------
    def start_review_mode(self, member_id: int | None = None):
        from commission.ui.review_mode import ReviewMode

        if self.view is None or not self.view.is_open:
            return None
        member_id = member_id if member_id is not None else self.reviewer.currentData()
        reviewer = next((r for r in self.view.reviewers if r.member_id == member_id), None)
        if reviewer is None:
            return None
        snap = self.store.snapshot  # review mode speaks the member's preferred language (members.language)
        member = next((m for m in snap.data.members if m.id == member_id), None) if snap is not None else None
        mode = ReviewMode(
            self.store,
            self.runner,
            self.view.id,
            self.view.title,
            reviewer.member_id,
            reviewer.name or reviewer.ref,
            self.settings,
            self.window(),
            language=member.language if member is not None and member.language in ("en", "cy") else None,
        )
        mode.finished.connect(self._review_mode_finished)
        self.review_mode = mode
        mode.start()
        return mode

    def _review_mode_finished(self) -> None:
        self.review_mode = None
        self.reload()
