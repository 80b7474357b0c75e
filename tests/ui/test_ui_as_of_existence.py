"""Nothing counts before it existed (SPEC progress rules): the demo as of 1 March 2026, before most of its
commitments were made. The dashboard, the PDF, the tracker and the update returns must all say the same."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from commission import domain, progress
from commission.numbers import one_decimal, percent
from commission.reports import write_report
from commission.services.queries import find_commission, load_commission_data
from commission.services.returns import write_returns
from tests.reports.readback import pdf_flat, xlsx_records, xlsx_sheets

EARLY = date(2026, 3, 1)


@pytest.fixture
def demo(ui_db):
    return load_commission_data(ui_db, find_commission(ui_db).id)


def test_the_demo_made_most_commitments_after_1_march_2026(demo):
    later = [c for c in demo.commitments if c.made_on and c.made_on > EARLY]
    assert len(later) > len(demo.commitments) / 2  # the case the issue describes


def test_figures_leave_out_what_did_not_exist_yet(demo):
    figures = domain.evaluate(demo, EARLY)
    made = {c.id for c in demo.commitments if c.made_on is None or c.made_on <= EARLY}
    assert set(figures.commitments) == made
    assert sum(figures.states.values()) == len(made)
    sessions = {s.id: s.date for s in demo.sessions}
    agreed = [a for a in demo.actions if a.agreed_session_id is None or sessions[a.agreed_session_id] <= EARLY]
    assert figures.agreed_actions == {a.id for a in agreed}
    assert len(agreed) < len(demo.actions)  # some actions are agreed later: left out of the mean
    assert figures.overall == pytest.approx(progress.mean(figures.actions[a.id] for a in agreed))
    # an action's progress counts only the commitments made by then
    for a in demo.actions:
        rows = [
            (figures.commitments[c.id].progress, c.weight, figures.commitments[c.id].state)
            for c in demo.commitments
            if c.action_id == a.id and c.id in made
        ]
        assert figures.actions[a.id] == pytest.approx(progress.action_progress(rows))


def test_dashboard_pdf_tracker_and_returns_agree_as_of_an_early_date(qtbot, window, demo, tmp_path, ui_db):
    figures = domain.evaluate(demo, EARLY)
    dashboard = window.dashboard
    window.store.set_as_of(EARLY)
    qtbot.waitUntil(lambda: window.store.snapshot.as_of == EARLY, timeout=5000)
    dashboard.set_snapshot(window.store.snapshot)
    shown = {state: int(label.text()) for state, label in dashboard.state_counts.items()}
    assert shown == figures.states
    assert dashboard.overall.text() == percent(figures.overall)
    assert dashboard.agreement.text() == percent(figures.panel_agreement)
    assert dashboard.overdue_model.rowCount() == figures.states["overdue"]

    pdf = pdf_flat(write_report(demo, tmp_path / "early.pdf", format="pdf", as_of=EARLY))
    assert f"{len(figures.commitments)} commitments \u00b7 Overall progress {percent(figures.overall)}" in pdf
    later = [c for c in demo.commitments if c.id not in figures.commitments]
    assert later and not any(f" {c.ref} " in f" {pdf} " for c in later)

    sheets = xlsx_sheets(write_report(demo, tmp_path / "early.xlsx", format="xlsx", as_of=EARLY))
    summary = dict(sheets["Summary"][1:])
    assert summary["commitments"] == len(figures.commitments)
    assert {s: summary[s] for s in figures.states} == figures.states
    assert summary["overall_progress"] == one_decimal(figures.overall)
    tracked = {r["ref"]: r["state"] for r in xlsx_records(sheets["Commitments"])}
    assert tracked == {c.ref: figures.commitments[c.id].state for c in figures.counted(demo.commitments)}

    returned = {}
    for path in write_returns(ui_db, tmp_path / "returns", as_of=EARLY):
        frame = pd.read_excel(path, sheet_name="Commitments", engine="calamine", dtype=str)
        returned.update(zip(frame["ref"], frame["state"], strict=True))
    assert returned == tracked
