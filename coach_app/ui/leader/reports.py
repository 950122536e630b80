"""Reports: the funder report as PDF (Dutch or English) and the summary CSV, for the
dashboard's period of the fixed calendar, both at the export threshold."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.deployment import Deployment
from coach_app.leader import LeaderClient, PeriodSummary
from coach_app.leader.periods import Period
from coach_app.ui.leader.dashboard import Runner
from coach_app.ui.leader.report_pdf import REPORT_LANGUAGES, write_funder_report
from coach_app.ui.leader.texts import report_texts
from coach_app.ui.widgets import named

__all__ = ["ReportsTab"]


class ReportsTab(QWidget):
    saved = Signal(object)  # Path of the file written

    def __init__(
        self,
        client: LeaderClient,
        run: Runner,
        deployment: Deployment,
        period: Callable[[], Period],
        describe: Callable[[Period], str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._client, self._run, self._deployment, self._period = client, run, deployment, period
        self._describe = describe
        self.translations: Path | None = None  # folder of .qm files; None: the installed ones
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.period_text = QLabel()
        self.period_text.setObjectName("leader.report_period")
        self.language = named(QComboBox(), "leader.report_language", "")
        self.language.addItems(["Nederlands", "English"])
        self.language.setCurrentIndex(0 if deployment.default_language == "nl" else 1)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.pdf_button = named(QPushButton(), "leader.report_pdf", "")
        self.csv_button = named(QPushButton(), "leader.report_csv", "")
        self.status = QLabel()
        self.status.setObjectName("leader.report_status")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.period_text)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button.clicked.connect(self.save_csv)
        self.retranslate()

    def report_language(self) -> str:
        return REPORT_LANGUAGES[max(0, self.language.currentIndex())]

    def showEvent(self, event: Any) -> None:
        self._show_period()
        super().showEvent(event)

    def _show_period(self) -> None:
        self.period_text.setText(
            self.tr("Period: %1 (change it on the Dashboard tab).").replace(
                "%1", self._describe(self._period())
            )
        )

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Reports for funders and the evaluating university. They use the export "
                "threshold: counts below %1 are withheld."
            ).replace("%1", str(max(self._deployment.export_threshold, 10)))
        )
        self.language_label.setText(self.tr("Report &language:"))
        self.language.setAccessibleName(self.tr("Language of the PDF report"))
        self.pdf_button.setText(self.tr("Save &PDF report…"))
        self.pdf_button.setAccessibleName(self.tr("Save the funder report as PDF"))
        self.csv_button.setText(self.tr("Save &CSV…"))
        self.csv_button.setAccessibleName(self.tr("Save the summary as CSV"))
        self._show_period()

    def _ask(self, suggested: str, filter_text: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), str(Path.home() / suggested), filter_text
        )
        return Path(name) if name else None

    def save_pdf(self) -> None:
        key = self._period().key
        language = self.report_language()
        path = self._ask(f"funder-report-{key}-{language}.pdf", self.tr("PDF (*.pdf)"))
        if path is None:
            return
        client, threshold = self._client, self._deployment.export_threshold
        self._busy(True)

        def done(result: tuple[PeriodSummary, bytes]) -> None:
            self._busy(False)
            summary, _csv = result
            try:
                pages = write_funder_report(
                    path,
                    summary,
                    report_texts(language, self.translations),
                    organisation=self._deployment.organisation_name,
                    made_on=date.today(),
                )
            except OSError as exc:
                self.status.setText(self._failed_text(exc))
                return
            self.status.setText(
                self.tr("Saved the report (%n page(s)) to %1.", "", pages).replace("%1", str(path))
            )
            self.saved.emit(path)

        self._run(lambda: client.period_export(key, threshold=threshold), done)

    def save_csv(self) -> None:
        key = self._period().key
        path = self._ask(f"coach-summary-{key}.csv", self.tr("CSV (*.csv)"))
        if path is None:
            return
        client, threshold = self._client, self._deployment.export_threshold
        self._busy(True)

        def work() -> Path:
            data = client.period_summary_csv(key, threshold=threshold)
            partial = path.with_name(path.name + ".part")
            partial.write_bytes(data)
            partial.replace(path)
            return path

        def done(saved: Path) -> None:
            self._busy(False)
            self.status.setText(self.tr("Saved the CSV to %1.").replace("%1", str(saved)))
            self.saved.emit(saved)

        self._run(work, done)

    def failed(self) -> None:
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.pdf_button.setEnabled(not busy)
        self.csv_button.setEnabled(not busy)
        if busy:
            self.status.setText(self.tr("Fetching the figures…"))

    def _failed_text(self, exc: BaseException) -> str:
        from coach_app.ui.leader.messages import for_error

        return for_error(exc)
