"""The Sync screen: the state in plain words, "Sync now", what will be sent (exactly as it will
be uploaded), quarantined records with the server's reason, and enrolment of this laptop."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.security.codes import CodeError, parse_enrolment_code
from coach_app.sync import OutboxEntry
from coach_app.ui.context import UiContext
from coach_app.ui.enrolment_link_row import EnrolmentLinkRow
from coach_app.ui.messages import for_code_error
from coach_app.ui.record_sentences import describe, kind_label
from coach_app.ui.sync_controller import SyncController, SyncReport
from coach_app.ui.widgets import named, set_role

__all__ = ["SyncPage", "error_text", "reason_text"]

_Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


def error_text(code: str | None) -> str:
    """A sync problem in plain words."""
    texts = {
        "offline": QCoreApplication.translate(
            "Sync",
            "The server could not be reached. Nothing is lost: the records wait on this laptop and are sent when the network is back.",  # noqa: E501
        ),
        "timeout": QCoreApplication.translate(
            "Sync",
            "The server took too long to answer. Nothing is lost: the records are sent again later.",  # noqa: E501
        ),
        "server_error": QCoreApplication.translate(
            "Sync", "The server had a problem. Nothing is lost: the records are sent again later."
        ),
        "unexpected_answer": QCoreApplication.translate(
            "Sync",
            "The server answered unexpectedly (perhaps a network that asks you to sign in first). Nothing is lost: the records are sent again later.",  # noqa: E501
        ),
        "rate_limited": QCoreApplication.translate(
            "Sync", "The server is busy. Nothing is lost: the records are sent again later."
        ),
        "incompatible": QCoreApplication.translate(
            "Sync",
            "The server did not accept this laptop's requests; it may need an update. Nothing is lost: the records wait on this laptop. Please tell your project leader.",  # noqa: E501
        ),
        "revoked": QCoreApplication.translate(
            "Sync",
            "This laptop may no longer send records: its access was withdrawn. Ask your project leader for a new enrolment code and enrol again.",  # noqa: E501
        ),
        "enrolment_refused": QCoreApplication.translate(
            "Sync",
            "The enrolment code was not accepted. It may be mistyped, used already or expired.",
        ),
        "bad_url": QCoreApplication.translate(
            "Sync", "The server address must start with http:// or https://."
        ),
        "insecure_url": QCoreApplication.translate(
            "Sync",
            "The server address must start with https://. Plain http:// is only allowed to this computer itself.",  # noqa: E501
        ),
        "not_reconciled": QCoreApplication.translate(
            "Sync",
            "The server still holds something other than this laptop after sending again. Nothing is lost on this laptop; it tries again at the next sync. If this stays, please tell your project leader.",  # noqa: E501
        ),
    }
    if code is None:
        return ""
    return texts.get(
        code, QCoreApplication.translate("Sync", "Sync did not work this time. Nothing is lost.")
    )


def reason_text(reason: str) -> str:
    """The server's reason for refusing a record (as the sync engine stores it: a
    ``RejectReason`` of ``coach_protocol``, for ``invalid_record`` followed by ``": "`` and the
    field at fault; or ``handed_over``) in the user's words."""
    code, _, field = reason.partition(": ")
    if code == "invalid_record":
        text = (
            QCoreApplication.translate(
                "Sync", "The server found a value it cannot accept in the field %1."
            ).replace("%1", field)
            if field
            else QCoreApplication.translate("Sync", "The server found a value it cannot accept.")
        )
    elif code == "conflicting_payload":
        text = QCoreApplication.translate(
            "Sync", "The server already holds this version of the record with other contents."
        )
    elif code == "kind_mismatch":
        text = QCoreApplication.translate(
            "Sync", "The server holds this record as another kind of record."
        )
    elif code == "handed_over":
        text = QCoreApplication.translate(
            "Sync", "Held back: the family is being handed over to another laptop."
        )
    else:
        text = QCoreApplication.translate("Sync", "The server refused this record.")
    return text


class OutboxModel(QAbstractTableModel):
    """Outbox entries: the kind and version, what the record says in words, and (for refused
    records) the server's reason. ``RECORD_ROLE`` gives the record exactly as uploaded."""

    KIND, VERSION, WHAT = range(3)

    def __init__(self, *, show_reason: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[OutboxEntry, ...] = ()
        self._show_reason = show_reason

    def set_rows(self, rows: tuple[OutboxEntry, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def entry_at(self, row: int) -> OutboxEntry:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == RECORD_ROLE:
            return entry.payload
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == self.KIND:
            return kind_label(entry.kind)
        if index.column() == self.VERSION:
            return entry.version
        try:
            sentence = describe(entry.record)
        except ValueError:  # not JSON: show it as it is
            sentence = entry.payload
        if self._show_reason:
            return f"{sentence} — {reason_text(entry.reason)}" if entry.reason else sentence
        return sentence

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        last = (
            QCoreApplication.translate("Sync", "Record and the server's reason")
            if self._show_reason
            else QCoreApplication.translate("Sync", "What will be sent")
        )
        return (
            QCoreApplication.translate("Sync", "Kind"),
            QCoreApplication.translate("Sync", "Version"),
            last,
        )[section]


class SyncPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller: SyncController | None = None
        self._report: SyncReport | None = None

        self.title = QLabel()
        set_role(self.title, "page-title")
        self.status = named(QLabel(), "sync.status", "")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.now = named(QPushButton(), "sync.now", "")
        self.now.clicked.connect(self._sync_now)

        self.enrol_box = QGroupBox()
        self.enrol_url = named(QLineEdit(context.deployment.server_url), "sync.enrol_url", "")
        self.enrol_code = named(QLineEdit(), "sync.enrol_code", "")
        self.enrol_code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.enrol_button = named(QPushButton(), "sync.enrol", "")
        self.enrol_button.clicked.connect(self._enrol)
        self.enrol_code.returnPressed.connect(self._enrol)
        self.url_label, self.code_label = QLabel(), QLabel()
        form = QFormLayout(self.enrol_box)
        form.addRow(self.url_label, self.enrol_url)
        form.addRow(self.code_label, self.enrol_code)
        self.enrol_link = EnrolmentLinkRow(self.enrol_url, self.enrol_code)  # link or QR picture
        form.addRow("", self.enrol_link)
        form.addRow("", self.enrol_button)

        self.enrolled = named(QLabel(), "sync.enrolled", "")
        self.enrolled.setWordWrap(True)
        self.enrolled.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.enrolled, "notice")
        self.enrolled.hide()

        self.pending_label = QLabel()
        set_role(self.pending_label, "section")
        self.pending_model = OutboxModel(show_reason=False, parent=self)
        self.pending = named(QTableView(), "sync.pending", "")
        self.pending.setModel(self.pending_model)
        self.pending.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pending.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pending.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pending.setAlternatingRowColors(True)
        self.pending.setWordWrap(False)
        self.details = named(QPushButton(), "sync.details", "")
        self.details.setCheckable(True)
        self.record_json = named(QPlainTextEdit(), "sync.record_json", "")
        self.record_json.setReadOnly(True)
        self.record_json.setMaximumHeight(90)
        self.record_json.hide()
        self.details.toggled.connect(self._show_details)
        self.pending.selectionModel().selectionChanged.connect(self._show_selected_json)
        self.quarantine_label = QLabel()
        self.quarantine_model = OutboxModel(show_reason=True, parent=self)
        self.quarantine = named(QTableView(), "sync.quarantine", "")
        self.quarantine.setModel(self.quarantine_model)
        self.requeue = named(QPushButton(), "sync.requeue", "")
        self.requeue.clicked.connect(self._requeue)
        self.requeue.setEnabled(False)
        for view in (self.pending, self.quarantine):
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(OutboxModel.WHAT, QHeaderView.ResizeMode.Stretch)
            view.verticalHeader().setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.now, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addLayout(top)
        box.addWidget(self.enrolled)
        box.addWidget(self.enrol_box)
        sent = QHBoxLayout()
        sent.addWidget(self.pending_label, 1)
        sent.addWidget(self.details)
        box.addLayout(sent)
        box.addWidget(self.pending, 2)
        box.addWidget(self.record_json)
        refused = QHBoxLayout()
        refused.addWidget(self.quarantine_label, 1)
        refused.addWidget(self.requeue)
        box.addLayout(refused)
        box.addWidget(self.quarantine, 1)
        self.retranslate()

    # -- wiring ----------------------------------------------------------------------------
    def attach(self, controller: SyncController) -> None:
        self.controller = controller
        controller.report_ready.connect(self.show_report)
        controller.busy_changed.connect(self._busy)

    def _sync_now(self) -> None:
        if self.controller is not None:
            self.controller.sync_now(force=True)

    def _enrol(self) -> None:
        if self.controller is None:
            return
        try:  # as people type it: spaces, any dash, lower case (coach_app.security.codes)
            code = parse_enrolment_code(self.enrol_code.text())
        except CodeError as error:
            self.status.setText(for_code_error(error))
            return
        self.controller.enrol(self.enrol_url.text().strip(), code)

    def _requeue(self) -> None:
        if self.controller is not None:
            self.controller.requeue_quarantined()

    def _busy(self, busy: bool) -> None:
        self.now.setEnabled(not busy)
        self.enrol_button.setEnabled(not busy)
        quarantined = self._report is not None and bool(self._report.quarantined)
        self.requeue.setEnabled(not busy and quarantined)
        if busy:
            self.status.setText(self.tr("Sending…"))

    # -- Page ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Sync"))
        self.now.setText(self.tr("Sync now"))
        self.now.setAccessibleName(self.tr("Sync now"))
        self.status.setAccessibleName(self.tr("Sync status"))
        self.enrol_box.setTitle(self.tr("Enrol this laptop"))
        self.url_label.setText(self.tr("Server address"))
        self.code_label.setText(self.tr("Enrolment code"))
        self.enrol_url.setAccessibleName(self.tr("Server address"))
        self.enrol_code.setAccessibleName(self.tr("Enrolment code"))
        self.enrol_button.setText(self.tr("Enrol"))
        self.enrol_button.setAccessibleName(self.tr("Enrol"))
        self.pending_label.setText(self.tr("What will be sent (anonymised: no names, no notes)"))
        self.pending.setAccessibleName(self.tr("What will be sent"))
        self.details.setText(self.tr("Details"))
        self.details.setAccessibleName(self.tr("Show the selected record exactly as it is sent"))
        self.details.setToolTip(self.tr("Show the selected record exactly as it is sent"))
        self.record_json.setAccessibleName(self.tr("The selected record as it is sent"))
        self.record_json.setPlaceholderText(
            self.tr("Choose a record above to see it exactly as it is sent.")
        )
        self.quarantine_label.setText(self.tr("Records the server refused"))
        self.quarantine.setAccessibleName(self.tr("Records the server refused"))
        self.requeue.setText(self.tr("Send refused records again"))
        self.requeue.setAccessibleName(self.tr("Send refused records again"))
        if self._report is not None:
            self.show_report(self._report)

    def refresh(self) -> None:
        if self.controller is not None:
            self.controller.refresh()

    def clear(self) -> None:
        self._report = None
        self.pending_model.set_rows(())
        self.quarantine_model.set_rows(())
        self.requeue.setEnabled(False)
        self.status.clear()
        self.enrolled.clear()
        self.enrolled.hide()
        self.record_json.clear()
        self.enrol_code.clear()

    # -- details ---------------------------------------------------------------------------
    def _show_details(self, shown: bool) -> None:
        self.record_json.setVisible(shown)
        self._show_selected_json()

    def _show_selected_json(self, *_: object) -> None:
        rows = self.pending.selectionModel().selectedRows()
        if not rows and self.pending_model.rowCount():
            self.record_json.setPlainText(
                str(self.pending_model.index(0, 0).data(RECORD_ROLE) or "")
            )
            return
        self.record_json.setPlainText(str(rows[0].data(RECORD_ROLE) or "") if rows else "")

    # -- the report ------------------------------------------------------------------------
    def show_report(self, report: SyncReport) -> None:
        self._report = report
        self.pending_model.set_rows(report.pending)
        self.quarantine_model.set_rows(report.quarantined)
        busy = self.controller is not None and self.controller.busy
        self.requeue.setEnabled(bool(report.quarantined) and not busy)
        self.status.setText(self.status_text(report))
        status = report.status
        self.enrol_box.setVisible(not status.enrolled or status.revoked)
        self.enrolled.setVisible(status.enrolled and not status.revoked)
        if status.enrolled and not status.revoked:
            text = self.tr("This laptop is enrolled with the server %1.").replace(
                "%1", status.server_url or "—"
            )
            if report.enrolment is not None and report.enrolment.ok:
                text = self.tr("Enrolled. This laptop now sends to the server %1.").replace(
                    "%1", status.server_url or "—"
                )
            self.enrolled.setText(text)
        self._show_selected_json()

    def status_text(self, report: SyncReport) -> str:
        status = report.status
        lines: list[str] = []
        if report.enrolment is not None and not report.enrolment.ok:
            lines.append(error_text(report.enrolment.error))
        if status.revoked:
            lines.append(error_text("revoked"))
        elif not status.enrolled:
            lines.append(
                self.tr(
                    "This laptop is not enrolled yet. Enter the server address and an enrolment code from your project leader."  # noqa: E501
                )
            )
        lines.append(self.tr("%n record(s) waiting to be sent.", "", status.pending))
        if status.rejected:
            lines.append(
                self.tr("%n record(s) refused by the server (see below).", "", status.rejected)
            )
        if status.last_success_at is not None:
            local = status.last_success_at.astimezone()
            when = QLocale().toString(
                QDateTime(
                    QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
                ),
                QLocale.FormatType.ShortFormat,
            )
            lines.append(self.tr("Last successful sync: %1").replace("%1", when))
        else:
            lines.append(self.tr("Nothing has been sent yet."))
        if status.last_error and not status.revoked:
            lines.append(self.tr("Last problem: %1").replace("%1", error_text(status.last_error)))
        return "\n".join(lines)


def install_sync(window: Any) -> SyncController:
    """The window's sync thread: the window starts it on unlock (and attaches its Sync screen
    when it makes it); it stops before lock and at exit."""
    controller = SyncController(window.context.workspace, parent=window)
    window.context.events.about_to_lock.connect(controller.stop)
    window.destroyed.connect(controller.stop)
    return controller
