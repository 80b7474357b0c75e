"""The Frameworks and Value sheets of the full workbook (the coordinator's own frameworks; every outcome)."""

from __future__ import annotations

from commission import domain


def value_rows(
    data: domain.CommissionData, action_ref: dict[int, str], insight_ref: dict[int, str], number
) -> dict[str, list[tuple]]:
    frameworks = [
        (f.key, a.key, f.name, f.name_cy, a.label, a.label_cy) for f in data.frameworks if not f.preset for a in f.areas
    ]
    value = [
        (
            o.outcome,
            o.stakeholder,
            o.indicator,
            number(o.quantity),
            number(o.proxy),
            o.proxy_source,
            number(o.duration),
            number(o.deadweight),
            number(o.attribution),
            number(o.displacement),
            number(o.drop_off),
            ";".join(action_ref[i] for i in o.action_ids if i in action_ref),
            ";".join(insight_ref[i] for i in o.insight_ids if i in insight_ref),
        )
        for o in data.outcomes
    ]
    return {"Frameworks": frameworks, "Value": value}
