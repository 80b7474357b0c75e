"""The fixed words of a report, in English and Welsh.

Only the report's own text is here; what people wrote (pledges, notes, quotes) is shown as written.
`language="both"` gives "Cymraeg / English" for every label, as a `Bilingual` string that still holds each
language apart, so a writer that can mark languages (the HTML report) shows each with its own `lang`. The
Welsh wants a fluent reader's check before it goes to a council: it is careful, not certified.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Self

from commission.vocab import MONTHS_CY as MONTHS_CY  # re-exported: the returns and the review pack use it

LANGUAGES = ("en", "cy", "both")

STRINGS: dict[str, tuple[str, str]] = {
    # titles and sections
    "report_title": ("Accountability report", "Adroddiad atebolrwydd"),
    "as_of": ("As of", "Ar"),
    "for_organisation": ("Commitments made by", "Ymrwymiadau a wnaed gan"),
    "at_a_glance": ("At a glance", "Cipolwg"),
    "charts": ("Progress in pictures", "Cynnydd mewn lluniau"),
    "you_said": ("You said, we did", "Dywedoch chi, gwnaethon ni"),
    "by_organisation": ("By organisation", "Fesul sefydliad"),
    "appendix": ("Appendix", "Atodiad"),
    "sessions_held": ("Sessions held", "Sesiynau a gynhaliwyd"),
    "how_computed": ("How the figures are computed", "Sut y cyfrifir y ffigurau"),
    "quotes_withheld_title": ("Quotes withheld for consent", "Dyfyniadau a ataliwyd oherwydd caniatâd"),
    "other_actions": ("Other actions", "Camau gweithredu eraill"),
    "contents": ("Contents", "Cynnwys"),
    "skip_to_report": ("Skip to the report", "Neidio i'r adroddiad"),
    # labels
    "commitments": ("Commitments", "Ymrwymiadau"),
    "commitment": ("Commitment", "Ymrwymiad"),
    "organisation": ("Organisation", "Sefydliad"),
    "action": ("Action", "Cam gweithredu"),
    "actions": ("Actions", "Camau gweithredu"),
    "actions_agreed": ("Actions agreed", "Camau gweithredu a gytunwyd"),
    "pledge": ("Pledge", "Addewid"),
    "due": ("Due", "Erbyn"),
    "no_due": ("no due date", "dim dyddiad"),
    "made_on": ("Made", "Gwnaed"),
    "by": ("by", "gan"),
    "state": ("State", "Cyflwr"),
    "progress": ("Progress", "Cynnydd"),
    "overall_progress": ("Overall progress", "Cynnydd cyffredinol"),
    "panel_agreement": ("Panel agreement", "Cytundeb y panel"),
    "panel_agreement_none": (
        "Nothing is done yet, so there is nothing for the panel to agree.",
        "Does dim wedi'i wneud eto, felly does dim i'r panel gytuno arno.",
    ),
    "panel_agreement_detail": (
        "The panel agrees {agree} of the {done} commitments reported done.",
        "Mae'r panel yn cytuno â {agree} o'r {done} ymrwymiad yr adroddwyd eu bod wedi'u gwneud.",
    ),
    "commitments_in_all": ("{n} commitments in all", "{n} ymrwymiad i gyd"),
    "commitments_in_all_one": ("{n} commitment in all", "{n} ymrwymiad i gyd"),
    "attendance": ("Attendance", "Presenoldeb"),
    "what_overdue": ("What is overdue", "Beth sy'n hwyr"),
    "nothing_overdue": ("Nothing is overdue.", "Does dim yn hwyr."),
    "and_more": ("and {n} more", "a {n} arall"),
    "what_changed": ("What changed since {date}", "Beth sydd wedi newid ers {date}"),
    "newly_done": ("Newly done", "Newydd eu gwneud"),
    "newly_overdue": ("Newly overdue", "Newydd fynd yn hwyr"),
    "newly_at_risk": ("Newly at risk", "Newydd fynd mewn perygl"),
    "new_commitments": ("New commitments", "Ymrwymiadau newydd"),
    "updates_received": ("Updates received", "Diweddariadau a gafwyd"),
    "verdicts_given": ("Panel verdicts given", "Barnau'r panel a roddwyd"),
    "progress_change": (
        "Overall progress went from {before} to {now} ({delta} points).",
        "Aeth y cynnydd cyffredinol o {before} i {now} ({delta} pwynt).",
    ),
    "no_change": ("No change in the quarter.", "Dim newid yn ystod y chwarter."),
    "org_says": ("What the organisation says", "Beth mae'r sefydliad yn ei ddweud"),
    "panel_thinks": ("What the panel thinks", "Barn y panel"),
    "no_update": ("No update yet.", "Dim diweddariad eto."),
    "no_verdict": ("The panel has not assessed this yet.", "Nid yw'r panel wedi asesu hyn eto."),
    "timeline": ("Timeline", "Llinell amser"),
    "earlier_updates": ("{n} earlier updates", "{n} diweddariad cynharach"),
    "latest_progress": ("Latest progress", "Cynnydd diweddaraf"),
    "what_we_heard": ("What we heard", "Beth glywon ni"),
    "insight_status": ("not yet agreed by the panel", "heb ei gytuno gan y panel eto"),
    "no_actions_theme": (
        "No actions agreed under this theme yet.",
        "Dim camau gweithredu wedi'u cytuno o dan y thema hon eto.",
    ),
    "no_commitments_action": (
        "No organisation has committed to this action yet.",
        "Nid oes unrhyw sefydliad wedi ymrwymo i'r cam hwn eto.",
    ),
    "see_action": (
        "Also relates to action {ref}, reported under \u201c{theme}\u201d.",
        "Hefyd yn ymwneud â cham {ref}, a adroddir o dan \u201c{theme}\u201d.",
    ),
    "no_commitments": ("There are no commitments to report yet.", "Does dim ymrwymiadau i adrodd arnynt eto."),
    "no_commitments_org": (
        "{org} has no commitments to report as of {date}.",
        "Does gan {org} ddim ymrwymiadau i adrodd arnynt ar {date}.",
    ),
    "no_themes": ("No themes have been recorded yet.", "Does dim themâu wedi'u cofnodi eto."),
    "no_sessions": ("No sessions held yet.", "Dim sesiynau wedi'u cynnal eto."),
    "session": ("Session", "Sesiwn"),
    "date": ("Date", "Dyddiad"),
    "kind": ("Kind", "Math"),
    "present": ("present", "yn bresennol"),
    "apologies": ("apologies", "ymddiheuriadau"),
    "absent": ("absent", "absennol"),
    "named_present": ("Named with consent", "Enwir gyda chaniatâd"),
    "n_present": ("{n} present", "{n} yn bresennol"),
    "n_apologies": ("{n} apologies", "{n} ymddiheuriad"),
    "n_apologies_one": ("{n} apology", "{n} ymddiheuriad"),
    "n_absent": ("{n} absent", "{n} absennol"),
    "others": ("and {n} others", "a {n} arall"),
    "states_by_org": ("Commitments by organisation and state", "Ymrwymiadau fesul sefydliad a chyflwr"),
    "progress_by_theme": ("Progress by theme", "Cynnydd fesul thema"),
    "assets_pentagon": ("Actions across the five assets", "Camau gweithredu ar draws y pum ased"),
    "assets_caption": (
        (
            "Each corner is one asset of the Sustainable Livelihoods pentagon. The filled shape shows the average "
            "progress of the actions in that asset (the outer ring is 100%); the dashed shape shows how many "
            "actions sit there, against the busiest asset."
        ),
        (
            "Mae pob cornel yn un o asedau pentagon Bywoliaethau Cynaliadwy. Mae'r siâp llawn yn dangos cynnydd "
            "cyfartalog y camau gweithredu yn yr ased hwnnw (y cylch allanol yw 100%); mae'r siâp toredig yn dangos "
            "faint o gamau sydd yno, o'i gymharu â'r ased prysuraf."
        ),
    ),
    "average_progress": ("average progress", "cynnydd cyfartalog"),
    "number_of_actions": ("number of actions", "nifer y camau gweithredu"),
    "n_actions": ("{n} actions", "{n} cam"),
    "n_actions_one": ("{n} action", "{n} cam"),
    "commitment_count_one": ("{n} commitment", "{n} ymrwymiad"),
    "earlier_updates_one": ("{n} earlier update", "{n} diweddariad cynharach"),
    "others_one": ("and {n} other", "a {n} arall"),
    "and_more_one": ("and {n} more", "a {n} arall"),
    "asset": ("Asset", "Ased"),
    "theme": ("Theme", "Thema"),
    "page_of": ("Page {n} of {m}", "Tudalen {n} o {m}"),
    "privacy_note": (
        (
            "Panel members are named only where they have agreed to be, and their words are quoted only with "
            "their consent. Contact details are never included."
        ),
        (
            "Enwir aelodau'r panel dim ond lle maen nhw wedi cytuno, a dyfynnir eu geiriau dim ond gyda'u caniatâd. "
            "Ni chynhwysir manylion cyswllt byth."
        ),
    ),
    "withheld_text": (
        (
            "{n} of the {total} quotes behind the panel's insights were left out of this report because the "
            "person who said them has not given, or has withdrawn, consent to be quoted."
        ),
        (
            "Gadawyd {n} o'r {total} dyfyniad y tu ôl i fewnwelediadau'r panel allan o'r adroddiad hwn am nad yw'r "
            "sawl a'u dywedodd wedi rhoi, neu wedi tynnu'n ôl, ganiatâd i'w dyfynnu."
        ),
    ),
    "withheld_none": (
        "No quotes were withheld: everyone quoted has agreed to it.",
        "Ni ataliwyd unrhyw ddyfyniadau: mae pawb a ddyfynnwyd wedi cytuno.",
    ),
    # the sign-off trail: what the panel agreed in review rounds (counts and dates, never who)
    "signoff_title": ("What the panel has agreed", "Yr hyn y mae'r panel wedi cytuno arno"),
    "signoff_intro": (
        (
            "Drafts go to the panel in review rounds. When a round closes, each thing the panel agreed is listed "
            "here with how many of the panel members asked agreed to its final words, and when. Who answered "
            "what is never shown."
        ),
        (
            "Mae drafftiau'n mynd at y panel mewn cylchoedd adolygu. Pan fydd cylch yn cau, rhestrir yma bob peth "
            "y cytunodd y panel arno, gyda faint o'r aelodau o'r panel a ofynnwyd a gytunodd â'i eiriau terfynol, "
            "a phryd. Ni ddangosir byth pwy atebodd beth."
        ),
    ),
    "signoff_none": (
        "No review rounds have been closed yet, so the panel has not signed anything off here.",
        "Does dim cylch adolygu wedi cau eto, felly nid yw'r panel wedi cymeradwyo dim yma.",
    ),
    "signoff_round": ("{title}, closed on {date}", "{title}, a gaewyd ar {date}"),
    "signoff_agreed": (
        "Agreed by {n} of {asked} panel members on {date}",
        "Cytunwyd gan {n} o'r {asked} aelod o'r panel ar {date}",
    ),
    "signoff_changed": (
        (
            "Changed as the panel asked and signed off on {date} ({n} of {asked} panel members had agreed the "
            "earlier wording)"
        ),
        (
            "Newidiwyd fel y gofynnodd y panel a'i gymeradwyo ar {date} (roedd {n} o'r {asked} aelod o'r panel "
            "wedi cytuno â'r geiriad cynharach)"
        ),
    ),
    "signoff_verdict": (
        "Panel verdict '{verdict}' on {date}: {n} of {asked} panel members agreed it was done",
        "Barn y panel '{verdict}' ar {date}: cytunodd {n} o'r {asked} aelod o'r panel ei fod wedi'i wneud",
    ),
    "signoff_edited": (
        "The words were changed in the round, as the panel asked; the figure is for the new words.",
        "Newidiwyd y geiriau yn ystod y cylch, fel y gofynnodd y panel; mae'r ffigur ar gyfer y geiriau newydd.",
    ),
    "signoff_notes_of": ("Notes of {title}, {date}", "Nodiadau {title}, {date}"),
    "signoff_update_of": ("{org}, commitment {ref}: {pledge}", "{org}, ymrwymiad {ref}: {pledge}"),
    "signoff_item": ("What was agreed", "Beth a gytunwyd"),
    "signoff": ("Sign-off", "Cymeradwyaeth"),
    "agreed_by_panel_on": ("Agreed by the panel on {date}", "Cytunwyd gan y panel ar {date}"),
    "kind:insight": ("What we heard", "Beth glywon ni"),
    "kind:action": ("Action", "Cam gweithredu"),
    "kind:session_notes": ("Session notes", "Nodiadau'r sesiwn"),
    "kind:report_text": ("You said, we did", "Dywedoch chi, gwnaethon ni"),
    "kind:update": ("Organisation's update", "Diweddariad y sefydliad"),
    "withheld_short": ("{n} quotes withheld for consent", "{n} dyfyniad wedi'u hatal oherwydd caniatâd"),
    "commitment_count": ("{n} commitments", "{n} ymrwymiad"),
    # the five states and the verdicts, always shown as words
    "state:done": ("done", "wedi'i wneud"),
    "state:on track": ("on track", "ar y trywydd"),
    "state:at risk": ("at risk", "mewn perygl"),
    "state:overdue": ("overdue", "hwyr"),
    "state:dropped": ("dropped", "wedi'i ollwng"),
    "verdict:agree": ("agree", "cytuno"),
    "verdict:partly": ("partly agree", "cytuno'n rhannol"),
    "verdict:disagree": ("disagree", "anghytuno"),
    "verdict:not assessed": ("not assessed", "heb ei asesu"),
    "status:not started": ("not started", "heb ddechrau"),
    "status:in progress": ("in progress", "ar y gweill"),
    "status:at risk": ("at risk", "mewn perygl"),
    "status:stalled": ("stalled", "wedi aros"),
    "status:done": ("done", "wedi'i wneud"),
    "status:dropped": ("dropped", "wedi'i ollwng"),
    "asset:human": ("Human", "Dynol"),
    "asset:social": ("Social", "Cymdeithasol"),
    "asset:physical": ("Physical", "Ffisegol"),
    "asset:public": ("Public", "Cyhoeddus"),
    "asset:financial": ("Financial", "Ariannol"),
    "speaker:a panel member": ("a panel member", "aelod o'r panel"),
    "speaker:Community commissioner": ("Community commissioner", "Comisiynydd cymunedol"),
    "speaker:Civic commissioner": ("Civic commissioner", "Comisiynydd dinesig"),
    "speaker:Facilitator": ("Facilitator", "Hwylusydd"),
    "speaker:Guest": ("Guest", "Gwestai"),
    "speaker:Panel member": ("Panel member", "Aelod o'r panel"),
}

RULES_TEXT: tuple[tuple[str, str], ...] = (
    (
        (
            "Every figure in this report is worked out as of the date on the cover. Only updates dated on or before "
            "that date count. Nothing counts before it existed: a commitment made after that date is left out, and "
            "an action agreed after it is left out of the themes' and the overall progress."
        ),
        (
            "Cyfrifir pob ffigur yn yr adroddiad hwn ar y dyddiad ar y clawr. Dim ond diweddariadau ar y dyddiad "
            "hwnnw neu cyn hynny sy'n cyfrif. Nid oes dim yn cyfrif cyn iddo fodoli: gadewir allan ymrwymiad a wnaed "
            "ar \u00f4l y dyddiad hwnnw, a gadewir cam gweithredu a gytunwyd ar ei \u00f4l allan o gynnydd y themâu "
            "a'r cynnydd cyffredinol."
        ),
    ),
    (
        (
            "A commitment's latest update sets its status. With no update it has not started and its progress is 0. "
            "An update that gives a status but no figure counts as: not started 0%, in progress 50%, at risk 50%, "
            "stalled 25%, done 100%; a dropped commitment is left out of progress."
        ),
        (
            "Diweddariad diweddaraf ymrwymiad sy'n pennu ei statws. Heb ddiweddariad nid yw wedi dechrau a'i gynnydd "
            "yw 0. Mae diweddariad sy'n rhoi statws ond dim ffigur yn cyfrif fel: heb ddechrau 0%, ar y gweill 50%, "
            "mewn perygl 50%, wedi aros 25%, wedi'i wneud 100%; gadewir ymrwymiad a ollyngwyd allan o'r cynnydd."
        ),
    ),
    (
        (
            "Each commitment is given one state, taking the first that fits: done (reported done); dropped (reported "
            "dropped); overdue (its due date has passed); at risk (reported at risk or stalled, or nothing heard for "
            "more than 90 days since its last update, or since it was made); otherwise on track."
        ),
        (
            "Rhoddir un cyflwr i bob ymrwymiad, gan gymryd y cyntaf sy'n ffitio: wedi'i wneud (adroddwyd ei fod wedi'i "
            "wneud); wedi'i ollwng (adroddwyd ei fod wedi'i ollwng); hwyr (mae ei ddyddiad wedi mynd heibio); mewn "
            "perygl (adroddwyd ei fod mewn perygl neu wedi aros, neu ddim wedi clywed dim am fwy na 90 diwrnod ers y "
            "diweddariad olaf, neu ers ei wneud); fel arall ar y trywydd."
        ),
    ),
    (
        (
            "An action's progress is the weighted average of its commitments' progress, leaving out dropped ones. "
            "A theme's progress is the average of its actions; the commission's overall progress is the average of "
            "all its actions."
        ),
        (
            "Cynnydd cam gweithredu yw cyfartaledd pwysol cynnydd ei ymrwymiadau, heb gynnwys y rhai a ollyngwyd. "
            "Cynnydd thema yw cyfartaledd ei chamau gweithredu; cynnydd cyffredinol y comisiwn yw cyfartaledd ei holl "
            "gamau gweithredu."
        ),
    ),
    (
        (
            "Panel agreement is the share of the commitments reported done where the panel's latest verdict is "
            "\u201cagree\u201d. The organisation's claim and the panel's verdict are always shown side by side."
        ),
        (
            "Cytundeb y panel yw cyfran yr ymrwymiadau yr adroddwyd eu bod wedi'u gwneud lle mai barn ddiweddaraf y "
            "panel yw \u201ccytuno\u201d. Dangosir honiad y sefydliad a barn y panel ochr yn ochr bob amser."
        ),
    ),
)


class Bilingual(str):
    """Words of a bilingual report: reads as `shown` ('Cymraeg / English') wherever plain text goes (PDF, Word,
    the tracker), and keeps `.en` and `.cy` apart for a writer that marks each language (HTML)."""

    en: str
    cy: str

    def __new__(cls, en: str, cy: str, shown: str | None = None) -> Self:
        obj = super().__new__(cls, f"{cy} / {en}" if shown is None else shown)  # Welsh is read first
        obj.en, obj.cy = en, cy
        return obj

    def __reduce__(self):
        return (Bilingual, (self.en, self.cy, str(self)))


def _in(value: object, index: int) -> object:
    """A value for one language's sentence: (english, welsh) pairs and Bilingual words split."""
    if isinstance(value, Bilingual):
        return (value.en, value.cy)[index]
    if isinstance(value, tuple):
        return value[index]
    return value


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        from commission.errors import UserError

        raise UserError(f"Unknown report language '{language}': use en, cy or both.")
    return language


class Text:
    """The words of one report in its language; `t("key", n=3)` fills {placeholders}."""

    def __init__(self, language: str = "en"):
        self.language = check_language(language)

    def __call__(self, key: str, **values: object) -> str:
        if values.get("n") == 1 and f"{key}_one" in STRINGS:
            key = f"{key}_one"
        en, cy = STRINGS[key]
        # a value given as (english, welsh) goes into each language's sentence in its own words
        en_values = {k: _in(v, 0) for k, v in values.items()}
        cy_values = {k: _in(v, 1) for k, v in values.items()}
        return self._pick(en.format(**en_values), cy.format(**cy_values))

    def _pick(self, en: str, cy: str) -> str:
        if self.language == "cy":
            return cy
        if self.language == "both" and cy != en:
            return Bilingual(en, cy)
        return en

    def state(self, state: str) -> str:
        return self(f"state:{state}")

    def verdict(self, verdict: str) -> str:
        return self(f"verdict:{verdict}")

    def verdict_word(self, verdict: str) -> tuple[str, str]:
        """A panel verdict as the sign-off trail words it: as recorded in English ('partly'), Welsh in Welsh."""
        key = f"verdict:{verdict}"
        return (verdict, STRINGS[key][1]) if key in STRINGS else (verdict, verdict)

    def kind(self, kind: str) -> str:
        """What sort of thing a review item is: 'What we heard', 'Session notes' …"""
        return self(f"kind:{kind}") if f"kind:{kind}" in STRINGS else kind

    def status(self, status: str) -> str:
        return self(f"status:{status}") if f"status:{status}" in STRINGS else status

    def asset(self, asset: str) -> str:
        return self(f"asset:{asset}")

    def rules(self) -> list[str]:
        return [self._pick(en, cy) for en, cy in RULES_TEXT]

    def date(self, value: date | None) -> str:
        """'22 November 2026'; Welsh month names in Welsh ('both' keeps the English date, it reads either way)."""
        if value is None:
            return ""
        welsh = f"{value.day} {MONTHS_CY[value.month - 1]} {value.year}"
        if self.language == "cy":
            return welsh
        english = f"{value.day} {value:%B %Y}"
        # in both languages the date reads in English where it stands alone, in Welsh within a Welsh sentence
        return Bilingual(english, welsh, english) if self.language == "both" else english

    def speaker(self, name: str) -> str:
        """The neutral labels privacy gives ('Community commissioner 3') in the report's language."""
        if self.language == "en":
            return name
        match = re.fullmatch(
            r"(a panel member|Community commissioner|Civic commissioner|Facilitator|Guest|"
            r"Panel member)( \d+)?",
            name,
        )
        if not match:
            return name
        word, number = self(f"speaker:{match.group(1)}"), match.group(2) or ""
        if isinstance(word, Bilingual):
            return Bilingual(word.en + number, word.cy + number)
        return word + number


from commission.reports.text_value import VALUE_STRINGS  # noqa: E402  (the Frameworks and Social value sections)

STRINGS.update(VALUE_STRINGS)


# -- what people wrote, in the reader's language (SPEC, Bilingual content) ------------------------------------

STRINGS.update(
    {
        "only_en": ("in English only", "Saesneg yn unig"),
        "only_cy": ("in Welsh only", "Cymraeg yn unig"),
        "session:listening": ("listening", "gwrando"),
        "session:theme": ("theme", "thema"),
        "session:working group": ("working group", "gweithgor"),
        "session:joint": ("joint", "sesiwn ar y cyd"),
        "session:launch": ("launch", "lansiad"),
        "session:closing": ("closing", "digwyddiad cloi"),
        "session:follow-up": ("follow-up", "sesiwn ddilynol"),
    }
)


class Said(str):
    """Words someone wrote, in one language (`lang`, "en" or "cy"). `note` is set when they are shown in a report
    in the other language because the reader's version is missing: the words read "… (Saesneg yn unig)", and a
    writer that marks languages (HTML) marks the words with their own `lang` and the note with the page's."""

    body: str
    lang: str
    note: str

    def __new__(cls, body: str, lang: str, note: str = "") -> Self:
        obj = super().__new__(cls, f"{body} ({note})" if note else body)
        obj.body, obj.lang, obj.note = body, lang, note
        return obj

    def __reduce__(self):
        return (Said, (self.body, self.lang, self.note))


def pick_content(text: Text, en: str, cy: str) -> str:
    """The version of a field in the report's language; where it is missing, the other, marked as such.
    In both languages: Welsh first, then English (a `Bilingual`), or the one there is, marked."""
    en, cy = en or "", cy or ""
    if not en and not cy:
        return ""
    if text.language == "both":
        if en and cy:
            return Bilingual(en, cy) if en != cy else Said(cy, "cy")
        return Said(en, "en", text("only_en")) if en else Said(cy, "cy", text("only_cy"))
    if text.language == "cy":
        return Said(cy, "cy") if cy else Said(en, "en", text("only_en"))
    return Said(en, "en") if en else Said(cy, "cy", text("only_cy"))


def session_kind(text: Text, kind: str) -> str:
    """A session's kind in the report's words ('listening' is 'gwrando' in Welsh)."""
    return text(f"session:{kind}") if f"session:{kind}" in STRINGS else kind
