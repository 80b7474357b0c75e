"""Issue 13 item 4: a text size for every screen (100–200% of the system font, Preferences), applied at once;
at 200% the window still fits a 1920×1080 screen, screens scroll rather than clip, and focus shows."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton, QTableView

from commission.ui import style
from tests.ui.test_ui_reviews import start_round


@pytest.fixture
def text_size(styled_app):
    """Set the text size for a test; back to 100% afterwards (the app is shared by every test)."""
    yield lambda percent: style.set_text_size(styled_app, percent)
    style.set_text_size(styled_app, 100)


def _each_screen(window):
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        for _ in range(3):
            QApplication.processEvents()
        yield window.sidebar.item(row).text(), window.current_screen()


def _minimum(window) -> tuple[int, int]:
    """The smallest the window can be without squeezing what is on any screen below its own minimum."""
    width = height = 0
    for _title, _screen in _each_screen(window):
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        width, height = max(width, hint.width()), max(height, hint.height())
    return width, height


def test_the_window_fits_a_full_hd_screen_at_every_text_size(window, text_size):
    sizes = {}
    for percent in (100, 150, 200):
        text_size(percent)
        sizes[percent] = _minimum(window)
    print("minimum window size by text size:", sizes)
    assert sizes[200][0] <= 1920 and sizes[200][1] <= 1080, sizes


def test_the_text_size_applies_at_once_to_every_screen(window, text_size, settings):
    from commission.ui.preferences import open_preferences

    title = window.dashboard.findChild(QLabel, "pageTitle")
    plain = next(label for label in window.dashboard.findChildren(QLabel) if not label.objectName() and label.text())
    before = (title.fontInfo().pointSizeF(), plain.fontInfo().pointSizeF())
    dialog = open_preferences(window)
    dialog.text_size.setValue(200)
    dialog.accept()  # saved: no restart
    QApplication.processEvents()
    assert settings.text_size == 200
    assert title.fontInfo().pointSizeF() == pytest.approx(before[0] * 2, rel=0.05)
    assert plain.fontInfo().pointSizeF() == pytest.approx(before[1] * 2, rel=0.05)
    metrics = window.sidebar.fontMetrics()
    longest = max(metrics.horizontalAdvance(window.sidebar.item(r).text()) for r in range(window.sidebar.count()))
    assert window.sidebar_pane.width() > 224 and longest + 36 <= window.sidebar.viewport().width()  # no screen
    assert window.sidebar.visualItemRect(window.sidebar.item(0)).height() >= metrics.height() + 20  # name is cut
    text_size(100)
    QApplication.processEvents()
    assert plain.fontInfo().pointSizeF() == pytest.approx(before[1], rel=0.05)
    assert window.sidebar_pane.width() == 224


def test_the_default_follows_the_system_font(styled_app, settings):
    assert settings.text_size == 100
    system = style.system_point_size(styled_app)
    assert QApplication.font().pointSizeF() == pytest.approx(max(system, style.BASE_POINT_SIZE))


def test_review_mode_follows_the_text_size_at_once(qtbot, window, text_size):
    screen, (first, _second) = start_round(qtbot, window, n_insights=1)
    mode = screen.start_review_mode(first.id)
    qtbot.waitExposed(mode)
    before = mode.text.font().pointSizeF()
    text_size(200)
    qtbot.waitUntil(lambda: mode.text.font().pointSizeF() == pytest.approx(before * 2, rel=0.02))
    mode.close()


def _clipped(window) -> list[str]:
    found = []
    for widget in window.findChildren(QLabel) + window.findChildren(QPushButton):
        if not widget.isVisible() or not widget.text().strip() or widget.width() == 0:
            continue
        hint = widget.minimumSizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            short = widget.height() + 1 < widget.heightForWidth(widget.width())
        elif isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText:
            short = widget.height() + 1 < hint.height()
        elif isinstance(widget, QPushButton):  # the words fit (the padding may give a pixel or two)
            metrics = widget.fontMetrics()
            hint = QSize(metrics.horizontalAdvance(widget.text().replace("&", "")), metrics.height())
            short = widget.width() < hint.width() or widget.height() < hint.height()
        else:
            short = widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height()
        if short:
            found.append(
                f"{type(widget).__name__} {widget.text()[:40]!r}: {widget.size().toTuple()} < {hint.toTuple()}"
            )
    return found


def test_nothing_clips_at_200_percent_on_a_full_hd_screen(window, text_size):
    text_size(200)
    window.resize(1920, 1080)
    clipped = {}
    for title, _screen in _each_screen(window):
        for problem in _clipped(window):
            clipped.setdefault(problem, title)
    assert not clipped, "\n".join(f"{title}: {problem}" for problem, title in clipped.items())


def test_focus_is_visible_on_each_kind_of_control(qtbot, window):
    """The focused control looks different from the same control without focus (the focus ring)."""
    from PySide6.QtWidgets import QComboBox, QListWidget, QVBoxLayout, QWidget

    screen = window.show_screen("sessions")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    box = QWidget(screen)
    column = QVBoxLayout(box)
    flat = QPushButton("Link")
    flat.setProperty("flat", True)
    kinds = (
        QPushButton("Save"),
        flat,
        QLineEdit("words"),
        QCheckBox("Named"),
        QTableView(),
        QListWidget(),
        QComboBox(),
    )
    for widget in kinds:
        column.addWidget(widget)
    box.resize(box.sizeHint().expandedTo(QSize(300, 500)))
    box.show()
    box.raise_()
    for widget in kinds:
        window.sidebar.setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        unfocused = widget.grab().toImage()
        assert not unfocused.isNull()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        assert widget.grab().toImage() != unfocused, f"no visible focus on {type(widget).__name__}"
    box.deleteLater()


def test_a_chart_drawn_again_leaves_no_old_labels_behind(qtbot, styled_app, text_size):
    """Drawn again (new figures, a new text size), the organisations chart kept the old axes' labels too."""
    from PySide6.QtCore import QEvent

    from commission.ui.dashboard import StatesChart

    names, counts = ["Bysiau'r Cymoedd", "Cartrefi Cwm"], [{"done": 2, "overdue": 1}, {"on track": 3}]

    def chart():
        view = StatesChart()
        qtbot.addWidget(view)
        view.resize(700, 400)
        view.show()
        view.set_data(names, counts)
        return view

    again = chart()
    text_size(200)
    again.set_data(names, counts)
    styled_app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    fresh = chart()
    styled_app.processEvents()
    assert again.grab().toImage() == fresh.grab().toImage()


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_a_date_box_shows_the_whole_date(qtbot, text_size, percent):
    """The year's last digit was cut in the commitment form ('27/07/202'): the box's text had 73 px for 75."""
    from PySide6.QtGui import QFontMetrics

    from commission.ui.dates import DateEdit

    box = DateEdit(date(2025, 7, 27))
    qtbot.addWidget(box)
    box.show()
    text_size(percent)  # after the box is made, as Preferences changes it
    box.resize(box.minimumWidth(), box.sizeHint().height())  # as narrow as a form may make it
    QApplication.processEvents()
    needed = QFontMetrics(box.lineEdit().font()).horizontalAdvance(box.text())
    assert box.text() == "27/07/2025" and box.lineEdit().width() >= needed + 4
