"""Two coordinators, one record: the second save is refused with both versions, and nothing is lost.

Each coordinator is its own Database (its own engine and connection pool) on the same database:
a real PostgreSQL server (COMMISSION_TEST_PG_URL; in CI a missing server fails, as in conftest.py)
and one SQLite file. First in turn (read, save, stale save), then from two threads at once:
read-modify-write increments racing freely, and in lock-step so every round is a clash.
"""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import func, select

from commission.errors import UserError
from commission.services import edits
from commission.services.demo import create_demo
from commission.services.queries import find_commission, load_commission_data
from commission.storage import models as m
from commission.storage import open_database

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture
def coordinators(db_target):
    """Two Databases on the same (demo) database, as two coordinators' apps would hold them."""
    first = open_database(db_target)
    create_demo(first)
    second = open_database(db_target, create=False)
    yield first, second
    first.dispose()
    second.dispose()


def an_action(db) -> int:
    return load_commission_data(db, find_commission(db).id).actions[0].id


def audit_count(db, kind: str, record_id: int, field: str, actor: str | None = None) -> int:
    query = (
        select(func.count())
        .select_from(m.AuditEntry)
        .where(m.AuditEntry.record_kind == kind, m.AuditEntry.record_id == record_id, m.AuditEntry.field == field)
    )
    if actor:
        query = query.where(m.AuditEntry.actor == actor)
    with db.session() as s:
        return s.scalar(query)


@pytest.mark.parametrize("db_target", BACKENDS, indirect=True)
def test_second_coordinator_is_refused_with_both_versions(coordinators):
    alice, bob = coordinators
    action = an_action(alice)
    seen_by_alice = edits.get(alice, "action", action)
    seen_by_bob = edits.get(bob, "action", action)
    assert seen_by_alice == seen_by_bob

    saved = edits.edit(
        alice, "action", action, {"title": "Alice's title"}, expected_version=seen_by_alice["version"], actor="alice"
    )
    assert saved["version"] == seen_by_alice["version"] + 1

    with pytest.raises(edits.ConflictError) as caught:
        edits.edit(
            bob,
            "action",
            action,
            {"title": "Bob's title", "description": "Bob's words"},
            expected_version=seen_by_bob["version"],
            actor="bob",
        )
    conflict = caught.value
    assert conflict.kind == "action"
    assert conflict.theirs["title"] == "Alice's title" and conflict.theirs["version"] == saved["version"]
    assert conflict.mine["title"] == "Bob's title" and conflict.mine["description"] == "Bob's words"
    assert "nothing was overwritten" in str(conflict)

    # Bob's refused save wrote nothing: Alice's edit stands, whole, with its one audit entry.
    for db in (alice, bob):
        now = edits.get(db, "action", action)
        assert now["title"] == "Alice's title" and now["version"] == saved["version"]
        assert now["description"] == seen_by_alice["description"]
    assert audit_count(alice, "action", action, "title", "alice") == 1
    assert audit_count(alice, "action", action, "title", "bob") == 0

    # Bob chooses his version, knowingly, against the version he has now seen: it is saved.
    kept = edits.edit(
        bob,
        "action",
        action,
        {"title": conflict.mine["title"]},
        expected_version=conflict.theirs["version"],
        actor="bob",
    )
    assert kept["version"] == saved["version"] + 1
    assert edits.get(alice, "action", action)["title"] == "Bob's title"
    history = [
        (h["actor"], h["old_value"], h["new_value"])
        for h in edits.history(alice, "action", action)
        if h["field"] == "title"
    ]
    assert history[-2:] == [("alice", seen_by_alice["title"], "Alice's title"), ("bob", "Alice's title", "Bob's title")]


@pytest.mark.parametrize("db_target", BACKENDS, indirect=True)
def test_stale_save_of_a_session_and_a_member_is_refused_too(coordinators):
    alice, bob = coordinators
    data = load_commission_data(alice, find_commission(alice).id)
    for kind, record, field in (("session", data.sessions[0].id, "notes"), ("member", data.members[0].id, "pseudonym")):
        old = edits.get(bob, kind, record)
        edits.edit(alice, kind, record, {field: "Alice was here"}, expected_version=old["version"])
        with pytest.raises(edits.ConflictError) as caught:
            edits.edit(bob, kind, record, {field: "Bob was here"}, expected_version=old["version"])
        assert caught.value.theirs[field] == "Alice was here" and caught.value.mine[field] == "Bob was here"
        assert edits.get(bob, kind, record)[field] == "Alice was here"


def race(coordinators, action: int, rounds: int, lockstep: bool):
    """Two threads, one per coordinator, each adding 1 to a counter kept in the action's title.

    Free-running: each thread makes `rounds` increments; for each it reads the record and saves
    counter+1 with the version it read, and when refused reads again and retries.
    Lock-step: `rounds` steps; in each both threads read, wait for each other, then both save
    at once (the same version), and wait again before the next step — a clash every step.
    """
    barrier = threading.Barrier(2, timeout=60)
    results = {name: {"saved": [], "conflicts": 0, "other": []} for name in ("alice", "bob")}
    errors: list[BaseException] = []

    def attempt(name: str, db) -> bool:
        mine = results[name]
        current = edits.get(db, "action", action)
        counter = int(current["title"].split()[1])
        if lockstep:
            barrier.wait()
        try:
            saved = edits.edit(
                db,
                "action",
                action,
                {"title": f"counter {counter + 1} by {name}"},
                expected_version=current["version"],
                actor=name,
            )
        except edits.ConflictError as exc:
            assert exc.theirs["version"] > current["version"]
            assert exc.mine["title"] == f"counter {counter + 1} by {name}"
            mine["conflicts"] += 1
            return False
        except UserError as exc:  # refused some other way: still nothing may be lost
            mine["other"].append(str(exc))
            return False
        finally:
            if lockstep:
                barrier.wait()  # both attempts are over before either reads again
        mine["saved"].append((saved["version"], counter + 1))
        return True

    def work(name: str, db) -> None:
        try:
            barrier.wait()
            for _ in range(rounds):
                if lockstep:
                    attempt(name, db)
                else:
                    while not attempt(name, db):
                        pass
        except BaseException as exc:
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=work, args=(name, db)) for name, db in zip(results, coordinators, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(t.is_alive() for t in threads), "a thread hung"
    if errors:
        raise errors[0]
    return results


def check_nothing_lost(coordinators, action: int, start: dict, results: dict) -> None:
    alice, _ = coordinators
    saves = [s for r in results.values() for s in r["saved"]]
    final = edits.get(alice, "action", action)
    # No lost update: every save added one to what it read, so the counter counts every save.
    assert int(final["title"].split()[1]) == len(saves)
    assert final["title"].split()[-1] in results  # the final value is one of the writers'
    # Every save got its own version, one after the other; each writer saw its versions rise.
    assert sorted(v for v, _ in saves) == list(range(start["version"] + 1, start["version"] + len(saves) + 1))
    assert sorted(c for _, c in saves) == list(range(1, len(saves) + 1))
    for r in results.values():
        versions = [v for v, _ in r["saved"]]
        assert versions == sorted(versions) and len(set(versions)) == len(versions)
    assert final["version"] == start["version"] + len(saves)
    # One audit entry per successful save, by the right coordinator; none for refused ones.
    for name, r in results.items():
        assert audit_count(alice, "action", action, "title", name) == len(r["saved"])


def counter_action(coordinators) -> tuple[int, dict]:
    alice, _ = coordinators
    action = an_action(alice)
    current = edits.get(alice, "action", action)
    return action, edits.edit(
        alice, "action", action, {"title": "counter 0"}, expected_version=current["version"], actor="setup"
    )


@pytest.mark.parametrize("db_target", BACKENDS, indirect=True)
def test_racing_coordinators_lose_no_update(coordinators):
    action, start = counter_action(coordinators)
    results = race(coordinators, action, rounds=60, lockstep=False)
    assert all(len(r["saved"]) == 60 for r in results.values())
    check_nothing_lost(coordinators, action, start, results)


@pytest.mark.parametrize("db_target", BACKENDS, indirect=True)
def test_simultaneous_saves_of_the_same_version_one_wins_one_gets_the_conflict(coordinators):
    """Lock-step: both read the same version, then both save at once. Exactly one save wins each
    time, and the other is told of the conflict with both versions (ConflictError), not some other error."""
    action, start = counter_action(coordinators)
    rounds = 25
    results = race(coordinators, action, rounds=rounds, lockstep=True)
    check_nothing_lost(coordinators, action, start, results)
    others = [message for r in results.values() for message in r["other"]]
    assert others == [], f"a clash was refused without the conflict dialog's data: {Counter(others)}"
    # Every step: one save wins, the other is a conflict.
    assert sum(len(r["saved"]) for r in results.values()) == rounds
    assert sum(r["conflicts"] for r in results.values()) == rounds


@pytest.mark.parametrize("db_target", BACKENDS, indirect=True)
def test_simultaneous_consents_and_updates_are_all_kept(coordinators):
    """Records added at the same moment by two coordinators (consents, progress updates) all stay."""
    alice, bob = coordinators
    data = load_commission_data(alice, find_commission(alice).id)
    member, commitment = data.members[0].id, data.commitments[0].id
    with alice.session() as s:
        consents_before = s.scalar(select(func.count()).select_from(m.Consent).where(m.Consent.member_id == member))
        updates_before = s.scalar(
            select(func.count()).select_from(m.Update).where(m.Update.commitment_id == commitment)
        )
    barrier = threading.Barrier(2, timeout=60)
    done = {"alice": Counter(), "bob": Counter()}
    refused: list[str] = []
    errors: list[BaseException] = []
    from datetime import date

    def work(name, db):
        try:
            for i in range(20):
                barrier.wait()
                try:
                    edits.set_consent(db, member, "quote", i % 2 == 0, None, note=f"{name} {i}", actor=name)
                    done[name]["consent"] += 1
                except UserError as exc:
                    refused.append(f"consent: {exc}")
                edits.log_update(
                    db,
                    commitment,
                    date=date(2026, 5, 1),
                    status="in progress",
                    progress=i,
                    note=f"{name} {i}",
                    actor=name,
                )
                done[name]["update"] += 1
        except BaseException as exc:
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=work, args=item) for item in (("alice", alice), ("bob", bob))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    if errors:
        raise errors[0]
    with alice.session() as s:
        consents = s.scalar(select(func.count()).select_from(m.Consent).where(m.Consent.member_id == member))
        updates = s.scalar(select(func.count()).select_from(m.Update).where(m.Update.commitment_id == commitment))
        consent_audits = s.scalar(
            select(func.count())
            .select_from(m.AuditEntry)
            .where(
                m.AuditEntry.operation == "consent",
                m.AuditEntry.record_id == member,
                m.AuditEntry.actor.in_(["alice", "bob"]),
            )
        )
    saved_consents = sum(c["consent"] for c in done.values())
    assert updates - updates_before == 40
    assert consents - consents_before == saved_consents == consent_audits
    # Recording a consent is adding a line to the member's history, not editing a stale copy:
    # two at once should both be kept, not one refused with a technical message.
    assert refused == [], f"{len(refused)} of 40 consents refused: {Counter(refused).most_common(2)}"
