"""Decidim accountability results, both ways: actions are results, commitments their child results.

    export_results(db, "results.csv", as_of=day)       # an output for others: through commission.outward
    recognise(path)                                    # a results CSV (Decidim's or ours), told by its header
    read_results(path)                                 # its rows, cell by cell, as the file has them

services.decidim_import reads a results file in (`import_results`), all or nothing.

The columns are those Decidim writes: `Decidim::Accountability::ResultSerializer`
(decidim-accountability/lib/decidim/accountability/result_serializer.rb) flattened by
`Decidim::Exporters::CSV` (decidim-core/lib/decidim/exporters/csv.rb: nested keys joined with `/`, one
column per locale, `;` between cells by default), read back by Decidim's `ResultsCSVImporter`
(decidim-accountability/lib/decidim/accountability/results_csv_importer.rb: `id`, `parent/id`,
`title/<locale>`, `description/<locale>`, `start_date`, `end_date`, `status/id`, `progress`, …).
Commission adds `weight` and `external_id` (fields of Decidim's results too), `updated_at` (the date of
the latest counted update) and `organisation/ref`, `organisation/name/en` (Decidim has no organisation;
its importer passes over columns it does not know).

Progress and status come from the progress rules (`domain.evaluate`) as of a date; nothing is restated here.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from commission import domain, files, outward
from commission.cell_limits import MAX_TEXT
from commission.errors import UserError
from commission.services.queries import find_commission, load_commission_data
from commission.storage.db import Database
from commission.workbook.cells import csv_text

SEPARATOR = ";"  # Decidim.default_csv_col_sep
HEADER = (
    "id",
    "category/id",
    "category/name/en",
    "scope/id",
    "scope/name/en",
    "parent/id",
    "title/en",
    "title/cy",
    "description/en",
    "description/cy",
    "start_date",
    "end_date",
    "status/id",
    "status/key",
    "status/name/en",
    "progress",
    "created_at",
    "url",
    "component/id",
    "proposal_urls",
    "weight",
    "external_id",
    "updated_at",
    "organisation/ref",
    "organisation/name/en",
)
STATUS_KEYS = {
    "not started": "not_started",
    "in progress": "in_progress",
    "at risk": "at_risk",
    "stalled": "stalled",
    "done": "done",
    "dropped": "dropped",
}
MAX_FILE = 64 * 1024 * 1024
# A cell a spreadsheet would run: a DDE call (=cmd|'…'!A0), or = / + / - / @ before a function call.
_FORMULA = re.compile(r"^\s*(=|[+\-@]\s*[A-Za-z_][\w.]*\s*\(|[+\-@=].*\|)", re.DOTALL)


class OrganisationNeeded(UserError):
    """The file's child results have no organisation: the caller asks for one (or --organisation REF)."""


def welsh_fields(kind: str) -> dict[str, str]:
    """Decidim's Welsh columns and the Commission field holding each, for kind "action" or "commitment".

    The one seam for Welsh (SPEC, Bilingual content): export writes these columns from the fields, import
    reads them into them (the workbook columns of the same names). A commitment's pledge is both its title
    and its description, as in English; read back, the first of them that is filled in is the pledge.
    """
    if kind == "action":
        return {"title/cy": "title_cy", "description/cy": "description_cy"}
    return {"title/cy": "pledge_cy", "description/cy": "pledge_cy"}


# ------------------------------------------------------------------------------------------------- export


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.6g}"


def _text(value: object) -> str:
    """A text cell: cleaned, within a cell's limit, and shown as text by a spreadsheet (cells.csv_text)."""
    return csv_text(outward.clean(value)[:MAX_TEXT])


def _welsh(obj: object, kind: str, column: str) -> str:
    name = welsh_fields(kind).get(column)
    return _text(getattr(obj, name, "") or "") if name else ""


def results_rows(data: domain.CommissionData, as_of: date) -> list[dict[str, str]]:
    """One row per action agreed by `as_of`, then each of its commitments made by then, as Decidim's results."""
    figures = domain.evaluate(data, as_of)
    agreed = domain.agreed_on(data)
    orgs = {o.id: o for o in data.organisations}
    actions = [a for a in data.actions if a.id in figures.agreed_actions]
    ids = {a.id: n for n, a in enumerate(actions, start=1)}
    rows = []
    next_id = len(actions) + 1
    by_action: dict[int, list[domain.Commitment]] = {}
    for c in figures.counted(data.commitments):
        by_action.setdefault(c.action_id, []).append(c)
    for a in actions:
        rows.append(
            {
                "id": str(ids[a.id]),
                "title/en": _text(a.title),
                "title/cy": _welsh(a, "action", "title/cy"),
                # Decidim wants a description; an action without one gives its title (read back as none)
                "description/en": _text(a.description or a.title),
                "description/cy": _welsh(a, "action", "description/cy"),
                "start_date": day.isoformat() if (day := agreed.get(a.id)) else "",
                "progress": _number(round(figures.actions[a.id], 1)),
                "weight": "1",
                "external_id": _text(a.ref),
            }
        )
        for c in by_action.get(a.id, []):
            result = figures.commitments[c.id]
            org = orgs.get(c.organisation_id)
            rows.append(
                {
                    "id": str(next_id),
                    "parent/id": str(ids[a.id]),
                    "title/en": _text(c.pledge),
                    "title/cy": _welsh(c, "commitment", "title/cy"),
                    "description/en": _text(c.pledge),
                    "description/cy": _welsh(c, "commitment", "description/cy"),
                    "start_date": c.made_on.isoformat() if c.made_on else "",
                    "end_date": c.due.isoformat() if c.due else "",
                    "status/key": STATUS_KEYS[result.latest_status],
                    "status/name/en": result.latest_status,
                    "progress": _number(result.progress),
                    "weight": _number(c.weight),
                    "external_id": _text(c.ref),
                    "updated_at": result.latest_update.isoformat() if result.latest_update else "",
                    "organisation/ref": _text(org.ref if org else ""),
                    "organisation/name/en": _text(org.name if org else ""),
                }
            )
            next_id += 1
    return [{column: row.get(column, "") for column in HEADER} for row in rows]


def export_results(
    db: Database, out: str | Path, *, commission: str | None = None, as_of: date
) -> tuple[Path, list[outward.Place]]:
    """Write the results CSV; return it and the places where a first name or surname was left (to check)."""
    info = find_commission(db, commission)
    gate = outward.for_others(domain.existing(load_commission_data(db, info.id), as_of), as_of)
    rows = results_rows(gate.data, as_of)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=HEADER, delimiter=SEPARATOR, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    out = Path(out)
    with files.atomic_file(out, what="the Decidim results") as temp:
        temp.write_text(buffer.getvalue(), encoding="utf-8-sig")
    return out, gate.places_in(gate.data)


# ------------------------------------------------------------------------------------------------ reading


@dataclass
class ResultsFile:
    source: str
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (row number as a spreadsheet shows it, column -> raw cell)


def _decode(raw: bytes) -> str | None:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    return None


def _separator(first_line: str) -> str:
    return max((";", ",", "\t"), key=first_line.count)


def _looks_like_results(header: list[str]) -> bool:
    names = {h.strip().lower() for h in header}
    return "id" in names and "parent/id" in names and any(n.startswith("title/") for n in names)


def recognise(path: str | Path) -> bool:
    """Whether `path` is a results CSV (Decidim's or Commission's): its header has id, parent/id and title/…."""
    head = files.head_of(Path(path), 8192)
    text = _decode(head) if head is not None and head[:2] not in (b"PK", b"\xd0\xcf") else None
    if not text:
        return False
    first = text.splitlines()[0] if text.splitlines() else ""
    try:
        header = next(csv.reader([first], delimiter=_separator(first)))
    except (csv.Error, StopIteration):
        return False
    return _looks_like_results(header)


def read_results(path: str | Path) -> ResultsFile:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise UserError(f"{path.name} is {size // (1024 * 1024)} MB: too big to be a results export.")
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {path.name}: {exc.strerror}.") from exc
    text = _decode(raw)
    if text is None:
        raise UserError(f"{path.name} is not UTF-8 text, so it cannot be read as a Decidim results export.")
    lines = text.splitlines()
    separator = _separator(lines[0] if lines else "")
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE))  # a huge cell is a problem, not a crash
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    except csv.Error as exc:
        raise UserError(f"{path.name} cannot be read as CSV ({exc}).") from exc
    if not records or not _looks_like_results(records[0]):
        raise UserError(f"{path.name} is not a Decidim results export (it needs id, parent/id and title columns).")
    header = [h.strip().lower() for h in records[0]]
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        rows.append((number, {h: (record[i] if i < len(record) else "") for i, h in enumerate(header) if h}))
    return ResultsFile(path.name, header, rows)
