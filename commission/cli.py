"""The command line: the same services the desktop app calls. `commission --help` lists the commands."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from datetime import date
from pathlib import Path

from commission.cli_commands import COMMANDS
from commission.errors import UserError, WorkbookError

MAX_PROBLEMS_SHOWN = 200


def _as_of(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write it as YYYY-MM-DD") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="commission",
        description="Commission: keep a truth commission's promises in view — what the panel said, "
        "what was committed, what happened, and whether the panel agrees.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("open", help="open the app on a database")
    p.add_argument("db", nargs="?", help="database file or postgresql+psycopg:// URL")

    p = sub.add_parser("demo", help="create the demo commission in a database")
    p.add_argument("--db", required=True)
    p.add_argument(
        "--scale",
        choices=("small", "large", "xl", "network"),
        default="small",
        help="small: the bundled Welsh demo; large: a generated commission for load testing; "
        "xl: five times large (10,000 commitments, 500,000 updates); "
        "network: 20 generated commissions for the network view",
    )

    p = sub.add_parser("import", help="import a workbook or update return (all or nothing)")
    p.add_argument("--db", required=True)
    p.add_argument("file", help=".xlsx workbook, or a folder of .csv files")
    p.add_argument("--commission", help="import into this commission (default: the workbook's name)")
    p.add_argument("--dry-run", action="store_true", help="only say what the import would change; write nothing")
    p.add_argument("--organisation", help="a Decidim results file: the organisation (ref) of its commitments")
    p.add_argument(
        "--map",
        help="a pledges spreadsheet of your own: its columns for Commitments' fields, "
        "e.g. pledge=Promise,due=Deadline (the rest are guessed)",
    )

    p = sub.add_parser("export", help="write the full workbook (the coordinator's own backup)")
    p.add_argument("--db", required=True)
    p.add_argument("--out", required=True, help=".xlsx file, or a folder for .csv files")
    p.add_argument("--commission")
    p.add_argument(
        "--format",
        choices=("workbook", "decidim"),
        default="workbook",
        help="decidim: Decidim accountability results (.csv), an output for others",
    )
    p.add_argument("--as-of", type=_as_of, default=None, help="with --format decidim: progress as of this date")

    p = sub.add_parser("returns", help="write one update return per organisation")
    p.add_argument("--db", required=True)
    p.add_argument("--out", help="folder for the returns (and their email drafts)")
    p.add_argument("--as-of", type=_as_of, default=None)
    p.add_argument("--due", type=_as_of, default=None, help="when the returns are due back (YYYY-MM-DD)")
    p.add_argument(
        "--status", action="store_true", help="the current round: each organisation's return received, awaiting or late"
    )
    p.add_argument(
        "--chase",
        action="store_true",
        help="with --out: a reminder email draft for each organisation whose return is not back",
    )
    p.add_argument("--commission")

    p = sub.add_parser("report", help="write the accountability report")
    p.add_argument("--db", required=True)
    p.add_argument("--out", required=True)
    p.add_argument(
        "--format",
        choices=("pdf", "docx", "xlsx", "html", "pdfua"),
        default=None,
        help="default: from the --out file's extension, else pdf (pdfua: the tagged, accessible PDF)",
    )
    p.add_argument("--as-of", type=_as_of, default=None, help="figures as of this date (default today)")
    p.add_argument("--language", choices=("en", "cy", "both"), default="en")
    p.add_argument("--commission")
    p.add_argument("--organisation", help="only this organisation's commitments (its ref)")
    p.add_argument("--large-print", action="store_true", help="body text of at least 16 pt")
    p.add_argument("--network", action="store_true", help="one report across every commission in the database")

    p = sub.add_parser("check", help="integrity and consistency check")
    p.add_argument("--db", required=True)

    p = sub.add_parser("backup", help="take a back-up now (SQLite's online backup; encrypted stays encrypted)")
    p.add_argument("--db", required=True)
    p.add_argument("--out", help="where to write it (default: the rolling set in the user data folder)")

    p = sub.add_parser("restore", help="put a back-up in place of the database (the current one is kept aside)")
    p.add_argument("--db", required=True)
    p.add_argument("backup", nargs="?", help="the back-up file (default: the newest automatic one)")

    p = sub.add_parser("member", help="a member's data rights: export everything held, or erase")
    p.add_argument("action", choices=("export", "erase"))
    p.add_argument("--db", required=True)
    p.add_argument("--member", required=True, help="the member's ref")
    p.add_argument("--out", help="with export: the .xlsx file to write")
    p.add_argument("--quotes", choices=("remove", "anonymise"), help="with erase: what happens to their quotes")
    p.add_argument("--commission")

    p = sub.add_parser("review", help="panel review rounds: list, packs for paper, review return, close")
    p.add_argument("action", choices=("list", "packs", "return", "import", "close"))
    p.add_argument("file", nargs="?", help="with import: the filled-in review return")
    p.add_argument("--db", required=True)
    p.add_argument("--round", type=int, help="the round's number (see: review list)")
    p.add_argument("--out", help="packs: a folder; return: an .xlsx file")
    p.add_argument("--commission")

    for name in ("demo", "import", "export", "returns", "report", "check", "backup", "restore", "member", "review"):
        sub.choices[name].add_argument(
            "--passphrase-file",
            help="for an encrypted database: a file holding its passphrase "
            "(or set COMMISSION_PASSPHRASE; asked for when typing at a terminal)",
        )
    for name in ("demo", "import"):
        sub.choices[name].add_argument(
            "--encrypt", action="store_true", help="create the new database encrypted (SQLCipher) with the passphrase"
        )
    for name in ("demo", "import", "member", "review"):  # the commands that change the database
        sub.choices[name].add_argument(
            "--user",
            metavar="NAME",
            help="who the audit trail records for the changes made "
            "(default: COMMISSION_USER if set, else the computer account's name)",
        )
    for name in ("export", "member"):
        sub.choices[name].add_argument(
            "--plain", action="store_true", help="from an encrypted database: write an unprotected copy anyway"
        )
    return parser


def main(argv: list[str] | None = None) -> int:
    from commission.log import setup_logging

    setup_logging(level=logging.WARNING)  # a script's runs leave only what went wrong; the app logs more
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    # `review import --db DB FILE`: argparse has placed both positionals before --db, so FILE is left over
    if (
        getattr(args, "command", None) == "review"
        and args.file is None
        and len(extra) == 1
        and not extra[0].startswith("-")
    ):
        args.file, extra = extra[0], []
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        return _run(args)
    except WorkbookError as exc:
        print(f"commission: {exc}", file=sys.stderr)
        for problem in exc.problems[:MAX_PROBLEMS_SHOWN]:
            print(f"  {problem}", file=sys.stderr)
        if len(exc.problems) > MAX_PROBLEMS_SHOWN:
            print(f"  … and {len(exc.problems) - MAX_PROBLEMS_SHOWN} more", file=sys.stderr)
        return 1
    except UserError as exc:
        print(f"commission: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("commission: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into something that stopped reading (e.g. head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:
        logging.getLogger(__name__).exception("Unexpected error in `commission %s`", args.command)
        raise


def _run(args: argparse.Namespace) -> int:
    if args.command in (None, "open"):
        from commission.ui.app import run_app

        return run_app(getattr(args, "db", None))

    from commission.errors import PassphraseNeeded
    from commission.storage import open_database

    if args.command == "restore":
        return _restore(args)
    create = args.command in ("demo", "import") and not getattr(args, "dry_run", False)
    new_file = args.db is not None and "://" not in str(args.db) and not Path(args.db).expanduser().exists()
    encrypt = getattr(args, "encrypt", False)
    passphrase = _passphrase(args, needed=encrypt)
    try:
        db = open_database(args.db, create=create, passphrase=passphrase, encrypt=encrypt)
    except PassphraseNeeded:
        if passphrase is not None or not sys.stdin.isatty():
            raise
        db = open_database(args.db, create=create, passphrase=_passphrase(args, needed=True))
    made_for_import = args.command == "import" and new_file and db.path is not None and _empty(db)
    try:
        return COMMANDS[args.command](db, args)
    except BaseException:
        if made_for_import:  # a failed import into a new path leaves no empty database behind
            db.dispose()
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{db.path}{suffix}").unlink(missing_ok=True)
        raise
    finally:
        db.dispose()


def _empty(db) -> bool:
    from sqlalchemy import select

    from commission.storage import models as m

    with db.session() as s:
        return s.scalars(select(m.Commission.id).limit(1)).first() is None


def _passphrase(args: argparse.Namespace, *, needed: bool) -> str | None:
    """From --passphrase-file, COMMISSION_PASSPHRASE, or (at a terminal, when needed) a prompt. Never stored."""

    if getattr(args, "passphrase_file", None):
        try:
            return Path(args.passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise UserError(f"Cannot read the passphrase file: {exc.strerror}.") from exc
    if os.environ.get("COMMISSION_PASSPHRASE"):
        return os.environ["COMMISSION_PASSPHRASE"]
    if needed:
        if not sys.stdin.isatty():
            raise UserError("This needs the database's passphrase: use --passphrase-file or COMMISSION_PASSPHRASE.")
        return getpass.getpass("Passphrase: ")
    return None


def _restore(args) -> int:
    from commission.storage import open_database
    from commission.storage.backup import list_backups, restore_backup

    passphrase = _passphrase(args, needed=False)
    source = Path(args.backup) if args.backup else None
    if source is None:
        db = open_database(args.db, create=False, passphrase=passphrase)
        try:
            newest = list_backups(db)
        finally:
            db.dispose()
        if not newest:
            raise UserError("There are no automatic back-ups of this database yet.")
        source = newest[0].path
    aside = restore_backup(Path(args.db), source, passphrase=passphrase)
    print(f"Restored {args.db} from {source}. The database as it was is kept at {aside}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
