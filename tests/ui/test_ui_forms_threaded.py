"""A form's record and a theme's row are read off the GUI thread, with nothing lost on the way (issue 11, item 2).

These run the Store on real threads (the app's own Runner). A form fills from the Snapshot the screen shows
and reads its record's row (with the version the Editor checks) on the runner; while that row is on its way
whatever is typed goes on top of the record's own words and is saved once the row is here, never as blank
over real. Theme moves wait for one another, so two quick moves both land, and a move made by someone else
since the screen was read is shown as a conflict, not overwritten.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from commission.services import edits
from commission.services.queries import find_commission, load_commission_data
from commission.storage import open_database
from tests.ui.threads import settled


class HeldReads:
    """edits.get, held back until `release()`: the row a form or a move asks for is 'on its way'."""

    def __init__(self, monkeypatch):
        self.gate = threading.Event()
        self.threads: list[threading.Thread] = []
        real = edits.get

        def held(db, kind, record_id):
            self.threads.append(threading.current_thread())
            self.gate.wait(5)  # on the GUI thread (the old read_now) this only stalls, then the test fails
            return real(db, kind, record_id)

        monkeypatch.setattr(edits, "get", held)

    def release(self):
        self.gate.set()


def fresh(window):
    return load_commission_data(window.store.db, find_commission(window.store.db).id)


def two_commitments(window):
    screen = window.show_screen("actions")
    tab = screen.commitments
    screen.tabs.setCurrentWidget(tab)
    first, second = sorted(window.store.snapshot.data.commitments, key=lambda c: c.ref)[:2]
    screen.show_record("commitment", first.id)
    return screen, tab, first, second


def test_typing_into_a_commitment_just_chosen_adds_to_its_pledge(qtbot, window, threaded, monkeypatch):
    screen, tab, _first, second = two_commitments(window)
    settled(threaded)
    reads = HeldReads(monkeypatch)
    screen.show_record("commitment", second.id)
    assert tab.form.waiting  # its row is on its way
    assert tab.pledge.toPlainText() == second.pledge  # the words are there at once, from the Snapshot
    tab.pledge.setFocus()
    tab.pledge.moveCursor(tab.pledge.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.pledge, " by May")
    tab.form.save_field("pledge")  # as leaving the box does: held until the row is here
    reads.release()
    settled(threaded)
    qtbot.waitUntil(lambda: not tab.form.waiting, timeout=10_000)
    settled(threaded)
    saved = next(c for c in fresh(window).commitments if c.id == second.id)
    assert saved.pledge == second.pledge + " by May"  # added to, never replaced by one letter
    assert reads.threads and all(t is not threading.main_thread() for t in reads.threads)
    assert window.editor.conflict_dialog is None


def test_a_line_typed_before_its_row_comes_is_saved_on_top_of_the_words(qtbot, window, threaded, monkeypatch):
    screen = window.show_screen("sessions")
    sessions = sorted(window.store.snapshot.data.sessions, key=lambda s: s.date)
    screen.show_record("session", sessions[0].id)
    settled(threaded)
    other = sessions[1]
    reads = HeldReads(monkeypatch)
    screen.show_record("session", other.id)
    assert screen.form.waiting and screen.title_edit.text() == other.title
    screen.title_edit.setFocus()
    screen.title_edit.end(False)
    qtbot.keyClicks(screen.title_edit, "!")
    qtbot.keyClick(screen.title_edit, Qt.Key.Key_Return)
    assert next(s for s in fresh(window).sessions if s.id == other.id).title == other.title  # not saved yet
    reads.release()
    qtbot.waitUntil(lambda: not screen.form.waiting, timeout=10_000)
    settled(threaded)
    assert next(s for s in fresh(window).sessions if s.id == other.id).title == other.title + "!"
    assert reads.threads and all(t is not threading.main_thread() for t in reads.threads)


def test_words_typed_over_a_title_someone_else_has_changed_since_are_a_conflict(
    qtbot, window, threaded, monkeypatch, ui_db
):
    screen = window.show_screen("sessions")
    sessions = sorted(window.store.snapshot.data.sessions, key=lambda s: s.date)
    screen.show_record("session", sessions[0].id)
    settled(threaded)
    target = sessions[1]
    second = open_database(ui_db.path)  # another coordinator, after this window's Snapshot was read
    try:
        edits.edit(second, "session", target.id, {"title": "Their title"}, actor="Alex Other")
    finally:
        second.dispose()
    reads = HeldReads(monkeypatch)
    screen.show_record("session", target.id)
    assert screen.title_edit.text() == target.title  # the Snapshot's (older) words
    screen.title_edit.setFocus()
    screen.title_edit.end(False)
    qtbot.keyClicks(screen.title_edit, " (mine)")
    qtbot.keyClick(screen.title_edit, Qt.Key.Key_Return)
    reads.release()
    qtbot.waitUntil(lambda: window.editor.conflict_dialog is not None, timeout=10_000)
    assert next(s for s in fresh(window).sessions if s.id == target.id).title == "Their title"  # not overwritten
    window.editor.conflict_dialog.reject()  # keep theirs
    settled(threaded)
    assert next(s for s in fresh(window).sessions if s.id == target.id).title == "Their title"
    qtbot.waitUntil(lambda: screen.title_edit.text() == "Their title", timeout=10_000)


def a_theme_and_two_places(window):
    themes = window.store.snapshot.data.themes
    children = {t.parent_id for t in themes}
    theme = next(t for t in themes if t.id not in children)  # no sub-themes: it may go under any other
    others = [t for t in themes if t.id not in (theme.id, theme.parent_id)]
    return theme, others[0], others[1]


def parent_of(window, theme_id):
    return next(t for t in fresh(window).themes if t.id == theme_id).parent_id


def test_two_quick_theme_moves_both_land(qtbot, window, threaded, monkeypatch):
    screen = window.show_screen("themes")
    settled(threaded)
    theme, first, second = a_theme_and_two_places(window)
    window.undo_stack.clear()
    said: list[str] = []
    window.store.error.connect(said.append)
    reads = HeldReads(monkeypatch)
    assert screen.reparent_theme(theme.id, first.id)
    assert screen.reparent_theme(theme.id, second.id)  # before the first one's row has come
    reads.release()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 2, timeout=10_000)
    settled(threaded)
    assert parent_of(window, theme.id) == second.id
    assert window.editor.conflict_dialog is None and not said
    assert reads.threads and all(t is not threading.main_thread() for t in reads.threads)
    window.undo_stack.undo()  # each move is its own step
    assert parent_of(window, theme.id) == first.id


def test_two_themes_moved_quickly_both_move(qtbot, window, threaded):
    screen = window.show_screen("themes")
    settled(threaded)
    themes = window.store.snapshot.data.themes
    parents = {t.parent_id for t in themes}
    leaves = [t for t in themes if t.id not in parents and t.parent_id is not None][:2]
    assert len(leaves) == 2
    window.undo_stack.clear()
    assert screen.reparent_theme(leaves[0].id, None)
    assert screen.reparent_theme(leaves[1].id, None)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 2, timeout=10_000)
    settled(threaded)
    assert parent_of(window, leaves[0].id) is None and parent_of(window, leaves[1].id) is None


def test_a_theme_moved_by_someone_else_since_is_a_conflict_not_overwritten(qtbot, window, threaded, ui_db):
    screen = window.show_screen("themes")
    settled(threaded)
    theme, first, second = a_theme_and_two_places(window)
    other = open_database(ui_db.path)
    try:
        edits.edit(other, "theme", theme.id, {"parent_id": second.id}, actor="Alex Other")
    finally:
        other.dispose()
    window.undo_stack.clear()
    assert screen.reparent_theme(theme.id, first.id)  # the screen still shows it where it was
    qtbot.waitUntil(lambda: window.editor.conflict_dialog is not None, timeout=10_000)
    assert parent_of(window, theme.id) == second.id
    assert window.undo_stack.count() == 0
    window.editor.conflict_dialog.reject()
    settled(threaded)
    assert parent_of(window, theme.id) == second.id


def test_a_move_under_a_theme_just_moved_beneath_it_is_refused(qtbot, window, threaded, monkeypatch):
    screen = window.show_screen("themes")
    settled(threaded)
    themes = window.store.snapshot.data.themes
    roots = [t for t in themes if t.parent_id is None][:2]
    assert len(roots) == 2
    said: list[str] = []
    window.store.error.connect(said.append)
    reads = HeldReads(monkeypatch)
    assert screen.reparent_theme(roots[1].id, roots[0].id)
    assert not screen.reparent_theme(roots[0].id, roots[1].id)  # would make a loop with the move on its way
    assert any("cannot sit under itself" in s for s in said)
    reads.release()
    settled(threaded)
    qtbot.waitUntil(lambda: parent_of(window, roots[1].id) == roots[0].id, timeout=10_000)
    assert parent_of(window, roots[0].id) is None
