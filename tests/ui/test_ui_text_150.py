"""Tester finding: at 150% text Actions & Commitments scrolled sideways at 1280×800, the size the app opens at
(86 px in Welsh, 67 in English): the commitments' filters (words, three choosers and the count) stayed on one
line 957 px wide. At 150% the page fits that window and a 1366×768 council laptop's, on each of its tabs with a
record chosen; its tables may scroll their own columns."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea

from commission.ui import i18n, style
from commission.ui.dashboard import StatesChart


def _settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


@pytest.fixture(params=("cy", "en"))
def at_150(request, window, styled_app):
    i18n.language().install(request.param)
    style.set_text_size(styled_app, 150)
    _settle()
    yield window
    style.set_text_size(styled_app, 100)
    i18n.language().install("en")
    _settle()


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_actions_and_commitments_does_not_scroll_sideways_at_150_percent(at_150, size):
    window = at_150
    window.resize(*size)
    screen = window.show_screen("actions")
    _settle()
    outer = window.findChild(QScrollArea, "screenScroll")
    too_wide = {}
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        _settle()
        page = screen.tabs.currentWidget()
        table = getattr(page, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount():
            table.selectRow(table.model().rowCount() - 1)  # a record chosen: its panel is full
            _settle()
        needed = screen.minimumSizeHint().width()
        if outer.horizontalScrollBar().maximum() > 0 or needed > outer.viewport().width():
            too_wide[screen.tabs.tabText(index)] = needed - outer.viewport().width()
    assert not too_wide, too_wide


def test_the_dashboard_does_not_scroll_sideways_at_150_percent_and_keeps_its_legend_whole(at_150):
    """It scrolled its own page sideways at 1280x800 (270 px in Welsh): the cards' titles did not wrap and the
    states' pills stood two by two; the chart's legend, given at most 40% of a chart made narrower, stays whole."""
    window = at_150
    window.resize(1280, 800)
    window.store.refresh()  # the chart drawn again in the language now installed
    window.show_screen("dashboard")
    _settle()
    scroll = window.dashboard.scroll
    assert scroll.horizontalScrollBar().maximum() == 0
    chart = window.findChild(StatesChart).chart()
    legend = chart.legend()
    metrics = QFontMetrics(legend.font())
    words = max(metrics.horizontalAdvance(marker.label()) for marker in legend.markers())
    assert legend.geometry().width() >= words + metrics.height() + 12
    assert legend.geometry().right() <= chart.size().width()  # and not run past the chart's edge


def test_themes_with_what_we_heard_chosen_does_not_scroll_sideways_at_150_percent(at_150):
    """It scrolled by 210 px in Welsh at 1280x800 (222 in English): the hidden Frameworks tab kept its width,
    and What we heard's title and Add, its status and theme, stayed on one line; now one under the other."""
    window = at_150
    window.resize(1280, 800)
    snap = window.store.snapshot
    screen = window.show_screen("themes")
    _settle()
    richest = max(snap.data.insights, key=lambda i: len(snap.actions_by_insight.get(i.id, [])))
    screen.show_record("insight", richest.id)
    _settle()
    outer = window.findChild(QScrollArea, "screenScroll")
    assert screen.minimumSizeHint().width() <= outer.viewport().width()
    assert outer.horizontalScrollBar().maximum() == 0


def test_the_frameworks_tab_does_not_scroll_sideways_at_150_percent(at_150):
    """Its title, framework chooser and 'Add your own framework…' stayed on one line 979 px wide in Welsh."""
    window = at_150
    window.resize(1280, 800)
    screen = window.show_screen("themes")
    screen.page_tabs.setCurrentWidget(screen.coverage)
    _settle()
    outer = window.findChild(QScrollArea, "screenScroll")
    assert screen.minimumSizeHint().width() <= outer.viewport().width()
    assert outer.horizontalScrollBar().maximum() == 0


def test_social_value_shows_its_amounts_whole_and_does_not_scroll_sideways_at_150_percent(at_150):
    """In Welsh at 1280x800 the long labels ("Cyfradd ddisgowntio (% y flwyddyn)") left the investment box so
    narrow that it showed "250" of £81,250, and the outcome's terms scrolled their panel sideways; the boxes go
    under their labels when beside them they would have less than 16 characters."""
    window = at_150
    window.resize(1280, 800)
    screen = window.show_screen("value")
    _settle()
    assert not {
        area.accessibleName() or area.objectName(): area.horizontalScrollBar().maximum()
        for area in window.findChildren(QScrollArea)
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0
    }
    for box in (screen.investment, screen.rate, *screen.fields.values()):
        if isinstance(box, QLineEdit) and box.isVisible() and box.text():
            shown = box.width() - 2 * box.style().pixelMetric(box.style().PixelMetric.PM_DefaultFrameWidth) - 12
            assert box.fontMetrics().horizontalAdvance(box.text()[:16]) <= shown, (box.accessibleName(), box.text())
