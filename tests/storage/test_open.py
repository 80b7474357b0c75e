"""Opening databases: new, ours, foreign, damaged, newer, older (upgraded after a copy is taken)."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from commission.errors import UserError
from commission.services.check import check_database
from commission.services.demo import create_demo
from commission.services.queries import find_commission, load_commission_data
from commission.services.search import search
from commission.storage import db as storage
from commission.storage import open_database


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_sqlite_database_has_foreign_keys_wal_and_busy_timeout(tmp_path):
    db = open_database(tmp_path / "new.db")
    with db.session() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert s.execute(text("PRAGMA application_id")).scalar() == storage.APPLICATION_ID
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == storage.head_revision()
    db.dispose()


def test_default_database_lives_in_user_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert storage.default_database() == tmp_path / "data" / "commission" / "commission.db"
    db = open_database()
    assert db.path == (tmp_path / "data" / "commission" / "commission.db").resolve()
    db.dispose()


def test_reopening_keeps_data(tmp_path):
    db = open_database(tmp_path / "a.db")
    create_demo(db)
    db.dispose()
    again = open_database(tmp_path / "a.db")
    assert find_commission(again).name.startswith("Cwm Taf")
    assert again.upgraded_from is None and again.backup_path is None
    again.dispose()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"hello, this is a text file\n" * 20, "not a Commission database"),
        (b"PK\x03\x04" + b"\x00" * 200, "not a Commission database"),
    ],
)
def test_foreign_file_is_refused_and_untouched(tmp_path, content, message):
    path = tmp_path / "other.db"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(UserError, match=message):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_another_programs_sqlite_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "shop.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE stock (item TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(UserError, match="not a Commission database"):
        open_database(path)
    assert digest(path) == before


def test_damaged_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "damaged.db"
    db = open_database(path)
    create_demo(db)
    db.dispose()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the first page's b-tree
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(UserError):
        open_database(path)
    assert digest(path) == before


def test_database_from_a_newer_app_is_refused_and_untouched(tmp_path):
    path = tmp_path / "newer.db"
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(UserError, match="newer version of Commission"):
        open_database(path)
    assert digest(path) == before


def test_missing_database_is_not_created_when_only_reading(tmp_path):
    with pytest.raises(UserError, match="no Commission database"):
        open_database(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()


def _database_at_first_revision(path):
    """A database as the first schema revision made it, holding the demo."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(storage._alembic_config(connection), "0001")
        connection.exec_driver_sql(f"PRAGMA application_id={storage.APPLICATION_ID}")
        connection.exec_driver_sql("INSERT INTO app_info (key, value) VALUES ('application', 'commission')")
    engine.dispose()


def test_first_revision_database_upgrades_cleanly_after_a_copy_is_taken(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    # The demo as revision 0001 held it (today's demo import writes columns 0001 does not have).
    shutil.copy(Path(__file__).resolve().parents[1] / "data" / "schemas" / "rev0001.db", path)
    before = digest(path)

    db = open_database(path)
    assert db.upgraded_from == "0001"
    assert db.backup_path is not None and db.backup_path.exists()
    assert digest(db.backup_path) == before  # the copy is the file as it was before the upgrade
    with db.session() as s:
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == storage.head_revision()
    commission = find_commission(db)
    assert len(load_commission_data(db, commission.id).updates) == 61
    assert search(db, commission.id, "sanction"), "data from before the upgrade is searchable"
    db.dispose()


def test_known_revisions_are_a_ladder():
    assert storage.known_revisions()[0] == "0001"
    assert storage.known_revisions()[-1] == storage.head_revision()


def test_unreachable_server_gives_a_clear_message():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once the socket closes
    with pytest.raises(UserError, match="Cannot reach the database"):
        open_database(f"postgresql+psycopg://nobody@127.0.0.1:{port}/nowhere?connect_timeout=3")


def test_unknown_url_scheme_is_refused():
    with pytest.raises(UserError, match="Cannot use the database address"):
        open_database("mysterydb://localhost/x")


def test_known_revisions_are_alembics_own():
    """The ladder read from the version files' text is the one Alembic walks from its scripts."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(storage._alembic_config())
    assert storage.known_revisions() == [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_a_branched_or_broken_ladder_is_refused(tmp_path, monkeypatch):
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "0001_a.py").write_text("revision = '0001'\ndown_revision = None\n")
    (versions / "0002_b.py").write_text('revision: str = "0002"\ndown_revision: str | None = "0001"\n')
    monkeypatch.setattr(storage, "MIGRATIONS", tmp_path)
    storage._revision_ladder.cache_clear()
    try:
        assert storage.known_revisions() == ["0001", "0002"]
        (versions / "0003_c.py").write_text('revision = "0003"\ndown_revision = "0001"\n')
        storage._revision_ladder.cache_clear()
        with pytest.raises(RuntimeError, match="branch"):
            storage.known_revisions()
        (versions / "0003_c.py").write_text('revision = "0003"\ndown_revision = "0009"\n')
        storage._revision_ladder.cache_clear()
        with pytest.raises(RuntimeError, match="one chain"):
            storage.known_revisions()
    finally:
        monkeypatch.undo()
        storage._revision_ladder.cache_clear()


KILLED_WHILE_MAKING = """
import os, sys
from commission.storage.migrations import shapes

real, made = shapes.create_table, []

def create_table(*args, **kwargs):
    made.append(args[0])
    if len(made) == 6:
        os._exit(9)  # as a kill -9 would, half-way through the first schema
    return real(*args, **kwargs)

shapes.create_table = create_table
from commission.storage import open_database
open_database(sys.argv[1])
"""


def test_a_new_database_killed_while_being_made_leaves_nothing_that_refuses_the_next_open(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "new.db"
    killed = subprocess.run([sys.executable, "-c", KILLED_WHILE_MAKING, str(path)], capture_output=True, timeout=120)
    assert killed.returncode == 9, killed.stderr.decode()
    assert not path.exists()  # made beside it, not in place
    db = open_database(path)  # not "a database, but not a Commission database"
    assert check_database(db) == []
    db.dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("new.db")) == []
