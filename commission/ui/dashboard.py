"""Dashboard: the commission's progress at a glance, every figure from domain.evaluate as of one date."""

from __future__ import annotations

import math
from datetime import date

import shiboken6
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from commission.ui.first_run import next_step
from commission.ui.layouts import page_titles, vbox
from commission.ui.models import IdRole, OverdueModel
from commission.ui.over_time_chart import OverTimeCard, plain_chart
from commission.ui.style import ACCENT, INK, LINE, MUTED, SCALES_ITSELF, scaled
from commission.ui.widgets import Card, DateEdit, Pill, StackWhenNarrow, heading, muted, table_view
from commission.ui.words import counted, percent, uk_date
from commission.vocab import STATE_COLOURS

STATE_ORDER = ("done", "on track", "at risk", "overdue", "dropped")


class ThemeBars(QWidget):
    """Progress per theme as labelled bars in each theme's own colour (the words carry the meaning)."""

    @property
    def ROW(self) -> int:  # was a constant: a row's height at the text size chosen
        return scaled(38)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setProperty(SCALES_ITSELF, True)
        self.rows: list[tuple[str, float, str, int]] = []  # name, progress, colour, depth
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows) -> None:
        self.rows = list(rows)
        self.setFixedHeight(max(self.ROW * len(self.rows), self.ROW))
        self.setAccessibleDescription("; ".join(f"{n}: {percent(p)}" for n, p, _c, _d in self.rows))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, max(self.ROW * len(self.rows), self.ROW))

    def event(self, event) -> bool:
        """A theme's whole name and progress as a tip: a narrow card (large text) cuts long names with "…"."""
        if event.type() == QEvent.Type.ToolTip:
            row = int(event.pos().y() // self.ROW)
            if 0 <= row < len(self.rows):
                name, progress, _colour, _depth = self.rows[row]
                QToolTip.showText(event.globalPos(), f"{name}: {percent(progress)}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, _event) -> None:
        # Each theme: its name and percentage on one line, its bar beneath, so no name is cut short.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        value_width = metrics.horizontalAdvance("100.0%") + 4  # the widest a percentage is
        line = metrics.height()
        for row, (name, progress, colour, depth) in enumerate(self.rows):
            top = row * self.ROW
            indent = 16 * depth
            width = self.width() - indent
            painter.setPen(QColor(INK if depth == 0 else MUTED))
            painter.drawText(
                QRectF(indent, top, width - value_width - 8, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, width - value_width - 8),
            )
            painter.setPen(QColor(INK))
            painter.drawText(
                QRectF(self.width() - value_width, top, value_width, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                percent(progress),
            )
            bar = QRectF(indent, top + line + 4, width, 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#e8ecf0"))
            painter.drawRoundedRect(bar, 4, 4)
            filled = QRectF(bar)
            filled.setWidth(width * max(0.0, min(progress, 100.0)) / 100.0)
            painter.setBrush(QColor(colour or ACCENT))
            if filled.width() >= 1:
                painter.drawRoundedRect(filled, 4, 4)
        painter.end()


LEGEND_SHARE = 0.4  # the most of its width a Qt chart gives a legend beside it (QtCharts' golden_ratio)


class StatesChart(QChartView):
    """Commitments by state for each organisation: a stacked bar in the five state colours, with a legend."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setProperty(SCALES_ITSELF, True)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.names: list[str] = []
        self.chart_ = plain_chart(self.font())
        self.setChart(self.chart_)
        self.setFixedHeight(250)
        self.setStyleSheet("background: transparent;")

    def set_data(self, names: list[str], counts: list[dict[str, int]]) -> None:
        # A new chart each time: one drawn again kept the old axes' labels painted under the new ones.
        previous, chart = self.chart_, plain_chart(self.font())  # at the text size chosen now
        self.chart_ = chart
        self.setChart(chart)
        shiboken6.delete(previous)  # the view lets go of the chart it had: it is ours to delete
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.62)
        for state in STATE_ORDER:
            bar_set = QBarSet(QCoreApplication.translate("words", state))
            bar_set.setColor(QColor(STATE_COLOURS[state]))
            bar_set.setBorderColor(QColor(STATE_COLOURS[state]))
            bar_set.append([float(c.get(state, 0)) for c in reversed(counts)])
            series.append(bar_set)
        chart.addSeries(series)
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)  # one state a line: whole words, in Welsh too
        # and the room for the longest: the chart gives a legend beside it at most LEGEND_SHARE of its width,
        # so a Dashboard that fits its window (150% in Welsh, 1280x800) cut "ar y trywydd iawn" short
        metrics = QFontMetrics(legend.font())
        words = max(metrics.horizontalAdvance(bar_set.label()) for bar_set in series.barSets())
        legend_width = words + metrics.height() + 32  # the colour's box, the gaps and the words
        self.setMinimumWidth(math.ceil(legend_width / LEGEND_SHARE))
        categories = QBarCategoryAxis()
        self.names = list(reversed(names))
        categories.append([_short(n) for n in self.names])
        small = self.font()
        small.setPointSizeF(small.pointSizeF() - 1)
        categories.setLabelsFont(small)
        categories.setGridLineVisible(False)
        categories.setLinePenColor(QColor(LINE))
        values = QValueAxis()
        values.setLabelFormat("%d")
        top = max([sum(c.values()) for c in counts] + [1])
        values.setRange(0, top)
        values.setTickCount(min(top, 8) + 1 if top <= 8 else 6)
        values.setLabelsFont(self.font())
        values.setGridLineColor(QColor("#edf0f3"))
        values.setLinePenColor(QColor(LINE))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.setFixedHeight(scaled(max(250, 34 * len(names) + 80)))
        series.hovered.connect(self._hovered)

    def _hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if status and 0 <= index < len(self.names):
            count = int(bar_set.at(index))
            QToolTip.showText(QCursor.pos(), f"{self.names[index]}: {count} {bar_set.label()}")
        else:
            QToolTip.hideText()


def _short(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip(" ,") + "…"


class Dashboard(QWidget):
    open_commitment = Signal(int)
    show_state = Signal(str)
    go_to_screen = Signal(str)  # the next step on a commission still being set up

    title = "Dashboard"

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.snapshot = None
        self.first = None  # the figures read first at start, shown until the Snapshot comes
        outer = vbox(self, (0, 0, 0, 0), 0)  # the page scrolls, edge to edge
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Dashboard"))
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        self.scroll = scroll
        page = QWidget()
        page.setObjectName("page")
        scroll.setWidget(page)
        layout = vbox(page, (28, 22, 28, 24), 16)

        header = QHBoxLayout()
        self.heading = heading(self.tr("Dashboard"), "pageTitle")
        self.subtitle = muted("")
        header.addLayout(page_titles(self.heading, self.subtitle), 1)
        header.addWidget(QLabel(self.tr("Figures as of")))
        self.as_of = DateEdit(store.as_of)
        header.itemAt(header.count() - 1).widget().setBuddy(self.as_of)
        self.as_of.setToolTip(
            self.tr("Every figure on every screen counts only the updates dated on or before this day.")
        )
        header.addWidget(self.as_of)
        self.today = QPushButton(self.tr("Today"))
        header.addWidget(self.today)
        layout.addLayout(header)

        # a commission still being set up: what to do next, and a button that goes there
        self.next_step = Card(self.tr("Next step"))
        self.next_step_text = muted("")
        self.next_step_button = QPushButton("")
        self.next_step_button.setAccessibleName(self.tr("Go to the next step"))
        self.next_step_button.setProperty("primary", True)
        self.next_step_button.clicked.connect(lambda: self.go_to_screen.emit(self._next_screen))
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_step_text, 1)
        next_row.addWidget(self.next_step_button)
        self.next_step.body.addLayout(next_row)
        self.next_step.hide()
        self._next_screen = ""
        layout.addWidget(self.next_step)

        cards = QHBoxLayout()
        cards.setSpacing(16)
        progress_card = Card(self.tr("Overall progress"))
        self.overall = QLabel("—")
        self.overall.setObjectName("bigFigure")
        self.overall_bar = QProgressBar()
        self.overall_bar.setRange(0, 100)
        self.overall_bar.setTextVisible(False)
        self.overall_note = muted("")
        progress_card.body.addWidget(self.overall)
        progress_card.body.addWidget(self.overall_bar)
        progress_card.body.addWidget(self.overall_note)
        progress_card.body.addStretch(1)

        states_card = Card(self.tr("Commitments by state"))
        # two columns of states, read down then across; one under the other when the pills do not fit beside
        # each other (200% in Welsh: "ar y trywydd iawn" beside "wedi'i wneud" pushed the page sideways)
        self.states_grid = StackWhenNarrow()
        self.states_grid.setSpacing(6)  # between the rows when one column is under the other
        self.state_pills: dict[str, Pill] = {}
        self.state_counts: dict[str, QLabel] = {}
        half = (len(STATE_ORDER) + 1) // 2
        columns = [QGridLayout(), QGridLayout()]
        for row, state in enumerate(STATE_ORDER):
            pill = Pill(state, STATE_COLOURS[state])
            count = QLabel("0")
            count.setStyleSheet("font-weight: 600;")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.state_pills[state], self.state_counts[state] = pill, count
            column = columns[row // half]
            column.addWidget(pill, row % half, 0)
            column.addWidget(count, row % half, 1)
        for column in columns:
            column.setHorizontalSpacing(14)
            column.setVerticalSpacing(6)
            column.setColumnStretch(1, 1)
            column.setRowStretch(half, 1)  # a shorter column keeps to the top
            self.states_grid.addLayout(column, 1)
        columns[0].setContentsMargins(0, 0, 8, 0)  # and 14 px between the columns side by side
        self.states_total = muted("")
        states_card.body.addLayout(self.states_grid)
        states_card.body.addWidget(self.states_total)
        states_card.body.addStretch(1)

        agreement_card = Card(self.tr("Panel agreement"))
        self.agreement = QLabel("—")
        self.agreement.setObjectName("bigFigure")
        self.agreement_note = muted("")
        agreement_card.body.addWidget(self.agreement)
        agreement_card.body.addWidget(self.agreement_note)
        agreement_card.body.addStretch(1)

        cards.addWidget(progress_card, 3)
        cards.addWidget(states_card, 4)
        cards.addWidget(agreement_card, 3)
        layout.addLayout(cards)

        middle = QHBoxLayout()
        middle.setSpacing(16)
        themes_card = Card(self.tr("Progress by theme"))
        self.theme_bars = ThemeBars()
        self.themes_empty = muted(self.tr("No themes yet: name them on Themes & Insights."))
        themes_card.body.addWidget(self.theme_bars)
        themes_card.body.addWidget(self.themes_empty)
        themes_card.body.addStretch(1)
        chart_card = Card(self.tr("Commitments by organisation"))
        self.chart = StatesChart()
        self.chart.setAccessibleName(self.tr("Commitments by state (chart)"))
        self.chart_empty = muted(self.tr("No commitments yet: each organisation's pledges will show here."))
        chart_card.body.addWidget(self.chart)
        chart_card.body.addWidget(self.chart_empty)
        chart_card.body.addStretch(1)
        left_column = QVBoxLayout()
        left_column.setSpacing(16)
        left_column.addWidget(themes_card)
        middle.addLayout(left_column, 4)
        middle.addWidget(chart_card, 5)
        layout.addLayout(middle)

        self.over_time = OverTimeCard(store.runner)
        layout.addWidget(self.over_time)

        overdue_card = Card(self.tr("Overdue"))
        self.overdue_model = OverdueModel(self)
        self.overdue = table_view(self.overdue_model, sortable=False)
        self.overdue.setProperty(SCALES_ITSELF, True)
        self.overdue.setAccessibleName(self.tr("Overdue and at-risk commitments"))
        self.overdue.setToolTip(self.tr("Double-click to open the commitment"))
        self.overdue_empty = muted(self.tr("Nothing is overdue on this date."))
        overdue_card.body.addWidget(muted(self.tr("Promised by a date that has passed, and not done.")))
        overdue_card.body.addWidget(self.overdue)
        overdue_card.body.addWidget(self.overdue_empty)
        layout.addWidget(overdue_card)
        layout.addStretch(1)

        self._as_of_timer = QTimer(self)
        self._as_of_timer.setSingleShot(True)
        self._as_of_timer.setInterval(250)  # scrolling through dates: recompute once it settles
        self._as_of_timer.timeout.connect(lambda: self.store.set_as_of(self.as_of.value()))
        self.as_of.dateChanged.connect(lambda _d: self._as_of_timer.start())
        self.today.clicked.connect(lambda: self.set_as_of(date.today()))
        self.overdue.doubleClicked.connect(lambda index: self.open_commitment.emit(index.data(IdRole)))

    def set_as_of(self, value: date) -> None:
        self.as_of.set_value(value)
        self.store.set_as_of(value)

    def new_item(self) -> None:
        pass

    def set_snapshot(self, snap) -> None:
        self.snapshot = snap
        if snap is None:
            return
        self._show(snap)
        self.over_time.request(snap.data, snap.as_of)

    def show_first(self, first) -> None:
        """The figures read first at start (services.start_figures.DashboardFigures), while the whole
        commission is read: every figure as the Snapshot will show it; the history over time, which needs
        every update, keeps saying it is being worked out until the Snapshot comes (set_snapshot)."""
        self.first = first
        self._show(first)

    def _show(self, snap) -> None:
        """Every figure of `snap`: a Snapshot, or the DashboardFigures read first (the same attributes)."""
        if not self.as_of.hasFocus():
            self.as_of.set_value(snap.as_of)
        figures = snap.figures
        info = snap.commission
        self.subtitle.setText(
            " · ".join(x for x in (info.name, info.area) if x)
            + self.tr(" — figures as of %1").replace("%1", uk_date(snap.as_of))
        )
        self.overall.setText(percent(figures.overall))
        self.overall_bar.setValue(round(figures.overall))
        self.overall_note.setText(
            counted(
                self.tr("The mean progress of %n agreed action(s).", "", len(figures.agreed_actions)),
                len(figures.agreed_actions),
            )
        )
        total = sum(figures.states.values())
        for state in STATE_ORDER:
            self.state_counts[state].setText(str(figures.states.get(state, 0)))
        self.states_total.setText(
            counted(self.tr("%n commitment(s)", "", total), total)
            + " "
            + counted(
                self.tr("from %n organisation(s).", "", len(snap.data.organisations)), len(snap.data.organisations)
            )
        )
        done = figures.states.get("done", 0)
        if figures.panel_agreement is None:
            self.agreement.setText("—")
            self.agreement_note.setText(
                self.tr("Nothing is done yet, so there is nothing for the panel to agree with.")
            )
        else:
            agreed = round(figures.panel_agreement * done / 100)
            self.agreement.setText(percent(figures.panel_agreement))
            self.agreement_note.setText(
                counted(
                    self.tr("Of the %n done commitment(s), the panel agrees %1 really happened.", "", done), done
                ).replace("%1", str(agreed))
            )
        self.theme_bars.set_rows(self._theme_rows(snap))
        self.theme_bars.setVisible(bool(snap.data.themes))
        self.themes_empty.setVisible(not snap.data.themes)
        self.chart.setVisible(total > 0)  # no 0–1 axis over nothing
        self.chart_empty.setVisible(total == 0)
        step = next_step(snap)
        self.next_step.setVisible(step is not None)
        if step is not None:
            self.next_step_text.setText(step[0])
            self.next_step_button.setText(step[1])
            self.next_step_button.setAccessibleName(step[1])
            self._next_screen = step[2]
        organisations = sorted(snap.data.organisations, key=lambda o: o.name.lower())
        self.chart.set_data(
            [o.name for o in organisations], [snap.states_by_organisation.get(o.id, {}) for o in organisations]
        )
        self.overdue_model.set_snapshot(snap)
        empty = self.overdue_model.rowCount() == 0
        self.overdue.setVisible(not empty)
        self.overdue_empty.setVisible(empty)
        rows = min(self.overdue_model.rowCount(), 8)
        self.overdue.setFixedHeight(self.overdue.horizontalHeader().sizeHint().height() + rows * scaled(32) + 4)

    @staticmethod
    def _theme_rows(snap):
        children: dict[int | None, list] = {}
        for theme in sorted(snap.data.themes, key=lambda t: t.name.lower()):
            parent = theme.parent_id if theme.parent_id in snap.themes else None
            children.setdefault(parent, []).append(theme)
        rows = []

        def walk(parent, depth):
            for theme in children.get(parent, []):
                rows.append((theme.name, snap.figures.themes.get(theme.id, 0.0), theme.colour, depth))
                walk(theme.id, depth + 1)

        walk(None, 0)
        return rows
