"""Every schema revision's stored fixture database upgrades to the newest, after a copy is taken.

Fixtures live in tests/data/schemas/rev<REVISION>.db (made once by make_fixture.py, never remade).
"""

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from commission.services.check import check_database
from commission.services.queries import find_commission, load_commission_data
from commission.services.search import search
from commission.storage import db as storage
from commission.storage import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "schemas"


def test_every_revision_has_a_fixture():
    assert sorted(p.stem.removeprefix("rev") for p in FIXTURES.glob("rev*.db")) == storage.known_revisions()


@pytest.mark.parametrize("revision", storage.known_revisions())
def test_fixture_upgrades_cleanly(revision, tmp_path):
    path = tmp_path / f"rev{revision}.db"
    shutil.copy(FIXTURES / f"rev{revision}.db", path)
    original = hashlib.sha256(path.read_bytes()).hexdigest()

    db = open_database(path)
    if revision == storage.head_revision():
        assert db.upgraded_from is None and db.backup_path is None
    else:
        assert db.upgraded_from == revision
        assert hashlib.sha256(db.backup_path.read_bytes()).hexdigest() == original, "copy taken before upgrading"
    with db.session() as s:
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == storage.head_revision()
    commission = find_commission(db)
    data = load_commission_data(db, commission.id)
    assert (len(data.members), len(data.commitments), len(data.updates)) == (28, 25, 61)
    assert search(db, commission.id, "sanction")
    assert check_database(db) == []
    db.dispose()
