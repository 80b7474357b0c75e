"""Preferences: the coordinator's name for the audit trail, review-mode text size, back-up interval.

The name is what the audit trail records as "who" for every change; services read it through
COMMISSION_USER (services.audit.default_actor), so it is applied to the environment at start-up and
whenever it changes. The review-mode text size is the one review mode itself remembers
(Settings.review_text_size), so A-/A+ there and this field agree.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox

from commission.services import audit
from commission.ui.dialogs import FormDialog

USER_KEY = "user/name"
USER_ENV = "COMMISSION_USER"
BACKUP_MINUTES_KEY = "backups/interval_minutes"
BACKUP_MINUTES_DEFAULT, BACKUP_MINUTES_RANGE = 10, (1, 240)


def _q(settings):
    return getattr(settings, "q", settings)  # a Settings wrapper or a bare QSettings


def _int(settings, key: str, default: int, bounds: tuple[int, int]) -> int:
    try:
        value = int(_q(settings).value(key, default))
    except (TypeError, ValueError):
        value = default
    return min(max(value, bounds[0]), bounds[1])


def coordinator_name(settings) -> str:
    return str(_q(settings).value(USER_KEY, "") or "").strip()


def backup_minutes(settings) -> int:
    return _int(settings, BACKUP_MINUTES_KEY, BACKUP_MINUTES_DEFAULT, BACKUP_MINUTES_RANGE)


def apply_name(settings) -> None:
    """Every change from now on is recorded under the name set here (if one is set)."""
    name = coordinator_name(settings)
    if name:
        os.environ[USER_ENV] = name


def apply_text_size(settings) -> None:
    """The text size chosen in Preferences, on every screen and window now open (and those opened later)."""
    from PySide6.QtWidgets import QApplication

    from commission.ui.style import set_text_size, text_percent

    app = QApplication.instance()
    size = getattr(settings, "text_size", 100)
    if app is not None and size != text_percent():
        set_text_size(app, size)


class PreferencesDialog(FormDialog):
    def __init__(self, settings, parent=None):
        super().__init__("Preferences", "These stay on this computer.", "Save", parent, 560)
        self.settings = settings
        self.name = QLineEdit(coordinator_name(settings))
        self.name.setPlaceholderText(f"Now recorded as “{audit.default_actor()}”")
        self.name.setToolTip("The History of every record shows this name beside each change you make.")
        self.font_size = QSpinBox()
        self.font_size.setRange(settings.REVIEW_TEXT_MIN, settings.REVIEW_TEXT_MAX)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(settings.review_text_size)
        self.preview = QLabel("What we heard")
        self.font_size.valueChanged.connect(self._preview)
        self._preview(self.font_size.value())
        self.text_size = QSpinBox()
        self.text_size.setRange(settings.TEXT_SIZE_MIN, settings.TEXT_SIZE_MAX)
        self.text_size.setSingleStep(25)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(settings.text_size)
        self.text_size.setToolTip(self.tr("Every screen's text, from the size your computer uses (100%) to twice "
                                          "that (200%). Screens scroll where the larger text needs more room."))
        self.minutes = QSpinBox()
        self.minutes.setRange(*BACKUP_MINUTES_RANGE)
        self.minutes.setSuffix(" minutes")
        self.minutes.setValue(backup_minutes(settings))
        self.minutes.setToolTip("While you work, a back-up is taken this often (the newest ten are kept), "
                                "and one each time a database is opened.")
        self.form.addRow("Your name (recorded with every change)", self.name)
        self.form.addRow(self.tr("Text size of every screen"), self.text_size)
        self.form.addRow("Text size in review mode", self.font_size)
        self.form.addRow("", self.preview)
        self.form.addRow("Back up while working every", self.minutes)

    def _preview(self, points: int) -> None:
        font = QFont(self.font())
        font.setPointSize(points)
        self.preview.setFont(font)

    def save(self) -> None:
        q = _q(self.settings)
        name = self.name.text().strip()
        q.setValue(USER_KEY, name)
        self.settings.review_text_size = self.font_size.value()
        self.settings.text_size = self.text_size.value()
        q.setValue(BACKUP_MINUTES_KEY, self.minutes.value())
        q.sync()
        if name:
            os.environ[USER_ENV] = name
        else:
            os.environ.pop(USER_ENV, None)  # back to the computer's account name


def open_preferences(window) -> PreferencesDialog:
    dialog = PreferencesDialog(window.settings, window)

    def accepted() -> None:
        dialog.save()
        apply_text_size(window.settings)  # every screen, at once
        if hasattr(window, "backups"):
            window.backups.set_interval(backup_minutes(window.settings))
        window.statusBar().showMessage("Preferences saved.", 6000)

    dialog.accepted.connect(accepted)
    window.preferences_dialog = dialog
    dialog.open()
    return dialog
