"""The table models on their own, on the demo: rows, roles, sorting and filtering, with no widget at all.

Models on facts you can read in the test: test_ui_models_small.py (tests/fixtures/small_commission.py)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from commission.ui.models import (
    AttendanceModel,
    ColourRole,
    CommitmentFilterModel,
    CommitmentsModel,
    IdRole,
    InsightsModel,
    MembersModel,
    ProblemsModel,
    ProgressRole,
    QuotesModel,
    SortRole,
    StateRole,
)
from commission.ui.store import build_snapshot
from commission.vocab import STATE_COLOURS
from commission.workbook.validate import Problem

D = Qt.ItemDataRole


def check(model):
    """Qt's own consistency checks for item models."""
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return model


def by_ref(snapshot, kind, ref):
    return next(r for r in getattr(snapshot.data, kind) if r.ref == ref)


def test_commitments_model_rows_and_roles(qapp, snapshot):
    model = check(CommitmentsModel())
    model.set_snapshot(snapshot)
    assert model.rowCount() == 25
    assert model.columnCount() == len(CommitmentsModel.HEADERS)
    assert model.headerData(CommitmentsModel.COL_VERDICT, Qt.Orientation.Horizontal) == "What the panel thinks"
    row = model.row_of(by_ref(snapshot, "commitments", "C03").id)
    index = model.index(row, CommitmentsModel.COL_STATE)
    assert index.data() == "overdue"
    assert index.data(StateRole) == "overdue"
    assert index.data(ColourRole) == STATE_COLOURS["overdue"]
    assert model.index(row, CommitmentsModel.COL_DUE).data() == "31/10/2026"
    assert model.index(row, CommitmentsModel.COL_PROGRESS).data() == "60%"
    assert model.index(row, CommitmentsModel.COL_PROGRESS).data(ProgressRole) == 60.0
    assert model.index(row, CommitmentsModel.COL_VERDICT).data() == "partly"
    assert model.index(row, CommitmentsModel.COL_ORGANISATION).data() == "Cwm Taf Valleys County Borough Council"
    dropped = model.row_of(by_ref(snapshot, "commitments", "C05").id)
    assert model.index(dropped, CommitmentsModel.COL_PROGRESS).data() == "dropped"
    assert model.index(dropped, CommitmentsModel.COL_PROGRESS).data(SortRole) == -1.0


def test_commitment_states_come_from_the_progress_rules(qapp, snapshot):
    model = CommitmentsModel()
    model.set_snapshot(snapshot)
    counts: dict[str, int] = {}
    for row in range(model.rowCount()):
        state = model.index(row, 0).data(StateRole)
        counts[state] = counts.get(state, 0) + 1
    assert counts == {k: v for k, v in snapshot.figures.states.items() if v}


def test_commitment_filter_by_organisation_state_theme_and_words(qapp, snapshot):
    model = CommitmentsModel()
    model.set_snapshot(snapshot)
    proxy = check(CommitmentFilterModel())
    proxy.setSourceModel(model)
    council = by_ref(snapshot, "organisations", "ORG-COUNCIL").id
    proxy.set_organisation(council)
    assert proxy.rowCount() == 5
    proxy.set_state("overdue")
    assert [proxy.index(r, CommitmentsModel.COL_REF).data() for r in range(proxy.rowCount())] == ["C03"]
    proxy.set_organisation(None)
    assert proxy.rowCount() == snapshot.figures.states["overdue"]
    proxy.set_state(None)
    proxy.set_text("damp MOULD")
    refs = {proxy.index(r, CommitmentsModel.COL_REF).data() for r in range(proxy.rowCount())}
    assert "C15" in refs and all(
        "damp" in proxy.index(r, CommitmentsModel.COL_PLEDGE).data(D.ToolTipRole).lower()
        or "damp" in proxy.index(r, CommitmentsModel.COL_ACTION).data(D.ToolTipRole).lower()
        for r in range(proxy.rowCount())
    )
    proxy.set_text("")
    theme = by_ref(snapshot, "themes", "T01").id
    proxy.set_theme(theme)
    for r in range(proxy.rowCount()):
        commitment = snapshot.commitments[proxy.index(r, 0).data(IdRole)]
        assert theme in snapshot.figures.action_themes[commitment.action_id]
    assert 0 < proxy.rowCount() < 25
    proxy.set_theme(None)
    assert proxy.rowCount() == 25


def test_commitments_sort_by_due_date_and_progress(qapp, snapshot):
    model = CommitmentsModel()
    model.set_snapshot(snapshot)
    proxy = CommitmentFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(CommitmentsModel.COL_DUE, Qt.SortOrder.AscendingOrder)
    dues = [snapshot.commitments[proxy.index(r, 0).data(IdRole)].due for r in range(proxy.rowCount())]
    assert dues == sorted(dues)
    proxy.sort(CommitmentsModel.COL_PROGRESS, Qt.SortOrder.DescendingOrder)
    first = proxy.index(0, CommitmentsModel.COL_PROGRESS).data()
    last = proxy.index(proxy.rowCount() - 1, CommitmentsModel.COL_PROGRESS).data()
    assert first == "100%" and last == "dropped"


def test_members_model_consent_at_a_glance(qapp, snapshot):
    model = check(MembersModel())
    model.set_snapshot(snapshot)
    states = {model.rows[r].ref: model.index(r, MembersModel.COL_CONSENT).data() for r in range(model.rowCount())}
    assert set(states.values()) <= {"named", "pseudonym only", "quotes withheld", "expired", "withdrawn", "erased"}
    assert states["M02"] == "named"
    assert "expired" in states.values() and "pseudonym only" in states.values()
    row = next(r for r in range(model.rowCount()) if model.rows[r].ref == "M02")
    assert model.index(row, MembersModel.COL_CONSENT).data(ColourRole)
    # community commissioners come first
    assert model.rows[0].role == "community"


def test_attendance_model_ticks_one_status_and_reports_changes(qapp, snapshot):
    changes = []
    model = check(AttendanceModel(lambda *change: changes.append(change)))
    s01 = by_ref(snapshot, "sessions", "S01")
    model.set_session(snapshot, s01.id)
    row = next(r for r in range(model.rowCount()) if model.status.get(model.rows[r].id) == "present")
    member = model.rows[row]
    before = model.counts()
    apologies = model.index(row, AttendanceModel.COL_APOLOGIES)
    assert model.flags(apologies) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(apologies, Qt.CheckState.Checked.value, D.CheckStateRole)
    assert changes[-1] == (member.id, "present", "apologies")
    assert model.index(row, AttendanceModel.COL_PRESENT).data(D.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(apologies, Qt.CheckState.Unchecked.value, D.CheckStateRole)
    assert changes[-1] == (member.id, "apologies", None)
    assert model.counts() == {**before, "present": before["present"] - 1}


def test_quotes_and_insights_models(qapp, snapshot):
    quotes = check(QuotesModel())
    s02 = by_ref(snapshot, "sessions", "S02")
    quotes.set_quotes(snapshot, snapshot.quotes_by_session[s02.id])
    assert quotes.rowCount() == len(snapshot.quotes_by_session[s02.id])
    assert quotes.index(0, QuotesModel.COL_TEXT).data().startswith("“")
    insights = check(InsightsModel())
    t01 = by_ref(snapshot, "themes", "T01")
    insights.set_theme(snapshot, [t01.id])
    assert insights.rowCount() == len(snapshot.insights_by_theme[t01.id])
    insights.set_theme(snapshot, None)
    assert insights.rowCount() == len(snapshot.data.insights)
    status = insights.index(0, InsightsModel.COL_STATUS)
    assert status.data() in ("draft", "in review", "agreed") and status.data(ColourRole)


@pytest.mark.parametrize("column, first", [(ProblemsModel.COL_ROW, "2"), (ProblemsModel.COL_SHEET, "Members")])
def test_problems_model_sorts(qapp, column, first):
    model = check(ProblemsModel())
    model.set_rows(
        [
            Problem("Updates", 9, "progress", "progress must be 0 to 100"),
            Problem("Members", 2, "role", "unknown role 'boss'"),
        ]
    )
    assert model.index(0, ProblemsModel.COL_REASON).data() == "progress must be 0 to 100"
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.sort(column)
    assert proxy.index(0, column).data() == first


def test_snapshot_as_of_changes_states(qapp, snapshot):
    earlier = build_snapshot(snapshot.data, date(2025, 6, 1))
    model = CommitmentsModel()
    model.set_snapshot(earlier)
    states = {model.index(r, 0).data(StateRole) for r in range(model.rowCount())}
    assert "done" not in states or earlier.figures.states["done"] < snapshot.figures.states["done"]
