"""The command line: the same services the desktop app calls. `commission --help` lists the commands."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

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
    import logging

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
        import os

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
    import os

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
        import getpass

        return getpass.getpass("Passphrase: ")
    return None


def _actor(args: argparse.Namespace) -> str:
    """Who the audit trail records: --user, else COMMISSION_USER, else the computer account's name."""
    import os

    from commission.services.audit import default_actor

    return (args.user or "").strip() or os.environ.get("COMMISSION_USER", "").strip() or default_actor()


def _demo(db, args) -> int:
    from commission.services.demo import create_demo

    if args.scale == "network":
        from commission.services.demo_network import create_network_demo

        for summary in create_network_demo(db, actor=_actor(args)):
            print(
                f"Imported '{summary.commission}': {sum(summary.created.values())} records, "
                f"{summary.updates_added} updates."
            )
        return 0
    summary = create_demo(db, scale=args.scale, actor=_actor(args))
    print("\n".join(summary.lines()))
    return 0


def _import(db, args) -> int:
    from commission.services.preview import import_file, preview_import

    if args.map:
        return _import_pledges(db, args)
    if args.dry_run:  # what it would change; nothing is written
        print(
            "\n".join(preview_import(db, args.file, commission=args.commission, organisation=args.organisation).lines())
        )
        print("Dry run: nothing was written.")
        return 0
    # a return or a Decidim results file is told by its content
    summary = import_file(db, args.file, commission=args.commission, organisation=args.organisation, actor=_actor(args))
    print("\n".join(summary.lines()))
    return 0


def _import_pledges(db, args) -> int:
    from commission.services import pledges

    table = pledges.read_table(args.file)
    mapping = pledges.parse_map(args.map, table.headers)
    summary = pledges.import_pledges(
        db, table, mapping, commission=args.commission, dry_run=args.dry_run, actor=_actor(args)
    )
    print("\n".join(pledges.preview_lines(summary, table.source) if args.dry_run else summary.lines()))
    if args.dry_run:
        print("Dry run: nothing was written.")
    return 0


def _export_decidim(db, args) -> int:
    from commission.services.decidim import export_results

    out, checks = export_results(db, args.out, commission=args.commission, as_of=args.as_of or date.today())
    print(f"Wrote {out} (Decidim accountability results; redacted for others: names only with consent).")
    if checks:
        print(
            f"commission: check these {len(checks)} place(s) before you share the file "
            "(a first name or surname of a member who is not named):",
            file=sys.stderr,
        )
        for place in checks:
            print(f"  {place.line()}", file=sys.stderr)
    return 0


def _export(db, args) -> int:
    from commission.services.exporter import FULL_COPY_NOTICE, export_workbook

    if args.format == "decidim":
        return _export_decidim(db, args)
    out = export_workbook(db, args.out, commission=args.commission, plain=args.plain)
    print(f"Wrote {out}" + (" (protected with the database's passphrase)." if db.encrypted and not args.plain else "."))
    print(FULL_COPY_NOTICE)
    return 0


def _returns(db, args) -> int:
    from commission.services import return_rounds

    if args.status:
        status = return_rounds.round_status(db, commission=args.commission, on=args.as_of or date.today())
        if status is None:
            print("No returns have been sent as a round yet (commission returns --out DIR records one).")
            return 0
        print(status.headline())
        for org in status.organisations:
            print(org.line())
        return 0
    if not args.out:
        raise UserError("Say where to write the returns with --out DIR (or use --status to see who has replied).")
    if args.chase:
        chased = return_rounds.chase(db, Path(args.out), commission=args.commission, on=args.as_of or date.today())
        for path in chased.drafts:
            print(f"Wrote {path}")
        print("\n".join(chased.lines()))
        return 0
    sent = return_rounds.send_returns(
        db, Path(args.out), commission=args.commission, as_of=args.as_of or date.today(), due=args.due
    )
    for path in sorted(sent.returns + sent.drafts):
        print(f"Wrote {path}")
    print("\n".join(sent.lines()))
    return 0


def _report(db, args) -> int:
    from commission.services.reporting import make_report

    out = Path(args.out)
    fmt = args.format or (
        out.suffix.lower().lstrip(".") if out.suffix.lower() in (".pdf", ".docx", ".xlsx", ".html") else "pdf"
    )
    checks: list = []
    if args.network:
        return _network_report(db, args, out, fmt)
    path = make_report(
        db,
        out,
        format=fmt,
        as_of=args.as_of or date.today(),
        language=args.language,
        commission=args.commission,
        organisation_ref=args.organisation,
        large_print=args.large_print,
        checks=checks,
    )
    print(f"Wrote {path} (redacted for others: names and quotes only with consent).")
    if checks:  # a first name or surname of someone not named: the report is made, but a person should look
        print(
            f"commission: check these {len(checks)} place(s) before you share the report "
            "(a first name or surname of a member who is not named):",
            file=sys.stderr,
        )
        for place in checks:
            print(f"  {place.line()}", file=sys.stderr)
    return 0


def _network_report(db, args, out: Path, fmt: str) -> int:
    from commission.services.network import make_network_report

    if args.commission or args.organisation:
        raise UserError("--network covers every commission: leave out --commission and --organisation.")
    path = make_network_report(
        db, out, format=fmt, as_of=args.as_of or date.today(), language=args.language, large_print=args.large_print
    )
    print(f"Wrote {path} (every commission; redacted for others, each by its own consent rules).")
    return 0


def _check(db, args) -> int:
    from commission.services.check import check_database, summary

    problems = check_database(db)
    for line in summary(db):
        print(line)
    if problems:
        for problem in problems:
            print(f"problem: {problem}", file=sys.stderr)
        print(f"commission: {len(problems)} problem(s) found in {db.label}.", file=sys.stderr)
        return 1
    print(f"{db.label}: all checks passed.")
    return 0


def _backup(db, args) -> int:
    from commission.storage.backup import backup_now

    path = backup_now(db, Path(args.out) if args.out else None)
    print(f"Backed up to {path}" + (" (encrypted)." if db.encrypted else "."))
    return 0


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


def _member(db, args) -> int:
    from commission.services.queries import find_commission
    from commission.services.rights import erase_member, export_member, find_member

    member_id = find_member(db, find_commission(db, args.commission).id, args.member)
    if args.action == "export":
        if not args.out:
            raise UserError("Say where to write it with --out FILE.xlsx.")
        written = export_member(db, member_id, args.out, plain=args.plain)
        protected = db.encrypted and not args.plain
        print(
            f"Wrote everything held about {args.member} to {written}"
            + (" (protected with the database's passphrase; --plain writes a copy to give them)." if protected else ".")
        )
        return 0
    if not args.quotes:
        raise UserError("Say what happens to their quotes: --quotes remove or --quotes anonymise.")
    done = erase_member(db, member_id, quotes=args.quotes, actor=_actor(args))
    print(
        f"Erased {done['ref']}: personal details gone; {done['quotes']} quote(s) "
        f"{'removed' if args.quotes == 'remove' else 'kept without their name'}."
    )
    return 0


def _review(db, args) -> int:
    from commission.services import review_files, reviews
    from commission.services.queries import find_commission

    if args.action == "list":
        rounds = reviews.list_rounds(db, find_commission(db, args.commission).id)
        for r in rounds:
            print(
                f"{r.id}: {r.title} — {r.status}, {r.items} item(s), {r.reviewers} reviewer(s), "
                f"started {r.created_on:%d/%m/%Y}"
            )
        if not rounds:
            print("No review rounds yet.")
        return 0
    if args.action == "import":
        if not args.file:
            raise UserError("Say which filled-in review return to import.")
        print("\n".join(review_files.import_review_return(db, args.file, actor=_actor(args)).lines()))
        return 0
    if args.round is None:
        raise UserError("Say which round with --round N (see: commission review list).")
    if args.action == "close":
        print("\n".join(reviews.close_round(db, args.round, actor=_actor(args)).lines()))
        return 0
    if not args.out:
        raise UserError("Say where to write with --out.")
    if args.action == "return":
        print(f"Wrote {review_files.write_review_return(db, args.round, Path(args.out))}")
        return 0
    for path in review_files.write_review_packs(db, args.round, Path(args.out)):
        print(f"Wrote {path}")
    return 0


COMMANDS = {
    "demo": _demo,
    "import": _import,
    "export": _export,
    "returns": _returns,
    "report": _report,
    "check": _check,
    "backup": _backup,
    "member": _member,
    "review": _review,
}

if __name__ == "__main__":
    sys.exit(main())
