"""Shared fixtures: a fresh database per test, on SQLite always and on PostgreSQL when a server is given.

`scripts/test` (and so CI) starts a throwaway PostgreSQL 15 cluster and sets COMMISSION_TEST_PG_URL.
In CI a missing server is a failure, not a skip: the PostgreSQL tests must run there.
"""

from __future__ import annotations

import os
import uuid

import pytest

from commission.services.demo import create_demo
from commission.storage import open_database

PG_URL = os.environ.get("COMMISSION_TEST_PG_URL", "")
# The log the CLI and the app write (commission.log) goes to a folder of the run's own, never the user's.
os.environ["COMMISSION_LOG_DIR"] = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"commission-test-log-{os.getpid()}")


def _postgres_database():
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL tests: COMMISSION_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server (set COMMISSION_TEST_PG_URL, as scripts/test does)")
    import psycopg
    from sqlalchemy.engine import make_url

    base = make_url(PG_URL)
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = base.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = base.set(database=name).render_as_string(hide_password=False)

    def drop():
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return url, drop


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_target(request, tmp_path):
    """Where a fresh, empty database lives: a SQLite path or a PostgreSQL URL."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    url, drop = _postgres_database()
    yield url
    drop()


@pytest.fixture
def db(db_target):
    database = open_database(db_target)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db):
    create_demo(db)
    return db


@pytest.fixture
def sqlite_demo(tmp_path):
    database = open_database(tmp_path / "demo.db")
    create_demo(database)
    yield database
    database.dispose()


@pytest.fixture
def pg_target():
    """A fresh, empty PostgreSQL database (skipped without a server outside CI; a failure in CI)."""
    url, drop = _postgres_database()
    yield url
    drop()
