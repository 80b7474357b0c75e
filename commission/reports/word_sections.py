"""The Word report's sections from "You said, we did" to the appendix: each action with its commitments' cards,
by organisation, and the appendix (sessions, the sign-off trail, how figures are computed, what was left out).

A mixin of word._Writer, which holds the document (`doc`), the model (`m`), its words (`t`) and the helpers
(`para`, `table`, `state_cell`, `label_value`, `page_break`, `tick`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Cm, Emu, RGBColor

from commission.reports.charts import STATES_DISPLAY
from commission.reports.formatting import pct
from commission.reports.model import CommitmentEntry, ReportModel
from commission.reports.text import Text
from commission.reports.tracker import iso
from commission.reports.word_card import ORGANISATION_WIDTHS, card, organisation_rows
from commission.vocab import STATES

MUTED = RGBColor(0x52, 0x60, 0x6D)
STATE_INK = {state: ("1A1A1A" if state == "at risk" else "FFFFFF") for state in STATES}  # >= 4.5:1 on the colour


class Sections:
    doc: Any  # word_doc.FastDocument
    m: ReportModel
    t: Text
    _half: int | None

    # the writer's helpers
    para: Callable[..., Any]
    table: Callable[..., Any]
    state_cell: Callable[[Any, str], None]
    label_value: Callable[[Any, str, str], None]
    page_break: Callable[[], None]
    tick: Callable[[], None]

    def you_said(self) -> None:
        m, t = self.m, self.t
        self.doc.add_heading(t("you_said"), 1)
        if not m.themes and not m.other_actions:
            self.para(t("no_themes"))
        for theme in m.themes:
            self.doc.add_heading(theme.name, 2 if theme.depth == 0 else 3)
            p = self.para()
            if theme.asset:
                self.label_value(p, t("asset"), t.asset(theme.asset))
                p.add_run(" \u00b7 ")
            self.label_value(p, t("progress"), pct(theme.progress))
            p.paragraph_format.keep_with_next = True
            if theme.description:
                self.para(theme.description, keep=True)
            if theme.insights:
                self.para(t("what_we_heard"), bold=True, muted=True, keep=True)
            for insight in theme.insights:
                p = self.para(f"\u201c{insight.statement}\u201d", bold=True, keep=bool(insight.quotes))
                if insight.status != "agreed":
                    run = p.add_run(f" ({t('insight_status')})")
                    run.font.color.rgb = MUTED
                if insight.agreed_on:
                    self.para(t("agreed_by_panel_on", date=t.date(insight.agreed_on)), muted=True)
                for q in insight.quotes:
                    self.para(f"\u201c{q.text}\u201d", italic=True, style="Quote", keep=True)
                    by = ", ".join(x for x in (q.speaker, q.session, t.date(q.session_date)) if x)
                    self.para(f"\u2014 {by}", muted=True)
            if theme.actions or theme.see_also:
                self.para(t("actions_agreed"), bold=True, muted=True, keep=True)
            for action in theme.actions:
                self.action(action)
            for ref, home in theme.see_also:
                self.para(t("see_action", ref=ref, theme=home), muted=True)
        if m.other_actions:
            self.doc.add_heading(t("other_actions"), 2)
            for action in m.other_actions:
                self.action(action)
        self.page_break()

    def action(self, action) -> None:
        t = self.t
        self.doc.add_heading(f"{action.ref}  {action.title}", 4)
        p = self.para(keep=True)
        self.label_value(p, t("progress"), pct(action.progress))
        if action.description:
            self.para(action.description, keep=True)
        if not action.commitments:
            self.para(t("no_commitments_action"), muted=True)
        for c in action.commitments:
            self.commitment(c)

    def commitment(self, c: CommitmentEntry) -> None:
        self.tick()
        if self._half is None:  # a column of the two-column card, in twips, as python-docx would share the page
            self._half = Emu(self.doc._block_width // 2).twips
        self.doc._add(card(self.t, c, self.doc.style_id("Table Grid", WD_STYLE_TYPE.TABLE), self._half, STATE_INK))
        self.para()

    def by_organisation(self) -> None:
        m, t = self.m, self.t
        self.doc.add_heading(t("by_organisation"), 1)
        if not m.organisations or not m.commitments:
            self.para(m.no_commitments_text())
        for org in m.organisations:
            self.doc.add_heading(org.name, 2)
            counts = " \u00b7 ".join(f"{n} {t.state(s)}" for s in STATES_DISPLAY if (n := org.states[s]))
            self.para(
                t("commitment_count", n=len(org.commitments)) + (f" \u2014 {counts}" if counts else ""),
                muted=True,
                keep=True,
            )
            if not org.commitments:
                self.para(t("no_commitments_org", org=org.name, date=t.date(m.as_of)))
                continue
            for _ in org.commitments:
                self.tick()
            self.organisation_table(org.commitments)
        self.page_break()

    def organisation_table(self, commitments: list[CommitmentEntry]) -> None:
        """An organisation's commitments, a row each; the header row and the first pledge stay with the heading
        above, and no row splits."""
        t = self.t
        self.table(
            [t("pledge"), t("state"), t("latest_progress"), t("panel_thinks")],
            [],
            list(ORGANISATION_WIDTHS),
            written=organisation_rows(t, commitments, [Cm(w).twips for w in ORGANISATION_WIDTHS], STATE_INK),
        )

    def appendix(self) -> None:
        self.tick()
        m, t = self.m, self.t
        self.doc.add_heading(t("appendix"), 1)
        self.doc.add_heading(t("sessions_held"), 2)
        if not m.sessions:
            self.para(t("no_sessions"))
        else:
            rows = []
            for s in m.sessions:
                names = ", ".join(s.named_present)
                if names and s.unnamed_present:
                    names += " " + t("others", n=s.unnamed_present)
                rows.append(
                    [
                        iso(s.date),
                        f"{s.title} ({s.kind})",
                        str(s.present),
                        str(s.apologies),
                        str(s.absent),
                        names or "\u2014",
                    ]
                )
            self.table(
                [t("date"), t("session"), t("present"), t("apologies"), t("absent"), t("named_present")],
                rows,
                [2.4, 4.6, 1.7, 1.9, 1.7, 4.7],
            )
        self.signoffs()
        self.doc.add_heading(t("how_computed"), 2)
        for paragraph in t.rules():
            self.para(paragraph, style="List Bullet")
        self.doc.add_heading(t("quotes_withheld_title"), 2)
        if m.quotes_withheld:
            self.para(t("withheld_text", n=m.quotes_withheld, total=m.quotes_total))
        else:
            self.para(t("withheld_none"))
        p = self.para()
        self.label_value(p, t("quotes_withheld_title"), str(m.quotes_withheld))
        self.para(t("privacy_note"), muted=True)

    def signoffs(self) -> None:
        """The sign-off trail: per closed round, what the panel agreed and by how many."""
        m, t = self.m, self.t
        self.doc.add_heading(t("signoff_title"), 2)
        if not m.signoffs:
            self.para(t("signoff_none"))
            return
        self.para(t("signoff_intro"), muted=True)
        for rnd in m.signoffs:
            self.doc.add_heading(t("signoff_round", title=rnd.title, date=t.date(rnd.closed_on)), 3)
            table = self.table([t("signoff_item"), t("signoff")], [], None)
            for entry in rnd.entries:
                cells = table.add_row().cells
                cells[0].text = ""
                run = cells[0].paragraphs[0].add_run(t.kind(entry.kind))
                run.font.color.rgb = MUTED
                cells[0].add_paragraph(entry.label)
                cells[1].text = m.signoff_sentence(entry)
                if note := m.signoff_note(entry):
                    run = cells[1].add_paragraph().add_run(note)
                    run.font.color.rgb = MUTED
            for row in table.rows:
                for cell, width in zip(row.cells, (9.5, 7.5), strict=False):
                    cell.width = Cm(width)
