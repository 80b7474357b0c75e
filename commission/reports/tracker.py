"""The XLSX tracker: `Commitments` and `Summary` exactly as SPEC defines, the panel's `Sign-off` trail, then
one sheet per organisation.

Dates are written as ISO text (YYYY-MM-DD) so every reader gets exactly that; progress is a number to
one decimal, left empty for a dropped commitment (it has no progress to count).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import xlsxwriter

from commission.reports.formatting import one_decimal
from commission.reports.model import CommitmentEntry, ReportModel
from commission.vocab import STATE_COLOURS, STATES

COLUMNS = ("ref", "organisation", "action", "pledge", "due", "state", "progress", "latest_status",
           "latest_update", "verdict",
           # extras, after SPEC's columns
           "organisation_ref", "action_ref", "theme", "made_by", "made_on", "weight", "latest_note",
           "verdict_comment", "verdict_date")
WIDTHS = {"ref": 8, "organisation": 28, "action": 32, "pledge": 60, "due": 12, "state": 11, "progress": 10,
          "latest_status": 13, "latest_update": 13, "verdict": 13, "organisation_ref": 10, "action_ref": 10,
          "theme": 26, "made_by": 20, "made_on": 12, "weight": 8, "latest_note": 60, "verdict_comment": 50,
          "verdict_date": 12}
SUMMARY_KEYS = ("as_of", "commitments", "done", "on track", "at risk", "overdue", "dropped", "overall_progress",
                "panel_agreement", "quotes_withheld")
FIXED_SHEETS = ("Commitments", "Summary", "Sign-off", "About", "Frameworks", "Social value")
SIGNOFF_COLUMNS = ("round", "closed_on", "kind", "ref", "item", "agreed_by", "asked", "outcome", "sign_off",
                   "edited", "text")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def natural_key(ref: str) -> list:
    """C2 before C10."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", ref)]


def iso(value) -> str:
    return value.isoformat() if value else ""


def commitment_row(c: CommitmentEntry) -> dict[str, object]:
    return {
        "ref": c.ref, "organisation": c.organisation, "action": c.action_title, "pledge": c.pledge,
        "due": iso(c.due), "state": c.state,
        "progress": None if c.progress is None else one_decimal(c.progress),
        "latest_status": c.latest_status, "latest_update": iso(c.latest_update), "verdict": c.verdict,
        "organisation_ref": c.organisation_ref, "action_ref": c.action_ref, "theme": "; ".join(c.themes),
        "made_by": c.made_by, "made_on": iso(c.made_on), "weight": c.weight, "latest_note": c.latest_note,
        "verdict_comment": c.verdict_comment, "verdict_date": iso(c.verdict_date),
    }


def summary_rows(model: ReportModel) -> list[tuple[str, object]]:
    states = model.states
    return [
        ("as_of", model.as_of.isoformat()),
        ("commitments", len(model.commitments)),
        *((state, states.get(state, 0)) for state in ("done", "on track", "at risk", "overdue", "dropped")),
        ("overall_progress", one_decimal(model.overall)),
        ("panel_agreement", None if model.panel_agreement is None else one_decimal(model.panel_agreement)),
        ("quotes_withheld", model.quotes_withheld),
    ]


def sheet_names(names: list[str]) -> list[str]:
    """Excel-safe, unique (ignoring case) sheet names of at most 31 characters, none clashing with ours."""
    taken = {n.lower() for n in FIXED_SHEETS}
    result = []
    for name in names:
        base = _BAD_SHEET_CHARS.sub(" ", name).strip().strip("'") or "Organisation"
        base = " ".join(base.split())[:31].strip()
        candidate, n = base, 2
        while candidate.lower() in taken:
            suffix = f" ({n})"
            candidate = base[: 31 - len(suffix)].rstrip() + suffix
            n += 1
        taken.add(candidate.lower())
        result.append(candidate)
    return result


def write_xlsx(model: ReportModel, out: Path, *, progress: Callable[[float], None] | None = None) -> None:
    workbook = xlsxwriter.Workbook(str(out), {"strings_to_numbers": False, "strings_to_formulas": False,
                                               "strings_to_urls": False})
    t = model.text
    workbook.set_properties({
        "title": f"{model.commission} \u2014 {t('report_title')}", "author": model.commission,
        "subject": f"{t('report_title')} ({model.as_of.isoformat()})", "company": model.commission,
        "comments": t("privacy_note"),
    })
    fmt = _Formats(workbook)

    rows = [commitment_row(c) for c in sorted(model.commitments, key=lambda c: natural_key(c.ref))]
    _commitments_sheet(workbook.add_worksheet("Commitments"), rows, fmt)
    if progress:
        progress(0.5)

    summary = workbook.add_worksheet("Summary")
    summary.write_string(0, 0, "key", fmt.header)
    summary.write_string(0, 1, "value", fmt.header)
    for r, (key, value) in enumerate(summary_rows(model), start=1):
        summary.write_string(r, 0, key)
        if value is None:
            summary.write_blank(r, 1, None)
        elif isinstance(value, str):
            summary.write_string(r, 1, value)
        else:
            summary.write_number(r, 1, value)
    summary.set_column(0, 0, 20)
    summary.set_column(1, 1, 14)

    _signoff_sheet(workbook.add_worksheet("Sign-off"), model, fmt)
    from commission.reports.tracker_value import frameworks_sheet, value_sheet

    frameworks_sheet(workbook.add_worksheet("Frameworks"), model, fmt)
    value_sheet(workbook.add_worksheet("Social value"), model, fmt)

    orgs = model.organisations
    for org, name in zip(orgs, sheet_names([o.name for o in orgs])):
        _commitments_sheet(workbook.add_worksheet(name),
                           [commitment_row(c) for c in sorted(org.commitments, key=lambda c: natural_key(c.ref))],
                           fmt)

    about = workbook.add_worksheet("About")
    about_rows = [("commission", model.commission), ("area", model.area),
                  ("organisation", model.organisation or ""), ("as_of", model.as_of.isoformat()),
                  ("note", t("privacy_note"))]
    for r, (key, value) in enumerate(about_rows):
        about.write_string(r, 0, key, fmt.header)
        about.write_string(r, 1, value, fmt.wrap)
    about.set_column(0, 0, 14)
    about.set_column(1, 1, 90)
    workbook.close()
    if progress:
        progress(0.95)


class _Formats:
    def __init__(self, workbook):
        self.header = workbook.add_format({"bold": True, "bg_color": "#e3eef3", "bottom": 1, "valign": "top"})
        self.wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        self.top = workbook.add_format({"valign": "top"})
        self.number = workbook.add_format({"valign": "top", "num_format": "0.0"})
        text_on = {state: ("#1a1a1a" if state == "at risk" else "#ffffff") for state in STATES}
        self.state = {state: workbook.add_format({"bg_color": colour, "font_color": text_on[state], "bold": True,
                                                  "valign": "top"})
                      for state, colour in STATE_COLOURS.items()}


def _commitments_sheet(sheet, rows: list[dict[str, object]], fmt: _Formats) -> None:
    for col, name in enumerate(COLUMNS):
        sheet.write_string(0, col, name, fmt.header)
        sheet.set_column(col, col, WIDTHS.get(name, 14),
                         fmt.wrap if name in ("pledge", "action", "latest_note", "verdict_comment") else None)
    for r, row in enumerate(rows, start=1):
        for col, name in enumerate(COLUMNS):
            value = row[name]
            if name == "state":
                sheet.write_string(r, col, str(value), fmt.state.get(str(value), fmt.top))
            elif value is None or value == "":
                sheet.write_blank(r, col, None, fmt.top)
            elif isinstance(value, (int, float)):
                sheet.write_number(r, col, value, fmt.number if name == "progress" else fmt.top)
            else:
                wrap = name in ("pledge", "action", "latest_note", "verdict_comment", "organisation", "theme")
                sheet.write_string(r, col, str(value), fmt.wrap if wrap else fmt.top)
    sheet.freeze_panes(1, 1)
    sheet.autofilter(0, 0, max(len(rows), 1), len(COLUMNS) - 1)


def _signoff_sheet(sheet, model: ReportModel, fmt: _Formats) -> None:
    """The sign-off trail, one row per thing the panel agreed: counts and dates, never who."""
    widths = {"round": 26, "closed_on": 12, "kind": 18, "ref": 8, "item": 44, "agreed_by": 10, "asked": 8,
              "outcome": 10, "sign_off": 56, "edited": 8, "text": 70}
    for col, name in enumerate(SIGNOFF_COLUMNS):
        sheet.write_string(0, col, name, fmt.header)
        sheet.set_column(col, col, widths[name])
    r = 0
    for rnd in model.signoffs:
        for entry in rnd.entries:
            r += 1
            values = (rnd.title, iso(entry.closed_on), model.text.kind(entry.kind), entry.ref, entry.label,
                      entry.agreed_by, entry.asked, entry.outcome, model.signoff_sentence(entry),
                      "yes" if entry.edited else "no", entry.text)
            for col, value in enumerate(values):
                if isinstance(value, int):
                    sheet.write_number(r, col, value, fmt.top)
                else:
                    sheet.write_string(r, col, value, fmt.wrap if col in (0, 4, 8, 10) else fmt.top)
    if r == 0:
        sheet.write_string(1, 0, model.text("signoff_none"))
    sheet.freeze_panes(1, 0)
