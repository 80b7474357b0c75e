"""The interface's language: Welsh or English, from the system locale or Preferences, switched at once.

English is the source language (the strings in the code); resources/translations/commission_cy.ts holds
the Welsh, maintained with scripts/translations (pyside6-lupdate) and compiled to .qm by pyside6-lrelease
(scripts/setup; compile_missing() here when a .qm is missing). qt_cy.ts holds the few words of Qt's own
(standard buttons), which Qt ships no Welsh for.

Switching keeps every screen as it is (typed text, selections, the undo stack): the new translator is
installed, and every widget's own words (texts, titles, tooltips, placeholders, accessible names, tab
and header words, menu and action texts) are looked up in the old language's catalogue and put in the
new one's. Words made up as they are shown (counts, names) are redone at the next refresh.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QTreeWidget,
    QWidget,
)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = {"en": "English", "cy": "Cymraeg"}  # each in its own language: never translated
SOURCE_LANGUAGE = "en"
CATALOGUES = ("commission", "qt")  # commission_cy.ts (lupdate), qt_cy.ts (Qt's own words, by hand)


def system_language(environ=None) -> str:
    """The language the system asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), if we have it; else English."""
    environ = os.environ if environ is None else environ
    candidates: list[str] = []
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(key, "")
        if value:
            candidates.extend(value.split(":") if key == "LANGUAGE" else [value])
            if key != "LANGUAGE":
                break
    for value in candidates:
        code = value.split(".")[0].split("@")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
        if code and code not in ("c", "posix"):
            return SOURCE_LANGUAGE  # asked for a language we do not have: the source
    return SOURCE_LANGUAGE


def ts_path(code: str, catalogue: str = "commission") -> Path:
    return TRANSLATIONS / f"{catalogue}_{code}.ts"


def qm_path(code: str, catalogue: str = "commission") -> Path:
    return TRANSLATIONS / f"{catalogue}_{code}.qm"


def compile_missing() -> None:
    """Compile any .ts whose .qm is missing or older (pyside6-lrelease, as scripts/setup does)."""
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
        fresh = qm.with_suffix(f".{os.getpid()}.tmp")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(fresh)], check=True)
        os.replace(fresh, qm)  # a new file: a .qm a running app has mapped stays as it was


@cache
def catalogue(code: str) -> tuple[dict[str, str], dict[str, str]]:
    """(source → words, words → source) for a language, from its .ts files (English: the sources)."""
    forward: dict[str, str] = {}
    for name in CATALOGUES:
        path = ts_path("cy" if code == SOURCE_LANGUAGE else code, name)
        if not path.exists():
            continue
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source") or ""
            if message.get("numerus") == "yes" or not source:
                continue
            translation = message.find("translation")
            words = source if code == SOURCE_LANGUAGE else (translation.text or "" if translation is not None else "")
            if words and (
                translation is None
                or translation.get("type") not in ("unfinished", "obsolete", "vanished")
                or code == SOURCE_LANGUAGE
            ):
                forward.setdefault(source, words)
    backward: dict[str, str] = {}
    for source, words in forward.items():
        backward.setdefault(words, source)
    return forward, backward


@cache
def contexts(code: str, name: str = "commission") -> dict[str, tuple[str, ...]]:
    """source → the contexts lupdate filed it under (a subclass's self.tr, or a module's helper, asks under
    another context than the one lupdate saw; the words are the same)."""
    found: dict[str, list[str]] = {}
    path = ts_path(code, name)
    if path.exists():
        for context in ET.parse(path).getroot().iter("context"):
            context_name = context.findtext("name") or ""
            for message in context.iter("message"):
                found.setdefault(message.findtext("source") or "", []).append(context_name)
    return {source: tuple(names) for source, names in found.items()}


class AnyContext(QTranslator):
    """Asked after the .qm itself: the same source under the context lupdate gave it."""

    def __init__(self, qm: QTranslator, by_source: dict[str, tuple[str, ...]], parent=None):
        super().__init__(parent)
        self.qm, self.by_source = qm, by_source

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        for other in self.by_source.get(source, ()):
            if other != context:
                words = self.qm.translate(other, source, disambiguation, n)
                if words:
                    return words
        return None  # a null string: Qt asks the next translator (an empty one would be the answer)


class Language(QObject):
    """The app's one language switch: install(code) puts the translators in and retranslates every widget."""

    changed = Signal(str)

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.app = app
        self.code = SOURCE_LANGUAGE
        self.translators: list[QTranslator] = []

    def install(self, code: str) -> None:
        code = code if code in LANGUAGES else SOURCE_LANGUAGE
        old = self.code
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = []
        if code != SOURCE_LANGUAGE:
            compile_missing()
            for name in CATALOGUES:
                translator = QTranslator(self)
                if translator.load(str(qm_path(code, name))):
                    fallback = AnyContext(translator, contexts(code, name), self)
                    self.app.installTranslator(fallback)
                    self.app.installTranslator(translator)
                    self.translators += [translator, fallback]
        QLocale.setDefault(
            QLocale(QLocale.Language.Welsh if code == "cy" else QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        self.code = code
        if old != code and isinstance(self.app, QApplication):
            retranslate_widgets(old, code)
        self.changed.emit(code)


_language: Language | None = None


def language(app: QCoreApplication | None = None) -> Language:
    global _language
    app = app or QCoreApplication.instance()
    assert app is not None  # the language belongs to the running application: it is made first
    if _language is None or _language.app is not app:
        _language = Language(app)
    return _language


def current() -> str:
    return _language.code if _language is not None else SOURCE_LANGUAGE


def locale() -> QLocale:
    """The locale for dates and numbers shown on screen: Welsh when the interface is."""
    return QLocale(
        QLocale.Language.Welsh if current() == "cy" else QLocale.Language.English, QLocale.Country.UnitedKingdom
    )


# ------------------------------------------------------------------ one window in another language


@cache
def _translators(code: str) -> tuple[tuple[QTranslator, dict[str, tuple[str, ...]]], ...]:
    """The language's compiled catalogues, loaded but not installed (the app keeps its own language)."""
    if code == SOURCE_LANGUAGE or code not in LANGUAGES:
        return ()
    compile_missing()
    found = []
    for name in CATALOGUES:
        translator = QTranslator()
        if translator.load(str(qm_path(code, name))):
            found.append((translator, contexts(code, name)))
    return tuple(found)


def translate_in(code: str, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the language `code`, whatever the app's language (review mode speaks its reviewer's
    language): as tr() would give it were `code` installed, %n filled in."""
    words = ""
    for translator, by_source in _translators(code):
        words = translator.translate(context, source, disambiguation, n) or ""
        for other in by_source.get(source, ()) if not words else ():
            words = translator.translate(other, source, disambiguation, n) or ""
            if words:
                break
        if words:
            break
    words = words or source
    return words.replace("%n", str(n)) if n >= 0 else words


OWN_LANGUAGE = "ownLanguage"  # a window with this property set keeps its words when the app's language changes


# ------------------------------------------------------------------ retranslating widgets in place


def _swap(text: str, old: str, new: str) -> str | None:
    """The same words in the new language, if they are words of the app's own in the old one."""
    if not text:
        return None
    back = catalogue(old)[1]
    source = back.get(text)
    if source is None and "&" in text:
        source = back.get(text.replace("&", "", 1))
    if source is None:
        return None
    return catalogue(new)[0].get(source, source)


def _retranslate_property(obj, getter: str, setter: str, old: str, new: str, *args) -> None:
    text = getattr(obj, getter)(*args)
    swapped = _swap(text, old, new) if isinstance(text, str) else None
    if swapped is not None and swapped != text:
        getattr(obj, setter)(*args, swapped)


def _retranslate_action(action: QAction, old: str, new: str) -> None:
    for getter, setter in (
        ("text", "setText"),
        ("toolTip", "setToolTip"),
        ("statusTip", "setStatusTip"),
        ("iconText", "setIconText"),
    ):
        _retranslate_property(action, getter, setter, old, new)
    if action.menu() is not None:
        _retranslate_property(action.menu(), "title", "setTitle", old, new)


def retranslate_widgets(old: str, new: str) -> None:
    """Every widget's own words from the old language into the new, leaving its state alone."""
    for widget in QApplication.allWidgets():
        if not widget.window().property(OWN_LANGUAGE):
            retranslate_widget(widget, old, new)


# the words every widget may have, then those of particular kinds of widget
_WIDGET_WORDS = (
    ("windowTitle", "setWindowTitle"),
    ("toolTip", "setToolTip"),
    ("accessibleName", "setAccessibleName"),
    ("accessibleDescription", "setAccessibleDescription"),
    ("statusTip", "setStatusTip"),
    ("whatsThis", "setWhatsThis"),
)
_WORDS_OF_KIND = (
    ((QLabel, QAbstractButton), "text", "setText"),
    ((QGroupBox, QMenu), "title", "setTitle"),
    ((QLineEdit, QTextEdit, QPlainTextEdit), "placeholderText", "setPlaceholderText"),
)


def _combo_items(widget: QComboBox, old: str, new: str) -> None:
    for row in range(widget.count()):  # an editable box's typed text is the user's, and stays
        _retranslate_property(widget, "itemText", "setItemText", old, new, row)


def _tab_words(widget: QTabWidget, old: str, new: str) -> None:
    for index in range(widget.count()):
        _retranslate_property(widget, "tabText", "setTabText", old, new, index)
        _retranslate_property(widget, "tabToolTip", "setTabToolTip", old, new, index)


def _list_items(widget: QListWidget, old: str, new: str) -> None:
    for row in range(widget.count()):
        item = widget.item(row)
        _retranslate_property(item, "text", "setText", old, new)
        _retranslate_property(item, "toolTip", "setToolTip", old, new)


def _tree_header(widget: QTreeWidget, old: str, new: str) -> None:
    header = widget.headerItem()
    for column in range(header.columnCount()):
        _retranslate_property(header, "text", "setText", old, new, column)


def _table_header(widget: QTableWidget, old: str, new: str) -> None:
    for column in range(widget.columnCount()):
        item = widget.horizontalHeaderItem(column)
        if item is not None:
            _retranslate_property(item, "text", "setText", old, new)


def _model_header(widget: QAbstractItemView, old: str, new: str) -> None:
    if widget.model() is None:
        return
    header = (
        widget.horizontalHeader()
        if isinstance(widget, QTableView)
        else (widget.header() if isinstance(widget, QTreeView) else None)
    )
    if header is not None and header.count():  # headerData() asks tr() again
        widget.model().headerDataChanged.emit(Qt.Orientation.Horizontal, 0, header.count() - 1)


_ITEMS_OF_KIND: tuple[tuple[type, Callable[[Any, str, str], None]], ...] = (
    (QComboBox, _combo_items),
    (QTabWidget, _tab_words),
    (QListWidget, _list_items),
    (QTreeWidget, _tree_header),
    (QTableWidget, _table_header),
    (QAbstractItemView, _model_header),
)


def retranslate_widget(widget: QWidget, old: str, new: str) -> None:
    for getter, setter in _WIDGET_WORDS:
        _retranslate_property(widget, getter, setter, old, new)
    for kinds, getter, setter in _WORDS_OF_KIND:
        if isinstance(widget, kinds):
            _retranslate_property(widget, getter, setter, old, new)
    for kind, retranslate in _ITEMS_OF_KIND:
        if isinstance(widget, kind):
            retranslate(widget, old, new)
    for action in QWidget.actions(widget):  # (a screen may keep something else in .actions)
        _retranslate_action(action, old, new)
