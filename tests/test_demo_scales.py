"""commission demo --scale large|xl: the generated commissions, and an xl build that repeats exactly."""

from __future__ import annotations

import inspect

import pandas as pd

from commission import demo
from commission.cli import main
from commission.services import demo as demo_service
from commission.services.exporter import commission_frames
from commission.services.queries import find_commission, load_commission_data
from commission.storage import open_database


def test_large_is_the_generators_default_and_xl_five_times_it():
    defaults = {
        name: p.default
        for name, p in inspect.signature(demo.generate_frames).parameters.items()
        if name in demo_service.LARGE
    }
    assert defaults == demo_service.LARGE
    xl = demo_service.SCALES["xl"]
    assert xl["commitments"] == 10_000 and xl["updates"] == 500_000
    assert all(xl[name] == 5 * size for name, size in demo_service.LARGE.items())


def _workbook(path):
    db = open_database(path)
    try:
        return commission_frames(load_commission_data(db, find_commission(db).id))
    finally:
        db.dispose()


def test_two_xl_builds_are_the_same_commission(tmp_path, monkeypatch, capsys):
    """Built twice through the command line (at a fiftieth of the size, to stay quick), the two databases
    export the same workbook, cell for cell."""
    small = {name: max(5, size // 50) for name, size in demo_service.SCALES["xl"].items()}
    monkeypatch.setitem(demo_service.SCALES, "xl", small)
    for name in ("a.db", "b.db"):
        assert main(["demo", "--db", str(tmp_path / name), "--scale", "xl"]) == 0
    assert f"{small['updates']} added" in capsys.readouterr().out
    first, second = _workbook(tmp_path / "a.db"), _workbook(tmp_path / "b.db")
    assert list(first) == list(second)
    for sheet in first:
        pd.testing.assert_frame_equal(first[sheet], second[sheet], obj=sheet)
    assert len(first["Updates"]) == small["updates"] and len(first["Commitments"]) == small["commitments"]
