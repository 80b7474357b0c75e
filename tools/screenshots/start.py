"""Screenshot steps for search finding a member and a theme, and for the first-run path from an empty database.

Run last by screenshots.take_screenshots: the first-run steps open a new, empty database beside the demo's
(in the screenshots' own temporary folder), so nothing after them sees the demo.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from commission.storage import open_database
from commission.ui.search import SearchDialog
from tools.screenshots.base import save, save_over, settle


def start_steps(window, out: Path):
    def search_for(words: str, name: str):
        def step():
            dialog = SearchDialog(window.store, window)
            dialog.show()
            dialog.query.setText(words)
            dialog.run_search()
            settle(window)
            save_over(window, dialog, out / f"{name}.png")
            dialog.close()
            dialog.deleteLater()

        return step

    yield search_for("Carys", "search-member")
    yield search_for("Stigma in services", "search-theme")

    def empty_database():
        folder = Path(tempfile.mkdtemp(prefix="commission-first-run-"))
        window.set_database(open_database(folder / "new commission.db", create=True))
        settle(window)
        window.show_screen("dashboard")
        settle(window)
        save(window, out / "first-run-empty-database.png")

    yield empty_database

    def new_commission():
        window.new_commission()
        dialog = window.new_commission_dialog
        dialog.name.setText("Aberdare Poverty Truth Commission")
        dialog.area.setText("Aberdare and Mountain Ash")
        settle(window)
        save_over(window, dialog, out / "first-run-new-commission.png")
        dialog.accept()
        settle(window)

    yield new_commission

    def next_step():
        window.show_screen("dashboard")
        settle(window)
        save(window, out / "first-run-dashboard.png")

    yield next_step

    def empty_actions():
        window.show_screen("actions")
        settle(window)
        save(window, out / "first-run-actions.png")

    yield empty_actions

    def help_page():
        window.getting_started()
        dialog = window.getting_started_dialog
        settle(window)
        save_over(window, dialog, out / "getting-started.png")
        dialog.close()

    yield help_page
