"""Ctrl+K finds members, organisations and themes too, says what and where each hit is, and goes there."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commission.ui.search import HeadRole, IdRole, KindRole, SnippetRole
from commission.ui.widgets import current_id


def _search(qtbot, window, words):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window._search_dialog
    qtbot.keyClicks(dialog.query, words)
    dialog.run_search()
    return dialog


def _row_of(dialog, kind):
    kinds = [dialog.results.item(i).data(KindRole) for i in range(dialog.results.count())]
    assert kind in kinds, kinds
    return kinds.index(kind)


def test_search_finds_a_member_and_opens_them(qtbot, window):
    dialog = _search(qtbot, window, "Carys")
    row = _row_of(dialog, "member")
    item = dialog.results.item(row)
    assert item.data(HeadRole) == "Member — Carys Morgan"
    assert "Community commissioner" in item.data(SnippetRole)
    member_id = item.data(IdRole)
    dialog.results.setCurrentRow(row)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    members = window.screens["members"]
    assert window.current_screen() is members
    assert current_id(members.table) == member_id


def test_search_finds_a_theme_and_an_organisation_and_opens_them(qtbot, window):
    dialog = _search(qtbot, window, "Stigma in services")
    row = _row_of(dialog, "theme")
    assert dialog.results.item(row).data(HeadRole) == "Theme — Stigma in services"
    theme_id = dialog.results.item(row).data(IdRole)
    dialog.results.setCurrentRow(row)
    dialog.open_current()
    themes = window.screens["themes"]
    assert window.current_screen() is themes and themes.current_theme() == theme_id

    dialog = _search(qtbot, window, "Cartrefi")
    row = _row_of(dialog, "organisation")
    org_id = dialog.results.item(row).data(IdRole)
    assert "Housing" in dialog.results.item(row).data(SnippetRole)
    dialog.results.setCurrentRow(row)
    dialog.open_current()
    members = window.screens["members"]
    assert window.current_screen() is members and current_id(members.organisations) == org_id


def test_the_quotes_table_shows_what_we_heard_not_refs(window):
    from commission.ui.models import QuotesModel

    snap = window.store.snapshot
    quote = next(q for q in snap.data.quotes if q.insight_ids)
    model = QuotesModel()
    model.set_quotes(snap, [quote.id])
    shown = model.index(0, QuotesModel.COL_INSIGHTS).data()
    insight = snap.insights[quote.insight_ids[0]]
    assert insight.ref not in shown
    assert shown.startswith(" ".join(insight.statement.split())[:40])
