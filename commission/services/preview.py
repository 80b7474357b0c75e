"""What an import will change, before it changes it — for a full workbook and an update return alike.

    preview = preview_import(db, path)     # nothing is written; preview.lines() for the coordinator
    summary = import_file(db, path)        # the import itself, after they confirm

Both tell a return from a workbook the same way (by content: services.return_book), so a return can never
reach the workbook path, whatever its file extension. A preview runs the import itself inside a
transaction that is rolled back, so it cannot disagree with what the import then does: new rows (with
their refs), changed rows with the old and new words of each changed cell (pledges, dates, weights …),
what a return ignores, and the updates to add. A file with problems raises WorkbookError, as the import
would; the problems are the preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypedDict, Unpack

from commission import vocab
from commission.services import decidim, decidim_import, importer
from commission.services.importer import ImportSummary
from commission.services.return_book import recognise
from commission.services.return_import import ReturnSummary, import_return
from commission.storage.db import Database

SHOWN_REFS = 12  # new refs named per sheet; the rest are counted
SHOWN_CHANGES = 200  # changed cells shown in all
LONG = 140  # words of a long text shown before "…"


@dataclass
class ImportPreview:
    kind: str  # "return", "workbook" or "decidim" (a results CSV)
    source: str
    summary: ImportSummary | ReturnSummary

    @property
    def changes_anything(self) -> bool:
        s = self.summary
        if isinstance(s, ReturnSummary):
            return s.updates_added > 0
        return bool(s.updates_added or s.changes or any(s.created.values()) or any(s.changed.values()))

    def lines(self) -> list[str]:
        if isinstance(self.summary, ReturnSummary):
            return self.summary.lines()
        return workbook_lines(self.summary, self.source)


class ImportOptions(TypedDict, total=False):
    """How an import (or its preview) is asked for: into which commission, as of when, with what progress
    callback, and for a Decidim results CSV, which organisation made its commitments."""

    commission: str | None
    as_of: date | None
    progress: Any
    organisation: str | None


def preview_import(db: Database, path: str | Path, **options: Unpack[ImportOptions]) -> ImportPreview:
    """What importing `path` would do; nothing is written. Raises WorkbookError / UserError as the import would."""
    path = Path(path)
    kind, summary = _import(db, path, options, actor=None, dry_run=True)
    return ImportPreview(kind, path.name, summary)


def import_file(
    db: Database, path: str | Path, *, actor: str | None = None, **options: Unpack[ImportOptions]
) -> ImportSummary | ReturnSummary:
    """Import a workbook, an update return or a Decidim results CSV (told apart by content), all or nothing."""
    return _import(db, Path(path), options, actor=actor, dry_run=False)[1]


class _Run(TypedDict):
    """What every kind of import is told."""

    commission: str | None
    progress: Any
    actor: str | None
    dry_run: bool


def _import(
    db: Database, path: Path, options: ImportOptions, *, actor: str | None, dry_run: bool
) -> tuple[str, ImportSummary | ReturnSummary]:
    """The import `path`'s content calls for, or its dry run: what kind of file it is, and the summary."""
    run: _Run = {
        "commission": options.get("commission"),
        "progress": options.get("progress"),
        "actor": actor,
        "dry_run": dry_run,
    }
    as_of = options.get("as_of")
    if decidim.recognise(path):  # a Decidim results CSV: its child results need an organisation
        return "decidim", decidim_import.import_results(
            db, path, as_of=as_of, organisation=options.get("organisation"), **run
        )
    found = recognise(path)
    if found is not None:
        return "return", import_return(db, path, as_of=as_of, returned=found, **run)
    return "workbook", importer.import_workbook(db, path, **run)


def workbook_lines(s: ImportSummary, source: str) -> list[str]:
    out = [f"Importing {source} into '{s.commission}' would change (nothing is written until you confirm):"]
    by_sheet: dict[str, list[tuple]] = {}
    for change in s.changes:
        by_sheet.setdefault(change[0], []).append(change)
    shown = 0
    for sheet in sorted(set(s.created) | set(s.changed) | set(by_sheet)):
        new, changed = s.created[sheet], s.changed[sheet]
        if not (new or changed or by_sheet.get(sheet)):
            continue
        refs = s.new_refs.get(sheet, [])
        named = f" ({', '.join(refs[:SHOWN_REFS])}{', …' if len(refs) > SHOWN_REFS else ''})" if refs else ""
        out.append(
            "  Commission settings:" if sheet == "Commission" else f"  {sheet}: {new} new{named}, {changed} changed"
        )
        for _sheet, ref, column, old, new_value in by_sheet.get(sheet, []):
            if shown >= SHOWN_CHANGES:
                break
            out.append(f"    {ref} {column}: {words(old)} → {words(new_value)}")
            shown += 1
    if len(s.changes) > shown:
        out.append(f"    … and {len(s.changes) - shown} more changed cells")
    out.append(f"  Updates: {s.updates_added} to add, {s.updates_already_there} already there")
    if len(out) == 2 and not s.updates_added:
        out.append("  Nothing would change: the database already holds everything in this file.")
    return out


def words(value: object) -> str:
    """A cell's value as a coordinator reads it: UK dates, plain numbers, quoted text, '(blank)'."""
    if value is None or value == "":
        return "(blank)"
    if isinstance(value, date):
        return vocab.uk_date(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    text = " ".join(str(value).split())
    return f"“{text[:LONG]}{'…' if len(text) > LONG else ''}”"
