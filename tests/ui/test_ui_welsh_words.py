"""Found in last session's trial, in Welsh on the demo: the commitments table's Progress column said "dropped",
Reviews said "open", "to resolve", "7 items · 8 reviewers", "(0 of 7)" and "No comment.", a draft's status was
"agreed", the Dashboard's overdue list "123 days", and the return status's dates were English months. Each
state word, count and date on screen now comes in the interface's language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from commission.services import return_rounds, reviews
from commission.ui import i18n
from commission.ui.models import CommitmentsModel
from commission.ui.models.commitments import OverdueModel
from commission.ui.models.reviews import ReviewersModel, ReviewItemsModel, RoundsModel
from commission.ui.return_status import ReturnStatusPanel
from commission.ui.review_item import answers_html


@pytest.fixture
def welsh(window):
    i18n.language().install("cy")
    yield window
    i18n.language().install("en")


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _column(model, column: int) -> list[str]:
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def _with_a_round(window) -> int:
    db, snap = window.store.db, window.store.snapshot
    choices = reviews.available_items(db, snap.commission.id, as_of=snap.as_of)
    community = [m.id for m in snap.data.members if m.role == "community" and not m.erased][:3]
    items = [(c.kind, c.record_id) for c in choices if c.suggested]
    round_id = reviews.create_round(db, snap.commission.id, "Rownd Rhagfyr", items, community, asked_on=snap.as_of)
    first = reviews.round_view(db, round_id).items[0]
    reviews.record_answer(db, first.item_id, community[0], "change", "", on=snap.as_of)
    window.store.refresh()
    return round_id


def test_a_dropped_commitments_progress_is_in_welsh(welsh):
    screen = welsh.show_screen("actions")
    model = screen.commitments.model
    snap = welsh.store.snapshot
    dropped = [c.ref for c in snap.data.commitments if snap.figures.commitments[c.id].progress is None]
    assert dropped, "the demo has a dropped commitment"
    refs = _column(model, CommitmentsModel.COL_REF)
    progress = dict(zip(refs, _column(model, CommitmentsModel.COL_PROGRESS), strict=True))
    word = QCoreApplication.translate("words", "dropped")
    assert word == "wedi’i ollwng"
    assert {progress[ref] for ref in dropped} == {word}
    tips = [model.index(r, CommitmentsModel.COL_DUE).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())]
    assert "No due date" not in tips


def test_the_overdue_list_counts_days_in_welsh(welsh):
    model = OverdueModel()
    model.set_snapshot(welsh.store.snapshot)
    late = _column(model, OverdueModel.COL_LATE)
    assert late and all(text.endswith(" diwrnod") for text in late), late


def test_reviews_words_are_in_welsh(welsh):
    round_id = _with_a_round(welsh)
    screen = welsh.show_screen("reviews")
    screen.show_record("review_round", round_id)
    _settle()
    rounds = screen.rounds_model
    assert "\n" in rounds.index(0, RoundsModel.COL_TITLE).data()
    title = rounds.index(0, RoundsModel.COL_TITLE).data().split("\n")[1]
    assert "eitem" in title and "adolygydd" in title, title
    assert screen.round_state.text().endswith("ar agor")  # the round's pill
    items = screen.items_model
    states = {QCoreApplication.translate("words", s) for s in _column(items, ReviewItemsModel.COL_STATE)}
    assert states <= {"i’w ddatrys", "yn aros", "pawb wedi ateb"}, states
    kinds = {text.split(":")[0] for text in _column(items, ReviewItemsModel.COL_ITEM)}
    assert kinds <= {"Yr hyn a glywsom", "Cam gweithredu", "Diweddariad"}, kinds
    answered = _column(screen.reviewers_model, ReviewersModel.COL_ANSWERED)
    assert all(" o " in text for text in answered), answered
    assert all(" o " in screen.reviewer.itemText(i) for i in range(screen.reviewer.count()))
    view = screen.view
    said = answers_html(view.items[0])
    assert "Newid" in said and "Dim sylw." in said and "No comment" not in said


def test_a_drafts_status_is_in_welsh(welsh):
    screen = welsh.show_screen("themes")
    combo = screen.themes.status if hasattr(screen, "themes") else screen.status
    words = [combo.itemText(i) for i in range(combo.count())]
    assert words == ["drafft", "dan adolygiad", "wedi’i gytuno"], words


def test_the_return_status_dates_are_in_welsh(welsh, tmp_path):
    snap = welsh.store.snapshot
    return_rounds.send_returns(welsh.store.db, tmp_path, as_of=snap.as_of, due=date(2026, 12, 20), on=date(2026, 12, 1))
    welsh.store.refresh()
    dashboard = welsh.show_screen("dashboard")
    _settle()
    panel = dashboard.findChild(ReturnStatusPanel)
    headline = panel.headline.text()
    assert "1 Rhagfyr 2026" in headline and "20 Rhagfyr 2026" in headline, headline
    assert "December" not in headline and "Sent" not in headline


def test_the_new_round_dialog_groups_in_welsh(qtbot, welsh):
    screen = welsh.show_screen("reviews")
    screen.new_round()
    dialog = screen.new_round_dialog
    qtbot.waitUntil(dialog.isVisible)
    checks = (dialog.items.list.list, dialog.reviewers.list.list)
    groups = {
        view.item(i).text()
        for view in checks
        for i in range(view.count())
        if view.item(i).data(Qt.ItemDataRole.UserRole) is None
    }
    assert {"Yr hyn a glywsom", "Comisiynwyr cymunedol"} <= groups, groups
    assert not groups & {"What we heard", "Action", "Community commissioners", "Civic commissioners"}, groups
    assert dialog.reviewers.list.filter.placeholderText() == "Hidlo pobl…"
    dialog.reject()


def test_you_said_we_did_is_in_welsh(welsh):
    from commission.ui.trace import insight_trace

    snap = welsh.store.snapshot
    insight = max(snap.data.insights, key=lambda i: len(snap.actions_by_insight.get(i.id, [])))
    html = insight_trace(snap, insight.id)
    for welsh_words in ("Dywedoch chi", "Gwnaethom ni", "Ymrwymodd", "Cynnydd ", ">agor<", "Barn y panel"):
        assert welsh_words in html, welsh_words
    for english in ("You said", "We did", " committed:", ">open<", "Progress ", "What the panel thinks", "Theme: "):
        assert english not in html, english
    assert QCoreApplication.translate("words", insight.status) in html  # its status pill


def test_the_theme_tree_starts_with_everything_we_heard_in_welsh(welsh):
    screen = welsh.show_screen("themes")
    themes = screen.themes if hasattr(screen, "themes") else screen
    assert themes.tree.topLevelItem(0).text(0) == "Popeth a glywsom"


def test_a_sessions_kind_is_in_welsh(welsh):
    screen = welsh.show_screen("sessions")
    kinds = [screen.kind.itemText(i) for i in range(screen.kind.count())]
    assert kinds[-1] == "sesiwn ddilynol" and "follow-up" not in kinds, kinds
    assert screen.kind.itemData(screen.kind.count() - 1) == "follow-up"  # what is saved stays the vocabulary's word
    snap = welsh.store.snapshot
    quoted = max(snap.data.sessions, key=lambda s: len(snap.quotes_by_session.get(s.id, [])))
    screen.show_record("session", quoted.id)
    note = screen.quotes_note.text()
    assert note.startswith(f"{len(snap.quotes_by_session[quoted.id])} dyfyniad o ") and "Dyfynnu…" in note, note


def test_the_report_preview_is_in_welsh(welsh):
    from commission.ui.pdf_preview import PdfPreview

    preview = PdfPreview()
    words = [preview.previous.text(), preview.next.text(), preview.pages.text()]
    words += [preview.zoom.itemText(i) for i in range(2)]
    assert words == ["‹ Blaenorol", "Nesaf ›", "o 0", "Ffitio’r lled", "Y dudalen gyfan"], words
    preview.deleteLater()


def test_the_reports_card_after_making_a_report_is_in_welsh(qtbot, welsh):
    """Found on the Reports screen in Welsh: "PDF made", "44 pages, 185 KB. 25 commitments: 7 done, …" and the
    Word card's "The Word document is ready to save" were English."""
    screen = welsh.show_screen("reports")
    qtbot.mouseClick(screen.make_button, Qt.MouseButton.LeftButton)
    made = screen.made
    assert made is not None and made.pages > 1
    assert screen.made_title.text() == "PDF wedi’i wneud"
    note = screen.made_note.text()
    assert (
        note.startswith(f"{made.pages} tudalen, ")
        and f"{len(welsh.store.snapshot.data.commitments)} ymrwymiad: " in note
    )
    assert "wedi’i wneud" in note and "Cynnydd cyffredinol" in note, note
    assert not any(english in note for english in ("pages", "commitments", "done", "Overall progress")), note
    screen.format.setCurrentIndex(screen.format.findData("docx"))
    qtbot.mouseClick(screen.make_button, Qt.MouseButton.LeftButton)
    assert screen.summary.title.text() == "Mae’r ddogfen Word yn barod i’w chadw"
    assert screen.made_title.text() == "Dogfen Word wedi’i gwneud"
    assert screen.made_note.text().endswith("Mae’r ffigurau ar y dde.")


def test_the_sessions_attendance_and_quote_bars_are_in_welsh(welsh):
    """Tester finding: on Sessions in Welsh the attendance note ("22 present, 4 sent apologies…") and the quote's
    "Filter what we heard…" box were English."""
    screen = welsh.show_screen("sessions")
    screen.table.selectRow(0)
    _settle()
    counts = screen.attendance_model.counts()
    assert screen.attendance_note.text().startswith(f"{counts['present']} yn bresennol, {counts['apologies']} wedi")
    assert "Ticiwch" in screen.attendance_note.text()
    assert screen.quote_insights.filter.placeholderText() == "Hidlo’r hyn a glywsom…"
    assert screen.quote_insights.accessibleName() == "Yr hyn a glywsom"
    assert screen.quote_insights.filter.accessibleName() == "Canfod yn y rhestr: yr hyn a glywsom"


def test_the_workbook_exports_warning_is_all_in_welsh_and_says_it_once(welsh, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def refuse(box):  # the warning as the coordinator reads it, then Cancel
        shown.append(box.text())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    welsh.transfers._choose_export("Allforio", "llyfr.xlsx")
    assert shown and "copi llawn y cydlynydd" in shown[0] and "manylion personol" in shown[0]
    assert "coordinator" not in shown[0] and "full copy" not in shown[0]
    assert shown[0].count("copi llawn") == 1


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_networks_totals_count_one_commission_as_one(window, language):
    i18n.language().install(language)
    try:
        screen = window.show_screen("network")
        _settle()
        n = len(window.store.snapshot.data.commitments)
        words = {"en": f"1 commission, {n} commitments: ", "cy": f"1 comisiwn, {n} ymrwymiad: "}
        assert screen.totals.text().startswith(words[language])
    finally:
        i18n.language().install("en")
