"""Screenshot steps at 200% text (Preferences ▸ Text size) on a 1920×1080 screen: docs/screenshots/text-200-*.png.

Run by screenshots.take_screenshots after the review steps (a round exists, so Reviews and review mode have
something to show); the text size and the window go back to 100% and 1280×800 afterwards.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from commission.ui.preferences import open_preferences
from commission.ui.style import set_text_size
from tools.screenshots.base import save, save_over, settle

FULL_HD = (1920, 1080)


def text_size_steps(window, out: Path):
    state = {}

    def start():
        state["size"] = window.size().toTuple()
        window.settings.text_size = 200  # as Preferences saves it (the dialog shows it)
        set_text_size(QApplication.instance(), 200)
        window.resize(*FULL_HD)
        settle(window)

    yield start

    def screen(key: str, name: str, prepare=None):
        def step():
            shown = window.show_screen(key)
            if prepare:
                prepare(shown)
            settle(window)
            save(window, out / f"text-200-{name}.png")

        return step

    def snap():
        return window.store.snapshot

    yield screen("dashboard", "dashboard")
    yield screen("sessions", "sessions", lambda s: s.tabs.setCurrentIndex(0))
    yield screen("members", "members")
    yield screen("themes", "themes")

    def commitments(shown):
        busiest = max(snap().data.commitments, key=lambda c: len(snap().data.updates_by_commitment.get(c.id, [])))
        shown.show_record("commitment", busiest.id)

    yield screen("actions", "commitments", commitments)
    yield screen("reviews", "reviews")

    def preferences():
        dialog = open_preferences(window)
        settle(window)
        save_over(window, dialog, out / "text-200-preferences.png")
        dialog.reject()

    yield preferences

    def review_mode():
        mode = window.screens["reviews"].start_review_mode()
        if mode is None:
            return
        settle(window)
        mode.showNormal()
        mode.resize(*FULL_HD)
        settle(window)
        save(mode, out / "text-200-review-mode.png")
        mode._leave()
        settle(window)

    yield review_mode

    def finish():
        window.settings.text_size = 100
        set_text_size(QApplication.instance(), 100)
        window.resize(*state["size"])
        settle(window)

    yield finish
