"""Fixtures for the report tests; the hand-built commission lives in report_fixtures.py."""

from __future__ import annotations

import pytest

from commission.domain import CommissionData, CommissionInfo

from .report_fixtures import build_commission


@pytest.fixture
def data() -> CommissionData:
    return build_commission()


@pytest.fixture
def empty_data() -> CommissionData:
    return CommissionData(commission=CommissionInfo(1, "An empty commission", area="Nowhere"))


@pytest.fixture(scope="session")
def demo_data() -> CommissionData:
    """The bundled demo commission, through the real import path (a temporary SQLite database)."""
    import tempfile
    from pathlib import Path

    from commission.services.demo import create_demo
    from commission.services.queries import find_commission, load_commission_data
    from commission.storage.db import open_database

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.db")
        create_demo(db)
        info = find_commission(db, None)
        loaded = load_commission_data(db, info.id)
        close = getattr(db, "close", None) or getattr(db, "dispose", None)
        if close:
            close()
    return loaded
