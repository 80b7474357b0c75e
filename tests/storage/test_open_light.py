"""Opening an up-to-date database, and refusing a newer, locked or wrongly unlocked one, read the schema
revision with plain SQL against the ladder of known revisions: Alembic is not imported (it comes in only to
create or upgrade), and the messages are word for word what a person is told."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from commission.storage import open_database

OPEN = """
import json, sys
from commission.errors import UserError
from commission.storage.db import open_database

said = {}
for name, passphrase in json.loads(sys.argv[1]):
    try:
        open_database(name, create=False, passphrase=passphrase).dispose()
        said[name] = "opened"
    except UserError as exc:
        said[name] = str(exc)
print(json.dumps({"said": said, "alembic": "alembic" in sys.modules}))
"""


def _open_in_new_process(*targets: tuple[str, str | None]) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", OPEN, json.dumps(targets)], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_up_to_date_newer_and_locked_databases_are_told_apart_without_alembic(tmp_path):
    ours, newer, locked = tmp_path / "ours.db", tmp_path / "newer.db", tmp_path / "locked.db"
    for path in (ours, newer, locked):
        open_database(path).dispose()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    holder = sqlite3.connect(locked, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")  # an exclusive lock keeps even readers out without WAL
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = _open_in_new_process((str(ours), None), (str(newer), None), (str(locked), None))
    finally:
        holder.rollback()
        holder.close()
    assert result["said"] == {
        str(ours): "opened",
        str(newer): "newer.db was made by a newer version of Commission (schema 9999); please update the app to "
        "open it. It was left untouched.",
        str(locked): "locked.db is locked by another program; close it there and try again.",
    }
    assert result["alembic"] is False


def test_a_wrong_passphrase_is_told_without_alembic(tmp_path):
    pytest.importorskip("sqlcipher3")
    secret = tmp_path / "secret.db"
    open_database(secret, passphrase="correct horse", encrypt=True).dispose()
    result = _open_in_new_process((str(secret), "wrong"))
    assert result["said"] == {str(secret): "That passphrase does not open secret.db; nothing was changed. Try again."}
    assert result["alembic"] is False
