"""Screenshots of the Frameworks coverage view, an action's framework checklist and the Social value screen."""

from __future__ import annotations

from pathlib import Path

from tools.screenshots.base import _screen, settle


def value_steps(window, out: Path):
    def snap():
        return window.store.snapshot

    def coverage(screen):
        screen.page_tabs.setCurrentWidget(screen.coverage)
        chooser = screen.coverage.chooser
        chooser.setCurrentIndex(max(chooser.findData(snap().data.frameworks[0].id), 0))

    yield _screen(window, "themes", out, "themes-frameworks", coverage)

    yield lambda: window.screens["themes"].page_tabs.setCurrentIndex(0)

    def action_tags(screen):
        screen.show_record("action", snap().data.actions[0].id)
        settle(window)
        screen.actions.frameworks.checks.scroll_to_checked()

    yield _screen(window, "actions", out, "actions-frameworks", action_tags)

    def value(screen):
        if snap().data.outcomes:
            screen.show_record("outcome", snap().data.outcomes[0].id)

    yield _screen(window, "value", out, "social-value", value)
