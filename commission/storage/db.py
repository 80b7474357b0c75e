"""Where the data lives and how it is opened: SQLite file or PostgreSQL URL, checks, upgrades.

Opening never alters a file it should not: a foreign file, a damaged one or one from a newer
version of the app is refused before anything is written; an older one is copied aside first.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import platformdirs

from commission.errors import PassphraseNeeded, UserError

# SQLAlchemy (and the models) are imported where an engine is made, not here: the app's window paints
# before any of it is loaded (tests/ui/test_start_imports.py), and backup.py uses this module's file checks.
if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import Session as DbSession

T = TypeVar("T")
APPLICATION_ID = 0x434D5331  # "CMS1": marks a SQLite file as a Commission database
APP_MARK = "commission"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"


def data_dir() -> Path:
    return platformdirs.user_data_path("commission", appauthor=False)


def default_database() -> Path:
    return data_dir() / "commission.db"


def is_url(db: str) -> bool:
    return "://" in db


def _alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config  # alembic is only needed to migrate, not to open an up-to-date file

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


_REVISION_LINE = re.compile(r"""^(revision|down_revision)\s*(?::[^=]*)?=\s*(?:None|["']([^"']+)["'])""", re.MULTILINE)


@functools.cache
def _revision_ladder() -> tuple[str, ...]:
    """The revisions declared in the versions folder, oldest first, read once per process.

    Alembic's ScriptDirectory would import every migration script (and alembic itself) on every open;
    the two assignments it reads are plain literals, so they are read here as text
    (tests/storage/test_open.py checks the result against Alembic's own walk).
    """
    parent: dict[str | None, str] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = {name: value or None for name, value in _REVISION_LINE.findall(script.read_text("utf-8"))}
        if revision := found.get("revision"):
            if found.get("down_revision") in parent:
                raise RuntimeError(f"two migrations follow {found.get('down_revision')}: the revisions branch")
            parent[found.get("down_revision")] = revision
    ladder, current = [], None
    while current in parent:
        current = parent[current]
        ladder.append(current)
    if len(ladder) != len(parent):
        raise RuntimeError("the migration scripts do not form one chain from the first revision")
    return tuple(ladder)


def known_revisions() -> list[str]:
    """Every schema revision this version of the app knows, oldest first."""
    return list(_revision_ladder())


def head_revision() -> str:
    return known_revisions()[-1]


@dataclass
class Database:
    """An open Commission database: one engine and its session factory."""

    url: str
    engine: Engine
    path: Path | None = None
    upgraded_from: str | None = None
    backup_path: Path | None = None
    encrypted: bool = False

    def __post_init__(self) -> None:
        from sqlalchemy.orm import sessionmaker  # loaded with the engine (see the imports above)

        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @property
    def label(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    def session(self) -> DbSession:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[DbSession]:
        """One unit of work: everything in it is committed together, or nothing is."""
        with self._sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=FULL")  # an edit that returned is on disk, even if the laptop dies
    cursor.close()


def _sqlite_engine(path: Path, passphrase: str | None = None) -> Engine:
    from sqlalchemy import URL, create_engine, event  # not at start (see the imports above)

    if passphrase is None:
        engine = create_engine(f"sqlite:///{path}")
    else:  # SQLCipher 4: the whole file is encrypted; the key is set first on every connection
        engine = create_engine(URL.create("sqlite+pysqlcipher", password=passphrase, database=str(path)))
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _connect_readonly(path: Path, passphrase: str | None) -> sqlite3.Connection:
    """A read-only look at the file, with the SQLCipher key when there is one."""
    if passphrase is None:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    import sqlcipher3  # only for an encrypted database

    conn: sqlite3.Connection = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong passphrase is our message, not a log line
    conn.execute("PRAGMA key = " + _quote(passphrase))
    return conn


def _quote(text_value: str) -> str:
    return "'" + text_value.replace("'", "''") + "'"


def _inspect_sqlite(path: Path, passphrase: str | None = None) -> tuple[str, str | None]:
    """Look at a SQLite file read-only: ('new', None), ('ours', revision) or refuse with a UserError."""
    if not path.exists() or path.stat().st_size == 0:
        return "new", None
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise UserError(f"Cannot read {path.name}: {exc.strerror}.") from exc
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise UserError(
            f"{path.name} is read-only (or its folder is): Commission saves every change as it is "
            "made, so it needs to write there. Copy it somewhere you can write; it was left untouched."
        )
    encrypted = header != SQLITE_MAGIC
    if encrypted and passphrase is None:
        raise PassphraseNeeded(
            f"{path.name} is encrypted or is not a Commission database: open it with its passphrase."
        )
    if not encrypted:
        passphrase = None  # a plain file: no key to set
    try:
        conn = _connect_readonly(path, passphrase)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return "new", None
            if app_id != APPLICATION_ID or "app_info" not in tables or "alembic_version" not in tables:
                raise UserError(f"{path.name} is a database, but not a Commission database; it was left untouched.")
            check = [row[0] for row in conn.execute("PRAGMA quick_check")]
            if check != ["ok"]:
                raise UserError(
                    f"{path.name} is damaged (its integrity check failed: {check[0]}); "
                    "it was left untouched. Restore it from a back-up."
                )
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except UserError:
        raise
    except Exception as exc:  # sqlite3 and sqlcipher3 raise their own DatabaseError classes
        message = str(exc)
        if "locked" in message:
            raise UserError(f"{path.name} is locked by another program; close it there and try again.") from exc
        if encrypted and "not a database" in message:
            raise UserError(f"That passphrase does not open {path.name}; nothing was changed. Try again.") from exc
        if "not a database" in message:
            raise UserError(f"{path.name} is not a Commission database; it was left untouched.") from exc
        raise UserError(f"{path.name} is damaged and cannot be opened ({message}); it was left untouched.") from exc
    return "ours", revision[0] if revision else None


def _check_revision(revision: str | None, label: str) -> bool:
    """True when an upgrade is needed; refuses a database from a newer app."""
    revisions = known_revisions()
    if revision == revisions[-1]:
        return False
    if revision not in revisions:
        raise UserError(
            f"{label} was made by a newer version of Commission (schema {revision}); "
            "please update the app to open it. It was left untouched."
        )
    return True


def _migrate(engine: Engine) -> None:
    from alembic import command  # only to migrate, not to open an up-to-date file
    from sqlalchemy import select

    from commission.storage.models import AppInfo

    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        if connection.execute(select(AppInfo).where(AppInfo.key == "application")).first() is None:
            connection.execute(AppInfo.__table__.insert().values(key="application", value=APP_MARK))


def _create(path: Path, passphrase: str | None) -> None:
    """A new database made whole in a file beside `path`, then moved into place. SQLite's driver commits each
    CREATE TABLE of a migration by itself, so one killed half-way through making the file in place left a file
    every later open refused; now it leaves a temporary file, removed by the next run."""
    from commission import files

    files.sweep(path.parent)
    temp = path.with_name(files.temp_name(path.stem))
    engine = _sqlite_engine(temp, passphrase)
    try:
        _migrate(engine)
    except BaseException:
        engine.dispose()
        temp.unlink(missing_ok=True)
        raise
    engine.dispose()  # a new file is in rollback-journal mode: all of it is in the one file
    os.replace(temp, path)


def backup_name(path: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-upgrade-{revision or 'none'}-{stamp}{path.suffix}")


def open_database(
    db: str | Path | None = None,
    *,
    create: bool = True,
    passphrase: str | None = None,
    encrypt: bool = False,
    inspected: tuple[str, str | None] | None = None,
) -> Database:
    """Open (creating or upgrading as needed) the database at a path or URL; the default lives in user data.

    An encrypted SQLite file needs its passphrase (never stored: it lives in this process's memory only).
    `encrypt` with a passphrase creates a new database encrypted. `inspected`: what _inspect_sqlite found in
    the file a moment ago (services.start_figures.read_start, at start), not looked at again.
    """
    if db is None:
        db = default_database()
    if isinstance(db, str) and is_url(db):
        return _open_url(db, create=create)
    path = Path(db).expanduser()
    # the integrity check reads the whole file: done on a thread while SQLAlchemy loads
    looked = _meanwhile(_inspect_sqlite, path, passphrase) if inspected is None else _given(inspected)
    try:
        from sqlalchemy.exc import OperationalError  # not at start (see the imports above); loaded meanwhile
        from sqlalchemy.orm import sessionmaker  # noqa: F401  # what Database needs, loaded while the file is read
    finally:
        kind, revision = looked()  # nothing is written to the file before it has been looked at
    if kind == "new" and not create:
        raise UserError(f"There is no Commission database at {path}.")
    if kind == "new" and encrypt and not passphrase:
        raise UserError("An encrypted database needs a passphrase.")
    if kind == "new" and not encrypt:
        passphrase = None
    if kind == "ours" and _is_plain(path):
        passphrase = None
    needs_upgrade = kind == "ours" and _check_revision(revision, path.name)
    backup = None
    if needs_upgrade:
        backup = backup_name(path, revision)
        shutil.copy2(path, backup)  # a copy aside before any upgrade
    if kind == "new":
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"Cannot create a database in {path.parent}: {exc.strerror}.") from exc
    try:
        if kind == "new":
            _create(path, passphrase)
    except OperationalError as exc:
        raise UserError(_sqlite_failure(path, exc)) from exc
    engine = _sqlite_engine(path, passphrase)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        if needs_upgrade:
            _migrate(engine)
    except OperationalError as exc:
        engine.dispose()
        raise UserError(_sqlite_failure(path, exc)) from exc
    return Database(
        url=engine.url.render_as_string(hide_password=True),
        engine=engine,
        path=path.resolve(),
        upgraded_from=revision if needs_upgrade else None,
        backup_path=backup,
        encrypted=passphrase is not None,
    )


def _meanwhile(work: Callable[..., T], *args: Any) -> Callable[[], T]:
    """`work(*args)` on a thread of its own; the function returned waits for it and gives its result (or raises
    its exception). For work that waits on the disk (SQLite lets go of the interpreter while it reads), done
    while the calling thread loads modules."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = work(*args)
        except BaseException as exc:  # handed to the caller, raised there
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="commission-open", daemon=True)
    thread.start()

    def result() -> T:
        thread.join()
        if "error" in outcome:
            raise outcome["error"]
        return cast(T, outcome["result"])

    return result


def _given(value: T) -> Callable[[], T]:
    """What _meanwhile gives, for a result already known."""
    return lambda: value


def _is_plain(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == SQLITE_MAGIC


def _sqlite_failure(path: Path, exc: OperationalError) -> str:
    message = str(exc.orig) if exc.orig else str(exc)
    if "readonly" in message or "read-only" in message:
        return f"{path.name} is read-only; copy it somewhere you can write, or open it with the right permissions."
    if "locked" in message:
        return f"{path.name} is locked by another program; close it there and try again."
    if "disk" in message and "full" in message:
        return f"The disk holding {path.name} is full; free some space and try again."
    return f"Cannot open {path.name}: {message}."


def masked_url(url: str) -> str:
    """A database address fit to show: its password replaced by ***, however odd the rest of it is."""
    return re.sub(r"(://[^:/@?#]*:).*@", r"\1***@", url)


def _open_url(url: str, *, create: bool) -> Database:
    from sqlalchemy import create_engine, inspect, text  # not at start (see the imports above)
    from sqlalchemy.exc import OperationalError, SQLAlchemyError

    try:
        engine = create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        shown = masked_url(url)
        reason = str(exc).replace(url, shown)
        raise UserError(f"Cannot use the database address {shown!r}: {reason}.") from exc
    label = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if tables and ("app_info" not in tables or "alembic_version" not in tables):
            raise UserError(f"{label} is a database, but not a Commission database; it was left untouched.")
        if not tables and not create:
            raise UserError(f"There is no Commission database at {label}.")
        needs_upgrade = bool(tables) and _check_revision(revision, label)
        if not tables or needs_upgrade:
            _migrate(engine)
    except OperationalError as exc:
        engine.dispose()
        raise UserError(
            f"Cannot reach the database at {label}: {str(exc.orig or exc).strip().splitlines()[0]}"
        ) from exc
    except UserError:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, upgraded_from=revision if tables and needs_upgrade else None)
