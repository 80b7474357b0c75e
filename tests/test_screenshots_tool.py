"""tools/screenshots (the README's pictures, `./scripts/screenshots`) runs to its end on a fresh demo.

It drives the real window through every screen, dialog and workflow, so a change to an API it calls
(Editor.edit taking a Change) broke it silently: the step raised, the crash dialog came up in an
unattended Xvfb and the run hung until its timeout, with half the pictures written. Offscreen here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from commission.log import LOG_DIR_ENV

ROOT = Path(__file__).resolve().parent.parent

# One picture from each group of steps, in the order the tool takes them: the last one is written only when
# every step before it ran.
EACH_GROUP = (
    "dashboard.png",
    "log-update.png",
    "social-value.png",
    "review-mode.png",
    "text-200-dashboard.png",
    "history.png",
    "conflict.png",
    "restore.png",
    "dashboard-over-time.png",
    "send-returns.png",
    "first-run-dashboard.png",
)


def test_the_screenshots_tool_takes_every_picture_without_an_error(tmp_path):
    db, out, logs = tmp_path / "demo.db", tmp_path / "shots", tmp_path / "logs"
    python = sys.executable
    subprocess.run([python, "-m", "commission.cli", "demo", "--db", str(db)], check=True, capture_output=True)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        COMMISSION_AS_OF="2026-11-22",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONPATH=str(ROOT),
        **{LOG_DIR_ENV: str(logs)},
    )
    done = subprocess.run(
        [python, "-m", "tools.screenshots", str(db), str(out)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    log = "\n".join(p.read_text() for p in logs.glob("*.log*"))
    assert done.returncode == 0, done.stderr[-2000:] + log[-2000:]
    assert "ERROR" not in log, log[-3000:]
    written = {p.name for p in out.glob("*.png")}
    assert set(EACH_GROUP) <= written, sorted(set(EACH_GROUP) - written)
    assert len(written) >= 50
