"""The HTML report's inline styles: the page fetches nothing from outside."""

from __future__ import annotations

from commission.reports import charts, history_text  # noqa: F401  (history_text registers its words)
from commission.reports.html_page import (
    CHART_WIDTH,
    FONT_STACK,
    STATE_TEXT,
)
from commission.vocab import STATE_COLOURS, STATES


def css(large_print: bool) -> str:
    size = "1.5rem" if large_print else "1.0625rem"
    print_size = "16pt" if large_print else "11pt"
    states = "\n".join(
        f".state-{s.replace(' ', '-')}{{background:{STATE_COLOURS[s]};color:{STATE_TEXT[s]}}}"
        f".edge-{s.replace(' ', '-')}{{border-left-color:{STATE_COLOURS[s]}}}"
        for s in STATES
    )
    return f"""
:root{{--ink:#1f2933;--muted:#52606d;--accent:#0b4f6c;--soft:#e3eef3;--rule:#cbd2d9;--panel:#f5f7fa}}
*{{box-sizing:border-box}}
html{{font-family:{FONT_STACK};font-size:{size};line-height:1.5;color:var(--ink);background:#fff;
     overflow-wrap:break-word}}
body{{margin:0 auto;max-width:52rem;padding:0 1rem 2rem}}
a{{color:var(--accent)}}
a:focus-visible{{outline:3px solid var(--accent);outline-offset:2px}}
.skip{{position:absolute;left:-999rem}}
.skip:focus{{position:static;display:inline-block;padding:.5rem;background:#fff}}
.banner{{background:var(--accent);color:#fff;padding:1.5rem 1.25rem;margin:0 -1rem 1rem}}
.banner h1{{font-size:2.2em;line-height:1.15;margin:.2em 0}}
.banner p{{margin:.3em 0}}
.banner .kicker{{text-transform:uppercase;letter-spacing:.06em;font-size:.9em}}
h2{{color:var(--accent);font-size:1.6em;margin:1.6em 0 .5em;border-bottom:2px solid var(--soft)}}
h3{{font-size:1.3em;margin:1.3em 0 .4em}}
h4{{font-size:1.12em;margin:1em 0 .3em}}
h5,h6{{font-size:1em;margin:.9em 0 .3em}}
.muted,.label{{color:var(--muted)}}
.label{{font-weight:bold;margin:.2em 0}}
nav ol{{columns:2;padding-left:1.4em}}
.tiles{{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:.5rem 0}}
.tile{{flex:1 1 7rem;text-align:center;padding:.5rem .3rem;border-radius:4px}}
.tile .n{{font-size:2em;font-weight:bold;line-height:1.1}}
.tile .w{{font-weight:bold}}
.ms-done{{color:#2e7d32}}.ms-missed{{color:#b3261e}}.ms-planned{{color:#52606d}}
.milestones ul{{margin:.2rem 0;padding-left:1.2rem}}
.ratio{{font-size:1.6em;font-weight:bold;color:#0b4f6c}}
.state{{display:inline-block;padding:0 .45em;border-radius:3px;font-weight:bold}}
{states}
.figures{{display:flex;flex-wrap:wrap;gap:1rem;background:var(--panel);padding:1rem;margin:1rem 0}}
.figures>div{{flex:1 1 14rem}}
.figures dt{{font-weight:bold;color:var(--muted)}}
.figures dd{{margin:0}}
.figures .big{{font-size:2.2em;font-weight:bold;color:var(--accent)}}
.bar{{display:inline-block;width:8em;height:.7em;background:var(--soft);border-radius:.35em;vertical-align:middle;overflow:hidden}}
.bar .fill{{display:block;height:100%}}
table{{border-collapse:collapse;width:100%;margin:.6rem 0 1.2rem}}
caption{{text-align:left;font-weight:bold;color:var(--muted);padding:.3em 0}}
th,td{{text-align:left;vertical-align:top;padding:.35em .5em;border-bottom:1px solid var(--rule)}}
thead th{{border-bottom:2px solid var(--accent)}}
tbody th{{font-weight:normal}}
.org-table tbody th{{font-weight:normal;width:38%}}
.org-table tbody th{{overflow-wrap:anywhere}}  /* only the wide pledge column breaks inside a word */
.figures-table td{{font-variant-numeric:tabular-nums}}
.over-time-table{{font-size:.88em}}  /* nine columns of figures fit the page's width */
.over-time-table th,.over-time-table td{{padding:.35em .3em}}
.sub{{padding-left:1.2em}}
.chart-figure{{margin:.5rem 0}}
.chart svg{{width:100%;height:auto;max-width:{CHART_WIDTH}px}}
.theme{{margin-top:1rem}}
.statement{{font-weight:bold;margin:.8em 0 .3em}}
.agreed{{color:var(--muted);margin:0 0 .4em}}
.quote{{margin:.3em 0 .8em 1.2em;padding-left:.8em;border-left:3px solid #8fb8c9}}
.quote blockquote{{margin:0;font-style:italic}}
.quote blockquote p{{margin:0}}
.quote figcaption{{color:var(--muted)}}
.action h4,.action h5,.action h6{{margin-top:1.2em}}
.ref{{color:var(--muted)}}
.card{{background:var(--panel);border-left:5px solid var(--rule);padding:.6rem .9rem;margin:.6rem 0 1rem}}
.card p{{margin:.25em 0}}
.sides{{display:flex;flex-wrap:wrap;gap:.8rem;margin-top:.4rem}}
.sides>div{{flex:1 1 14rem;background:#fff;padding:.4rem .6rem}}
.sides .verdict{{background:var(--soft)}}
.timeline ul{{margin:.2em 0;padding-left:1.2em}}
footer{{margin-top:2rem;border-top:1px solid var(--rule);color:var(--muted)}}
@media print{{
  html{{font-size:{print_size}}}
  body{{max-width:none;padding:0}}
  .skip,nav{{display:none}}
  .banner{{margin:0 0 1rem;-webkit-print-color-adjust:exact;print-color-adjust:exact}}
  .state,.tile,.bar .fill{{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
  a{{color:inherit;text-decoration:none}}
  .part{{break-before:page}}
  h2,h3,h4,h5,h6,.label,caption,.org>.muted,.theme>.muted{{break-after:avoid}}
  .card,.quote,tr,figure{{break-inside:avoid}}
  .org-table tr{{break-inside:auto}}  /* a long pledge may run on: its heading never waits alone */
  /* Widths set, not measured: the automatic layout measures each cell's narrowest width by breaking its
     text at every chance, so one long pledge took minutes to print (tests/reports/test_report_html.py) */
  .org-table,.overdue-table{{table-layout:fixed}}
  .org-table thead th:nth-child(1){{width:35%}}
  .org-table thead th:nth-child(2){{width:14%}}
  .org-table thead th:nth-child(3){{width:14%}}
  .org-table thead th:nth-child(4){{width:21%}}
  .overdue-table thead th:nth-child(1){{width:30%}}
  .overdue-table thead th:nth-child(3){{width:15%}}
  thead{{display:table-header-group}}
  @page{{size:A4;margin:18mm 16mm 20mm}}
}}
"""
