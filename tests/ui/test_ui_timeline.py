"""A commitment's update cards: replaced cleanly when another commitment (or its words) comes, and in Welsh."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtWidgets import QAbstractButton, QApplication

from commission import domain
from commission.ui import i18n
from commission.ui.timeline import Timeline

NOTE = "Pilot running in two areas with feedback from commissioners; widened next year if the panel agrees."


def _updates(count: int, commitment_id: int = 1) -> list[domain.Update]:
    return [
        domain.Update(
            id=commitment_id * 100 + i,
            commitment_id=commitment_id,
            date=date(2026, 1, 1 + i),
            status="in progress",
            progress=5.0 * i,
            note=f"{NOTE} ({commitment_id}.{i})",
            reported_by="Head of service",
            verdict="partly",
        )
        for i in range(count)
    ]


def test_the_last_cards_are_gone_from_sight_as_soon_as_new_ones_are_shown(qtbot):
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.resize(600, 300)
    timeline.show()
    timeline.set_updates(_updates(3, 1), date(2027, 1, 1))
    QApplication.processEvents()
    old = list(timeline.cards)
    timeline.reading()  # the next commitment's words are being read: no event loop turn in between
    assert not any(card.isVisible() for card in old)  # not painted under "Reading the updates…"
    timeline.set_updates(_updates(2, 2), date(2027, 1, 1))
    assert not any(card.isVisible() for card in old)
    QApplication.processEvents()
    shown = [card for card in timeline.inner.findChildren(type(old[0])) if card.isVisible()]
    assert [card.update_id for card in shown] == [201, 200]  # only the new commitment's, newest first
    tops = sorted((card.geometry().top(), card.geometry().bottom()) for card in shown)
    assert all(above[1] < below[0] for above, below in pairwise(tops))  # none over another


def test_show_all_says_so_in_welsh(qtbot):
    i18n.language().install("cy")
    try:
        timeline = Timeline()
        qtbot.addWidget(timeline)
        timeline.set_updates(_updates(Timeline.SHOWN + 3), date(2027, 1, 1))
        links = [b.text() for b in timeline.inner.findChildren(QAbstractButton) if "15" in b.text()]
        assert links == ["Dangos pob un o'r 15 diweddariad"]
    finally:
        i18n.language().install("en")
