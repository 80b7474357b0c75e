"""Milestones in an update return: the organisation's own steps listed, and it may mark them done.

The sheet lists each of the organisation's milestones (commitment, title and due date greyed, locked) with
a done_on cell to fill in. Reading it back only ever sets done_on on a milestone that is the organisation's
own and already recorded: a new title, another organisation's milestone or an edited due date is listed
as ignored; a done_on left blank never clears one already recorded.
"""

from __future__ import annotations

from typing import Any  # XlsxWriter's book and formats (it has no type hints)

import pandas as pd

from commission import domain, vocab
from commission.workbook import Problem

SHEET = "Milestones"
COLUMNS = ("commitment_ref", "title", "due", "done_on")


def write_milestones_sheet(
    book: Any, fmt: Any, data: domain.CommissionData, commitments: list[domain.Commitment]
) -> None:
    """A Milestones sheet after the Updates sheet (only when the organisation has milestones)."""
    ref_of = {c.id: c.ref for c in commitments}
    rows = [
        ms
        for c in commitments
        for ms in sorted(
            data.milestones_by_commitment.get(c.id, []), key=lambda ms: (ms.due is None, ms.due or ms.title, ms.title)
        )
    ]
    if not rows:
        return
    sheet = book.add_worksheet(SHEET)
    widths = {"commitment_ref": 16, "title": 60, "due": 12, "done_on": 14}
    for col, name in enumerate(COLUMNS):
        sheet.write_string(0, col, name, fmt.header_input if name == "done_on" else fmt.header)
        sheet.set_column(col, col, widths[name])
    for r, ms in enumerate(rows, start=1):
        sheet.write_string(r, 0, ref_of[ms.commitment_id], fmt.grey)
        sheet.write_string(r, 1, ms.title, fmt.grey_wrap)
        sheet.write_string(r, 2, ms.due.isoformat() if ms.due else "", fmt.grey)
        if ms.done_on:
            sheet.write_string(r, 3, ms.done_on.isoformat(), fmt.input)
        else:
            sheet.write_blank(r, 3, None, fmt.input_date)
    sheet.data_validation(
        1,
        3,
        len(rows),
        3,
        {
            "validate": "date",
            "criteria": ">",
            "value": pd.Timestamp("2000-01-01").to_pydatetime(),
            "input_title": "Done on",
            "input_message": "The day this step was done (YYYY-MM-DD); leave blank if not yet.",
        },
    )
    sheet.freeze_panes(1, 2)
    sheet.protect(
        "", {"select_locked_cells": True, "select_unlocked_cells": True, "format_columns": True, "format_rows": True}
    )


def milestones_from_return(
    frames: dict[str, pd.DataFrame], data: domain.CommissionData, org: domain.Organisation, warnings: list[str]
) -> tuple[pd.DataFrame | None, list[Problem]]:
    """The rows to import (commitment_ref, title, done_on) from a return's Milestones sheet, if any."""
    sheet = frames.get(SHEET)
    if sheet is None or "done_on" not in sheet.columns:
        return None, []
    missing = [c for c in ("commitment_ref", "title") if c not in sheet.columns]
    if missing:
        return None, [Problem(SHEET, 1, c, "missing required column") for c in missing]
    mine = {c.id: c.ref for c in data.commitments if c.organisation_id == org.id}
    recorded = {(mine[ms.commitment_id], ms.title): ms for ms in data.milestones if ms.commitment_id in mine}
    filled = sheet[sheet["done_on"] != ""]
    keep: list[int] = []
    ignored: list[str] = []
    problems: list[Problem] = []
    for row, record in zip(filled.index, filled.to_dict("records"), strict=True):
        ms = recorded.get((record["commitment_ref"], record["title"]))
        if ms is None:
            ignored.append(f"row {row} ({record['commitment_ref']} '{record['title'][:60]}')")
            continue
        if ms.done_on is not None and vocab.parse_date(record["done_on"]) == ms.done_on:
            continue  # as sent: already recorded
        keep.append(row)
        if "due" in record and record["due"] not in ("", ms.due.isoformat() if ms.due else ""):
            warnings.append(
                f"{record['commitment_ref']} '{ms.title}': its due date stays as recorded "
                f"({ms.due.isoformat() if ms.due else 'none'}); only the coordinator changes it"
            )
    if ignored:
        warnings.append(
            "milestones that are not this organisation's own, or not recorded, were ignored: " + ", ".join(ignored)
        )
    if not keep:
        return None, problems
    return filled.loc[keep, ["commitment_ref", "title", "done_on"]].copy(), problems
