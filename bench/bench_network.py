"""Benchmark: the Network screen on `demo --scale network` against one large commission's Dashboard.

Run by hand (not in CI):  .venv/bin/python bench/bench_network.py [--repeat N] [--screenshot FILE.png]
Both are timed the way a person meets them, in the real window (offscreen), on the real thread pool:
  dashboard: opening the large commission (`demo --scale large`: 2,000 commitments, 100,000 updates) until
             the Dashboard has painted its figures (the over-time chart fills in after, and is timed apart);
  network:   asking the Network screen for the 20 commissions until its table has painted them.
Prints the median of each and the ratio network / dashboard (target: at most 2x).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AS_OF = date(2026, 11, 22)


def wait_until(app, condition, timeout: float = 300.0) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the screen did not fill in time")
        time.sleep(0.001)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--screenshot", type=Path, help="also save the Network screen (1280x800) here")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from commission.services.demo import create_demo
    from commission.storage import open_database
    from commission.ui.main_window import MainWindow
    from commission.ui.settings import Settings
    from commission.ui.style import apply_style
    from commission.ui.workers import Runner

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = str(Path(folder) / "data")  # back-ups go here, not the user's own
        t0 = time.perf_counter()
        large_path, network_path = Path(folder) / "large.db", Path(folder) / "network.db"
        db = open_database(large_path)
        create_demo(db, scale="large")
        db.dispose()
        db = open_database(network_path)
        create_demo(db, scale="network")
        db.dispose()
        print(f"made the databases in {time.perf_counter() - t0:.1f} s")

        settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, runner=Runner())
        window.store.as_of = AS_OF
        window.resize(1280, 800)
        window.show()

        dashboard_times, over_time_times, network_times = [], [], []
        for _ in range(args.repeat):
            window.show_screen("dashboard")
            window.dashboard.over_time.history = None  # each run waits for its own history
            start = time.perf_counter()
            window.set_database(open_database(large_path))
            wait_until(
                app,
                lambda: window.dashboard.snapshot is not None and window.dashboard.snapshot is window.store.snapshot,
            )
            window.dashboard.repaint()
            app.processEvents()
            dashboard_times.append(time.perf_counter() - start)
            window.dashboard.scroll.ensureWidgetVisible(window.dashboard.over_time)  # it starts once in view
            wait_until(
                app, lambda: window.dashboard.over_time.history is not None and not window.dashboard.over_time.busy
            )
            over_time_times.append(time.perf_counter() - start)
            window.runner.wait()

            window.set_database(open_database(network_path))
            wait_until(app, lambda: window.store.snapshot is not None)
            window.runner.wait()
            app.processEvents()
            screen = window.network
            screen._loaded_for = None
            window.show_screen("network")
            screen.model_rows = None
            start = time.perf_counter()
            screen.reload()
            wait_until(app, lambda screen=screen: screen.model_rows is not None)
            screen.table.viewport().repaint()
            app.processEvents()
            network_times.append(time.perf_counter() - start)
            window.runner.wait()

        if args.screenshot:
            window.show_screen("network")
            app.processEvents()
            view = screen.table
            view.setCurrentIndex(view.model().index(_busiest(screen), 0))
            view.scrollToTop()
            app.processEvents()
            window.grab().save(str(args.screenshot), "PNG")
            print(f"wrote {args.screenshot}")
        window.close()

    print(
        "each run (dashboard, network):",
        ", ".join(f"({d:.2f}, {n:.2f})" for d, n in zip(dashboard_times, network_times, strict=True)),
    )
    dashboard, network = statistics.median(dashboard_times), statistics.median(network_times)
    print(
        f"dashboard of one large commission: {dashboard:.2f} s (scrolled to its over-time chart, that is "
        f"filled in {statistics.median(over_time_times):.2f} s after opening)"
    )
    print(f"network screen, 20 commissions: {network:.2f} s")
    print(f"ratio network / dashboard: {network / dashboard:.2f}x (target <= 2x)")


def _busiest(screen) -> int:
    """The row of a commission with a few overdue pledges: enough to show the list, few enough to read."""
    from commission.ui.models import IdRole

    model = screen.table.model()
    late = {r.commission_id: len(r.overdue) for r in screen.model.rows}
    rows = [(late[model.index(r, 0).data(IdRole)], r) for r in range(model.rowCount())]
    with_some = [x for x in rows if x[0]]
    return min(with_some)[1] if with_some else 0


if __name__ == "__main__":
    main()
