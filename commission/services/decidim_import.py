"""Decidim results read in: results as actions, child results as commitments, through the workbook import.

    import_results(db, path, organisation="council")   # all or nothing, through the workbook import

The file is read as Decidim writes it (services.decidim: its columns, recognising and reading the CSV); here
its rows become workbook sheets, so the workbook import checks and writes them, and every problem is put back
into the file's own words (its rows and columns).
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from pathlib import Path

import pandas as pd
from sqlalchemy import select

from commission import outward
from commission.cell_limits import MAX_TEXT
from commission.errors import UserError, WorkbookError
from commission.services import importer
from commission.services.decidim import (
    _FORMULA,
    OrganisationNeeded,
    ResultsFile,
    _number,
    read_results,
    welsh_fields,
)
from commission.services.importer import ImportSummary
from commission.services.queries import find_commission, list_commissions
from commission.storage import models as m
from commission.storage.db import Database
from commission.workbook.cells import from_csv_text
from commission.workbook.validate import Problem

# Keys other Decidim installations use for their own statuses (each component defines its own), read as meant.
OTHER_KEYS = {
    "planned": "not started",
    "pending": "not started",
    "not_started": "not started",
    "notstarted": "not started",
    "started": "in progress",
    "ongoing": "in progress",
    "in_execution": "in progress",
    "execution": "in progress",
    "executing": "in progress",
    "in_progress": "in progress",
    "finished": "done",
    "completed": "done",
    "complete": "done",
    "executed": "done",
    "done": "done",
    "cancelled": "dropped",
    "canceled": "dropped",
    "discarded": "dropped",
    "rejected": "dropped",
    "at_risk": "at risk",
    "delayed": "at risk",
    "stalled": "stalled",
    "paused": "stalled",
    "dropped": "dropped",
}
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<\s*(br|/p|/li|/h\d)\s*/?>", re.IGNORECASE)


def _plain(text: str) -> str:
    """Decidim's descriptions are HTML: the words, with paragraphs as line breaks."""
    if "<" not in text and "&" not in text:
        return text
    return html.unescape(_TAG.sub("", _BREAK.sub("\n", text))).strip()


def _date(text: str) -> str | None:
    """ISO date, or a Decidim timestamp's date part; None when it is not a date."""
    text = text.strip()
    if not text:
        return ""
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        try:
            return datetime.strptime(text, "%d/%m/%Y").date().isoformat()
        except ValueError:
            return None


def _localised(row: dict[str, str], field: str) -> str:
    """`field/en`, else the first other locale that has words (Decidim's default locale may be any)."""
    if row.get(f"{field}/en", "").strip():
        return row[f"{field}/en"]
    for column, value in row.items():
        if column.startswith(f"{field}/") and column.count("/") == 1 and value.strip():
            return value
    return ""


def _status(key: str, progress: float | None) -> str:
    key = key.strip().lower().replace(" ", "_").replace("-", "_")
    if key in OTHER_KEYS:
        return OTHER_KEYS[key]
    if progress is None or progress <= 0:
        return "not started"
    return "done" if progress >= 100 else "in progress"


def _check_cells(results: ResultsFile) -> tuple[list[tuple[int, dict[str, str]]], list[Problem]]:
    problems, rows = [], []
    for number, row in results.rows:
        clean = {}
        for column, cell in row.items():
            if len(cell) > MAX_TEXT:
                problems.append(
                    Problem(
                        results.source,
                        number,
                        column,
                        f"holds {len(cell):,} characters; a cell holds at most {MAX_TEXT:,}",
                    )
                )
                cell = ""
            elif _FORMULA.match(cell):
                problems.append(
                    Problem(results.source, number, column, "looks like a spreadsheet formula: type the value instead")
                )
                cell = ""
            clean[column] = outward.clean(from_csv_text(cell), keep_direction=True).strip()
        rows.append((number, clean))
    return rows, problems


def _organisation_refs(db: Database, commission_id: int | None) -> dict[str, str]:
    """The organisations' refs by their lower case, and by the form the export wrote (`outward.clean`, without
    bidirectional controls) when no other ref has that form."""
    if commission_id is None:
        return {}
    with db.session() as s:
        found = s.scalars(select(m.Organisation.ref).where(m.Organisation.commission_id == commission_id)).all()
    known = {ref.lower(): ref for ref in found}
    for written, ref in _as_written(found).items():
        if ref is not None:
            known.setdefault(written.lower(), ref)
    return known


def _as_written(refs) -> dict[str, str | None]:
    """The refs the export changed (`outward.clean` drops their bidirectional controls, which would turn the
    text after them backwards for whoever reads the file), by the form it wrote; None where that form is
    another ref or what two refs became (the file cannot say which it means)."""
    refs = set(refs)
    written: dict[str, str | None] = {}
    for ref in sorted(refs):
        form = outward.clean(ref)
        if form != ref:
            written[form] = None if form in written or form in refs else ref
    return written


def _stored_refs(db: Database, commission_id: int | None) -> dict[str, dict[str, str | None]]:
    """For actions ("") and commitments ("child"): the refs the export wrote otherwise than they are stored
    (`_as_written`), so a result coming back is matched to its record."""
    if commission_id is None:
        return {"": {}, "child": {}}
    with db.session() as s:
        actions = s.scalars(select(m.Action.ref).where(m.Action.commission_id == commission_id)).all()
        commitments = s.scalars(select(m.Commitment.ref).where(m.Commitment.commission_id == commission_id)).all()
    return {"": _as_written(actions), "child": _as_written(commitments)}


def _commission(db: Database, name: str | None, source: str) -> tuple[str, int | None]:
    if name:
        for c in list_commissions(db):
            if c.name == name or c.name.lower() == name.strip().lower():
                return c.name, c.id
        return name.strip(), None  # a new commission of that name (as a workbook import makes one)
    if not list_commissions(db):
        raise UserError(f"{source} names no commission: say which to import into with --commission NAME.")
    info = find_commission(db, None)
    return info.name, info.id


FIELD_COLUMNS = {  # workbook column -> the results column it came from, for problems in the file's own words
    "ref": "external_id",
    "title": "title/en",
    "description": "description/en",
    "pledge": "title/en",
    "made_on": "start_date",
    "due": "end_date",
    "weight": "weight",
    "action_ref": "parent/id",
    "organisation_ref": "organisation/ref",
    "date": "updated_at",
    "status": "status/key",
    "progress": "progress",
    "name": "organisation/name/en",
}


def results_frames(
    results: ResultsFile,
    *,
    organisation: str | None,
    known_orgs: dict[str, str],
    as_of: date,
    stored_refs: dict[str, dict[str, str | None]] | None = None,
) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """The file as workbook sheets (Actions, Commitments, Updates, new Organisations), indexed by its row
    numbers, so the workbook import checks and writes it; and the problems found in the file itself (its rows
    with them are left out of the sheets, or their cells left empty). `stored_refs` (`_stored_refs`): the refs
    the export wrote without their bidirectional controls, matched back to the records they came from."""
    rows, problems = _check_cells(results)
    first, parent_of, refs = _ids(rows, results.source, problems, stored_refs or {})
    actions: list[tuple[int, dict]] = []
    commitments: list[tuple[int, dict]] = []
    updates: list[tuple[int, dict]] = []
    new_orgs: dict[str, tuple[int, str]] = {}
    for number, row in rows:
        rid, parent = row.get("id", ""), row.get("parent/id", "")
        if first.get(rid) != number:
            continue
        title = _localised(row, "title")
        description = _plain(_localised(row, "description"))
        if not title and not any(p.row == number and p.column.startswith("title/") for p in problems):
            problems.append(Problem(results.source, number, "title/en", "is empty: every result needs a title"))
        dates = _dates(row, number, results.source, problems)
        progress = _progress(row, number, results.source, problems)
        welsh = welsh_fields("action" if not parent else "commitment")
        extra: dict[str, str] = {}
        for column, name in welsh.items():
            extra[name] = extra.get(name) or row.get(column, "")
        if not parent:
            actions.append(
                (
                    number,
                    {
                        "ref": refs[rid],
                        "title": title,
                        "description": "" if description == title else description,
                        **extra,
                    },
                )
            )
            continue
        wrong_parent = _parent_problem(parent, parent_of, number, results.source)
        if wrong_parent is not None:
            problems.append(wrong_parent)
            continue
        org = row.get("organisation/ref", "") or (organisation or "")
        if not org:
            raise OrganisationNeeded(
                f"{results.source} does not say which organisation made its commitments: "
                "choose one (--organisation REF)."
            )
        org = known_orgs.get(org.lower(), org)
        if org.lower() not in known_orgs and org not in new_orgs:
            new_orgs[org] = (number, row.get("organisation/name/en", "") or org)
        commitments.append(
            (
                number,
                {
                    "ref": refs[rid],
                    "action_ref": refs[parent],
                    "organisation_ref": org,
                    "pledge": title if title else description,
                    "made_on": dates["start_date"] or "",
                    "due": dates["end_date"] or "",
                    "weight": row.get("weight", ""),
                    **extra,
                },
            )
        )
        status = _status(row.get("status/key", ""), progress)
        if dates["updated_at"] or status != "not started" or progress:
            updates.append(
                (
                    number,
                    {
                        "commitment_ref": refs[rid],
                        "date": dates["updated_at"] or as_of.isoformat(),
                        "status": status,
                        "progress": "" if progress is None else _number(progress),
                        "note": "",
                        "reported_by": "",
                    },
                )
            )
    return _frames(actions, commitments, updates, new_orgs), problems


def _ids(
    rows: list[tuple[int, dict[str, str]]],
    source: str,
    problems: list[Problem],
    stored_refs: dict[str, dict[str, str | None]],
) -> tuple[dict[str, int], dict[str, str], dict[str, str]]:
    """Each result's first row and parent, by id, and the ref it is imported under (a stored ref the export
    wrote without its bidirectional controls is that ref again); id and ref problems noted."""
    first: dict[str, int] = {}
    parent_of: dict[str, str] = {}
    for number, row in rows:
        rid = row.get("id", "")
        if not rid:
            problems.append(Problem(source, number, "id", "is empty: every result needs its id"))
        elif rid in first:
            problems.append(Problem(source, number, "id", f"duplicate id {rid} (also on row {first[rid]})"))
        else:
            first[rid] = number
            parent_of[rid] = row.get("parent/id", "")
    refs = {}
    for number, row in rows:
        rid = row.get("id", "")
        if first.get(rid) != number:
            continue
        ref = row.get("external_id") or f"decidim-{rid}"
        written = stored_refs.get("child" if parent_of[rid] else "", {})
        if ref in written and written[ref] is None:
            noun = "commitment" if parent_of[rid] else "action"
            problems.append(
                Problem(
                    source,
                    number,
                    "external_id",
                    f"{ref} could be more than one {noun} (their refs differ only by hidden direction "
                    "characters): give each a plain ref in Commission and export again",
                )
            )
        refs[rid] = written.get(ref) or ref
    return first, parent_of, refs


def _dates(row: dict[str, str], number: int, source: str, problems: list[Problem]) -> dict[str, str | None]:
    dates = {}
    for column in ("start_date", "end_date", "updated_at"):
        dates[column] = _date(row.get(column, ""))
        if dates[column] is None:
            problems.append(Problem(source, number, column, f"'{row[column][:40]}' is not a date (use YYYY-MM-DD)"))
    return dates


def _progress(row: dict[str, str], number: int, source: str, problems: list[Problem]) -> float | None:
    if not row.get("progress", ""):
        return None
    try:
        progress: float | None = float(row["progress"].rstrip("%").replace(",", "."))
    except ValueError:
        progress = None
    if progress is None or not 0 <= progress <= 100:
        problems.append(
            Problem(source, number, "progress", f"'{row['progress'][:40]}' is not a progress from 0 to 100")
        )
        return None
    return progress


def _parent_problem(parent: str, parent_of: dict[str, str], number: int, source: str) -> Problem | None:
    """A child result must name a top-level result of the file (an action) as its parent."""
    if parent not in parent_of:
        return Problem(source, number, "parent/id", f"{parent} is not the id of a result in this file")
    if parent_of[parent]:
        return Problem(
            source,
            number,
            "parent/id",
            f"{parent} is itself a child result: only results and their child results "
            "(actions and commitments) can be imported",
        )
    return None


def _frames(
    actions: list[tuple[int, dict]],
    commitments: list[tuple[int, dict]],
    updates: list[tuple[int, dict]],
    new_orgs: dict[str, tuple[int, str]],
) -> dict[str, pd.DataFrame]:
    def frame(items: list[tuple[int, dict]], columns: tuple[str, ...]) -> pd.DataFrame:
        return pd.DataFrame(
            [[d.get(c, "") for c in columns] for _n, d in items],
            columns=list(columns),
            index=[n for n, _d in items],
            dtype=object,
        )

    frames = {
        "Actions": frame(actions, ("ref", "title", "description", *welsh_fields("action").values())),
        "Commitments": frame(
            commitments,
            (
                "ref",
                "action_ref",
                "organisation_ref",
                "pledge",
                "made_on",
                "due",
                "weight",
                *dict.fromkeys(welsh_fields("commitment").values()),
            ),
        ),
        "Updates": frame(updates, ("commitment_ref", "date", "status", "progress", "note", "reported_by")),
    }
    if new_orgs:
        frames["Organisations"] = frame(
            [(n, {"ref": ref, "name": name}) for ref, (n, name) in new_orgs.items()], ("ref", "name")
        )
    return frames


def import_results(
    db: Database,
    path: str | Path,
    *,
    commission: str | None = None,
    organisation: str | None = None,
    as_of: date | None = None,
    progress=None,
    actor: str | None = None,
    dry_run: bool = False,
) -> ImportSummary:
    """Import a results CSV: results as actions, child results as commitments (with their status and progress
    as one update each), all or nothing, through the workbook import (the same checks, preview and audit)."""
    path = Path(path)
    results = read_results(path)
    name, commission_id = _commission(db, commission, results.source)
    frames, problems = results_frames(
        results,
        organisation=organisation,
        known_orgs=_organisation_refs(db, commission_id),
        as_of=as_of or date.today(),
        stored_refs=_stored_refs(db, commission_id),
    )
    # the workbook import needs the Commission sheet; its name alone changes nothing (or makes a new one)
    frames["Commission"] = pd.DataFrame([["name", name]], columns=["key", "value"], index=[1], dtype=object)
    try:
        # with problems found already, a dry run still finds the rest: every problem is listed at once
        summary = importer.import_frames(
            db,
            frames,
            source=results.source,
            actor=actor,
            commission=name,
            progress=progress,
            dry_run=dry_run or bool(problems),
        )
    except WorkbookError as exc:  # the workbook's words (sheet, column) put back into the file's own
        seen = {(p.row, p.column) for p in problems}
        for p in exc.problems:
            if isinstance(p, Problem):
                q = Problem(results.source, p.row, FIELD_COLUMNS.get(p.column, p.column), p.reason)
                if (q.row, q.column) not in seen:
                    problems.append(q)
        raise importer.refused_by_row(results.source, problems) from exc
    if problems:
        raise importer.refused_by_row(results.source, problems)
    summary.not_in_file = []  # a results file is never a whole workbook: nothing else is touched
    return summary
