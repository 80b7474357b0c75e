"""The report words for change over time: progress over time, milestones and the network report.

Kept beside text.py rather than in it (they join its table on import), so these sections stay in one place.
"""

from __future__ import annotations

from commission.reports.text import STRINGS

HISTORY_STRINGS: dict[str, tuple[str, str]] = {
    "over_time": ("Progress over time", "Cynnydd dros amser"),
    "over_time_intro": (
        (
            "The figures as they stood at the end of each quarter since {start}, and on {date}, "
            "by the same rules as the rest of this report."
        ),
        (
            "Y ffigurau fel yr oeddent ar ddiwedd pob chwarter ers {start}, ac ar {date}, "
            "yn ôl yr un rheolau â gweddill yr adroddiad hwn."
        ),
    ),
    "over_time_chart": (
        "Overall progress and commitments by state, quarter by quarter",
        "Cynnydd cyffredinol ac ymrwymiadau fesul cyflwr, chwarter wrth chwarter",
    ),
    "over_time_themes": ("Progress by theme over time", "Cynnydd fesul thema dros amser"),
    "over_time_orgs": ("Progress by organisation over time", "Cynnydd fesul sefydliad dros amser"),
    "quarter_to": ("To", "Hyd at"),
    "theme": ("Theme", "Thema"),
    "change": ("Change", "Newid"),
    "date": ("Date", "Dyddiad"),
    "milestones": ("Milestones", "Cerrig milltir"),
    "milestone": ("Milestone", "Carreg filltir"),
    "done_on": ("Done", "Wedi'i wneud"),
    "milestone:done": ("done", "wedi'i wneud"),
    "milestone:missed": ("missed", "wedi'i fethu"),
    "milestone:planned": ("planned", "ar y gweill"),
    "milestone_done_on": ("done {date}", "wedi'i wneud {date}"),
    "milestones_missed": ("Missed milestones", "Cerrig milltir a fethwyd"),
    "network_title": ("Network report", "Adroddiad y rhwydwaith"),
    "network_intro": (
        ("Every commission in the network side by side, each as of {date}, by the same rules as its own report."),
        ("Pob comisiwn yn y rhwydwaith ochr yn ochr, pob un ar {date}, yn ôl yr un rheolau â'i adroddiad ei hun."),
    ),
    "commission": ("Commission", "Comisiwn"),
    "quotes_withheld": ("Quotes withheld", "Dyfyniadau a ataliwyd"),
    "network_overdue": ("What is overdue, commission by commission", "Beth sy'n hwyr, fesul comisiwn"),
    "n_commissions": ("{n} commissions", "{n} comisiwn"),
    "n_commissions_one": ("{n} commission", "{n} comisiwn"),
}

STRINGS.update(HISTORY_STRINGS)
