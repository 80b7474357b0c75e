"""Tester finding (issue 11/UI): on a shared database a colleague's change showed only at this window's next
edit. The window now looks at the audit trail every 20 s off the GUI thread and, when someone else wrote since
its Snapshot was read, reads the commission again: the chosen record and the scroll positions stay."""

from __future__ import annotations

import subprocess
import sys
import threading

from commission.services import edits
from commission.ui import colleagues
from tests.ui.threads import settled

COLLEAGUE = """
import sys
from commission.services import edits
from commission.storage import open_database
db = open_database(sys.argv[1], create=False)
edits.edit(db, sys.argv[2], int(sys.argv[3]), {sys.argv[4]: sys.argv[5]}, actor="A colleague")
db.dispose()
"""


def colleague_edits(window, kind: str, record_id: int, field: str, value: str) -> None:
    """Another process, with its own connection, changes the record (as a colleague's app would)."""
    path = str(window.store.db.path)
    subprocess.run([sys.executable, "-c", COLLEAGUE, path, kind, str(record_id), field, value], check=True, timeout=60)


def members_scrolled(qtbot, window):
    screen = window.show_screen("members")
    window.resize(1280, 500)  # a list taller than its box
    screen.table.selectRow(1)
    settled(window.store)
    bar = screen.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(bar.maximum())  # scrolled away from the member chosen
    return screen, bar


def test_a_colleagues_change_shows_within_the_look_keeping_choice_and_scroll(qtbot, window, threaded):
    screen, bar = members_scrolled(qtbot, window)
    chosen = screen.form.record_id
    scrolled = bar.value()
    member = window.store.snapshot.members[chosen]
    before = window.store.snapshot
    looked_on: list[threading.Thread] = []
    real = colleagues.someone_changed

    def watched(*args):
        looked_on.append(threading.current_thread())
        return real(*args)

    colleagues.someone_changed = watched
    try:
        colleague_edits(window, "member", chosen, "pseudonym", "Seren")
        window.colleagues.timer.setInterval(50)  # 20 s in use
        window.colleagues.start()
        qtbot.waitUntil(lambda: window.store.snapshot.members[chosen].pseudonym == "Seren", timeout=15_000)
        settled(threaded)
    finally:
        colleagues.someone_changed = real
    assert window.store.snapshot is not before
    assert looked_on and all(t is not threading.main_thread() for t in looked_on)
    assert screen.form.record_id == chosen  # the same member still chosen
    assert screen.pseudonym.text() == "Seren" and member.pseudonym != "Seren"
    assert bar.value() == scrolled  # and the list where it was scrolled to


def test_nothing_is_read_again_for_this_windows_own_edit_or_no_change(qtbot, window, threaded):
    settled(threaded)
    snap = window.store.snapshot
    window.colleagues.check()
    settled(threaded)
    assert window.store.snapshot is snap  # nothing changed: nothing read
    session = snap.data.sessions[0]
    window.editor.edit(edits_change(window, session.id, "location", "Tonypandy library"))
    settled(threaded)
    mine = window.store.snapshot
    assert mine.sessions[session.id].location == "Tonypandy library"
    window.colleagues.check()
    settled(threaded)
    assert window.store.snapshot is mine  # this window's own edit is in the Snapshot already


def edits_change(window, session_id: int, field: str, value: str):
    """This window's own edit of a session, as its form makes one (checked against the version it read)."""
    from commission.ui.commands import Change

    row = edits.get(window.store.db, "session", session_id)
    return Change("session", session_id, {field: row[field]}, {field: value}, row["version"])


def test_no_look_while_an_edit_is_being_read_in(qtbot, window, threaded, monkeypatch):
    settled(threaded)
    from commission.ui import snapshot_patch

    gate = threading.Event()
    real = snapshot_patch.patched_snapshot

    def held(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(snapshot_patch, "patched_snapshot", held)
    session = window.store.snapshot.data.sessions[0]
    window.editor.edit(edits_change(window, session.id, "location", "The library"))
    assert window.store._running  # this window's edit is being read in
    colleague_edits(window, "session", window.store.snapshot.data.sessions[1].id, "location", "The chapel")
    window.colleagues.check()
    assert not window.colleagues._looking  # not now: the edit's read sees the colleague's change itself
    gate.set()
    settled(threaded)
    qtbot.waitUntil(lambda: not window.store._running, timeout=10_000)
    settled(threaded)
    data = window.store.snapshot.data
    assert {s.location for s in data.sessions} >= {"The library", "The chapel"}
    assert edits.get(window.store.db, "session", session.id)["location"] == "The library"
