"""Create the network demo: 20 generated commissions in one database (commission.demo_network)."""

from __future__ import annotations

from commission.demo_network import network_frames, network_plans
from commission.services.importer import ImportSummary, Progress, import_frames
from commission.storage.db import Database
from commission.workbook.reader import sheets_from_frames


def create_network_demo(
    db: Database, *, progress: Progress | None = None, actor: str | None = None
) -> list[ImportSummary]:
    plans = network_plans()
    summaries = []
    for i, plan in enumerate(plans):
        step = (lambda f, i=i: progress((i + f) / len(plans))) if progress else None
        summaries.append(
            import_frames(
                db,
                sheets_from_frames(network_frames(plan)),
                source=f"generated network demo ({plan.stage})",
                progress=step,
                actor=actor,
            )
        )
    return summaries
