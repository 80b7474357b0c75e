"""Review mode in the reviewer's preferred language (members.language, as review packs follow it).

For a Welsh reader the words under review are shown in Welsh where the record has its Welsh version
(`statement_cy`, `title_cy`/`description_cy`, `pledge_cy`, `note_cy`, organisation `name_cy`) and the words
put to the panel are still the record's own (so the Welsh says the same as the English being answered);
otherwise the English, marked "(Saesneg yn unig)" as reports mark it. Answers are always recorded against
the English wording sent (its text_version): the Welsh is how it is shown, not what is versioned.
Privacy as for the English: the same redactor (others named only with consent)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from commission import domain, vocab
from commission.reports.text import STRINGS
from commission.services.return_words import STATUSES_CY, welsh_date
from commission.services.review_files import member_language
from commission.services.review_text import record_text, reviewer_redactor
from commission.services.review_views import _load, reviewer_round
from commission.storage.db import Database

ONLY_EN = STRINGS["only_en"][1]  # "Saesneg yn unig", the reports' own mark


def marked(english: str) -> str:
    """English shown to a Welsh reader because there is no Welsh: marked as such."""
    return f"{english} ({ONLY_EN})" if english.strip() else english


def reviewer_items_in_language(db: Database, round_id: int, member_id: int, *, on: date | None = None):
    """(items, language): `reviewer_items` for this member, in their language ("en" or "cy")."""
    on = on or date.today()
    items, _title = reviewer_round(db, round_id, member_id, on=on)
    language = member_language(db, member_id)
    if language != "cy":
        return items, language
    got = _load(db, round_id)
    redact = reviewer_redactor(got.data, member_id, on)
    records = {row.id: row for row in got.items}
    out = []
    for item in items:
        row = records.get(item.item_id)
        welsh = None
        if (
            row is not None
            and row.item_kind != "report_text"
            and record_text(got.data, row.item_kind, row.item_id) == row.text
        ):  # the words sent are its own
            welsh = _welsh_text(got.data, row.item_kind, row.item_id)
        # session notes stay in the language they were written in: not marked
        text = redact(welsh) if welsh else item.text if item.kind == "session_notes" else marked(item.text)
        out.append(replace(item, text=text, heading=redact(_welsh_heading(got.data, row, item.heading))))
    return out, language


def _welsh_heading(data, row, heading: str) -> str:
    """An insight's heading is its theme's name: the Welsh name where there is one."""
    if row is not None and row.item_kind == "insight":
        insight = next((i for i in data.insights if i.id == row.item_id), None)
        theme = next((t for t in data.themes if insight and t.id == insight.theme_id), None)
        if theme is not None and theme.name_cy.strip() and heading == theme.name:
            return theme.name_cy.strip()
    return heading


def _welsh_text(data: domain.CommissionData, kind: str, record_id: int | None) -> str | None:
    """The record's words in Welsh, built as record_text builds the English; None where it has no Welsh."""
    if kind == "insight":
        insight = next((i for i in data.insights if i.id == record_id), None)
        return insight.statement_cy.strip() or None if insight else None
    if kind == "action":
        action = next((a for a in data.actions if a.id == record_id), None)
        if action is None or not action.title_cy.strip():
            return None
        about = action.description_cy.strip() or marked(action.description.strip())
        return action.title_cy.strip() + (f"\n\n{about}" if about.strip() else "")
    if kind == "update":
        update = next((u for u in data.updates if u.id == record_id), None)
        if update is None:
            return None
        commitment = next((c for c in data.commitments if c.id == update.commitment_id), None)
        org = next((o for o in data.organisations if commitment and o.id == commitment.organisation_id), None)
        if commitment is None or org is None or not (commitment.pledge_cy.strip() or update.note_cy.strip()):
            return None
        status = dict(zip(vocab.UPDATE_STATUSES, STATUSES_CY, strict=True)).get(update.status, update.status)
        said = f"Ar {welsh_date(update.date)} dywedon nhw wrthym ei fod {status}"
        if update.progress is not None and update.status not in ("done", "dropped"):
            said += f", {update.progress:g}% o'r ffordd"
        said += "."
        note = update.note_cy.strip() or marked(update.note.strip())
        if note.strip():
            said += f" {note}"
        pledge = commitment.pledge_cy.strip() or marked(commitment.pledge)
        return f"{org.name_cy or org.name} a addawodd: {pledge}\n\n{said}"
    return None  # session notes are kept in the language they were written in
