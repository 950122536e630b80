"""The leader's dashboard: pick a period, fetch the summary, tables beside charts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.leader import LeaderClient, Summary
from coach_app.ui.leader.charts import build_chart, withheld_in
from coach_app.ui.leader.over_time import (
    MAX_MONTHS,
    MonthlySummaries,
    month_count,
    months_between,
    over_time_section,
)
from coach_app.ui.leader.period import PeriodKind, month_text, period_months
from coach_app.ui.leader.sections import Section, sections
from coach_app.ui.leader.table_models import SectionModel
from coach_app.ui.leader.texts import ui_texts
from coach_app.ui.widgets import named

__all__ = ["Dashboard", "Runner"]

Runner = Callable[[Callable[[], Any], Callable[[Any], None]], None]
_KINDS: tuple[PeriodKind, ...] = ("month", "quarter", "year", "custom")
SECTION_KEYS = ("status", "visits", "goals", "indicators", "self_reliance", "caseload")


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


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
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(right, 3)

    def show_section(self, section: Section, threshold: int) -> None:
        self.setTitle(section.title)
        self.table.setAccessibleName(section.title)
        self.model.set_section(section, threshold, ui_texts())
        self.table.resizeColumnsToContents()
        rows = self.model.rowCount()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows))
        self.table.setFixedHeight(max(height, 60))
        self.chart_view.setFixedHeight(min(max(height, 280), 440))
        old = self.chart_view.chart()
        if section.chart is None:
            self.chart_view.hide()
            self.note.setText(self.tr("Nothing to chart for this period."))
            return
        self.chart_view.show()
        self.chart_view.setChart(build_chart(section.chart))
        self._old_chart = old
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


class Dashboard(QWidget):
    """Period controls and one box per section; ``summary_shown`` fires after each refresh."""

    summary_shown = Signal(object)  # the Summary on screen
    over_time_shown = Signal(object)  # the MonthlySummaries on screen, or () when not fetched

    def __init__(self, client: LeaderClient, run: Runner, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self._client = client
        self._run = run
        self.summary: Summary | None = None
        self.monthly: MonthlySummaries = ()
        self._too_long = 0  # months in a period too long for the view month by month
        self._generation = 0

        self.period_kind = named(QComboBox(), "leader.period", "")
        self.from_edit = named(QDateEdit(), "leader.from", "")
        self.to_edit = named(QDateEdit(), "leader.to", "")
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("yyyy-MM")
            edit.setCalendarPopup(False)
            edit.setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31))
        self.from_edit.setDate(QDate(today.year, 1, 1))
        self.to_edit.setDate(QDate(today.year, 12, 1))
        self.refresh_button = named(QPushButton(), "leader.refresh", "")
        self.refresh_button.setDefault(True)
        self.status = QLabel()
        self.status.setObjectName("leader.dashboard_status")
        self.from_label, self.to_label, self.period_label = QLabel(), QLabel(), QLabel()
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self.period_label.setBuddy(self.period_kind)

        bar = QHBoxLayout()
        for widget in (
            self.period_label,
            self.period_kind,
            self.from_label,
            self.from_edit,
            self.to_label,
            self.to_edit,
            self.refresh_button,
        ):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)

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
                if isinstance(box_layout, QHBoxLayout):  # eight columns: the table needs room
                    box_layout.setStretch(0, 3)
                    box_layout.setStretch(1, 2)
                column.addWidget(self.over_time)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("leader.dashboard_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

        self.period_kind.currentIndexChanged.connect(self._period_changed)
        self.from_edit.dateChanged.connect(self._snap)
        self.refresh_button.clicked.connect(self.refresh)
        self.retranslate()
        self.period_kind.setCurrentIndex(_KINDS.index("year"))
        self._period_changed()

    # -- period ------------------------------------------------------------------------------

    def kind(self) -> PeriodKind:
        return _KINDS[max(0, self.period_kind.currentIndex())]

    def set_period(self, kind: PeriodKind, start: date, end: date | None = None) -> None:
        self.period_kind.setCurrentIndex(_KINDS.index(kind))
        self.from_edit.setDate(QDate(start.year, start.month, 1))
        if end is not None:
            self.to_edit.setDate(QDate(end.year, end.month, 1))
        self._snap()

    def period(self) -> tuple[str, str]:
        """The period as (from, to) months, ``YYYY-MM``."""
        first, last = period_months(
            self.kind(), _day(self.from_edit.date()), _day(self.to_edit.date())
        )
        return month_text(first), month_text(last)

    def _period_changed(self) -> None:
        self.to_edit.setEnabled(self.kind() == "custom")
        self._snap()

    def _snap(self) -> None:
        if self.kind() == "custom":
            return
        first, last = period_months(self.kind(), _day(self.from_edit.date()), date.today())
        self.from_edit.blockSignals(True)
        self.from_edit.setDate(QDate(first.year, first.month, 1))
        self.from_edit.blockSignals(False)
        self.to_edit.setDate(QDate(last.year, last.month, 1))

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        from_month, to_month = self.period()
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Fetching the summary…"))
        client = self._client

        self._generation += 1
        generation = self._generation

        def done(summary: Summary) -> None:
            self.show_summary(summary)
            self._fetch_over_time(generation, from_month, to_month)

        self._run(lambda: client.summary(from_month, to_month), done)

    def _fetch_over_time(self, generation: int, from_month: str, to_month: str) -> None:
        """One one-month summary per month, in one background job after the period's summary
        (the client is not used concurrently)."""
        months = month_count(from_month, to_month)
        if months > MAX_MONTHS:
            self.refresh_button.setEnabled(True)
            self.show_over_time((), too_long=months)
            return
        self.over_time_intro.setText(self.tr("Fetching the months…"))
        client = self._client

        def work() -> MonthlySummaries:
            return tuple((m, client.summary(m, m)) for m in months_between(from_month, to_month))

        def done(monthly: MonthlySummaries) -> None:
            if generation == self._generation:
                self.refresh_button.setEnabled(True)
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
                    "Each month counts the families that were in the programme that month. "
                    "They are split by the status they have now: the server keeps only the "
                    "latest status, not the status each month."
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
        self.refresh_button.setEnabled(True)
        self.status.clear()
        if self.over_time_intro.text() == self.tr("Fetching the months…"):
            self.over_time_intro.clear()

    def show_summary(self, summary: Summary) -> None:
        self.summary = summary
        self.placeholder.hide()
        for section in sections(summary, ui_texts()):
            box = self.boxes[section.key]
            box.show_section(section, summary.threshold)
            box.show()
        self.status.setText(
            self.tr("%1 to %2; counts below %3 are withheld.")
            .replace("%1", summary.period.from_month)
            .replace("%2", summary.period.to_month)
            .replace("%3", str(summary.threshold))
        )
        self.summary_shown.emit(summary)

    def clear(self) -> None:
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
        index = self.period_kind.currentIndex()
        self.period_kind.blockSignals(True)
        self.period_kind.clear()
        self.period_kind.addItems(
            [self.tr("Month"), self.tr("Quarter"), self.tr("Year"), self.tr("Custom months")]
        )
        self.period_kind.setCurrentIndex(max(index, 0))
        self.period_kind.blockSignals(False)
        self.period_label.setText(self.tr("&Period:"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.period_kind.setAccessibleName(self.tr("Period"))
        self.from_edit.setAccessibleName(self.tr("First month"))
        self.to_edit.setAccessibleName(self.tr("Last month"))
        self.refresh_button.setText(self.tr("&Show"))
        self.refresh_button.setAccessibleName(self.tr("Show the summary for this period"))
        self.placeholder.setText(self.tr("Choose a period and press Show."))
        if self.summary is not None:
            self.show_summary(self.summary)
        if self.monthly or self._too_long:
            self.show_over_time(self.monthly, self._too_long)
