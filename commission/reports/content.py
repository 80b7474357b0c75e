"""A commission's own words in the report's language (SPEC, Bilingual content).

`localise` gives the report a copy of the (already privacy-filtered) commission whose English fields hold the
version in the report's language: the Welsh version in a Welsh report, both (Welsh first) in a bilingual one,
and, where the reader's version is missing, the other one marked as such (`text.Said`). Everything the report
builds from those fields (headings, tables, the timeline, the sign-off trail) then follows on its own.
"""

from __future__ import annotations

from dataclasses import replace
from operator import attrgetter

from commission import domain
from commission.reports.text import Text, pick_content

# (collection, field, its Welsh version): the fields SPEC gives a `…_cy` version.
FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "organisations": (("name", "name_cy"),),
    "themes": (("name", "name_cy"), ("description", "description_cy")),
    "insights": (("statement", "statement_cy"),),
    "actions": (("title", "title_cy"), ("description", "description_cy")),
    "commitments": (("pledge", "pledge_cy"),),
    "updates": (("note", "note_cy"),),
}


def localise(data: domain.CommissionData, text: Text) -> domain.CommissionData:
    def pick(obj, pairs):
        return replace(obj, **{en: pick_content(text, getattr(obj, en), getattr(obj, cy)) for en, cy in pairs})

    def pick_all(items, pairs):
        if text.language != "en":
            return [pick(obj, pairs) for obj in items]
        welsh = attrgetter(*(cy for _en, cy in pairs))
        if len(pairs) == 1:  # most records: one field, and no Welsh version of it
            return [pick(obj, pairs) if welsh(obj) else obj for obj in items]
        return [pick(obj, pairs) if any(welsh(obj)) else obj for obj in items]  # nothing to choose, nothing to mark

    changed = {name: pick_all(getattr(data, name), pairs) for name, pairs in FIELDS.items()}
    info = data.commission
    commission = replace(info, name=pick_content(text, info.name, info.name_cy))
    return replace(data, commission=commission, **changed)
