"""python -m tools.screenshots DB OUT: open the app on DB, save a 1280×800 picture of every screen to OUT
(scripts/screenshots runs it under Xvfb on a fresh demo), then quit.

COMMISSION_AS_OF (YYYY-MM-DD) fixes the date the figures are computed for, so the pictures do not change
from day to day.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer

from commission.ui.app import run_app
from tools.screenshots.base import SIZE, dialog_steps, screen_steps, settle
from tools.screenshots.change import change_steps
from tools.screenshots.returns import returns_steps
from tools.screenshots.reviews import review_steps
from tools.screenshots.safety import safety_steps
from tools.screenshots.start import start_steps
from tools.screenshots.text import text_size_steps
from tools.screenshots.value import value_steps


def _steps(window, out: Path) -> Iterator[Callable[[], None]]:
    yield from screen_steps(window, out)
    yield from dialog_steps(window, out)
    yield from value_steps(window, out)
    yield from review_steps(window, out)
    yield from text_size_steps(window, out)  # 200% text on a 1920×1080 screen
    yield from safety_steps(window, out)
    yield from change_steps(window, out)
    yield from returns_steps(window, out)
    yield from start_steps(window, out)  # last: it opens a new, empty database


def take_screenshots(window, out: Path, done: Callable[[], None] | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    window.showNormal()
    window.resize(*SIZE)
    as_of = os.environ.get("COMMISSION_AS_OF")
    if as_of:
        window.dashboard.set_as_of(date.fromisoformat(as_of))
    settle(window)
    steps = list(_steps(window, out))

    def run(index: int = 0) -> None:
        if index >= len(steps):
            if done:
                done()
            return
        steps[index]()
        settle(window)
        QTimer.singleShot(120, lambda: run(index + 1))

    run()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m tools.screenshots DB OUT", file=sys.stderr)
        return 2
    db, out = argv

    def start(app, window) -> None:
        QTimer.singleShot(300, lambda: take_screenshots(window, Path(out), done=app.quit))

    return run_app(db, then=start)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
