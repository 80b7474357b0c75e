"""Checks for the frameworks and social value parts of a workbook (SPEC, Frameworks and Social value).

Actions' `frameworks` cells are `;` lists of `framework:area`, each one a shipped framework's area or one
of the coordinator's own (in the database, or on this workbook's Frameworks sheet). Value's numbers are
read as the arithmetic means them: shares from 0 to 1, whole years, no negative quantities.
"""

from __future__ import annotations

import pandas as pd

from commission import frameworks as fw
from commission import sroi

FRACTION, QUANTITY, MONEY, YEARS, KEY, TAGS = "fraction", "quantity", "money", "years", "key", "tags"
NUMBER_KINDS = (FRACTION, QUANTITY, MONEY, YEARS)

VALUE_KINDS: dict[str, dict[str, object]] = {
    "Frameworks": {"framework": KEY, "area": KEY},
    "Value": {
        "quantity": QUANTITY,
        "proxy": MONEY,
        "duration": YEARS,
        **{name: FRACTION for name in sroi.FRACTIONS},
        "action_refs": ("links", "Actions"),
        "insight_refs": ("links", "Insights"),
    },
}


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", "").removeprefix("£")) if text else None
    except ValueError:
        return None
    return value if value is not None and value == value and abs(value) != float("inf") else None


def read_number(kind: str, text: str) -> tuple[float | int | None, str]:
    """(value, '') or (None, reason) for one cell; a blank cell is (None, '')."""
    if text == "":
        return None, ""
    value = _number(text)
    if kind == FRACTION:
        if text.endswith("%") and (pct := _number(text[:-1].strip())) is not None:
            value = pct / 100
        if value is None or not 0 <= value <= 1:
            return None, f"a share from 0 to 1 (or 0% to 100%), not '{text}'"
    elif kind == QUANTITY:
        if value is None or value < 0:
            return None, f"a number of 0 or more, not '{text}'"
    elif kind == MONEY:
        if value is None:
            return None, f"an amount in £, not '{text}'"
    elif kind == YEARS:
        if value is None or int(value) != value or not 1 <= value <= sroi.MAX_DURATION:
            return None, f"a whole number of years from 1 to {sroi.MAX_DURATION}, not '{text}'"
        value = int(value)
    return value, ""


def number_cells(sheet: str, column: str, kind: str, cells: pd.Series, report) -> pd.Series:
    seen = {v: read_number(kind, v) for v in set(cells.tolist())}
    bad = pd.Series([bool(seen[v][1]) for v in cells.tolist()], index=cells.index, dtype=bool)
    report(sheet, column, bad, lambda row: f"{column.replace('_', '-')} must be {seen[cells[row]][1]}")
    return pd.Series([seen[v][0] for v in cells.tolist()], index=cells.index, dtype=object)


def key_cells(sheet: str, column: str, cells: pd.Series, report) -> pd.Series:
    normal = cells.map(fw.normal_key)
    bad = (normal != "") & ~normal.map(lambda v: bool(fw.KEY_PATTERN.match(v)))
    report(
        sheet,
        column,
        bad,
        lambda row: f"'{cells[row]}' is not a key: use lower-case letters, digits and hyphens (e.g. my-strategy)",
    )
    return normal


def split_tags(cell: str) -> list[str]:
    """'WFG-goals : healthier; phw-assets:community' → ['wfg-goals:healthier', 'phw-assets:community']."""
    tags = []
    for part in cell.split(";") if cell else []:
        if part.strip():
            framework, colon, area = fw.normal_key(part).partition(":")
            tags.append(f"{framework.strip()}{colon}{area.strip()}")
    return tags


def commission_number(key: str, value: str) -> tuple[float | None, str]:
    """The Commission sheet's `investment` and `discount_rate`."""
    number = _number(value.strip().rstrip("%").strip()) if value else None
    if not value:
        return None, ""
    if key == "discount_rate" and value.strip().endswith("%") and number is not None:
        number /= 100
    if key == "investment" and (number is None or number <= 0):
        return None, f"the investment must be an amount in £ above 0, not '{value}'"
    if key == "discount_rate" and (number is None or not 0 <= number < 1):
        return None, f"the discount rate is a share such as 0.035 (3.5%), not '{value}'"
    return number, ""


def known_areas(clean: dict[str, pd.DataFrame], existing_custom: dict[str, set[str]]) -> dict[str, set[str]]:
    """framework key → its area keys: the shipped ones, the database's own, and this workbook's."""
    known = {p.key: {a.key for a in p.areas} for p in fw.PRESETS}
    for key, areas in existing_custom.items():
        known.setdefault(key, set()).update(areas)
    sheet = clean.get("Frameworks")
    if sheet is not None:
        for framework, area in zip(sheet["framework"], sheet["area"], strict=True):
            if framework and area and framework not in fw.PRESET_KEYS:
                known.setdefault(framework, set()).add(area)
    return known


def check_frameworks(
    clean: dict[str, pd.DataFrame], existing_custom: dict[str, set[str]], problems: list, problem
) -> None:
    sheet = clean.get("Frameworks")
    if sheet is not None:
        for row, framework in zip(sheet.index, sheet["framework"], strict=True):
            if framework in fw.PRESET_KEYS:
                problems.append(
                    problem(
                        "Frameworks",
                        int(row),
                        "framework",
                        f"'{framework}' is shipped with Commission: give your own framework another key",
                    )
                )
    actions = clean.get("Actions")
    if actions is None or "frameworks" not in actions.columns:
        return
    known = known_areas(clean, existing_custom)
    for row, tags in zip(actions.index, actions["frameworks"], strict=True):
        for tag in tags:
            framework, colon, area = tag.partition(":")
            framework, area = framework.strip(), area.strip()
            if not colon or not framework or not area:
                reason = f"'{tag}' is not framework:area (e.g. wfg-goals:healthier)"
            elif framework not in known:
                reason = (
                    f"unknown framework '{framework}' — use one of: {', '.join(sorted(known))}, or add "
                    "it on the Frameworks sheet"
                )
            elif area not in known[framework]:
                reason = (
                    f"framework '{framework}' has no area '{area}' — its areas: {', '.join(sorted(known[framework]))}"
                )
            else:
                continue
            problems.append(problem("Actions", int(row), "frameworks", reason))
