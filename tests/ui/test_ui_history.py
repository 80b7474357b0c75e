"""History on every record, the two-versions dialog for a conflict, and "Try again" for a lost connection."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from commission.services import edits, rights
from commission.storage import open_database
from commission.ui.commands import Change
from commission.ui.conflict import ConflictDialog, ConnectionDialog
from commission.ui.history import HistoryModel, describe, history_rows

ME, THEM = "Sam Coordinator", "Alex Other"


@pytest.fixture(autouse=True)
def coordinator(monkeypatch, settings):
    """The name set in Preferences: what the app records as "who", with no environment variable involved."""
    monkeypatch.delenv("COMMISSION_USER", raising=False)
    settings.user_name = ME


@pytest.fixture
def other(ui_db):
    """A second coordinator: another connection to the same database file."""
    database = open_database(ui_db.path)
    yield database
    database.dispose()


def first_session(window):
    screen = window.show_screen("sessions")
    session_id = screen.current_session()
    assert session_id is not None
    return screen, session_id


def type_title(qtbot, screen, text):
    screen.title_edit.setFocus()
    screen.title_edit.selectAll()
    qtbot.keyClicks(screen.title_edit, text)
    qtbot.keyClick(screen.title_edit, Qt.Key.Key_Return)


def history_texts(dialog):
    model = dialog.panel.model
    return [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]


def test_history_lists_an_edit_made_through_the_ui(qtbot, window):
    screen, session_id = first_session(window)
    old = edits.get(window.store.db, "session", session_id)["title"]
    type_title(qtbot, screen, "Listening: the cost of the school day")
    qtbot.mouseClick(screen.history_button, Qt.MouseButton.LeftButton)
    dialog = window.history_dialog
    assert dialog.isVisible()
    assert "History of session" in dialog.panel.title.text()
    when, who, what = history_texts(dialog)[0]
    assert who == ME
    assert what == f"Title: “{old}” → “Listening: the cost of the school day”"
    assert when.startswith(f"{date.today():%d/%m/%Y}")

    # it keeps up: a further change appears without reopening it
    screen.location.setFocus()
    screen.location.setText("Ty Calon community centre")
    qtbot.keyClick(screen.location, Qt.Key.Key_Return)
    assert history_texts(dialog)[0][2].startswith("Where")
    dialog.close()


def test_every_editor_has_a_history_link(qtbot, window):
    from commission.ui.history import HistoryDialog

    snap = window.store.snapshot
    screens = {
        "member": ("members", snap.data.members[0].id),
        "organisation": ("members", snap.data.organisations[0].id),
        "insight": ("themes", snap.data.insights[0].id),
        "action": ("actions", snap.data.actions[0].id),
        "commitment": ("actions", snap.data.commitments[0].id),
        "session": ("sessions", snap.data.sessions[0].id),
    }
    from PySide6.QtWidgets import QPushButton

    for kind, (key, record_id) in screens.items():
        window.show_screen(key).show_record(kind, record_id)
        buttons = [
            b
            for b in window.screens[key].findChildren(QPushButton)
            if b.text() == "History" and b.isVisibleTo(window) and b.isVisible()
        ]
        assert buttons, kind
        buttons[0].click()
        dialog = window.history_dialog
        assert isinstance(dialog, HistoryDialog) and dialog.isVisible()
        dialog.close()


def test_history_says_each_kind_of_change_in_plain_words(window):
    db, snap = window.store.db, window.store.snapshot
    member = snap.data.members[0]
    session = edits.create(
        db, "session", {"commission_id": snap.commission.id, "date": date(2026, 11, 20), "title": "Food and fuel"}
    )
    edits.set_consent(db, member.id, "named", True, date(2027, 5, 1))
    edits.set_attendance(db, session["id"], member.id, "apologies")
    theme = edits.create(db, "theme", {"commission_id": snap.commission.id, "name": "Food"})
    snapshot = edits.delete(db, "theme", theme["id"])
    edits.restore(db, "theme", snapshot)

    member_rows = [r.what for r in history_rows(db, "member", member.id, snap)]
    assert member_rows[0].startswith("Consent to be named: ")
    assert member_rows[0].endswith(" → yes until 01/05/2027")
    session_rows = [r.what for r in history_rows(db, "session", session["id"], snap)]
    assert session_rows == [
        f"Attendance of {member.display_name}: not recorded → apologies",
        "Added this session: “Food and fuel”",
    ]
    theme_rows = [r.what for r in history_rows(db, "theme", theme["id"], snap)]
    assert theme_rows == [
        "Brought this theme back (a delete was undone)",
        "Deleted this theme (“Food”)",
        "Added this theme: “Food”",
    ]

    edits.edit(db, "member", member.id, {"email": "someone@example.org"})
    rights.erase_member(db, member.id, quotes="remove")
    erased = [r.what for r in history_rows(db, "member", member.id, snap)]
    assert erased[0].startswith("Erased at their request: personal details removed; quotes removed")
    assert "someone@example.org" not in " ".join(erased)
    assert (
        describe(
            {
                "operation": "edit",
                "record_kind": "member",
                "field": "display_name",
                "old_value": "[erased]",
                "new_value": "[erased]",
            }
        )
        == "Name: (erased) → (erased)"
    )


def test_a_commitments_history_includes_its_updates(window):
    db, snap = window.store.db, window.store.snapshot
    commitment = snap.data.commitments[0]
    edits.log_update(db, commitment.id, date=date(2026, 11, 1), status="in progress", progress=40, actor=ME)
    window.store.refresh()
    rows = history_rows(db, "commitment", commitment.id, window.store.snapshot)
    assert rows[0].what == "Logged an update: in progress on 01/11/2026, 40%"
    model = HistoryModel()
    model.set_rows(rows)
    assert model.index(0, HistoryModel.COL_WHO).data() == ME


def test_a_commitments_history_shows_only_its_own_updates_and_its_delete_undone_once(window):
    """The tester's case: an update logged on the first commitment and undone, then one logged on another (SQLite
    gives it the undone one's id): the other's History says nothing of the first's update; and a delete of it
    undone says so once, not once more for each update that went and came back with it."""
    db, snap = window.store.db, window.store.snapshot
    first, other = snap.data.commitments[0], snap.data.commitments[-1]
    undone = edits.log_update(db, first.id, date=date(2026, 11, 1), status="in progress", progress=80, actor=ME)
    edits.delete(db, "update", undone["id"], actor=ME)
    logged = edits.log_update(db, other.id, date=date(2026, 11, 2), status="in progress", progress=10, actor=ME)
    deleted = edits.delete(db, "commitment", other.id, actor=ME)
    edits.restore(db, "commitment", deleted, actor=ME)
    window.store.refresh()
    snap = window.store.snapshot
    assert logged["id"] in {u.id for u in snap.data.updates_by_commitment[other.id]}
    said = [r.what for r in history_rows(db, "commitment", other.id, snap)]
    assert "Logged an update: in progress on 02/11/2026, 10%" in said
    assert not any("80%" in s or "Deleted this update" in s for s in said)
    assert said.count("Brought this commitment back (a delete was undone)") == 1
    assert not any("update back" in s for s in said)


def test_a_conflict_between_two_coordinators_shows_both_and_use_mine_keeps_theirs_in_history(qtbot, window, other):
    screen, session_id = first_session(window)
    seen = edits.get(other, "session", session_id)
    edits.edit(other, "session", session_id, {"title": "Their title"}, expected_version=seen["version"], actor=THEM)

    type_title(qtbot, screen, "My title")  # the screen still holds the version from before their save
    dialog = window.editor.conflict_dialog
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    assert dialog.fields == ["title"]
    texts = [label.text() for label in dialog.findChildren(type(screen.panel_title))]
    assert "Their title" in texts and "My title" in texts
    assert any(THEM in t for t in texts)  # who saved theirs
    assert window.undo_stack.count() == 0  # the refused save never reached the undo stack
    assert edits.get(window.store.db, "session", session_id)["title"] == "Their title"

    qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)
    assert edits.get(window.store.db, "session", session_id)["title"] == "My title"
    trail = edits.history(window.store.db, "session", session_id)
    assert [(e["actor"], e["old_value"], e["new_value"]) for e in trail[-2:]] == [
        (THEM, seen["title"], "Their title"),
        (ME, "Their title", "My title"),
    ]
    assert window.undo_stack.count() == 1
    window.undo_action.trigger()  # undo puts theirs back, not what was there before them
    assert edits.get(window.store.db, "session", session_id)["title"] == "Their title"
    window.redo_action.trigger()
    assert edits.get(window.store.db, "session", session_id)["title"] == "My title"


def test_keep_theirs_shows_theirs_in_the_field_that_was_typed_in(qtbot, window, other):
    screen, session_id = first_session(window)
    edits.edit(other, "session", session_id, {"title": "Their title"}, actor=THEM)
    type_title(qtbot, screen, "My title")
    screen.title_edit.setFocus()  # focus back in the field, as after the dialog closes
    qtbot.mouseClick(window.editor.conflict_dialog.theirs_button, Qt.MouseButton.LeftButton)
    assert screen.title_edit.text() == "Their title"
    assert screen.form.values["title"] == "Their title"
    qtbot.keyClick(screen.title_edit, Qt.Key.Key_Return)  # leaving it saves nothing over theirs
    assert edits.get(window.store.db, "session", session_id)["title"] == "Their title"
    assert window.undo_stack.count() == 0


def test_long_text_is_trimmed_to_the_words_that_differ():
    from commission.ui.conflict import excerpts

    theirs = "We met at the fridge. " * 20 + "Tea was provided."
    mine = theirs + " Two people asked for evening meetings."
    shown_theirs, shown_mine = excerpts(theirs, mine)
    assert shown_theirs.startswith("…") and len(shown_theirs) < 200
    assert "<span" in shown_mine and "Two people asked for evening meetings." in shown_mine
    assert excerpts("Hello there you", "Hello where you")[1] == (
        "Hello <span style='background:#fff1c2; font-weight:600'>where</span> you"
    )


def test_choose_per_field_or_keep_theirs(qtbot, window, other):
    db = window.store.db
    session_id = window.store.snapshot.data.sessions[0].id
    before = edits.get(db, "session", session_id)
    edits.edit(other, "session", session_id, {"title": "Theirs", "location": "Their hall"}, actor=THEM)
    window.editor.edit(
        Change("session", session_id, before, {"title": "Mine", "location": "My hall"}, before["version"])
    )
    dialog = window.editor.conflict_dialog
    assert dialog.fields == ["title", "location"]
    dialog.choose("title", "mine")
    qtbot.mouseClick(dialog.choices_button, Qt.MouseButton.LeftButton)
    saved = edits.get(db, "session", session_id)
    assert (saved["title"], saved["location"]) == ("Mine", "Their hall")

    edits.edit(other, "session", session_id, {"title": "Theirs again"}, actor=THEM)
    window.editor.edit(Change("session", session_id, saved, {"title": "Mine again"}, saved["version"]))
    dialog = window.editor.conflict_dialog
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    assert edits.get(db, "session", session_id)["title"] == "Theirs again"
    assert window.undo_stack.count() == 1  # only the first resolution
    assert "Kept the version someone else saved" in window.editor.last_message


def test_undo_after_someone_else_saved_asks_instead_of_overwriting(qtbot, window, other):
    screen, session_id = first_session(window)
    type_title(qtbot, screen, "Mine")
    edits.edit(other, "session", session_id, {"title": "Theirs"}, actor=THEM)
    window.undo_action.trigger()
    dialog = window.editor.conflict_dialog
    assert dialog.mine_title == "What undo would put back"
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    assert edits.get(window.store.db, "session", session_id)["title"] == "Theirs"
    assert window.undo_stack.count() == 0  # the undo that could not apply was dropped


def test_a_lost_connection_offers_to_try_the_same_save_again(qtbot, window, monkeypatch):
    screen, session_id = first_session(window)
    real, calls = edits.edit, []

    def flaky(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise edits.ConnectionLost("Lost the connection to the shared database; the change was not saved.")
        return real(*args, **kwargs)

    monkeypatch.setattr(edits, "edit", flaky)
    type_title(qtbot, screen, "Saved at the second try")
    dialog = window.editor.connection_dialog
    assert isinstance(dialog, ConnectionDialog) and dialog.isVisible()
    assert "Lost the connection to the shared database" in dialog.findChildren(type(screen.panel_title))[0].text()
    assert window.undo_stack.count() == 0
    assert edits.get(window.store.db, "session", session_id)["title"] != "Saved at the second try"
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert len(calls) == 2 and calls[0] == calls[1]  # the very same call
    assert edits.get(window.store.db, "session", session_id)["title"] == "Saved at the second try"
    assert window.undo_stack.count() == 1


def test_cancel_after_a_lost_connection_saves_nothing(qtbot, window, monkeypatch):
    screen, session_id = first_session(window)
    title = edits.get(window.store.db, "session", session_id)["title"]

    def lost(*args, **kwargs):
        raise edits.ConnectionLost("Lost the connection to the shared database; the change was not saved.")

    monkeypatch.setattr(edits, "edit", lost)
    type_title(qtbot, screen, "Never saved")
    qtbot.mouseClick(window.editor.connection_dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert edits.get(window.store.db, "session", session_id)["title"] == title
    assert window.undo_stack.count() == 0
    assert "not saved" in window.editor.last_message


def test_a_lost_connection_during_undo_leaves_the_stack_where_the_data_is(qtbot, window, monkeypatch):
    screen, session_id = first_session(window)
    original = edits.get(window.store.db, "session", session_id)["title"]
    type_title(qtbot, screen, "Typed")
    real, calls = edits.edit, []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise edits.ConnectionLost("Lost the connection to the shared database; the change was not saved.")
        return real(*args, **kwargs)

    monkeypatch.setattr(edits, "edit", flaky)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.undo_stack.index() == 1)  # stepped back: the undo did not happen
    assert edits.get(window.store.db, "session", session_id)["title"] == "Typed"
    qtbot.mouseClick(window.editor.connection_dialog.retry_button, Qt.MouseButton.LeftButton)
    assert edits.get(window.store.db, "session", session_id)["title"] == original
    assert window.undo_stack.index() == 0 and window.undo_stack.count() == 1
