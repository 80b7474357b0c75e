"""Frameworks (tags on actions, coverage) and the social value account: storage, workbook, edits."""

from datetime import date

import pandas as pd
import pytest

from commission import domain, frameworks, sroi
from commission.errors import UserError, WorkbookError
from commission.services import edits
from commission.services.exporter import commission_frames, export_workbook
from commission.services.importer import import_frames, import_workbook
from commission.services.queries import find_commission, load_commission_data
from commission.storage import open_database
from commission.workbook import read_workbook

AS_OF = date(2026, 11, 22)


def data_of(db):
    return load_commission_data(db, find_commission(db).id)


def frames_of(db):
    return commission_frames(data_of(db))


def test_the_three_presets_are_shipped_with_english_and_welsh_labels(db):
    from commission.services.demo import create_demo

    create_demo(db)
    shipped = [f for f in data_of(db).frameworks if f.preset]
    assert [f.key for f in shipped] == ["newlocal-jrf", "phw-assets", "wfg-goals"]
    assert [a.key for a in shipped[0].areas] == [
        "learning",
        "shared-agenda",
        "shift-power",
        "redesign-services",
        "stable-funding",
        "national-policy",
    ]
    assert [a.key for a in shipped[1].areas] == ["individual", "community", "structural"]
    assert len(shipped[2].areas) == 7 and shipped[2].areas[0].label_cy == "Cymru lewyrchus"
    assert all(a.label and a.label_cy and a.label != a.label_cy for f in shipped for a in f.areas)


def _tiny() -> tuple[domain.CommissionData, domain.Figures]:
    fw = domain.Framework(
        id=1,
        key="f",
        name="F",
        areas=[
            domain.FrameworkArea(1, "a", "Area A"),
            domain.FrameworkArea(2, "b", "Area B"),
            domain.FrameworkArea(3, "c", "Area C"),
        ],
    )
    data = domain.CommissionData(
        commission=domain.CommissionInfo(id=1, name="x"),
        organisations=[domain.Organisation(1, "O", "Org")],
        actions=[domain.Action(1, "A1", "One", area_ids=[1, 2]), domain.Action(2, "A2", "Two", area_ids=[1])],
        commitments=[
            domain.Commitment(1, "C1", 1, 1, "p", due=date(2030, 1, 1), made_on=date(2026, 11, 1)),
            domain.Commitment(2, "C2", 2, 1, "q", made_on=date(2026, 11, 1)),
        ],
        updates=[
            domain.Update(1, 1, date(2026, 11, 10), "done"),
            domain.Update(2, 2, date(2026, 11, 10), "in progress", 40),
        ],
        frameworks=[fw],
    )
    return data, domain.evaluate(data, AS_OF)


def test_coverage_lists_each_areas_actions_progress_states_and_the_uncovered():
    data, figures = _tiny()
    [cov] = frameworks.coverage(data, figures)
    a, b, c = cov.areas
    assert [x.ref for x in a.actions] == ["A1", "A2"] and a.progress == pytest.approx(70)  # (100 + 40) / 2
    assert a.states["done"] == 1 and a.states["on track"] == 1
    assert [x.ref for x in b.actions] == ["A1"] and b.progress == 100 and b.states["done"] == 1
    assert not c.covered and c.actions == [] and [u.key for u in cov.uncovered] == ["c"]
    assert cov.used


def test_demo_coverage_leaves_an_area_uncovered(sqlite_demo):
    data = data_of(sqlite_demo)
    coverage = {f.key: f for f in frameworks.coverage(data, domain.evaluate(data, AS_OF))}
    assert all(coverage[k].used for k in frameworks.PRESET_KEYS)
    assert [a.key for a in coverage["newlocal-jrf"].uncovered] == ["stable-funding"]
    assert [a.key for a in coverage["wfg-goals"].uncovered] == ["globally-responsible"]
    assert coverage["phw-assets"].uncovered == []
    structural = next(a for a in coverage["phw-assets"].areas if a.key == "structural")
    figures = domain.evaluate(data, AS_OF)
    assert structural.progress == pytest.approx(
        sum(figures.actions[x.id] for x in structural.actions) / len(structural.actions)
    )


def _with_own_framework(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    frames = {k: v.copy() for k, v in frames.items()}
    frames["Frameworks"] = pd.DataFrame(
        [
            (
                "rct-plan",
                "homes",
                "RCT well-being plan",
                "Cynllun llesiant RhCT",
                "Warm, safe homes",
                "Cartrefi cynnes",
            ),
            ("rct-plan", "work", "RCT well-being plan", "Cynllun llesiant RhCT", "Good work", "Gwaith da"),
        ],
        columns=list(frames["Frameworks"].columns),
        dtype=object,
    )
    actions = frames["Actions"]
    actions.loc[actions["ref"] == "A06", "frameworks"] += ";rct-plan:homes"
    return frames


def test_workbook_round_trip_of_frameworks_tags_and_value(sqlite_demo, tmp_path):
    first = tmp_path / "first.xlsx"
    from commission.workbook import write_workbook

    write_workbook(_with_own_framework(frames_of(sqlite_demo)), first)
    import_workbook(sqlite_demo, first)
    data = data_of(sqlite_demo)
    own = next(f for f in data.frameworks if f.key == "rct-plan")
    assert not own.preset and [a.label for a in own.areas] == ["Warm, safe homes", "Good work"]
    a06 = next(a for a in data.actions if a.ref == "A06")
    assert "rct-plan:homes" in frameworks.tags_of(data, a06)
    exported = tmp_path / "exported.xlsx"
    export_workbook(sqlite_demo, exported)
    fresh = open_database(tmp_path / "fresh.db")
    import_workbook(fresh, exported)
    again = tmp_path / "again.xlsx"
    export_workbook(fresh, again)
    a, b = read_workbook(exported), read_workbook(again)
    for name in ("Commission", "Frameworks", "Actions", "Value"):
        pd.testing.assert_frame_equal(a[name].reset_index(drop=True), b[name].reset_index(drop=True), obj=name)
    value = b["Value"]
    assert len(value) == 6 and value["action_refs"].iloc[0] == "A01" and value["insight_refs"].iloc[0] == "I01;I19"
    commission = dict(zip(b["Commission"]["key"], b["Commission"]["value"], strict=True))
    assert commission["investment"] == "81250" and commission["discount_rate"] == "0.035"
    copy = data_of(fresh)
    outcomes = [
        sroi.Outcome(
            o.outcome,
            o.quantity,
            o.proxy,
            o.duration,
            o.deadweight,
            o.attribution,
            o.displacement,
            o.drop_off,
        )
        for o in copy.outcomes
    ]
    assert (
        sroi.ratio_text(sroi.ratio(outcomes, copy.commission.investment, copy.commission.discount_rate))
        == "£4.43 for every £1"
    )
    fresh.dispose()


def _problems(db, frames) -> list[str]:
    with pytest.raises(WorkbookError) as caught:
        import_frames(db, frames, source="test.xlsx")
    return [str(p) for p in caught.value.problems]


def _sheet_rows(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame.index = range(2, len(frame) + 2)  # spreadsheet row numbers
    return frame


def test_unknown_tags_and_bad_values_are_refused_with_sheet_row_and_column(sqlite_demo):
    before = frames_of(sqlite_demo)
    frames = {k: _sheet_rows(v) for k, v in before.items()}
    actions = frames["Actions"]
    actions.loc[2, "frameworks"] = "nope:learning"
    actions.loc[3, "frameworks"] = "wfg-goals:wealthy"
    actions.loc[4, "frameworks"] = "just-words"
    frames["Value"].loc[2, "deadweight"] = "1.5"
    frames["Value"].loc[3, "duration"] = "0"
    frames["Frameworks"] = pd.DataFrame(
        [("wfg-goals", "mine", "", "", "", "")],
        index=[2],
        columns=list(before["Frameworks"].columns),
        dtype=object,
    )
    c = frames["Commission"]
    c.loc[c["key"] == "investment", "value"] = "0"
    problems = _problems(sqlite_demo, frames)
    assert any(p.startswith("Actions, row 2, column frameworks: unknown framework 'nope'") for p in problems)
    assert any(
        p.startswith("Actions, row 3, column frameworks: framework 'wfg-goals' has no area 'wealthy'") for p in problems
    )
    assert (
        "Actions, row 4, column frameworks: 'just-words' is not framework:area (e.g. wfg-goals:healthier)" in problems
    )
    assert any(
        p.startswith("Value, row 2, column deadweight: deadweight must be a share from 0 to 1") for p in problems
    )
    assert any(p.startswith("Value, row 3, column duration: duration must be a whole number") for p in problems)
    assert any(p.startswith("Frameworks, row 2, column framework: 'wfg-goals' is shipped") for p in problems)
    assert any(p.startswith("Commission, row") and "column value: the investment must be" in p for p in problems)
    after = frames_of(sqlite_demo)
    for name in before:
        pd.testing.assert_frame_equal(before[name], after[name], obj=name)


def test_shares_typed_as_percentages_are_read_as_meant(sqlite_demo):
    frames = frames_of(sqlite_demo)
    frames["Value"].loc[0, "deadweight"] = "25%"
    import_frames(sqlite_demo, frames, source="pct.xlsx")
    assert data_of(sqlite_demo).outcomes[0].deadweight == pytest.approx(0.25)


def test_tags_are_set_and_unset_through_the_edits_service(sqlite_demo):
    data = data_of(sqlite_demo)
    action = next(a for a in data.actions if a.ref == "A10")
    stable = next(a for f in data.frameworks if f.key == "newlocal-jrf" for a in f.areas if a.key == "stable-funding")
    edits.set_links(sqlite_demo, "action", action.id, "framework_areas", [*action.area_ids, stable.id])
    data = data_of(sqlite_demo)
    [cov] = [f for f in frameworks.coverage(data, domain.evaluate(data, AS_OF)) if f.key == "newlocal-jrf"]
    assert cov.uncovered == []
    edits.set_links(sqlite_demo, "action", action.id, "framework_areas", action.area_ids)  # what undo does
    assert next(a for a in data_of(sqlite_demo).actions if a.ref == "A10").area_ids == action.area_ids
    from commission.services.check import check_database

    assert check_database(sqlite_demo) == []


def test_shipped_frameworks_cannot_be_changed_but_ones_own_can(sqlite_demo):
    data = data_of(sqlite_demo)
    preset = data.frameworks[0]
    with pytest.raises(UserError, match="shipped"):
        edits.edit(sqlite_demo, "framework", preset.id, {"name": "Mine now"})
    with pytest.raises(UserError, match="shipped"):
        edits.delete(sqlite_demo, "framework_area", preset.areas[0].id)
    with pytest.raises(UserError, match="shipped"):
        edits.create(sqlite_demo, "framework_area", {"framework_id": preset.id, "key": "x", "label": "X"})
    assert data_of(sqlite_demo).frameworks[0] == preset


def test_outcome_numbers_are_checked_by_the_edits_service(sqlite_demo):
    outcome = data_of(sqlite_demo).outcomes[0]
    for change in ({"deadweight": 1.2}, {"duration": 0}, {"quantity": -3}):
        with pytest.raises(UserError):
            edits.edit(sqlite_demo, "outcome", outcome.id, change)
    commission = find_commission(sqlite_demo)
    with pytest.raises(UserError, match="£0"):
        edits.edit(sqlite_demo, "commission", commission.id, {"investment": 0.0})
    assert data_of(sqlite_demo).outcomes[0] == outcome
    assert data_of(sqlite_demo).commission.investment == 81250


def test_links_cannot_reach_into_another_commission(sqlite_demo):
    from commission.services.frameworks import add_framework

    data = data_of(sqlite_demo)
    other = edits.create(sqlite_demo, "commission", {"name": "Another commission"})
    theirs = add_framework(sqlite_demo, other["id"], "Their plan", ["Their area"])
    their_area = next(
        a.id for f in load_commission_data(sqlite_demo, other["id"]).frameworks if f.id == theirs["id"] for a in f.areas
    )
    action = data.actions[0]
    with pytest.raises(UserError, match="outside this commission"):
        edits.set_links(sqlite_demo, "action", action.id, "framework_areas", [*action.area_ids, their_area])
    their_action = edits.create(sqlite_demo, "action", {"commission_id": other["id"], "title": "Theirs"})
    outcome = data.outcomes[0]
    with pytest.raises(UserError, match="outside this commission"):
        edits.set_links(sqlite_demo, "outcome", outcome.id, "actions", [*outcome.action_ids, their_action["id"]])
    mine = load_commission_data(sqlite_demo, data.commission.id)
    assert mine.actions[0].area_ids == action.area_ids and mine.outcomes[0].action_ids == outcome.action_ids


def test_hostile_workbook_cells_are_refused_whole(sqlite_demo):
    before = frames_of(sqlite_demo)
    frames = {k: _sheet_rows(v) for k, v in before.items()}
    frames["Value"].loc[2, "outcome"] = "x" * 5000
    frames["Value"].loc[3, "proxy"] = "=1+1"
    frames["Frameworks"] = pd.DataFrame(
        [("../../etc", "a b", "", "", "", "")], index=[2], columns=list(before["Frameworks"].columns), dtype=object
    )
    frames["Actions"].loc[2, "frameworks"] = ";".join(["wfg-goals:healthier"] * 2000 + ["x:y"])
    problems = _problems(sqlite_demo, frames)
    assert any(p.startswith("Value, row 2, column outcome: text is longer than 300") for p in problems)
    assert any(p.startswith("Value, row 3, column proxy:") for p in problems)  # '=1+1' is text, not a number
    assert any(p.startswith("Frameworks, row 2, column framework: '../../etc' is not a key") for p in problems)
    assert any(p.startswith("Frameworks, row 2, column area: 'a b' is not a key") for p in problems)
    assert any(p.startswith("Actions, row 2, column frameworks: unknown framework 'x'") for p in problems)
    after = frames_of(sqlite_demo)
    for name in before:
        pd.testing.assert_frame_equal(before[name], after[name], obj=name)
