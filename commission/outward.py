"""The one gate for everything that leaves the app for others (SPEC, Privacy): reports, update returns and
review packs all take their data from `for_others`, never from the raw `CommissionData`.

    gate = for_others(data, as_of)                 # or reader_id=member for a reviewer's own pack
    gate.data                                      # a copy: free text redacted and cleaned, names public,
                                                   # contacts and accessibility notes gone, withheld quotes empty
    gate.redact(text)                              # the same filter for text built elsewhere (labels, titles)
    gate.places                                    # where only a first name or a surname of someone not named
                                                   # is left, for the coordinator to check before sharing

A member who may not be named is replaced by their public name wherever their full name appears — in any
case, spacing (double, no-break, a line break), accent form (NFC/NFD), apostrophe form, or "Surname, First".
A one-word name is matched only as written (a member called Hope leaves "we hope" alone). Each text is
split into words once and a name's pattern is tried only when its first word is among them, so the cost
is a set lookup per word, not a scan per name.

Pure: plain data in, plain data out; no database, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Any, cast

from commission import domain, privacy

CONTACT_WITHHELD = "[contact withheld]"
APOSTROPHES = "'’‘ʼ`´′"
HYPHENS = "-‐‑‒–—"
_GAP = r"[\s\u200b]+"  # any run of spaces, tabs, line breaks, no-break or zero-width spaces
_WORD = re.compile(r"\w+")
# C0 controls but tab, line feed and carriage return; DEL; lone surrogates; the two XML non-characters.
# Word, XlsxWriter and ReportLab refuse (or crash on) these; pasted text from Word brings vertical tabs.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff"
# The bidirectional controls (marks, embeddings, overrides, isolates): a name holding U+202E would turn
# the text after it backwards in a report. Text going out to others is read left to right without them.
BIDI_CONTROLS = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{_CONTROLS}]")
_UNSAFE = re.compile(f"[{_CONTROLS}{BIDI_CONTROLS}]")
_Where = tuple[Callable[..., str], str]  # (a label worked out only when needed, the part of the record)
_APOS_TABLE = str.maketrans({ch: "'" for ch in APOSTROPHES})


def clean(text: object, *, keep_direction: bool = False) -> str:
    """Text safe for any writer and any reader: control characters gone (a vertical tab or form feed becomes
    a line break, the rest are dropped), and the bidirectional controls with them. The one cleaning function
    every output's text passes through; `keep_direction` keeps the bidirectional controls (text read in,
    stored as it was written)."""
    if text is None:
        return ""
    text = text if isinstance(text, str) else str(text)
    unsafe = _CONTROL if keep_direction else _UNSAFE
    if not unsafe.search(text):
        return text
    return unsafe.sub(lambda m: "\n" if m.group(0) in "\x0b\x0c" else "", text)


def _fold(text: str) -> str:
    """The form words are compared in: NFC, case-folded, one apostrophe."""
    return unicodedata.normalize("NFC", text).casefold().translate(_APOS_TABLE)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(_fold(text)))


def _first_word(text: str) -> str:
    found = _WORD.search(_fold(text))
    return found.group(0) if found else ""


def _char(ch: str) -> str:
    if ch in APOSTROPHES:
        return f"[{re.escape(APOSTROPHES)}]"
    if ch in HYPHENS:
        return f"[{re.escape(HYPHENS)}]"
    decomposed = unicodedata.normalize("NFD", ch)
    if decomposed != ch:
        return f"(?:{re.escape(ch)}|{re.escape(decomposed)})"
    return re.escape(ch)


def _words_pattern(words: list[str]) -> str:
    return _GAP.join("".join(_char(ch) for ch in word) for word in words)


def _bounded(pattern: str, *, any_case: bool) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE if any_case else 0)


@dataclass(frozen=True)
class _Swap:
    key: str  # the first word of what is matched, folded: the pattern is tried only when it is in the text
    pattern: re.Pattern[str]
    to: str
    length: int  # longest first, so "Jo Bloggs-Smith" goes before "Jo Bloggs"


@dataclass(frozen=True)
class _Partial:
    key: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Place:
    """A first name or a surname of a member who may not be named, left in text meant for others."""

    kind: str  # commission, session, theme, insight, quote, action, commitment, update, other
    record_id: int | None
    where: str  # "Commitment C-003: pledge"
    word: str  # as written in the text
    excerpt: str  # a few words either side

    def line(self) -> str:
        return f"{self.where}: “{self.excerpt}” ({self.word})"


class Redactor:
    """Swaps, in free text, the full name of each member who may not be named (on `as_of`) for their public
    name, and anyone's email or phone for "[contact withheld]". `keep_id`: a member whose own name stays
    (the reader of their own review pack)."""

    def __init__(self, data: domain.CommissionData, as_of: date, *, keep_id: int | None = None):
        swaps: list[_Swap] = []
        partials: list[_Partial] = []
        public: set[str] = set()
        for org in data.organisations:  # an organisation's contact is the coordinator's, never for others
            swaps += _secret_swaps([org.contact_email])
            words = unicodedata.normalize("NFC", org.contact_name or "").split()
            if len(words) > 1 and _first_word(words[0]):  # one word alone may be an ordinary one
                swaps.append(_name_swap(words, CONTACT_WITHHELD, any_case=True))
        for member in data.members:
            person = data.people.get(member.id)
            swaps += _secret_swaps([member.email, member.phone])
            if person is None or member.id == keep_id or privacy.may_name(person, as_of):
                continue
            words = unicodedata.normalize("NFC", member.display_name).split()
            name = " ".join(words)
            if len(name) < 3 or not _first_word(name):
                continue
            to = privacy.public_name(person, as_of)
            public |= _words(to)
            swaps += _member_swaps(words, to)
            if len(words) > 1:
                partials += _partials(words)
        self._swaps: dict[str, list[_Swap]] = {}
        for swap in swaps:
            if swap.key:
                self._swaps.setdefault(swap.key, []).append(swap)
        self._partials: dict[str, list[_Partial]] = {}
        for partial in partials:
            if partial.key not in public:  # a pseudonym that is also a first name is not a finding
                self._partials.setdefault(partial.key, []).append(partial)
        self._done: set[str] = set()  # texts this redactor produced: redacting them again changes nothing
        self.places: list[Place] = []
        self._seen_places: set[tuple[object, ...]] = set()

    def keeps(self, text: object) -> bool:
        """Whether redacting `text` gives it back as it is, known without looking: empty, or a text this
        redactor already gave back (a set lookup; `__call__` would return it at once)."""
        return text == "" or text in self._done

    def __call__(
        self, text: str | None, *, where: str | _Where = "", kind: str = "other", record_id: int | None = None
    ) -> str:
        """`text` as others may see it. With `where` (a label, or `(label(), part)` worked out only when
        needed), a first name or surname left in is recorded in `places`."""
        if not text:
            return ""
        if text in self._done:
            return text
        text = clean(text)
        words = _words(text) if (self._swaps or self._partials) else set()
        hits = words & self._swaps.keys()
        if hits:
            before = text
            for swap in sorted((s for key in hits for s in self._swaps[key]), key=lambda s: -s.length):
                text = swap.pattern.sub(swap.to, text)
            if text != before:
                words = _words(text)
        if where and self._partials:
            for key in words & self._partials.keys():
                for partial in self._partials[key]:
                    for found in partial.pattern.finditer(text):
                        if found.group(0).islower():  # "we hope", "rose by 5%": ordinary words
                            continue
                        self._place(kind, record_id, where, text, found)
        self._done.add(text)
        return text

    def _place(self, kind: str, record_id: int | None, where: str | _Where, text: str, found: re.Match[str]) -> None:
        if isinstance(where, tuple):
            label, part = where
            where = f"{label()}: {part}"
        key = (kind, record_id, where, found.group(0).casefold())
        if key in self._seen_places:
            return
        self._seen_places.add(key)
        start, end = found.span()
        before = " ".join(text[max(0, start - 40) : start].split()[-5:])
        after = " ".join(text[end : end + 40].split()[:5])
        excerpt = " ".join(w for w in (before, found.group(0), after) if w)
        self.places.append(Place(kind, record_id, where, found.group(0), excerpt))


def _secret_swaps(secrets: list[str | None]) -> list[_Swap]:
    """An email address or phone number (5 characters or more), in any case, for "[contact withheld]"."""
    found = []
    for secret in secrets:
        secret = (secret or "").strip()
        if len(secret) >= 5:
            found.append(
                _Swap(
                    _first_word(secret),
                    _bounded(_words_pattern(secret.split()), any_case=True),
                    CONTACT_WITHHELD,
                    len(secret),
                )
            )
    return found


def _name_swap(words: list[str], to: str, *, any_case: bool) -> _Swap:
    name = " ".join(words)
    return _Swap(_first_word(name), _bounded(_words_pattern(words), any_case=any_case), to, len(name))


def _member_swaps(words: list[str], to: str) -> list[_Swap]:
    """A member's full name as written (any case when it has more than one word) and "Surname, First"."""
    many = len(words) > 1
    swaps = [_name_swap(words, to, any_case=many)]
    if many:
        reversed_ = rf"{_words_pattern(words[-1:])}\s*,{_GAP[:-1]}*{_words_pattern(words[:-1])}"
        swaps.append(_Swap(_first_word(words[-1]), _bounded(reversed_, any_case=True), to, len(" ".join(words)) + 1))
    return swaps


def _partials(words: list[str]) -> list[_Partial]:
    """A first name or a surname alone, to list for checking."""
    return [
        _Partial(_first_word(part), _bounded(_words_pattern([part]), any_case=True))
        for part in {words[0], words[-1]}
        if len(part) >= 2 and _first_word(part)
    ]


@dataclass
class Outward:
    """What others may see of a commission on a date; see the module's docstring."""

    source: domain.CommissionData
    as_of: date
    reader_id: int | None = None
    redact: Redactor = field(init=False)

    def __post_init__(self) -> None:
        self.redact = Redactor(self.source, self.as_of, keep_id=self.reader_id)

    @property
    def places(self) -> list[Place]:
        return self.redact.places

    @cached_property
    def data(self) -> domain.CommissionData:
        return _filtered(self.source, self.as_of, self.reader_id, self.redact)

    def places_in(self, shown: domain.CommissionData) -> list[Place]:
        """The places that are in `shown` (e.g. the commission cut down to one organisation), in order."""
        self.data  # noqa: B018 - the places are found as the data is made
        ids = {
            "session": {s.id for s in shown.sessions if s.date <= self.as_of},
            "theme": {t.id for t in shown.themes},
            "insight": {i.id for i in shown.insights},
            "quote": {q.id for q in shown.quotes},
            "action": {a.id for a in shown.actions},
            "commitment": {c.id for c in shown.commitments},
            "update": {u.id for u in shown.updates if u.date <= self.as_of},
        }
        return [p for p in self.places if p.kind not in ids or p.record_id in ids[p.kind]]


def for_others(data: domain.CommissionData, as_of: date, *, reader_id: int | None = None) -> Outward:
    """The gate: what any output for others may show of `data` on `as_of` (see the module's docstring)."""
    data.require_update_texts("An output for others")  # never the app's Snapshot, read without them
    return Outward(data, as_of, reader_id)


_WITH_REFS = ("organisations", "members", "sessions", "themes", "insights", "quotes", "actions", "commitments")


def clean_refs(data: domain.CommissionData) -> domain.CommissionData:
    """`data` with every ref `clean`ed, for a report's copy (the gate keeps refs as they are, so an update
    return's refs still name its commitments when it comes back); `data` itself when none changes."""
    changed: dict[str, Any] = {}
    for name in _WITH_REFS:
        records = getattr(data, name)
        if any(_UNSAFE.search(r.ref) for r in records):
            changed[name] = [replace(r, ref=clean(r.ref)) for r in records]
    return replace(data, **changed) if changed else data


def _bilingual(*names: str) -> tuple[tuple[str, str], ...]:
    """The fields to redact of a kind with Welsh twins, as `copy` takes them: each English field named by
    itself in the places list, then each Welsh twin ("name_cy": "Welsh name")."""
    return tuple((name, name) for name in names) + tuple((f"{name}_cy", f"Welsh {name}") for name in names)


def _filtered(
    data: domain.CommissionData, as_of: date, reader_id: int | None, redact: Redactor
) -> domain.CommissionData:
    people = data.people
    members = []
    for mb in data.members:
        person = people.get(mb.id)
        named = mb.id == reader_id or (person is not None and privacy.may_name(person, as_of))
        members.append(
            replace(
                mb,
                display_name=clean(mb.display_name if named else privacy.public_name(person, as_of)),
                pseudonym=clean(mb.pseudonym),
                email="",
                phone="",
                accessibility_notes="",
            )
        )
    may_quote = {
        mb.id
        for mb in data.members
        if mb.id == reader_id or (mb.id in people and privacy.quote_allowed(people[mb.id], as_of))
    }
    refs = {c.id: c.ref for c in data.commitments}
    info = data.commission

    def copy(obj: Any, kind: str, label: Callable[..., str] | None, fields: tuple[tuple[str, str], ...]) -> Any:
        """`obj` itself when nothing in it changes (most records), else a copy with its fields redacted.
        `label()` names the record for the places list; it is only worked out when a place is found."""
        changed = {}
        keeps = redact.keeps
        for name, part in fields:
            old = getattr(obj, name)
            if keeps(old):  # most fields of most records: the same few words again
                continue
            new = redact(old, where=(label, part) if part and label else "", kind=kind, record_id=obj.id)
            if new is not old:
                changed[name] = new
        return replace(obj, **changed) if changed else obj

    def each(items: list[Any], kind: str, noun: str, fields: tuple[tuple[str, str], ...]) -> list[Any]:
        """`copy` of each record, named for the places list by its noun and ref ("Action A-003")."""
        return [copy(x, kind, lambda x=x: f"{noun} {x.ref}", fields) for x in items]

    def quote(q: domain.Quote) -> domain.Quote:
        # a quote its speaker has not agreed to is kept (reports count what was left out) but holds no words
        if q.member_id is None or q.member_id in may_quote:
            return cast(domain.Quote, copy(q, "quote", lambda: f"Quote {q.ref}", (("text", "words"),)))
        return replace(q, text="")

    return domain.CommissionData(
        commission=copy(
            info,
            "commission",
            lambda: "Commission",
            (("name", ""), ("area", ""), ("description", "description"), ("name_cy", "")),
        ),
        organisations=[
            replace(copy(o, "organisation", None, (("name", ""), ("name_cy", ""))), contact_name="", contact_email="")
            for o in data.organisations
        ],
        members=members,
        sessions=each(
            data.sessions,
            "session",
            "Session",
            (("title", "title"), ("location", ""), ("agenda", "agenda"), ("notes", "notes")),
        ),
        attendance=list(data.attendance),
        themes=each(data.themes, "theme", "Theme", _bilingual("name", "description")),
        insights=each(data.insights, "insight", "Insight", _bilingual("statement")),
        quotes=[quote(q) for q in data.quotes],
        actions=each(data.actions, "action", "Action", _bilingual("title", "description")),
        commitments=each(data.commitments, "commitment", "Commitment", _bilingual("pledge")),
        updates=[
            copy(
                u,
                "update",
                lambda u=u: f"Update of {u.date:%d/%m/%Y} on {refs.get(u.commitment_id, '?')}",
                (
                    ("note", "note"),
                    ("reported_by", ""),
                    ("verdict_comment", "panel's comment"),
                    ("note_cy", "Welsh note"),
                ),
            )
            for u in data.updates
        ],
        # the parts added since the gate was written (milestones, frameworks, social value): kept, their words
        # redacted like the rest, so the reports' milestones, Frameworks and Social value sections see them
        milestones=[
            copy(
                ms, "milestone", lambda ms=ms: f"Milestone of {refs.get(ms.commitment_id, '?')}", (("title", "title"),)
            )
            for ms in data.milestones
        ],
        frameworks=list(data.frameworks),
        outcomes=[
            copy(
                o,
                "outcome",
                lambda: "Social value outcome",
                (("outcome", ""), ("stakeholder", ""), ("indicator", ""), ("proxy_source", "")),
            )
            for o in data.outcomes
        ],
    )
