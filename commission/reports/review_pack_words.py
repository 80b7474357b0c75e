"""The fixed words of a review pack in English and Welsh: a panel member who prefers Welsh gets the pack in
Welsh (SPEC: "in plain language, large print, English or Welsh"). The words under review stay as written."""

from __future__ import annotations

from commission.reports.text import MONTHS_CY

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "how": "How to fill this in",
        "intro": "We have written down what the panel said and what has been done. Please read each part "
        "and tell us if it is right.",
        "tick": "For each part, tick one box:",
        "change": "If you tick <b>Change</b> or <b>Disagree</b>, please write what should be different on "
        "the lines below it. You can skip a part if you want to. There are no wrong answers.",
        "finished": "When you have finished, give this pack back to the coordinator, or tell them your answers.",
        "own": "Your own words are always shown to you. Other people's words are only shown if they have "
        "said yes to being quoted.",
        "title": "Your review pack",
        "for": "For {name}",
        "parts": "There are {n} parts to read.",
        "parts_one": "There is 1 part to read.",
        "part": "Part {n} of {m}",
        "said": "What people said:",
        "you_said": "you said this",
        "comments": "Your comments:",
        "footer": "Review pack for {name}",
        "page": "Page {n} of {m}",
        "nothing": "There is nothing to read in this round yet.",
        "thanks": "Thank you. What you tell us decides what is written.",
        "withheld": "{n} more things people said are not shown, because the people who said them have not "
        "agreed to be quoted.",
        "withheld_one": "1 more thing people said is not shown, because the person who said it has not agreed "
        "to be quoted.",
    },
    "cy": {
        "how": "Sut i lenwi hwn",
        "intro": "Rydym wedi ysgrifennu beth ddywedodd y panel a beth sydd wedi cael ei wneud. Darllenwch bob "
        "rhan a dywedwch wrthym a yw'n gywir, os gwelwch yn dda.",
        "tick": "Ar gyfer pob rhan, ticiwch un blwch:",
        "change": "Os byddwch yn ticio <b>Newid</b> neu <b>Anghytuno</b>, ysgrifennwch beth ddylai fod yn "
        "wahanol ar y llinellau oddi tano. Gallwch hepgor rhan os hoffech chi. Does dim atebion anghywir.",
        "finished": "Pan fyddwch wedi gorffen, rhowch y pecyn hwn yn ôl i'r cydlynydd, neu dywedwch eich atebion "
        "wrthyn nhw.",
        "own": "Rydych chi bob amser yn gweld eich geiriau eich hun. Dim ond os ydyn nhw wedi dweud y cân nhw "
        "gael eu dyfynnu y dangosir geiriau pobl eraill.",
        "title": "Eich pecyn adolygu",
        "for": "Ar gyfer {name}",
        "parts": "Mae {n} rhan i'w darllen.",
        "parts_one": "Mae 1 rhan i'w darllen.",
        "part": "Rhan {n} o {m}",
        "said": "Beth ddywedodd pobl:",
        "you_said": "chi ddywedodd hyn",
        "comments": "Eich sylwadau:",
        "footer": "Pecyn adolygu ar gyfer {name}",
        "page": "Tudalen {n} o {m}",
        "nothing": "Does dim i'w ddarllen yn y cylch hwn eto.",
        "thanks": "Diolch. Eich ateb chi sy'n penderfynu beth a ysgrifennir.",
        "withheld": "Dydy {n} peth arall a ddywedodd pobl ddim yn cael eu dangos, am nad yw'r bobl a'u "
        "dywedodd wedi cytuno i gael eu dyfynnu.",
        "withheld_one": "Dydy 1 peth arall a ddywedodd rhywun ddim yn cael ei ddangos, am nad yw'r sawl a'i "
        "dywedodd wedi cytuno i gael ei ddyfynnu.",
    },
}
ANSWERS = {
    "en": (
        ("Agree", "this is right"),
        ("Change", "nearly right, but something needs changing"),
        ("Disagree", "this is wrong"),
    ),
    "cy": (
        ("Cytuno", "mae hyn yn gywir"),
        ("Newid", "bron yn gywir, ond mae angen newid rhywbeth"),
        ("Anghytuno", "mae hyn yn anghywir"),
    ),
}
# review_text's KIND_LABELS, QUESTIONS and HINTS in Welsh
KIND_LABELS_CY = {
    "insight": "Beth glywon ni",
    "action": "Cam gweithredu",
    "session_notes": "Nodiadau'r sesiwn",
    "report_text": "Dywedoch chi, gwnaethon ni",
    "update": "Ydych chi'n cytuno bod hyn wedi'i wneud?",
}
QUESTIONS_CY = {
    "insight": "Ai dyma beth ddywedodd y panel?",
    "action": "Ai dyma'r cam gweithredu y cytunodd y panel arno?",
    "session_notes": "Ydy hwn yn gofnod teg o'r sesiwn?",
    "report_text": "Ydy hwn yn ddisgrifiad teg o'r hyn a ddywedoch chi a'r hyn sydd wedi cael ei wneud?",
    "update": "Ydych chi'n cytuno bod hyn wedi'i wneud?",
}
HINTS_CY = {"update": "Ticiwch Newid os ydych chi'n meddwl mai dim ond yn rhannol y mae wedi'i wneud."}


def words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


def pack_date(value, language: str) -> str:
    from commission.vocab import uk_date

    return f"{value.day} {MONTHS_CY[value.month - 1]} {value.year}" if language == "cy" else uk_date(value)
