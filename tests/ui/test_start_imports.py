"""Nothing heavy is imported before the first window: the app opens on an up-to-date database, loads the
commission and builds the dashboard's figures without pandas, numpy, ReportLab, python-docx, openpyxl,
XlsxWriter, calamine or Alembic (those come in when an import, export, report or upgrade asks for them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

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
print(json.dumps({"loaded": snapshot is not None and len(snapshot.data.commitments),
                  "heavy": sorted(name for name in json.loads(sys.argv[3]) if name in sys.modules)}))
"""


def test_opening_the_app_on_a_database_imports_nothing_heavy(ui_db, tmp_path):
    ui_db.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", START, str(ui_db.path), str(tmp_path / "settings.ini"), json.dumps(HEAVY)],
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
