"""Welsh beside English where it was missing (issue 12): an update's note in Welsh, the commission's Welsh
name, and review mode in a Welsh member's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from commission.services.queries import find_commission, load_commission_data


def _data(window):
    db = window.store.db
    return load_commission_data(db, find_commission(db).id)


def _updates(window, commitment_id):
    return _data(window).updates_by_commitment.get(commitment_id, [])


def test_log_an_update_with_a_welsh_note_and_undo_removes_it(qtbot, window):
    screen = window.show_screen("actions")
    c07 = next(c for c in _data(window).commitments if c.ref == "C07")
    screen.show_record("commitment", c07.id)
    before = {u.id for u in _updates(window, c07.id)}
    qtbot.mouseClick(screen.commitments.log_button, Qt.MouseButton.LeftButton)
    dialog = screen.commitments.update_dialog
    assert dialog.note_cy.accessibleName() == "Report, in Welsh"
    assert dialog.note.accessibleName() == "Report, in English"
    qtbot.keyClicks(dialog.note, "Every GP practice has a link worker.")
    qtbot.keyClicks(dialog.note_cy, "Mae gan bob meddygfa weithiwr cyswllt.")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    new = [u for u in _updates(window, c07.id) if u.id not in before]
    assert len(new) == 1
    assert new[0].note == "Every GP practice has a link worker."
    assert new[0].note_cy == "Mae gan bob meddygfa weithiwr cyswllt."
    # shown on the commitment's updates, beside the English
    texts = [label.text() for card in screen.commitments.timeline.cards for label in card.findChildren(QLabel)]
    assert any("Mae gan bob meddygfa weithiwr cyswllt." in t for t in texts)

    window.undo_action.trigger()
    assert {u.id for u in _updates(window, c07.id)} == before
    assert not any(u.note_cy == "Mae gan bob meddygfa weithiwr cyswllt." for u in _updates(window, c07.id))
    texts = [label.text() for card in screen.commitments.timeline.cards for label in card.findChildren(QLabel)]
    assert not any("Mae gan bob meddygfa" in t for t in texts)


def test_an_update_without_a_welsh_note_stores_none(qtbot, window):
    screen = window.show_screen("actions")
    c07 = next(c for c in _data(window).commitments if c.ref == "C07")
    screen.show_record("commitment", c07.id)
    before = {u.id for u in _updates(window, c07.id)}
    qtbot.mouseClick(screen.commitments.log_button, Qt.MouseButton.LeftButton)
    dialog = screen.commitments.update_dialog
    qtbot.keyClicks(dialog.note, "Started.")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    new = [u for u in _updates(window, c07.id) if u.id not in before]
    assert [u.note_cy for u in new] == [""]
