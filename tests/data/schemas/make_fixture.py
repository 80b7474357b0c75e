"""Make the stored fixture database for one schema revision: the demo, as that revision held it.

    python tests/data/schemas/make_fixture.py 0002

Run once when a revision is added (and commit the .db it writes): later versions of the app must
keep upgrading it. A revision's fixture is never remade afterwards.
"""

import sys
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from commission.services.demo import create_demo
from commission.storage import db as storage

HERE = Path(__file__).resolve().parent


def make(revision: str) -> Path:
    path = HERE / f"rev{revision}.db"
    path.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(storage._alembic_config(connection), revision)
        connection.exec_driver_sql(f"PRAGMA application_id={storage.APPLICATION_ID}")
        connection.exec_driver_sql("INSERT INTO app_info (key, value) VALUES ('application', 'commission')")
    engine.dispose()
    storage_check = storage._check_revision
    storage._check_revision = lambda revision, label: False  # fill it as that revision, no upgrade
    try:
        db = storage.open_database(path)
        create_demo(db)
        with db.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            c.exec_driver_sql("PRAGMA journal_mode=DELETE")
            c.exec_driver_sql("VACUUM")
        db.dispose()
    finally:
        storage._check_revision = storage_check
    return path


if __name__ == "__main__":
    print(make(sys.argv[1]))
