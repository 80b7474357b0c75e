"""Update returns: one spreadsheet per organisation to report progress on its commitments, and back in.

The cycle, for the app's "Send returns" / "Import return" and `commission returns`:

    paths = write_returns(db, folder, as_of=today)        # one .xlsx per organisation with commitments
    ... the organisation fills in the Updates sheet and sends the file back ...
    summary = import_return(db, returned_path)            # all or nothing; summary.lines() for the user
                                                          # (services.return_import: reading it back)

A return holds an Instructions sheet in plain words; a Commission sheet naming the commission; the
organisation's Commitments as the commission sees them (locked and greyed: a return never edits a
pledge); an Updates sheet with one row ready per commitment (commitment_ref and reported_by filled in,
drop-downs for status, 0–100 for progress, a date column) and spare rows for extra updates; and a hidden
Return sheet saying which organisation and date it was written for. The panel's verdict is not asked for:
organisations report, the panel judges.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from commission import domain, files, outward
from commission.errors import UserError
from commission.services.queries import find_commission, load_commission_data
from commission.services.return_book import RETURN_SHEET
from commission.services.return_import import ReturnSummary, import_return, is_return, return_info  # noqa: F401
from commission.services.return_milestones import write_milestones_sheet
from commission.services.return_sheets import (
    _commission_sheet,
    _commitments_sheet,
    _Formats,
    _instructions,
    _return_sheet,
    _updates_sheet,
)
from commission.services.return_words import instructions, organisation_language, welsh_pledges
from commission.storage.db import Database


def safe_file_name(name: str, fallback: str = "organisation") -> str:
    """A file name any system accepts, kept readable (see `commission.files.safe_name`)."""
    return files.safe_name(name, fallback)


# ---------------------------------------------------------------------------------------------- writing


def write_returns(db: Database, out_dir: Path, *, commission: str | None = None, as_of: date) -> list[Path]:
    """Write one update return per organisation that has commitments into `out_dir`; return the paths.

    The set is written whole or not at all: every return is written in a hidden folder inside `out_dir`
    (made if missing) and all are moved into place at the end. File names come from the organisation's
    cleaned name only (never its raw ref), stay inside `out_dir` and never collide. Everything in a
    return passes the privacy gate (`commission.outward`), as a report does; figures are as of `as_of`.
    """
    planned = plan_returns(db, commission=commission, as_of=as_of)
    return files.write_set(Path(out_dir), {p.file_name: p.write for p in planned.returns})


@dataclass
class PlannedReturn:
    organisation: domain.Organisation  # as the coordinator has it (with its contact): not for the return
    shown_name: str  # its name as others may see it (the return and the draft use this)
    file_name: str
    write: Callable[[Path], None]
    shown_name_cy: str = ""  # its Welsh name as others may see it ("" when it has none)

    def name_in(self, language: str) -> str:
        return (self.shown_name_cy or self.shown_name) if language == "cy" else self.shown_name


@dataclass
class PlannedReturns:
    commission_id: int
    commission: str  # as others may see it
    returns: list[PlannedReturn]
    commission_cy: str = ""  # its Welsh name, for Welsh drafts ("" when it has none)

    def commission_in(self, language: str) -> str:
        return (self.commission_cy or self.commission) if language == "cy" else self.commission


def plan_returns(
    db: Database, *, commission: str | None, as_of: date, organisation_ids: set[int] | None = None
) -> PlannedReturns:
    """What `write_returns` writes, one writer per organisation with commitments (only `organisation_ids`,
    when given), before anything is written."""
    info = find_commission(db, commission)
    raw = domain.existing(load_commission_data(db, info.id), as_of)
    data = outward.for_others(raw, as_of).data
    figures = domain.evaluate(data, as_of)
    by_org: dict[int, list[domain.Commitment]] = {}
    for c in data.commitments:
        by_org.setdefault(c.organisation_id, []).append(c)
    orgs = [
        o
        for o in sorted(data.organisations, key=lambda o: (o.name.lower(), o.ref))
        if by_org.get(o.id) and (organisation_ids is None or o.id in organisation_ids)
    ]
    if not orgs:
        raise UserError(f"'{info.name}' has no commitments yet, so there are no returns to send.")
    names = files.unique_names([safe_file_name(o.name) for o in orgs], " - update return.xlsx")
    own = {o.id: o for o in raw.organisations}

    def writer(org: domain.Organisation) -> Callable[[Path], None]:
        return lambda path: _write_return(path, data, figures, org, by_org[org.id], organisation_language(org))

    return PlannedReturns(
        info.id,
        data.commission.name,
        [
            PlannedReturn(
                own[org.id],
                org.name,
                name,
                writer(org),
                shown_name_cy=org.name_cy,
            )
            for name, org in zip(names, orgs, strict=True)
        ],
        commission_cy=data.commission.name_cy,
    )


def _write_return(
    path: Path,
    data: domain.CommissionData,
    figures: domain.Figures,
    org: domain.Organisation,
    commitments: list[domain.Commitment],
    language: str = "en",
) -> None:
    import xlsxwriter  # heavy: only when a return is written

    if language == "cy":  # pledges and titles in Welsh; the figures, and the names the import reads, the same
        data = dataclasses.replace(welsh_pledges(data), commission=data.commission)
        welsh = {c.id: c for c in data.commitments}
        commitments = [welsh[c.id] for c in commitments]

    book = xlsxwriter.Workbook(
        str(path), {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False}
    )
    try:
        fmt = _Formats(book)
        book.set_properties(
            {
                "title": f"Update return for {org.name}",
                "subject": data.commission.name,
                "comments": "Fill in the Updates sheet and send the file back to the coordinator.",
            }
        )
        lines = instructions(language, org, data.commission, figures.as_of, len(commitments))
        _instructions(book.add_worksheet("Instructions"), fmt, lines)
        _commission_sheet(book.add_worksheet("Commission"), fmt, data)
        _commitments_sheet(book.add_worksheet("Commitments"), fmt, data, figures, commitments)
        updates = book.add_worksheet("Updates")
        _updates_sheet(updates, fmt, org, commitments, language)
        write_milestones_sheet(book, fmt, data, commitments)
        _return_sheet(book.add_worksheet(RETURN_SHEET), fmt, data, org, figures.as_of, language)
        updates.activate()
    finally:
        book.close()
