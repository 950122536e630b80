"""The off-laptop part of the Sync screen: the server's copy of this laptop's backups, families
handed to this laptop (take them over), and families handed over from here.

Everything it asks for runs on the sync thread (`SyncController.run_offsite`); it shows the
`OffsiteReport` that comes back with every sync report. Object names: ``offsite.*``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.offsite.handover import Received
from coach_app.offsite.upload import UploadOutcome
from coach_app.offsite.work import OffsiteReport, OffsiteWork
from coach_app.ui.context import UiContext
from coach_app.ui.offsite_messages import for_code, for_error, upload_text
from coach_app.ui.sync_controller import SyncController, SyncReport
from coach_app.ui.widgets import message_label, named

__all__ = ["OffsiteBox", "install_offsite"]


class OffsiteBox(QGroupBox):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offsite.box")
        self.context = context
        self.controller: SyncController | None = None
        self.report: OffsiteReport | None = None
        self._idle = True

        self.status = named(QLabel(), "offsite.status", "")
        self.status.setWordWrap(True)
        self.upload_now = named(QPushButton(), "offsite.upload_now", "")
        self.upload_now.clicked.connect(self._upload_now)
        self.incoming_label = QLabel()
        self.incoming = named(QListWidget(), "offsite.incoming", "")
        self.incoming.setMaximumHeight(90)
        self.take_over = named(QPushButton(), "offsite.take_over", "")
        self.take_over.setEnabled(False)
        self.take_over.clicked.connect(self._take_over_selected)
        self.incoming.currentRowChanged.connect(
            lambda row: self.take_over.setEnabled(row >= 0 and self._idle)
        )
        self.from_file = named(QPushButton(), "offsite.from_file", "")
        self.from_file.clicked.connect(self._take_over_file)
        self.outgoing = named(QLabel(), "offsite.outgoing", "")
        self.outgoing.setWordWrap(True)
        self.message = message_label("offsite.message")

        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.upload_now, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_over)
        buttons.addWidget(self.from_file)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.incoming_label)
        column.addWidget(self.incoming)
        column.addLayout(buttons)
        column.addWidget(self.outgoing)
        column.addWidget(self.message)
        for widget in (self.incoming_label, self.incoming, self.take_over, self.outgoing):
            widget.setVisible(False)  # shown when there is something to take over or waiting
        self.retranslate()

    def attach(self, controller: SyncController) -> None:
        self.controller = controller
        controller.report_ready.connect(self.show_report)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Encrypted backup on the server, and handovers"))
        self.upload_now.setText(self.tr("Back up to the server now"))
        self.upload_now.setAccessibleName(self.tr("Back up to the server now"))
        self.status.setAccessibleName(self.tr("Backup on the server"))
        self.incoming_label.setText(self.tr("Families handed over to you"))
        self.incoming.setAccessibleName(self.tr("Families handed over to you"))
        self.take_over.setText(self.tr("&Take over"))
        self.take_over.setAccessibleName(self.tr("Take over the chosen family"))
        self.from_file.setText(self.tr("Take over from a &file…"))
        self.from_file.setAccessibleName(self.tr("Take over a family from a file"))
        if self.report is not None:
            self._show(self.report)

    def clear(self) -> None:
        self.report = None
        self.status.clear()
        self.incoming.clear()
        self.outgoing.clear()
        self.message.clear()
        self.take_over.setEnabled(False)

    # -- the report ------------------------------------------------------------------------
    def show_report(self, report: SyncReport) -> None:
        if report.offsite is not None:
            self.report = report.offsite
            self._show(report.offsite)

    def _show(self, report: OffsiteReport) -> None:
        upload = report.upload
        self.status.setText(
            upload_text(upload.uploaded_at, upload.uploaded_bytes, upload.last_error)
        )
        self.incoming.clear()
        for package_id, coach in report.waiting:
            item = QListWidgetItem(self.tr("A family from %1").replace("%1", coach))
            item.setData(Qt.ItemDataRole.UserRole, package_id)
            self.incoming.addItem(item)
        self.incoming_label.setVisible(bool(report.waiting))
        self.incoming.setVisible(bool(report.waiting))
        self.take_over.setVisible(bool(report.waiting))
        self.take_over.setEnabled(self.incoming.currentRow() >= 0 and self._idle)
        names = sorted({o.receiver_coach_name for o in report.outgoing})
        self.outgoing.setText(
            self.tr(
                "%n family(ies) waiting to be taken over by: %1. Each is erased here once taken "
                "over.",
                "",
                len(report.outgoing),
            ).replace("%1", ", ".join(names))
            if report.outgoing
            else ""
        )
        self.outgoing.setVisible(bool(report.outgoing))

    # -- actions ---------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self._idle = not busy
        for button in (self.upload_now, self.from_file):
            button.setEnabled(not busy)
        self.take_over.setEnabled(not busy and self.incoming.currentRow() >= 0)

    def _run(self, work: Any, done: Any, text: str) -> None:
        if self.controller is None:
            return
        self._busy(True)
        self.message.setText(text)

        def ok(result: Any) -> None:
            self._busy(False)
            done(result)

        def failed(exc: BaseException) -> None:
            self._busy(False)
            self.message.setText(for_error(exc))

        if not self.controller.run_offsite(work, ok, failed):
            self._busy(False)
            self.message.clear()

    def _upload_now(self) -> None:
        def work(offsite: OffsiteWork) -> UploadOutcome | None:
            return offsite.after_sync(True, force=True)

        def done(outcome: Any) -> None:
            if outcome is not None and outcome.outcome == "uploaded":
                self.message.setText(self.tr("The encrypted backup is on the server."))
            elif outcome is not None and outcome.error:
                self.message.setText(for_code(outcome.error))
            else:
                self.message.clear()

        self._run(work, done, self.tr("Backing up to the server…"))

    def _take_over_selected(self) -> None:
        item = self.incoming.currentItem()
        if item is None:
            return
        package_id = str(item.data(Qt.ItemDataRole.UserRole))

        def work(offsite: OffsiteWork) -> Received:
            return offsite.handovers.receive(offsite.handovers.download(package_id))

        self._run(work, self._taken_over, self.tr("Taking the family over…"))

    def _take_over_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Take over a family from a file"),
            "",
            self.tr("Handed-over families (*.package)"),
        )
        if not chosen:
            return
        path = Path(chosen)

        def work(offsite: OffsiteWork) -> Received:
            return offsite.handovers.receive(path)

        self._run(work, self._taken_over, self.tr("Taking the family over…"))

    def _taken_over(self, received: Any) -> None:
        self.message.setText(self.tr("The family is now on this laptop."))
        self.context.events.data_changed.emit()
        if isinstance(received, Received):
            self.context.events.family_opened.emit(UUID(received.family_id))
        if self.controller is not None:
            self.controller.refresh()


def install_offsite(window: Any) -> OffsiteBox:
    """Put the box on the Sync screen (the window calls this when it first makes that screen;
    the window itself opens the handover dialog when a family asks for it)."""
    box = OffsiteBox(window.context, window.sync_page)
    window.sync_page.layout().insertWidget(2, box)
    controller: SyncController = window.sync_controller
    box.attach(controller)
    window.offsite_box = box

    window.context.events.about_to_lock.connect(box.clear)
    return box
