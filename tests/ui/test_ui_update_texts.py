"""The app holds every update without its words (issue 14: the data path shaped for the screen); a
commitment's updates are read with them when it is opened, an insight's trace reads its commitments', a
logged update's note shows at once, and a report made in the app holds the same notes as the command line's."""

from __future__ import annotations

import random
import re
import time
from html import unescape

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from commission.cli import main
from commission.services import queries
from commission.ui.store import build_snapshot
from tests.ui.conftest import AS_OF
from tests.ui.threads import settled

WORDS = ("note", "reported_by", "verdict_comment", "note_cy")


def _full(window):
    return queries.load_commission_data(window.store.db, window.store.commission_id)


def _card_words(timeline) -> list[str]:
    return [label.text() for card in timeline.cards for label in card.findChildren(QLabel)]


def _spy(monkeypatch) -> list:
    """Each load_updates asked for: (commitment ids, ids, the thread it ran on)."""
    asked, real = [], queries.load_updates

    def spy(db, cid, commitment_ids=(), *, ids=()):
        asked.append((list(commitment_ids), list(ids), QThread.currentThread()))
        return real(db, cid, commitment_ids, ids=ids)

    monkeypatch.setattr(queries, "load_updates", spy)
    return asked


def _worded(full):
    """A commitment with updates whose words all differ (the newest twelve are shown)."""
    return max(
        (c for c in full.commitments if full.updates_by_commitment.get(c.id)),
        key=lambda c: sum(1 for u in full.updates_by_commitment[c.id] if u.note),
    )


def test_the_snapshot_holds_no_update_words_and_the_same_figures(window):
    snap, full = window.store.snapshot, _full(window)
    assert sum(1 for u in full.updates if u.note) > 10  # the demo's updates have words
    assert snap.data.updates and not snap.data.update_texts
    assert all(getattr(u, name) == "" for u in snap.data.updates for name in WORDS)
    whole = build_snapshot(full, AS_OF)
    assert snap.figures == whole.figures
    assert snap.commitment_rows == whole.commitment_rows
    assert (snap.overdue, snap.states_by_organisation) == (whole.overdue, whole.states_by_organisation)


def test_opening_a_commitment_reads_its_updates_words_alone(window, monkeypatch):
    asked = _spy(monkeypatch)
    full = _full(window)
    c = _worded(full)
    screen = window.show_screen("actions")
    screen.show_record("commitment", c.id)
    assert screen.commitments.current_commitment() == c.id
    assert asked[-1][0] == [c.id] and all(len(a[0]) == 1 for a in asked)  # the one shown (the first row, then it)
    words = _card_words(screen.commitments.timeline)
    newest = sorted(full.updates_by_commitment[c.id], key=lambda u: u.date)[-len(screen.commitments.timeline.cards) :]
    assert newest and all(any(u.note in w for w in words) for u in newest if u.note)
    assert any(u.reported_by and any(u.reported_by in w for w in words) for u in newest)
    reads = len(asked)
    screen.show_record("commitment", c.id)  # shown again: the words read are kept
    assert len(asked) == reads


def test_a_logged_updates_note_shows_on_its_commitment(qtbot, window, monkeypatch):
    asked = _spy(monkeypatch)
    screen = window.show_screen("actions")
    c = _worded(_full(window))
    screen.show_record("commitment", c.id)
    reads = len(asked)
    qtbot.mouseClick(screen.commitments.log_button, Qt.MouseButton.LeftButton)
    dialog = screen.commitments.update_dialog
    qtbot.keyClicks(dialog.note, "The second bus route started in March.")
    qtbot.keyClicks(dialog.reported_by, "Transport lead")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    words = _card_words(screen.commitments.timeline)
    assert any("The second bus route started in March." in w for w in words)
    assert any("Transport lead" in w for w in words)
    assert len(asked) == reads  # the words came with the edit's own read of the commitment's updates
    assert not window.store.snapshot.data.update_texts  # the edit patched the Snapshot without the words
    assert all(u.note == "" for u in window.store.snapshot.data.updates_by_commitment[c.id])
    window.undo_action.trigger()
    assert not any("The second bus route started in March." in w for w in _card_words(screen.commitments.timeline))


def test_an_insights_trace_shows_its_commitments_notes(window, monkeypatch):
    asked = _spy(monkeypatch)
    full, snap = _full(window), window.store.snapshot
    insight = max(snap.data.insights, key=lambda i: len(snap.actions_by_insight.get(i.id, [])))
    traced = [c for a in snap.actions_by_insight[insight.id] for c in snap.commitments_by_action.get(a, [])]
    latest = [
        sorted((u for u in full.updates_by_commitment.get(c, []) if u.date <= AS_OF), key=lambda u: u.date)[-1:]
        for c in traced
    ]
    notes = [u.note for found in latest for u in found if u.note]
    assert notes
    screen = window.show_screen("themes")
    screen.show_record("insight", insight.id)
    shown = screen.trace.toPlainText()
    assert all(" ".join(n.split()) in " ".join(shown.split()) for n in notes)
    assert asked and set(asked[-1][0]) == set(traced)


def test_on_real_threads_the_history_is_read_off_the_gui_thread(qtbot, window, threaded, monkeypatch):
    asked = _spy(monkeypatch)
    full = _full(window)
    c = _worded(full)
    screen = window.show_screen("actions")
    screen.show_record("commitment", c.id)
    timeline = screen.commitments.timeline
    assert timeline.status is not None and timeline.status.text() == "Reading the updates…"  # not waited for
    note = next(u.note for u in reversed(full.updates_by_commitment[c.id]) if u.note)
    qtbot.waitUntil(lambda: any(note in w for w in _card_words(timeline)), timeout=10_000)
    assert asked and all(thread is not QApplication.instance().thread() for *_, thread in asked)
    settled(threaded)


def _notes_in(path, notes) -> set[str]:
    words = " ".join(unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))).split())
    return {n for n in notes if " ".join(n.split()) in words}


def test_a_report_made_in_the_app_holds_the_notes_the_command_line_report_holds(qtbot, window, tmp_path):
    screen = window.show_screen("reports")
    screen.format.setCurrentIndex(screen.format.findData("html"))
    screen.as_of.set_value(AS_OF)
    screen.make_report()
    made = screen.made
    assert made is not None and made.path.exists()
    cli = tmp_path / "cli.html"
    assert main(["report", "--db", str(window.store.db.path), "--out", str(cli), "--as-of", AS_OF.isoformat()]) == 0
    notes = {u.note for u in _full(window).updates if u.note}
    in_app, in_cli = _notes_in(made.path, notes), _notes_in(cli, notes)
    assert in_app == in_cli and len(in_app) > 5  # the same notes, and many of them


@pytest.mark.parametrize("reads", ["as they come", "slow", "whole"])
def test_on_real_threads_quick_logs_and_undos_leave_the_cards_as_the_database_has_them(
    qtbot, window, threaded, monkeypatch, reads
):
    """Updates logged and undone faster than the reads come back (their ids given again to the next logs, on
    SQLite): the commitment's cards end as the database's updates of it, never an undone one's note. "slow": the
    words and the snapshots after each edit take their time, in any order; "whole": every edit reads the whole
    commission again (no words with it: the timeline reads them)."""
    from commission.ui import snapshot_patch

    if reads != "as they come":
        words, patched, pause = queries.load_updates, snapshot_patch.patched_snapshot, random.Random(7)

        def slow_words(*args, **kwargs):
            time.sleep(pause.uniform(0, 0.08))
            return words(*args, **kwargs)

        def slow_patch(*args, **kwargs):
            time.sleep(pause.uniform(0, 0.08))
            return patched(*args, **kwargs) if reads == "slow" else None

        monkeypatch.setattr(queries, "load_updates", slow_words)
        monkeypatch.setattr(snapshot_patch, "patched_snapshot", slow_patch)
    editor, full = window.editor, _full(window)
    c = _worded(full)
    screen = window.show_screen("actions")
    screen.show_record("commitment", c.id)
    timeline = screen.commitments.timeline
    settled(threaded)
    ids: list[int] = []
    for round_ in range(3):
        for i in range(3):
            values = {"date": AS_OF, "status": "in progress", "progress": 50.0, "reported_by": "Test"}
            logged = editor.log_update(c.id, {**values, "note": f"Undone note {round_}.{i}", "verdict": "not assessed"})
            assert logged
            ids.append(logged["id"])
            QApplication.processEvents()
        for k in range(3):
            editor.stack.undo()
            if k == round_:  # undo after undo, and some with a read delivered in between
                QApplication.processEvents()
        settled(threaded)
        held = queries.load_updates(window.store.db, window.store.commission_id, [c.id])[c.id]
        newest = sorted(enumerate(held), key=lambda pair: (pair[1].date, pair[0]), reverse=True)[: timeline.SHOWN]
        shown = " ".join(_card_words(timeline))
        assert "Undone note" not in shown
        assert all(u.note in shown for _, u in newest)
        assert [card.update_id for card in timeline.cards] == [u.id for _, u in newest]
    assert len(set(ids)) < len(ids)  # SQLite gave the undone updates' ids to the next ones


def test_remove_on_a_card_never_removes_another_update_that_has_its_id_by_now(qtbot, window, ui_db):
    """A colleague (another connection) removed the update on screen and logged one on another commitment, which
    SQLite gave the removed one's id: Remove on the card still shown is refused, and their update stays."""
    from commission.services import edits
    from commission.storage import open_database

    full = _full(window)
    c, other = _worded(full), next(x for x in full.commitments if x.id != _worded(full).id)
    logged = window.editor.log_update(c.id, {"date": AS_OF, "status": "done", "progress": 100.0, "note": "Mine"})
    screen = window.show_screen("actions")
    screen.show_record("commitment", c.id)
    timeline = screen.commitments.timeline
    card = next(card for card in timeline.cards if card.update_id == logged["id"])
    colleague = open_database(ui_db.path)
    try:
        edits.delete(colleague, "update", logged["id"])
        theirs = edits.log_update(colleague, other.id, date=AS_OF, status="in progress", progress=20, note="Theirs")
    finally:
        colleague.dispose()
    assert theirs["id"] == logged["id"]  # SQLite gave it the id
    errors: list[str] = []
    window.store.error.connect(errors.append)
    card.remove.emit(card.update_id)  # Remove, on the card still shown
    held = queries.load_updates(window.store.db, window.store.commission_id, [other.id])[other.id]
    assert any(u.id == theirs["id"] and u.note == "Theirs" for u in held)
    assert errors and "no longer the one shown" in errors[-1]
