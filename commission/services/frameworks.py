"""A coordinator's own framework: added in one transaction with its areas (undo deletes it, areas and tags)."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select

from commission import frameworks as fw
from commission.errors import UserError
from commission.services import audit
from commission.services.edits import _as_dict, run_transaction
from commission.storage import models as m
from commission.storage.db import Database


def slug(text: str) -> str:
    """'Cwm Taf Well-being Plan' → 'cwm-taf-well-being-plan' (accents dropped, at most 60 characters)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60].strip("-") or "framework"


def add_framework(
    db: Database,
    commission_id: int,
    name: str,
    areas: list[str],
    *,
    name_cy: str = "",
    actor: str | None = None,
) -> dict:
    name = " ".join(name.split())
    labels = [" ".join(a.split()) for a in areas if a.strip()]
    if not name:
        raise UserError("Give the framework a name.")
    if len(name) > 300 or any(len(label) > 300 for label in labels):
        raise UserError("A framework's name and each area are at most 300 characters.")
    if not labels:
        raise UserError("A framework needs at least one area: write one area on each line.")
    keys = []
    for label in labels:
        key, n = slug(label), 2
        while key in keys:
            key, n = f"{slug(label)[:56]}-{n}", n + 1
        keys.append(key)
    actor = actor or audit.default_actor()

    def work(s) -> dict:
        taken = set(fw.PRESET_KEYS) | set(
            s.scalars(select(m.Framework.key).where(m.Framework.commission_id == commission_id))
        )
        key, n = slug(name), 2
        while key in taken:
            key, n = f"{slug(name)[:56]}-{n}", n + 1
        row = m.Framework(commission_id=commission_id, key=key, name=name, name_cy=name_cy)
        s.add(row)
        s.flush()
        audit.record(s, actor, "create", "framework", commission_id=commission_id, record_id=row.id, ref=key, new=name)
        for position, (area_key, label) in enumerate(zip(keys, labels, strict=True)):
            s.add(m.FrameworkArea(framework_id=row.id, key=area_key, label=label, label_cy="", position=position))
        s.flush()
        return _as_dict(row)

    return run_transaction(db, work)
