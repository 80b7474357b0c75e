"""The "you said, we did" trace of one insight, as HTML for a QTextBrowser (a plain function: tested without widgets).

insight → the words behind it → the actions agreed → who committed to what → what they say happened
→ what the panel thinks. Only updates dated on or before the snapshot's as-of date are shown, so the
trace agrees with every figure on screen.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from commission.ui.style import INSIGHT_STATUS_COLOURS, MUTED, VERDICT_COLOURS, pill_colours, tint
from commission.ui.words import VERDICT_WORDS, percent, short_text, state_of, uk_date, uk_short_date, word
from commission.ui.words import counted as said_with_count

TRACE_UPDATES = 4  # per commitment: the trace is read top to bottom, the full story is one click away


def _t(text: str) -> str:
    """The trace's words in the interface's language."""
    return QCoreApplication.translate("InsightTrace", text)


def _pill(word: str, colour: str) -> str:
    _background, text = pill_colours(colour)
    # Rich text has no rounded corners or transparency: a pale solid span with the word is its pill.
    return (
        f'<span style="background-color:{tint(colour)}; color:{text.name()}; font-weight:600;">'
        f"&nbsp;● {escape(word)}&nbsp;</span>"
    )


def _muted(text: str) -> str:
    return f'<span style="color:{MUTED};">{text}</span>'


def traced_commitments(snap, insight_id: int) -> list[int]:
    """The commitments an insight's trace shows: those towards the actions agreed on it (their updates'
    words are read for it: ui.update_texts)."""
    actions = snap.actions_by_insight.get(insight_id, []) if insight_id in snap.insights else []
    return [c for a in actions if a in snap.actions for c in snap.commitments_by_action.get(a, [])]


def insight_trace(snap, insight_id: int, texts: dict | None = None) -> str:
    """`texts`: the traced commitments' updates with their words (UpdateTexts); None while they are read
    (the updates are shown without them, unless the Snapshot holds them)."""
    insight = snap.insights.get(insight_id)
    if insight is None:
        return "<p>" + _t("Choose something we heard to see what was done about it.") + "</p>"
    theme = snap.themes.get(insight.theme_id)
    out = [
        '<div style="font-size:10pt;">',
        f'<p style="font-size:11pt; font-weight:600; margin-bottom:4px;">“{escape(insight.statement)}”</p>',
        "<p>"
        + _pill(word(insight.status), INSIGHT_STATUS_COLOURS.get(insight.status, "#757575"))
        + (" &nbsp;" + _muted(_t("Theme: %1").replace("%1", escape(theme.name))) if theme else "")
        + "</p>",
    ]

    out.append('<h3 style="margin-top:14px;">' + _t("You said") + "</h3>")
    quotes = [snap.quotes[q] for q in snap.quotes_by_insight.get(insight_id, []) if q in snap.quotes]
    if quotes:
        for q in quotes:
            speaker = snap.members.get(q.member_id)
            session = snap.sessions.get(q.session_id)
            where = (
                f'<a href="quote:{q.id}">{escape(short_text(session.title, 36))}, {uk_short_date(session.date)}</a>'
                if session
                else ""
            )
            who = escape(speaker.display_name) if speaker else _t("a panel member")
            out.append(
                f'<p style="margin:2px 0 8px 12px;"><i>“{escape(q.text)}”</i><br>'
                f"{_muted('— ' + who + (' · ' + where if where else ''))}</p>"
            )
    else:
        sessions = [snap.sessions[s] for s in insight.session_ids if s in snap.sessions]
        heard = ", ".join(f"{escape(s.title)} ({uk_short_date(s.date)})" for s in sessions)
        none_yet = (
            _t("No quotes linked yet; heard at %1.").replace("%1", heard) if heard else _t("No quotes linked yet.")
        )
        out.append("<p>" + _muted(none_yet) + "</p>")

    out.append('<a name="we-did"></a><h3 style="margin-top:14px;">' + _t("We did") + "</h3>")
    actions = [snap.actions[a] for a in snap.actions_by_insight.get(insight_id, []) if a in snap.actions]
    if not actions:
        out.append(
            "<p>"
            + _muted(
                _t(
                    "No action has been agreed on this yet. Agree one on the Actions & "
                    "Commitments screen and link it to this."
                )
            )
            + "</p>"
        )
    for action in actions:
        out.append(
            f'<p style="margin-top:10px; font-size:11pt; font-weight:600;">'
            f'<a href="action:{action.id}">{escape(action.ref)}</a> {escape(action.title)}</p>'
            + "<p>"
            + _muted(_t("Progress %1").replace("%1", percent(snap.figures.actions.get(action.id, 0.0))))
            + "</p>"
        )
        commitment_ids = snap.commitments_by_action.get(action.id, [])
        if not commitment_ids:
            out.append("<p>" + _muted(_t("No organisation has committed to this yet.")) + "</p>")
        for cid in commitment_ids:
            out.append(_commitment(snap, snap.commitments[cid], texts))
    out.append("</div>")
    return "\n".join(out)


def _commitment(snap, c, texts: dict | None = None) -> str:
    state, colour = state_of(snap, c.id)
    org = snap.organisations.get(c.organisation_id)
    due = _t("due %1").replace("%1", uk_date(c.due)) if c.due else _t("no due date")
    committed = _t("%1 committed: “%2”").replace("%1", f"<b>{escape(org.name if org else '')}</b>")
    committed = committed.replace("%2", escape(c.pledge))
    link = QCoreApplication.translate("InsightTrace", "open", "a link to the commitment")
    out = [
        (
            '<table width="100%" cellspacing="0" cellpadding="6" '
            'style="margin:4px 0 12px 12px; border:1px solid #dfe3e8;">'
        ),
        (
            f'<tr><td colspan="2" style="background-color:#f7f8fa;">{committed} {_muted(due)} &nbsp;'
            f"{_pill(word(state), colour)} "
            f'<a href="commitment:{c.id}">{link}</a></td></tr>'
        ),
    ]
    reading = texts is None and not snap.data.update_texts
    shown = snap.data.updates_by_commitment.get(c.id, []) if texts is None else texts.get(c.id, [])
    counted = [u for u in shown if u.date <= snap.as_of]
    # newest few, in date order (stable: same-day updates keep their recorded order)
    updates = sorted(counted, key=lambda u: u.date)[-TRACE_UPDATES:]
    if not updates:
        none_yet = _t("No update yet.")
        out.append(f'<tr><td colspan="2">{_muted(none_yet)}</td></tr>')
    else:
        say, thinks = _t("What they say"), _t("What the panel thinks")
        out.append(f'<tr><td width="55%"><b>{say}</b></td><td><b>{thinks}</b></td></tr>')
    if len(counted) > len(updates):
        earlier = len(counted) - len(updates)
        more = said_with_count(
            QCoreApplication.translate("InsightTrace", "… and %n earlier update(s)", None, earlier), earlier
        )
        see_all = _t("see them all")
        out.append(f'<tr><td colspan="2">{_muted(more)} <a href="commitment:{c.id}">{see_all}</a></td></tr>')
    for u in updates:
        progress = f", {percent(u.progress)}" if u.progress is not None else ""
        said = _muted(_t("Reading…")) if reading else escape(u.note)
        claim = f"<b>{uk_short_date(u.date)}</b> · {escape(word(u.status))}{progress}<br>{said}" + (
            f"<br>{_muted('— ' + escape(u.reported_by))}" if u.reported_by else ""
        )
        verdict = _pill(VERDICT_WORDS[u.verdict], VERDICT_COLOURS.get(u.verdict, "#757575"))
        if u.verdict_comment:
            verdict += f"<br><i>“{escape(u.verdict_comment)}”</i>"
        out.append(
            f'<tr><td valign="top" style="border-top:1px solid #eef0f3;">{claim}</td>'
            f'<td valign="top" style="border-top:1px solid #eef0f3;">{verdict}</td></tr>'
        )
    out.append("</table>")
    return "".join(out)
