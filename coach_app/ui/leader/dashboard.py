"""The leader's dashboard: a period of the fixed calendar, its summary as tables beside charts.

It opens on the current quarter and fetches as soon as it is shown; choosing another period
fetches again (a short pause first, so stepping through a list sends one request). Answers for
a period no longer chosen are dropped. Refresh (F5) fetches the same period again.

The dashboard asks for the newest figures the server has already protected (``wait=False``), so
it answers at once even while the server is still protecting newly received records (minutes on
a large programme). The status line says up to when records are included and, while newer ones
are pending, the dashboard fetches again by itself every :data:`PENDING_REFRESH` ms.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.leader import LeaderClient, PeriodSummary
from coach_app.leader.periods import Period, PeriodKind, current_period
from coach_app.ui.leader.charts import (
    build_chart,
    nothing_to_draw,
    preferred_height,
    withheld_in,
)
from coach_app.ui.leader.over_time import (
    MAX_MONTHS,
    MonthlySummaries,
    month_count,
    months_between,
    over_time_section,
)
from coach_app.ui.leader.period import PeriodPicker
from coach_app.ui.leader.sections import SECTION_KEYS, SECTION_TITLES, Section, sections
from coach_app.ui.leader.table_models import SectionModel
from coach_app.ui.leader.texts import ui_texts
from coach_app.ui.widgets import named

__all__ = ["SECTION_KEYS", "Dashboard", "Runner"]

Runner = Callable[[Callable[[], Any], Callable[[Any], None]], None]
#: Pixels of the row-label column before its labels wrap.
LABEL_WIDTH = 300
#: Pixels of table width up to which its chart stands beside it (else below it).
BESIDE_UP_TO = 640
#: Milliseconds between the last change of period and the request.
FETCH_DELAY = 250
#: Milliseconds between fetches while the server is still including newer records.
PENDING_REFRESH = 15_000


class _SectionBox(QGroupBox):
    """One section: its table on the left, its chart and a note about gaps on the right."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"leader.section.{key}")
        self.model = SectionModel(ui_texts(), self)
        self.table = named(QTableView(), f"leader.table.{key}", "")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)
        self.chart_view = QChartView()
        self.chart_view.setObjectName(f"leader.chart.{key}")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(420, 260)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.note = QLabel()
        self.note.setObjectName(f"leader.chart_note.{key}")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6b6b6b;")
        right = QVBoxLayout()
        right.addWidget(self.chart_view, 1)
        right.addWidget(self.note)
        layout = self.box_layout = QHBoxLayout(self)
        # The table as wide as its columns (up to its maximum), the chart takes the rest.
        layout.addWidget(self.table, 3, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(right, 2)
        self.retranslate()

    def retranslate(self) -> None:
        """The section's own title until figures arrive (they bring it in their language)."""
        if self.model.section is None:
            title = QCoreApplication.translate("LeaderSummary", SECTION_TITLES[self.key])
            self.setTitle(title)
            self.table.setAccessibleName(title)
            self.chart_view.setAccessibleName(title)

    def show_section(self, section: Section, threshold: int) -> None:
        self.setTitle(section.title)
        self.table.setAccessibleName(section.title)
        self.chart_view.setAccessibleName(section.title)
        self.model.set_section(section, threshold, ui_texts())
        self.table.resizeColumnsToContents()
        if self.table.columnWidth(0) > LABEL_WIDTH:  # long row labels wrap
            self.table.setColumnWidth(0, LABEL_WIDTH)
        self.table.resizeRowsToContents()
        columns = sum(self.table.columnWidth(c) for c in range(self.model.columnCount()))
        wide = columns + 2 * self.table.frameWidth() + 2
        self.table.setMaximumWidth(wide)
        self.table.setMinimumWidth(min(wide, 320))
        # A wide table (many columns) gets the whole width; its chart goes below it.
        self.box_layout.setDirection(
            QBoxLayout.Direction.TopToBottom
            if wide > BESIDE_UP_TO
            else QBoxLayout.Direction.LeftToRight
        )
        rows = self.model.rowCount()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows))
        self.table.setFixedHeight(max(height, 60))
        wanted = preferred_height(section.chart) if section.chart is not None else 0
        self.chart_view.setFixedHeight(max(min(max(height, 280), 440), wanted))
        old = self.chart_view.chart()
        reason = section.note or nothing_to_draw(section.chart)
        if section.chart is None or reason:
            self.chart_view.hide()
            self.note.setText(reason)
            self.note.show()
            return
        self.chart_view.show()
        self.chart_view.setChart(build_chart(section.chart))
        self._old_chart = old  # QChartView does not own the chart it replaces: keep it alive
        withheld = withheld_in(section.chart)
        self.note.setText(
            self.tr(
                "%n withheld value(s) are not drawn: their bars are left out (a gap), "
                "not drawn as zero or as a number.",
                "",
                withheld,
            )
            if withheld
            else ""
        )
        self.note.setVisible(bool(withheld))

    def clear(self) -> None:
        self.model.clear()
        self.note.clear()
        self.retranslate()


class Dashboard(QWidget):
    """Period controls and one box per section; ``summary_shown`` fires after each refresh."""

    summary_shown = Signal(object)  # the PeriodSummary on screen
    over_time_shown = Signal(object)  # the MonthlySummaries on screen, or () when not fetched

    def __init__(self, client: LeaderClient, run: Runner, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self._client = client
        self._run = run
        self.summary: PeriodSummary | None = None
        self.monthly: MonthlySummaries = ()
        self._too_long = 0  # months in a period too long for the view month by month
        self._generation = 0

        self.today = today
        self.picker = PeriodPicker(today)
        self.picker.setObjectName("leader.period_picker")
        self.refresh_button = named(QPushButton(), "leader.refresh", "")
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.status = QLabel()
        self.status.setObjectName("leader.dashboard_status")
        self.status.setWordWrap(True)
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(FETCH_DELAY)
        self._fetch_timer.timeout.connect(self.refresh)
        # While the figures shown are not the newest: fetch again (only if still on screen).
        self.pending_timer = QTimer(self)
        self.pending_timer.setSingleShot(True)
        self.pending_timer.setInterval(PENDING_REFRESH)
        self.pending_timer.timeout.connect(self._refresh_pending)
        self._shown_once = False

        bar = QHBoxLayout()
        bar.addWidget(self.picker, 1)
        bar.addWidget(self.refresh_button)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)

        self.boxes = {key: _SectionBox(key) for key in SECTION_KEYS}
        inner = QWidget()
        column = QVBoxLayout(inner)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("leader.dashboard_empty")
        column.addWidget(self.placeholder)
        for key, box in self.boxes.items():
            box.hide()
            column.addWidget(box)
            if key == "status":
                self.over_time = _SectionBox("status_over_time")
                self.over_time.hide()
                self.over_time_intro = QLabel()
                self.over_time_intro.setObjectName("leader.over_time_intro")
                self.over_time_intro.setWordWrap(True)
                box_layout = self.over_time.layout()
                assert box_layout is not None
                box_layout.setMenuBar(self.over_time_intro)  # above the table and chart
                column.addWidget(self.over_time)
        column.addStretch(1)
        scroll = self.scroll_area = QScrollArea()
        scroll.setObjectName("leader.dashboard_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(status_row)
        layout.addWidget(scroll, 1)

        self.picker.changed.connect(lambda _: self._fetch_timer.start())
        self.refresh_button.clicked.connect(self.refresh)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._fetch_timer.start(0)  # the current quarter, without a click

    # -- period ------------------------------------------------------------------------------

    def kind(self) -> PeriodKind:
        return self.picker.period().kind

    def set_period(self, kind: PeriodKind, start: date) -> None:
        """Chooses the month, quarter or year that ``start`` falls in (the dashboard fetches)."""
        self.picker.set_period(current_period(kind, start))

    def current_period(self) -> Period:
        return self.picker.period()

    def period(self) -> tuple[str, str]:
        """The period as (from, to) months, ``YYYY-MM``."""
        period = self.picker.period()
        return period.from_month, period.to_month

    # -- data --------------------------------------------------------------------------------

    def _refresh_pending(self) -> None:
        if self.isVisible() and self.summary is not None and self.summary.pending:
            self.refresh()

    def refresh(self) -> None:
        self._fetch_timer.stop()
        self.pending_timer.stop()
        key = self.picker.period().key
        self.status.setText(self.tr("Fetching the summary…"))
        client = self._client

        self._generation += 1
        generation = self._generation

        def done(summary: PeriodSummary) -> None:
            if generation != self._generation:
                return  # another period was chosen meanwhile
            self.picker.set_programme(summary.programme.from_month, summary.programme.to_month)
            self.show_summary(summary)
            self._fetch_over_time(generation, summary.period.from_month, summary.period.to_month)

        self._run(lambda: client.period_summary(key, wait=False), done)

    def _fetch_over_time(self, generation: int, from_month: str, to_month: str) -> None:
        """One one-month summary per month, in one background job after the period's summary
        (the client is not used concurrently)."""
        months = month_count(from_month, to_month)
        if months == 1:  # a month: the status section above is its only month
            self.monthly, self._too_long = (), 0
            self.over_time.hide()
            self.over_time_shown.emit(())
            return
        if months > MAX_MONTHS:
            self.show_over_time((), too_long=months)
            return
        self.over_time_intro.setText(self.tr("Fetching the months…"))
        client = self._client

        def work() -> MonthlySummaries:
            months = months_between(from_month, to_month)
            return tuple((m, client.period_summary(m, wait=False)) for m in months)

        def done(monthly: MonthlySummaries) -> None:
            if generation == self._generation:
                self.show_over_time(monthly)

        self._run(work, done)

    def show_over_time(self, monthly: MonthlySummaries, too_long: int = 0) -> None:
        self.monthly = monthly
        self._too_long = too_long
        box = self.over_time
        if monthly:
            box.show_section(over_time_section(monthly, ui_texts()), monthly[0][1].threshold)
            self.over_time_intro.setText(
                self.tr(
                    "Each month counts the families that were in the programme that month, by "
                    "their status at the end of the month."
                )
            )
        else:
            box.clear()
            box.setTitle(
                QCoreApplication.translate(
                    "LeaderSummary", "Families by programme status, month by month"
                )
            )
            box.chart_view.hide()
            box.note.hide()
            box.table.hide()
            self.over_time_intro.setText(
                self.tr(
                    "This period has %n months. The view month by month shows at most 24 "
                    "months: choose a shorter period to see it.",
                    "",
                    too_long,
                )
                if too_long
                else ""
            )
        box.table.setVisible(bool(monthly))
        box.show()
        self.over_time_shown.emit(monthly)

    def failed(self) -> None:
        self.status.clear()
        if self.over_time_intro.text() == self.tr("Fetching the months…"):
            self.over_time_intro.clear()

    def show_summary(self, summary: PeriodSummary) -> None:
        self.summary = summary
        self.placeholder.hide()
        for section in sections(summary, ui_texts()):
            box = self.boxes[section.key]
            box.show_section(section, summary.threshold)
            box.show()
        texts = ui_texts()
        first, last = summary.period.from_month, summary.period.to_month
        shown = texts.month(first)
        if first != last:
            shown = self.tr("%1 to %2").replace("%1", shown).replace("%2", texts.month(last))
        if summary.period.kind == "programme":
            shown = self.tr("Programme to date (%1)").replace("%1", shown)
        status = (
            self.tr("%1; counts below %2 are withheld.")
            .replace("%1", shown)
            .replace("%2", str(summary.threshold))
        )
        if summary.data_as_of is not None:
            received = QDateTime.fromSecsSinceEpoch(int(summary.data_as_of.timestamp()))
            status += " " + self.tr("Records received up to %1.").replace(
                "%1", QLocale().toString(received, QLocale.FormatType.ShortFormat)
            )
        if summary.pending:
            status += " " + self.tr(
                "Newer records are being included; the figures update by themselves."
            )
            self.pending_timer.start()
        else:
            self.pending_timer.stop()
        self.status.setText(status)
        self.summary_shown.emit(summary)

    def clear(self) -> None:
        self.pending_timer.stop()
        self.summary = None
        self.monthly = ()
        self._too_long = 0
        self._generation += 1
        for box in self.boxes.values():
            box.clear()
            box.hide()
        self.over_time.clear()
        self.over_time.hide()
        self.over_time_intro.clear()
        self.placeholder.show()

    def retranslate(self) -> None:
        self.picker.retranslate()
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Fetch the figures for this period again"))
        self.refresh_button.setToolTip(self.tr("Fetch the figures again (F5)"))
        self.status.setAccessibleName(self.tr("Dashboard status"))
        self.placeholder.setText(self.tr("Fetching the figures for the current quarter…"))
        self.scroll_area.setAccessibleName(self.tr("Figures of the period"))
        for box in (*self.boxes.values(), self.over_time):
            box.retranslate()
        if self.summary is not None:
            self.show_summary(self.summary)
        if self.monthly or self._too_long:
            self.show_over_time(self.monthly, self._too_long)
