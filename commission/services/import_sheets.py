"""The import's writes for the sheets that are not a kind upserted by ref: attendance, updates and
milestones, and the members' consents (services.importer runs them, in its transaction)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, cast

import pandas as pd
from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session as DbSession

from commission.kinds import KINDS, Field, Kind
from commission.services import audit, backup_sheets
from commission.services.queries import current_consents
from commission.storage import bulk
from commission.storage import models as m

if TYPE_CHECKING:
    from commission.services.importer import ImportSummary


def _plain(kind: Kind) -> tuple[Field, ...]:
    """A kind's fields stored as they are written (not refs, links, consents or tags)."""
    return tuple(f for f in kind.stored_fields() if f.type != "ref")


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


class SheetWrites:
    """What _Import does for those sheets; it holds the session, the ref → id maps and the summary."""

    s: DbSession
    cid: int
    actor: str
    source: str
    audit: list[dict]
    history: pd.DataFrame | None
    history_done: bool
    summary: ImportSummary

    def ref_ids(self, sheet: str) -> dict[str, int]:
        raise NotImplementedError

    def audited(self, operation: str, kind: str, record_id: int, **what: Any) -> None:
        """One audit entry for a change this import makes (ref, field, old and new as audit.entry takes them);
        the import writes them all at its end."""
        self.audit.append(audit.entry(self.actor, operation, kind, commission_id=self.cid, record_id=record_id, **what))

    def write_changes(
        self, table: Table, old: Mapping[Any, Any], diff: dict[str, Any], kind: str, ref: str = ""
    ) -> None:
        """Write `diff` (column → new value) over the row `old`, its version one up, each changed field audited."""
        self.s.execute(update(table).where(table.c.id == old["id"]).values(**diff, version=table.c.version + 1))
        for name, value in diff.items():
            self.audited("edit", kind, old["id"], ref=ref, field=name, old=old[name], new=value)

    def consent_history(self) -> None:
        """The Consents sheet, once, before the Members sheet's consent columns are compared with it."""
        if self.history is not None and not self.history_done:
            self.history_done = True
            added = backup_sheets.consent_history(self.s, self.history, self.ref_ids("Members"), self.source)
            self.summary.created["Consents"] += added

    def _consents(self, frame: pd.DataFrame, ids: dict[str, int]) -> None:
        current = current_consents(self.s, self.cid)
        today = date.today()
        rows = []
        for kind in ("named", "quote"):
            given_col, expires_col = f"consent_{kind}", f"consent_{kind}_expires"
            if given_col not in frame.columns and expires_col not in frame.columns:
                continue
            for record in frame.to_dict("records"):
                member_id = ids[record["ref"]]
                old = current.get((member_id, kind))
                given = bool(record.get(given_col, old.given if old else False))
                expires = record.get(expires_col, old.expires if old else None) or None
                if old is not None and old.given == given and old.expires == expires:
                    continue
                if old is None and not given and expires is None and self.history is not None:
                    continue  # the Consents sheet is the record: it has no entry for them
                withdrawn = bool(old is not None and old.given and not given)
                rows.append(
                    dict(
                        member_id=member_id,
                        kind=kind,
                        given=given,
                        expires=expires,
                        recorded_on=today,
                        withdrawn=withdrawn,
                        note=f"from {self.source}",
                    )
                )
                if old is not None:
                    self.audited(
                        "consent",
                        "member",
                        member_id,
                        ref=record["ref"],
                        field=f"consent_{kind}",
                        old=_consent_text(old.given, old.expires),
                        new=_consent_text(given, expires),
                    )
        if rows:
            self.s.execute(insert(m.Consent), rows)

    def attendance(self, frame: pd.DataFrame) -> None:
        table = _table(m.Attendance)
        sessions, members = self.ref_ids("Sessions"), self.ref_ids("Members")
        current = dict(
            ((a, b), st)
            for a, b, st in self.s.execute(
                select(table.c.session_id, table.c.member_id, table.c.status).where(
                    table.c.session_id.in_(set(sessions.values()))
                )
            )
        )
        fresh, changed = [], []
        for session_ref, member_ref, status in zip(
            frame["session_ref"], frame["member_ref"], frame["status"], strict=True
        ):
            key = (sessions[session_ref], members[member_ref])
            if key not in current:
                fresh.append({"session_id": key[0], "member_id": key[1], "status": status})
            elif current[key] != status:
                changed.append({"s": key[0], "mb": key[1], "st": status})
        if fresh:
            self.s.execute(insert(table), fresh)
        if changed:
            self.s.execute(
                update(table)
                .where(table.c.session_id == bindparam("s"), table.c.member_id == bindparam("mb"))
                .values(status=bindparam("st")),
                changed,
            )
        self.summary.created["Attendance"] += len(fresh)
        self.summary.changed["Attendance"] += len(changed)

    def updates(self, frame: pd.DataFrame) -> None:
        """Add updates not already recorded: an identical update on the same commitment counts once each."""
        table = _table(m.Update)
        commitments = self.ref_ids("Commitments")
        columns: dict[str, list[Any]] = {"commitment_id": [commitments[r] for r in frame["commitment_ref"].tolist()]}
        for f in _plain(KINDS["update"]):
            name, default = f.attr, f.empty
            if name in frame.columns:
                columns[name] = [default if v is None or v == "" else v for v in frame[name].tolist()]
            else:
                columns[name] = [default] * len(frame)
        touched = set(columns["commitment_id"])
        already: Counter = Counter()
        if touched and self._has_updates(touched):  # only then can any be there already
            for r in self.s.execute(
                select(*(table.c[f.attr] for f in KINDS["update"].stored_fields())).where(
                    table.c.commitment_id.in_(touched)
                )
            ).mappings():
                already[_update_key(r)] += 1
        if already:
            keep = []
            for i, row in enumerate(zip(*columns.values(), strict=True)):
                key = _update_key(dict(zip(columns, row, strict=True)))
                if already[key]:
                    already[key] -= 1
                else:
                    keep.append(i)
            self.summary.updates_already_there += len(frame) - len(keep)
            columns = {name: [values[i] for i in keep] for name, values in columns.items()}
        bulk.insert_columns(self.s.connection(), table, columns)
        self.summary.updates_added += len(columns["commitment_id"])

    def milestones(self, frame: pd.DataFrame) -> None:
        """A milestone is its commitment and title: a new pair is added, a known one takes the file's dates."""
        table = _table(m.Milestone)
        commitments = self.ref_ids("Commitments")
        ref_of = {i: r for r, i in commitments.items()}
        current = {
            (r["commitment_id"], r["title"]): r
            for r in self.s.execute(
                select(table).where(table.c.commitment_id.in_(set(commitments.values())))
            ).mappings()
        }
        fresh, changed = [], 0
        for record in frame.to_dict("records"):
            key = (commitments[record["commitment_ref"]], record["title"])
            values = {c: record[c] or None for c in ("due", "done_on") if c in frame.columns}
            old = current.get(key)
            if old is None:
                fresh.append({"commitment_id": key[0], "title": key[1], "due": None, "done_on": None, **values})
                continue
            diff = {f: v for f, v in values.items() if _differs(old[f], v)}
            if diff:
                changed += 1
                self.write_changes(table, old, diff, "milestone", ref_of.get(key[0], ""))
        if fresh:
            self.s.execute(insert(table), fresh)
        self.summary.created["Milestones"] += len(fresh)
        self.summary.changed["Milestones"] += changed

    def _has_updates(self, commitment_ids: set[int]) -> bool:
        table = _table(m.Update)
        return (
            self.s.execute(select(table.c.id).where(table.c.commitment_id.in_(commitment_ids)).limit(1)).first()
            is not None
        )


def _update_key(row) -> tuple:
    progress = row["progress"]
    return (
        row["commitment_id"],
        row["date"],
        row["status"],
        None if progress is None else float(progress),
        row["note"] or "",
        row["reported_by"] or "",
        row["verdict"] or "not assessed",
        row["verdict_comment"] or "",
        row.get("note_cy") or "",
    )


def _consent_text(given: bool, expires) -> str:
    return ("yes" if given else "no") + (f" until {expires.isoformat()}" if expires else "")


def _differs(old: object, new: object) -> bool:
    if old is None or old == "":
        return not (new is None or new == "")
    if isinstance(old, float) and isinstance(new, (int, float)):
        return abs(old - new) > 1e-9
    return old != new
