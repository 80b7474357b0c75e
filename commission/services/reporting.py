"""Reports as a use-case: read the commission, apply the rules, hand plain data to the writers."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Required, TypedDict, Unpack

from commission.domain import CommissionData
from commission.reports import write_report
from commission.services.queries import find_commission, load_commission_data
from commission.services.review_views import list_rounds, signoff_trail
from commission.storage.db import Database

log = logging.getLogger(__name__)


class ReportOptions(TypedDict, total=False):
    """What a report is asked to be, as the writers take it (commission.reports.write_report)."""

    format: Required[str]
    as_of: Required[date]
    language: str
    organisation_ref: str | None
    large_print: bool
    progress: Callable[[float], None] | None
    checks: list | None  # receives the places to look at before sharing it


def make_report(
    db: Database,
    out: Path,
    *,
    commission: str | None = None,
    data: CommissionData | None = None,
    **options: Unpack[ReportOptions],
) -> Path:
    """Write the report of `commission` (default: the only one); `checks` (a list), when given, receives the places
    to look at before sharing it. `data`: the commission read already, with its updates' words (the app's
    Reports screen reads it in its job, as load_commission_data reads it here)."""
    started = time.perf_counter()
    info = find_commission(db, commission)
    if data is None or data.commission.id != info.id:
        data = load_commission_data(db, info.id)
    log.debug(
        "Report for commission %d as of %s: %d member(s), %d quote(s), %d commitment(s)",
        info.id,
        options["as_of"],
        len(data.members),
        len(data.quotes),
        len(data.commitments),
    )
    path = write_report(data, Path(out), signoffs=_trail(db, info.id, options["as_of"]), **options)
    log.info(
        "Report written: %s, language %s, organisation %s, %d place(s) to check, %.1f s",
        options["format"],
        options.get("language", "en"),
        options.get("organisation_ref") or "all",
        len(options.get("checks") or []),
        time.perf_counter() - started,
    )
    return path


def _trail(db: Database, commission_id: int, as_of: date) -> list:
    """The sign-off trail for the appendix; [] at once when no round has closed (the trail reads the whole
    commission again, 1.5 s on a 2,000-commitment one)."""
    if not any(r.status == "closed" for r in list_rounds(db, commission_id)):
        return []
    return signoff_trail(db, commission_id, as_of=as_of)
