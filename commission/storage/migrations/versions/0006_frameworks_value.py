"""Frameworks that actions are tagged with (the three shipped ones seeded), and the social value account:
outcomes with their links, and the commission's investment and discount rate.

Revision ID: 0006
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from commission.storage.migrations.shapes import child_table, pairing_table

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Frozen copy of commission.frameworks.PRESETS as this revision seeded them.
PRESETS = [
    (
        "newlocal-jrf",
        "New Local / JRF: design out severe hardship",
        "New Local / JRF: cynllunio caledi difrifol allan",
        [
            (
                "learning",
                "Build learning and reflection into local action",
                "Adeiladu dysgu a myfyrio i mewn i weithredu lleol",
            ),
            (
                "shared-agenda",
                "A galvanising shared agenda on root causes",
                "Agenda gyffredin sy'n ysgogi, ar wraidd y problemau",
            ),
            (
                "shift-power",
                "Shift power to people and communities with experience of poverty",
                "Symud grym at bobl a chymunedau sydd â phrofiad o dlodi",
            ),
            (
                "redesign-services",
                "Redesign services: the right help at the right time",
                "Ailgynllunio gwasanaethau: yr help iawn ar yr adeg iawn",
            ),
            (
                "stable-funding",
                "Stable, long-term funding for collaborative action",
                "Cyllid sefydlog, hirdymor ar gyfer gweithredu ar y cyd",
            ),
            ("national-policy", "Inform and influence national policy", "Hysbysu a dylanwadu ar bolisi cenedlaethol"),
        ],
    ),
    (
        "phw-assets",
        "Public Health Wales: asset dimensions",
        "Iechyd Cyhoeddus Cymru: dimensiynau asedau",
        [
            (
                "individual",
                "Individual: people's own skills, strengths and confidence",
                "Unigol: sgiliau, cryfderau a hyder pobl eu hunain",
            ),
            (
                "community",
                "Community: networks, groups and shared places",
                "Cymunedol: rhwydweithiau, grwpiau a mannau a rennir",
            ),
            (
                "structural",
                "Structural: services, policies and the way systems work",
                "Strwythurol: gwasanaethau, polisïau a'r ffordd y mae systemau'n gweithio",
            ),
        ],
    ),
    (
        "wfg-goals",
        "Well-being of Future Generations (Wales) Act 2015: the seven well-being goals",
        "Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015: y saith nod llesiant",
        [
            ("prosperous", "A prosperous Wales", "Cymru lewyrchus"),
            ("resilient", "A resilient Wales", "Cymru gydnerth"),
            ("healthier", "A healthier Wales", "Cymru iachach"),
            ("more-equal", "A more equal Wales", "Cymru sy'n fwy cyfartal"),
            ("cohesive-communities", "A Wales of cohesive communities", "Cymru o gymunedau cydlynus"),
            (
                "vibrant-culture-welsh-language",
                "A Wales of vibrant culture and thriving Welsh language",
                "Cymru â diwylliant bywiog lle mae'r Gymraeg yn ffynnu",
            ),
            ("globally-responsible", "A globally responsible Wales", "Cymru sy'n gyfrifol ar lefel fyd-eang"),
        ],
    ),
]

FRACTIONS = ("deadweight", "attribution", "displacement", "drop_off")


def upgrade() -> None:
    with op.batch_alter_table("commissions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("investment", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("discount_rate", sa.Float(), nullable=True))

    frameworks = child_table(
        "frameworks",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_cy", sa.String(length=300), nullable=False),
        parent=("commission_id", "commissions"),
        parent_nullable=True,
        versioned=True,
        unique=("commission_id", "key"),
    )
    areas = child_table(
        "framework_areas",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("label_cy", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        parent=("framework_id", "frameworks"),
        versioned=True,
        unique=("framework_id", "key"),
    )
    pairing_table("action_framework_areas", ("action_id", "actions"), ("area_id", "framework_areas"))
    child_table(
        "outcomes",
        sa.Column("outcome", sa.String(length=300), nullable=False),
        sa.Column("stakeholder", sa.String(length=300), nullable=False),
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("proxy", sa.Float(), nullable=False),
        sa.Column("proxy_source", sa.Text(), nullable=False),
        sa.Column("duration", sa.Integer(), nullable=False),
        *(sa.Column(f, sa.Float(), nullable=False) for f in FRACTIONS),
        sa.Column("position", sa.Integer(), nullable=False),
        parent=("commission_id", "commissions"),
        versioned=True,
        checks=[
            ("quantity", "quantity >= 0"),
            ("duration", "duration >= 1"),
            *((f, f"{f} >= 0 AND {f} <= 1") for f in FRACTIONS),
        ],
        unique=("commission_id", "outcome"),
    )
    pairing_table("outcome_actions", ("outcome_id", "outcomes"), ("action_id", "actions"))
    pairing_table("outcome_insights", ("outcome_id", "outcomes"), ("insight_id", "insights"))

    connection = op.get_bind()
    for key, name, name_cy, preset_areas in PRESETS:
        framework_id = connection.execute(
            frameworks.insert()
            .values(commission_id=None, key=key, name=name, name_cy=name_cy, version=1)
            .returning(frameworks.c.id)
        ).scalar_one()
        op.bulk_insert(
            areas,
            [
                {
                    "framework_id": framework_id,
                    "key": area,
                    "label": label,
                    "label_cy": label_cy,
                    "position": i,
                    "version": 1,
                }
                for i, (area, label, label_cy) in enumerate(preset_areas)
            ],
        )


def downgrade() -> None:
    for name in (
        "outcome_insights",
        "outcome_actions",
        "outcomes",
        "action_framework_areas",
        "framework_areas",
        "frameworks",
    ):
        op.drop_table(name)
    with op.batch_alter_table("commissions", schema=None) as batch_op:
        batch_op.drop_column("discount_rate")
        batch_op.drop_column("investment")
