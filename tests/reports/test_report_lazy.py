"""What a report builds only when it prints it gives what building it at once gave: timelines, organisations'
lines of the history, the figures taken from the history, and the tracker's date cells."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import date, timedelta

import xlsxwriter

from commission import domain, outward
from commission.over_time import commitment_results, history, history_dates, organisation_series
from commission.reports.model import UpdateEntry, build_model
from commission.reports.model_entries import Timeline
from commission.reports.organisation_cut import filter_to_organisation
from commission.reports.tracker import _write_date, excel_serial

from .report_fixtures import AS_OF


def _eager_timeline(data: domain.CommissionData, commitment_id: int, as_of: date) -> list[UpdateEntry]:
    """The timeline as build_model made it before: every counted update as an entry, oldest first."""
    gate_data = outward.for_others(data, as_of).data
    counted = sorted(
        (u for u in gate_data.updates_by_commitment.get(commitment_id, []) if u.date <= as_of), key=lambda u: u.date
    )
    return [
        UpdateEntry(u.date, u.status, u.progress, u.note, u.reported_by, u.verdict or "not assessed", u.verdict_comment)
        for u in counted
    ]


def test_a_timeline_is_every_counted_update_made_when_read(data):
    model = build_model(data, AS_OF)
    assert any(len(c.timeline) > 1 for c in model.commitments)
    for c in model.commitments:
        eager = _eager_timeline(data, c.id, AS_OF)
        assert len(c.timeline) == len(eager)
        assert c.timeline == eager and list(c.timeline) == eager
        assert c.timeline[-2:] == eager[-2:] and (not eager or c.timeline[-1] == eager[-1])
        assert c.timeline[-10:] == eager[-10:]


def test_a_timeline_makes_only_the_entries_read():
    made = []

    def make(n: int) -> UpdateEntry:
        made.append(n)
        return UpdateEntry(date(2025, 1, n + 1), "in progress", None, f"note {n}", "", "not assessed", "")

    timeline = Timeline(list(range(10)), make)
    assert len(timeline) == 10 and made == []
    assert [u.note for u in timeline[-4:]] == ["note 6", "note 7", "note 8", "note 9"]
    assert timeline[-1] is timeline[9]  # made once
    assert made == [6, 7, 8, 9]
    assert timeline != [] and Timeline([], make) == []


def test_the_organisations_lines_worked_out_when_read_are_each_organisations_own(data, demo_data):
    for commission, as_of in ((data, AS_OF), (demo_data, date(2026, 11, 22))):
        found = history(commission, as_of)
        dates = history_dates(commission, as_of)
        assert found.organisations  # read now
        for line in found.organisations:
            assert line == organisation_series(commission, line.ref, dates)
        assert {line.ref for line in found.organisations} == {
            o.ref for o in commission.organisations if filter_to_organisation(commission, o.ref).commitments
        }
        assert history(commission, as_of, by_organisation=False).organisations == []


def test_the_figures_from_the_history_are_evaluates_and_the_walk_needs_no_facts(data, demo_data):
    for commission in (data, demo_data):
        for as_of in (AS_OF, date(2026, 11, 22), date(2024, 6, 30)):
            made = domain.existing(commission, as_of)
            assert history(made, as_of).figures == domain.evaluate(made, as_of)
        dates = [date(2023, 12, 25) + timedelta(weeks=n) for n in range(0, 52 * 4)]
        assert commitment_results(commission, dates) == commitment_results(
            commission, dates, domain.commitment_facts(commission)
        )


def test_the_model_is_the_rules_figures_with_updates_after_as_of(data):
    later = replace(data, updates=[*data.updates, replace(data.updates[0], id=9999, date=AS_OF + timedelta(days=3))])
    model = build_model(later, AS_OF)
    figures = domain.evaluate(domain.existing(later, AS_OF), AS_OF)
    assert model.states == figures.states and model.overall == figures.overall


def test_a_date_cell_is_the_one_write_datetime_writes(tmp_path):
    days = [date(1899, 12, 31) + timedelta(days=n) for n in range(0, 60000, 7)] + [date(1900, 2, 28), date(1900, 3, 1)]
    for name, write in (("ours", _write_date), ("theirs", None)):
        book = xlsxwriter.Workbook(str(tmp_path / f"{name}.xlsx"))
        sheet = book.add_worksheet("Dates")
        fmt = book.add_format({"num_format": "yyyy-mm-dd"})
        for r, day in enumerate(days):
            if write:
                write(sheet, r, 0, day, fmt)
            else:
                sheet.write_datetime(r, 0, day, fmt)
        book.close()
    parts = [zipfile.ZipFile(tmp_path / f"{name}.xlsx").read("xl/worksheets/sheet1.xml") for name in ("ours", "theirs")]
    assert parts[0] == parts[1]
    assert excel_serial(date(1900, 3, 1)) == 61.0 and excel_serial(date(2025, 1, 1)) == 45658.0
