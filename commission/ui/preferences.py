"""Preferences: the coordinator's name for the audit trail, review-mode text size, back-up interval.

The name is what the audit trail records as "who" for every change; services read it through
COMMISSION_USER (services.audit.default_actor), so it is applied to the environment at start-up and
whenever it changes. The review-mode text size is the one review mode itself remembers
(Settings.review_text_size), so A-/A+ there and this field agree.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox

from commission.services import audit
from commission.ui import i18n
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


class PreferencesDialog(FormDialog):
    def __init__(self, settings, parent=None):
        super().__init__(self.tr("Preferences"), self.tr("These stay on this computer."), self.tr("Save"), parent, 560)
        self.settings = settings
        self.name = QLineEdit(coordinator_name(settings))
        self.name.setPlaceholderText(self.tr("Now recorded as “%1”").replace("%1", audit.default_actor()))
        self.name.setToolTip(self.tr("The History of every record shows this name beside each change you make."))
        self.font_size = QSpinBox()
        self.font_size.setRange(settings.REVIEW_TEXT_MIN, settings.REVIEW_TEXT_MAX)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(settings.review_text_size)
        self.preview = QLabel(self.tr("What we heard"))
        self.font_size.valueChanged.connect(self._preview)
        self._preview(self.font_size.value())
        self.minutes = QSpinBox()
        self.minutes.setRange(*BACKUP_MINUTES_RANGE)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setValue(backup_minutes(settings))
        self.minutes.setToolTip(self.tr("While you work, a back-up is taken this often (the newest ten are kept), "
                                        "and one each time a database is opened."))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("As the computer is set (%1)").replace(
            "%1", i18n.LANGUAGES[i18n.system_language()]), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(getattr(settings, "language", ""))))
        self.language.setToolTip(self.tr("The language of the app's own words. Changes at once; "
                                         "nothing you have typed is lost."))
        self.form.addRow(self.tr("Your name (recorded with every change)"), self.name)
        self.form.addRow(self.tr("Language"), self.language)
        self.form.addRow(self.tr("Text size in review mode"), self.font_size)
        self.form.addRow("", self.preview)
        self.form.addRow(self.tr("Back up while working every"), self.minutes)

    def _preview(self, points: int) -> None:
        font = QFont(self.font())
        font.setPointSize(points)
        self.preview.setFont(font)

    def save(self) -> None:
        q = _q(self.settings)
        name = self.name.text().strip()
        q.setValue(USER_KEY, name)
        self.settings.review_text_size = self.font_size.value()
        q.setValue(BACKUP_MINUTES_KEY, self.minutes.value())
        if hasattr(self.settings, "language"):
            self.settings.language = self.language.currentData() or ""
        q.sync()
        if name:
            os.environ[USER_ENV] = name
        else:
            os.environ.pop(USER_ENV, None)  # back to the computer's account name


def open_preferences(window) -> PreferencesDialog:
    dialog = PreferencesDialog(window.settings, window)

    def accepted() -> None:
        dialog.save()
        if hasattr(window, "backups"):
            window.backups.set_interval(backup_minutes(window.settings))
        if hasattr(window.settings, "language"):
            i18n.language().install(window.settings.language or i18n.system_language())
        window.statusBar().showMessage(dialog.tr("Preferences saved."), 6000)

    dialog.accepted.connect(accepted)
    window.preferences_dialog = dialog
    dialog.open()
    return dialog
