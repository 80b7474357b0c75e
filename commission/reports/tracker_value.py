"""The tracker's `Frameworks` sheet (framework, area, actions, progress, states) and `Social value` sheet
(labels in the first column; the ratio on the row labelled `SROI ratio`)."""

from __future__ import annotations

from commission.reports.formatting import one_decimal
from commission.reports.model import ReportModel
from commission.reports.model_value import states_text
from commission.reports.tracker import header_row, write_rows
from commission.sheets import VALUE

FRAMEWORK_WIDTHS = {  # the Frameworks sheet's columns, each with its width
    "framework": 16,
    "area": 24,
    "actions": 22,
    "progress": 10,
    "states": 34,
    # extras, after SPEC's columns
    "framework_name": 40,
    "area_label": 50,
    "covered": 9,
}
# The workbook's Value columns, with the present value each outcome comes to before where it comes from.
_SOURCES = ("action_refs", "insight_refs")
OUTCOME_COLUMNS = (*(name for name in VALUE.columns if name not in _SOURCES), "present_value", *_SOURCES)


def _write(sheet, r: int, c: int, value, fmt) -> None:
    if value is None or value == "":
        sheet.write_blank(r, c, None, fmt.top)
    elif isinstance(value, (int, float)):
        sheet.write_number(r, c, value, fmt.top)
    else:
        sheet.write_string(r, c, str(value), fmt.wrap)


def frameworks_sheet(sheet, model: ReportModel, fmt) -> None:
    header_row(sheet, FRAMEWORK_WIDTHS, fmt)
    rows = (
        (
            framework.key,
            area.key,
            "; ".join(a.ref for a in area.actions),
            one_decimal(area.progress) if area.covered else None,
            states_text(area.states, model.text),
            framework.name,
            area.label,
            "yes" if area.covered else "no",
        )
        for framework in model.frameworks
        for area in framework.areas
    )
    if not write_rows(sheet, rows, fmt, _write):
        sheet.write_string(1, 0, model.text("frameworks_none"), fmt.wrap)
    sheet.freeze_panes(1, 0)


def value_sheet(sheet, model: ReportModel, fmt) -> None:
    sv = model.social_value
    sheet.set_column(0, 0, 30)
    sheet.set_column(1, len(OUTCOME_COLUMNS), 16)
    rows = [
        ("investment", sv.investment if sv else None),
        ("discount_rate", sv.discount_rate if sv else None),
        ("outcomes", len(sv.outcomes) if sv else 0),
        ("total_present_value", round(sv.total, 2) if sv else 0),
        ("SROI ratio", round(sv.ratio, 2) if sv and sv.ratio is not None else None),
    ]
    for r, (label, value) in enumerate(rows):
        sheet.write_string(r, 0, label, fmt.header)
        _write(sheet, r, 1, value, fmt)
    ratio_row = len(rows) - 1
    if sv and sv.ratio is not None:
        sheet.write_string(ratio_row, 2, f"£{sv.ratio:,.2f} for every £1", fmt.top)
    elif sv:
        sheet.write_string(ratio_row, 2, sv.message, fmt.top)
    r = len(rows) + 1
    for c, name in enumerate(OUTCOME_COLUMNS):
        sheet.write_string(r, c, name, fmt.header)
    for o in sv.outcomes if sv else []:
        r += 1
        values = (
            o.outcome,
            o.stakeholder,
            o.indicator,
            o.quantity,
            o.proxy,
            o.proxy_source,
            o.duration,
            o.deadweight,
            o.attribution,
            o.displacement,
            o.drop_off,
            round(o.present_value, 2),
            ";".join(o.action_refs),
            ";".join(o.insight_refs),
        )
        for c, cell in enumerate(values):
            _write(sheet, r, c, cell, fmt)
    r += 2
    for c, name in enumerate(("sensitivity", "total_present_value", "ratio")):
        sheet.write_string(r, c, name, fmt.header)
    for row in sv.sensitivity if sv else []:
        r += 1
        sheet.write_string(r, 0, row.key)
        sheet.write_number(r, 1, round(row.total, 2), fmt.top)
        sheet.write_number(r, 2, round(row.ratio, 2), fmt.top)
        sheet.write_string(r, 3, row.label, fmt.top)
