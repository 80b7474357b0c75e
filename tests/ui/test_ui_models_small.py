"""The table models on the small commission built in code (tests/fixtures/small_commission.py): every
expected value can be read off that file, none depends on the demo. Display, sort, colour and progress
roles are each checked, as Vorta's test_archive_table_model does; Qt's model tester watches every model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from commission.ui.models import (
    ActionsModel,
    ColourRole,
    CommitmentFilterModel,
    CommitmentsModel,
    IdRole,
    MembersModel,
    OrganisationsModel,
    OverdueModel,
    ProgressRole,
    SessionsModel,
    SortRole,
    StateRole,
)
from commission.ui.style import CONSENT_COLOURS
from commission.vocab import STATE_COLOURS
from tests.fixtures import small_commission as small

D = Qt.ItemDataRole


@pytest.fixture
def snap(qapp):
    return small.small_snapshot()


def check(model):
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return model


def column(model, col, role=D.DisplayRole):
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


def test_commitments_display(snap):
    model = check(CommitmentsModel())
    model.set_snapshot(snap)
    assert column(model, CommitmentsModel.COL_REF) == ["C1", "C2", "C3"]
    assert column(model, CommitmentsModel.COL_ORGANISATION) == ["Riverside Council"] * 2 + ["Valley Food Bank"]
    assert column(model, CommitmentsModel.COL_DUE) == ["31/05/2026", "31/12/2026", "30/09/2026"]
    assert column(model, CommitmentsModel.COL_STATE) == ["overdue", "on track", "done"]
    assert column(model, CommitmentsModel.COL_PROGRESS) == ["40%", "70%", "100%"]
    assert column(model, CommitmentsModel.COL_VERDICT) == ["not assessed", "partly", "agree"]
    assert column(model, CommitmentsModel.COL_ACTION) == ["Fix damp homes", "Fix damp homes", "Open a food hub"]


def test_commitments_roles(snap):
    model = CommitmentsModel()
    model.set_snapshot(snap)
    row = model.row_of(small.C1)
    assert model.index(row, 0).data(IdRole) == small.C1 and model.index(row, 0).data(StateRole) == "overdue"
    assert model.index(row, CommitmentsModel.COL_STATE).data(ColourRole) == STATE_COLOURS["overdue"]
    assert model.index(row, CommitmentsModel.COL_PROGRESS).data(ProgressRole) == 40.0
    assert model.index(row, CommitmentsModel.COL_DUE).data(D.ToolTipRole) == "31/05/2026"
    assert model.index(row, CommitmentsModel.COL_PLEDGE).data(D.ToolTipRole) == "Survey every damp home"


def test_commitments_sort(snap):
    model = CommitmentsModel()
    model.set_snapshot(snap)
    model.sort(CommitmentsModel.COL_DUE)
    assert column(model, CommitmentsModel.COL_REF) == ["C1", "C3", "C2"]
    model.sort(CommitmentsModel.COL_PROGRESS, Qt.SortOrder.DescendingOrder)
    assert column(model, CommitmentsModel.COL_REF) == ["C3", "C2", "C1"]
    model.sort(CommitmentsModel.COL_STATE)  # the worst first: overdue, at risk, on track, done
    assert column(model, CommitmentsModel.COL_STATE) == ["overdue", "on track", "done"]
    model.sort(CommitmentsModel.COL_VERDICT)  # disagreement first
    assert column(model, CommitmentsModel.COL_VERDICT) == ["partly", "not assessed", "agree"]
    model.set_snapshot(snap)  # a new snapshot keeps the sort the coordinator chose
    assert column(model, CommitmentsModel.COL_VERDICT) == ["partly", "not assessed", "agree"]


def test_commitments_filter(snap):
    model = CommitmentsModel()
    model.set_snapshot(snap)
    proxy = check(CommitmentFilterModel())
    proxy.setSourceModel(model)
    proxy.set_organisation(small.COUNCIL)
    assert column(proxy, CommitmentsModel.COL_REF) == ["C1", "C2"]
    proxy.set_state("overdue")
    assert column(proxy, CommitmentsModel.COL_REF) == ["C1"]
    proxy.set_organisation(None)
    proxy.set_state(None)
    proxy.set_text("FOOD hub")
    assert column(proxy, CommitmentsModel.COL_REF) == ["C3"]
    proxy.set_text("")
    proxy.set_action(small.A1)
    assert column(proxy, CommitmentsModel.COL_REF) == ["C1", "C2"]


def test_a_commitment_not_made_yet_is_listed_as_such(qapp):
    before = small.small_snapshot(small.AS_OF.replace(month=2, day=1))  # 1 February: nothing made yet
    model = CommitmentsModel()
    model.set_snapshot(before)
    assert column(model, CommitmentsModel.COL_STATE) == ["not made yet"] * 3
    assert column(model, CommitmentsModel.COL_PROGRESS) == ["—"] * 3


def test_overdue_model(snap):
    model = check(OverdueModel())
    model.set_snapshot(snap)
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "Riverside Council",
        "Survey every damp home",
        "31/05/2026",
        "30 days",
        "40%",
    ]
    assert model.index(0, OverdueModel.COL_LATE).data(SortRole) == 30
    assert model.index(0, OverdueModel.COL_PROGRESS).data(ColourRole) == STATE_COLOURS["overdue"]


def test_actions_model(snap):
    model = check(ActionsModel())
    model.set_snapshot(snap)
    assert [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)] == [
        ["A1", "Fix damp homes", "1", "2", "55%", "10/03/2026"],  # the mean of 40% and 70%
        ["A2", "Open a food hub", "1", "1", "100%", "10/03/2026"],
    ]
    assert column(model, ActionsModel.COL_PROGRESS, ProgressRole) == [55.0, 100.0]
    assert column(model, ActionsModel.COL_COMMITMENTS, SortRole) == [2, 1]
    assert column(model, ActionsModel.COL_AGREED, SortRole) == ["2026-03-10"] * 2


def test_sessions_model(snap):
    model = check(SessionsModel())
    model.set_snapshot(snap)
    assert [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)] == [
        ["10/03/2026", "Agreeing actions", "joint", "2", "0"],  # newest first
        ["15/01/2026", "First listening", "listening", "2", "2"],
    ]
    assert column(model, SessionsModel.COL_DATE, SortRole) == ["2026-03-10", "2026-01-15"]


def test_members_model_consent_at_a_glance(snap):
    model = check(MembersModel())
    model.set_snapshot(snap)
    assert column(model, MembersModel.COL_NAME) == [
        "Ann Example",
        "Bob Sample  ·  Bee",
        "Dee Withdrawn",
        "Cara Civic",
    ]  # community first, then by name
    assert column(model, MembersModel.COL_CONSENT) == ["named", "pseudonym only", "withdrawn", "expired"]
    assert column(model, MembersModel.COL_CONSENT, ColourRole) == [
        CONSENT_COLOURS[s] for s in ("named", "pseudonym only", "withdrawn", "expired")
    ]
    assert column(model, MembersModel.COL_ROLE) == ["Community"] * 3 + ["Civic · Riverside Council"]
    assert column(model, MembersModel.COL_LANGUAGE) == ["English", "Cymraeg", "English", "English"]
    assert column(model, MembersModel.COL_ROLE, SortRole) == [0, 0, 0, 1]


def test_organisations_model(snap):
    model = check(OrganisationsModel())
    model.set_snapshot(snap)
    rows = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    }
    assert rows == {
        "Riverside Council": ["Council", "1", "2", "0"],
        "Valley Food Bank": ["Voluntary sector", "0", "1", "1"],
    }
