"""The Dashboard's "Progress over time": the five state counts as stacked columns at each quarter end, with
overall progress as a line over them; for the whole commission, one theme or one organisation.

The figures come from commission.over_time (domain.evaluate at each date), worked out off the GUI thread:
the card fills in when they arrive and the rest of the dashboard never waits for it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
)
from PySide6.QtCore import QMargins, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from commission import over_time
from commission.ui.style import ACCENT, LINE
from commission.ui.widgets import Card, muted
from commission.ui.words import percent, uk_date
from commission.vocab import STATE_COLOURS

STATE_ORDER = ("done", "on track", "at risk", "overdue", "dropped")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LAST = 12  # quarters drawn; the tracker and the reports hold every one


def short_date(value) -> str:
    return f"{MONTHS[value.month - 1]} {value:%y}"


def _ticks(top: int) -> list[int]:
    step = next((n for n in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000) if top / n <= 5), 1000)
    return list(range(0, top + 1, step))


def plain_chart(font) -> QChart:
    """A chart drawn on the card behind it, edge to edge, its legend below in `font` (the text size chosen)."""
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setFont(font)
    return chart


class OverTimeChart(QChartView):
    """Columns of commitments by state (left axis) and a progress line 0–100% (right axis), every point
    labelled with its figure."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_ = plain_chart(self.font())
        self.setChart(self.chart_)
        self.setFixedHeight(380)
        self.setStyleSheet("background: transparent;")
        self.dates: list = []
        self.progress: list[float] = []
        self.counts: list[dict[str, int]] = []

    def set_data(self, dates: list, progress: list[float], counts: list[dict[str, int]] | None) -> None:
        self.dates, self.progress, self.counts = list(dates), list(progress), list(counts or [])
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            shiboken6.delete(axis)  # a removed axis is the caller's: left alone, its labels stay painted
        categories = QBarCategoryAxis()
        categories.append([short_date(d) for d in dates])
        categories.setGridLineVisible(False)
        categories.setLinePenColor(QColor(LINE))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        if counts:
            bars = QStackedBarSeries()
            bars.setBarWidth(0.6)
            for state in STATE_ORDER:
                bar_set = QBarSet(self.tr(state))
                bar_set.setColor(QColor(STATE_COLOURS[state]))
                bar_set.setBorderColor(QColor(STATE_COLOURS[state]))
                bar_set.setLabelColor(QColor("#1a1a1a" if state == "at risk" else "#ffffff"))
                bar_set.append([float(c.get(state, 0)) for c in counts])
                bars.append(bar_set)
            bars.setLabelsVisible(True)
            bars.setLabelsFormat("@value")
            chart.addSeries(bars)
            # the columns fill the lower half, the progress line the upper: neither hides the other's figures
            top = max([sum(c.values()) for c in counts] + [1])
            values = QCategoryAxis()
            values.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
            values.setRange(0, top * 2.1)
            values.setStartValue(0)
            for tick in _ticks(top):
                values.append(str(tick), tick)
            values.setGridLineColor(QColor("#edf0f3"))
            values.setLinePenColor(QColor(LINE))
            values.setTitleText(self.tr("commitments"))
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
            bars.attachAxis(categories)
            bars.attachAxis(values)
        line = QLineSeries()
        line.setName(self.tr("overall progress"))
        pen = QPen(QColor(ACCENT))
        pen.setWidth(3)
        line.setPen(pen)
        for i, value in enumerate(progress):
            line.append(float(i), round(value, 1))
        line.setPointsVisible(True)
        line.setPointLabelsVisible(True)
        line.setPointLabelsFormat("@yPoint%")
        line.setPointLabelsClipping(False)
        chart.addSeries(line)
        share = QCategoryAxis()
        share.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        share.setRange(-125 if counts else 0, 112)
        share.setStartValue(-125 if counts else 0)
        for tick in (0, 50, 100):
            share.append(f"{tick}%", tick)
        share.setLinePenColor(QColor(LINE))
        share.setGridLineVisible(not counts)
        chart.addAxis(share, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(categories)
        line.attachAxis(share)
        self.setAccessibleDescription(self.describe())

    def describe(self) -> str:
        """The chart in words, for a screen reader: each date's progress and state counts."""
        parts = []
        for i, d in enumerate(self.dates):
            text = f"{uk_date(d)}: {percent(self.progress[i])}"
            if self.counts:
                text += ", " + ", ".join(f"{self.counts[i].get(s, 0)} {s}" for s in STATE_ORDER)
            parts.append(text)
        return "; ".join(parts)


class OverTimeCard(Card):
    """The card: a chooser (whole commission, a theme, an organisation), the chart, a line of words."""

    def __init__(self, runner, parent=None):
        super().__init__("", parent)
        self.runner = runner
        self._token = 0
        self._pending = None
        self.busy = False  # a history asked for and not yet shown
        self.data = None
        self.history: over_time.History | None = None
        self.org_lines: dict[str, over_time.Series] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._start)
        top = QHBoxLayout()
        title = QLabel(self.tr("Progress over time"))
        title.setObjectName("sectionTitle")
        top.addWidget(title, 1)
        show = QLabel(self.tr("Show"))
        top.addWidget(show)
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Show progress over time for"))
        self.chooser.setMinimumWidth(260)
        show.setBuddy(self.chooser)
        top.addWidget(self.chooser)
        self.body.addLayout(top)
        self.note = muted(self.tr("Working out the figures at each quarter end…"))
        self.note.setWordWrap(True)
        self.body.addWidget(self.note)
        self.chart = OverTimeChart()
        self.chart.setAccessibleName(self.tr("Progress over time chart"))
        self.body.addWidget(self.chart)
        self.chooser.currentIndexChanged.connect(lambda _i: self._show())

    def request(self, data, as_of) -> None:
        """Work out the history for this commission and date on the runner; a newer request wins.

        It starts when the card is first painted (scrolled into view), and an organisation's line only
        when it is chosen: the worker shares the interpreter with the screens, so a figure nobody is
        looking at is not worked out (on 100,000 updates the history takes seconds)."""
        self._token += 1
        self.busy = True
        self._pending = (self._token, data, as_of)
        self.note.setText(self.tr("Working out the figures at each quarter end…"))
        self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._pending is not None and self._pending[0] == self._token and not self._timer.isActive():
            self._timer.start()

    def _start(self) -> None:
        if self._pending is None:
            return
        if self.visibleRegion().isEmpty():
            return  # scrolled out of view since it was painted: wait for the next paint
        token, data, as_of = self._pending
        self._pending = None
        if token != self._token:
            return
        self.data = data
        self.runner.submit(
            lambda job: over_time.history(data, as_of, by_organisation=False),
            on_done=lambda found: self._arrived(token, found),
            on_error=lambda exc: self._failed(token, exc),
        )

    def _failed(self, token: int, exc: BaseException) -> None:
        if token == self._token:
            self.busy = False
            self.note.setText(self.tr("The figures over time could not be worked out: {0}").format(exc))

    def _arrived(self, token: int, found: over_time.History) -> None:
        if token != self._token:
            return
        self.busy = False
        self.history = found
        self.org_lines = {}
        keep = self.chooser.currentData()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItem(self.tr("The whole commission"), "all:")
        for s in found.themes:
            self.chooser.addItem(self.tr("Theme: {0}").format(s.name), f"theme:{s.ref}")
        pledged = {c.organisation_id for c in self.data.commitments}
        for org in sorted(self.data.organisations, key=lambda o: o.name.lower()):
            if org.id in pledged:
                self.chooser.addItem(self.tr("Organisation: {0}").format(org.name), f"organisation:{org.ref}")
        index = self.chooser.findData(keep) if keep else 0  # the same line stays chosen across dates
        self.chooser.setCurrentIndex(max(index, 0))
        self.chooser.blockSignals(False)
        self._show()

    def _organisation_line(self, ref: str) -> over_time.Series | None:
        """The organisation's line if worked out already; else ask for it (it shows when it comes)."""
        if ref in self.org_lines:
            return self.org_lines[ref]
        assert self.history is not None  # asked for only while a history is shown
        token, data, dates = self._token, self.data, self.history.dates

        def done(series) -> None:
            if token == self._token:
                self.org_lines[ref] = series
                self._show()

        self.note.setText(self.tr("Working out this organisation's figures…"))
        self.runner.submit(
            lambda job: over_time.organisation_series(data, ref, dates),
            on_done=done,
            on_error=lambda exc: self._failed(token, exc),
        )
        return None

    def _show(self) -> None:
        found = self.history
        if found is None or found.empty:
            return
        kind, _, ref = (self.chooser.currentData() or "all:").partition(":")
        dates = found.dates[-LAST:]
        n = len(dates)
        if kind == "theme":
            series = next(s for s in found.themes if s.ref == ref)
            progress, counts = series.progress[-n:], None
        elif kind == "organisation":
            line = self._organisation_line(ref)
            if line is None:
                return
            progress, counts = line.progress[-n:], line.states[-n:]
        else:
            progress = [p.overall for p in found.points[-n:]]
            counts = [p.states for p in found.points[-n:]]
        self.chart.set_data(dates, progress, counts)
        first, last = progress[0], progress[-1]
        self.note.setText(
            self.tr("Each quarter end from {0}, and {1}: progress went from {2} to {3}.").format(
                uk_date(dates[0]), uk_date(dates[-1]), percent(first), percent(last)
            )
        )
