"""Back-ups and restore, a member's data rights, encrypted databases and exports, and Preferences."""

from __future__ import annotations

import os
from datetime import timedelta

import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from commission.services import edits, queries
from commission.storage.backup import list_backups
from commission.storage.db import SQLITE_MAGIC
from commission.ui.workers import SyncRunner

PASSPHRASE = "correct horse battery"


def rename_first_session(qtbot, window, title):
    screen = window.show_screen("sessions")
    session_id = screen.current_session()
    screen.title_edit.setFocus()
    screen.title_edit.selectAll()
    qtbot.keyClicks(screen.title_edit, title)
    qtbot.keyClick(screen.title_edit, Qt.Key.Key_Return)
    return session_id


# -- back-ups --------------------------------------------------------------------------------------
def test_a_back_up_is_taken_on_opening_and_while_working_only_when_something_changed(qtbot, window):
    db = window.store.db
    assert len(list_backups(db)) == 1  # taken as the database was opened
    window.backups.set_interval(0)
    window.backups.automatic()
    assert len(list_backups(db)) == 1  # nothing changed since: no copy of the same thing
    rename_first_session(qtbot, window, "Changed since the back-up")
    window.backups.automatic()
    assert len(list_backups(db)) == 2
    window.backups.set_interval(10)
    rename_first_session(qtbot, window, "Changed again")
    window.backups.automatic()
    assert len(list_backups(db)) == 2  # the newest is not ten minutes old yet

    window.backups.back_up_now()  # on demand: always
    assert len(list_backups(db)) == 3
    assert "Backed up" in window.backups.last_message


def test_restore_from_a_back_up_brings_the_data_back(qtbot, window):
    db = window.store.db
    path = db.path
    original = edits.get(db, "session", window.show_screen("sessions").current_session())["title"]
    session_id = rename_first_session(qtbot, window, "A title to be undone by restoring")
    assert edits.get(db, "session", session_id)["title"] == "A title to be undone by restoring"

    dialog = window.backups.choose_restore()
    assert dialog.isVisible() and dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data().endswith("KB")  # the size, in words
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store.db is not db and window.store.db is not None, timeout=10_000)

    restored = window.store.db
    assert restored.path == path
    assert edits.get(restored, "session", session_id)["title"] == original
    assert window.store.snapshot.sessions[session_id].title == original  # the screens show it too
    assert "is kept at" in window.backups.last_message
    kept = [p for p in path.parent.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1
    from commission.storage import open_database

    aside = open_database(kept[0], create=False)  # the file as it was just before: nothing lost
    try:
        assert edits.get(aside, "session", session_id)["title"] == "A title to be undone by restoring"
    finally:
        aside.dispose()
    assert len(list_backups(restored)) == 1  # reopening after a restore does not crowd out a back-up
    window.backups.restored_box.close()


def test_restore_is_offered_only_when_chosen(qtbot, window):
    dialog = window.backups.choose_restore()
    dialog.reject()
    qtbot.wait(10)
    assert window.store.db.path.exists()
    assert not [p for p in window.store.db.path.parent.iterdir() if ".before-restore-" in p.name]


# -- a member's data rights ------------------------------------------------------------------------
def member_with_quotes(window):
    snap = window.store.snapshot
    counts = {}
    for quote in snap.data.quotes:
        if quote.member_id:
            counts[quote.member_id] = counts.get(quote.member_id, 0) + 1
    member_id = max(counts, key=counts.get)
    return snap.members[member_id], counts[member_id]


def member_names_listed(screen):
    model = screen.model
    return [model.index(r, model.COL_NAME).data() for r in range(model.rowCount())]


def test_erase_through_the_dialog_removes_the_name_from_the_list_and_the_database(qtbot, window):
    screen = window.show_screen("members")
    member, quote_count = member_with_quotes(window)
    db = window.store.db
    edits.edit(db, "member", member.id, {"email": "private@example.org"})
    window.store.refresh()
    screen.show_record("member", member.id)
    assert member.display_name in member_names_listed(screen)

    qtbot.mouseClick(screen.erase_button, Qt.MouseButton.LeftButton)
    dialog = screen.rights.erase_dialog
    assert dialog.isVisible()
    assert f"{quote_count} quotes" in " ".join(label.text() for label in dialog.findChildren(type(screen.legend)))
    assert not dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.remove.height() // 2))
    qtbot.keyClicks(dialog.confirm, member.ref[:-1])
    assert not dialog.erase_button.isEnabled()  # the ref must be typed in full
    qtbot.keyClicks(dialog.confirm, member.ref[-1])
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    names = member_names_listed(screen)
    assert member.display_name not in names and "Erased member" in names
    row = edits.get(db, "member", member.id)
    assert (row["display_name"], row["email"], row["pseudonym"]) == ("Erased member", "", "")
    data = queries.load_commission_data(db, window.store.commission_id)
    assert all(m.display_name != member.display_name for m in data.members)
    assert not [q for q in data.quotes if q.member_id == member.id]
    assert len(data.quotes) == len(window.store.snapshot.data.quotes)
    trail = edits.history(db, "member", member.id)
    assert trail[-1]["operation"] == "erase"
    assert not any(member.display_name in (e["old_value"] or "") + (e["new_value"] or "") for e in trail)
    assert window.undo_stack.count() == 0  # nothing left that could bring their details back
    assert not screen.erase_button.isEnabled()
    assert "cannot be undone" in screen.rights.last_message


def test_erase_can_keep_their_words_without_their_name(qtbot, window):
    screen = window.show_screen("members")
    member, _count = member_with_quotes(window)
    quotes_before = len(window.store.snapshot.data.quotes)
    screen.show_record("member", member.id)
    dialog = screen.rights.choose_erase(member.id)
    dialog.anonymise.setChecked(True)
    dialog.confirm.setText(member.ref)
    dialog.accept()
    data = window.store.snapshot.data
    assert len(data.quotes) == quotes_before
    assert not [q for q in data.quotes if q.member_id == member.id]


def test_export_everything_held_about_a_member(qtbot, window, tmp_path):
    screen = window.show_screen("members")
    member, quote_count = member_with_quotes(window)
    screen.rights.export(member.id, tmp_path / "for them")  # a job (here on the tests' synchronous runner)
    written = tmp_path / "for them.xlsx"
    assert f"Wrote {written}:" in screen.rights.last_message
    sheets = pd.read_excel(written, sheet_name=None, engine="openpyxl")
    assert member.display_name in sheets["About you"]["held"].tolist()
    assert len(sheets["Your words"]) == quote_count
    assert "personal details" in screen.rights.last_message


def test_an_export_that_cannot_be_made_says_why_and_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(window, "show_error", said.append)
    screen = window.show_screen("members")
    screen.rights.export(999_999, tmp_path / "nobody")  # a member erased from under the screen, say
    assert said == ["That member is no longer there."]
    assert not (tmp_path / "nobody.xlsx").exists() and "Wrote" not in screen.rights.last_message


# -- encryption ------------------------------------------------------------------------------------
def test_a_new_encrypted_database_through_the_dialog(qtbot, window, tmp_path, monkeypatch, settings):
    pytest.importorskip("sqlcipher3")
    monkeypatch.setattr(window, "new_commission", lambda: None)
    window.new_database()
    dialog = window.new_database_dialog
    assert dialog.isVisible()
    dialog.path.setText(str(tmp_path / "secret"))
    assert dialog.ok_button.isEnabled()  # a plain one needs only a place
    dialog.encrypt.setChecked(True)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, PASSPHRASE[:-1] + "X")
    assert not dialog.ok_button.isEnabled() and "not the same" in dialog.problem.text()
    dialog.confirm.setText(PASSPHRASE)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    path = tmp_path / "secret.db"
    assert window.store.db.path == path and window.store.db.encrypted
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert path.read_bytes()[:16] != SQLITE_MAGIC
    settings.sync()
    stored = (tmp_path / "settings.ini").read_text(errors="replace")
    assert PASSPHRASE not in stored  # never stored

    db = window.store.db  # what is written into it is unreadable on disk too
    commission = edits.create(db, "commission", {"name": "Rhondda"})
    member = edits.create(
        db, "member", {"commission_id": commission["id"], "display_name": "Bronwen Uniquename", "role": "community"}
    )
    edits.edit(db, "member", member["id"], {"accessibility_notes": "Needs large print"})
    on_disk = b"".join(p.read_bytes() for p in tmp_path.glob("secret.db*"))
    assert b"Bronwen Uniquename" not in on_disk and b"large print" not in on_disk


@pytest.fixture
def encrypted_window(qtbot, styled_app, settings, tmp_path):
    pytest.importorskip("sqlcipher3")
    from commission.services.demo import create_demo
    from commission.storage import open_database
    from commission.ui.main_window import MainWindow

    db = open_database(tmp_path / "secret.db", passphrase=PASSPHRASE, encrypt=True)
    create_demo(db)
    window = MainWindow(settings, runner=SyncRunner())
    qtbot.addWidget(window)
    window.set_database(db)
    yield window
    window.close()


def test_exports_and_back_ups_of_an_encrypted_database_stay_protected_unless_asked(encrypted_window, tmp_path):
    window = encrypted_window
    box = window.transfers.export_notice("Export workbook", "notice")
    assert "protected with the same passphrase" in box.text()
    assert box.checkBox().text().startswith("Save an unprotected copy")
    assert not box.checkBox().isChecked()
    box.deleteLater()

    window.transfers.run_export(tmp_path / "protected.xlsx")
    assert not (tmp_path / "protected.xlsx").read_bytes().startswith(b"PK")  # not a readable zip
    assert "protected with the database's passphrase" in window.transfers.last_message
    window.transfers.run_export(tmp_path / "plain.xlsx", plain=True)
    assert (tmp_path / "plain.xlsx").read_bytes().startswith(b"PK")
    assert "protected" not in window.transfers.last_message

    backups = list_backups(window.store.db)
    assert backups and not backups[0].path.read_bytes().startswith(b"SQLite format 3")


def test_restore_an_encrypted_database_keeps_its_passphrase_in_memory_only(qtbot, encrypted_window):
    window = encrypted_window
    (backup,) = list_backups(window.store.db)
    aside = window.backups.restore(backup)
    assert aside is not None and aside.exists()
    assert window.store.db.encrypted and window.store.snapshot is not None
    assert not aside.read_bytes().startswith(b"SQLite format 3")
    window.backups.restored_box.close()


# -- preferences -----------------------------------------------------------------------------------
def test_preferences_set_the_name_recorded_with_every_change(qtbot, window, monkeypatch, settings):
    monkeypatch.delenv("COMMISSION_USER", raising=False)  # the name reaches the services from Preferences alone
    window.preferences_action.trigger()
    dialog = window.preferences_dialog
    dialog.name.setText("Jo Bloggs")
    dialog.font_size.setValue(30)
    dialog.minutes.setValue(5)
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "COMMISSION_USER" not in os.environ
    assert settings.user_name == "Jo Bloggs" and settings.q.value("user/name") == "Jo Bloggs"
    assert settings.review_text_size == 30  # the size review mode itself uses
    assert window.backups.every == timedelta(minutes=5)

    session_id = rename_first_session(qtbot, window, "Recorded under my name")
    assert edits.history(window.store.db, "session", session_id)[-1]["actor"] == "Jo Bloggs"

    from commission.ui.preferences import PreferencesDialog

    again = PreferencesDialog(settings)
    assert (again.name.text(), again.font_size.value(), again.minutes.value()) == ("Jo Bloggs", 30, 5)
    again.deleteLater()


def test_an_empty_name_records_the_computer_account(qtbot, window, monkeypatch, settings):
    from commission.services.audit import default_actor

    monkeypatch.setenv("COMMISSION_USER", "ignored by the app")  # the app never reads it
    settings.user_name = ""
    session_id = rename_first_session(qtbot, window, "Recorded under the account")
    assert edits.history(window.store.db, "session", session_id)[-1]["actor"] == default_actor()
    assert default_actor() != "ignored by the app"


def test_every_settings_key_is_declared(qtbot, window, settings):
    """What a session of the app writes to QSettings is only what Settings declares."""
    from commission.ui import settings as declared

    for name in ("sessions", "members", "themes"):
        window.show_screen(name)
    window.close()  # saves the window and splitter layouts
    settings.user_name, settings.backup_minutes = "Jo", 500
    settings.set_pledge_mapping("due|promise", {"pledge": "Promise", "due": "due"})
    assert settings.backup_minutes == declared.Settings.BACKUP_MINUTES_MAX
    keys = set(settings.q.allKeys())
    families = (declared.COMMISSION_OF, declared.PLEDGE_MAPPINGS)
    assert keys and all(k in declared.KEYS or k in declared.LAYOUT_KEYS or k.startswith(families) for k in keys), keys
    with pytest.raises(KeyError):
        settings.set_bytes("somewhere/else", window.saveState())


def test_a_name_that_looks_like_markup_is_shown_as_typed(qtbot, window):
    """Found by using it: a session called "New <script>…</script>" lost its brackets in the panel heading
    (Qt read the name as rich text) and a round called "<i>ü</i>" came out in italics."""
    session = window.store.snapshot.data.sessions[0]
    title = "New <b>bold</b> <script>alert(1)</script> & more"
    edits.edit(window.store.db, "session", session.id, {"title": title})
    window.store.refresh()
    screen = window.show_screen("sessions")
    screen.show_record("session", session.id)
    assert screen.panel_title.text() == title
    assert screen.panel_title.textFormat() == Qt.TextFormat.PlainText


def test_a_long_name_does_not_widen_the_members_panel_past_the_window(qtbot, window):
    """Found by using it: a long member name in the panel heading pushed the Name box off the right edge."""
    window.resize(1280, 800)
    window.show()
    member = window.store.snapshot.data.members[0]
    edits.edit(window.store.db, "member", member.id, {"display_name": "Name" + "x" * 400})
    window.store.refresh()
    screen = window.show_screen("members")
    screen.show_record("member", member.id)
    qtbot.wait(50)
    right = screen.panel_title.mapTo(window, screen.panel_title.rect().topRight()).x()
    assert right <= window.width()
