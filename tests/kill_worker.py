"""Child process for tests/test_kill.py: edit a SQLite database through the services until killed.

    python tests/kill_worker.py DB RUN SEED

Opens DB (which already holds the demo commission), prints "ready", then loops making edits
through commission.services.edits, and after each call has *returned* prints one line naming the
committed edit, flushed at once, so the parent knows exactly which edits it may demand to see:

    update <update id> <token>                      edits.log_update
    edit <kind> <id> <field> <token>                edits.edit of a session's notes / an action's title
    quote <quote id> <token>                        edits.create of a quote
    consent <consent id> <member id> <kind> <given> <token>   edits.set_consent

<token> is "k<RUN>-<n>", n counting the edits of this run from 1; every value written carries it.
The parent kills this process with SIGKILL at a random moment; it never stops on its own.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from commission import vocab
from commission.services import edits
from commission.storage import models as m
from commission.storage import open_database

ACTOR = "kill-worker"


def main(path: str, run: int, seed: int) -> None:
    rng = random.Random(seed)
    db = open_database(path, create=False)
    with db.session() as s:
        cid = s.scalar(select(m.Commission.id).order_by(m.Commission.id))
        ids = {
            name: list(s.scalars(select(model.id).where(model.commission_id == cid).order_by(model.id)))
            for name, model in (
                ("commitment", m.Commitment),
                ("session", m.Session),
                ("action", m.Action),
                ("member", m.Member),
            )
        }
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        token = f"k{run}-{n}"
        choice = rng.random()
        if choice < 0.30:
            row = edits.log_update(
                db,
                rng.choice(ids["commitment"]),
                date=date(2026, 1, 1) + timedelta(days=rng.randrange(300)),
                status=rng.choice(vocab.UPDATE_STATUSES[:-1]),
                progress=rng.choice([None, rng.randrange(101)]),
                note=token,
                reported_by="kill test",
                verdict=rng.choice(vocab.VERDICTS),
                actor=ACTOR,
            )
            line = f"update {row['id']} {token}"
        elif choice < 0.50:
            kind, field = "session", "notes"
        elif choice < 0.70:
            kind, field = "action", "title"
        elif choice < 0.85:
            row = edits.create(
                db,
                "quote",
                {
                    "commission_id": cid,
                    "session_id": rng.choice(ids["session"]),
                    "member_id": rng.choice([None, rng.choice(ids["member"])]),
                    "text": f"{token} " + "words a panel member said " * rng.randrange(1, 40),
                },
                actor=ACTOR,
            )
            line = f"quote {row['id']} {token}"
        else:
            member, kind, given = rng.choice(ids["member"]), rng.choice(vocab.CONSENT_KINDS), rng.random() < 0.5
            expires = rng.choice([None, date(2027, 1, 1) + timedelta(days=rng.randrange(700))])
            row = edits.set_consent(db, member, kind, given, expires, note=token, actor=ACTOR)
            line = f"consent {row['id']} {member} {kind} {int(given)} {token}"
        if 0.30 <= choice < 0.70:
            record = rng.choice(ids[kind])
            current = edits.get(db, kind, record)
            edits.edit(db, kind, record, {field: token}, expected_version=current["version"], actor=ACTOR)
            line = f"edit {kind} {record} {field} {token}"
        print(line, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
