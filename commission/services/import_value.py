"""Import the frameworks and social value parts of a checked workbook, inside the importer's transaction.

Frameworks rows upsert the coordinator's own frameworks and areas by key; an Actions sheet with a
`frameworks` column replaces each of its actions' tags; Value rows upsert outcomes by their name and
replace their links. Every change is audited as the rest of the import is.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd
from sqlalchemy import delete, insert, or_, select

from commission import frameworks as fw
from commission.storage import models as m
from commission.storage.models_value import FRACTIONS

VALUE_FIELDS = ("stakeholder", "indicator", "quantity", "proxy", "proxy_source", "duration", *FRACTIONS)


def custom_frameworks(s, commission_id: int) -> dict[str, set[str]]:
    """The commission's own frameworks: key → area keys (for checking a workbook's tags)."""
    f, a = m.Framework.__table__, m.FrameworkArea.__table__
    out: dict[str, set[str]] = defaultdict(set)
    for key, area in s.execute(
        select(f.c.key, a.c.key)
        .join(a, a.c.framework_id == f.c.id, isouter=True)
        .where(f.c.commission_id == commission_id)
    ):
        out[key]
        if area:
            out[key].add(area)
    return dict(out)


def _differs(old, new) -> bool:
    if isinstance(old, float) and isinstance(new, (int, float)):
        return abs(old - new) > 1e-9
    return (old or "") != (new or "") if isinstance(old, str) or old is None else old != new


def import_frameworks(job, frame: pd.DataFrame) -> None:
    f, a = m.Framework.__table__, m.FrameworkArea.__table__
    frameworks = {r["key"]: dict(r) for r in job.s.execute(select(f).where(f.c.commission_id == job.cid)).mappings()}
    created = changed = 0
    for record in frame.to_dict("records"):
        key = record["framework"]
        values = {
            "name": record.get("framework_name") or key,
            "name_cy": record.get("framework_name_cy") or "",
        }
        old = frameworks.get(key)
        if old is None:
            new_id = job.s.execute(
                insert(f).values(commission_id=job.cid, key=key, **values).returning(f.c.id)
            ).scalar_one()
            frameworks[key] = {"id": new_id, "key": key, **values}
            job.audited("create", "framework", new_id, ref=key, new=values["name"])
            created += 1
        elif "framework_name" in frame.columns or "framework_name_cy" in frame.columns:
            given = {k: v for k, v in values.items() if f"framework_{k}" in frame.columns}
            diff = {k: v for k, v in given.items() if _differs(old[k], v)}
            if diff:
                job.write_changes(f, old, diff, "framework", key)
                old.update(diff)
                changed += 1
    ids = {key: r["id"] for key, r in frameworks.items()}
    areas = {
        (r["framework_id"], r["key"]): dict(r)
        for r in job.s.execute(select(a).where(a.c.framework_id.in_(list(ids.values())))).mappings()
    }
    positions: dict[int, int] = defaultdict(int)
    for (framework_id, _), r in areas.items():
        positions[framework_id] = max(positions[framework_id], r["position"] + 1)
    for record in frame.to_dict("records"):
        framework_id = ids[record["framework"]]
        values = {"label": record.get("label") or record["area"], "label_cy": record.get("label_cy") or ""}
        old = areas.get((framework_id, record["area"]))
        tag = fw.tag_text(record["framework"], record["area"])
        if old is None:
            new_id = job.s.execute(
                insert(a)
                .values(framework_id=framework_id, key=record["area"], position=positions[framework_id], **values)
                .returning(a.c.id)
            ).scalar_one()
            positions[framework_id] += 1
            areas[(framework_id, record["area"])] = {"id": new_id, **values}
            job.audited("create", "framework_area", new_id, ref=tag, new=values["label"])
        else:
            diff = {
                k: v for k, v in values.items() if k.replace("label", "label") in frame.columns and _differs(old[k], v)
            }
            if diff:
                job.write_changes(a, old, diff, "framework_area", tag)
    job.summary.created["Frameworks"] += created
    job.summary.changed["Frameworks"] += changed


def area_ids(job) -> dict[str, int]:
    """'framework:area' → area id, for the shipped frameworks and the commission's own."""
    f, a = m.Framework.__table__, m.FrameworkArea.__table__
    rows = job.s.execute(
        select(f.c.key, a.c.key, a.c.id, f.c.commission_id)
        .join(a, a.c.framework_id == f.c.id)
        .where(or_(f.c.commission_id.is_(None), f.c.commission_id == job.cid))
    )
    out: dict[str, int] = {}
    for framework, area, area_id, _owner in sorted(rows, key=lambda r: r[3] is None):  # presets win a clash
        out[fw.tag_text(framework, area)] = area_id
    return out


def import_tags(job, frame: pd.DataFrame) -> None:
    """Replace each listed action's framework tags with its `frameworks` cell."""
    if "frameworks" not in frame.columns:
        return
    lookup = area_ids(job)
    actions = job.ref_ids("Actions")
    t = m.ActionFrameworkArea.__table__
    owners = [actions[ref] for ref in frame["ref"]]
    current: dict[int, set[int]] = defaultdict(set)
    for action_id, area_id in job.s.execute(select(t.c.action_id, t.c.area_id).where(t.c.action_id.in_(owners))):
        current[action_id].add(area_id)
    changed = 0
    for ref, tags in zip(frame["ref"], frame["frameworks"], strict=True):
        action_id = actions[ref]
        wanted = {lookup[tag] for tag in tags}
        have = current[action_id]
        if wanted == have:
            continue
        if have - wanted:
            job.s.execute(delete(t).where(t.c.action_id == action_id, t.c.area_id.in_(have - wanted)))
        if wanted - have:
            job.s.execute(insert(t), [{"action_id": action_id, "area_id": i} for i in sorted(wanted - have)])
        job.audited(
            "edit",
            "action",
            action_id,
            ref=ref,
            field="framework_areas",
            old=";".join(map(str, sorted(have))),
            new=";".join(map(str, sorted(wanted))),
        )
        changed += 1
    job.summary.changed["Actions"] += 0  # counted with the action's own fields; tags are in the audit trail


def import_value(job, frame: pd.DataFrame) -> None:
    o = m.Outcome.__table__
    existing = {r["outcome"]: dict(r) for r in job.s.execute(select(o).where(o.c.commission_id == job.cid)).mappings()}
    next_position = max((r["position"] for r in existing.values()), default=-1) + 1
    defaults = {"stakeholder": "", "indicator": "", "proxy_source": "", **{f: 0.0 for f in FRACTIONS}}
    created = changed = 0
    ids: dict[str, int] = {}
    for record in frame.to_dict("records"):
        given = {k: record[k] for k in VALUE_FIELDS if k in frame.columns}
        values = {k: (defaults.get(k) if v is None or v == "" else v) for k, v in given.items()}
        old = existing.get(record["outcome"])
        if old is None:
            row = {
                **defaults,
                **values,
                "commission_id": job.cid,
                "outcome": record["outcome"],
                "position": next_position,
            }
            next_position += 1
            ids[record["outcome"]] = job.s.execute(insert(o).values(**row).returning(o.c.id)).scalar_one()
            job.audited("create", "outcome", ids[record["outcome"]], new=record["outcome"][:200])
            created += 1
            continue
        ids[record["outcome"]] = old["id"]
        diff = {k: v for k, v in values.items() if _differs(old[k], v)}
        if diff:
            job.write_changes(o, old, diff, "outcome")
            changed += 1
    for column, sheet, table, other in (
        ("action_refs", "Actions", m.OutcomeAction, "action_id"),
        ("insight_refs", "Insights", m.OutcomeInsight, "insight_id"),
    ):
        if column not in frame.columns:
            continue
        targets, t = job.ref_ids(sheet), table.__table__
        owners = list(ids.values())
        current: dict[int, set[int]] = defaultdict(set)
        for outcome_id, other_id in job.s.execute(select(t.c.outcome_id, t.c[other]).where(t.c.outcome_id.in_(owners))):
            current[outcome_id].add(other_id)
        for name, refs in zip(frame["outcome"], frame[column], strict=True):
            outcome_id = ids[name]
            wanted = {targets[r] for r in refs}
            have = current[outcome_id]
            if have - wanted:
                job.s.execute(delete(t).where(t.c.outcome_id == outcome_id, t.c[other].in_(have - wanted)))
            if wanted - have:
                job.s.execute(insert(t), [{"outcome_id": outcome_id, other: i} for i in sorted(wanted - have)])
    job.summary.created["Value"] += created
    job.summary.changed["Value"] += changed
