"""The record kinds, each declared once: its table, its workbook sheet and columns, and its words.

Loading into `commission.domain`, the workbook's export and import (column order included), the import's
checks, the History and conflict labels, the search headings and the undo texts all read these
declarations. Adding an optional field to a kind is its `Field` here, its migration and its place on screen.

Plain Python: the storage model is named, and imported only when asked for (`Kind.model`), so reading
this module costs nothing at start-up.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from commission import vocab

# What a field holds. "word" is a short value from a vocabulary (shown through the UI's word tables);
# "ref" one ref of another kind (an `…_id` in storage); "refs" a ;-list of refs (a link table);
# "consent" a member's consent, kept in the consent history rather than on the member; "tags" an
# action's framework areas (SPEC, Frameworks), read and written by commission.frameworks.
TYPES = ("text", "word", "date", "int", "float", "bool", "ref", "refs", "consent", "tags")
# The import's checks for a field (commission.workbook.validate), when its type does not say it alone.
DATE, YESNO, PROGRESS, WEIGHT, EMAIL = "date", "yesno", "progress", "weight", "email"
_UNSET = object()


@dataclass(frozen=True)
class Field:
    column: str  # the workbook column ("" for a field not on the sheet)
    type: str
    label: str  # the field in plain words (History, conflicts, search context)
    attr: str = ""  # the storage and domain attribute: by default the column, `x_ref` → `x_id`, `x_refs` → `x_ids`
    required: bool = False  # the workbook cell must not be empty
    welsh_of: str = ""  # a bilingual field's Welsh twin names its English field (SPEC, Bilingual content)
    target: str = ""  # ref/refs: the kind referred to
    link: tuple[str, str, str] = ("", "", "")  # refs: the link model, its column for this row, for the target
    audit: str = ""  # the name the audit trail gives it, when not `attr` (a link: "sessions")
    default: object = _UNSET  # stored for an empty cell, read for a NULL; by default "" (None for dates, numbers)
    check: object = None  # the import's check (a vocabulary, PROGRESS, WEIGHT, EMAIL), when the type says too little
    personal: bool = False  # a personal detail: History says it changed, never shows it

    def __post_init__(self) -> None:
        assert self.type in TYPES, self.type
        if not self.attr:
            name = self.column
            if self.type == "ref":
                name = name.removesuffix("_ref") + "_id"
            elif self.type == "refs":
                name = name.removesuffix("_refs") + "_ids"
            object.__setattr__(self, "attr", name)
        if not self.audit:
            object.__setattr__(self, "audit", self.attr)

    @property
    def stored(self) -> bool:
        """A column of the kind's own table (refs live in a link table, consents in their history, tags in theirs)."""
        return self.type not in ("refs", "consent", "tags")

    @property
    def has_default(self) -> bool:
        """A new row takes `empty` when its sheet lacks the column (otherwise the table's own default)."""
        return self.default is not _UNSET

    @property
    def empty(self) -> object:
        """What an empty cell stores, and what a NULL reads as."""
        if self.default is not _UNSET:
            return self.default
        return None if self.type in ("date", "int", "float", "ref") else ""

    @property
    def validation(self) -> object:
        """What commission.workbook.validate checks this column's cells against (None: any text)."""
        if self.check is not None:
            return self.check
        if self.type in ("ref", "refs"):
            return ("link" if self.type == "ref" else "links", KINDS[self.target].sheet)
        return {"date": DATE, "bool": YESNO}.get(self.type)


@dataclass(frozen=True)
class Kind:
    name: str  # as services, the audit trail and review items say it
    model_name: str  # the storage model in commission.storage.models
    noun: str  # in plain words, for History and messages ("what we heard")
    collection: str = ""  # its list on commission.domain.CommissionData
    sheet: str = ""  # its workbook sheet ("" when it has none of its own)
    fields: tuple[Field, ...] = ()  # in the sheet's column order (SPEC, "The commission workbook")
    key: tuple[str, ...] = ("ref",)  # the columns that name a row on its sheet
    ref_prefix: str = ""  # new records' refs: prefix and a number ("" when the kind has no ref)
    screen: str = ""  # the main window's screen that shows it
    undo_noun: str = ""  # in undo texts ("Edit insight"), when not the noun
    internal: tuple[str, ...] = ()  # storage columns deliberately not on the sheet (besides id, version, …)
    owner: str = ""  # the kind its rows belong to, when they have no commission of their own
    # Search (storage.search_index, services.search): the kind's code in an index rowid, the field that
    # titles a hit and the fields searched. Members: never their contact or accessibility details.
    search_code: int = 0
    search_title: str = ""
    search_body: tuple[str, ...] = ()

    @property
    def model(self) -> Any:  # a mapped class of commission.storage.models
        return getattr(importlib.import_module("commission.storage.models"), self.model_name)

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(f.column for f in self.fields if f.column)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.column for f in self.fields if f.column and f.required)

    @property
    def word(self) -> str:
        """The noun as a heading ("What we heard")."""
        return self.noun[:1].upper() + self.noun[1:]

    @property
    def undo_word(self) -> str:
        return self.undo_noun or self.noun

    @property
    def bilingual(self) -> dict[str, str]:
        """English field → its Welsh twin."""
        return {f.welsh_of: f.attr for f in self.fields if f.welsh_of}

    def field(self, column: str) -> Field:
        return next(f for f in self.fields if f.column == column)

    def stored_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.stored)


def _text(column: str, label: str, **kw) -> Field:
    return Field(column, "text", label, **kw)


def _cy(column: str, label: str) -> Field:
    return Field(column, "text", label, welsh_of=column.removesuffix("_cy"))


def _ref(column: str, target: str, label: str, **kw) -> Field:
    return Field(column, "ref", label, target=target, **kw)


def _refs(column: str, target: str, label: str, link: tuple[str, str, str], audit: str) -> Field:
    return Field(column, "refs", label, target=target, link=link, audit=audit)


_LANGUAGE = Field("language", "word", "Language", default="en", check=vocab.LANGUAGES)

_DECLARED: tuple[Kind, ...] = (
    Kind(
        "commission",
        "Commission",
        "commission",
        sheet="Commission",
        key=("key",),
        fields=(
            _text("name", "Name", required=True),
            _text("area", "Area"),
            Field("start_date", "date", "Starts"),
            Field("end_date", "date", "Ends"),
            _LANGUAGE,
            _text("description", "About"),
            Field("investment", "float", "Investment"),
            Field("discount_rate", "float", "Discount rate"),
            _cy("name_cy", "Name in Welsh"),
        ),
    ),
    Kind(
        "organisation",
        "Organisation",
        "organisation",
        "organisations",
        "Organisations",
        ref_prefix="ORG",
        screen="members",
        search_code=8,
        search_title="name",
        search_body=("name_cy",),
        fields=(
            _text("ref", "Ref", required=True),
            _text("name", "Name", required=True),
            Field("kind", "word", "Kind", default="other", check=vocab.ORGANISATION_KINDS),
            _cy("name_cy", "Name in Welsh"),
            _LANGUAGE,
            _text("contact_name", "Contact", personal=True),
            _text("contact_email", "Contact's email", personal=True, check=EMAIL),
        ),
    ),
    Kind(
        "member",
        "Member",
        "member",
        "members",
        "Members",
        ref_prefix="M",
        screen="members",
        internal=("erased_on",),  # set by an erasure (services.rights), never imported
        search_code=7,
        search_title="display_name",
        search_body=("pseudonym",),
        fields=(
            _text("ref", "Ref", required=True),
            _text("display_name", "Name", required=True),
            Field("role", "word", "Role", required=True, check=vocab.ROLES),
            _ref("organisation_ref", "organisation", "Organisation"),
            _text("pseudonym", "Pseudonym"),
            Field("consent_named", "consent", "Consent to be named", check=YESNO),
            Field("consent_named_expires", "consent", "Consent to be named, until", check=DATE),
            Field("consent_quote", "consent", "Consent to be quoted", check=YESNO),
            Field("consent_quote_expires", "consent", "Consent to be quoted, until", check=DATE),
            _LANGUAGE,
            _text("email", "Email", personal=True),
            _text("phone", "Phone", personal=True),
            _text("accessibility_notes", "Accessibility notes", personal=True),
        ),
    ),
    Kind(
        "session",
        "Session",
        "session",
        "sessions",
        "Sessions",
        ref_prefix="S",
        screen="sessions",
        search_code=1,
        search_title="title",
        search_body=("notes", "agenda", "location"),
        fields=(
            _text("ref", "Ref", required=True),
            Field("date", "date", "Date", required=True),
            _text("title", "Title", required=True),
            Field("kind", "word", "Kind", default="listening", check=vocab.SESSION_KINDS),
            _text("location", "Where"),
            _text("notes", "Notes"),
            _text("agenda", "Agenda"),
        ),
    ),
    Kind(
        "theme",
        "Theme",
        "theme",
        "themes",
        "Themes",
        ref_prefix="T",
        screen="themes",
        search_code=9,
        search_title="name",
        search_body=("description", "name_cy", "description_cy"),
        fields=(
            _text("ref", "Ref", required=True),
            _text("name", "Name", required=True),
            _text("description", "About"),
            _ref("parent_ref", "theme", "Part of theme"),
            Field("asset", "word", "Asset", default=None, check=vocab.ASSETS),
            Field("colour", "word", "Colour"),
            _cy("name_cy", "Name in Welsh"),
            _cy("description_cy", "About, in Welsh"),
        ),
    ),
    Kind(
        "insight",
        "Insight",
        "what we heard",
        "insights",
        "Insights",
        ref_prefix="I",
        screen="themes",
        undo_noun="insight",
        search_code=3,
        search_body=("statement", "statement_cy"),
        fields=(
            _text("ref", "Ref", required=True),
            _ref("theme_ref", "theme", "Theme", required=True),
            _text("statement", "What we heard", required=True),
            Field("status", "word", "Status", default="draft", check=vocab.INSIGHT_STATUSES),
            _refs(
                "session_refs",
                "session",
                "Heard at sessions",
                ("InsightSession", "insight_id", "session_id"),
                "sessions",
            ),
            _cy("statement_cy", "What we heard, in Welsh"),
        ),
    ),
    Kind(
        "quote",
        "Quote",
        "quote",
        "quotes",
        "Quotes",
        ref_prefix="Q",
        screen="sessions",
        search_code=2,
        search_body=("text",),
        fields=(
            _text("ref", "Ref", required=True),
            _ref("session_ref", "session", "Session", required=True),
            _text("text", "Words", required=True),
            _ref("member_ref", "member", "Speaker"),
            _refs(
                "insight_refs",
                "insight",
                "Linked to what we heard",
                ("QuoteInsight", "quote_id", "insight_id"),
                "insights",
            ),
        ),
    ),
    Kind(
        "action",
        "Action",
        "action",
        "actions",
        "Actions",
        ref_prefix="A",
        screen="actions",
        search_code=4,
        search_title="title",
        search_body=("description", "title_cy", "description_cy"),
        fields=(
            _text("ref", "Ref", required=True),
            _text("title", "Title", required=True),
            _refs(
                "insight_refs",
                "insight",
                "Linked to what we heard",
                ("ActionInsight", "action_id", "insight_id"),
                "insights",
            ),
            _text("description", "About"),
            _ref("agreed_session_ref", "session", "Agreed at"),
            Field("frameworks", "tags", "Frameworks", check="tags"),
            _cy("title_cy", "Title in Welsh"),
            _cy("description_cy", "About, in Welsh"),
        ),
    ),
    Kind(
        "commitment",
        "Commitment",
        "commitment",
        "commitments",
        "Commitments",
        ref_prefix="C",
        screen="actions",
        search_code=5,
        search_title="ref",
        search_body=("pledge", "pledge_cy"),
        fields=(
            _text("ref", "Ref", required=True),
            _ref("action_ref", "action", "Action", required=True),
            _ref("organisation_ref", "organisation", "Organisation", required=True),
            _text("pledge", "Pledge", required=True),
            _ref("made_by_ref", "member", "Made by"),
            Field("made_on", "date", "Made on"),
            Field("due", "date", "Due"),
            Field("weight", "float", "Weight", default=1.0, check=WEIGHT),
            _cy("pledge_cy", "Pledge in Welsh"),
        ),
    ),
    Kind(
        "update",
        "Update",
        "update",
        "updates",
        "Updates",
        key=(),
        screen="commitments",
        owner="commitment",
        search_code=6,
        search_title="status",
        search_body=("note", "verdict_comment", "reported_by", "note_cy"),
        fields=(
            _ref("commitment_ref", "commitment", "Commitment", required=True),
            Field("date", "date", "Date", required=True),
            Field("status", "word", "Status", required=True, check=vocab.UPDATE_STATUSES),
            Field("progress", "float", "Progress", check=PROGRESS),
            _text("note", "Report"),
            _text("reported_by", "Reported by"),
            Field("verdict", "word", "What the panel thinks", default="not assessed", check=vocab.VERDICTS),
            _text("verdict_comment", "The panel's comment"),
            _cy("note_cy", "Report in Welsh"),
        ),
    ),
    Kind(
        "milestone",
        "Milestone",
        "milestone",
        "milestones",
        "Milestones",
        key=("commitment_ref", "title"),
        screen="commitments",
        owner="commitment",
        fields=(
            _ref("commitment_ref", "commitment", "Commitment", required=True),
            _text("title", "Title", required=True),
            Field("due", "date", "Due"),
            Field("done_on", "date", "Done on"),
        ),
    ),
    # Frameworks and social value have sheets of their own shape (commission.sheets, services.import_value).
    Kind("framework", "Framework", "framework", "frameworks", screen="social_value"),
    Kind("framework_area", "FrameworkArea", "framework area", screen="social_value"),
    Kind("outcome", "Outcome", "outcome", "outcomes", screen="social_value"),
)

KINDS: dict[str, Kind] = {kind.name: kind for kind in _DECLARED}
# The kinds search finds, in the order of their codes.
SEARCHED: tuple[Kind, ...] = tuple(sorted((k for k in _DECLARED if k.search_code), key=lambda k: k.search_code))


def kind(name: str) -> Kind:
    return KINDS[name]


def of_sheet(sheet: str) -> Kind:
    """The kind whose sheet this is (read from KINDS each time, like everything here)."""
    return next(k for k in KINDS.values() if k.sheet == sheet)


def ref_kinds() -> tuple[Kind, ...]:
    """The kinds whose rows are named by a ref: one sheet each, upserted by ref."""
    return tuple(k for k in KINDS.values() if k.ref_prefix)


def field_labels() -> dict[str, str]:
    """Every field's plain words by the name the audit trail gives it (one name, one label across kinds)."""
    labels = {"ref": "Ref"}
    for k in KINDS.values():
        for f in k.fields:
            labels.setdefault(f.audit, f.label)
    return labels


def text_fields() -> set[str]:
    """The audit names of free text (History quotes and shortens them); personal details are never shown."""
    return {
        f.audit for k in KINDS.values() for f in k.fields if f.type == "text" and not f.personal and f.column != "ref"
    }


def personal_fields() -> set[str]:
    return {f.audit for k in KINDS.values() for f in k.fields if f.personal}


def id_fields() -> dict[str, str]:
    """A ref field's storage name → the CommissionData list its target is in ("organisation_id": "organisations")."""
    return {f.attr: KINDS[f.target].collection for k in KINDS.values() for f in k.fields if f.type == "ref"}
