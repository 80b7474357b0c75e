"""Update returns in the organisation's language: the Welsh words of a Welsh return.

`organisation_language(org)` is the one place that says which language a return is written in: the
organisation's own `language` (SPEC, Organisations). A Welsh return has its Instructions, its status list and
its messages in Welsh, shows each pledge in Welsh (the English, marked, where there is no Welsh version), and
its Updates sheet takes the note as `note_cy`, the Welsh version of the update's note. Its import reads Welsh
status words (vocab.WELSH_STATUSES) as well as English.
"""

from __future__ import annotations

from datetime import date

from commission import domain
from commission.reports.content import localise
from commission.reports.text import MONTHS_CY, Text

STATUSES_CY = ("heb ddechrau", "ar y gweill", "mewn perygl", "wedi aros", "wedi'i wneud", "wedi'i ollwng")
STATUS_MEANINGS_CY = {
    "heb ddechrau": "dydy'r gwaith ddim wedi dechrau eto",
    "ar y gweill": "mae'r gwaith wedi dechrau",
    "mewn perygl": "mae'r gwaith wedi dechrau, ond efallai na fydd yn digwydd mewn pryd nac yn llawn",
    "wedi aros": "mae'r gwaith wedi stopio am y tro",
    "wedi'i wneud": "wedi gorffen: mae'r hyn a addawyd wedi digwydd",
    "wedi'i ollwng": "dydych chi ddim yn bwriadu gwneud hyn bellach (dywedwch pam yn y nodyn, os gwelwch yn dda)",
}


def organisation_language(org: domain.Organisation) -> str:
    """The language `org` works in, for its update return: "en" or "cy"."""
    return org.language if org.language in ("en", "cy") else "en"


def welsh_date(value: date) -> str:
    return f"{value.day} {MONTHS_CY[value.month - 1]} {value.year}"


def welsh_pledges(data: domain.CommissionData) -> domain.CommissionData:
    """The commission with each pledge and action title in Welsh (the English, marked, where there is none)."""
    return localise(data, Text("cy"))


def instructions_cy(org_name: str, commission: str, as_of: date, count: int) -> list[tuple[str, str, str]]:
    """(kind, label, text) lines of a Welsh return's Instructions sheet: kind is title, heading, line or gap."""
    when = welsh_date(as_of)
    lines = [
        ("title", "", f"Ffurflen ddiweddaru ar gyfer {org_name}"),
        ("line", "", f"Gan {commission}. Paratowyd ar {when}."),
        ("gap", "", ""),
        ("heading", "", "Pam mae hon gennych chi"),
        (
            "line",
            "",
            (
                f"Pan wnaeth {org_name} ei ymrwymiadau i'r comisiwn, cytunodd i ddweud wrth y panel sut mae "
                f"pethau'n mynd. Mae'r ffeil hon yn rhestru eich {count} ymrwymiad. Dywedwch wrthym beth sydd "
                "wedi digwydd ers eich diweddariad diwethaf, os gwelwch yn dda."
            ),
        ),
        ("gap", "", ""),
        ("heading", "", "Beth i'w wneud"),
        ("line", "1.", "Agorwch y daflen Updates (y tab ar y gwaelod). Mae un rhes ar gyfer pob un o'ch ymrwymiadau."),
        ("line", "2.", "Ar gyfer pob ymrwymiad lle mae rhywbeth wedi digwydd, llenwch y celloedd melyn:"),
        (
            "line",
            "date",
            "y dyddiad y mae eich diweddariad yn sôn amdano, ar ffurf BBBB-MM-DD — er enghraifft 2026-11-15.",
        ),
        ("line", "status", "dewiswch o'r rhestr: " + ", ".join(STATUSES_CY) + "."),
        (
            "line",
            "progress",
            (
                "pa mor bell mae pethau wedi mynd: rhif o 0 (heb ddechrau) i 100 (wedi gorffen). "
                "Os byddwch yn ei adael yn wag, byddwn yn defnyddio'r ffigur arferol ar gyfer y statws."
            ),
        ),
        (
            "line",
            "note_cy",
            ("ychydig o frawddegau syml yn Gymraeg: beth a wnaed, beth sy'n dod nesaf, beth sy'n rhwystro."),
        ),
        (
            "line",
            "reported_by",
            (
                "pwy sy'n adrodd. Rydym wedi rhoi enw eich sefydliad; gallwch ei newid i'ch enw "
                "chi neu deitl eich swydd."
            ),
        ),
        (
            "line",
            "3.",
            (
                "Gadewch res fel y mae os nad oes gennych ddim byd newydd i'w ddweud am yr ymrwymiad hwnnw. "
                "Caiff rhesi gwag eu hanwybyddu."
            ),
        ),
        (
            "line",
            "4.",
            (
                "I roi ail ddiweddariad ar ymrwymiad, defnyddiwch y rhesi sbâr ar waelod y daflen Updates: "
                "dewiswch yr ymrwymiad o'r rhestr yn ei gell gyntaf."
            ),
        ),
        (
            "line",
            "5.",
            (
                "Cadwch y ffeil a'i hanfon yn ôl at gydlynydd y comisiwn. Cadwch daflenni'r ffeil a'r "
                "celloedd llwyd fel y maen nhw, os gwelwch yn dda."
            ),
        ),
        ("gap", "", ""),
        ("heading", "", "Beth mae'r statwsau'n ei olygu"),
        *(("line", status, meaning) for status, meaning in STATUS_MEANINGS_CY.items()),
        ("gap", "", ""),
        ("heading", "", "Y daflen Commitments"),
        (
            "line",
            "",
            (
                f"Mae'n dangos beth a addawyd gennych a ble roedd pethau ar {when}, fel y mae'r comisiwn yn "
                "ei weld. Mae yno i'ch helpu: does dim modd ei newid yma. Os yw addewid neu ddyddiad yn "
                "anghywir, dywedwch wrth y cydlynydd, os gwelwch yn dda."
            ),
        ),
        ("gap", "", ""),
        ("heading", "", "Bydd y panel yn rhoi ei farn ei hun"),
        (
            "line",
            "",
            (
                "Mae'r comisiynwyr cymunedol yn darllen pob diweddariad ac yn dweud a ydyn nhw'n cytuno ei "
                "fod wedi digwydd. Dangosir eu barn nhw wrth ochr eich barn chi yn adroddiadau'r comisiwn, "
                "felly dywedwch yn blaen beth sydd wedi newid a beth sydd heb newid i'r bobl dan sylw."
            ),
        ),
        ("gap", "", ""),
        ("heading", "", "Rhaglenni taenlen eraill"),
        (
            "line",
            "",
            (
                "Mae LibreOffice a Google Sheets yn gweithio hefyd. Os byddwch yn copïo'r ffeil i raglen arall, "
                "cadwch ddyddiadau ar ffurf BBBB-MM-DD ac enwau'r taflenni fel y maen nhw."
            ),
        ),
    ]
    return lines
