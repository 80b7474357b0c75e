"""Search everywhere (Ctrl+K): notes, quotes, insights, actions, pledges and updates."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from commission.storage.db import Database
from commission.storage.search_index import KIND_CODES


# (kind, table, title SQL, body SQL, commission SQL) for PostgreSQL, which searches the tables directly.
_PG_SOURCES = [
    ("session", "sessions s", "s.title", "s.notes || ' ' || s.agenda || ' ' || s.location", "s.commission_id"),
    ("quote", "quotes s", "''", "s.text", "s.commission_id"),
    ("insight", "insights s", "''", "s.statement", "s.commission_id"),
    ("action", "actions s", "s.title", "s.description", "s.commission_id"),
    ("commitment", "commitments s", "s.ref", "s.pledge", "s.commission_id"),
    ("update", "updates s JOIN commitments c ON c.id = s.commitment_id", "s.status",
     "s.note || ' ' || s.verdict_comment || ' ' || s.reported_by", "c.commission_id"),
]


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_id: int
    title: str
    snippet: str


def _words(query: str) -> list[str]:
    return re.findall(r"\w+", query, flags=re.UNICODE)


def search(db: Database, commission_id: int, query: str, limit: int = 50) -> list[SearchHit]:
    words = _words(query)
    if not words:
        return []
    with db.session() as s:
        if db.backend == "sqlite":
            # Each word must appear; the last may be the start of a word (typing as you search).
            match = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
            rows = s.execute(text(
                "SELECT rowid, title, snippet(search_index, 2, '', '', ' … ', 14) FROM search_index "
                "WHERE search_index MATCH :match AND commission_id = :cid ORDER BY rank LIMIT :limit"
            ), {"match": match, "cid": commission_id, "limit": limit}).all()
            return [SearchHit(KIND_CODES[rowid % 8], rowid // 8, title or "", snippet or "")
                    for rowid, title, snippet in rows]
        parts = []
        for kind, source, title, body, commission in _PG_SOURCES:
            parts.append(
                f"SELECT '{kind}' AS kind, s.id AS id, {title} AS title, "
                f"ts_headline('simple', {body}, q, 'MaxWords=14, MinWords=5, StartSel=\"\", StopSel=\"\"') AS snippet, "
                f"ts_rank(to_tsvector('simple', {title} || ' ' || {body}), q) AS rank "
                f"FROM {source}, to_tsquery('simple', :match) q "
                f"WHERE {commission} = :cid AND to_tsvector('simple', {title} || ' ' || {body}) @@ q"
            )
        match = " & ".join(f"{w.lower()}" for w in words[:-1]) + (" & " if len(words) > 1 else "") + f"{words[-1].lower()}:*"
        rows = s.execute(text(" UNION ALL ".join(parts) + " ORDER BY rank DESC LIMIT :limit"),
                         {"match": match, "cid": commission_id, "limit": limit}).all()
        return [SearchHit(kind, rid, title or "", snippet or "") for kind, rid, title, snippet, _rank in rows]
