"""Crash safety: a process editing the database is killed with SIGKILL at random moments, again and again.

A child process (tests/kill_worker.py) opens a SQLite database holding the demo commission and
makes edits through the services in a loop — edits.log_update, edits.edit of a session's notes and
an action's title (with the version it read), edits.create of a quote, edits.set_consent — printing
one line for each edit after the call has returned. The parent kills it with SIGKILL 20–300 ms
after it says it is ready (a seeded random delay), then, after every kill:

- `commission check --db DB` exits 0 and check_database finds no problem;
- every edit the child reported is in the database (reopened with open_database);
- nothing is half-written: each record's version, its current value and its audit entries agree
  (an edit's row change, version bump and audit entry are one transaction), and every row the
  child created has exactly one audit entry and every audit entry its row.

The same database is used for every kill, so each child also opens a file whose last writer died.

Size: 50 kills by default (about a minute). The full-size run, 200 kills or more, on demand:

    COMMISSION_KILLS=200 python -m pytest tests/test_kill.py -s

COMMISSION_KILL_SEED=N changes the seeded random (the default is fixed, so a failure repeats).
With -s the test prints its figures: kills, edits confirmed, time.
"""

from __future__ import annotations

import os
import queue
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import func, select

from commission.cli import main as cli_main
from commission.services.check import check_database
from commission.services.demo import create_demo
from commission.storage import models as m
from commission.storage import open_database

WORKER = Path(__file__).resolve().parent / "kill_worker.py"
ACTOR = "kill-worker"
KILLS = int(os.environ.get("COMMISSION_KILLS", "50"))
SEED = int(os.environ.get("COMMISSION_KILL_SEED", "20260606"))
DELAY_MS = (20, 300)
TOKEN = re.compile(r"^k(\d+)-(\d+)$")

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def run_and_kill(path: Path, run: int, seed: int, delay: float, log: Path) -> list[str]:
    """Start the worker, kill it `delay` seconds after it is ready; return the complete lines it printed."""
    with log.open("w") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(WORKER), str(path), str(run), str(seed)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            bufsize=1,
        )
    lines: queue.Queue = queue.Queue()

    def read() -> None:
        for line in child.stdout:
            lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        first = lines.get(timeout=60)
    except queue.Empty:
        first = "(nothing within 60 s)"
    if first != "ready\n":
        child.kill()
        child.wait()
        pytest.fail(f"kill {run}: the worker did not start: {first!r}\n{log.read_text()}")
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    reader.join(timeout=30)
    child.stdout.close()
    if child.returncode != -signal.SIGKILL:
        pytest.fail(f"kill {run}: the worker stopped by itself (exit {child.returncode}):\n{log.read_text()}")
    out = []
    while (line := lines.get()) is not None:
        if line.endswith("\n"):  # a line cut short by the kill does not count as reported
            out.append(line.rstrip("\n"))
    return out


def seq(token: str, run: int) -> int:
    match = TOKEN.match(token or "")
    assert match and int(match.group(1)) == run, f"unexpected value {token!r} after kill {run}"
    return int(match.group(2))


def verify_reported(db, run: int, lines: list[str]) -> None:
    """Every edit the child reported is there, with the value it wrote."""
    reported = defaultdict(dict)
    last_edit: dict[tuple, int] = {}
    for line in lines:
        word, *rest = line.split()
        if word == "update":
            reported["update"][int(rest[0])] = rest[1]
        elif word == "quote":
            reported["quote"][int(rest[0])] = rest[1]
        elif word == "consent":
            consent_id, member, kind, given, token = rest
            reported["consent"][int(consent_id)] = (int(member), kind, given == "1", token)
        elif word == "edit":
            kind, record, field, token = rest
            reported["edit"][(kind, int(record), field, token)] = True
            last_edit[(kind, int(record), field)] = seq(token, run)
        else:
            pytest.fail(f"kill {run}: the worker printed {line!r}")
    last_reported = max((seq(line.split()[-1], run) for line in lines), default=0)
    with db.session() as s:
        found = dict(s.execute(select(m.Update.id, m.Update.note).where(m.Update.id.in_(reported["update"]))).all())
        assert found == reported["update"], f"kill {run}: reported updates missing or changed"
        found = {
            i: t.split(" ", 1)[0]
            for i, t in s.execute(select(m.Quote.id, m.Quote.text).where(m.Quote.id.in_(reported["quote"])))
        }
        assert found == reported["quote"], f"kill {run}: reported quotes missing or changed"
        found = {
            i: (mb, k, bool(g), note)
            for i, mb, k, g, note in s.execute(
                select(m.Consent.id, m.Consent.member_id, m.Consent.kind, m.Consent.given, m.Consent.note).where(
                    m.Consent.id.in_(reported["consent"])
                )
            )
        }
        assert found == reported["consent"], f"kill {run}: reported consents missing or changed"
        for kind, record, field, token in reported["edit"]:
            entry = s.scalar(
                select(func.count())
                .select_from(m.AuditEntry)
                .where(
                    m.AuditEntry.actor == ACTOR,
                    m.AuditEntry.record_kind == kind,
                    m.AuditEntry.record_id == record,
                    m.AuditEntry.field == field,
                    m.AuditEntry.new_value == token,
                )
            )
            assert entry == 1, f"kill {run}: reported edit {kind} {record} {field}={token} has {entry} audit entries"
        models = {"session": m.Session, "action": m.Action}
        for (kind, record, field), last in last_edit.items():
            current = getattr(s.get(models[kind], record), field)
            # the value last reported, or one written by the edit in flight when the child died
            assert seq(current, run) in (last, last_reported + 1), (
                f"kill {run}: {kind} {record} {field} is {current!r}; k{run}-{last} was reported last"
            )


def in_flight_committed(db, run: int, lines: list[str]) -> bool:
    """Did the edit the child was making when it died reach the database (committed, never reported)?"""
    token = f"k{run}-{len(lines) + 1}"
    with db.session() as s:
        return any(
            s.scalar(query)
            for query in (
                select(func.count()).select_from(m.Update).where(m.Update.note == token),
                select(func.count()).select_from(m.Quote).where(m.Quote.text.like(f"{token} %")),
                select(func.count()).select_from(m.Consent).where(m.Consent.note == token),
                select(func.count()).select_from(m.AuditEntry).where(m.AuditEntry.new_value == token),
            )
        )


def verify_whole(db, baseline: dict) -> None:
    """No half-written edit anywhere: rows, versions and the audit trail tell the same story."""
    with db.session() as s:
        audit = s.execute(
            select(
                m.AuditEntry.operation,
                m.AuditEntry.record_kind,
                m.AuditEntry.record_id,
                m.AuditEntry.field,
                m.AuditEntry.new_value,
            )
            .where(m.AuditEntry.actor == ACTOR)
            .order_by(m.AuditEntry.id)
        ).all()
        created = defaultdict(list)
        edited = Counter()
        latest = {}
        for operation, kind, record, field, new in audit:
            if operation == "create":
                created[kind].append(record)
            elif operation in ("edit", "consent"):
                edited[(kind, record)] += 1
                if operation == "edit":
                    latest[(kind, record, field)] = new
        updates = set(s.scalars(select(m.Update.id))) - baseline["update"]
        assert sorted(created["update"]) == sorted(updates), "updates and their audit entries disagree"
        quotes = set(s.scalars(select(m.Quote.id))) - baseline["quote"]
        assert sorted(created["quote"]) == sorted(quotes), "quotes and their audit entries disagree"
        consents = set(s.scalars(select(m.Consent.id))) - baseline["consent"]
        consent_audits = sum(n for (kind, _), n in edited.items() if kind == "member")
        assert len(consents) == consent_audits, "consents and their audit entries disagree"
        for kind, model in (("session", m.Session), ("action", m.Action), ("member", m.Member)):
            for record, version in s.execute(select(model.id, model.version)):
                assert version == baseline[kind][record] + edited[(kind, record)], (
                    f"{kind} {record}: version {version} but {edited[(kind, record)]} audited edits"
                )
        for (kind, record, field), new in latest.items():
            model = {"session": m.Session, "action": m.Action}[kind]
            assert getattr(s.get(model, record), field) == new, f"{kind} {record} {field} differs from its audit"


def test_killed_editor_leaves_a_whole_database_with_every_reported_edit(tmp_path, capsys):
    path = tmp_path / "kill.db"
    db = open_database(path)
    create_demo(db)
    with db.session() as s:
        baseline = {
            name: set(s.scalars(select(model.id)))
            for name, model in (("update", m.Update), ("quote", m.Quote), ("consent", m.Consent))
        }
        for name, model in (("session", m.Session), ("action", m.Action), ("member", m.Member)):
            baseline[name] = dict(s.execute(select(model.id, model.version)).all())
    db.dispose()

    rng = random.Random(SEED)
    started = time.monotonic()
    confirmed, per_kill, unreported = 0, [], 0
    for run in range(1, KILLS + 1):
        delay = rng.uniform(*DELAY_MS) / 1000
        lines = run_and_kill(path, run, rng.randrange(2**32), delay, tmp_path / f"worker-{run}.log")
        per_kill.append(len(lines))
        confirmed += len(lines)

        assert cli_main(["check", "--db", str(path)]) == 0, f"kill {run}: commission check failed"
        capsys.readouterr()
        db = open_database(path, create=False)
        try:
            assert check_database(db) == [], f"kill {run}"
            verify_reported(db, run, lines)
            verify_whole(db, baseline)
            unreported += in_flight_committed(db, run, lines)
        finally:
            db.dispose()

    elapsed = time.monotonic() - started
    with capsys.disabled():
        print(
            f"\nkill test: {KILLS} kills, {confirmed} reported edits confirmed "
            f"(per kill min {min(per_kill)}, median {sorted(per_kill)[len(per_kill) // 2]}, max {max(per_kill)}; "
            f"{per_kill.count(0)} kills before the first edit returned; {unreported} kills after an edit "
            f"committed but before it was reported), {elapsed:.1f} s"
        )
    assert confirmed > KILLS, "the worker made too few edits for the test to mean anything"
