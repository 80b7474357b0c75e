"""How workbook sheets and columns map onto the database's tables and fields (one place, both ways)."""

from __future__ import annotations

from dataclasses import dataclass

from commission.storage import models as m


@dataclass(frozen=True)
class Link:
    """A column holding refs of another sheet: one (field on this table) or a ;-list (a link table)."""

    target: str  # sheet name
    field: str = ""  # foreign-key field, for a single ref
    table: object = None  # link table, for a list
    own: str = ""  # link table's column for this row
    other: str = ""  # link table's column for the target


@dataclass(frozen=True)
class SheetMap:
    model: type
    fields: dict[str, str]  # column -> field, for plain values
    links: dict[str, Link]
    defaults: dict[str, object]


SHEET_MAPS: dict[str, SheetMap] = {
    "Organisations": SheetMap(
        m.Organisation,
        {
            "name": "name",
            "kind": "kind",
            "name_cy": "name_cy",
            "language": "language",
            "contact_name": "contact_name",
            "contact_email": "contact_email",
        },
        {},
        {"kind": "other", "language": "en"},
    ),
    "Members": SheetMap(
        m.Member,
        {
            "display_name": "display_name",
            "role": "role",
            "pseudonym": "pseudonym",
            "language": "language",
            "email": "email",
            "phone": "phone",
            "accessibility_notes": "accessibility_notes",
        },
        {"organisation_ref": Link("Organisations", field="organisation_id")},
        {"language": "en"},
    ),
    "Sessions": SheetMap(
        m.Session,
        {
            "date": "date",
            "title": "title",
            "kind": "kind",
            "location": "location",
            "notes": "notes",
            "agenda": "agenda",
        },
        {},
        {"kind": "listening"},
    ),
    "Themes": SheetMap(
        m.Theme,
        {
            "name": "name",
            "description": "description",
            "asset": "asset",
            "colour": "colour",
            "name_cy": "name_cy",
            "description_cy": "description_cy",
        },
        {"parent_ref": Link("Themes", field="parent_id")},
        {"asset": None},
    ),
    "Insights": SheetMap(
        m.Insight,
        {"statement": "statement", "status": "status", "statement_cy": "statement_cy"},
        {
            "theme_ref": Link("Themes", field="theme_id"),
            "session_refs": Link("Sessions", table=m.InsightSession.__table__, own="insight_id", other="session_id"),
        },
        {"status": "draft"},
    ),
    "Quotes": SheetMap(
        m.Quote,
        {"text": "text"},
        {
            "session_ref": Link("Sessions", field="session_id"),
            "member_ref": Link("Members", field="member_id"),
            "insight_refs": Link("Insights", table=m.QuoteInsight.__table__, own="quote_id", other="insight_id"),
        },
        {},
    ),
    "Actions": SheetMap(
        m.Action,
        {"title": "title", "description": "description", "title_cy": "title_cy", "description_cy": "description_cy"},
        {
            "agreed_session_ref": Link("Sessions", field="agreed_session_id"),
            "insight_refs": Link("Insights", table=m.ActionInsight.__table__, own="action_id", other="insight_id"),
        },
        {},
    ),
    "Commitments": SheetMap(
        m.Commitment,
        {"pledge": "pledge", "made_on": "made_on", "due": "due", "weight": "weight", "pledge_cy": "pledge_cy"},
        {
            "action_ref": Link("Actions", field="action_id"),
            "organisation_ref": Link("Organisations", field="organisation_id"),
            "made_by_ref": Link("Members", field="made_by_id"),
        },
        {"weight": 1.0},
    ),
}

UPDATE_FIELDS = ("date", "status", "progress", "note", "reported_by", "verdict", "verdict_comment", "note_cy")
UPDATE_DEFAULTS = {"verdict": "not assessed"}
