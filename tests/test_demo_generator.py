"""commission/demo.py: the bundled demo loads, and the synthetic commission is valid and repeatable."""

from __future__ import annotations

import ast
import time
from pathlib import Path

import pandas as pd
import pytest

from commission import demo, vocab
from commission.sheets import SHEETS
from commission.workbook.validate import COLUMN_KINDS

# (sheet, column, target sheet, is a ;-list), as the importer declares them
REFERENCES = [
    (sheet, column, kind[1], kind[0] == "links")
    for sheet, columns in COLUMN_KINDS.items()
    for column, kind in columns.items()
    if isinstance(kind, tuple) and kind[0] in ("link", "links")
]


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    return demo.generate_frames(commitments=200, updates=5000)


def _check_shape(frames: dict[str, pd.DataFrame]) -> None:
    assert list(frames) == [sheet.name for sheet in SHEETS]
    for sheet in SHEETS:
        frame = frames[sheet.name]
        assert tuple(frame.columns) == sheet.columns, sheet.name
        for column in frame.columns:
            assert all(isinstance(cell, str) for cell in frame[column]), (sheet.name, column)
        for column in sheet.required:
            assert (frame[column] != "").all(), (sheet.name, column)


def _check_refs(frames: dict[str, pd.DataFrame]) -> None:
    for sheet, column, target, is_list in REFERENCES:
        cells = frames[sheet][column]
        refs = cells.str.split(";").explode() if is_list else cells
        refs = refs[refs != ""]
        missing = set(refs) - set(frames[target]["ref"])
        assert not missing, f"{sheet}.{column}: unknown {target} refs {sorted(missing)[:5]}"


def test_deterministic_for_a_seed(frames):
    again = demo.generate_frames(commitments=200, updates=5000)
    for name, frame in frames.items():
        pd.testing.assert_frame_equal(frame, again[name])
    other = demo.generate_frames(commitments=200, updates=5000, seed=8)
    assert not frames["Updates"].equals(other["Updates"])


def test_columns_match_sheets(frames):
    _check_shape(frames)


def test_refs_resolve(frames):
    _check_refs(frames)


def test_refs_unique(frames):
    for sheet in SHEETS:
        if sheet.key:
            assert not frames[sheet.name].duplicated(list(sheet.key)).any(), sheet.name


def test_sizes(frames):
    counts = {name: len(frame) for name, frame in frames.items()}
    assert counts["Commitments"] == 200
    assert counts["Updates"] == 5000
    assert counts["Members"] == 60
    assert counts["Organisations"] == 20
    assert counts["Sessions"] == 60
    assert counts["Themes"] == 12
    assert counts["Insights"] == 200
    assert counts["Quotes"] == 1000
    assert counts["Actions"] == 300
    commission = dict(zip(frames["Commission"]["key"], frames["Commission"]["value"], strict=True))
    assert commission["name"] == "Large test commission"


def test_values_valid(frames):
    assert set(frames["Organisations"]["kind"]) <= set(vocab.ORGANISATION_KINDS)
    assert set(frames["Members"]["role"]) <= set(vocab.ROLES)
    assert set(frames["Sessions"]["kind"]) <= set(vocab.SESSION_KINDS)
    assert set(frames["Attendance"]["status"]) <= set(vocab.ATTENDANCE)
    assert set(frames["Themes"]["asset"]) == set(vocab.ASSETS)
    assert set(frames["Insights"]["status"]) <= set(vocab.INSIGHT_STATUSES)
    updates = frames["Updates"]
    assert set(updates["status"]) == set(vocab.UPDATE_STATUSES)
    assert set(updates["verdict"]) <= set(vocab.VERDICTS) | {""}
    progress = updates["progress"][updates["progress"] != ""].astype(int)
    assert progress.between(0, 100).all()
    for sheet, column in [
        ("Sessions", "date"),
        ("Commitments", "made_on"),
        ("Commitments", "due"),
        ("Updates", "date"),
        ("Members", "consent_named_expires"),
    ]:
        for cell in frames[sheet][column].unique():
            assert cell == "" or vocab.parse_date(cell) is not None, (sheet, column, cell)


def test_civic_pledges_for_their_own_organisation(frames):
    members = frames["Members"].set_index("ref")
    commitments = frames["Commitments"]
    made = commitments[commitments["made_by_ref"] != ""]
    assert len(made) > len(commitments) * 0.5
    assert (members.loc[made["made_by_ref"], "role"].to_numpy() == "civic").all()
    assert (
        members.loc[made["made_by_ref"], "organisation_ref"].to_numpy() == made["organisation_ref"].to_numpy()
    ).all()


def test_update_dates_sorted_per_commitment(frames):
    updates = frames["Updates"]
    assert updates["commitment_ref"].is_monotonic_increasing
    assert (
        updates.groupby("commitment_ref", sort=False)["date"].apply(lambda dates: dates.is_monotonic_increasing).all()
    )
    commitments = frames["Commitments"].set_index("ref")
    made_on = commitments.loc[updates["commitment_ref"], "made_on"].to_numpy()
    assert (updates["date"].to_numpy() >= made_on).all()


def test_default_scale_is_quick():
    started = time.perf_counter()
    frames = demo.generate_frames()
    elapsed = time.perf_counter() - started
    assert len(frames["Updates"]) == 100_000 and len(frames["Commitments"]) == 2000
    _check_refs(frames)
    assert elapsed < 5, f"generate_frames took {elapsed:.2f}s"


def test_small_and_empty_edges():
    _check_refs(demo.generate_frames(commitments=3, updates=0, members=5, seed=1))
    _check_refs(
        demo.generate_frames(
            commitments=1, updates=10, members=5, organisations=1, sessions=1, themes=1, insights=1, quotes=1, actions=1
        )
    )
    with pytest.raises(ValueError):
        demo.generate_frames(commitments=0, updates=10)


def test_load_demo_frames_is_the_bundled_commission():
    frames = demo.load_demo_frames()
    _check_shape(frames)
    _check_refs(frames)
    assert demo.DEMO_DIR.is_dir()
    assert len(frames["Commitments"]) == 25
    assert all(isinstance(cell, str) for cell in frames["Updates"]["progress"])


def test_no_qt_or_sqlalchemy_in_demo_module():
    tree = ast.parse(Path(demo.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert not imported & {"PySide6", "PyQt5", "PyQt6", "sqlalchemy", "alembic"}
