"""The list-and-editor screen: a list of records on one side, the chosen one's editor beside it.

Sessions, members, themes and actions (with commitments) share the same round of a refresh: keep the chosen
record (or the one just made, see `new_record.py`) selected while the list is re-read, show it, and save what is
being typed before anything else happens. `ListEditor` holds that round once; a screen supplies its parts:

- `self.table`, `self.model` and `self.new_record` (a `NewRecord`, or None), for the default `set_snapshot`;
- `fill(snap)`: put the snapshot into the list's models (signals from them are not the coordinator's choices);
- `filled(snap)`: what follows once the list is filled (empty states, choices in combo boxes);
- `show_current()`: show the chosen record in the editor;
- `forms`: the record forms whose typing `commit_pending` saves;
- `state_key` and `splitters()`: where the splitters' positions are kept between runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from commission.kinds import KINDS
from commission.ui.bases import StoreWidget
from commission.ui.forms import RecordForm
from commission.ui.history import history_button
from commission.ui.new_record import NewRecord
from commission.ui.widgets import EmptyState, StackWhenNarrow, current_id, or_empty, select_record


class _Title(QLabel):
    """The chosen record's name over the side panel: it wraps, and keeps room for its longest word (up to
    TITLE_ROOM characters) beside a long pill, so a panel made narrow by large text is made wide enough."""

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(part) for part in self.text().split()), default=0)
        return QSize(min(longest, metrics.averageCharWidth() * TITLE_ROOM), super().minimumSizeHint().height())


TITLE_ROOM = 10


def _row_of(view, record_id: int) -> int:
    from commission.ui.models import IdRole

    model = view.model()
    matches = model.match(model.index(0, 0), IdRole, record_id, 1, Qt.MatchFlag.MatchExactly)
    return matches[0].row() if matches else 0


class ListEditor(StoreWidget):
    state_key = ""  # settings keys are "<state_key>/<splitter name>"; empty: nothing is kept
    table: QTableView  # the list (for the default set_snapshot)
    model: Any  # its model, with set_snapshot(snap)
    splitter: QSplitter

    def __init__(self, store, editor, parent=None):
        super().__init__(store, editor, parent)
        self.snapshot = None
        self._refreshing = False  # while models reset, selection signals are not user choices
        self.new_record: NewRecord | None = None
        self.forms: tuple = ()
        # after a delete, by list: the record deleted and the row it was on (the row that takes its place is
        # chosen once the list is read again); after its undo, the record brought back
        self._gone: dict[QTableView, tuple[int, int]] = {}
        self._back: dict[QTableView, int] = {}

    # -- hooks --------------------------------------------------------------------------------------
    def fill(self, snap) -> None:
        self.model.set_snapshot(snap)

    def filled(self, snap) -> None:
        """After the list is filled, outside the refresh (for every snapshot, None included)."""

    def show_current(self) -> None:
        raise NotImplementedError

    def new_item(self) -> None:
        """Start a new record (Ctrl+N, and the button of an empty list)."""
        raise NotImplementedError

    def splitters(self) -> dict[str, QSplitter]:
        return {"splitter": self.splitter} if self.state_key else {}

    # -- building -----------------------------------------------------------------------------------
    def panel_head(self, kind: str, pill: QWidget) -> tuple[QBoxLayout, QLabel]:
        """The side panel's head: the chosen record's title, its pill and the History link of its form, made
        here (`self.form`, whose typing commit_pending saves); the pill and link go under the title when they
        do not fit beside it (a long Welsh pill at a large text size). Returns the head and the title."""
        self.form = RecordForm(self.editor, kind, self)
        self.forms = (self.form,)
        head = StackWhenNarrow()
        title = _Title()
        title.setObjectName("sectionTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)  # a long name wraps; one with no space is cut, never widening the panel past the window
        head.addWidget(title, 1)
        marks = StackWhenNarrow()  # and History under the pill when even those two do not fit beside each other
        marks.addWidget(pill, 0, Qt.AlignmentFlag.AlignLeft)
        marks.addWidget(history_button(self.form), 0, Qt.AlignmentFlag.AlignLeft)
        marks.addStretch(1)
        head.addLayout(marks)
        return head, title

    def over_detail(self, detail: QWidget, sizes: list[int]) -> QSplitter:
        """`self.splitter`: the list (`self.table`) above `detail`, the chosen record's editor; neither folds away."""
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setSizes(sizes)
        return self.splitter

    def or_first_record(
        self, content: QWidget, title: str, text: str, action_text: str
    ) -> tuple[QStackedWidget, EmptyState]:
        """`content`, or in its place while there is nothing in it, what it is for and a button that makes
        the first record (`new_item`). Returns the stack and the empty state."""
        empty = EmptyState(title, text, action_text, on_action=lambda: self.new_item())
        return or_empty(content, empty), empty

    # -- the round of a refresh ---------------------------------------------------------------------
    def set_snapshot(self, snap) -> None:
        new = self.new_record
        waiting = new is not None and new.waiting()
        keep = new.wanted() if new is not None and waiting else current_id(self.table)
        self.snapshot = snap
        with self.refreshing():
            self.fill(snap)
            if snap is not None:
                self.reselect(self.table, keep, waiting)
        self.filled(snap)
        if snap is not None:
            self.show_current()
            if new is not None:
                new.arrived(snap)

    @contextmanager
    def refreshing(self) -> Iterator[None]:
        """Selection changes made inside are the screen's own, not the coordinator's."""
        self._refreshing = True
        try:
            yield
        finally:
            self._refreshing = False

    def reselect(self, view, keep: int | None, waiting: bool = False) -> None:
        """Select `keep` again, or else the first row (not while a new record is on its way). After a delete,
        the row that took the deleted record's place (the next, or the previous at the end), with the focus on
        the list, never left on a Delete button; after its undo, the record brought back."""
        back = self._back.get(view)
        if back is not None and select_record(view, back):
            del self._back[view]
            return
        gone = self._gone.get(view)
        if gone is not None and keep in (gone[0], None) and not waiting:
            record_id, row = gone
            if select_record(view, record_id):
                return  # an earlier read, from before the delete: the record is still there
            del self._gone[view]
            rows = view.model().rowCount()
            if rows:
                row = min(row, rows - 1)
                view.setCurrentIndex(view.model().index(row, 0))
                view.selectRow(row)
                view.scrollTo(view.currentIndex())
            self._focus_list(view)
            return
        self._gone.pop(view, None)  # another row was chosen meanwhile: that one stays
        if not select_record(view, keep) and view.model().rowCount() and not waiting:
            view.selectRow(0)

    @staticmethod
    def _focus_list(view) -> None:
        """The focus to the list when it was in this screen (on the Delete button just pressed)."""
        focused = QApplication.focusWidget()
        screen = view.window()
        if view.isVisible() and (focused is None or screen.isAncestorOf(focused)):
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def when_picked(self, view, picked: Callable[[], None]) -> None:
        """Call `picked` when the coordinator chooses another row of `view` (not when the list is refreshed)."""
        view.selectionModel().currentRowChanged.connect(lambda *_: None if self._refreshing else picked())

    def select_nothing(self, view=None, then: Callable[[], None] | None = None) -> None:
        """While a new record is on its way: nothing selected, so nothing typed can reach the one before."""
        view = self.table if view is None else view
        with self.refreshing():
            view.clearSelection()
            view.setCurrentIndex(QModelIndex())
        (then or self.show_current)()

    def expect_new(self, result, select: Callable[[int], object], field: QWidget | None, new=None, clear=None) -> None:
        """A record was just made (`result` from the Editor): select and focus it once the list has it."""
        new = new or self.new_record
        if result and new is not None:
            new.expect(result["id"], self.snapshot, select, field, clear or self.select_nothing)

    def save_links(self, kind: str, link: str, view, checklist, text: str) -> None:
        """The ticks in `checklist` are now the `link` of the record chosen in `view` (one undo step)."""
        record_id = current_id(view)
        records = getattr(self.snapshot, KINDS[kind].collection, {})
        if record_id is None or record_id not in records:
            return
        before = getattr(records[record_id], f"{link.removesuffix('s')}_ids")  # "insights": insight_ids
        self.editor.set_links(kind, record_id, link, before, checklist.checked_ids(), text)

    def delete_record(
        self, kind: str, record_id: int | None, undo_text: str, told: str, view=None, placed=None
    ) -> bool:
        """Delete the record (undoably) and say so in the status bar; nothing when none is chosen. When it is
        the one chosen in `view` (the list, by default), the row that takes its place is chosen next, and
        the focus goes to the list: a second Enter must not delete another record (see `reselect`).
        `placed`: the screen's own choosing instead (see DeleteRecord), for a list that is not a table."""
        view = getattr(self, "table", None) if view is None else view
        if record_id is None:
            return False
        if placed is None and isinstance(view, QTableView) and current_id(view) == record_id:
            placed = self._placing(view, record_id)
        if not self.editor.delete(kind, record_id, undo_text, placed=placed):
            self._gone.pop(view, None)
            return False
        if placed is not None and view is not None:
            self._focus_list(view)  # at once: the Delete button may stay where it is until the list is read
        self.tell(told)
        return True

    def _placing(self, view, record_id: int) -> Callable[[bool], None]:
        def placed(back: bool) -> None:
            if back:
                self._gone.pop(view, None)
                self._back[view] = record_id
            else:
                self._back.pop(view, None)
                index = view.currentIndex()
                row = index.row() if current_id(view) == record_id else _row_of(view, record_id)
                self._gone[view] = (record_id, max(row, 0))

        return placed

    def delete_chosen(self, kind: str, view, undo_text: str, told: str) -> bool:
        """Delete the record chosen in `view` (undoably) and say so; nothing when none is chosen."""
        return self.delete_record(kind, current_id(view), undo_text, told, view)

    def picked(self) -> None:
        """The coordinator chose another row: a new record on its way is no longer wanted, nor a record
        brought back by an undo to be chosen."""
        self._back.clear()
        if self.new_record is not None:
            self.new_record.cancel()
        self.show_current()

    def tell(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    # -- what the main window asks of every screen --------------------------------------------------
    def commit_pending(self) -> None:
        for form in self.forms:
            form.commit_pending()

    def save_state(self, settings) -> None:
        for name, splitter in self.splitters().items():
            settings.set_bytes(f"{self.state_key}/{name}", splitter.saveState())

    def restore_state(self, settings) -> None:
        for name, splitter in self.splitters().items():
            state = settings.bytes(f"{self.state_key}/{name}")
            if state is not None:
                splitter.restoreState(state)
