"""Write a whole commission out as the workbook: the coordinator's full backup (contains everything)."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from typing import Any

import pandas as pd

from commission import domain
from commission.collector import collector_paused
from commission.errors import UserError
from commission.frameworks import tags_of
from commission.kinds import KINDS, Field, Kind
from commission.services.backup_sheets import backup_frames
from commission.services.export_value import value_rows
from commission.services.queries import find_commission, load_commission_data
from commission.sheets import SHEETS
from commission.storage.db import Database
from commission.workbook import write_workbook
from commission.workbook.writer import write_encrypted_workbook

FULL_COPY_NOTICE = (
    "This is the coordinator's full copy: it holds every member's personal details, consents and words. "
    "Keep it as safely as the laptop itself; do not send it to others."
)


def _iso(value) -> str:
    return value.isoformat() if value else ""


def _number(value) -> str:
    if value is None:
        return ""
    value = float(value)
    return str(int(value)) if value.is_integer() else repr(round(value, 4))


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _cell(f: Field, value: Any, ref_of: dict[str, dict[int, str]]) -> str:
    """One field's value as the workbook's text, as its declaration says (commission.kinds)."""
    if f.type == "ref":
        return ref_of[f.target].get(value, "") if value is not None else ""
    if f.type == "refs":
        return ";".join(ref_of[f.target][i] for i in value)
    if f.type in ("date", "consent") and not isinstance(value, bool):
        return _iso(value)
    if f.type in ("bool", "consent"):
        return _yes(bool(value))
    if f.type in ("int", "float"):
        return _number(value)
    return "" if value is None else str(value)


def _converter(f: Field, ref_of: dict[str, dict[int, str]]) -> Callable[[Any], str]:
    """`_cell` for one field, its type decided once for the column instead of on every cell."""
    if f.type == "ref":
        refs = ref_of[f.target]
        return lambda value: refs.get(value, "") if value is not None else ""
    if f.type in ("text", "word"):
        return lambda value: "" if value is None else str(value)
    if f.type == "date":
        return lambda value: _cell(f, value, ref_of) if isinstance(value, bool) else _iso(value)
    if f.type in ("int", "float"):
        return _number
    return lambda value: _cell(f, value, ref_of)


def kind_rows(kind: Kind, data: domain.CommissionData, ref_of: dict[str, dict[int, str]]) -> list[tuple[str, ...]]:
    """A record kind's rows, one cell per declared column, in the sheet's order."""
    fields = [f for f in kind.fields if f.column]
    records = getattr(data, kind.collection)
    if len(fields) > 1 and all(f.type != "tags" for f in fields):  # the fast path: each column's text made alike
        values_of = attrgetter(*(f.attr for f in fields))
        convert = [_converter(f, ref_of) for f in fields]
        return [tuple([c(v) for c, v in zip(convert, values_of(record), strict=True)]) for record in records]
    rows = []
    for record in records:
        rows.append(
            tuple(
                ";".join(tags_of(data, record)) if f.type == "tags" else _cell(f, getattr(record, f.attr), ref_of)
                for f in fields
            )
        )
    return rows


def commission_frames(data: domain.CommissionData) -> dict[str, pd.DataFrame]:
    """The workbook's sheets for one commission, every cell as text, in SPEC's column order."""
    data.require_update_texts("The workbook")
    ref_of = {
        kind.name: {r.id: r.ref for r in getattr(data, kind.collection)} for kind in KINDS.values() if kind.ref_prefix
    }
    session_ref, member_ref = ref_of["session"], ref_of["member"]
    commission = KINDS["commission"]
    rows: dict[str, list] = {
        commission.sheet: [(f.column, _cell(f, getattr(data.commission, f.attr), ref_of)) for f in commission.fields],
        **{kind.sheet: kind_rows(kind, data, ref_of) for kind in KINDS.values() if kind.collection and kind.fields},
        "Attendance": [
            (session_ref[a.session_id], member_ref[a.member_id], a.status)
            for a in sorted(data.attendance, key=lambda a: (session_ref[a.session_id], member_ref[a.member_id]))
        ],
        **value_rows(data, ref_of["action"], ref_of["insight"], _number),
    }
    return {sheet.name: pd.DataFrame(rows[sheet.name], columns=list(sheet.columns), dtype=object) for sheet in SHEETS}


def export_workbook(db: Database, out: str | Path, *, commission: str | None = None, plain: bool = False) -> Path:
    """The full workbook. From an encrypted database it is encrypted with the same passphrase,
    unless the coordinator explicitly asks for a plain copy."""
    info = find_commission(db, commission)
    with collector_paused():  # the commission, its frames and the cells all live until the file is written
        return _export(db, info.id, Path(out), plain)


def _export(db: Database, commission_id: int, out: Path, plain: bool) -> Path:
    frames = commission_frames(load_commission_data(db, commission_id))
    with db.session() as s:
        frames.update(backup_frames(s, commission_id))  # consent history and review rounds: the backup is whole
    if not db.encrypted or plain:
        return write_workbook(frames, out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(
            "This database is encrypted: export to an .xlsx file (it will be protected with the "
            "same passphrase), or ask for a plain copy explicitly."
        )
    return write_encrypted_workbook(frames, out, db.engine.url.password or "")
