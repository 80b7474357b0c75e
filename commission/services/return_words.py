"""Update returns in the organisation's language: the words of a return's Instructions, and of a Welsh return.

`organisation_language(org)` is the one place that says which language a return is written in: the
organisation's own `language` (SPEC, Organisations). A Welsh return has its Instructions, its status list and
its messages in Welsh, shows each pledge in Welsh (the English, marked, where there is no Welsh version), and
its Updates sheet takes the note as `note_cy`, the Welsh version of the update's note. Its import reads Welsh
status words (vocab.WELSH_STATUSES) as well as English.
"""

from __future__ import annotations

from datetime import date

from commission import domain, vocab
from commission.reports.content import localise
from commission.reports.text import MONTHS_CY, Text

STATUSES_CY = ("heb ddechrau", "ar y gweill", "mewn perygl", "wedi aros", "wedi'i wneud", "wedi'i ollwng")


def organisation_language(org: domain.Organisation) -> str:
    """The language `org` works in, for its update return: "en" or "cy"."""
    return org.language if org.language in ("en", "cy") else "en"


def welsh_date(value: date) -> str:
    return f"{value.day} {MONTHS_CY[value.month - 1]} {value.year}"


def welsh_pledges(data: domain.CommissionData) -> domain.CommissionData:
    """The commission with each pledge and action title in Welsh (the English, marked, where there is none)."""
    return localise(data, Text("cy"))


# A return's Instructions sheet, one template a language: "# " its title, "## " a heading, "label | text" a
# line with its label, an empty line a gap; an indented line goes on with the line before. {names} are filled
# in after the lines are read, so a name cannot make a line of its own.
INSTRUCTIONS = {
    "en": """
# Update return for {org}
From {commission}. Prepared on {when}.

## Why you have this
When {org} made its commitments to the commission, it agreed to tell the panel how things are going. This file
    lists your {count} {commitments}. Please tell us what has happened since your last update.

## What to do
1. | Open the Updates sheet (the tab at the bottom). There is one row for each of your commitments.
2. | For each commitment where something has happened, fill in the yellow cells:
date | the date your update is about, written as YYYY-MM-DD — for example 2026-11-15.
status | choose from the list: {statuses}.
progress | how far along it is: a number from 0 (not started) to 100 (finished). If you leave it blank, we use
    the usual figure for the status.
note | a few plain sentences: what was done, what comes next, what is getting in the way.
reported_by | who is reporting. We have put your organisation's name; you can change it to your own name or
    job title.
3. | Leave a row as it is if you have nothing new to say about that commitment. Rows you leave empty are simply
    ignored.
4. | To give a second update on a commitment, use the spare rows at the bottom of the Updates sheet: choose the
    commitment from the list in its first cell.
5. | Save the file and send it back to the commission's coordinator. Please keep the file's sheets and grey
    cells as they are.

## What the statuses mean
not started | work has not begun yet
in progress | work is under way
at risk | work is under way, but it may not happen in time or in full
stalled | work has stopped for now
done | finished: what was promised has happened
dropped | you no longer plan to do this (please say why in the note)

## The Commitments sheet
It shows what you promised and where things stood on {when}, as the commission sees it. It is there to help
    you: it cannot be changed here. If a promise or a due date is wrong, please tell the coordinator.

## The panel will give its own view
Community commissioners read every update and say whether they agree it happened. Their view is shown beside
    yours in the commission's reports, so please say plainly what has and has not changed for the people
    affected.

## Other spreadsheet programs
LibreOffice and Google Sheets work too. If you copy the file into another program, keep dates as YYYY-MM-DD
    and the sheet names as they are.
""",
    "cy": """
# Ffurflen ddiweddaru ar gyfer {org}
Gan {commission}. Paratowyd ar {when}.

## Pam mae hon gennych chi
Pan wnaeth {org} ei ymrwymiadau i'r comisiwn, cytunodd i ddweud wrth y panel sut mae pethau'n mynd. Mae'r
    ffeil hon yn rhestru eich {count} ymrwymiad. Dywedwch wrthym beth sydd wedi digwydd ers eich diweddariad
    diwethaf, os gwelwch yn dda.

## Beth i'w wneud
1. | Agorwch y daflen Updates (y tab ar y gwaelod). Mae un rhes ar gyfer pob un o'ch ymrwymiadau.
2. | Ar gyfer pob ymrwymiad lle mae rhywbeth wedi digwydd, llenwch y celloedd melyn:
date | y dyddiad y mae eich diweddariad yn sôn amdano, ar ffurf BBBB-MM-DD — er enghraifft 2026-11-15.
status | dewiswch o'r rhestr: {statuses}.
progress | pa mor bell mae pethau wedi mynd: rhif o 0 (heb ddechrau) i 100 (wedi gorffen). Os byddwch yn ei
    adael yn wag, byddwn yn defnyddio'r ffigur arferol ar gyfer y statws.
note_cy | ychydig o frawddegau syml yn Gymraeg: beth a wnaed, beth sy'n dod nesaf, beth sy'n rhwystro.
reported_by | pwy sy'n adrodd. Rydym wedi rhoi enw eich sefydliad; gallwch ei newid i'ch enw chi neu deitl
    eich swydd.
3. | Gadewch res fel y mae os nad oes gennych ddim byd newydd i'w ddweud am yr ymrwymiad hwnnw. Caiff rhesi
    gwag eu hanwybyddu.
4. | I roi ail ddiweddariad ar ymrwymiad, defnyddiwch y rhesi sbâr ar waelod y daflen Updates: dewiswch yr
    ymrwymiad o'r rhestr yn ei gell gyntaf.
5. | Cadwch y ffeil a'i hanfon yn ôl at gydlynydd y comisiwn. Cadwch daflenni'r ffeil a'r celloedd llwyd fel y
    maen nhw, os gwelwch yn dda.

## Beth mae'r statwsau'n ei olygu
heb ddechrau | dydy'r gwaith ddim wedi dechrau eto
ar y gweill | mae'r gwaith wedi dechrau
mewn perygl | mae'r gwaith wedi dechrau, ond efallai na fydd yn digwydd mewn pryd nac yn llawn
wedi aros | mae'r gwaith wedi stopio am y tro
wedi'i wneud | wedi gorffen: mae'r hyn a addawyd wedi digwydd
wedi'i ollwng | dydych chi ddim yn bwriadu gwneud hyn bellach (dywedwch pam yn y nodyn, os gwelwch yn dda)

## Y daflen Commitments
Mae'n dangos beth a addawyd gennych a ble roedd pethau ar {when}, fel y mae'r comisiwn yn ei weld. Mae yno
    i'ch helpu: does dim modd ei newid yma. Os yw addewid neu ddyddiad yn anghywir, dywedwch wrth y cydlynydd,
    os gwelwch yn dda.

## Bydd y panel yn rhoi ei farn ei hun
Mae'r comisiynwyr cymunedol yn darllen pob diweddariad ac yn dweud a ydyn nhw'n cytuno ei fod wedi digwydd.
    Dangosir eu barn nhw wrth ochr eich barn chi yn adroddiadau'r comisiwn, felly dywedwch yn blaen beth sydd
    wedi newid a beth sydd heb newid i'r bobl dan sylw.

## Rhaglenni taenlen eraill
Mae LibreOffice a Google Sheets yn gweithio hefyd. Os byddwch yn copïo'r ffeil i raglen arall, cadwch
    ddyddiadau ar ffurf BBBB-MM-DD ac enwau'r taflenni fel y maen nhw.
""",
}


def instructions(
    language: str, org: domain.Organisation, commission: domain.CommissionInfo, as_of: date, count: int
) -> list[tuple[str, str, str]]:
    """(kind, label, text) lines of `org`'s return's Instructions sheet in `language` ("en" or "cy"): kind is
    title, heading, line or gap. A Welsh return names them in Welsh, where they have a Welsh name."""
    welsh = language == "cy"
    names = {
        "org": (org.name_cy or org.name) if welsh else org.name,
        "commission": (commission.name_cy or commission.name) if welsh else commission.name,
        "when": welsh_date(as_of) if welsh else vocab.uk_date(as_of),
        "count": count,
        "commitments": "commitment" if count == 1 else "commitments",
        "statuses": ", ".join(STATUSES_CY if welsh else vocab.UPDATE_STATUSES),
    }
    rows: list[str] = []
    for row in INSTRUCTIONS[language].strip("\n").splitlines():
        if row.startswith(" ") and rows:
            rows[-1] += " " + row.strip()
        else:
            rows.append(row)
    lines = []
    for row in rows:
        if not row:
            lines.append(("gap", "", ""))
        elif row.startswith(("# ", "## ")):
            kind = "title" if row.startswith("# ") else "heading"
            lines.append((kind, "", row.split(" ", 1)[1].format(**names)))
        else:
            label, bar, text = row.partition(" | ")
            lines.append(("line", label, text.format(**names)) if bar else ("line", "", row.format(**names)))
    return lines
