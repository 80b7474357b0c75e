"""Benchmark every row of issue 14's table against its baseline, in the same run, and print the table.

    .venv/bin/python bench/run.py [--size smoke|large|xl] [--rows start,edit,...] [--pairs N]

Sizes: smoke is the bundled demo commission (quick: tests/test_bench.py runs it); large is
`commission demo --scale large` (2,000 commitments, 100,000 updates); xl is `--scale xl` (10,000 and
500,000; building it takes about a minute). This machine's speed drifts from second to second, so each
row runs as interleaved pairs (baseline, then the commission's own, the order swapped every other pair)
and the ratio is the median of the pairs' ratios; min-max spreads are shown beside every median.

Every row runs in a fresh Python process of its own (so one row's imports and memory do not colour
the next), under QT_QPA_PLATFORM=offscreen unless it is set (run under `xvfb-run -a` with
QT_QPA_PLATFORM=xcb for a real X server). Peak memory is that process's peak resident set size.
The rows (the names --rows takes):

  start     the app started on the database, until the dashboard has painted its figures (and, apart, the
            window's first paint), vs a bare PySide6 window started and painted; both from a new process
  edit      log an update in the running app until every figure on screen is up to date (the window's
            work settled and repainted), vs the same update written by the service alone
  progress  progress of the commission as of a date (queries.progress_as_of: what the rules roll up, and
            the updates deciding each commitment chosen in SQL, then the rules), vs one SQL window query for
            each commitment's latest update
  import    import of the commission's workbook into an empty database, vs pandas + calamine reading it
  export    the full workbook export, vs xlsxwriter writing the same frames
  tracker   the XLSX tracker report, vs xlsxwriter writing the same cells
  word      the Word report, vs bare python-docx writing the same paragraphs and tables (text only)
  pdf       the PDF report, vs bare ReportLab laying out the same content: each of the report's tables as a
            plain Table of Paragraphs (the same column widths), every other paragraph as a Paragraph, in
            ReportLab's default style, with the report's page breaks; no charts, colours or page furniture
  memory    peak memory at start and after the edits (from the start and edit rows)

Reports are timed from the loaded commission (reports take plain data): loading is the progress row.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROWS = ("start", "edit", "progress", "import", "export", "tracker", "word", "pdf", "memory")
SIZES = ("smoke", "large", "xl")
PAIRS = {"smoke": 1, "large": 3, "xl": 3}
TIMEOUT = 1800  # seconds for one row's process: an xl start is slow, a stuck one should still end
HERE = Path(__file__).resolve()

# What each row compares, and the target for it.
LABELS = {
    "first-paint": ("first paint of the window", "bare PySide6 window painted", "<= 2x"),
    "start": ("start to the dashboard painted", "bare PySide6 window painted", "<= 5x large, <= 4x demo"),
    "edit": (
        "an edit until the screen is up to date",
        "the update written by the service alone",
        "<= 150 ms large, <= 300 ms xl",
    ),
    "progress": ("progress as of a date", "SQL window query, latest update each", "<= 2x"),
    "import": ("import of the workbook", "pandas + calamine read", "<= 1.5x"),
    "export": ("export", "xlsxwriter, same frames", "<= 1.2x"),
    "tracker": ("XLSX tracker", "xlsxwriter, same cells", "<= 2x, linear"),
    "word": ("Word report", "bare python-docx, same text", "<= 1.15x"),
    "pdf": ("PDF report", "bare ReportLab, same tables and text", "<= 1.25x"),
}


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# ------------------------------------------------------------------ the parent: build, run, print


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", choices=SIZES, default="large")
    parser.add_argument("--rows", default=",".join(ROWS), help="comma-separated, from: " + ", ".join(ROWS))
    parser.add_argument("--pairs", type=int, help="interleaved pairs per row (default: smoke 1, large 3, xl 3)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--spec", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, json.loads(args.spec))

    rows = [name.strip() for name in args.rows.split(",") if name.strip()]
    unknown = [name for name in rows if name not in ROWS]
    if unknown:
        parser.error(f"unknown rows: {', '.join(unknown)} (choose from {', '.join(ROWS)})")
    pairs = args.pairs or PAIRS[args.size]
    load_before = os.getloadavg()
    print(f"bench: size {args.size}, {pairs} pair(s) per row; load average {_load(load_before)}", flush=True)

    with tempfile.TemporaryDirectory(prefix="commission-bench-") as folder:
        folder = Path(folder)
        os.environ["XDG_DATA_HOME"] = str(folder / "data")  # the app's back-ups go here, not the user's own
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        spec = build_apart(folder, args.size)
        spec["pairs"] = pairs
        compiled()
        results: dict[str, dict] = {}
        for name in rows:
            if name == "memory":
                continue
            started = time.perf_counter()
            results[name] = run_row(name, spec, folder)
            print(f"bench: {name} done in {time.perf_counter() - started:.1f} s", flush=True)
        if "memory" in rows:
            for name in ("start", "edit"):  # memory needs them: run once if they were not asked for
                if name not in results:
                    results[name] = run_row(name, dict(spec, pairs=1), folder)
        print()
        print(table(results, rows, args.size, spec, pairs))
    print(
        f"\nload average (1, 5, 15 min): {_load(load_before)} at the start, {_load(os.getloadavg())} at the end; "
        f"{os.cpu_count()} CPUs"
    )
    return 0


def compiled() -> None:
    """The app's modules compiled to bytecode before any clock starts, as an installed app has them (pip
    compiles them; PySide6's are): with PYTHONDONTWRITEBYTECODE set, every start would compile the app's
    modules again and the start row would time the compiler."""
    import compileall

    import commission

    compileall.compile_dir(str(Path(commission.__file__).parent), quiet=1)


def _load(values) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


def build(folder: Path, size: str) -> dict:
    """The database (and its workbook) for the size, made before any clock starts."""
    from sqlalchemy import func, select

    from commission.services.demo import create_demo
    from commission.services.exporter import export_workbook
    from commission.storage import models as m
    from commission.storage import open_database

    started = time.perf_counter()
    path = folder / f"{size}.db"
    db = open_database(path)
    create_demo(db, scale="small" if size == "smoke" else size)
    workbook = export_workbook(db, folder / f"{size}.xlsx")
    with db.session() as s:
        as_of = s.scalar(select(func.max(m.Update.date))) or date.today()
        counts = (
            s.scalar(select(func.count()).select_from(m.Commitment)),
            s.scalar(select(func.count()).select_from(m.Update)),
        )
    db.dispose()
    print(
        f"bench: built the {size} commission ({counts[0]:,} commitments, {counts[1]:,} updates; "
        f"workbook {workbook.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    return {"db": str(path), "workbook": str(workbook), "as_of": as_of.isoformat(), "counts": counts}


def build_apart(folder: Path, size: str) -> dict:
    """build() in a process of its own: on Linux a process's peak resident size (ru_maxrss) survives fork
    and exec, so every row's process would report at least what this one held when it started it, and
    building the xl commission takes 800 MiB."""
    done = subprocess.run(
        [sys.executable, str(HERE), "--child", "build", "--spec", json.dumps({"folder": str(folder), "size": size})],
        stdout=subprocess.PIPE,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit("bench: building the commission failed")
    *said, spec = done.stdout.strip().splitlines()
    print("\n".join(said), flush=True)
    return json.loads(spec)


def run_row(name: str, spec: dict, folder: Path) -> dict:
    work = folder / name
    work.mkdir(exist_ok=True)
    spec = dict(spec, work=str(work))
    if name in ("start", "edit"):
        # Each gets its own copy: an edit writes, and a start takes a back-up and may tidy the file.
        copy = work / "commission.db"
        shutil.copy2(spec["db"], copy)
        spec["db"] = str(copy)
    if name == "start":
        return run_start(spec)
    done = subprocess.run(
        [sys.executable, str(HERE), "--child", name, "--spec", json.dumps(spec)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"bench: the {name} row failed:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_start(spec: dict) -> dict:
    """Pairs of new processes: a bare window, and the app on the database (order swapped every other pair)."""
    times: dict[str, list[float]] = {"first-baseline": [], "first": [], "baseline": [], "subject": []}
    peaks = []
    for pair in range(spec["pairs"]):
        order = ("window", "start") if pair % 2 == 0 else ("start", "window")
        for kind in order:
            first, painted, peak = _timed_process(kind, spec)
            if kind == "window":
                times["first-baseline"].append(first)
                times["baseline"].append(painted)
            else:
                times["first"].append(first)
                times["subject"].append(painted)
                peaks.append(peak)
    return {
        "baseline": times["baseline"],
        "subject": times["subject"],
        "rss": max(peaks),
        "first": {"baseline": times["first-baseline"], "subject": times["first"], "rss": max(peaks)},
    }


def _timed_process(kind: str, spec: dict) -> tuple[float, float, float]:
    """Seconds from launching the process to its 'first' and 'painted' lines, and its peak MiB (the app's once
    it has settled: the whole commission read)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(HERE), "--child", kind, "--spec", json.dumps(spec)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    first = painted = None
    peak = 0.0
    try:
        for line in process.stdout:
            word, *rest = line.split()
            if word == "first":
                first = time.perf_counter() - started
            elif word == "painted":
                painted = time.perf_counter() - started
                if rest:
                    peak = float(rest[0])
                    break
            elif word == "settled":  # the app: its peak once the whole commission is read too (the memory row)
                peak = float(rest[0])
                break
        process.wait(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
    if first is None or painted is None:
        raise SystemExit(f"bench: the {kind} process did not paint:\n{process.stderr.read()[-4000:]}")
    return first, painted, peak


def table(results: dict, rows: list[str], size: str, spec: dict, pairs: int) -> str:
    lines = [
        (
            f"commission: {size} ({spec['counts'][0]:,} commitments, {spec['counts'][1]:,} updates), "
            f"as of {spec['as_of']}; medians of {pairs} interleaved pair(s), min-max in brackets"
        ),
        "",
        "| what | baseline in the same run | baseline | commission | ratio | peak MiB | target |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in rows:
        if name == "memory":
            start, edit = results["start"]["rss"], results["edit"]["rss"]
            lines.append(
                f"| peak memory, start and an edit | — | — | start {start:.0f}, edit {edit:.0f} | — | "
                f"{max(start, edit):.0f} | <= 400 MiB xl |"
            )
            continue
        result = results[name]
        if name == "start":
            lines.append(_line("first-paint", result["first"]))
        lines.append(_line(name, result))
    return "\n".join(lines)


def _line(name: str, result: dict) -> str:
    what, baseline_label, target = LABELS[name]
    base, subject = result["baseline"], result["subject"]
    ratios = [s / b for s, b in zip(subject, base, strict=True) if b > 0]
    ratio = f"{statistics.median(ratios):.2f}x ({min(ratios):.2f}-{max(ratios):.2f})" if ratios else "—"
    return (
        f"| {what} | {baseline_label} | {_spread(base)} | {_spread(subject)} | {ratio} | "
        f"{result['rss']:.0f} | {target} |"
    )


def _spread(values: list[float]) -> str:
    def show(seconds: float) -> str:
        return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"

    return f"{show(statistics.median(values))} ({show(min(values))}-{show(max(values))})"


# ------------------------------------------------------------------ the children: one row each


def child(name: str, spec: dict) -> int:
    if name == "build":
        print(json.dumps(build(Path(spec["folder"]), spec["size"])), flush=True)
        return 0
    if name == "window":
        return bare_window()
    if name == "start":
        return start_app(spec)
    pairs = {
        "edit": edit_pairs,
        "progress": progress_pair,
        "import": import_pair,
        "export": export_pair,
        "tracker": report_pair,
        "word": report_pair,
        "pdf": report_pair,
    }[name](name, spec)
    baseline, subject = [], []
    for pair in range(spec["pairs"]):
        first_base = pair % 2 == 0
        times = {}
        for which in ("baseline", "subject") if first_base else ("subject", "baseline"):
            times[which] = pairs[which]()
        baseline.append(times["baseline"])
        subject.append(times["subject"])
    print(json.dumps({"baseline": baseline, "subject": subject, "rss": peak_mib()}), flush=True)
    os._exit(0)  # no teardown: a window or pools left over have nothing to save


def _clock(fn) -> float:
    import gc

    gc.collect()
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def bare_window() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.repaint()
    print("first", flush=True)
    print("painted", peak_mib(), flush=True)
    os._exit(0)


def _open_app(spec: dict, whole: bool = True):
    """The app as `commission open DB` starts it (app.start_window, as run_app does): the window's first
    paint reported, then the dashboard's figures; `whole`: and the whole commission read (for the edits)."""
    from PySide6.QtCore import QSettings

    from commission.ui.app import make_application, start_window
    from commission.ui.settings import Settings

    app = make_application([sys.argv[0]])
    settings = Settings(QSettings(str(Path(spec["work"]) / "settings.ini"), QSettings.Format.IniFormat))
    window = start_window(spec["db"], settings, painted=lambda _window: print("first", flush=True))
    if whole:
        settle(app, window)
    else:
        figures_painted(app, window)
    return app, window


def figures_painted(app, window, timeout: float = TIMEOUT) -> None:
    """Wait until the dashboard shows the commission's figures (those read first, or the Snapshot's), then
    paint: what a person opening the app waits for (the rest of the commission may still be being read)."""
    end = time.perf_counter() + timeout
    dashboard = None
    while dashboard is None or (dashboard.first is None and dashboard.snapshot is None):
        app.processEvents()
        dashboard = window.screens.get("dashboard")
        if time.perf_counter() > end:
            raise TimeoutError("the dashboard did not show its figures")
        if dashboard is None or (dashboard.first is None and dashboard.snapshot is None):
            window.runner.pool.waitForDone(2)
    window.repaint()


def settle(app, window, timeout: float = TIMEOUT) -> None:
    """Wait until the window's background work is done and the dashboard shows the latest figures, then paint."""
    end = time.perf_counter() + timeout
    while True:
        app.processEvents()
        snapshot = window.store.snapshot
        if (
            snapshot is not None
            and window.dashboard.snapshot is snapshot
            and window.runner.pool.activeThreadCount() == 0
        ):
            app.processEvents()
            if window.runner.pool.activeThreadCount() == 0:
                break
        if time.perf_counter() > end:
            raise TimeoutError("the window did not settle")
        window.runner.wait(5)
    window.repaint()


def start_app(spec: dict) -> int:
    app, window = _open_app(spec, whole=False)
    print("painted", flush=True)
    settle(app, window)
    print("settled", peak_mib(), flush=True)
    os._exit(0)


def edit_pairs(_name: str, spec: dict) -> dict:
    from commission.services import edits

    app, window = _open_app(spec)
    db = window.store.db
    commitment_id = window.store.snapshot.data.commitments[0].id
    on = date.fromisoformat(spec["as_of"])
    counter = iter(range(1_000_000))

    def values() -> dict:
        return {
            "date": on,
            "status": "in progress",
            "progress": float(next(counter) % 100),
            "note": "Benchmark edit.",
            "reported_by": "Bench",
            "verdict": "not assessed",
            "verdict_comment": "",
        }

    def subject() -> float:
        chosen = values()

        def edit():
            window.editor.log_update(commitment_id, chosen)
            settle(app, window)

        return _clock(edit)

    return {"baseline": lambda: _clock(lambda: edits.log_update(db, commitment_id, **values())), "subject": subject}


def _database(spec: dict):
    from commission.services.queries import find_commission
    from commission.storage import open_database

    db = open_database(spec["db"])
    return db, find_commission(db).id


def progress_pair(_name: str, spec: dict) -> dict:
    from sqlalchemy import text

    from commission.services.queries import progress_as_of

    db, cid = _database(spec)
    as_of = date.fromisoformat(spec["as_of"])
    latest = text(
        "SELECT commitment_id, status, progress, verdict FROM ("
        " SELECT u.commitment_id, u.status, u.progress, u.verdict, ROW_NUMBER() OVER ("
        "  PARTITION BY u.commitment_id ORDER BY u.date DESC, u.id DESC) AS rn"
        " FROM updates u JOIN commitments c ON c.id = u.commitment_id"
        " WHERE c.commission_id = :cid AND u.date <= :as_of) AS latest WHERE rn = 1"
    )

    def baseline():
        with db.engine.connect() as connection:
            connection.execute(latest, {"cid": cid, "as_of": as_of.isoformat()}).fetchall()

    return {
        "baseline": lambda: _clock(baseline),
        "subject": lambda: _clock(lambda: progress_as_of(db, cid, as_of)),
    }


def import_pair(_name: str, spec: dict) -> dict:
    import pandas as pd

    from commission.services.importer import import_workbook
    from commission.storage import open_database

    workbook, work = spec["workbook"], Path(spec["work"])
    runs = iter(range(1_000_000))

    def subject():
        db = open_database(work / f"import-{next(runs)}.db")  # made before the clock: the schema is not the import
        try:
            return _clock(lambda: import_workbook(db, workbook))
        finally:
            db.dispose()

    return {
        "baseline": lambda: _clock(lambda: pd.read_excel(workbook, sheet_name=None, engine="calamine")),
        "subject": subject,
    }


def export_pair(_name: str, spec: dict) -> dict:
    import xlsxwriter

    from commission.services.exporter import commission_frames, export_workbook
    from commission.services.queries import load_commission_data

    db, cid = _database(spec)
    frames = commission_frames(load_commission_data(db, cid))
    work = Path(spec["work"])

    def baseline():
        book = xlsxwriter.Workbook(str(work / "baseline.xlsx"))
        for sheet_name, frame in frames.items():
            sheet = book.add_worksheet(sheet_name[:31])
            sheet.write_row(0, 0, list(frame.columns))
            for r, row in enumerate(frame.itertuples(index=False, name=None), start=1):
                sheet.write_row(r, 0, row)
        book.close()

    return {
        "baseline": lambda: _clock(baseline),
        "subject": lambda: _clock(lambda: export_workbook(db, work / "export.xlsx")),
    }


def report_pair(name: str, spec: dict) -> dict:
    from commission.reports import write_report
    from commission.services.queries import load_commission_data

    db, cid = _database(spec)
    data = load_commission_data(db, cid)
    as_of = date.fromisoformat(spec["as_of"])
    work = Path(spec["work"])
    fmt = {"tracker": "xlsx", "word": "docx", "pdf": "pdf"}[name]
    out = work / f"report.{fmt}"
    write_report(data, out, format=fmt, as_of=as_of)  # once, to read back what the bare writer repeats
    if fmt == "pdf":
        baseline = _bare_pdf(data, as_of, work / "baseline.pdf")
    else:
        baseline = {"xlsx": _bare_xlsx, "docx": _bare_docx}[fmt](out, work / f"baseline.{fmt}")
    return {
        "baseline": lambda: _clock(baseline),
        "subject": lambda: _clock(lambda: write_report(data, out, format=fmt, as_of=as_of)),
    }


def _bare_xlsx(written: Path, out: Path):
    import xlsxwriter
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(written))
    sheets = {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}

    def write():
        target = xlsxwriter.Workbook(str(out))
        for name, rows in sheets.items():
            sheet = target.add_worksheet(name)
            for r, row in enumerate(rows):
                sheet.write_row(r, 0, row)
        target.close()

    return write


def _bare_docx(written: Path, out: Path):
    import docx
    from docx.table import Table

    blocks = []
    for block in docx.Document(str(written)).iter_inner_content():
        if isinstance(block, Table):
            blocks.append([[cell.text for cell in row.cells] for row in block.rows])
        else:
            blocks.append(block.text)

    def write():
        document = docx.Document()
        for block in blocks:
            if isinstance(block, str):
                document.add_paragraph(block)
                continue
            table = document.add_table(rows=len(block), cols=max((len(row) for row in block), default=1))
            for row, texts in zip(table.rows, block, strict=True):
                for cell, value in zip(row.cells, texts, strict=False):  # a short row leaves its last cells empty
                    cell.text = value
        document.save(str(out))

    return write


def _bare_pdf(data, as_of: date, out: Path):
    """Bare ReportLab laying out the report's content: its words and tables, read from the report's own story (its
    paragraphs' plain text, its tables' cells and column widths), in ReportLab's default style, on the report's page."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Table

    from commission.reports.model import build_model
    from commission.reports.pdf import story
    from commission.reports.pdf_common import PAGE_SETUP
    from commission.reports.styles import Styles

    def texts(item) -> list[str]:  # a cell's or a group's words, a paragraph each
        if isinstance(item, str):
            return [item] if item.strip() else []
        if isinstance(item, list | tuple):
            return [text for part in item for text in texts(part)]
        if isinstance(item, Table):
            return [text for row in item._cellvalues for text in texts(list(row))]
        if hasattr(item, "getPlainText"):
            return [item.getPlainText()]
        inner = getattr(item, "_content", None) or getattr(item, "_flowables", None)
        return texts(inner) if inner else []

    def content(item) -> list:  # ("table", widths, rows), a paragraph's text, or None for a page break
        if isinstance(item, PageBreak):
            return [None]
        if isinstance(item, Table):
            return [("table", list(item._colWidths), [[texts(cell) for cell in row] for row in item._cellvalues])]
        if isinstance(item, Flowable) and not hasattr(item, "getPlainText"):
            inner = getattr(item, "_content", None) or getattr(item, "_flowables", None)
            return [part for flowable in inner or [] for part in content(flowable)]
        return [text for text in texts(item)]

    blocks = [block for flowable in story(build_model(data, as_of), Styles()) for block in content(flowable)]

    def write():
        style = getSampleStyleSheet()["Normal"]
        flowables: list = []
        for block in blocks:
            if block is None:
                flowables.append(PageBreak())
            elif isinstance(block, str):
                flowables.append(Paragraph(escape(block), style))
            else:
                _, widths, rows = block
                cells = [[[Paragraph(escape(text), style) for text in cell] for cell in row] for row in rows]
                flowables.append(Table(cells, colWidths=widths, splitInRow=1))  # a row taller than a page splits
        SimpleDocTemplate(str(out), **PAGE_SETUP).build(flowables)  # the report's A4 and margins: its tables fit

    return write


if __name__ == "__main__":
    sys.exit(main())
