"""The Actions & Commitments header holds five buttons (returns, pledges, an action, a commitment): on a
1280×800 laptop, or at large text, they wrap onto another line instead of making the screen wider than the
window (which hid "Add commitment…" past the right edge behind a sideways scroll bar)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea

from commission.ui import style


def _actions(window):
    for row in range(window.sidebar.count()):
        if window.sidebar.item(row).text() == "Actions & Commitments":
            window.sidebar.setCurrentRow(row)
    for _ in range(5):
        QApplication.processEvents()
    screen = window.current_screen()
    assert screen is not None and screen.title == "Actions & Commitments"
    return screen


def _header_buttons(screen) -> list[QPushButton]:
    row = screen.header
    buttons = [row.itemAt(i).widget() for i in range(row.count())]
    return [b for b in buttons if isinstance(b, QPushButton)]


def _fits(window, screen) -> None:
    scroll = window.findChild(QScrollArea, "screenScroll")  # the screens sit in it
    assert scroll.horizontalScrollBar().maximum() == 0, "the screen scrolls sideways"
    viewport = scroll.viewport()
    for button in _header_buttons(screen):
        right = button.mapTo(viewport, button.rect().topRight()).x()
        assert button.isVisible() and right < viewport.width(), f"{button.text()} is cut off at the right"


def test_at_1280_by_800_every_header_button_is_in_view(window):
    screen = _actions(window)
    buttons = _header_buttons(screen)
    assert [b.text() for b in buttons] == [
        "Send returns…",
        "Import return…",
        "Import pledges…",
        "Agree an action…",
        "Add commitment…",
    ]
    _fits(window, screen)


def test_on_a_wide_window_they_stay_on_one_line_and_wrap_when_narrow(window, styled_app):
    screen = _actions(window)
    window.resize(1900, 900)
    for _ in range(5):
        QApplication.processEvents()
    assert len({b.geometry().top() for b in _header_buttons(screen)}) == 1, "one line when there is room"
    try:
        style.set_text_size(styled_app, 200)
        window.resize(1920, 1080)  # 200% text on a full HD screen
        for _ in range(5):
            QApplication.processEvents()
        assert len({b.geometry().top() for b in _header_buttons(screen)}) > 1, "wrapped at large text"
    finally:
        style.set_text_size(styled_app, 100)


def test_no_screen_scrolls_sideways_on_a_1280_by_800_laptop(qtbot, window):
    from tests.ui.test_ui_reviews import start_round

    start_round(qtbot, window)  # Reviews with a round open: its buttons are the widest row there
    scroll = window.findChild(QScrollArea, "screenScroll")
    wide = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        for _ in range(5):
            QApplication.processEvents()
        if scroll.horizontalScrollBar().maximum():
            wide[window.sidebar.item(row).text()] = scroll.horizontalScrollBar().maximum()
    assert not wide, f"these screens scroll sideways by (px): {wide}"
