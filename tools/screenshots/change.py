"""Screenshots of change over time and across commissions: the over-time chart, a commitment's milestones
and the network view (scripts/screenshots)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tools.screenshots.base import save, settle


def _wait(window, condition, seconds: float = 60.0) -> None:
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        window.runner.wait(100)
        QApplication.processEvents()
        time.sleep(0.02)


def change_steps(window, out: Path):
    def over_time():
        screen = window.show_screen("dashboard")
        settle(window)
        card = screen.over_time
        screen.scroll.ensureWidgetVisible(card, 0, 0)
        bar = screen.scroll.verticalScrollBar()
        bar.setValue(card.mapTo(screen.scroll.widget(), card.rect().topLeft()).y() - 12)
        _wait(window, lambda: not card.busy)  # worked out once the card is in view
        settle(window)
        save(window, out / "dashboard-over-time.png")
        bar.setValue(0)

    yield over_time

    def milestones():
        screen = window.show_screen("actions")
        snap = window.store.snapshot
        c02 = next(c for c in snap.data.commitments if c.ref == "C02")
        screen.show_record("commitment", c02.id)
        tab = screen.commitments
        tab.right_tabs.setCurrentWidget(tab.milestones)
        tab.milestones.table.selectRow(1)
        settle(window)
        save(window, out / "commitment-milestones.png")
        tab.right_tabs.setCurrentIndex(0)

    yield milestones
