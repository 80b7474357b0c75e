"""Write a whole commission out as the workbook: the coordinator's full backup (contains everything)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from commission import domain
from commission.errors import UserError
from commission.frameworks import tags_of
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


def commission_frames(data: domain.CommissionData) -> dict[str, pd.DataFrame]:
    """The workbook's sheets for one commission, every cell as text, in SPEC's column order."""
    org_ref = {o.id: o.ref for o in data.organisations}
    member_ref = {mb.id: mb.ref for mb in data.members}
    session_ref = {s.id: s.ref for s in data.sessions}
    theme_ref = {t.id: t.ref for t in data.themes}
    insight_ref = {i.id: i.ref for i in data.insights}
    action_ref = {a.id: a.ref for a in data.actions}
    commitment_ref = {c.id: c.ref for c in data.commitments}
    c = data.commission

    def refs(ids, lookup) -> str:
        return ";".join(lookup[i] for i in ids)

    rows = {
        "Commission": [
            ("name", c.name),
            ("area", c.area),
            ("start_date", _iso(c.start_date)),
            ("end_date", _iso(c.end_date)),
            ("language", c.language),
            ("description", c.description),
            ("investment", _number(c.investment)),
            ("discount_rate", _number(c.discount_rate)),
            ("name_cy", c.name_cy),
        ],
        "Organisations": [
            (o.ref, o.name, o.kind, o.name_cy, o.language, o.contact_name, o.contact_email) for o in data.organisations
        ],
        "Members": [
            (
                mb.ref,
                mb.display_name,
                mb.role,
                org_ref.get(mb.organisation_id, ""),
                mb.pseudonym,
                _yes(mb.consent_named),
                _iso(mb.consent_named_expires),
                _yes(mb.consent_quote),
                _iso(mb.consent_quote_expires),
                mb.language,
                mb.email,
                mb.phone,
                mb.accessibility_notes,
            )
            for mb in data.members
        ],
        "Sessions": [(s.ref, _iso(s.date), s.title, s.kind, s.location, s.notes, s.agenda) for s in data.sessions],
        "Attendance": [
            (session_ref[a.session_id], member_ref[a.member_id], a.status)
            for a in sorted(data.attendance, key=lambda a: (session_ref[a.session_id], member_ref[a.member_id]))
        ],
        "Themes": [
            (
                t.ref,
                t.name,
                t.description,
                theme_ref.get(t.parent_id, ""),
                t.asset or "",
                t.colour,
                t.name_cy,
                t.description_cy,
            )
            for t in data.themes
        ],
        "Insights": [
            (i.ref, theme_ref[i.theme_id], i.statement, i.status, refs(i.session_ids, session_ref), i.statement_cy)
            for i in data.insights
        ],
        "Quotes": [
            (
                q.ref,
                session_ref[q.session_id],
                q.text,
                member_ref.get(q.member_id, ""),
                refs(q.insight_ids, insight_ref),
            )
            for q in data.quotes
        ],
        "Actions": [
            (
                a.ref,
                a.title,
                refs(a.insight_ids, insight_ref),
                a.description,
                session_ref.get(a.agreed_session_id, ""),
                ";".join(tags_of(data, a)),
                a.title_cy,
                a.description_cy,
            )
            for a in data.actions
        ],
        "Commitments": [
            (
                cm.ref,
                action_ref[cm.action_id],
                org_ref[cm.organisation_id],
                cm.pledge,
                member_ref.get(cm.made_by_id, ""),
                _iso(cm.made_on),
                _iso(cm.due),
                _number(cm.weight),
                cm.pledge_cy,
            )
            for cm in data.commitments
        ],
        "Updates": [
            (
                commitment_ref[u.commitment_id],
                _iso(u.date),
                u.status,
                _number(u.progress),
                u.note,
                u.reported_by,
                u.verdict,
                u.verdict_comment,
                u.note_cy,
            )
            for u in data.updates
        ],
        "Milestones": [
            (commitment_ref[ms.commitment_id], ms.title, _iso(ms.due), _iso(ms.done_on)) for ms in data.milestones
        ],
        **value_rows(data, action_ref, insight_ref, _number),
    }
    return {sheet.name: pd.DataFrame(rows[sheet.name], columns=list(sheet.columns), dtype=object) for sheet in SHEETS}


def export_workbook(db: Database, out: str | Path, *, commission: str | None = None, plain: bool = False) -> Path:
    """The full workbook. From an encrypted database it is encrypted with the same passphrase,
    unless the coordinator explicitly asks for a plain copy."""
    info = find_commission(db, commission)
    frames = commission_frames(load_commission_data(db, info.id))
    with db.session() as s:
        frames.update(backup_frames(s, info.id))  # consent history and review rounds: the backup is whole
    if not db.encrypted or plain:
        return write_workbook(frames, out)
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(
            "This database is encrypted: export to an .xlsx file (it will be protected with the "
            "same passphrase), or ask for a plain copy explicitly."
        )
    return write_encrypted_workbook(frames, out, db.engine.url.password)
