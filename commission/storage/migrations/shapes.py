"""What the migration scripts share: tables named by the models' naming convention, and the search index.

A helper here is part of every revision that calls it, so what it writes must never change; a revision
that needs something else gets a helper of its own. tests/storage/test_migration_schema_frozen.py holds
every revision, up and down, to the schema it made when it was written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

CASCADE = "CASCADE"
SET_NULL = "SET NULL"

# (column, referred table, ondelete) of one foreign key; (name, condition) of one check
Link = tuple[str, str, str]
Check = tuple[str, str]


def id_column() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), nullable=False)


def ref_column() -> sa.Column[str]:
    return sa.Column("ref", sa.String(length=100), nullable=False)


def version_column() -> sa.Column[int]:
    return sa.Column("version", sa.Integer(), server_default="1", nullable=False)


def link_column(name: str, *, nullable: bool = False) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), nullable=nullable)


def create_table(
    table: str,
    *columns: sa.Column[Any],
    checks: Sequence[Check] = (),
    links: Sequence[Link] = (),
    key: Sequence[str] = ("id",),
    unique: Sequence[str] = (),
    unique_name: str = "",
) -> sa.Table:
    """op.create_table with its constraints in the order Alembic's autogenerate wrote them (checks,
    foreign keys, primary key, unique), named as the naming convention names them; every foreign key
    gets an index, except one leading the primary key (the key's own index serves it)."""
    constraints: list[sa.Constraint] = [
        *(sa.CheckConstraint(condition, name=op.f(f"ck_{table}_{name}")) for name, condition in checks),
        *(
            sa.ForeignKeyConstraint(
                [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
            )
            for column, target, ondelete in links
        ),
        sa.PrimaryKeyConstraint(*key, name=op.f(f"pk_{table}")),
    ]
    if unique:
        constraints.append(sa.UniqueConstraint(*unique, name=op.f(unique_name or f"uq_{table}_{'_'.join(unique)}")))
    made = op.create_table(table, *columns, *constraints)
    for column, _target, _ondelete in links:
        if column != key[0]:
            op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)
    return made


def child_table(
    table: str,
    *columns: sa.Column[Any],
    parent: tuple[str, str],
    parent_nullable: bool = False,
    versioned: bool = False,
    checks: Sequence[Check] = (),
    links: Sequence[Link] = (),
    unique: Sequence[str] = (),
    unique_name: str = "",
) -> sa.Table:
    """A table of rows that each belong to one row of another: its id, then the `parent` (column, referred
    table) whose foreign key cascades and comes before those of `links`, the columns, and the version last
    when its rows are edited (`versioned`)."""
    column, target = parent
    return create_table(
        table,
        id_column(),
        link_column(column, nullable=parent_nullable),
        *columns,
        *([version_column()] if versioned else []),
        checks=checks,
        links=[(column, target, CASCADE), *links],
        unique=unique,
        unique_name=unique_name,
    )


def pairing_table(table: str, first: tuple[str, str], second: tuple[str, str], *, links_by_name: bool = False) -> None:
    """A table pairing two records, keyed by both (column, referred table), each link cascading; its
    foreign keys in the order given, or in column-name order (as autogenerate wrote 0001's)."""
    links = [(first[0], first[1], CASCADE), (second[0], second[1], CASCADE)]
    create_table(
        table,
        link_column(first[0]),
        link_column(second[0]),
        links=sorted(links) if links_by_name else links,
        key=(first[0], second[0]),
    )


# --- The SQLite full-text index (revisions 0002, 0004, 0009) ----------------------------------------
# One searched kind: (kind code, table, title, body, commission), SQL over the row NEW. These are frozen
# copies of commission.storage.search_index.SOURCES as each revision made it.
Source = tuple[int, str, str, str, str]

_UPDATES_COMMISSION = "(SELECT commission_id FROM commitments WHERE commitments.id = NEW.commitment_id)"
SEARCH_0002: list[Source] = [
    (1, "sessions", "NEW.title", "NEW.notes || ' ' || NEW.agenda || ' ' || NEW.location", "NEW.commission_id"),
    (2, "quotes", "''", "NEW.text", "NEW.commission_id"),
    (3, "insights", "''", "NEW.statement", "NEW.commission_id"),
    (4, "actions", "NEW.title", "NEW.description", "NEW.commission_id"),
    (5, "commitments", "NEW.ref", "NEW.pledge", "NEW.commission_id"),
    (
        6,
        "updates",
        "NEW.status",
        "NEW.note || ' ' || NEW.verdict_comment || ' ' || NEW.reported_by",
        _UPDATES_COMMISSION,
    ),
]
SEARCH_0004: list[Source] = [
    *SEARCH_0002,
    (7, "members", "NEW.display_name", "NEW.pseudonym", "NEW.commission_id"),
    (8, "organisations", "NEW.name", "''", "NEW.commission_id"),
    (9, "themes", "NEW.name", "NEW.description", "NEW.commission_id"),
]
# 0009: the Welsh versions join each kind's body
SEARCH_0009: list[Source] = [
    SEARCH_0004[0],
    SEARCH_0004[1],
    (3, "insights", "''", "NEW.statement || ' ' || NEW.statement_cy", "NEW.commission_id"),
    (
        4,
        "actions",
        "NEW.title",
        "NEW.description || ' ' || NEW.title_cy || ' ' || NEW.description_cy",
        "NEW.commission_id",
    ),
    (5, "commitments", "NEW.ref", "NEW.pledge || ' ' || NEW.pledge_cy", "NEW.commission_id"),
    (
        6,
        "updates",
        "NEW.status",
        "NEW.note || ' ' || NEW.verdict_comment || ' ' || NEW.reported_by || ' ' || NEW.note_cy",
        _UPDATES_COMMISSION,
    ),
    SEARCH_0004[6],
    (8, "organisations", "NEW.name", "NEW.name_cy", "NEW.commission_id"),
    (
        9,
        "themes",
        "NEW.name",
        "NEW.description || ' ' || NEW.name_cy || ' ' || NEW.description_cy",
        "NEW.commission_id",
    ),
]


def drop_search_triggers(sources: Sequence[Source]) -> None:
    for _code, table, *_ in sources:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{event}")


def rebuild_search_index(sources: Sequence[Source], slots: int, *, replacing: Sequence[Source] = ()) -> None:
    """The index made again for sources, after the triggers of `replacing` (or of sources) are dropped."""
    drop_search_triggers(replacing or sources)
    op.execute("DROP TABLE IF EXISTS search_index")
    make_search_index(sources, slots)


def make_search_index(sources: Sequence[Source], slots: int) -> None:
    """The FTS5 table, its triggers, and every existing row indexed; a rowid is record id * slots + kind code."""
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "commission_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for code, table, title, body, commission in sources:
        values = f"NEW.id * {slots} + {code}, {commission}, {title}, {body}"
        add = f"INSERT INTO search_index(rowid, commission_id, title, body) VALUES ({values});"
        remove = f"DELETE FROM search_index WHERE rowid = OLD.id * {slots} + {code};"
        op.execute(f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN {add} END")
        op.execute(f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} BEGIN {remove} {add} END")
        op.execute(f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN {remove} END")
        op.execute(f"INSERT INTO search_index(rowid, commission_id, title, body) SELECT {values} FROM {table} AS NEW")


def pg_search_sources(sources: Sequence[Source]) -> list[tuple[str, str, str]]:
    """(table, title, body) as services.search writes them on PostgreSQL: the same SQL without NEW."""
    return [(table, title.replace("NEW.", ""), body.replace("NEW.", "")) for _c, table, title, body, _m in sources]
