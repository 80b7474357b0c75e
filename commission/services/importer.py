"""Import a workbook or update return: all or nothing, upserting by ref, in bulk.

The whole file is read and checked before the first write; the writes then happen in one
transaction, a few multi-row statements per sheet, so an error at any point leaves the database
exactly as it was.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session as DbSession

from commission.collector import collector_paused
from commission.errors import UserError, WorkbookError
from commission.kinds import KINDS, Field, of_sheet, ref_kinds
from commission.services import audit, backup_sheets
from commission.services.import_sheets import SheetWrites, _differs, _plain, _table
from commission.sheets import WORKBOOK_SHEETS
from commission.storage import bulk, locks, search_index
from commission.storage import models as m
from commission.storage import models_value as mv
from commission.storage.db import Database
from commission.workbook import Plan, read_workbook, validate
from commission.workbook.validate import Existing

log = logging.getLogger(__name__)

Progress = Callable[[float], None]


@dataclass
class ImportSummary:
    commission: str
    commission_id: int = 0
    created: Counter = field(default_factory=Counter)
    changed: Counter = field(default_factory=Counter)
    updates_added: int = 0
    updates_already_there: int = 0
    # For a preview (services.preview): refs of new rows, and (sheet, ref, column, old, new) per change.
    new_refs: dict[str, list[str]] = field(default_factory=dict)
    changes: list[tuple[str, str, str, object, object]] = field(default_factory=list)
    dry_run: bool = False
    not_in_file: list[str] = field(default_factory=list)  # sheets the file lacked: left as they were

    def lines(self) -> list[str]:
        out = [f"Imported into '{self.commission}'."]
        for sheet in sorted(set(self.created) | set(self.changed)):
            out.append(f"  {sheet}: {self.created[sheet]} new, {self.changed[sheet]} changed")
        out.append(f"  Updates: {self.updates_added} added, {self.updates_already_there} already there")
        if self.not_in_file:
            out.append(f"  Not in the file (left as they were): {', '.join(self.not_in_file)}")
        return out


def import_workbook(
    db: Database,
    path: str | Path,
    *,
    actor: str | None = None,
    commission: str | None = None,
    progress: Progress | None = None,
    passphrase: str | None = None,
    dry_run: bool = False,
) -> ImportSummary:
    """Read, check and import a workbook. Raises WorkbookError (with every problem) or UserError.

    A passphrase-protected .xlsx (an export of an encrypted database) opens with `passphrase`,
    by default the database's own.
    """
    path = Path(path)
    if passphrase is None and db.encrypted:
        passphrase = db.engine.url.password
    with collector_paused():  # the read's cells live until the import's end: no cycles to look for among them
        frames = read_workbook(path, passphrase=passphrase)
        if progress:
            progress(0.3)
        return import_frames(
            db, frames, source=path.name, actor=actor, commission=commission, progress=progress, dry_run=dry_run
        )


def import_frames(
    db: Database,
    frames: dict[str, pd.DataFrame],
    *,
    source: str,
    actor: str | None = None,
    commission: str | None = None,
    progress: Progress | None = None,
    dry_run: bool = False,
    after=None,
) -> ImportSummary:
    """Check and import sheets already read (text cells, index = spreadsheet row numbers).

    With `dry_run` every write is made and then rolled back: the summary (with its new refs and
    changes) is what the import would do, and the database is left exactly as it was. `after(session)`,
    when given, runs last inside the import's transaction (and is rolled back with it).
    """
    actor = actor or audit.default_actor()
    step = progress or (lambda _fraction: None)
    name = _commission_name(frames, commission)
    try:
        with collector_paused(), db.transaction() as s:
            if name is None and "Commission" not in frames:  # SPEC: not needed with one commission in the database
                only = s.scalars(select(m.Commission.name).limit(2)).all()
                name = only[0] if len(only) == 1 else None
            locks.import_lock(s, name)  # two imports of one commission at once: the second waits, then adds 0
            row = s.scalars(select(m.Commission).where(m.Commission.name == name)).first() if name else None
            plan, problems = validate(frames, _existing(s, row.id) if row else Existing(limits=column_limits()))
            if problems:
                log.info("Import refused: %d problem(s); nothing written", len(problems))  # counts, never cells
                raise refused(source, problems)
            step(0.5)
            assert plan is not None  # validate gives a plan whenever it finds no problem
            with bulk.roomy_cache(s.connection()):  # every write of the import, up to its commit
                summary = _apply(s, plan, row, actor, source, step, name=commission)
                summary.not_in_file = [sheet.name for sheet in WORKBOOK_SHEETS if sheet.name not in frames]
                if after is not None and not dry_run:
                    after(s)
            if dry_run:
                summary.dry_run = True
                raise _DryRun(summary)
    except _DryRun as done:
        return done.summary
    except SQLAlchemyError as exc:
        if locks.is_busy(exc):
            raise UserError(
                f"{source} was not imported: another import or edit is writing to this database. "
                "Try again when it has finished; nothing was changed."
            ) from exc
        raise UserError(
            f"{source} was not imported: the database refused it ({_first_line(exc)}). Nothing was changed."
        ) from exc
    step(1.0)
    log.info(
        "Imported into commission %d: created %s, changed %s, %d update(s) added, %d already there",
        summary.commission_id,
        dict(summary.created),
        dict(summary.changed),
        summary.updates_added,
        summary.updates_already_there,
    )
    return summary


def refused(source: str, problems: list) -> WorkbookError:
    """Why `source` was not imported: every problem to put right first (nothing was changed)."""
    return WorkbookError(
        f"{source} was not imported: {len(problems)} problem{'s' if len(problems) != 1 else ''} "
        "to put right first (nothing was changed).",
        problems,
    )


def refused_by_row(source: str, problems: list) -> WorkbookError:
    """The same for a file read as one table (a results CSV, a pledges sheet): its problems row by row."""
    return refused(source, sorted(problems, key=lambda p: (p.row or 0, p.column)))


class _DryRun(Exception):  # not an error: it carries a dry run's summary out of the rollback
    def __init__(self, summary: ImportSummary):
        super().__init__("dry run")
        self.summary = summary


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def _commission_name(frames: dict[str, pd.DataFrame], override: str | None) -> str | None:
    if override:
        return override
    sheet = frames.get("Commission")
    if sheet is None or "key" not in sheet.columns or "value" not in sheet.columns:
        return None
    names = sheet.loc[sheet["key"].str.lower() == "name", "value"]
    return names.iloc[0] if len(names) else None


def _existing(s: DbSession, commission_id: int) -> Existing:
    refs = {}
    for kind in ref_kinds():
        table = kind.model.__table__
        refs[kind.sheet] = set(s.scalars(select(table.c.ref).where(table.c.commission_id == commission_id)))
    themes = _table(m.Theme)
    parent = themes.alias("parent")
    parents = dict(
        s.execute(
            select(themes.c.ref, parent.c.ref)
            .join(parent, parent.c.id == themes.c.parent_id)
            .where(themes.c.commission_id == commission_id)
        ).all()
    )
    refs["Review rounds"] = set(
        s.scalars(select(m.ReviewRound.ref).where(m.ReviewRound.commission_id == commission_id))
    )
    from commission.services.import_value import custom_frameworks

    return Existing(
        refs=refs,
        theme_parents=parents,
        limits=column_limits(),
        frameworks=custom_frameworks(s, commission_id),
        known=True,
    )


def column_limits() -> dict[str, dict[str, int]]:
    """The most characters each workbook column's database field holds (String(n) fields only)."""

    def length(column) -> int:
        return getattr(column.type, "length", None) or 0

    limits: dict[str, dict[str, int]] = {
        "Commission": {key: length(_table(m.Commission).c[key]) for key in ("name", "area", "name_cy")}
    }
    for kind in ref_kinds():
        table = kind.model.__table__
        columns = {f.column: f.attr for f in _plain(kind)}
        limits[kind.sheet] = {col: n for col, f in columns.items() if (n := length(table.c[f]))}
    limits["Updates"] = {"reported_by": length(_table(m.Update).c.reported_by)}  # note_cy: a cell's limit
    limits["Review rounds"] = {"ref": length(_table(m.ReviewRound).c.ref)}
    limits["Milestones"] = {"title": length(_table(m.Milestone).c.title)}
    value, frameworks, areas = _table(mv.Outcome).c, _table(mv.Framework).c, _table(mv.FrameworkArea).c
    limits["Value"] = {"outcome": length(value.outcome), "stakeholder": length(value.stakeholder)}
    limits["Frameworks"] = {
        "framework": length(frameworks.key),
        "framework_name": length(frameworks.name),
        "framework_name_cy": length(frameworks.name_cy),
        "area": length(areas.key),
        "label": length(areas.label),
        "label_cy": length(areas.label_cy),
    }
    return limits


class _Import(SheetWrites):
    """One import's writes, sheet by sheet in dependency order, with ref → id maps as they grow."""

    def __init__(self, s: DbSession, commission_id: int, actor: str, source: str):
        self.s, self.cid, self.actor, self.source = s, commission_id, actor, source
        self.ids: dict[str, dict[str, int]] = {}
        self.audit: list[dict] = []
        self.summary = ImportSummary(commission="", commission_id=commission_id)
        self.history: pd.DataFrame | None = None  # the Consents sheet, when the file has one
        self.history_done = False

    def ref_ids(self, sheet: str) -> dict[str, int]:
        if sheet not in self.ids:
            table = of_sheet(sheet).model.__table__
            self.ids[sheet] = dict(
                self.s.execute(select(table.c.ref, table.c.id).where(table.c.commission_id == self.cid)).all()
            )
        return self.ids[sheet]

    def resolve(self, sheet: str, ref: str) -> int | None:
        return self.ref_ids(sheet)[ref] if ref else None

    def upsert(self, sheet: str, frame: pd.DataFrame) -> None:
        kind = of_sheet(sheet)
        table = kind.model.__table__
        deferred = {"parent_ref"} if sheet == "Themes" else set()
        by_column = {
            f.column: f
            for f in kind.fields
            if f.column in frame.columns
            and f.column not in deferred
            and f.column != "ref"
            and (f.type == "ref" or f in _plain(kind))
        }
        fields = {c: f.attr for c, f in by_column.items()}

        existing_rows = {
            r["ref"]: r for r in self.s.execute(select(table).where(table.c.commission_id == self.cid)).mappings()
        }
        new_rows, changed = [], []
        records = frame.to_dict("records")
        for record in records:
            values = {f.attr: self._value(f, record[c]) for c, f in by_column.items()}
            old = existing_rows.get(record["ref"])
            if old is None:
                for declared in kind.fields:
                    if declared.has_default and declared.column not in frame.columns:
                        values[declared.attr] = declared.empty
                new_rows.append({"commission_id": self.cid, "ref": record["ref"], **values})
            else:
                diff = {f: v for f, v in values.items() if _differs(old[f], v)}
                if diff:
                    changed.append((old, diff))
                    for f, v in diff.items():
                        self.audited("edit", kind.name, old["id"], ref=old["ref"], field=f, old=old[f], new=v)
        if new_rows:
            self.s.execute(insert(table), new_rows)
            self.ids.pop(sheet, None)
            self.summary.new_refs.setdefault(sheet, []).extend(r["ref"] for r in new_rows)
        self._note_changes(sheet, by_column, fields, changed)
        for old, diff in changed:
            self.s.execute(update(table).where(table.c.id == old["id"]).values(**diff, version=table.c.version + 1))
        self.summary.created[sheet] += len(new_rows)
        self.summary.changed[sheet] += len(changed)
        ids = self.ref_ids(sheet)
        if deferred & set(frame.columns):
            self._parents(frame, existing_rows)
        for linked in kind.fields:
            if linked.type == "refs" and linked.column in frame.columns:
                self._replace_links(linked, [(ids[r["ref"]], r[linked.column]) for r in records], existing_rows)
        if sheet == "Members":
            self.consent_history()
            self._consents(frame, ids)

    def _note_changes(self, sheet: str, by_column: dict[str, Field], fields: dict[str, str], changed: list) -> None:
        """Each changed cell in the workbook's own words: column names, and refs rather than ids."""
        column_of = {f: c for c, f in fields.items()}
        refs_of: dict[str, dict[int, str]] = {}
        for old, diff in changed:
            for f, new in diff.items():
                column = column_of.get(f, f)
                declared = by_column.get(column)
                was = old[f]
                if declared is not None and declared.type == "ref":
                    target = KINDS[declared.target].sheet
                    if target not in refs_of:
                        refs_of[target] = {i: r for r, i in self.ref_ids(target).items()}
                    refs = refs_of[target]
                    was, new = refs.get(was, was), refs.get(new, new)
                self.summary.changes.append((sheet, old["ref"], column, was, new))

    def _value(self, f: Field, value: object) -> object:
        if f.type == "ref":
            return self.resolve(KINDS[f.target].sheet, value)  # type: ignore[arg-type]
        if value is None or (isinstance(value, str) and value == ""):
            return f.empty
        return value

    def _parents(self, frame: pd.DataFrame, existing_rows: dict) -> None:
        ids = self.ref_ids("Themes")
        for ref, parent_ref in zip(frame["ref"], frame["parent_ref"], strict=True):
            parent_id = ids[parent_ref] if parent_ref else None
            old = existing_rows.get(ref)
            if old is not None and old["parent_id"] == parent_id:
                continue
            if old is None and parent_id is None:
                continue
            table = _table(m.Theme)
            self.s.execute(update(table).where(table.c.id == ids[ref]).values(parent_id=parent_id))
            if old is not None:
                self.audited("edit", "theme", ids[ref], ref=ref, field="parent_id", old=old["parent_id"], new=parent_id)

    def _replace_links(self, link: Field, pairs: list[tuple[int, list[str]]], existing_rows: dict) -> None:
        table = _table(getattr(m, link.link[0]))
        own, other = link.link[1], link.link[2]
        owners = [owner for owner, _ in pairs]
        current: dict[int, set[int]] = defaultdict(set)
        if existing_rows:
            for a, b in self.s.execute(select(table.c[own], table.c[other]).where(table.c[own].in_(owners))):
                current[a].add(b)
        target = self.ref_ids(KINDS[link.target].sheet)
        stale, fresh = [], []
        for owner, refs in pairs:
            wanted = {target[r] for r in refs}
            stale += [{"o": owner, "t": t} for t in current[owner] - wanted]
            fresh += [{own: owner, other: t} for t in sorted(wanted - current[owner])]
        if stale:
            self.s.execute(delete(table).where(table.c[own] == bindparam("o"), table.c[other] == bindparam("t")), stale)
        if fresh:
            self.s.execute(insert(table), fresh)


def _apply(
    s: DbSession,
    plan: Plan,
    commission: m.Commission | None,
    actor: str,
    source: str,
    step: Progress,
    name: str | None = None,
) -> ImportSummary:
    settings = {k: v for k, v in plan.commission.items() if k != "name"}
    new = commission is None
    if commission is None:  # a new commission takes the name asked for (--commission), else the workbook's
        commission = m.Commission(
            name=name or plan.commission["name"],
            area=settings.get("area") or "",
            start_date=settings.get("start_date"),
            end_date=settings.get("end_date"),
            investment=settings.get("investment"),
            discount_rate=settings.get("discount_rate"),
            language=settings.get("language") or "en",
            description=settings.get("description") or "",
            name_cy=settings.get("name_cy") or "",
        )
        s.add(commission)
        s.flush()
    job = _Import(s, commission.id, actor, source)
    job.summary.commission = commission.name
    if new:
        job.audited("create", "commission", commission.id, ref=commission.name, new=commission.name)
    else:
        for key, value in settings.items():
            value = value if value is not None else KINDS["commission"].field(key).empty
            was = getattr(commission, key)
            if _differs(was, value):
                job.audited("edit", "commission", commission.id, ref=commission.name, field=key, old=was, new=value)
                job.summary.changes.append(("Commission", commission.name, key, was, value))
                setattr(commission, key, value)
        s.flush()

    job.history = plan.sheets.get("Consents")
    from commission.services import import_value

    order = [
        "Organisations",
        "Members",
        "Sessions",
        "Attendance",
        "Themes",
        "Insights",
        "Quotes",
        "Frameworks",
        "Actions",
        "Commitments",
        "Updates",
        "Milestones",
        "Value",
    ]
    with search_index.bulk_inserts(s.connection()):
        for i, sheet in enumerate(order):
            frame = plan.sheets.get(sheet)
            if frame is None or frame.empty:
                continue
            if sheet == "Attendance":
                job.attendance(frame)
            elif sheet == "Updates":
                job.updates(frame)
            elif sheet == "Milestones":
                job.milestones(frame)
            elif sheet == "Frameworks":
                import_value.import_frameworks(job, frame)
            elif sheet == "Value":
                import_value.import_value(job, frame)
            else:
                job.upsert(sheet, frame)
                if sheet == "Actions":
                    import_value.import_tags(job, frame)
            step(0.5 + 0.45 * (i + 1) / len(order))
        job.consent_history()
        job.summary.created.update(backup_sheets.review_sheets(s, plan.sheets, commission.id, job.ref_ids))
    summary = job.summary
    job.audit.append(
        audit.entry(
            actor,
            "import",
            "workbook",
            commission_id=commission.id,
            ref=source,
            new="; ".join(summary.lines()[1:]).replace("  ", ""),
        )
    )
    audit.record_many(s, job.audit)
    return summary
