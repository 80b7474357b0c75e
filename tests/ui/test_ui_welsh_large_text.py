"""Tester findings, in Welsh at 150% text on a 1280×800 laptop: the member panel was too narrow to read (its
scroll area let the splitter squeeze it below its words), and state pills were cut ("wedi'i g…") because a
column drawn as pills was only as wide as its declared width or heading."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QTableView

from commission.ui import i18n, style
from commission.ui.pills import ColourRole, Pill, PillDelegate


@pytest.fixture(params=(150, 200), ids=lambda size: f"text-{size}")
def welsh_large(request, window, styled_app):
    i18n.language().install("cy")
    style.set_text_size(styled_app, request.param)
    window.resize(1280, 800)
    _settle()
    yield window
    style.set_text_size(styled_app, 100)
    i18n.language().install("en")
    _settle()


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def test_the_member_panel_has_the_room_its_words_need(window, styled_app):
    i18n.language().install("cy")
    style.set_text_size(styled_app, 150)
    try:
        window.resize(1280, 800)
        screen = window.show_screen("members")
        screen.table.selectRow(0)
        _settle()
        [area] = [a for a in screen.findChildren(QScrollArea) if a.widget() is screen.panel]
        assert screen.panel.minimumSizeHint().width() <= area.viewport().width()
        assert screen.panel.width() <= area.viewport().width()  # nothing runs off its right edge
        cut = [
            b.text()
            for b in screen.panel.findChildren(QPushButton)
            if b.isVisible() and b.width() < b.minimumSizeHint().width()
        ]
        assert not cut, cut
        assert screen.consent_pill.width() >= screen.consent_pill.sizeHint().width()
        outer = window.findChild(QScrollArea, "screenScroll")
        assert screen.minimumSizeHint().width() <= outer.viewport().width()  # and the page does not scroll sideways
    finally:
        style.set_text_size(styled_app, 100)
        i18n.language().install("en")


def _cut_pills(view: QTableView) -> list[str]:
    """The words of the pills in `view` that their column is too narrow to show whole."""
    model, header = view.model(), view.horizontalHeader()
    bold = QFont(view.font())
    bold.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(bold)
    cut = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column) or not isinstance(view.itemDelegateForColumn(column), PillDelegate):
            continue
        for row in range(model.rowCount()):
            index = model.index(row, column)
            if not index.data(ColourRole):
                continue
            word = QCoreApplication.translate("words", str(index.data(Qt.ItemDataRole.DisplayRole)))
            if metrics.horizontalAdvance(f"● {word}") + 18 + 6 > header.sectionSize(column):
                cut.append(word)
    return sorted(set(cut))


@pytest.mark.parametrize("screen_name", ["members", "themes", "actions"])
def test_state_pills_show_their_whole_word(welsh_large, screen_name):
    screen = welsh_large.show_screen(screen_name)
    _settle()
    views = [v for v in screen.findChildren(QTableView) if v.model() is not None and v.model().rowCount()]
    pill_views = [v for v in views if any(isinstance(v.itemDelegateForColumn(c), PillDelegate) for c in range(8))]
    assert pill_views
    cut = {v.accessibleName(): _cut_pills(v) for v in pill_views}
    assert not any(cut.values()), cut


def test_a_pill_on_its_own_keeps_its_whole_word(welsh_large):
    screen = welsh_large.show_screen("members")
    screen.table.selectRow(0)
    _settle()
    pills = [p for p in screen.findChildren(Pill) if p.isVisible() and p.text()]
    assert pills
    assert all(p.width() >= p.sizeHint().width() for p in pills), [(p.text(), p.width()) for p in pills]


@pytest.mark.parametrize("screen_name", ["members", "actions"])
def test_the_stretching_column_keeps_room_to_read_beside_whole_pills(welsh_large, screen_name):
    """The wider pills left a member's name or a pledge a few pixels ("…"): it keeps 12 characters, and the table
    scrolls sideways instead."""
    from commission.ui.header_fit import READABLE

    screen = welsh_large.show_screen(screen_name)
    _settle()
    view = screen.table if screen_name == "members" else screen.commitments.table
    header = view.horizontalHeader()
    source = view.source_model
    stretch = (source.sourceModel() if hasattr(source, "sourceModel") else source).STRETCH
    assert header.sectionSize(stretch) >= header.fontMetrics().averageCharWidth() * READABLE
