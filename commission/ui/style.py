"""The look: one calm stylesheet, a readable base font, and the state colours of commission.vocab."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from commission.vocab import STATE_COLOURS

BASE_POINT_SIZE = 10
ACCENT = "#1f6f78"
ACCENT_DARK = "#17565d"
ACCENT_SOFT = "#e1eff0"
INK = "#1f2933"
MUTED = "#5f6b7a"
LINE = "#dfe3e8"
PAGE = "#f4f5f7"
SURFACE = "#ffffff"
SIDEBAR = "#22313f"
FOCUS = "#1b4f9c"  # the focus ring: 3:1 and more against white, the page and the accent

VERDICT_COLOURS = {
    "agree": "#2e7d32",
    "partly": "#ef8f00",
    "disagree": "#c62828",
    "not assessed": "#757575",
}
CONSENT_COLOURS = {
    "named": "#2e7d32",
    "pseudonym only": "#1565c0",
    "quotes withheld": "#ef8f00",
    "expired": "#c62828",
    "withdrawn": "#757575",
    "erased": "#757575",
}
INSIGHT_STATUS_COLOURS = {"draft": "#757575", "in review": "#ef8f00", "agreed": "#2e7d32"}
ATTENDANCE_COLOURS = {"present": "#2e7d32", "apologies": "#ef8f00", "absent": "#757575"}


def state_colour(state: str) -> QColor:
    return QColor(STATE_COLOURS.get(state, "#757575"))


def pill_colours(colour: str | QColor) -> tuple[QColor, QColor]:
    """A tinted background and a text colour dark enough to read on it (amber included)."""
    base = QColor(colour)
    background = QColor(base)
    background.setAlpha(38)
    text = base.darker(150) if base.lightness() > 90 else base.darker(115)
    return background, text


def tint(colour: str | QColor, strength: float = 0.15) -> str:
    """The colour mixed into white: a solid pale shade for rich text, which has no transparency."""
    base = QColor(colour)
    mix = [round(255 + (c - 255) * strength) for c in (base.red(), base.green(), base.blue())]
    return QColor(*mix).name()


_CHEVRON = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 12 12">'
    '<path d="{d}" fill="none" stroke="{colour}" stroke-width="1.6" stroke-linecap="round" '
    'stroke-linejoin="round"/></svg>'
)
ICONS = {
    "down.svg": _CHEVRON.format(d="M2.5 4.5 L6 8 L9.5 4.5", colour=MUTED),
    "up.svg": _CHEVRON.format(d="M2.5 7.5 L6 4 L9.5 7.5", colour=MUTED),
    "down-disabled.svg": _CHEVRON.format(d="M2.5 4.5 L6 8 L9.5 4.5", colour="#b8c0c8"),
}


def icon_dir() -> Path:
    """The stylesheet's little arrows, written once to a cache folder (a stylesheet can only name files)."""
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
    folder = Path(tempfile.gettempdir()) / f"commission-ui-icons-{user}"
    folder.mkdir(parents=True, exist_ok=True)
    for name, svg in ICONS.items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != svg:
            path.write_text(svg, encoding="utf-8")
    return folder


def arrows_stylesheet(folder: Path) -> str:
    down, up, down_off = ((folder / n).as_posix() for n in ("down.svg", "up.svg", "down-disabled.svg"))
    return f"""
QComboBox, QDateEdit {{ padding-right: 26px; }}
QComboBox::drop-down, QDateEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 24px; border: none;
}}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url({down}); width: 11px; height: 11px; }}
QComboBox::down-arrow:disabled, QDateEdit::down-arrow:disabled {{ image: url({down_off}); }}
QComboBox::down-arrow:on {{ top: 1px; }}
QSpinBox, QDoubleSpinBox {{ padding-right: 22px; }}
QSpinBox::up-button, QDoubleSpinBox::up-button {{
    subcontrol-origin: border; subcontrol-position: top right; width: 20px; border: none;
}}
QSpinBox::down-button, QDoubleSpinBox::down-button {{
    subcontrol-origin: border; subcontrol-position: bottom right; width: 20px; border: none;
}}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: url({up}); width: 9px; height: 9px; }}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{ image: url({down}); width: 9px; height: 9px; }}
QComboBox QAbstractItemView {{
    background: {SURFACE}; border: 1px solid {LINE}; selection-background-color: {ACCENT_SOFT};
    selection-color: {INK}; outline: none; padding: 2px;
}}
"""


STYLESHEET = f"""
QMainWindow, QWidget#page, QDialog {{ background: {PAGE}; }}
QWidget {{ color: {INK}; }}
QToolTip {{ background: {SURFACE}; color: {INK}; border: 1px solid {LINE}; padding: 4px; }}

QListWidget#sidebar {{
    background: {SIDEBAR}; border: none; color: #d6dee6; padding: 10px 0; outline: none;
}}
QListWidget#sidebar::item {{ padding: 10px 18px; border-left: 3px solid transparent; }}
QListWidget#sidebar::item:hover {{ background: #2b3d4f; }}
QListWidget#sidebar::item:selected {{
    background: #31475c; color: white; border-left: 3px solid #7fc4cb;
}}
QWidget#sidebarPane {{ background: {SIDEBAR}; }}
QLabel#appName {{ color: white; font-size: 13pt; font-weight: 600; padding: 16px 18px 2px 18px; }}
QLabel#sidebarNote {{ color: #9fb0c0; padding: 0 18px 6px 18px; }}
QLabel#commissionName {{
    color: #e8eef3; background: #2b3d4f; border-radius: 6px; padding: 8px 10px; margin: 6px 14px 10px 14px;
    font-weight: 600;
}}
QComboBox#commissionChooser {{
    margin: 4px 14px 8px 14px; background: #2b3d4f; color: white; border: 1px solid #3d5266;
}}
QComboBox#commissionChooser QAbstractItemView {{ background: {SURFACE}; color: {INK}; }}

QLabel#pageTitle {{ font-size: 16pt; font-weight: 600; }}
QLabel#pageSubtitle, QLabel#muted {{ color: {MUTED}; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; }}
QLabel#bigFigure {{ font-size: 24pt; font-weight: 600; color: {INK}; }}
QLabel#emptyTitle {{ font-size: 13pt; font-weight: 600; }}
QLabel#notice {{
    background: #fff8e6; border: 1px solid #f1d79a; border-radius: 6px; padding: 8px 10px; color: #6b4e00;
}}

QFrame#card {{ background: {SURFACE}; border: 1px solid {LINE}; border-radius: 8px; }}
QFrame#card QLabel {{ background: transparent; }}
QFrame#sidePanel {{ background: {SURFACE}; border: 1px solid {LINE}; border-radius: 8px; }}

QTableView, QTreeView, QListView, QListWidget, QTreeWidget {{
    background: {SURFACE}; border: 1px solid {LINE}; border-radius: 6px;
    selection-background-color: {ACCENT_SOFT}; selection-color: {INK};
    alternate-background-color: #fafbfc; gridline-color: #eef0f3; outline: none;
}}
QTableView::item, QTreeView::item, QListView::item {{ padding: 3px 4px; }}
QHeaderView::section {{
    background: #f7f8fa; border: none; border-bottom: 1px solid {LINE}; border-right: 1px solid #eef0f3;
    padding: 6px 8px; font-weight: 600; color: #3e4c59;
}}
QHeaderView {{ background: #f7f8fa; }}

QPushButton, QToolButton#plain {{
    background: {SURFACE}; border: 1px solid #c6ced7; border-radius: 6px; padding: 6px 14px; min-height: 1.8em;
}}
QPushButton:hover {{ background: #eef2f5; }}
QPushButton:pressed {{ background: #e2e8ee; }}
QPushButton:disabled {{ color: #a0a9b3; border-color: #dde2e7; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: 600; }}
QPushButton[primary="true"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[primary="true"]:disabled {{ background: #9bbfc3; border-color: #9bbfc3; color: #f4f7f8; }}
QPushButton[flat="true"] {{ border: none; background: transparent; color: {ACCENT}; padding: 4px 6px; }}
QPushButton[flat="true"]:hover {{ text-decoration: underline; }}

QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit, QSpinBox, QDoubleSpinBox {{
    background: {SURFACE}; border: 1px solid #c6ced7; border-radius: 5px; padding: 4px 6px;
    selection-background-color: #b9dde1; selection-color: {INK};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateEdit:focus,
QSpinBox:focus, QDoubleSpinBox:focus {{ border: 1px solid {ACCENT}; }}
QLineEdit:disabled, QComboBox:disabled, QDateEdit:disabled {{ background: #f3f4f6; color: #8a949e; }}
QTextBrowser {{ border: 1px solid {LINE}; border-radius: 6px; background: {SURFACE}; }}

QTabWidget::pane {{ border: 1px solid {LINE}; border-radius: 6px; background: {SURFACE}; top: -1px; }}
QTabBar::tab {{
    background: transparent; border: none; border-bottom: 2px solid transparent;
    padding: 7px 14px; color: {MUTED};
}}
QTabBar::tab:selected {{ color: {INK}; border-bottom: 2px solid {ACCENT}; font-weight: 600; }}
QTabBar::tab:hover {{ color: {INK}; }}

QProgressBar {{
    border: none; border-radius: 4px; background: #e8ecf0; text-align: center; height: 8px; color: transparent;
}}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
QProgressBar#withText {{ color: {INK}; height: 18px; }}
QSplitter::handle {{ background: transparent; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget#page {{ background: {PAGE}; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {LINE}; color: {MUTED}; }}
QMenuBar {{ background: {SURFACE}; border-bottom: 1px solid {LINE}; }}
QMenuBar::item {{ padding: 4px 10px; background: transparent; }}
QMenuBar::item:selected {{ background: #eef2f5; }}
QMenu {{ background: {SURFACE}; border: 1px solid {LINE}; padding: 4px; }}
QMenu::item {{ padding: 5px 22px 5px 18px; }}
QMenu::item:selected {{ background: {ACCENT_SOFT}; color: {INK}; }}
QMenu::separator {{ height: 1px; background: {LINE}; margin: 4px 8px; }}
QCheckBox {{ spacing: 8px; }}

/* Focus is always visible: a 2px ring in the focus colour on whatever the keyboard is on. */
QPushButton:focus {{ border: 2px solid #0d1b2a; }}
QPushButton[flat="true"]:focus {{ border: 2px solid {FOCUS}; border-radius: 4px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateEdit:focus,
QSpinBox:focus, QDoubleSpinBox:focus, QTextBrowser:focus {{ border: 2px solid {FOCUS}; }}
QTableView:focus, QTreeView:focus, QListView:focus, QListWidget:focus, QTreeWidget:focus {{
    border: 2px solid {FOCUS};
}}
QListWidget#sidebar:focus {{ border: 2px solid #9fd6dc; }}
QDateEdit[refused="true"] {{ border: 2px solid #c62828; }}  /* a typed date that is not one */
QCheckBox:focus, QRadioButton:focus {{ background: {ACCENT_SOFT}; border-radius: 4px; }}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border: 2px solid {FOCUS}; }}
QTabBar::tab:focus {{ background: {ACCENT_SOFT}; }}
QScrollArea:focus, QChartView:focus {{ border: 2px solid {FOCUS}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
"""


# The text size (Preferences): a percentage of the system's font, never under BASE_POINT_SIZE at 100%.
# Sizes in points in stylesheets and fixed sizes in pixels were drawn for BASE_POINT_SIZE; they follow it
# by `text_factor()`, so every screen grows at once, with no restart.
TEXT_SIZES = (100, 125, 150, 175, 200)


@dataclass
class _TextSize:
    """The text size applied now, and the watcher that rescales new windows while it is not 100%."""

    factor: float = 1.0
    percent: int = 100
    watcher: QObject | None = None


_text = _TextSize()
_SYSTEM_SIZE = "commissionSystemPointSize"
_BASE, _APPLIED = "commissionBase", "commissionApplied"
_MAX = 16777215  # QWIDGETSIZE_MAX: no maximum
SCALES_ITSELF = "commissionScalesItself"  # a widget that sets its fixed size from scaled() itself


def text_factor() -> float:
    return _text.factor


def text_percent() -> int:
    return _text.percent


def scaled(pixels: float) -> int:
    """A size drawn for the base text size, at the text size now chosen."""
    return round(pixels * _text.factor)


def scale_points(text: str, factor: float) -> str:
    """Every `N pt` in a stylesheet or rich text, times factor."""
    return re.sub(r"(\d+(?:\.\d+)?)\s*pt\b", lambda m: f"{float(m.group(1)) * factor:.4g}pt", text)


def system_point_size(app: QApplication) -> float:
    """The system's own font size, as it was before the app set one (kept on the app for later calls)."""
    value = app.property(_SYSTEM_SIZE)
    if value is None:
        value = app.font().pointSizeF()
        app.setProperty(_SYSTEM_SIZE, value if value > 0 else BASE_POINT_SIZE)
    return float(app.property(_SYSTEM_SIZE))


def _rescaled(widget: QWidget, what: str, current, factor: float):
    """The value for `what` at `factor`: from the base it was set at, unless code has set it anew since."""
    base, applied = widget.property(_BASE + what), widget.property(_APPLIED + what)
    if base is None or applied != current:
        base = current
        widget.setProperty(_BASE + what, base)
    return base


def rescale_widget(widget: QWidget, factor: float) -> None:
    if widget.objectName().startswith("qt_"):
        return
    sheet = widget.styleSheet()
    if "pt" in sheet:
        base = _rescaled(widget, "Sheet", sheet, factor)
        new = scale_points(base, factor)
        widget.setProperty(_APPLIED + "Sheet", new)
        if new != sheet:
            widget.setStyleSheet(new)
    if widget.property(SCALES_ITSELF):
        return
    for what, low, high, set_fixed in (
        ("Height", widget.minimumHeight(), widget.maximumHeight(), widget.setFixedHeight),
        ("Width", widget.minimumWidth(), widget.maximumWidth(), widget.setFixedWidth),
    ):
        if low == high and 0 < low < _MAX:
            new = round(_rescaled(widget, what, low, factor) * factor)
            widget.setProperty(_APPLIED + what, new)
            if new != low:
                set_fixed(new)


class _NewWindows(QObject):
    """A window shown after the text size was chosen (a dialog, review mode) gets its sizes too."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            for widget in (watched, *watched.findChildren(QWidget)):
                rescale_widget(widget, _text.factor)
        return False


def set_text_size(app: QApplication, percent: int) -> None:
    """Every screen at `percent` of the system font (100–200), at once."""
    percent = min(max(int(percent), TEXT_SIZES[0]), TEXT_SIZES[-1])
    base = max(system_point_size(app), BASE_POINT_SIZE)
    points = base * percent / 100
    factor = points / BASE_POINT_SIZE
    _text.factor, _text.percent = factor, percent
    font = QFont(app.font())
    font.setPointSizeF(points)
    app.setFont(font)
    try:
        arrows = arrows_stylesheet(icon_dir())
    except OSError:  # no writable temp folder: Fusion's own arrows are hidden by the stylesheet, so skip it
        arrows = ""
    app.setStyleSheet(scale_points(STYLESHEET, factor) + arrows)
    for widget in app.allWidgets():
        rescale_widget(widget, factor)
    # Only while the text is not at its base size does every event pass the watcher (it costs a little).
    watcher = _text.watcher
    if factor != 1.0 and watcher is None:
        _text.watcher = watcher = _NewWindows(app)
        app.installEventFilter(watcher)
    elif factor == 1.0 and watcher is not None:
        app.removeEventFilter(watcher)
        _text.watcher = None


def apply_style(app: QApplication, percent: int = 100) -> None:
    app.setStyle("Fusion")
    system_point_size(app)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(PAGE))
    palette.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a949e"))
    app.setPalette(palette)
    set_text_size(app, percent)


def apply_text_size(settings) -> None:
    """The text size chosen in Preferences, on every screen and window now open (and those opened later)."""
    app = QApplication.instance()
    size = settings.text_size
    if isinstance(app, QApplication) and size != text_percent():
        set_text_size(app, size)
