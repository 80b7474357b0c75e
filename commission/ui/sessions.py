"""Sessions: the list, a side-panel editor, the attendance grid, and quote capture from the notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commission.ui import widgets as w
from commission.ui.a11y import label_form
from commission.ui.dialogs import QuoteDialog, insight_items
from commission.ui.forms import RecordForm
from commission.ui.header_fit import ColumnsRoom
from commission.ui.history import history_button
from commission.ui.layouts import ElidingCombo, word_combo
from commission.ui.list_editor import ListEditor
from commission.ui.models import AttendanceModel, QuotesModel, SessionsModel
from commission.ui.new_record import NewRecord
from commission.ui.words import counted, member_label, uk_date
from commission.vocab import SESSION_KINDS


class SessionsScreen(ListEditor):
    title = "Sessions"
    state_key = "sessions"

    def __init__(self, store, editor, parent=None):
        super().__init__(store, editor, parent)
        self.quote_dialog: QuoteDialog | None = None
        self.new_record = NewRecord(self, lambda snap, record_id: record_id in snap.sessions)
        self.splitter = w.page_splitter(self)

        # the list
        self.new_button = w.primary_button(self.tr("New session"))
        self.new_button.setToolTip(self.tr("Record a new session (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_item)
        left, left_layout = w.list_column(self.tr("Sessions"), self.new_button)
        self.model = SessionsModel(self)
        self.table = w.table_view(self.model, name=self.tr("Sessions"))
        self.table.setColumnHidden(SessionsModel.COL_KIND, True)  # the kind is in the editor and the tooltip
        self.table.sortByColumn(SessionsModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.list_stack, self.empty = self.or_first_record(
            self.table,
            self.tr("No sessions yet"),
            self.tr("Record your first listening session: who came, what was said, and the words worth keeping."),
            self.tr("Record a session"),
        )
        left_layout.addWidget(self.list_stack, 1)
        self.splitter.addWidget(left)

        # the side panel
        self.panel, panel_layout = w.side_panel()
        self.form = RecordForm(self.editor, "session", self)
        self.forms = (self.form,)
        head = QHBoxLayout()
        self.panel_title = w.heading("")
        self.panel_title.setWordWrap(True)
        head.addWidget(self.panel_title, 1)
        self.delete_button = w.link_button(self.tr("Delete session"))
        self.delete_button.clicked.connect(self.delete_current)
        self.history_button = history_button(self.form)
        head.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        panel_layout.addLayout(head)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        panel_layout.addWidget(self.tabs, 1)
        self._build_details()
        self._build_attendance()
        self._build_quotes()
        self.panel_empty = w.EmptyState(
            self.tr("Choose a session"),
            self.tr("Pick a session on the left to see its notes, who came and the quotes taken from it."),
        )
        self.panel_stack = w.or_empty(self.panel, self.panel_empty)
        self.splitter.addWidget(self.panel_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([450, 580])
        ColumnsRoom(self.splitter, self.table)  # "Yn bresennol" in view at 200% while the panel has room

        self.when_picked(self.table, self.picked)

    # -- building -----------------------------------------------------------------------------------
    def _tab(self, title: str) -> QVBoxLayout:
        """A new tab of the side panel, called `title`: its layout."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 12, 4, 4)
        self.tabs.addTab(page, title)
        return layout

    def _build_details(self) -> None:
        layout = self._tab(self.tr("Details"))
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        self.date = w.DateEdit()
        self.kind = word_combo(SESSION_KINDS, name=self.tr("Kind of session"))
        self.title_edit = QLineEdit()
        self.location = QLineEdit()
        self.agenda = QPlainTextEdit()
        self.agenda.setFixedHeight(64)
        self.agenda.setPlaceholderText(self.tr("What the session will cover"))
        row = w.StackWhenNarrow()  # the kind under the date when the two do not fit beside each other
        row.addWidget(self.date)
        kind = QHBoxLayout()
        kind.addWidget(QLabel(self.tr("Kind")))
        kind.addWidget(self.kind, 1)
        row.addLayout(kind, 1)
        row.setSpacing(12)
        form.addRow(self.tr("Date"), row)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Where"), self.location)
        form.addRow(self.tr("Agenda"), self.agenda)
        layout.addLayout(form)
        notes_head = w.StackWhenNarrow()  # "Select words, then Quote…" under the heading when narrow
        notes_heading = w.heading(self.tr("Notes"))
        notes_head.addWidget(notes_heading, 1)
        quote = QHBoxLayout()
        quote.addStretch(1)
        quote.addWidget(w.muted(self.tr("Select words, then"), wrap=False))
        self.quote_button = QPushButton(self.tr("Quote…"))
        self.quote_button.setToolTip(self.tr("Keep the selected words as a quote, with who said them"))
        self.quote_button.setEnabled(False)
        self.quote_button.clicked.connect(self.capture_quote)
        quote.addWidget(self.quote_button)
        notes_head.addLayout(quote)
        layout.addLayout(notes_head)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(
            self.tr("What was said. Select words here and press Quote… to keep them as evidence.")
        )
        self.notes.selectionChanged.connect(
            lambda: self.quote_button.setEnabled(self.notes.textCursor().hasSelection())
        )
        layout.addWidget(self.notes, 1)
        self.form.bind("date", self.date)
        label_form(form)
        notes_heading.setBuddy(self.notes)  # the Notes w.heading names the box
        self.form.bind("kind", self.kind)
        self.form.bind("title", self.title_edit, required=True)
        self.form.bind("location", self.location)
        self.form.bind("agenda", self.agenda)
        self.form.bind("notes", self.notes)

    def _build_attendance(self) -> None:
        layout = self._tab(self.tr("Attendance"))
        self.attendance_note = w.muted("")
        layout.addWidget(self.attendance_note)
        self.attendance_model = AttendanceModel(self._attendance_changed, self)
        self.attendance = w.table_view(self.attendance_model, sortable=False, name=self.tr("Attendance"))
        self.attendance.setSelectionMode(self.attendance.SelectionMode.NoSelection)
        layout.addWidget(self.attendance, 1)

    def _build_quotes(self) -> None:
        layout = self._tab(self.tr("Quotes"))
        self.quotes_note = w.muted("")
        layout.addWidget(self.quotes_note)
        self.quotes_model = QuotesModel(self)
        self.quotes = w.table_view(
            self.quotes_model,
            stretch=QuotesModel.COL_TEXT,
            widths={QuotesModel.COL_SPEAKER: 140, QuotesModel.COL_INSIGHTS: 124},
            name=self.tr("Quotes from this session"),
        )
        layout.addWidget(self.quotes, 2)
        self.quote_panel = QWidget()
        quote_layout = QVBoxLayout(self.quote_panel)
        quote_layout.setContentsMargins(0, 4, 0, 0)
        self.quote_text = QLabel()
        self.quote_text.setWordWrap(True)
        self.quote_text.setTextFormat(Qt.TextFormat.PlainText)  # the panel's words, never read as markup
        self.quote_text.setStyleSheet("font-style: italic; padding: 4px 0;")
        speaker_row = w.StackWhenNarrow()  # Remove quote and History under the speaker when narrow (200%)
        speaker = QHBoxLayout()
        speaker_label = QLabel(self.tr("Speaker"))
        speaker.addWidget(speaker_label)
        self.quote_speaker = ElidingCombo()
        speaker_label.setBuddy(self.quote_speaker)
        speaker.addWidget(self.quote_speaker, 1)
        speaker_row.addLayout(speaker, 1)
        links = QHBoxLayout()
        self.remove_quote = w.link_button(self.tr("Remove quote"))
        links.addWidget(self.remove_quote)
        self.quote_form = RecordForm(self.editor, "quote", self)
        links.addWidget(history_button(self.quote_form))
        links.addStretch(1)
        speaker_row.addLayout(links)
        self.quote_insights = w.CheckList(self.tr("Filter what we heard…"))
        self.quote_insights.setAccessibleName(self.tr("What we heard"))
        quote_layout.addWidget(self.quote_text)
        quote_layout.addLayout(speaker_row)
        quote_layout.addWidget(QLabel(self.tr("What we heard that it supports")))
        quote_layout.addWidget(self.quote_insights, 1)
        layout.addWidget(self.quote_panel, 3)
        self.quote_form.bind("member_id", self.quote_speaker)
        self.quote_insights.changed.connect(self._quote_links_changed)
        self.remove_quote.clicked.connect(self._remove_quote)
        self.when_picked(self.quotes, self._show_quote)

    # -- showing ------------------------------------------------------------------------------------
    def filled(self, snap) -> None:
        self.list_stack.setCurrentWidget(self.table if self.model.rowCount() > 0 else self.empty)

    def current_session(self) -> int | None:
        return w.current_id(self.table)

    def show_current(self) -> None:
        session_id = self.current_session()
        snap = self.snapshot
        if snap is None or session_id not in snap.sessions:
            self.form.load(None)
            self.panel_stack.setCurrentWidget(self.panel_empty)
            return
        self.panel_stack.setCurrentWidget(self.panel)
        session = snap.sessions[session_id]
        self.panel_title.setText(f"{session.title}")
        self.form.load(session_id)
        self.attendance_model.set_session(snap, session_id)
        self._update_attendance_note()
        keep_quote = w.current_id(self.quotes)
        quote_ids = snap.quotes_by_session.get(session_id, [])
        with self.refreshing():
            self.quotes_model.set_quotes(snap, quote_ids)
        n = len(quote_ids)
        self.quotes_note.setText(
            counted(
                self.tr("%n quote(s) from %1. To add one, select words in the notes and press Quote…", "", n), n
            ).replace("%1", uk_date(session.date))
            if quote_ids
            else self.tr(
                "No quotes from this session yet: select words in the notes (Details) and press Quote… to keep them."
            )
        )
        with self.refreshing():
            self.reselect(self.quotes, keep_quote)
        self._show_quote()

    def _update_attendance_note(self) -> None:
        counts = self.attendance_model.counts()
        text = self.tr("%1 present, %2 sent apologies, %3 absent. Tick a box to record; tick it again to clear.")
        for place, state in (("%1", "present"), ("%2", "apologies"), ("%3", "absent")):
            text = text.replace(place, str(counts[state]))
        self.attendance_note.setText(text)

    def _show_quote(self) -> None:
        quote_id = w.current_id(self.quotes)
        snap = self.snapshot
        visible = snap is not None and quote_id in (snap.quotes if snap else {})
        self.quote_panel.setVisible(visible)
        if not visible:
            self.quote_form.load(None)
            return
        quote = snap.quotes[quote_id]
        self.quote_text.setText(f"“{quote.text}”")
        self.quote_speaker.blockSignals(True)
        self.quote_speaker.clear()
        self.quote_speaker.addItem(self.tr("No speaker recorded"), None)
        for m in sorted(snap.data.members, key=lambda m: m.display_name.lower()):
            self.quote_speaker.addItem(member_label(m), m.id)
        self.quote_speaker.blockSignals(False)
        self.quote_form.load(quote_id)
        self.quote_insights.set_items(insight_items(snap), quote.insight_ids)

    # -- changing -----------------------------------------------------------------------------------
    def new_item(self) -> None:
        if self.store.commission_id is None:
            return
        result = self.editor.create(
            "session",
            {
                "commission_id": self.store.commission_id,
                "date": self.store.as_of if self.store.as_of else date.today(),
                "title": "New session",
                "kind": "listening",
            },
            text="Add session",
        )
        if result:
            self.tabs.setCurrentIndex(0)
        self.expect_new(result, lambda sid: self.show_record("session", sid), self.title_edit)

    def delete_current(self) -> None:
        session_id = self.current_session()
        self.delete_record("session", session_id, "Delete session", self.tr("Session deleted. Ctrl+Z brings it back."))

    def _attendance_changed(self, member_id: int, before: str | None, after: str | None) -> None:
        session_id = self.attendance_model.session_id
        if session_id is not None:
            self.editor.set_attendance(session_id, member_id, before, after)
            self._update_attendance_note()

    def capture_quote(self) -> None:
        session_id = self.current_session()
        words = self.notes.textCursor().selectedText().replace("\u2029", "\n").strip()
        if session_id is None or not words:
            return
        self.form.commit_pending()
        self.quote_dialog = QuoteDialog(self.snapshot, session_id, words, self)
        self.quote_dialog.accepted.connect(self._quote_accepted)
        self.quote_dialog.open()

    def _quote_accepted(self) -> None:
        dialog, session_id = self.quote_dialog, self.current_session()
        assert dialog is not None  # its accepted signal called this
        values = {"commission_id": self.store.commission_id, "session_id": session_id, **dialog.values()}
        result = self.editor.create("quote", values, {"insights": dialog.insights.checked_ids()}, "Record quote")
        if result:
            self.show_record("quote", result["id"])

    def _quote_links_changed(self) -> None:
        quote_id = w.current_id(self.quotes)
        if quote_id is None or self.snapshot is None or quote_id not in self.snapshot.quotes:
            return
        before = self.snapshot.quotes[quote_id].insight_ids
        self.editor.set_links(
            "quote", quote_id, "insights", before, self.quote_insights.checked_ids(), "Link quote to what we heard"
        )

    def _remove_quote(self) -> None:
        self.delete_chosen("quote", self.quotes, "Remove quote", self.tr("Quote removed. Ctrl+Z brings it back."))

    def show_record(self, kind: str, record_id: int) -> None:
        snap = self.snapshot
        if snap is None:
            return
        if kind == "quote":
            quote = snap.quotes.get(record_id)
            if quote is None:
                return
            w.select_record(self.table, quote.session_id)
            self.show_current()
            self.tabs.setCurrentIndex(2)
            w.select_record(self.quotes, record_id)
            self._show_quote()
        else:
            w.select_record(self.table, record_id)
            self.show_current()
