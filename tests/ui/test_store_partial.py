"""After an edit the Store reads again only what the edit touched (issue 14, Build 2): every figure, list and
look-up of that snapshot must be what reading the whole commission gives, after each kind of edit, its undo
and redo, on SQLite and PostgreSQL; a refused edit, a new as-of date or another commission chosen while the
edit's read is running read everything, as before."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest
from PySide6.QtGui import QUndoStack

from commission.domain import CommissionData
from commission.services import edits, queries
from commission.services.demo import create_demo
from commission.ui.commands import Change, Editor
from commission.ui.store import Snapshot, Store, build_snapshot
from commission.ui.workers import Job

AS_OF = date(2026, 11, 22)  # the demo commission's own "today"
LOAD = queries.load_commission_data


class StepRunner:
    """The runner's interface; with `hold`, jobs wait until `run_all` (a worker still busy meanwhile)."""

    def __init__(self):
        self.hold = False
        self.queue: list = []

    def submit(self, fn, *, on_done=None, on_error=None, on_progress=None) -> Job:
        job = Job()
        self.queue.append((fn, job, on_done, on_error))
        if not self.hold:
            self.run_all()
        return job

    def run_all(self) -> None:
        """Run every job waiting (and those they submit), and stop holding."""
        self.hold = False
        while self.queue:
            fn, job, on_done, on_error = self.queue.pop(0)
            try:
                result = fn(job)
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(exc)
            else:
                if on_done is not None:
                    on_done(result)

    def wait(self, msecs: int = 0) -> bool:
        return True


@pytest.fixture
def full_reads(monkeypatch):
    """How many times the whole commission was read."""
    calls = []

    def counted(db, commission_id, **options):
        calls.append(commission_id)
        return LOAD(db, commission_id, **options)

    monkeypatch.setattr(queries, "load_commission_data", counted)
    return calls


@pytest.fixture
def editing(qapp, db, settings, full_reads):
    create_demo(db)
    runner = StepRunner()
    store = Store(runner)
    store.as_of = AS_OF
    store.open(db)
    editor = Editor(store, QUndoStack(), settings)
    assert store.snapshot is not None and full_reads == [store.commission_id]
    full_reads.clear()
    yield store, editor, runner
    store.close()


def assert_as_full_read(store: Store) -> None:
    snap = store.snapshot
    assert snap is not None and not store._running and not store._pending
    full = build_snapshot(LOAD(store.db, store.commission_id, update_texts=False), store.as_of)  # as the Store reads
    assert snap.as_of == full.as_of and snap.commission == full.commission
    assert snap.figures == full.figures == build_snapshot(LOAD(store.db, store.commission_id), store.as_of).figures
    for f in fields(CommissionData):
        assert getattr(snap.data, f.name) == getattr(full.data, f.name), f.name
    for f in fields(Snapshot):
        if f.name not in ("data", "figures", "audit_mark", "words"):
            assert getattr(snap, f.name) == getattr(full, f.name), f.name
    for grouping in ("updates_by_commitment", "milestones_by_commitment"):
        ours, theirs = getattr(snap.data, grouping), getattr(full.data, grouping)
        assert {k: v for k, v in ours.items() if v} == {k: v for k, v in theirs.items() if v}, grouping
    assert snap.data.people == full.data.people


def update_values(on: date, status: str = "in progress", progress: float | None = 40.0) -> dict:
    return {
        "date": on,
        "status": status,
        "progress": progress,
        "note": "Partly there.",
        "reported_by": "Test",
        "verdict": "not assessed",
        "verdict_comment": "",
    }


def edit(editor: Editor, kind: str, record_id: int, **after):
    before = edits.get(editor.store.db, kind, record_id)
    return editor.edit(Change(kind, record_id, before, after, before["version"]))


def step(store: Store, full_reads: list, *, partial: bool = True) -> None:
    assert full_reads == ([] if partial else [store.commission_id])
    assert_as_full_read(store)
    full_reads.clear()


def test_updates_logged_edited_undone_and_redone(editing, full_reads):
    store, editor, _ = editing
    counted = [c for c in store.snapshot.data.commitments if c.id in store.snapshot.figures.commitments]
    first, second = counted[0], counted[1]
    before = store.snapshot
    logged = editor.log_update(first.id, update_values(AS_OF, "done", 100.0))
    step(store, full_reads)
    assert store.snapshot.figures.commitments[first.id].state == "done"
    assert before.figures.commitments[first.id] != store.snapshot.figures.commitments[first.id]
    assert before.data.updates is not store.snapshot.data.updates  # the snapshot shown was not changed
    assert all(u.id != logged["id"] for u in before.data.updates)
    editor.stack.undo()
    step(store, full_reads)
    assert store.snapshot.figures.commitments[first.id] == before.figures.commitments[first.id]
    editor.stack.redo()
    step(store, full_reads)
    assert any(u.id == logged["id"] for u in store.snapshot.data.updates)
    edit(editor, "update", logged["id"], verdict="agree", progress=None, status="at risk")
    step(store, full_reads)
    edit(editor, "update", logged["id"], commitment_id=second.id)  # moved: both commitments change
    step(store, full_reads)
    editor.stack.undo()
    step(store, full_reads)
    editor.delete("update", logged["id"])
    step(store, full_reads)
    editor.stack.undo()
    step(store, full_reads)
    editor.create("milestone", {"commitment_id": first.id, "title": "Draft the plan", "due": AS_OF})
    step(store, full_reads)


def test_a_change_someone_else_made_meanwhile_makes_the_next_edit_read_everything(editing, full_reads):
    """Another window, a colleague on the shared database or the command line changed a commitment this
    edit does not touch: the audit trail shows it, so the edit reads the whole commission, theirs included."""
    store, editor, _ = editing
    counted = [c for c in store.snapshot.data.commitments if c.id in store.snapshot.figures.commitments]
    mine, theirs = counted[0], counted[1]
    elsewhere = edits.log_update(store.db, theirs.id, **update_values(AS_OF, "done", 100.0), actor="Colleague")
    editor.log_update(mine.id, update_values(AS_OF))
    step(store, full_reads, partial=False)
    assert any(u.id == elsewhere["id"] for u in store.snapshot.data.updates)
    assert store.snapshot.figures.commitments[theirs.id].state == "done"
    editor.log_update(mine.id, update_values(AS_OF, "at risk", 30.0))  # nothing else since: only mine again
    step(store, full_reads)


def test_commitments_actions_and_new_records_of_each_kind(editing, full_reads):
    store, editor, _ = editing
    data = store.snapshot.data
    commitment, action, session = data.commitments[0], data.actions[0], data.sessions[0]
    cid = store.commission_id
    edit(editor, "commitment", commitment.id, due=date(2026, 1, 31), weight=2.0)
    step(store, full_reads)
    edit(editor, "commitment", commitment.id, ref="C999", made_on=date(2027, 1, 1))  # not made yet: not counted
    step(store, full_reads)
    assert commitment.id not in store.snapshot.figures.commitments
    editor.stack.undo()
    step(store, full_reads)
    made = editor.create(
        "commitment",
        {"commission_id": cid, "action_id": action.id, "organisation_id": data.organisations[0].id, "pledge": "More"},
    )
    step(store, full_reads)
    editor.log_update(made["id"], update_values(AS_OF))
    step(store, full_reads)
    editor.delete("commitment", made["id"])  # its updates go with it
    step(store, full_reads)
    editor.stack.undo()  # and come back
    step(store, full_reads)
    edit(editor, "action", action.id, title="Renamed action", agreed_session_id=data.sessions[-1].id)
    step(store, full_reads)
    insights = [i.id for i in data.insights]
    editor.set_links("action", action.id, "insights", list(action.insight_ids), insights[:1])
    step(store, full_reads)
    edit(editor, "session", session.id, date=date(2020, 1, 1))  # actions it agreed count from then
    step(store, full_reads)
    new_session = editor.create("session", {"commission_id": cid, "date": AS_OF, "title": "Drop-in"})
    step(store, full_reads)
    theme = editor.create("theme", {"commission_id": cid, "name": "Transport"})
    step(store, full_reads)
    insight = editor.create(
        "insight",
        {"commission_id": cid, "theme_id": theme["id"], "statement": "Buses stop early"},
        links={"sessions": [new_session["id"]]},
    )
    step(store, full_reads)
    editor.create("quote", {"commission_id": cid, "session_id": new_session["id"], "text": "The last bus is at six"})
    step(store, full_reads)
    edit(editor, "insight", insight["id"], statement="Buses stop before the shift ends")
    step(store, full_reads)
    edit(editor, "organisation", data.organisations[0].id, name="Renamed council")
    step(store, full_reads)  # the commitments table shows the new name
    edit(editor, "theme", theme["id"], name="Buses")
    step(store, full_reads)


def test_what_is_not_read_by_id_reads_everything(editing, full_reads):
    store, editor, _ = editing
    data = store.snapshot.data
    edit(editor, "member", data.members[0].id, display_name="Someone else")
    step(store, full_reads, partial=False)
    theme = data.themes[-1]
    editor.delete("theme", theme.id)  # its insights and their links go with it
    step(store, full_reads, partial=False)
    editor.stack.undo()
    step(store, full_reads, partial=False)
    session = data.sessions[0]
    member = data.members[0]
    editor.set_attendance(session.id, member.id, store.snapshot.attendance.get(session.id, {}).get(member.id), None)
    step(store, full_reads, partial=False)


def test_a_refused_edit_reads_everything_with_the_other_persons_changes(editing, full_reads, monkeypatch):
    from commission.ui import conflict

    store, editor, _ = editing
    shown = []
    monkeypatch.setattr(conflict, "show_conflict", lambda *args, **kwargs: shown.append(args))
    data = store.snapshot.data
    mine, theirs = data.commitments[0], data.commitments[1]
    stale = edits.get(store.db, "commitment", mine.id)
    edits.edit(store.db, "commitment", mine.id, {"pledge": "Their words"}, actor="Someone else")
    edits.log_update(store.db, theirs.id, **update_values(AS_OF, "done", 100.0), actor="Someone else")
    assert editor.edit(Change("commitment", mine.id, stale, {"pledge": "My words"}, stale["version"])) is None
    assert len(shown) == 1
    step(store, full_reads, partial=False)
    assert store.snapshot.commitments[mine.id].pledge == "Their words"
    assert store.snapshot.figures.commitments[theirs.id].state == "done"


def test_someone_elses_update_to_the_same_commitment_comes_with_mine(editing, full_reads):
    store, editor, _ = editing
    commitment = store.snapshot.data.commitments[0]
    edits.log_update(store.db, commitment.id, **update_values(date(2026, 11, 1)), actor="Someone else")
    editor.log_update(commitment.id, update_values(AS_OF, "at risk", None))
    step(store, full_reads)


def test_a_new_as_of_date_before_and_while_the_edits_read_runs(editing, full_reads):
    store, editor, runner = editing
    commitment = store.snapshot.data.commitments[0]
    store.set_as_of(date(2026, 6, 1))  # from the data held: no read
    assert full_reads == []
    editor.log_update(commitment.id, update_values(date(2026, 5, 1)))
    step(store, full_reads)
    runner.hold = True
    editor.log_update(commitment.id, update_values(date(2026, 5, 20), "done", 100.0))
    store.set_as_of(date(2026, 10, 1))
    runner.run_all()
    step(store, full_reads, partial=False)  # the edit's read was for the earlier date
    assert store.snapshot.figures.commitments[commitment.id].state == "done"


def test_edits_while_a_read_runs_are_read_together(editing, full_reads):
    store, editor, runner = editing
    first, second = store.snapshot.data.commitments[:2]
    runner.hold = True
    editor.log_update(first.id, update_values(AS_OF, "done", 100.0))
    editor.log_update(second.id, update_values(AS_OF, "done", 100.0))
    edit(editor, "commitment", second.id, pledge="Both at once")
    runner.run_all()
    step(store, full_reads)
    runner.hold = True
    editor.log_update(first.id, update_values(AS_OF, "at risk", 10.0))
    store.refresh()  # someone asked for everything meanwhile
    editor.log_update(second.id, update_values(AS_OF, "at risk", 10.0))
    runner.run_all()
    step(store, full_reads, partial=False)


def test_another_commission_chosen_while_the_edits_read_runs(editing, full_reads):
    store, editor, runner = editing
    first = store.commission_id
    other = edits.create(store.db, "commission", {"name": "Another commission"})
    store.reload_commissions(first)
    full_reads.clear()
    commitment = store.snapshot.data.commitments[0]
    runner.hold = True
    editor.log_update(commitment.id, update_values(AS_OF, "done", 100.0))
    store.set_commission(other["id"])
    runner.run_all()
    assert store.snapshot.commission.id == other["id"]
    step(store, full_reads, partial=False)
    store.set_commission(first)
    step(store, full_reads, partial=False)
    assert store.snapshot.figures.commitments[commitment.id].state == "done"


def cells(model) -> list[list]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_tables_change_only_what_the_edit_changed(editing, full_reads):
    from commission.ui.models import ActionsModel, CommitmentsModel

    store, editor, _ = editing
    commitments, actions, by_state = CommitmentsModel(), ActionsModel(), CommitmentsModel()
    by_state.sort(CommitmentsModel.COL_STATE)
    signals: dict[str, list] = {"reset": [], "changed": []}
    for model in (commitments, actions, by_state):
        model.set_snapshot(store.snapshot)
        model.modelReset.connect(lambda model=model: signals["reset"].append(model))
        model.dataChanged.connect(lambda a, b, *_, model=model: signals["changed"].append((model, a.row(), b.row())))

    def shown(snapshot) -> None:
        for model in (commitments, actions, by_state):
            model.set_snapshot(snapshot)
        full = build_snapshot(LOAD(store.db, store.commission_id), store.as_of)
        for model in (commitments, actions, by_state):
            fresh = type(model)()
            if model is by_state:
                fresh.sort(CommitmentsModel.COL_STATE)
            fresh.set_snapshot(full)
            assert cells(model) == cells(fresh)

    counted = [c for c in store.snapshot.data.commitments if store.snapshot.figures.commitments[c.id].state != "done"]
    c = counted[3]
    editor.log_update(c.id, update_values(AS_OF, store.snapshot.figures.commitments[c.id].state, 55.0))
    shown(store.snapshot)
    row = commitments.row_of(c.id)
    assert signals["reset"] == []  # the same rows: nothing laid out again, the selection kept
    assert (commitments, row, row) in signals["changed"]
    assert [s for s in signals["changed"] if s[0] is commitments] == [(commitments, row, row)]
    assert (actions, 0, actions.rowCount() - 1) in signals["changed"]  # an action's progress may have moved
    signals["changed"].clear()
    editor.log_update(c.id, update_values(AS_OF, "done", 100.0))  # sorts elsewhere by state now
    shown(store.snapshot)
    assert signals["reset"] == [by_state]
    store.refresh()  # every row read again (new row objects): still what a fresh model shows
    shown(store.snapshot)


def test_after_a_failed_read_the_next_edit_reads_everything(editing, full_reads, monkeypatch):
    from commission.errors import UserError
    from commission.ui import snapshot_patch

    store, editor, _ = editing
    errors: list[str] = []
    store.error.connect(errors.append)
    results = store.snapshot.figures.commitments
    first, second = [c for c in store.snapshot.data.commitments if c.id in results and results[c.id].state != "done"][
        :2
    ]
    real = snapshot_patch.patched_snapshot

    def lost(*args):
        raise UserError("The connection to the database was lost.")

    monkeypatch.setattr(snapshot_patch, "patched_snapshot", lost)
    monkeypatch.setattr(queries, "load_commission_data", lost)
    editor.log_update(first.id, update_values(AS_OF, "done", 100.0))  # saved, but not read back
    assert errors and store.snapshot.figures.commitments[first.id].state != "done"
    monkeypatch.setattr(snapshot_patch, "patched_snapshot", real)
    monkeypatch.setattr(
        queries, "load_commission_data", lambda db, cid, **kw: full_reads.append(cid) or LOAD(db, cid, **kw)
    )
    editor.log_update(second.id, update_values(AS_OF, "done", 100.0))
    step(store, full_reads, partial=False)  # and so the first edit is shown too
    assert store.snapshot.figures.commitments[first.id].state == "done"
    editor.log_update(second.id, update_values(AS_OF, "at risk", 5.0))
    step(store, full_reads)
