"""Nothing heavy is imported before the first window: the app opens on an up-to-date database, loads the
commission and builds the dashboard's figures without pandas, numpy, ReportLab, python-docx, openpyxl,
XlsxWriter, calamine or Alembic (those come in when an import, export, report or upgrade asks for them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAVY = ["pandas", "numpy", "reportlab", "docx", "alembic", "openpyxl", "xlsxwriter", "python_calamine"]

START = """
import json, sys
from PySide6.QtCore import QSettings
from commission.ui.app import make_application
from commission.ui.main_window import MainWindow
from commission.ui.settings import Settings
from commission.ui.workers import SyncRunner

app = make_application()
window = MainWindow(Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)), runner=SyncRunner())
window.open_path(sys.argv[1])
app.processEvents()
snapshot = window.store.snapshot
loaded = snapshot is not None and len(snapshot.data.commitments)
if loaded and "--edit" in sys.argv:  # a day's work: log an update, undo it (no import, no report)
    from datetime import date
    commitment = snapshot.data.commitments[0]
    window.editor.log_update(commitment.id, {"date": date(2026, 11, 2), "status": "in progress", "progress": 40.0,
                                             "note": "Met the panel.", "reported_by": "Housing", "verdict": "agree",
                                             "verdict_comment": ""})
    window.undo_stack.undo()
    app.processEvents()
print(json.dumps({"loaded": loaded,
                  "heavy": sorted(name for name in json.loads(sys.argv[3]) if name in sys.modules)}))
"""


@pytest.mark.parametrize("edit", [False, True], ids=["open", "open and edit"])
def test_opening_the_app_on_a_database_imports_nothing_heavy(ui_db, tmp_path, edit):
    """Nor do edits: the workbook package's pandas cost an edit at the xl size some 75 MiB when the edit checks
    came from commission.workbook (they are in commission.cell_limits)."""
    ui_db.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", START, str(ui_db.path), str(tmp_path / "settings.ini"), json.dumps(HEAVY)]
        + (["--edit"] if edit else []),
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["loaded"], "the commission was not loaded, so the check proves nothing"
    assert result["heavy"] == []


# The app as `commission open DB` starts it (run_app's start_window, with its real thread pool): what is
# loaded and built when the window first paints, and once the dashboard shows the commission's figures.
FIRST_PAINT = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QSettings
from commission.ui.app import make_application, start_window
from commission.ui.settings import Settings

watched = json.loads(sys.argv[3])
loaded = lambda: sorted(name for name in watched if name in sys.modules)
app = make_application()
seen = {}

class FiguresPainted(QObject):
    \"\"\"What is loaded when the Dashboard first paints with figures on it.\"\"\"

    def __init__(self, window):
        super().__init__()
        self.window = window

    def eventFilter(self, widget, event):
        dashboard = self.window.screens.get("dashboard")
        if (event.type() == QEvent.Type.Paint and "painted" not in seen and dashboard is not None
                and (dashboard.first is not None or dashboard.snapshot is not None)
                and (widget is dashboard or dashboard.isAncestorOf(widget))):
            seen["painted"] = {"loaded": loaded(), "open": self.window.store.is_open,
                               "figures": dashboard.overall.text(), "first": dashboard.first is not None}
        return False

def painted(window):
    seen["first"] = {"loaded": loaded(), "built": sorted(window.screens), "open": window.store.is_open,
                     "visible": window.isVisible()}
    app.watcher = FiguresPainted(window)
    app.installEventFilter(app.watcher)

window = start_window(sys.argv[1], Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)), painted=painted)
end = time.monotonic() + 90
while not (window.store.snapshot is not None and window.runner.pool.activeThreadCount() == 0):
    app.processEvents()
    window.runner.wait(20)
    assert time.monotonic() < end, "the commission was not read"
app.processEvents()
dashboard = window.screens.get("dashboard")
seen["figures"] = {"loaded": loaded(), "built": sorted(window.screens),
                   "shown": window.stack.currentWidget() is dashboard and dashboard.snapshot is window.store.snapshot,
                   "commitments": len(window.store.snapshot.data.commitments)}
print(json.dumps(seen))
"""


def test_the_window_paints_before_the_database_is_read_and_builds_only_the_screen_in_view(ui_db, tmp_path):
    ui_db.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"))
    helpers = [  # the window's helpers, its no-commission page and the Preferences dialog: made when first used
        "commission.ui.transfer",
        "commission.ui.returns",
        "commission.ui.backups",
        "commission.ui.no_commission",
        "commission.ui.preferences",
        "commission.ui.dialogs",
        "commission.ui.widgets",
    ]
    watched = [
        *HEAVY,
        "weasyprint",
        "sqlalchemy",
        "commission.services.queries",
        "commission.storage.models",
        *helpers,  # loaded after the first paint, if at all
    ]
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(ui_db.path), str(tmp_path / "settings.ini"), json.dumps(watched)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    # First paint: the window is on screen with no database opened yet, nothing heavy and no SQLAlchemy loaded,
    # and no screen built.
    assert seen["first"] == {"loaded": [], "built": [], "open": False, "visible": True}
    # The Dashboard painted with its figures, read with the plain driver (services.start_figures.read_start):
    # still no SQLAlchemy, no storage models and no queries; the database is opened after.
    painted = seen["painted"]
    assert painted["first"] and painted["figures"] not in ("", "—") and not painted["open"]
    assert [name for name in painted["loaded"] if name not in helpers] == []
    # Then the database is opened and the commission read off the GUI thread, and the Dashboard shows it: the
    # only screen built, and still none of the heavy libraries (SQLAlchemy and the queries now, to read it).
    figures = seen["figures"]
    assert figures["shown"] and figures["commitments"] == 25
    assert figures["built"] == ["dashboard"]
    libraries = [name for name in figures["loaded"] if name not in helpers]
    assert libraries == ["commission.services.queries", "commission.storage.models", "sqlalchemy"]
