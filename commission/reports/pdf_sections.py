"""The PDF's long sections: "You said, we did", by organisation, and the appendix."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table, TableStyle

from commission.reports import charts
from commission.reports.charts import STATES_DISPLAY
from commission.reports.formatting import pct, shorten
from commission.reports.model import ActionEntry, CommitmentEntry, ReportModel, ThemeSection
from commission.reports.pdf_common import (
    Heading,
    Paragraph,
    WholeTable,
    derived,
    esc,
    hexcolour,
    state_pill,
    state_strip,
    strip_rows_style,
    verdict_markup,
)
from commission.reports.styles import ACCENT, ACCENT_SOFT, PANEL, QUOTE_BAR, RULE, STATE, Styles
from commission.vocab import uk_short_date

TIMELINE_SHOWN = 4


def you_said(model: ReportModel, s: Styles, width: float) -> list:
    t = model.text
    story: list = [Heading(t("you_said"), s.h1, 0, "yousaid")]
    if not model.themes and not model.other_actions:
        story.append(Paragraph(esc(t("no_themes")), s.body))
    for i, theme in enumerate(model.themes):
        story += theme_section(model, theme, s, width, f"theme{i}")
    if model.other_actions:
        lead = [Heading(t("other_actions"), s.h2, 1, "theme-other")]
        for action in model.other_actions:
            story += action_block(model, action, s, width, lead=lead)
            lead = []
    story.append(PageBreak())
    return story


def theme_section(model: ReportModel, theme: ThemeSection, s: Styles, width: float, key: str) -> list:
    t = model.text
    heading_style = s.h2 if theme.depth == 0 else s.h3
    head: list = [Heading(theme.name, heading_style, 1 + theme.depth, key)]
    meta = []
    if theme.asset:
        meta.append(f"{esc(t('asset'))}: {esc(t.asset(theme.asset))}")
    meta.append(f"{esc(t('progress'))}: <b>{pct(theme.progress)}</b>")
    head.append(Paragraph(" \u00b7 ".join(meta), s.muted))
    if theme.description:
        head.append(Paragraph(esc(theme.description), s.body))
    story: list = [CondPageBreak(s.body_size * 10)]

    # each label travels with the first thing under it, and a heading with what follows it
    pending = head
    if theme.insights:
        pending.append(Paragraph(esc(t("what_we_heard")), s.label))
        for insight in theme.insights:
            status = "" if insight.status == "agreed" else f' <font color="#52606d">({esc(t("insight_status"))})</font>'
            block = [*pending, Paragraph(f"\u201c{esc(insight.statement)}\u201d{status}", s.insight)]
            if insight.agreed_on:
                block.append(
                    Paragraph(
                        f'<font color="{hexcolour(STATE["done"])}">\u2713</font>&nbsp;'
                        f"{esc(t('agreed_by_panel_on', date=t.date(insight.agreed_on)))}",
                        derived(s.muted, "agreed", spaceBefore=-s.body_size * 0.15, spaceAfter=s.body_size * 0.3),
                    )
                )
            quotes = [quote_block(q, model, s, width) for q in insight.quotes]
            story.append(KeepTogether(block + quotes[:1]))
            story += quotes[1:]
            pending = []
    if theme.actions or theme.see_also:
        pending.append(Spacer(1, s.body_size * 0.4))
        pending.append(Paragraph(esc(t("actions_agreed")), s.label))
    elif theme.depth == 0 and not theme.insights:
        pending.append(Paragraph(esc(t("no_actions_theme")), s.muted))
    for action in theme.actions:
        story += action_block(model, action, s, width, lead=pending)
        pending = []
    # the pointers to actions reported elsewhere come after this theme's own, and with no action of its own
    # they travel with the "Actions agreed" label above them (never a label left alone at a page's foot)
    pending += [Paragraph(esc(t("see_action", ref=ref, theme=home)), s.muted) for ref, home in theme.see_also]
    if pending:
        story.append(KeepTogether(pending))
    return story


def quote_block(quote, model: ReportModel, s: Styles, width: float) -> Table:
    by = quote.speaker
    if quote.session:
        by += f", {quote.session}"
    if quote.session_date:
        by += f", {model.text.date(quote.session_date)}"
    table = WholeTable(
        [
            [Paragraph(f"\u201c{esc(quote.text)}\u201d", derived(s.quote, "q", leftIndent=0))],
            [Paragraph(f"\u2014 {esc(by)}", derived(s.quote_by, "qb", leftIndent=0, spaceAfter=0))],
        ],
        colWidths=[width - s.body_size * 1.5],
        hAlign="RIGHT",
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, QUOTE_BAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return table


def action_block(model: ReportModel, action: ActionEntry, s: Styles, width: float, lead: Sequence = ()) -> list:
    t = model.text
    title = Paragraph(
        f'<font color="#52606d">{esc(action.ref)}</font>&nbsp;&nbsp;<b>{esc(action.title)}</b>',
        derived(s.h3, "action", textColor="#1f2933", spaceBefore=s.body_size * 0.6),
    )
    bar = charts.ProgressBar(action.progress, ACCENT, min(width * 0.45, 240), s.font.regular, s.body_size)
    head = [*lead, title, bar]
    if action.description:
        head.append(Paragraph(esc(action.description), s.body))
    head.append(Spacer(1, s.body_size * 0.3))
    if not action.commitments:
        return [KeepTogether([*head, Paragraph(esc(t("no_commitments_action")), s.muted)])]
    story: list = []
    for i, commitment in enumerate(action.commitments):
        card = commitment_card(model, commitment, s, width)
        if i == 0:
            card[0] = KeepTogether([*head, card[0]])
        story += card
    return story


def commitment_card(model: ReportModel, c: CommitmentEntry, s: Styles, width: float) -> list:
    """One commitment: who, what, due, state, a drawn bar, claim and verdict side by side, a short timeline.

    Returned as [the card kept whole, its timeline (which may run onto the next page), a gap]."""
    t = model.text
    half = width / 2
    header = f"<b>{esc(c.organisation)}</b>&nbsp;&nbsp;{state_pill(c.state, t.state(c.state))}"
    meta = [f"{esc(t('due'))} <b>{esc(t.date(c.due)) if c.due else esc(t('no_due'))}</b>"]
    if c.made_on or c.made_by:
        made = f"{esc(t('made_on'))} {esc(t.date(c.made_on))}" if c.made_on else esc(t("made_on"))
        if c.made_by:
            made += f" {esc(t('by'))} {esc(c.made_by)}"
        meta.append(made)
    claim = [Paragraph(esc(t("org_says")), s.label)]
    if c.latest_update:
        claim.append(
            Paragraph(f"<b>{esc(t.status(c.latest_status))}</b> \u00b7 {esc(t.date(c.latest_update))}", s.body_tight)
        )
        if c.latest_note:
            claim.append(Paragraph(esc(c.latest_note), s.body_tight))
        if c.latest_reported_by:
            claim.append(Paragraph(f"\u2014 {esc(c.latest_reported_by)}", s.muted))
    else:
        claim.append(Paragraph(esc(t("no_update")), s.muted))
    verdict = [Paragraph(esc(t("panel_thinks")), s.label)]
    if c.verdict != "not assessed":
        verdict.append(
            Paragraph(
                f"{verdict_markup(c.verdict, t.verdict(c.verdict))} \u00b7 {esc(t.date(c.verdict_date))}", s.body_tight
            )
        )
        if c.verdict_comment:
            verdict.append(Paragraph(esc(c.verdict_comment), s.body_tight))
    else:
        verdict.append(Paragraph(esc(t("no_verdict")), s.muted))

    rows = [
        [Paragraph(header, s.body_tight), ""],
        [Paragraph(esc(c.pledge), s.body_tight), ""],
        [
            Paragraph(" \u00b7 ".join(meta), s.muted),
            charts.ProgressBar(c.progress, STATE[c.state], half - 20, s.font.regular, s.body_size),
        ],
        [claim, verdict],
    ]
    table = WholeTable(rows, colWidths=[half, half], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (0, 1), (1, 1)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (1, 2), (1, 2), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                ("BACKGROUND", (0, 3), (0, 3), "#ffffff"),
                ("BACKGROUND", (1, 3), (1, 3), ACCENT_SOFT),
                *state_strip(c.state, 4, 8),
                ("TOPPADDING", (0, 3), (-1, 3), 7),
                ("BOTTOMPADDING", (0, 3), (-1, 3), 8),
                ("LINEABOVE", (0, 3), (-1, 3), 0.4, RULE),
                ("LINEBELOW", (0, 3), (-1, 3), 0.4, RULE),
            ]
        )
    )
    card: list = [table]
    if len(c.timeline) > 1:
        card.append(timeline(model, c, s, width))
    from commission.reports.pdf_history import milestones_block

    card += milestones_block(model, c, s, width)
    return [*card, Spacer(1, s.body_size * 0.9)]


def timeline(model: ReportModel, c: CommitmentEntry, s: Styles, width: float) -> Table:
    """The last few updates, one short line each (the latest one's full note is in the card above)."""
    t = model.text
    shown = c.timeline[-TIMELINE_SHOWN:]
    title = esc(t("timeline"))
    if len(c.timeline) > len(shown):
        title += f' <font color="#52606d">({esc(t("earlier_updates", n=len(c.timeline) - len(shown)))})</font>'
    rows: list[list[object]] = []
    for u in shown:
        bits = [f"<b>{esc(uk_short_date(u.date))}</b>", esc(t.status(u.status))]
        if u.progress is not None:
            bits.append(pct(u.progress))
        if u.verdict != "not assessed":
            bits.append(f"{esc(t('panel_thinks'))}: {verdict_markup(u.verdict, t.verdict(u.verdict))}")
        line = " \u00b7 ".join(bits)
        if u.note:
            line += f" \u2014 {esc(shorten(u.note, 110))}"
        entry = Paragraph(
            line, derived(s.body_tight, "tl", leftIndent=s.body_size * 0.8, bulletIndent=0), bulletText="\u2022"
        )
        rows.append([[Paragraph(title, s.label), entry] if not rows else entry])
    # rows are never split (each line is short): the "Timeline" label stays with its first update
    table = Table(rows, colWidths=[width], hAlign="LEFT")
    table.setStyle(strip_rows_style(c.state, PANEL))
    return table


def by_organisation(model: ReportModel, s: Styles, width: float) -> list:
    t = model.text
    story: list = [Heading(t("by_organisation"), s.h1, 0, "orgs")]
    if not model.organisations or not model.commitments:
        story.append(Paragraph(esc(model.no_commitments_text()), s.body))
    for i, org in enumerate(model.organisations):
        counts = " \u00b7 ".join(f"{n} {esc(t.state(state))}" for state in STATES_DISPLAY if (n := org.states[state]))
        head = [
            Heading(org.name, s.h2, 1, f"org{i}"),
            Paragraph(
                f"{esc(t('commitment_count', n=len(org.commitments)))}" + (f" \u2014 {counts}" if counts else ""),
                s.muted,
            ),
        ]
        if not org.commitments:
            story.append(
                KeepTogether(
                    [*head, Paragraph(esc(t("no_commitments_org", org=org.name, date=t.date(model.as_of))), s.body)]
                )
            )
            continue
        cards = [organisation_row(model, c, s, width) for c in org.commitments]
        story.append(KeepTogether(head + cards[:1]))
        story += cards[1:]
    story.append(PageBreak())
    return story


def organisation_row(model: ReportModel, c: CommitmentEntry, s: Styles, width: float) -> Table:
    """One pledge and its latest paragraph of progress: the "one year on" view."""
    t = model.text
    left = [
        Paragraph(f"<b>{esc(c.pledge)}</b>", s.body_tight),
        Paragraph(
            f"{esc(t('action'))} {esc(c.action_ref)}: {esc(c.action_title)} \u00b7 {esc(t('due'))} "
            f"{esc(t.date(c.due)) if c.due else esc(t('no_due'))}",
            s.muted,
        ),
        Spacer(1, s.body_size * 0.35),
    ]
    if c.progress_paragraph:
        left.append(
            Paragraph(
                f'<font color="#52606d">{esc(t("latest_progress"))}, '
                f"{esc(t.date(c.progress_paragraph_date))}:</font> {esc(c.progress_paragraph)}",
                s.body_tight,
            )
        )
    else:
        left.append(Paragraph(esc(t("no_update")), s.muted))
    right_w = width * 0.3
    right = [
        Paragraph(state_pill(c.state, t.state(c.state)), s.body_tight),
        Spacer(1, 4),
        charts.ProgressBar(c.progress, STATE[c.state], right_w - 16, s.font.regular, s.body_size),
        Spacer(1, 4),
        Paragraph(f"{esc(t('panel_thinks'))}: {verdict_markup(c.verdict, t.verdict(c.verdict))}", s.body_tight),
    ]
    table = Table([[left, right]], colWidths=[width - right_w, right_w], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBEFORE", (0, 0), (0, 0), 4, STATE[c.state]),
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
                ("BACKGROUND", (1, 0), (1, 0), PANEL),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return table


def appendix(model: ReportModel, s: Styles, width: float) -> list:
    t = model.text
    story: list = [Heading(t("appendix"), s.h1, 0, "appendix"), Heading(t("sessions_held"), s.h2, 1, "app-sessions")]
    if not model.sessions:
        story.append(Paragraph(esc(t("no_sessions")), s.body))
    else:
        header = [Paragraph(esc(x), s.label) for x in (t("date"), t("session"), t("named_present"))]
        rows: list = [header]
        for sess in model.sessions:
            counts = " \u00b7 ".join(
                (
                    f"<b>{esc(t('n_present', n=sess.present))}</b>",
                    esc(t("n_apologies", n=sess.apologies)),
                    esc(t("n_absent", n=sess.absent)),
                )
            )
            names = ", ".join(esc(n) for n in sess.named_present)
            if names and sess.unnamed_present:
                names += " " + esc(t("others", n=sess.unnamed_present))
            rows.append(
                [
                    Paragraph(esc(uk_short_date(sess.date)), s.body_tight),
                    [
                        Paragraph(f"<b>{esc(sess.title)}</b>", s.body_tight),
                        Paragraph(f"{esc(sess.kind)} \u00b7 {counts}", s.muted),
                    ],
                    Paragraph(names or "\u2014", s.body_tight),
                ]
            )
        table = Table(
            rows, colWidths=[width * 0.21, width * 0.37, width * 0.42], repeatRows=1, hAlign="LEFT", splitInRow=1
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), ["#ffffff", PANEL]),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        story.append(table)

    story += signoff_section(model, s, width)

    story.append(Heading(t("how_computed"), s.h2, 1, "app-rules"))
    for paragraph in t.rules():
        story.append(Paragraph(esc(paragraph), s.bullet, bulletText="\u2022"))
    story.append(Heading(t("quotes_withheld_title"), s.h2, 1, "app-withheld"))
    if model.quotes_withheld:
        story.append(Paragraph(esc(t("withheld_text", n=model.quotes_withheld, total=model.quotes_total)), s.body))
    else:
        story.append(Paragraph(esc(t("withheld_none")), s.body))
    story.append(Spacer(1, s.body_size))
    story.append(Paragraph(esc(t("privacy_note")), s.muted))
    return story


def signoff_section(model: ReportModel, s: Styles, width: float) -> list:
    """The sign-off trail: per closed round, what the panel agreed and by how many, in plain sentences.

    The heading, its introduction and each round's title travel with the round's first two rows, so none is
    left alone at the foot of a page; a long round then runs on, a row never split."""
    t = model.text
    heading = Heading(t("signoff_title"), s.h2, 1, "app-signoff")
    if not model.signoffs:
        return [KeepTogether([heading, Paragraph(esc(t("signoff_none")), s.body)])]
    lead: list = [heading, Paragraph(esc(t("signoff_intro")), s.muted)]
    title_style = s.h3.clone("signoff_round", fontSize=s.body_size * 1.05, leading=s.body_size * 1.4)
    story: list = []
    for rnd in model.signoffs:
        rows = []
        for entry in rnd.entries:
            sign = [Paragraph(esc(model.signoff_sentence(entry)), s.body_tight)]
            if note := model.signoff_note(entry):
                sign.append(Paragraph(esc(note), s.muted))
            rows.append(
                [[Paragraph(esc(t.kind(entry.kind)), s.muted), Paragraph(esc(entry.label), s.body_tight)], sign]
            )
        title = Paragraph(esc(t("signoff_round", title=rnd.title, date=t.date(rnd.closed_on))), title_style)
        head, rest = rows[:2], rows[2:]
        story.append(KeepTogether([*lead, title, _signoff_table(head, width, last=not rest)]))
        if rest:
            story.append(_signoff_table(rest, width, last=True))
        lead = []
    return story


def _signoff_table(rows: list, width: float, *, last: bool) -> Table:
    table = Table(rows, colWidths=[width * 0.55, width * 0.45], hAlign="LEFT")  # a row never splits
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT_SOFT),
                ("LINEBELOW", (0, 0), (-1, -2 if last else -1), 0.4, RULE),
                ("BACKGROUND", (1, 0), (1, -1), PANEL),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table
