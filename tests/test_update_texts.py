"""The app reads a commission's updates without their words (queries.load_commission_data(update_texts=False))
and a commitment's own with them when it is opened (queries.load_updates): the figures are those of the whole
read on every date, the words come back exactly as the whole read has them, in one query on the commitment
index, and nothing that writes the words out takes data read without them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import event, text

from commission import domain, outward, over_time
from commission.cli import main
from commission.services import demo as demo_service
from commission.services import queries
from commission.services.exporter import commission_frames
from commission.storage import open_database

WORDS = ("note", "reported_by", "verdict_comment", "note_cy")
AS_OF = date(2028, 12, 1)  # the generated commission's "today" (bench/run.py's)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """`commission demo --scale large` at a tenth of its size (200 commitments, 10,000 updates)."""
    path = tmp_path_factory.mktemp("large") / "large.db"
    tenth = {name: max(5, size // 10) for name, size in demo_service.LARGE.items()}
    saved = dict(demo_service.SCALES["large"])
    demo_service.SCALES["large"].update(tenth)
    try:
        assert main(["demo", "--db", str(path), "--scale", "large"]) == 0
    finally:
        demo_service.SCALES["large"].clear()
        demo_service.SCALES["large"].update(saved)
    db = open_database(path)
    yield db, queries.find_commission(db).id
    db.dispose()


@pytest.fixture(scope="module")
def both(generated):
    db, cid = generated
    return queries.load_commission_data(db, cid), queries.load_commission_data(db, cid, update_texts=False)


def _figures_part(u: domain.Update) -> tuple:
    return (u.id, u.commitment_id, u.date, u.status, u.progress, u.verdict)


def test_the_light_read_has_every_update_and_none_of_their_words(both):
    full, light = both
    assert full.update_texts and not light.update_texts
    assert sum(1 for u in full.updates if u.note) > len(full.updates) // 2  # the generated updates have words
    assert [_figures_part(u) for u in light.updates] == [_figures_part(u) for u in full.updates]
    assert all(getattr(u, name) == "" for u in light.updates for name in WORDS)
    assert light.updates == [replace(u, **dict.fromkeys(WORDS, "")) for u in full.updates]
    assert light.updates == [queries.without_texts(u) for u in full.updates]  # as an edit's read splices them
    for name in ("commitments", "actions", "members", "quotes", "milestones", "sessions"):
        assert getattr(light, name) == getattr(full, name), name  # only the updates' words are left out


def test_the_figures_are_those_of_the_whole_read_on_every_date(both):
    full, light = both
    dates = [*over_time.history_dates(full, AS_OF), date(2025, 1, 1), AS_OF]
    for on in dates:
        assert domain.evaluate(light, on) == domain.evaluate(full, on), on
    assert over_time.history(light, AS_OF) == over_time.history(full, AS_OF)


def test_a_commitments_updates_are_read_with_their_words_in_one_indexed_query(generated, both):
    db, cid = generated
    full, _ = both
    busiest = max(full.updates_by_commitment, key=lambda c: len(full.updates_by_commitment[c]))
    other = full.commitments[-1].id
    statements: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many):
        if "FROM updates" in statement:
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        read = queries.load_updates(db, cid, [busiest, other])
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert read == {c: full.updates_by_commitment.get(c, []) for c in (busiest, other)}  # words and all
    assert len(statements) == 1
    statement, parameters = statements[0]
    with db.engine.connect() as connection:
        plan = " ".join(
            str(row[-1]) for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        )
    assert "updates USING INDEX" in plan and "SCAN updates" not in plan, plan
    by_id = queries.load_updates(db, cid, ids=[full.updates[5].id])
    assert by_id == {full.updates[5].commitment_id: [full.updates[5]]}
    assert queries.load_updates(db, cid, []) == {}


def test_nothing_written_for_others_takes_data_without_the_words(both):
    _, light = both
    with pytest.raises(ValueError, match="updates' words"):
        outward.for_others(light, AS_OF)
    with pytest.raises(ValueError, match="updates' words"):
        commission_frames(light)


def test_sqlite_has_the_commitment_index(generated):
    db, _ = generated
    with db.engine.connect() as connection:
        indexes = connection.execute(text("PRAGMA index_list('updates')")).all()
        columns = {
            index[1]: [c[2] for c in connection.execute(text(f"PRAGMA index_info('{index[1]}')"))] for index in indexes
        }
    assert ["commitment_id"] in columns.values()
