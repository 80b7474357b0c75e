"""The commands `commission` runs on an open database: each calls the same services the desktop app calls.

cli.py parses the command line, opens the database and calls `COMMANDS[name](db, args)`.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from commission.errors import UserError


def _actor(args: argparse.Namespace) -> str:
    """Who the audit trail records: --user, else COMMISSION_USER, else the computer account's name."""

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
    _say_checks(checks, "file")
    return 0


def _say_checks(checks: list, what: str) -> None:
    """A first name or surname of someone not named: the file is made, but a person should look."""
    if not checks:
        return
    print(
        f"commission: check these {len(checks)} place(s) before you share the {what} "
        "(a first name or surname of a member who is not named):",
        file=sys.stderr,
    )
    for place in checks:
        print(f"  {place.line()}", file=sys.stderr)


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
    _say_checks(checks, "report")
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
