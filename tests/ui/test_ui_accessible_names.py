"""Issue 13 item 4: every control a keyboard reaches has a name a screen reader can say (its own
accessible name, a buddy label's text, a button's words), on every screen and tab, in the main dialogs and
in review mode; a text field's placeholder is never its only label."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from tests.ui.test_ui_reviews import start_round
from tests.ui.walk import buddy_names, describe, every_tab, reachable, unnamed


def _report(found: dict[int, str]) -> str:
    return "\n".join(found.values())


def _walk_screens(window) -> dict[int, str]:
    found: dict[int, str] = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        title = window.sidebar.item(row).text()
        for widget in unnamed(window):
            found.setdefault(id(widget), f"{title}: {describe(widget)}")
        for tabs, index in list(every_tab(window.current_screen())):
            for widget in unnamed(window):
                found.setdefault(id(widget), f"{title} ▸ {tabs.tabText(index)}: {describe(widget)}")
    return found


def _dialog_openers(window):
    """The main dialogs, each opened the way a person opens it."""
    snap = window.store.snapshot

    def on(key, then):
        return lambda: then(window.show_screen(key))

    def commitment(screen):
        screen.show_record("commitment", snap.data.commitments[0].id)
        screen.commitments.log_update()

    def quote(screen):
        screen.show_record("session", next(s for s in snap.data.sessions if s.notes).id)
        screen.tabs.setCurrentIndex(0)
        cursor = screen.notes.textCursor()
        cursor.setPosition(0)
        cursor.setPosition(20, cursor.MoveMode.KeepAnchor)
        screen.notes.setTextCursor(cursor)
        screen.capture_quote()

    return {
        "New commission": window.new_commission,
        "New database": window.new_database,
        "Preferences": window.open_preferences,
        "Search": window.open_search,
        "Getting started": window.getting_started,
        "Send update returns": window.returns.choose_send,
        "Restore": window.backups.choose_restore,
        "New action": on("actions", lambda s: s.new_item()),
        "Log an update": on("actions", commitment),
        "New commitment": on("actions", lambda s: s.commitments.new_item()),
        "Capture a quote": on("sessions", quote),
        "New review round": on("reviews", lambda s: s.new_round()),
    }


def _open_dialogs(window, qtbot) -> dict[int, str]:
    found: dict[int, str] = {}
    opened = 0
    for title, open_it in _dialog_openers(window).items():
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        open_it()
        QApplication.processEvents()
        new = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]
        assert new, f"{title}: no dialog opened"
        opened += 1
        for dialog in new:
            for widget in unnamed(dialog):
                found.setdefault(id(widget), f"{title}: {describe(widget)}")
            dialog.close()
    assert opened == len(_dialog_openers(window))
    return found


def test_every_screen_and_tab_names_what_the_keyboard_reaches(window):
    found = _walk_screens(window)
    assert not found, f"{len(found)} controls without an accessible name:\n{_report(found)}"


def test_the_main_dialogs_name_what_the_keyboard_reaches(window, qtbot):
    found = _open_dialogs(window, qtbot)
    assert not found, f"{len(found)} controls without an accessible name:\n{_report(found)}"


def test_review_mode_names_what_the_keyboard_reaches(qtbot, window):
    screen, (first, _second) = start_round(qtbot, window, n_insights=1)
    mode = screen.start_review_mode(first.id)
    qtbot.waitExposed(mode)
    found = {id(w): f"Review mode: {describe(w)}" for w in unnamed(mode)}
    mode.close()
    assert not found, f"{len(found)} controls without an accessible name:\n{_report(found)}"


def test_a_placeholder_is_never_a_text_fields_only_label(window):
    """A placeholder disappears as soon as someone types: each field that has one has a visible label too."""
    missing = []
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
    buddies = buddy_names(window)
    for widget in window.findChildren(QWidget):
        text_field = isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) and reachable(widget)
        if text_field and widget.placeholderText() and id(widget) not in buddies:
            missing.append(describe(widget))
    assert not missing, "placeholder as the only label:\n" + "\n".join(missing)


def test_the_walk_catches_an_unnamed_control(window):
    """The check itself: a bare line edit added to a screen is found, and a buddy label names it."""
    from PySide6.QtWidgets import QLabel

    screen = window.show_screen("dashboard")
    bare = QLineEdit(screen)
    assert bare in unnamed(window)
    label = QLabel("Bare field", screen)
    label.setBuddy(bare)
    assert bare not in unnamed(window)
    bare.deleteLater()
    label.deleteLater()
