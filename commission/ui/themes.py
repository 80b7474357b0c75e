"""Themes & Insights: the theme tree (drag to re-parent), what we heard under each theme with its
evidence, and the "you said, we did" trace from an insight to the panel's verdicts."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from commission.services.edit_base import ConflictError
from commission.ui import conflict
from commission.ui import widgets as w
from commission.ui.bilingual import english_and_welsh
from commission.ui.commands import Change
from commission.ui.forms import RecordForm, read_row
from commission.ui.history import history_button
from commission.ui.layouts import ElidingCombo, word_combo
from commission.ui.list_editor import ListEditor
from commission.ui.models import InsightsModel, QuotesModel
from commission.ui.new_record import NewRecord
from commission.ui.style import scale_points, text_factor
from commission.ui.theme_tree import ThemeIdRole, ThemeTree, swatch
from commission.ui.trace import insight_trace, traced_commitments
from commission.ui.words import counted, percent, uk_short_date
from commission.vocab import ASSET_LABELS, ASSETS, INSIGHT_STATUSES


class ThemesScreen(ListEditor):
    title = "Themes & Insights"
    state_key = "themes"
    open_record = Signal(str, int)

    def __init__(self, store, editor, parent=None):
        super().__init__(store, editor, parent)
        self.new_theme_record = NewRecord(self, lambda snap, record_id: record_id in snap.themes)
        self.new_insight = NewRecord(self, lambda snap, record_id: record_id in snap.insights)
        self._moves: deque[tuple[int, int | None, int | None]] = deque()  # (theme, parent seen, new parent) to save
        self._moved: dict[int, int | None] = {}  # theme → where this window last moved it, until a Snapshot shows it
        # after a theme's delete (theme, False, the theme to choose instead); after its undo (theme, True, None)
        self._theme_placed: tuple[int, bool, int | None] | None = None
        self.page_tabs = QTabWidget()  # the themes and what we heard; the frameworks' coverage beside them
        self.page_tabs.setDocumentMode(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        outer.addWidget(self.page_tabs)
        page = QWidget()
        self.splitter = w.page_splitter(page)
        self.page_tabs.addTab(page, self.tr("Themes and what we heard"))
        from commission.ui.frameworks import CoverageView

        self.coverage = CoverageView(store, editor)
        self.coverage.open_record.connect(self.open_record)
        self.page_tabs.addTab(self.coverage, self.tr("Frameworks"))
        w.size_to_shown_tab(self.page_tabs)
        self.splitter.addWidget(self._theme_column())
        # What we heard above, its evidence and trace below: the trace reads best at full width.
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setChildrenCollapsible(False)
        self.right.addWidget(self._insight_column())
        self.right.addWidget(self._detail_column())
        self.right.setSizes([210, 510])
        self.right.setStretchFactor(1, 1)
        self.splitter.addWidget(self.right)
        self.splitter.setSizes([270, 770])
        self.splitter.setStretchFactor(1, 1)
        self.forms = (self.theme_form, self.insight_form)

    # -- building -----------------------------------------------------------------------------------
    def _theme_column(self) -> QWidget:
        self.new_theme_button = QPushButton(self.tr("New theme"))
        self.new_theme_button.clicked.connect(self.new_theme)
        column, layout = w.list_column(self.tr("Themes"), self.new_theme_button, right_margin=10)
        self.tree = ThemeTree()
        self.tree.setAccessibleName(self.tr("Themes"))
        self.tree.reparent.connect(self.reparent_theme)
        self.tree.currentItemChanged.connect(lambda *_: None if self._refreshing else self._theme_picked())
        layout.addWidget(self.tree, 3)
        layout.addWidget(w.muted(self.tr("Drag a theme onto another to make it a sub-theme.")))
        self.theme_box = QFrame()
        self.theme_box.setObjectName("card")
        form = QFormLayout(self.theme_box)
        form.setContentsMargins(12, 10, 12, 10)
        form.setVerticalSpacing(8)
        self.theme_form = RecordForm(self.editor, "theme", self)
        self.theme_name = QLineEdit()
        self.theme_asset = ElidingCombo()
        self.theme_asset.addItem(self.tr("Not set"), None)
        for asset in ASSETS:
            self.theme_asset.addItem(ASSET_LABELS[asset], asset)
        self.theme_asset.setToolTip(self.tr("The Sustainable Livelihoods asset this theme is mostly about"))
        colour_row = QHBoxLayout()
        self.theme_colour = QPushButton(self.tr("Choose…"))
        self.theme_colour.clicked.connect(self.choose_colour)
        self.delete_theme_button = w.link_button(self.tr("Delete theme"))
        self.delete_theme_button.clicked.connect(self.delete_theme)
        colour_row.addWidget(self.theme_colour)
        colour_row.addStretch(1)
        colour_row.addWidget(history_button(self.theme_form))
        colour_row.addWidget(self.delete_theme_button)
        self.theme_description = QPlainTextEdit()
        self.theme_description.setFixedHeight(60)
        form.addRow(self.tr("Name"), english_and_welsh(self.theme_form, "name", self.theme_name, self.tr("Theme name")))
        form.addRow(self.tr("Asset"), self.theme_asset)
        form.addRow(self.tr("Colour"), colour_row)
        form.addRow(
            self.tr("About"),
            english_and_welsh(self.theme_form, "description", self.theme_description, self.tr("About the theme")),
        )
        self.theme_form.bind("name", self.theme_name, required=True)
        self.theme_form.bind("asset", self.theme_asset)
        self.theme_form.bind("description", self.theme_description)
        layout.addWidget(self.theme_box)
        return column

    def _insight_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(10, 0, 0, 8)
        layout.setSpacing(8)
        top = w.StackWhenNarrow()  # Add under the title when narrow (150% in Welsh)
        self.insights_title = w.heading(self.tr("What we heard"), "pageTitle")
        top.addWidget(self.insights_title, 1)
        self.new_insight_button = w.primary_button(self.tr("Add"))
        self.new_insight_button.setToolTip(self.tr("Add something we heard under this theme (Ctrl+N)"))
        self.new_insight_button.clicked.connect(self.new_item)
        top.addWidget(self.new_insight_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(top)
        self.insights_note = w.muted("")
        layout.addWidget(self.insights_note)
        self.insights_model = InsightsModel(self)
        self.insights = w.table_view(self.insights_model, name=self.tr("What we heard under this theme"))
        self.insights.setWordWrap(True)
        self.insights.verticalHeader().setDefaultSectionSize(48)
        self.when_picked(self.insights, self._insight_picked)
        self.insights_stack, self.insights_empty = self.or_first_record(
            self.insights,
            self.tr("Nothing heard under this theme yet"),
            self.tr("Add what the panel said, in a sentence they would stand behind."),
            self.tr("Add"),
        )
        layout.addWidget(self.insights_stack, 1)
        return column

    def _detail_column(self) -> QWidget:
        self.detail, layout = w.side_panel(margins=(16, 14, 16, 14), spacing=8)
        self.insight_form = RecordForm(self.editor, "insight", self)
        self.statement = QPlainTextEdit()
        self.statement.setFixedHeight(52)
        self.statement.setPlaceholderText(self.tr("What we heard, in a sentence the panel stands behind"))
        status_row = w.StackWhenNarrow()  # History and Delete under the status and theme when narrow (200%)
        choices = w.StackWhenNarrow()  # and the theme under the status when even those two do not fit
        self.status = word_combo(INSIGHT_STATUSES)
        self.insight_theme = ElidingCombo()
        self.status.setAccessibleName(self.tr("Status"))
        self.insight_theme.setAccessibleName(self.tr("Theme"))
        choices.addWidget(self.status)
        choices.addWidget(self.insight_theme, 1)
        status_row.addLayout(choices, 1)
        links = QHBoxLayout()
        links.addWidget(history_button(self.insight_form))
        self.delete_insight_button = w.link_button(self.tr("Delete"))
        self.delete_insight_button.clicked.connect(self.delete_insight)
        links.addWidget(self.delete_insight_button)
        links.addStretch(1)
        status_row.addLayout(links)
        self.insight_form.bind("statement", self.statement, required=True)
        self.insight_form.bind("status", self.status)
        self.insight_form.bind("theme_id", self.insight_theme)
        statement_label = QLabel(self.tr("What we heard"))  # stays when the placeholder goes
        statement_label.setBuddy(self.statement)
        layout.addWidget(statement_label)
        layout.addWidget(english_and_welsh(self.insight_form, "statement", self.statement, self.tr("What we heard")))
        layout.addLayout(status_row)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setDocumentMode(True)
        self.trace = QTextBrowser()
        self.trace.setAccessibleName(self.tr("From what was heard to what was done"))
        self.trace.setOpenLinks(False)
        self.trace.anchorClicked.connect(self._anchor)
        self.detail_tabs.addTab(self.trace, self.tr("You said, we did"))
        evidence = QWidget()
        evidence_layout = QVBoxLayout(evidence)
        evidence_layout.setContentsMargins(0, 8, 0, 0)
        self.evidence_model = QuotesModel(self)
        self.evidence = w.table_view(
            self.evidence_model, stretch=QuotesModel.COL_TEXT, widths={QuotesModel.COL_SPEAKER: 130}
        )
        self.evidence.setAccessibleName(self.tr("Quotes behind this"))
        self.evidence.setColumnHidden(QuotesModel.COL_INSIGHTS, True)
        self.evidence.doubleClicked.connect(lambda index: self.open_record.emit("quote", w.current_id(self.evidence)))
        evidence_layout.addWidget(w.muted(self.tr("Quotes linked to this (double-click to open the session).")))
        evidence_layout.addWidget(self.evidence, 1)
        evidence_layout.addWidget(w.muted(self.tr("Heard at these sessions:")))
        self.sessions = w.CheckList("Filter sessions…")
        self.sessions.changed.connect(self._sessions_changed)
        evidence_layout.addWidget(self.sessions, 1)
        self.detail_tabs.addTab(evidence, self.tr("Evidence"))
        layout.addWidget(self.detail_tabs, 1)
        self.detail_empty = w.EmptyState(
            self.tr("Choose something we heard"), self.tr("See the words behind it, and what was done about it.")
        )
        self.detail_stack = w.or_empty(self.detail, self.detail_empty)
        self.detail_stack.setContentsMargins(10, 4, 0, 0)
        return self.detail_stack

    # -- showing ------------------------------------------------------------------------------------
    def _theme_picked(self) -> None:
        self.new_theme_record.cancel()  # the coordinator chose another theme meanwhile
        self.new_insight.cancel()
        self._theme_chosen()

    def _insight_picked(self) -> None:
        self.new_insight.cancel()
        self._show_insight()

    def set_snapshot(self, snap) -> None:
        self.snapshot = snap
        self.coverage.set_snapshot(snap)
        if snap is None:
            return
        for theme_id, parent_id in list(self._moved.items()):
            theme = snap.themes.get(theme_id)
            if theme is None or (theme.parent_id == parent_id and all(m[0] != theme_id for m in self._moves)):
                del self._moved[theme_id]  # the move is in view now (or the theme is gone)
        keep = self.new_theme_record.wanted() or self.current_theme()
        if self._theme_placed is not None:  # after a delete: the theme below (or above); after its undo: it
            theme_id, back, after = self._theme_placed
            if back and theme_id in snap.themes:
                keep, self._theme_placed = theme_id, None
            elif not back and theme_id not in snap.themes:
                keep, self._theme_placed = (after if keep in (theme_id, None) else keep), None
                self._focus_list(self.tree)
        if self.new_insight.waiting():  # the new insight's own theme, once it has arrived
            insight = snap.insights.get(self.new_insight.wanted())
            keep = insight.theme_id if insight else keep
        with self.refreshing():
            self.tree.fill(snap, keep)
            self.insight_theme.blockSignals(True)
            self.insight_theme.clear()
            for t in sorted(snap.data.themes, key=lambda t: t.name.lower()):
                self.insight_theme.addItem(swatch(t.colour), t.name, t.id)
            self.insight_theme.blockSignals(False)
        self._theme_chosen()
        self.new_theme_record.arrived(snap)
        self.new_insight.arrived(snap)

    def current_theme(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, ThemeIdRole) if item else None

    def descendants(self, theme_id: int) -> list[int]:
        out, todo = [], [theme_id]
        children: dict[int | None, list[int]] = {}
        for t in self.snapshot.data.themes:  # with the moves this window made that the Snapshot does not show yet
            children.setdefault(self._moved.get(t.id, t.parent_id), []).append(t.id)
        while todo:
            current = todo.pop()
            out.append(current)
            todo.extend(children.get(current, []))
        return out

    def _theme_chosen(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        theme_id = self.current_theme()
        theme = snap.themes.get(theme_id)
        self.theme_box.setVisible(theme is not None)
        self.theme_form.load(theme_id if theme else None)
        if theme:
            self.theme_colour.setIcon(swatch(theme.colour, 14))
            self.theme_colour.setText(theme.colour or "Choose…")
        waiting = self.new_insight.waiting()
        keep = self.new_insight.wanted() if waiting else w.current_id(self.insights)
        with self.refreshing():
            self.insights_model.set_theme(snap, self.descendants(theme_id) if theme and theme_id is not None else None)
            self.reselect(self.insights, keep, waiting)
        if self.insights_model.rowCount() <= 80:  # beyond that, measuring every row would stall the screen
            self.insights.resizeRowsToContents()
        count = self.insights_model.rowCount()
        self.insights_stack.setCurrentWidget(self.insights if count else self.insights_empty)
        self.insights_note.setText(
            counted(
                self.tr("Under %1: %n thing(s) the panel said", "", count).replace("%1", theme.name)
                if theme
                else self.tr("Across every theme: %n thing(s) the panel said", "", count),
                count,
            )
            + (
                self.tr(", %1 of the actions done.").replace("%1", percent(snap.figures.themes.get(theme_id, 0.0)))
                if theme
                else "."
            )
        )
        self.new_insight_button.setEnabled(bool(snap.data.themes))
        if not snap.data.themes:
            self.insights_empty.title.setText(self.tr("No themes yet"))
            self.insights_empty.text.setText(
                self.tr(
                    "What we heard sits under a theme: name the first theme "
                    "(such as “Stigma in services”), then add what the panel said."
                )
            )
            assert self.insights_empty.button is not None  # made with its action text
            self.insights_empty.button.setText(self.tr("New theme"))
        else:
            self.insights_empty.title.setText(self.tr("Nothing heard under this theme yet"))
            self.insights_empty.text.setText(self.tr("Add what the panel said, in a sentence they would stand behind."))
            assert self.insights_empty.button is not None
            self.insights_empty.button.setText(self.tr("Add"))
        self._show_insight()

    def _show_insight(self) -> None:
        snap, insight_id = self.snapshot, w.current_id(self.insights)
        if snap is None or insight_id not in snap.insights:
            self.insight_form.load(None)
            self.detail_stack.setCurrentWidget(self.detail_empty)
            return
        self.detail_stack.setCurrentWidget(self.detail)
        assert insight_id is not None  # it is in snap.insights
        insight = snap.insights[insight_id]
        self.insight_form.load(insight_id)
        self._trace(snap, insight_id)
        self.evidence_model.set_quotes(snap, snap.quotes_by_insight.get(insight_id, []))
        self.sessions.set_items(
            [(s.id, f"{uk_short_date(s.date)}  {s.title}") for s in sorted(snap.data.sessions, key=lambda s: s.date)],
            insight.session_ids,
        )

    def _trace(self, snap, insight_id: int) -> None:
        """The insight's trace, its commitments' updates with their words read for it off the GUI thread (the
        Snapshot holds none: ui.update_texts); shown at once without them while they are read."""
        texts = self.store.update_texts
        commitment_ids = traced_commitments(snap, insight_id)

        def show(found) -> None:
            scroll = self.trace.verticalScrollBar().value() if insight_id == getattr(self, "_traced", None) else 0
            html = insight_trace(snap, insight_id, found)
            self.trace.setHtml(scale_points(html, text_factor()))  # at the text size chosen
            self.trace.verticalScrollBar().setValue(scroll)
            self._traced = insight_id

        def arrived(found) -> None:
            if self.snapshot is snap and w.current_id(self.insights) == insight_id:
                show(found)

        known = texts.known(snap, commitment_ids)
        if known is not None:
            show(known)
            return
        if getattr(self, "_traced", None) != insight_id:
            show(None)  # another insight: its trace now, the updates' words when they come

        def failed(exc: BaseException) -> None:  # in the words the commitment's timeline uses
            said = QCoreApplication.translate("Timeline", "The updates could not be read: {0}")
            self.store.error.emit(said.format(str(exc) or type(exc).__name__))

        texts.read(snap, commitment_ids, arrived, failed)

    # -- changing -----------------------------------------------------------------------------------
    def reparent_theme(self, theme_id: int, parent_id: int | None) -> bool:
        """Move a theme under another (None: to the top). Built from the parent the screen shows (the Snapshot's,
        or where this window last moved it); the theme's row and version are read off the GUI thread and the move
        saved when they come, one move after another, so quick moves all land. A row whose parent is neither is
        someone else's move: shown as a conflict, not overwritten. False when the move is refused at once."""
        if theme_id is None or self.snapshot is None or theme_id not in self.snapshot.themes:
            return False
        if parent_id is not None and parent_id in self.descendants(theme_id):
            self.store.error.emit("A theme cannot sit under itself or one of its own sub-themes.")
            return False
        seen = self._moved.get(theme_id, self.snapshot.themes[theme_id].parent_id)
        if parent_id == seen:
            return False  # already there
        self._moved[theme_id] = parent_id
        self._moves.append((theme_id, seen, parent_id))
        if len(self._moves) == 1:
            self._next_move()
        return True

    def _next_move(self) -> None:
        if not self._moves:
            return
        theme_id = self._moves[0][0]
        self.store.read(lambda db: read_row(db, "theme", theme_id), self._save_move, self._move_failed)

    def _save_move(self, current: dict | None) -> None:
        theme_id, seen, parent_id = self._moves.popleft()
        shown = self.snapshot.themes.get(theme_id) if self.snapshot is not None else None
        if current is None:
            self._moved.pop(theme_id, None)
            self.store.error.emit("That theme is no longer there (someone may have deleted it).")
        elif current["parent_id"] not in (seen, shown.parent_id if shown else seen):  # moved by someone else
            self._moved.pop(theme_id, None)
            mine = {**current, "parent_id": parent_id}
            conflict.show_conflict(self.editor, _Move(theme_id), ConflictError("theme", theirs=current, mine=mine))
        elif current["parent_id"] != parent_id:
            before = {"parent_id": current["parent_id"]}
            if not self.editor.edit(
                Change("theme", theme_id, before, {"parent_id": parent_id}, current["version"]), "Move theme"
            ):
                self._moved.pop(theme_id, None)  # refused: the Editor said why
        self._next_move()

    def _move_failed(self, exc: BaseException) -> None:
        theme_id = self._moves.popleft()[0]
        self._moved.pop(theme_id, None)
        self.store.error.emit(str(exc))
        self._next_move()

    def choose_colour(self) -> None:
        theme_id = self.current_theme()
        if theme_id is None:
            return
        colour = QColorDialog.getColor(QColor(self.theme_form.values.get("colour") or "#1f6f78"), self, "Theme colour")
        if colour.isValid():
            self.theme_form.save({"colour": colour.name()}, text="Change theme colour")

    def new_theme(self) -> None:
        if self.store.commission_id is None:
            return
        parent = self.current_theme()
        result = self.editor.create(
            "theme",
            {"commission_id": self.store.commission_id, "name": "New theme", "parent_id": parent},
            text="Add theme",
        )
        self.expect_new(
            result, lambda tid: self.show_record("theme", tid), self.theme_name, self.new_theme_record, self._no_theme
        )

    def _no_theme(self) -> None:
        """While a new theme is on its way: no theme chosen, so nothing typed can reach the one before."""
        with self.refreshing():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))  # type: ignore[arg-type]  # "Everything we heard" (never None)
        self._theme_chosen()

    def delete_theme(self) -> None:
        theme_id = self.current_theme()
        if theme_id is None:
            return
        if self.snapshot.insights_by_theme.get(theme_id):
            self.store.error.emit(
                "This theme still has things we heard under it: move them to another theme "
                "first, so nothing the panel said is lost."
            )
            return
        item = self.tree.currentItem()
        assert item is not None  # the current theme's
        below = self.tree.itemBelow(item) or self.tree.itemAbove(item)  # the theme that takes its place
        after = below.data(0, ThemeIdRole) if below is not None else None

        def placed(back: bool) -> None:
            self._theme_placed = (theme_id, back, None if back else after)

        told = self.tr("Theme deleted. Ctrl+Z brings it back.")
        self.delete_record("theme", theme_id, "Delete theme", told, self.tree, placed)

    def new_item(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        if not snap.data.themes:
            self.new_theme()  # what we heard always sits under a theme: name one first
            return
        theme_id = self.current_theme() or min(snap.data.themes, key=lambda t: t.name.lower()).id
        result = self.editor.create(
            "insight",
            {
                "commission_id": self.store.commission_id,
                "theme_id": theme_id,
                "statement": "New: what we heard",
                "status": "draft",
            },
            text="Add what we heard",
        )
        self.expect_new(
            result,
            lambda iid: self.show_record("insight", iid),
            self.statement,
            self.new_insight,
            lambda: self.select_nothing(self.insights, self._show_insight),
        )

    def delete_insight(self) -> None:
        insight_id = w.current_id(self.insights)
        self.delete_record(
            "insight", insight_id, "Delete what we heard", self.tr("Deleted. Ctrl+Z brings it back."), self.insights
        )

    def _sessions_changed(self) -> None:
        self.save_links("insight", "sessions", self.insights, self.sessions, "Link sessions")

    def _anchor(self, url: QUrl) -> None:
        kind, _, record = url.toString().partition(":")
        if record.isdigit():
            self.open_record.emit(kind, int(record))

    def show_record(self, kind: str, record_id: int) -> None:
        snap = self.snapshot
        if snap is None:
            return
        self.page_tabs.setCurrentIndex(0)
        if kind == "theme":
            target = record_id
        else:
            insight = snap.insights.get(record_id)
            if insight is None:
                return
            target = insight.theme_id
        for item in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, ThemeIdRole) == target:
                self.tree.setCurrentItem(item)
        if kind == "insight":
            w.select_record(self.insights, record_id)
            self._show_insight()

    def splitters(self) -> dict:
        return {"splitter": self.splitter, "right": self.right}


class _Move:
    """What the conflict dialog asks of a refused edit: which record it was of."""

    kind = "theme"

    def __init__(self, record_id: int):
        self.record_id = record_id
