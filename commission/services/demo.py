"""Create the demo commission: the bundled Welsh one, or a large generated one for load testing."""

from __future__ import annotations

from commission.demo import DEMO_DIR, generate_frames
from commission.services.demo_network import create_network_demo
from commission.services.importer import ImportSummary, Progress, import_frames, import_workbook
from commission.storage.db import Database
from commission.workbook.reader import sheets_from_frames

# The generated commissions, by scale: generate_frames' sizes (its defaults are the large one).
# xl is five times large in every table (10,000 commitments, 500,000 updates; attendance, everyone at
# every session, is 25 times), for benchmarks at a council's ten years.
LARGE = {
    "commitments": 2000,
    "updates": 100_000,
    "members": 60,
    "organisations": 20,
    "sessions": 60,
    "themes": 12,
    "insights": 200,
    "quotes": 1000,
    "actions": 300,
}
SCALES = {"large": LARGE, "xl": {name: 5 * size for name, size in LARGE.items()}}


def create_demo(
    db: Database, *, scale: str = "small", progress: Progress | None = None, actor: str | None = None
) -> ImportSummary:
    if scale == "network":  # 20 commissions: the last one's summary, the others said by the caller
        return create_network_demo(db, progress=progress, actor=actor)[-1]
    if scale in SCALES:
        return import_frames(
            db,
            sheets_from_frames(generate_frames(**SCALES[scale])),
            source=f"generated {scale} demo",
            progress=progress,
            actor=actor,
        )
    return import_workbook(db, DEMO_DIR, progress=progress, actor=actor)
