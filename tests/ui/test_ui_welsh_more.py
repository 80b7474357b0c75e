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


def test_the_commissions_welsh_name_is_edited_beside_the_english_and_undone(qtbot, window):
    from commission.services import edits

    db, cid = window.store.db, window.store.commission_id
    before = edits.get(db, "commission", cid)
    window.commission_details_action.trigger()
    dialog = window.commission_details_dialog
    assert dialog.name.text() == before["name"]
    assert dialog.name_cy.text() == before["name_cy"]
    assert dialog.name_cy.accessibleName() == "Commission name, in Welsh"
    dialog.name_cy.clear()
    qtbot.keyClicks(dialog.name_cy, "Comisiwn Gwirionedd Tlodi Aberdyfi")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    after = edits.get(db, "commission", cid)
    assert after["name_cy"] == "Comisiwn Gwirionedd Tlodi Aberdyfi"
    assert {k: after[k] for k in ("name", "area", "language", "start_date", "end_date")} == {
        k: before[k] for k in ("name", "area", "language", "start_date", "end_date")
    }
    assert window.store.info.name_cy == "Comisiwn Gwirionedd Tlodi Aberdyfi"
    window.undo_action.trigger()
    assert edits.get(db, "commission", cid)["name_cy"] == before["name_cy"]
    assert window.store.info.name_cy == before["name_cy"]
    window.redo_action.trigger()
    assert edits.get(db, "commission", cid)["name_cy"] == "Comisiwn Gwirionedd Tlodi Aberdyfi"


def test_renaming_the_commission_shows_in_the_chooser_and_undo_brings_the_old_name_back(qtbot, window):
    old = window.store.info.name
    window.commission_details_action.trigger()
    dialog = window.commission_details_dialog
    dialog.name.setText("Renamed Truth Commission")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.commission_chooser.currentText() == "Renamed Truth Commission"
    window.undo_action.trigger()
    assert window.commission_chooser.currentText() == old


def test_a_new_commission_can_be_given_its_welsh_name(qtbot, window):
    from commission.ui.dialogs import NewCommissionDialog

    dialog = NewCommissionDialog()
    dialog.name.setText("Conwy PTC")
    dialog.name_cy.setText("CGT Conwy")
    assert window.create_commission(dialog.values())
    assert window.store.info.name == "Conwy PTC" and window.store.info.name_cy == "CGT Conwy"


def _welsh_round(window, *kinds):
    from datetime import date

    from commission.services import reviews as rv

    data = _data(window)
    welsh = next(m for m in data.members if m.ref == "M01")  # Carys Morgan prefers Welsh
    english = next(m for m in data.members if m.ref == "M02")
    assert (welsh.language, english.language) == ("cy", "en")
    insight = next(i for i in data.insights if i.ref == "I01")
    no_welsh = next(i for i in data.insights if i.ref != "I01")
    assert insight.statement_cy
    from commission.services import edits

    edits.edit(window.store.db, "insight", no_welsh.id, {"statement_cy": ""})  # one with no Welsh version
    specs = [rv.ItemSpec("insight", insight.id), rv.ItemSpec("insight", no_welsh.id)]
    round_id = rv.create_round(
        window.store.db, data.commission.id, "Cylch adolygu", specs, [welsh.id, english.id], asked_on=date(2026, 3, 1)
    )
    window.store.refresh()
    screen = window.show_screen("reviews")
    screen.reload(round_id)
    return screen, round_id, welsh, english, insight, no_welsh


def test_review_mode_speaks_a_welsh_members_language_and_an_english_members(qtbot, window):
    from commission.ui import i18n

    assert i18n.current() == "en"  # the app stays in English throughout
    screen, round_id, welsh, english, insight, no_welsh = _welsh_round(window)
    assert screen.view is not None and screen.view.id == round_id
    mode = screen.start_review_mode(welsh.id)
    qtbot.waitUntil(lambda: bool(mode.items))
    mode.show_item(0)
    assert mode.text.text() == insight.statement_cy
    theme = next(t for t in _data(window).themes if t.id == insight.theme_id)
    assert mode.heading.text() == theme.name_cy == "Stigma mewn gwasanaethau"
    assert {k: b.text() for k, b in mode.answer_buttons.items()} == {
        "agree": "Cytuno",
        "change": "Newid",
        "disagree": "Anghytuno",
    }
    assert mode.question.text() == "Ai dyma beth ddywedodd y panel?"
    assert mode.finish_button.text() != "Finish" and mode.next_button.text() != "Next  ›"
    assert mode.position.text() == "1 o 2"
    mode.show_item(1)  # no Welsh version: the English, marked as reports mark it
    assert mode.text.text() == f"{no_welsh.statement} (Saesneg yn unig)"
    mode.answer("agree")
    assert mode.status.text().startswith("Wedi’i gadw:")  # "Saved: you agree." in Welsh
    assert i18n.current() == "en" and window.show_screen("reviews").start_button.text() == "Start review mode"
    mode._leave()

    mode = screen.start_review_mode(english.id)
    qtbot.waitUntil(lambda: bool(mode.items))
    mode.show_item(0)
    assert mode.text.text() == insight.statement
    assert {k: b.text() for k, b in mode.answer_buttons.items()} == {
        "agree": "Agree",
        "change": "Change",
        "disagree": "Disagree",
    }
    assert mode.question.text() == "Is this what the panel said?"
    assert mode.position.text() == "1 of 2"
    mode._leave()
