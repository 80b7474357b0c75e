"""Back-ups of SQLite databases with SQLite's online backup API: consistent even while in use.

Automatic back-ups go to the user data folder (one folder per database), the newest ten kept.
A back-up of an encrypted database is encrypted with the same passphrase.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from commission import files
from commission.errors import UserError
from commission.storage.db import Database, _inspect_sqlite, _quote, data_dir

log = logging.getLogger(__name__)

BACKUPS_KEPT = 10
STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    size: int


def backups_dir(db: Database) -> Path:
    if db.path is None:
        raise UserError("A shared PostgreSQL database is backed up by its server (pg_dump), not by the app.")
    tag = hashlib.sha1(str(db.path).encode()).hexdigest()[:8]
    return data_dir() / "backups" / f"{db.path.stem}-{tag}"


def _connect(path: Path, passphrase: str | None) -> sqlite3.Connection:
    if passphrase is None:
        return sqlite3.connect(path)
    import sqlcipher3  # only for an encrypted database

    conn: sqlite3.Connection = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = " + _quote(passphrase))
    return conn


def _backup(
    source_path: Path,
    target: Path,
    passphrase: str | None,
    *,
    whole_file: bool = False,
    progress: Callable[[int, int, int], object] | None = None,
    sleep: float = 0.25,
) -> None:
    """SQLite's backup API from one database file into another, both opened with the passphrase (an
    encrypted back-up keeps its key); `progress` and `sleep` as backup() takes them. With `whole_file`
    the target is left one self-contained file (no write-ahead log)."""
    with closing(_connect(source_path, passphrase)) as source, closing(_connect(target, passphrase)) as dest:
        source.backup(dest, progress=progress, sleep=sleep)
        if whole_file:
            dest.execute("PRAGMA journal_mode=DELETE")


def _copy(source_path: Path, target: Path, passphrase: str | None) -> None:
    """Copy one database file to another through the backup API, atomically (temp file, then rename)."""
    files.sweep(target.parent)  # what a killed back-up left
    temp = target.with_name(files.temp_name(target.stem))
    try:
        _backup(source_path, temp, passphrase, whole_file=True)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(f"Could not write the back-up {target.name}: {exc.strerror}. Nothing was changed.") from exc
    except Exception as exc:
        temp.unlink(missing_ok=True)
        if "full" in str(exc):
            raise UserError(f"The disk is full: the back-up {target.name} was not written.") from exc
        raise UserError(f"Could not write the back-up {target.name}: {exc}.") from exc


def backup_now(db: Database, dest: Path | None = None) -> Path:
    """Take a back-up: to `dest`, or into the rolling automatic set (newest ten kept)."""
    source = db.path
    if source is None:
        backups_dir(db)  # raises the PostgreSQL message
    assert source is not None
    passphrase = db.engine.url.password if db.encrypted else None
    if dest is None:
        folder = backups_dir(db)
        folder.mkdir(parents=True, exist_ok=True)
        dest = folder / f"{datetime.now().strftime(STAMP)}.db"
        _copy(source, dest, passphrase)
        _prune(folder)
    else:
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        _copy(source, dest, passphrase)
    log.info("Back-up taken: %d bytes%s", dest.stat().st_size, " (encrypted)" if passphrase else "")
    return dest


def _prune(folder: Path) -> None:
    for old in sorted(folder.glob("*.db"))[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)


def list_backups(db: Database) -> list[Backup]:
    """The automatic back-ups of this database, newest first."""
    folder = backups_dir(db)
    found = []
    for path in folder.glob("*.db"):
        try:
            taken = datetime.strptime(path.stem, STAMP)
        except ValueError:
            continue
        found.append(Backup(path=path, taken_at=taken, size=path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backup_if_due(db: Database, every: timedelta = timedelta(minutes=10)) -> Path | None:
    """During editing: a new automatic back-up when the newest is older than `every`."""
    if db.path is None:
        return None
    newest = list_backups(db)
    if newest and datetime.now() - newest[0].taken_at < every:
        return None
    return backup_now(db)


def restore_backup(db_path: Path, backup: Path, *, passphrase: str | None = None) -> Path:
    """Put a back-up in place of a database (closed by the caller). The current file is kept aside first.

    Returns the path of the copy taken aside.
    """
    db_path, backup = Path(db_path), Path(backup)
    if not backup.exists():
        raise UserError(f"There is no back-up at {backup}.")
    kind, _revision = _inspect_sqlite(backup, passphrase)
    if kind != "ours":
        raise UserError(f"{backup.name} is not a back-up of a Commission database.")
    aside = db_path.with_name(f"{db_path.stem}.before-restore-{datetime.now().strftime(STAMP)}{db_path.suffix}")
    if not db_path.exists():
        _copy(backup, db_path, passphrase)
        return aside
    _inspect_sqlite(db_path, passphrase)  # refuses a wrong passphrase before anything changes
    _copy(db_path, aside, passphrase)
    _write_into(backup, db_path, passphrase)
    return aside


BUSY_SECONDS = 3.0  # how long a restore waits for a change being saved to finish


class _Busy(Exception):
    pass


def _giving_up_after(seconds: float) -> Callable[[int, int, int], None]:
    """A backup's progress callback that ends it once the target has stayed busy for `seconds`: Python's
    backup() otherwise retries a busy database for ever."""
    deadline = time.monotonic() + seconds

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise _Busy

    return progress


def _write_into(source_path: Path, target: Path, passphrase: str | None) -> None:
    """Write a back-up into a database through SQLite, in one write transaction: a window (or command) that
    has the database open sees the back-up at its next read, where a file copied over it, with its
    write-ahead log deleted, would lose what it writes next."""
    try:
        _backup(source_path, target, passphrase, progress=_giving_up_after(BUSY_SECONDS), sleep=0.05)
    except (sqlite3.OperationalError, _Busy) as exc:
        if isinstance(exc, _Busy) or "locked" in str(exc) or "busy" in str(exc):
            raise UserError(
                f"{target.name} is busy saving a change (in Commission or a command); try again in a moment. "
                "Nothing was changed."
            ) from exc
        if "full" in str(exc):
            raise UserError(f"The disk is full: {target.name} was not restored. Nothing was changed.") from exc
        raise UserError(f"Could not restore {target.name}: {exc}. Nothing was changed.") from exc
