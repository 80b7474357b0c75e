"""Screenshots of the returns cycle (issue 15): who has replied, on the Returns tab and the Dashboard, and the
reminders Chase… writes (scripts/screenshots). The round is sent as of the demo's own dates, so the pictures
show returns received and returns late without waiting for a real due date to pass."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from commission.services.return_import import import_return
from commission.services.return_rounds import send_returns
from tools.screenshots.base import save, save_over, settle

SENT_ON, DUE = date(2026, 10, 25), date(2026, 11, 15)
BACK = {
    "Cwm Taf Valleys County Borough Council": date(2026, 11, 10),
    "Valleys University Health Board": date(2026, 11, 14),
}


def returns_steps(window, out: Path):
    work = Path(tempfile.mkdtemp(prefix="commission-returns-shots-"))

    def status():
        db, as_of = window.store.db, window.store.as_of
        sent = send_returns(db, work / "returns", commission=window.store.info.name, as_of=as_of, due=DUE, on=SENT_ON)
        for path in sent.returns:
            name = path.name.removesuffix(" - update return.xlsx")
            if name in BACK:  # sent back with nothing new to say: still a reply
                import_return(db, path, as_of=as_of, received_on=BACK[name])
        window.store.refresh()
        screen = window.show_screen("actions")
        screen.tabs.setCurrentWidget(window.returns.status_panel)
        settle(window)
        save(window, out / "returns-status.png")

    yield status

    def dashboard():
        screen = window.show_screen("dashboard")
        settle(window)
        panel = window.returns.dashboard_panel
        bar = screen.scroll.verticalScrollBar()
        bar.setValue(panel.mapTo(screen.scroll.widget(), panel.rect().topLeft()).y() - 12)
        settle(window)
        save(window, out / "dashboard-returns.png")
        bar.setValue(0)

    yield dashboard

    def chase():
        window.show_screen("actions")
        window.returns.chase(work / "reminders")
        settle(window)
        dialog = window.returns.written_dialog
        save_over(window, dialog, out / "chase.png")
        dialog.close()
        screen = window.show_screen("actions")
        screen.tabs.setCurrentIndex(0)
        shutil.rmtree(work, ignore_errors=True)

    yield chase
