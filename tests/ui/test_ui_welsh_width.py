"""Found in last session's trial: in Welsh at 1280×800 Actions & Commitments scrolled sideways by 134 px (the
commitment's form beside its updates), Themes & Insights by 408 (the frameworks title) and Reviews by 90 (the
review-mode row). Every screen's smallest width now fits the window; where two columns do not fit beside each
other they go one above the other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QWidget

from commission.services import reviews
from commission.ui import i18n
from commission.ui.widgets import StackWhenNarrow


@pytest.fixture
def welsh(window):
    i18n.language().install("cy")
    yield window
    i18n.language().install("en")


def _with_a_round(window) -> None:
    """A round of the demo's drafts with every community reviewer, so Reviews shows a round and its items."""
    db, snap = window.store.db, window.store.snapshot
    choices = reviews.available_items(db, snap.commission.id, as_of=snap.as_of)
    community = [m.id for m in snap.data.members if m.role == "community" and not m.erased]
    items = [(c.kind, c.record_id) for c in choices if c.suggested]
    reviews.create_round(
        db, snap.commission.id, "Drafts for the December meeting", items, community, asked_on=snap.as_of
    )
    window.store.refresh()


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _too_wide(window) -> dict[str, int]:
    """Each screen whose smallest width is more than the window has for it: by how many pixels."""
    area = window.findChild(QScrollArea, "screenScroll")
    room = area.width() - area.verticalScrollBar().sizeHint().width()  # the bar may be there: never under it
    wide = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        _settle()
        if window.current_screen() is window.screens.get("actions"):
            actions = window.current_screen()
            busiest = max(actions.commitments.model.rowCount(), 1)  # a commitment chosen: its panel is full
            actions.commitments.table.selectRow(busiest - 1)
            _settle()
        needed = area.widget().minimumSizeHint().width()
        if needed > room:
            wide[window.sidebar.item(row).text()] = needed - room
    return wide


def test_every_screen_fits_1280_pixels_in_welsh(welsh):
    _with_a_round(welsh)
    welsh.resize(1280, 800)
    _settle()
    assert welsh.sidebar.item(0).text() == "Dangosfwrdd"
    assert not _too_wide(welsh), _too_wide(welsh)


def test_every_screen_fits_1280_pixels_in_english(window):
    _with_a_round(window)
    window.resize(1280, 800)
    _settle()
    assert not _too_wide(window), _too_wide(window)


def test_the_commitment_panel_stacks_when_narrow_and_not_when_wide(welsh):
    screen = welsh.show_screen("actions")
    screen.commitments.table.selectRow(0)
    layout = screen.commitments.detail.layout()
    assert isinstance(layout, StackWhenNarrow)
    welsh.resize(1280, 800)  # the form and the updates do not fit beside each other in Welsh: stacked
    _settle()
    assert layout.direction() == QBoxLayout.Direction.TopToBottom
    form, updates = (layout.itemAt(i).widget() for i in range(2))
    assert form.geometry().bottom() < updates.geometry().top()  # the form above its updates
    welsh.resize(1920, 1000)  # wide: side by side again
    _settle()
    assert layout.direction() == QBoxLayout.Direction.LeftToRight
    assert form.geometry().right() < updates.geometry().left()


def test_stack_when_narrow_on_its_own(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = StackWhenNarrow(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    left, right = QPushButton("x" * 40), QLabel("y" * 60)
    layout.addWidget(left)
    layout.addWidget(right)
    both = left.minimumSizeHint().width() + right.minimumSizeHint().width() + 10
    assert layout.side_by_side_width() == both
    assert holder.minimumSizeHint().width() == max(left.minimumSizeHint().width(), right.minimumSizeHint().width())
    holder.resize(both, 200)
    holder.show()
    _settle()
    assert layout.direction() == QBoxLayout.Direction.LeftToRight
    holder.resize(both - 1, 200)
    _settle()
    assert layout.direction() == QBoxLayout.Direction.TopToBottom
    assert left.geometry().bottom() < right.geometry().top()


# -- whole words at 1280×800 and at large text (last session's trial: "Ffigurau a…", "Yn bres…", "wedi'i wn…") --
SIZES = (100, 150)  # the text size chosen in Preferences, % (1280×800 at 150% is the tightest laptop case)


@pytest.fixture(params=SIZES, ids=lambda size: f"text-{size}")
def welsh_sized(request, welsh, styled_app):
    from commission.ui import style

    style.set_text_size(styled_app, request.param)
    welsh.resize(1280, 800)
    _settle()
    yield welsh
    style.set_text_size(styled_app, 100)
    _settle()


def _clipped(widgets) -> list[str]:
    """The words of each widget narrower than its text needs (a label, a button or a date box cut short)."""
    out = []
    for widget in widgets:
        if not widget.isVisible():
            continue
        plain_label = isinstance(widget, QLabel) and not widget.wordWrap()
        needed = (widget.sizeHint() if plain_label else widget.minimumSizeHint()).width()
        if widget.width() < needed:
            out.append(widget.text() if hasattr(widget, "text") else type(widget).__name__)
    return out


def test_the_reports_options_show_whole_words_in_welsh(welsh_sized):
    screen = welsh_sized.show_screen("reports")
    _settle()
    card = screen.make_button.parentWidget()
    labels = [label for label in card.findChildren(QLabel) if label.text() and not label.wordWrap()]
    assert any(label.text() == "Ffigurau ar" for label in labels)
    wanted = [*labels, screen.as_of, screen.dashboard_date, screen.format, screen.language]
    assert not _clipped(wanted), _clipped(wanted)
    shown = screen.as_of.lineEdit() if hasattr(screen.as_of, "lineEdit") else None
    if shown is not None:  # the date itself, all of it
        assert shown.width() >= shown.fontMetrics().horizontalAdvance(shown.text())


def _cut_headings(view) -> dict[str, int]:
    """Each column heading of the table (of a column of its own width) narrower than its words: by how many px."""
    header, model = view.horizontalHeader(), view.model()
    cut = {}
    for column in range(header.count()):
        if header.isSectionHidden(column) or header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue  # the stretching column takes what room is left (its words may be cut in a narrow panel)
        arrows = header.isSortIndicatorShown()
        header.setSortIndicatorShown(arrows and column == header.sortIndicatorSection())  # its arrow, if sorted by
        short = header.sectionSizeFromContents(column).width() - header.sectionSize(column)
        header.setSortIndicatorShown(arrows)
        if short > 0:
            cut[model.headerData(column, Qt.Orientation.Horizontal)] = short
    return cut


@pytest.mark.parametrize("screen_name", ["sessions", "themes", "members", "actions"])
def test_table_headings_show_whole_words_in_welsh(welsh_sized, screen_name):
    from PySide6.QtWidgets import QTableView

    screen = welsh_sized.show_screen(screen_name)
    _settle()
    views = [v for v in screen.findChildren(QTableView) if v.model() is not None and v.model().columnCount()]
    assert views
    cut = {v.accessibleName() or type(v.model()).__name__: _cut_headings(v) for v in views}
    assert not any(cut.values()), cut
    if screen_name == "sessions":
        headings = [screen.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
        assert "Yn bresennol" in headings  # in Welsh indeed


def test_the_dashboard_chart_legend_shows_whole_words_in_welsh(welsh_sized):
    from PySide6.QtGui import QFontMetrics

    from commission.ui.dashboard import StatesChart

    welsh_sized.store.refresh()  # the chart is drawn again with the words of the language now installed
    welsh_sized.show_screen("dashboard")
    _settle()
    chart = welsh_sized.findChild(StatesChart)
    legend = chart.chart().legend()
    labels = [marker.label() for marker in legend.markers()]
    assert "wedi’i wneud" in labels or "wedi'i wneud" in labels
    metrics = QFontMetrics(legend.font())
    entries = [metrics.horizontalAdvance(label) + metrics.height() + 12 for label in labels]  # box, gap, words
    one_a_line = legend.alignment() & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)
    needed = max(entries) if one_a_line else sum(entries)
    assert legend.geometry().width() >= needed, (legend.geometry().width(), needed)  # no state cut to "…"


def test_the_member_panel_fits_its_column_in_welsh(welsh):
    """Tester finding: in Welsh at 1280×800 the member panel ran off the right edge (its scroll area does not
    scroll sideways): "Caniateir ei enwi" with its date and "Cofnodi", "Dangos manylion personol" cut off.
    (At 150% text the list beside it still leaves the panel too little room: not yet checked here.)"""
    window = welsh
    window.resize(1280, 800)
    _settle()
    window.sidebar.setCurrentRow(
        [window.sidebar.item(r).text() for r in range(window.sidebar.count())].index("Aelodau")
    )
    _settle()
    screen = window.current_screen()
    screen.table.selectRow(0)
    _settle()
    [area] = [a for a in screen.findChildren(QScrollArea) if a.widget() is screen.panel]
    assert screen.panel.minimumSizeHint().width() <= area.viewport().width(), (
        screen.panel.minimumSizeHint().width(),
        area.viewport().width(),
    )
