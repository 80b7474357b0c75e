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
    p.add_argument("--scale", choices=("small", "large"), default="small",
                   help="small: the bundled Welsh demo; large: a generated commission for load testing")

    p = sub.add_parser("import", help="import a workbook or update return (all or nothing)")
    p.add_argument("--db", required=True)
    p.add_argument("file", help=".xlsx workbook, or a folder of .csv files")
    p.add_argument("--commission", help="import into this commission (default: the workbook's name)")

    p = sub.add_parser("export", help="write the full workbook (the coordinator's own backup)")
    p.add_argument("--db", required=True)
    p.add_argument("--out", required=True, help=".xlsx file, or a folder for .csv files")
    p.add_argument("--commission")

    p = sub.add_parser("returns", help="write one update return per organisation")
    p.add_argument("--db", required=True)
    p.add_argument("--out", required=True, help="folder for the returns")
    p.add_argument("--as-of", type=_as_of, default=None)
    p.add_argument("--commission")

    p = sub.add_parser("report", help="write the accountability report")
    p.add_argument("--db", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--format", choices=("pdf", "docx", "xlsx"), default=None,
                   help="default: from the --out file's extension, else pdf")
    p.add_argument("--as-of", type=_as_of, default=None, help="figures as of this date (default today)")
    p.add_argument("--language", choices=("en", "cy", "both"), default="en")
    p.add_argument("--commission")
    p.add_argument("--organisation", help="only this organisation's commitments (its ref)")
    p.add_argument("--large-print", action="store_true", help="body text of at least 14 pt")

    p = sub.add_parser("check", help="integrity and consistency check")
    p.add_argument("--db", required=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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


def _run(args: argparse.Namespace) -> int:
    if args.command in (None, "open"):
        from commission.ui.app import run_app

        return run_app(getattr(args, "db", None))

    from commission.storage import open_database

    create = args.command in ("demo", "import")
    db = open_database(args.db, create=create)
    try:
        return COMMANDS[args.command](db, args)
    finally:
        db.dispose()


def _demo(db, args) -> int:
    from commission.services.demo import create_demo

    summary = create_demo(db, scale=args.scale)
    print("\n".join(summary.lines()))
    return 0


def _import(db, args) -> int:
    from commission.services.importer import import_workbook

    summary = import_workbook(db, args.file, commission=args.commission)
    print("\n".join(summary.lines()))
    return 0


def _export(db, args) -> int:
    from commission.services.exporter import FULL_COPY_NOTICE, export_workbook

    out = export_workbook(db, args.out, commission=args.commission)
    print(f"Wrote {out}.")
    print(FULL_COPY_NOTICE)
    return 0


def _returns(db, args) -> int:
    from commission.services.returns import write_returns

    written = write_returns(db, Path(args.out), commission=args.commission, as_of=args.as_of or date.today())
    for path in written:
        print(f"Wrote {path}")
    return 0


def _report(db, args) -> int:
    from commission.services.reporting import make_report

    out = Path(args.out)
    fmt = args.format or (out.suffix.lower().lstrip(".") if out.suffix.lower() in (".pdf", ".docx", ".xlsx") else "pdf")
    path = make_report(db, out, format=fmt, as_of=args.as_of or date.today(), language=args.language,
                       commission=args.commission, organisation_ref=args.organisation,
                       large_print=args.large_print)
    print(f"Wrote {path} (redacted for others: names and quotes only with consent).")
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


COMMANDS = {
    "demo": _demo, "import": _import, "export": _export, "returns": _returns, "report": _report, "check": _check,
}

if __name__ == "__main__":
    sys.exit(main())
