"""Screens on the small commission built in code (tests/fixtures/small_commission.py), with no database:
what a coordinator reads on them follows from facts listed in that file."""

from __future__ import annotations

import pytest

from commission.ui.dashboard import Dashboard
from commission.ui.store import Store
from commission.ui.workers import SyncRunner
from tests.fixtures import small_commission as small


@pytest.fixture
def dashboard(qtbot, qapp):
    store = Store(SyncRunner())
    screen = Dashboard(store)
    qtbot.addWidget(screen)
    screen.set_snapshot(small.small_snapshot())
    return screen


def test_the_dashboard_figures(dashboard):
    assert dashboard.overall.text() == "77.5%"  # the mean of A1's 55% and A2's 100%
    assert dashboard.overall_note.text() == "The mean progress of 2 agreed actions."
    counts = {state: label.text() for state, label in dashboard.state_counts.items()}
    assert counts == {"done": "1", "on track": "1", "at risk": "0", "overdue": "1", "dropped": "0"}
    assert dashboard.states_total.text() == "3 commitments from 2 organisations."
    assert dashboard.agreement.text() == "100%"
    assert dashboard.agreement_note.text() == "Of the 1 done commitment, the panel agrees 1 really happened."
    assert "Small Test Commission · Testshire" in dashboard.subtitle.text()
    assert "30 June 2026" in dashboard.subtitle.text()


def test_the_dashboard_lists_what_is_overdue(dashboard):
    assert not dashboard.overdue.isHidden() and dashboard.overdue_empty.isHidden()
    model = dashboard.overdue_model
    assert model.rowCount() == 1 and model.index(0, model.COL_PLEDGE).data() == "Survey every damp home"


def test_before_anything_was_made_the_dashboard_says_so(qtbot, qapp):
    screen = Dashboard(Store(SyncRunner()))
    qtbot.addWidget(screen)
    screen.set_snapshot(small.small_snapshot(small.AS_OF.replace(month=2, day=1)))
    assert {label.text() for label in screen.state_counts.values()} == {"0"}
    assert screen.agreement.text() == "—"
    assert screen.overdue.isHidden() and not screen.overdue_empty.isHidden()
