"""Tester findings in Welsh at large text: at 200% on a 1920×1080 screen the consent label "Caniateir ei
ddyfynnu" was cut at its end and the consent pill "dyfyniadau wedi'u dal yn ôl" was reached only by scrolling the
members table sideways; at 150% the role box cut "Comisiynydd cymunedol"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from commission.ui import i18n, style
from commission.ui.layouts import WordCombo
from commission.ui.models import MembersModel
from commission.ui.widgets import StackWhenNarrow
from tests.ui.test_ui_welsh_large_text import _cut_pills


@pytest.fixture
def welsh_at(window, styled_app):
    def set_up(percent: int, size: tuple[int, int]):
        i18n.language().install("cy")
        style.set_text_size(styled_app, percent)
        window.resize(*size)
        _settle()
        return window

    yield set_up
    style.set_text_size(styled_app, 100)
    i18n.language().install("en")
    _settle()


def _settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def _members_with(window, state: str):
    """The Members screen with the first member whose consent is `state` chosen."""
    screen = window.show_screen("members")
    _settle()
    model = screen.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, MembersModel.COL_CONSENT).data() == state)
    screen.table.selectRow(row)
    _settle()
    return screen


def _shows_whole(combo: QComboBox) -> bool:
    """Each of the box's items fits the part of the box its text is drawn in."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = combo.fontMetrics()
    return all(metrics.horizontalAdvance(combo.itemText(i)) <= field.width() for i in range(combo.count()))


@pytest.mark.parametrize("state", ["quotes withheld", "pseudonym only"])
def test_consent_labels_and_pills_show_whole_at_200_percent(welsh_at, state):
    window = welsh_at(200, (1920, 1080))
    screen = _members_with(window, state)
    for row in screen.consent_rows.values():
        assert row.given.width() >= row.given.sizeHint().width(), row.given.text()
    assert screen.consent_pill.width() >= screen.consent_pill.sizeHint().width()
    # every consent pill is whole and in view: the table has the room its columns need, it does not scroll
    table, header = screen.table, screen.table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    assert not _cut_pills(table)
    outer = window.findChild(QScrollArea, "screenScroll")
    assert outer.horizontalScrollBar().maximum() == 0  # and the page does not scroll sideways instead


def test_moving_the_handle_by_hand_is_kept(welsh_at):
    window = welsh_at(200, (1920, 1080))
    screen = _members_with(window, "quotes withheld")
    left = screen.splitter.sizes()[0]
    screen.splitter.moveSplitter(left - 200, 1)  # as dragging the handle does
    _settle()
    assert screen.splitter.sizes()[0] == pytest.approx(left - 200, abs=2)


@pytest.mark.parametrize("percent", [150, 200])
def test_the_role_box_and_its_list_show_the_longest_role_whole(welsh_at, percent):
    window = welsh_at(percent, (1280, 800) if percent == 150 else (1920, 1080))
    screen = _members_with(window, "pseudonym only")
    role = screen.role
    assert "Comisiynydd cymunedol" in [role.itemText(i) for i in range(role.count())]
    assert _shows_whole(role), (role.width(), [role.itemText(i) for i in range(role.count())])
    role.showPopup()
    _settle()
    try:
        view = role.view()
        assert view.viewport().width() >= view.sizeHintForColumn(0)
    finally:
        role.hidePopup()


def test_a_word_box_grows_with_the_text_size(qtbot, styled_app):
    combo = WordCombo()
    qtbot.addWidget(combo)
    combo.addItems(["Comisiynydd cymunedol", "Hwylusydd"])
    combo.show()
    before = combo.minimumSizeHint().width()
    try:
        style.set_text_size(styled_app, 200)
        _settle()
        assert combo.minimumSizeHint().width() > before * 1.6
        combo.resize(combo.minimumSizeHint())
        assert _shows_whole(combo)
    finally:
        style.set_text_size(styled_app, 100)


def _scrolls_sideways(window) -> dict[str, int]:
    """The scroll areas in view that scroll sideways (the page, the Dashboard's own), by how much."""
    return {
        area.accessibleName() or area.objectName(): area.horizontalScrollBar().maximum()
        for area in window.findChildren(QScrollArea)
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0
    }


def test_the_dashboard_and_reviews_without_a_round_do_not_scroll_sideways_at_200_percent(welsh_at):
    """The states' pills two by two ("ar y trywydd iawn" beside "wedi'i wneud") pushed the Dashboard 35 px past
    its room; Reviews with no round kept the width of the round it had none of (159 px past)."""
    window = welsh_at(200, (1920, 1080))
    wide = {}
    for key in ("dashboard", "reviews"):
        window.show_screen(key)
        _settle()
        wide.update({f"{key}: {name}": by for name, by in _scrolls_sideways(window).items()})
    assert window.screens["reviews"].detail_stack.currentWidget() is window.screens["reviews"].no_rounds
    assert not wide, wide


def test_the_sessions_list_shows_its_columns_and_a_long_title_its_start_at_200_percent(welsh_at):
    """The list's 'Yn bresennol' and quotes were reached only by scrolling it sideways, the session's panel
    holding 855 px for its date beside its kind and the speaker beside Remove quote and History."""
    window = welsh_at(200, (1920, 1080))
    screen = window.show_screen("sessions")
    _settle()
    screen.table.selectRow(0)
    _settle()
    table = screen.table
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert not _scrolls_sideways(window)
    title = screen.title_edit
    assert title.fontMetrics().horizontalAdvance(title.text()) > title.width()  # too long for its box here
    assert title.cursorPosition() == 0  # so its start shows, not its end ("nonths on: checking…")


def test_an_outer_stack_goes_one_under_the_other_before_the_stack_inside_it(qtbot):
    """A panel's head: its title, then its pill beside History. Where the three do not fit on one line the pill
    and History go under the title side by side; before, the head kept the title beside a pill with History
    under it (the inner stack gave way first), as the commitment's head did at 200% in Welsh."""
    holder = QWidget()
    qtbot.addWidget(holder)
    head = StackWhenNarrow(holder)
    head.setContentsMargins(0, 0, 0, 0)
    head.setSpacing(10)
    title, pill, history = QLabel("t" * 30), QLabel("p" * 30), QPushButton("History")
    head.addWidget(title)
    marks = StackWhenNarrow()
    marks.setSpacing(10)
    marks.addWidget(pill)
    marks.addWidget(history)
    head.addLayout(marks)
    beside = pill.minimumSizeHint().width() + 10 + history.minimumSizeHint().width()
    assert head.side_by_side_width() == title.minimumSizeHint().width() + 10 + beside
    holder.resize(max(beside, title.minimumSizeHint().width()) + 20, 300)
    holder.show()
    _settle()
    assert head.direction() == QBoxLayout.Direction.TopToBottom
    assert marks.direction() == QBoxLayout.Direction.LeftToRight
    assert title.geometry().bottom() < pill.geometry().top()
    assert pill.geometry().right() < history.geometry().left()  # still beside each other


@pytest.mark.parametrize("tab", [0, 1], ids=["you-said-we-did", "evidence"])
def test_themes_with_what_we_heard_chosen_fits_at_200_percent(welsh_at, tab):
    """What we heard's status and theme beside History and Delete asked 867 px: the page needed 1564 px of the
    1465 it has (the screenshots' text-200-themes showed it scrolled sideways, "Ychwanegu" cut)."""
    window = welsh_at(200, (1920, 1080))
    snap = window.store.snapshot
    screen = window.show_screen("themes")
    _settle()
    richest = max(snap.data.insights, key=lambda i: len(snap.actions_by_insight.get(i.id, [])))
    screen.show_record("insight", richest.id)
    screen.detail_tabs.setCurrentIndex(tab)
    _settle()
    outer = window.findChild(QScrollArea, "screenScroll")
    assert screen.minimumSizeHint().width() <= outer.viewport().width()
    assert screen.delete_insight_button.isVisible()


def test_a_name_too_long_for_its_box_is_cut_with_an_ellipsis_not_at_the_arrow(welsh_at):
    """The quote's speaker read "Gareth Hopkins (comisiynydd c" at 200% in Welsh (and in English at 100%): it
    now ends "…", fitting the box, so nobody takes it for the whole."""
    window = welsh_at(200, (1920, 1080))
    screen = window.show_screen("sessions")
    _settle()
    screen.table.selectRow(0)
    screen.tabs.setCurrentIndex(2)
    _settle()
    screen.quotes.selectRow(0)
    _settle()
    speaker = screen.quote_speaker
    whole = speaker.currentText()
    shown = speaker.shown_text()
    assert shown != whole and shown.endswith("…") and whole.startswith(shown[:-1].rstrip())
    option = QStyleOptionComboBox()
    speaker.initStyleOption(option)
    field = speaker.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, speaker
    )
    assert speaker.fontMetrics().horizontalAdvance(shown) <= field.width()
