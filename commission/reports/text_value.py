"""The fixed words of the Frameworks and Social value report sections, in English and Welsh."""

VALUE_STRINGS: dict[str, tuple[str, str]] = {
    "frameworks_title": ("Frameworks", "Fframweithiau"),
    "frameworks_intro": (
        (
            "Each action can be tagged with the areas of a strategy framework it addresses. For each framework the "
            "commission's actions are tagged with, this shows each area's actions, their progress and the states of "
            "their commitments, and the areas no action addresses yet."
        ),
        (
            "Gellir tagio pob cam gweithredu â'r meysydd o fframwaith strategaeth y mae'n mynd i'r afael â nhw. Ar "
            "gyfer pob fframwaith, mae hyn yn dangos camau gweithredu pob maes, eu cynnydd a chyflwr eu hymrwymiadau, "
            "a'r meysydd nad oes unrhyw gam yn mynd i'r afael â nhw eto."
        ),
    ),
    "frameworks_none": (
        "No action has been tagged with a framework yet.",
        "Nid oes unrhyw gam gweithredu wedi'i dagio â fframwaith eto.",
    ),
    "area": ("Area", "Maes"),
    "states": ("States", "Cyflyrau"),
    "not_addressed": (
        "No action addresses this area yet.",
        "Nid oes unrhyw gam yn mynd i'r afael â'r maes hwn eto.",
    ),
    "uncovered_list": (
        "Not yet addressed by any action: {areas}.",
        "Heb sylw gan unrhyw gam gweithredu eto: {areas}.",
    ),
    "all_covered": ("Every area has at least one action.", "Mae gan bob maes o leiaf un cam gweithredu."),
    "value_title": ("Social value", "Gwerth cymdeithasol"),
    "value_intro": (
        (
            "An estimate of the social return on investment, worked out the way published evaluations do: each "
            "outcome is counted, given a value in pounds (a financial proxy), reduced for what would have happened "
            "anyway (deadweight), for others' part in it (attribution) and for value moved from elsewhere "
            "(displacement), and followed over the years it lasts, losing a share each year (drop-off). Future "
            "years are discounted at {rate} a year."
        ),
        (
            "Amcangyfrif o'r enillion cymdeithasol ar fuddsoddiad, wedi'i gyfrif yn y ffordd y mae gwerthusiadau "
            "cyhoeddedig yn ei wneud: cyfrifir pob canlyniad, rhoddir gwerth mewn punnoedd iddo (procsi ariannol), "
            "ei leihau am yr hyn a fyddai wedi digwydd beth bynnag (pwysau marw), am ran eraill ynddo (priodoli) ac am "
            "werth a symudwyd o rywle arall (dadleoli), a'i ddilyn dros y blynyddoedd y mae'n para, gan golli cyfran "
            "bob blwyddyn (gostyngiad). Disgowntir blynyddoedd i ddod ar {rate} y flwyddyn."
        ),
    ),
    "value_none": (
        "No social value has been estimated yet.",
        "Nid oes gwerth cymdeithasol wedi'i amcangyfrif eto.",
    ),
    "value_ratio": (
        "£{ratio} of social value for every £1 invested",
        "£{ratio} o werth cymdeithasol am bob £1 a fuddsoddwyd",
    ),
    "value_totals": (
        "Total present value {total} from an investment of {investment}.",
        "Cyfanswm y gwerth presennol {total} o fuddsoddiad o {investment}.",
    ),
    "value_no_investment": (
        "The investment is not recorded, so there is no ratio yet.",
        "Nid yw'r buddsoddiad wedi'i gofnodi, felly does dim cymhareb eto.",
    ),
    "outcome": ("Outcome", "Canlyniad"),
    "stakeholder": ("Who benefits", "Pwy sy'n elwa"),
    "quantity_proxy": ("How many × value a year", "Faint × gwerth y flwyddyn"),
    "years": ("Years", "Sawl blwyddyn"),  # "Blynyddoedd" is wider than its column
    "adjustments": ("Adjustments", "Addasiadau"),
    "adjustments_key": (
        "Adjustments, in order: deadweight / attribution / displacement / drop-off.",
        "Addasiadau, yn eu trefn: pwysau marw / priodoli / dadleoli / gostyngiad.",
    ),
    "present_value": ("Present value", "Gwerth presennol"),
    "total": ("Total", "Cyfanswm"),
    "sensitivity": ("How sure is the figure?", "Pa mor sicr yw'r ffigur?"),
    "sensitivity_intro": (
        (
            "The ratio again with each judgement changed by 10 points either way, and with every outcome counted "
            "for one year only."
        ),
        (
            "Y gymhareb eto gyda phob barn wedi'i newid 10 pwynt y naill ffordd neu'r llall, a chyda phob canlyniad "
            "wedi'i gyfrif am flwyddyn yn unig."
        ),
    ),
    "change": ("Change", "Newid"),
    "ratio": ("For every £1", "Am bob £1"),
    "proxy_sources": ("Where the values come from", "O ble y daw'r gwerthoedd"),
    "comes_from": ("Comes from", "Yn deillio o"),
    "sens:base": ("As entered", "Fel y'i cofnodwyd"),
    "sens:deadweight+": ("Deadweight 10 points higher", "Pwysau marw 10 pwynt yn uwch"),
    "sens:deadweight-": ("Deadweight 10 points lower", "Pwysau marw 10 pwynt yn is"),
    "sens:attribution+": ("Attribution 10 points higher", "Priodoli 10 pwynt yn uwch"),
    "sens:attribution-": ("Attribution 10 points lower", "Priodoli 10 pwynt yn is"),
    "sens:drop_off+": ("Drop-off 10 points higher", "Gostyngiad 10 pwynt yn uwch"),
    "sens:drop_off-": ("Drop-off 10 points lower", "Gostyngiad 10 pwynt yn is"),
    "sens:duration1": ("Every outcome for 1 year only", "Pob canlyniad am flwyddyn yn unig"),
}
