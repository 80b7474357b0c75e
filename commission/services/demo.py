"""Create the demo commission: the bundled Welsh one, or a large generated one for load testing."""

from __future__ import annotations

from commission.demo import DEMO_DIR
from commission.services.importer import ImportSummary, import_frames, import_workbook
from commission.storage.db import Database


def create_demo(db: Database, *, scale: str = "small", progress=None) -> ImportSummary:
    if scale == "network":  # 20 commissions: the last one's summary, the others said by the caller
        from commission.services.demo_network import create_network_demo

        return create_network_demo(db, progress=progress)[-1]
    if scale == "large":
        from commission.demo import generate_frames
        from commission.workbook.reader import sheets_from_frames

        return import_frames(db, sheets_from_frames(generate_frames()), source="generated large demo",
                             progress=progress)
    return import_workbook(db, DEMO_DIR, progress=progress)
