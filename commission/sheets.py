"""The commission workbook's sheets and columns (SPEC.md, "The commission workbook").

A record kind's sheet is its declaration in commission.kinds; the others are declared here.

The `…_cy` columns are the Welsh versions SPEC names (optional; "" is "no Welsh version"). Other columns
after the SPEC's own are the coordinator's extras: the full export is their backup and
holds everything, so details the SPEC does not name (contact details, agenda, colour) travel too.
They are optional on import.
"""

from __future__ import annotations

from dataclasses import dataclass

from commission.kinds import KINDS, ref_kinds


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    key: tuple[str, ...] = ("ref",)

    @property
    def csv_name(self) -> str:
        return f"{self.name}.csv"


class KindSheet(Sheet):
    """A record kind's sheet: its columns, required columns and key are the kind's declaration in
    commission.kinds, read each time (so a field added there is on the sheet, and nowhere else to say)."""

    def __init__(self, kind: str):
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "name", KINDS[kind].sheet)

    columns = property(lambda self: KINDS[self.kind].columns)  # type: ignore[assignment]
    required = property(lambda self: KINDS[self.kind].required)  # type: ignore[assignment]
    key = property(lambda self: KINDS[self.kind].key)  # type: ignore[assignment]


def _of_kind(name: str) -> Sheet:
    return KindSheet(name)


COMMISSION = Sheet("Commission", ("key", "value"), ("key", "value"), key=("key",))
COMMISSION_KEYS = KINDS["commission"].columns

ORGANISATIONS = _of_kind("organisation")
MEMBERS = _of_kind("member")
SESSIONS = _of_kind("session")
ATTENDANCE = Sheet(
    "Attendance",
    ("session_ref", "member_ref", "status"),
    ("session_ref", "member_ref", "status"),
    key=("session_ref", "member_ref"),
)
THEMES = _of_kind("theme")
INSIGHTS = _of_kind("insight")
QUOTES = _of_kind("quote")
ACTIONS = _of_kind("action")
COMMITMENTS = _of_kind("commitment")
UPDATES = _of_kind("update")
MILESTONES = _of_kind("milestone")  # the steps an organisation plans towards a pledge; one title per commitment
# The coordinator's own frameworks (the shipped ones need no rows): one row per area.
FRAMEWORKS = Sheet(
    "Frameworks",
    ("framework", "area", "framework_name", "framework_name_cy", "label", "label_cy"),
    ("framework", "area"),
    key=("framework", "area"),
)
# SPEC, Social value: one row per outcome; action_refs and insight_refs say where it comes from.
VALUE = Sheet(
    "Value",
    (
        "outcome",
        "stakeholder",
        "indicator",
        "quantity",
        "proxy",
        "proxy_source",
        "duration",
        "deadweight",
        "attribution",
        "displacement",
        "drop_off",
        "action_refs",
        "insight_refs",
    ),
    ("outcome", "quantity", "proxy", "duration"),
    key=("outcome",),
)

# In dependency order: a sheet only refers to sheets before it.
SHEETS: tuple[Sheet, ...] = (
    COMMISSION,
    ORGANISATIONS,
    MEMBERS,
    SESSIONS,
    ATTENDANCE,
    THEMES,
    INSIGHTS,
    QUOTES,
    FRAMEWORKS,
    ACTIONS,
    COMMITMENTS,
    UPDATES,
    MILESTONES,
    VALUE,
)

# The full workbook (the coordinator's backup) also holds what the interchange sheets cannot: the consent
# history and the review rounds, so that an export imported into an empty database exports the same again.
CONSENTS = Sheet(
    "Consents",
    ("member_ref", "kind", "given", "expires", "recorded_on", "withdrawn_on", "note"),
    ("member_ref", "kind", "given", "recorded_on"),
    key=(),
)
REVIEW_ROUNDS = Sheet(
    "Review rounds",
    ("ref", "title", "status", "created_on", "closed_on", "reviewer_refs", "asked_on"),
    ("ref", "title", "created_on"),
)
REVIEW_ITEMS = Sheet(
    "Review items",
    ("round_ref", "position", "kind", "record_ref", "text", "text_version", "resolution", "resolution_note"),
    ("round_ref", "position", "kind", "text"),
    key=("round_ref", "position"),
)
REVIEW_ANSWERS = Sheet(
    "Review answers",
    ("round_ref", "position", "member_ref", "text_version", "answer", "comment", "answered_on"),
    ("round_ref", "position", "member_ref", "answer", "answered_on"),
    key=("round_ref", "position", "member_ref", "text_version"),
)
BACKUP_SHEETS: tuple[Sheet, ...] = (CONSENTS, REVIEW_ROUNDS, REVIEW_ITEMS, REVIEW_ANSWERS)
# Every sheet a workbook may hold, in dependency order.
WORKBOOK_SHEETS: tuple[Sheet, ...] = SHEETS + BACKUP_SHEETS
BY_NAME = {sheet.name: sheet for sheet in WORKBOOK_SHEETS}

# The record each sheet holds, in the vocabulary's words (audit entries and messages use them).
KIND_OF_SHEET = {kind.sheet: kind.name for kind in ref_kinds()} | {"Review rounds": "review round"}
