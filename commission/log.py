"""The app's log: one rotating file in the user log folder, set up once at start (the Vorta way).

Every module logs through `logging.getLogger(__name__)`; this sets where it goes. What is logged are refs,
counts, kinds and timings — never a panel member's name, contact details, notes or words (tests grep the log
for them). A GUI user has no console, so unexpected errors are logged here with their traceback
(commission.ui.crash shows them a calm dialog as well).
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

LOG_DIR_ENV = "COMMISSION_LOG_DIR"  # another folder for the log (tests, a portable install)
LOG_NAME = "commission.log"
MAX_BYTES, BACKUPS = 1_000_000, 5  # at most 6 MB on disk
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger(__name__)


def log_folder() -> Path:
    folder = os.environ.get(LOG_DIR_ENV, "").strip()
    return Path(folder) if folder else Path(user_log_dir("Commission", appauthor=False))


class _CommissionHandler(RotatingFileHandler):
    """Marks the handler this module added, so a second setup replaces it rather than doubling lines."""


def setup_logging(*, level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    """Send the `commission` loggers to a rotating file; returns its path (None when it cannot be written).

    The app logs at INFO; the CLI passes WARNING, so a script's runs leave only what went wrong.
    """
    stop_logging()
    root = logging.getLogger("commission")
    root.setLevel(level)
    path = (folder or log_folder()) / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _CommissionHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    except OSError:  # a read-only home: the app still runs, without a log
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return path


def stop_logging() -> None:
    """Close the file (tests; the app's own ends with the process)."""
    root = logging.getLogger("commission")
    for handler in [h for h in root.handlers if isinstance(h, _CommissionHandler)]:
        root.removeHandler(handler)
        handler.close()


def log_file() -> Path | None:
    """The file the log is being written to, if set up."""
    for handler in logging.getLogger("commission").handlers:
        if isinstance(handler, _CommissionHandler):
            return Path(handler.baseFilename)
    return None
