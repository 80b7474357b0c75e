"""Screenshot steps for History, a conflict, erasure, restore, a new encrypted database and Preferences.

Run last by screenshots.take_screenshots on the throwaway demo: a few edits are made first (under two
coordinators' names) so the History has something to show.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from commission.services import edits
from commission.storage.backup import backup_now
from commission.ui.commands import Change
from commission.ui.conflict import ConflictDialog, ConnectionDialog
from tools.screenshots.base import save_over, settle

ME, THEM = "Sam Rees", "Alex Morgan"


def _listening_session(window):
    snap = window.store.snapshot
    return next((s for s in snap.data.sessions if s.kind == "listening"), snap.data.sessions[0])


def safety_steps(window, out: Path):
    def history():
        previous, window.settings.user_name = window.settings.user_name, ME  # put back below
        db, session = window.store.db, _listening_session(window)
        row = edits.get(db, "session", session.id)
        edits.edit(db, "session", session.id, {"location": "Ty Calon community centre, back room"}, actor=THEM)
        row = edits.get(db, "session", session.id)
        window.editor.edit(
            Change("session", session.id, row, {"title": f"{row['title']} (with the food bank)"}, row["version"])
        )
        member = next(
            m
            for m in window.store.snapshot.data.members
            if m.id in window.store.snapshot.attendance.get(session.id, {})
        )
        window.editor.set_attendance(
            session.id, member.id, window.store.snapshot.attendance[session.id][member.id], "apologies"
        )
        window.settings.user_name = previous
        settle(window)
        screen = window.show_screen("sessions")
        screen.show_record("session", session.id)
        settle(window)
        screen.history_button.click()
        dialog = window.history_dialog
        settle(window)
        save_over(window, dialog, out / "history.png")
        dialog.close()

    yield history

    def conflict():
        db, session = window.store.db, _listening_session(window)
        theirs = edits.get(db, "session", session.id)
        mine = dict(
            theirs,
            title="Listening session: food, fuel and the school day",
            notes=(theirs["notes"] or "") + "\n\nAdded after the meeting: two people asked for the "
            "follow-up to be in the evening, after work and school pick-up.",
        )
        dialog = ConflictDialog(
            "session",
            theirs,
            mine,
            saved_by=THEM,
            saved_at=datetime.now() - timedelta(minutes=3),
            snapshot=window.store.snapshot,
            parent=window,
        )
        dialog.choose("title", "mine")
        dialog.show()
        settle(window)
        save_over(window, dialog, out / "conflict.png")
        dialog.done(0)
        dialog.deleteLater()

    yield conflict

    def connection_lost():
        dialog = ConnectionDialog(
            "Lost the connection to the shared database; the change was not saved. Check the network, then try again.",
            window,
        )
        dialog.show()
        settle(window)
        save_over(window, dialog, out / "connection-lost.png")
        dialog.done(0)
        dialog.deleteLater()

    yield connection_lost

    def erase():
        snap = window.store.snapshot
        counts: dict[int, int] = {}
        for quote in snap.data.quotes:
            if quote.member_id:
                counts[quote.member_id] = counts.get(quote.member_id, 0) + 1
        member_id = max(counts, key=counts.get)
        screen = window.show_screen("members")
        screen.left_tabs.setCurrentIndex(0)
        screen.show_record("member", member_id)
        settle(window)
        dialog = screen.rights.choose_erase(member_id)
        dialog.anonymise.setChecked(True)
        dialog.confirm.setText(snap.members[member_id].ref)
        settle(window)
        save_over(window, dialog, out / "erase-member.png")
        dialog.reject()

    yield erase

    def restore():
        backup_now(window.store.db)  # one taken on opening; one more, as if after some work
        dialog = window.backups.choose_restore()
        settle(window)
        save_over(window, dialog, out / "restore.png")
        dialog.reject()

    yield restore

    def new_database():
        window.new_database()
        dialog = window.new_database_dialog
        dialog.path.setText("/home/coordinator/Documents/Rhondda commission.db")
        dialog.encrypt.setChecked(True)
        dialog.passphrase.setText("kettle mountain ladder")
        dialog.confirm.setText("kettle mountain")
        settle(window)
        save_over(window, dialog, out / "new-encrypted-database.png")
        dialog.reject()

    yield new_database

    def preferences():
        window.open_preferences()
        dialog = window.preferences_dialog
        dialog.name.setText(ME)
        settle(window)
        save_over(window, dialog, out / "preferences.png")
        dialog.reject()

    yield preferences
