"""A shared PostgreSQL database that drops the connection: a clear message, no half-written edit, retry works."""

import psycopg
import pytest
from sqlalchemy import text

from commission.services import edits
from commission.services.queries import load_commission_data
from commission.storage import models as m

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_demo(pg_target):
    from commission.services.demo import create_demo
    from commission.storage import open_database

    db = open_database(pg_target)
    create_demo(db)
    yield db
    db.dispose()


def _kill(url, pid):
    from sqlalchemy.engine import make_url

    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_connection_dropped_mid_edit_saves_nothing_and_says_so(pg_demo):
    data = load_commission_data(pg_demo, 1)
    action = data.actions[0]

    def work(s):
        row = s.get(m.Action, action.id)
        row.title = "half-written"
        s.flush()
        _kill(pg_demo.url, s.execute(text("SELECT pg_backend_pid()")).scalar())
        s.execute(text("SELECT 1"))

    with pytest.raises(edits.ConnectionLost, match="Lost the connection"):
        edits.run_transaction(pg_demo, work)
    # The next call reconnects by itself (the pool checks connections before use): nothing was half-written.
    assert edits.get(pg_demo, "action", action.id)["title"] == action.title
    edits.edit(pg_demo, "action", action.id, {"title": "after the retry"})
    assert edits.get(pg_demo, "action", action.id)["title"] == "after the retry"
