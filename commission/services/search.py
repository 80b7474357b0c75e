"""Search everywhere (Ctrl+K): sessions, quotes, what we heard, actions, pledges, updates, members (by display
name and pseudonym, never contact details), organisations and themes; each hit says what it is and where."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from commission import vocab
from commission.kinds import KINDS, SEARCHED
from commission.storage import models as m
from commission.storage.db import Database
from commission.storage.search_index import KIND_CODES, SLOTS, _source

# (kind, table, title SQL, body SQL, commission SQL) for PostgreSQL, which searches the tables directly.
_PG_SOURCES = [
    (
        kind.name,
        f"{kind.collection} s"
        + (f" JOIN {KINDS[kind.owner].collection} c ON c.id = s.{kind.owner}_id" if kind.owner else ""),
        *_source(kind, "s", "c"),
    )
    for kind in SEARCHED
]


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_id: int
    title: str
    snippet: str
    context: str = ""  # where it belongs, in plain words: "under Stigma in services", "Cartrefi Cymru, due …"


def _words(query: str) -> list[str]:
    return re.findall(r"\w+", query, flags=re.UNICODE)


def search(db: Database, commission_id: int, query: str, limit: int = 50) -> list[SearchHit]:
    words = _words(query)
    if not words:
        return []
    with db.session() as s:
        hits = _search(s, db.backend, commission_id, words, limit)
        return _with_context(s, hits)


def _search(s, backend: str, commission_id: int, words: list[str], limit: int) -> list[SearchHit]:
    if backend == "sqlite":
        # Each word must appear; the last may be the start of a word (typing as you search).
        match = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
        rows = s.execute(
            text(
                "SELECT rowid, title, snippet(search_index, 2, '', '', ' … ', 14) FROM search_index "
                "WHERE search_index MATCH :match AND commission_id = :cid ORDER BY rank LIMIT :limit"
            ),
            {"match": match, "cid": commission_id, "limit": limit},
        ).all()
        return [
            SearchHit(KIND_CODES[rowid % SLOTS], rowid // SLOTS, title or "", snippet or "")
            for rowid, title, snippet in rows
            if rowid % SLOTS in KIND_CODES
        ]
    parts = []
    for kind, source, title, body, commission in _PG_SOURCES:
        parts.append(
            f"SELECT '{kind}' AS kind, s.id AS id, {title} AS title, "
            f"ts_headline('simple', {body}, q, 'MaxWords=14, MinWords=5, StartSel=\"\", StopSel=\"\"') AS snippet, "
            f"ts_rank(to_tsvector('simple', {title} || ' ' || {body}), q) AS rank "
            f"FROM {source}, to_tsquery('simple', :match) q "
            f"WHERE {commission} = :cid AND to_tsvector('simple', {title} || ' ' || {body}) @@ q"
        )
    match = (
        " & ".join(f"{w.lower()}" for w in words[:-1]) + (" & " if len(words) > 1 else "") + f"{words[-1].lower()}:*"
    )
    rows = s.execute(
        text(" UNION ALL ".join(parts) + " ORDER BY rank DESC LIMIT :limit"),
        {"match": match, "cid": commission_id, "limit": limit},
    ).all()
    return [SearchHit(kind, rid, title or "", snippet or "") for kind, rid, title, snippet, _rank in rows]


def _by_id(s, model, ids) -> dict:
    return {row.id: row for row in s.query(model).filter(model.id.in_(ids))} if ids else {}


def _with_context(s, hits: list[SearchHit]) -> list[SearchHit]:
    """Each hit with a few plain words on where it belongs, read for just these hits (a handful of queries)."""
    if not hits:
        return hits
    wanted: dict[str, set[int]] = {}
    for hit in hits:
        wanted.setdefault(hit.kind, set()).add(hit.record_id)
    updates = _by_id(s, m.Update, wanted.get("update", set()))
    quotes = _by_id(s, m.Quote, wanted.get("quote", set()))
    insights = _by_id(s, m.Insight, wanted.get("insight", set()))
    commitments = _by_id(s, m.Commitment, wanted.get("commitment", set()) | {u.commitment_id for u in updates.values()})
    themes = _by_id(s, m.Theme, wanted.get("theme", set()) | {i.theme_id for i in insights.values()})
    themes.update(_by_id(s, m.Theme, {t.parent_id for t in themes.values() if t.parent_id} - set(themes)))
    members = _by_id(s, m.Member, wanted.get("member", set()) | {q.member_id for q in quotes.values() if q.member_id})
    sessions = _by_id(s, m.Session, wanted.get("session", set()) | {q.session_id for q in quotes.values()})
    organisations = _by_id(
        s,
        m.Organisation,
        wanted.get("organisation", set())
        | {c.organisation_id for c in commitments.values()}
        | {mb.organisation_id for mb in members.values() if mb.organisation_id},
    )
    actions = _by_id(s, m.Action, wanted.get("action", set()) | {c.action_id for c in commitments.values()})

    def commitment_words(c) -> str:
        org, action = organisations.get(c.organisation_id), actions.get(c.action_id)
        return ", ".join(
            x for x in (org.name if org else "", f"towards “{_short(action.title)}”" if action else "") if x
        )

    def context(hit: SearchHit) -> str:
        kind, rid = hit.kind, hit.record_id
        if kind == "session" and rid in sessions:
            r = sessions[rid]
            return f"{r.kind.capitalize()} session, {vocab.uk_date(r.date)}"
        if kind == "quote" and rid in quotes:
            q = quotes[rid]
            return _quote_context(sessions.get(q.session_id), members.get(q.member_id))
        if kind == "insight" and rid in insights:
            theme = themes.get(insights[rid].theme_id)
            return f"Under {theme.name}" if theme else ""
        if kind == "action" and rid in actions:
            return f"Action {actions[rid].ref}"
        if kind == "commitment" and rid in commitments:
            return commitment_words(commitments[rid])
        if kind == "update" and rid in updates:
            u = updates[rid]
            c = commitments.get(u.commitment_id)
            return f"{vocab.uk_date(u.date)}, {u.status}" + (f" · {commitment_words(c)}" if c else "")
        if kind == "member" and rid in members:
            mb = members[rid]
            return _member_context(mb, organisations.get(mb.organisation_id))
        if kind == "organisation" and rid in organisations:
            return ORGANISATION_CONTEXT.get(organisations[rid].kind, "Organisation")
        if kind == "theme" and rid in themes:
            parent = themes.get(themes[rid].parent_id)
            return f"Under {parent.name}" if parent else "A theme"
        return ""

    return [SearchHit(h.kind, h.record_id, h.title, h.snippet, context(h)) for h in hits]


def _quote_context(session, speaker) -> str:
    bits = [speaker.display_name if speaker else "no speaker recorded"]
    if session:
        bits.append(f"at “{_short(session.title)}”, {vocab.uk_date(session.date)}")
    return " ".join(bits)


def _member_context(mb, org) -> str:
    bits = [ROLE_CONTEXT.get(mb.role, mb.role)]
    if mb.pseudonym:
        bits.append(f"known as {mb.pseudonym}")
    if org:
        bits.append(org.name)
    return ", ".join(bits)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


ROLE_CONTEXT = {
    "community": "Community commissioner",
    "civic": "Civic commissioner",
    "facilitator": "Facilitator",
    "guest": "Guest",
}
ORGANISATION_CONTEXT = {
    "council": "Council",
    "health": "Health board",
    "dwp": "DWP",
    "housing": "Housing",
    "voluntary": "Voluntary organisation",
    "business": "Business",
    "other": "Organisation",
}
