"""The network view as a use-case: every commission in the database, each by its own rules, as of one date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from commission.errors import UserError
from commission.reports.network import NetworkModel, network_row
from commission.reports.text import Text, check_language
from commission.services.queries import list_commissions, load_commission_data
from commission.storage.db import Database


def load_network(db: Database, as_of: date, *, language: str = "en", progress=None):
    """The NetworkModel of every commission in `db` as of `as_of` (one commission's data in memory at a time)."""
    commissions = list_commissions(db)
    if not commissions:
        raise UserError("This database has no commission yet: import a workbook or create the demo first.")
    rows = []
    for i, info in enumerate(commissions):
        rows.append(network_row(load_commission_data(db, info.id), as_of))
        if progress:
            progress((i + 1) / len(commissions))
    rows.sort(key=lambda r: r.name.lower())
    return NetworkModel(as_of=as_of, language=language, rows=rows, text=Text(language))


def make_network_report(
    db: Database, out: Path, *, format: str, as_of: date, language: str = "en", large_print: bool = False
) -> Path:
    from commission.reports.network_writers import (
        write_network,
    )  # ReportLab and XlsxWriter: only when the network report is written

    check_language(language)
    return write_network(load_network(db, as_of, language=language), Path(out), format=format, large_print=large_print)
