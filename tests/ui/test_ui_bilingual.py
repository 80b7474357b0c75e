"""English and Welsh side by side: the Welsh version of a theme, an insight, an action and a pledge is shown
next to the English, saved as its `…_cy` field, undone like any edit, and named for screen readers."""

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from commission.services.queries import find_commission, load_commission_data


def _data(window):
    db = window.store.db
    return load_commission_data(db, find_commission(db).id)


def _welsh(widget):
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def test_welsh_versions_sit_beside_the_english_and_are_saved(qtbot, window):
    screen = window.show_screen("themes")
    data = _data(window)
    theme = next(t for t in data.themes if t.ref == "T01")
    screen.show_record("theme", theme.id)
    welsh = screen.theme_form.fields["name_cy"]
    assert _welsh(welsh) == theme.name_cy == "Stigma mewn gwasanaethau"
    assert welsh.accessibleName() == "Theme name, in Welsh"
    assert screen.theme_form.fields["name"].accessibleName() == "Theme name, in English"
    welsh.setText("Stigma yn y gwasanaethau")
    screen.theme_form.save_field("name_cy")
    assert next(t for t in _data(window).themes if t.ref == "T01").name_cy == "Stigma yn y gwasanaethau"
    window.undo_action.trigger()
    assert next(t for t in _data(window).themes if t.ref == "T01").name_cy == "Stigma mewn gwasanaethau"

    insight = next(i for i in data.insights if i.ref == "I01")
    screen.show_record("insight", insight.id)
    assert _welsh(screen.insight_form.fields["statement_cy"]) == insight.statement_cy

    screen = window.show_screen("actions")
    action = next(a for a in data.actions if a.ref == "A03")
    screen.show_record("action", action.id)
    assert _welsh(screen.actions.form.fields["title_cy"]) == "Dim sancsiwn heb sgwrs"
    box = screen.actions.form.fields["description_cy"]
    assert isinstance(box, QPlainTextEdit) and _welsh(box) == action.description_cy

    commitment = next(c for c in data.commitments if c.ref == "C10")
    screen.show_record("commitment", commitment.id)
    assert _welsh(screen.commitments.form.fields["pledge_cy"]) == commitment.pledge_cy
