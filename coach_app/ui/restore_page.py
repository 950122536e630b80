"""First run on a new laptop: "Restore from the server" (docs/decisions/0012).

Step 1: the server address and an enrolment code from the project leader that names the laptop
being replaced; the newest encrypted backup of that laptop is downloaded and checked.
Step 2: the recovery code and a new passphrase; the backup is opened, checked and restored,
and the laptop continues as the replaced one. A wrong recovery code can be typed again without
a new enrolment code. The work runs off the GUI thread (``Operations``). IT staff with the
organisation's key use ``coach-app recover --from-server`` instead. Object names: ``restore.*``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach_app.offsite.client import OffsiteError
from coach_app.offsite.restore import RestoreProblem, ServerBackup, ServerRestore
from coach_app.passphrase import MIN_LENGTH
from coach_app.security import BackupCorrupt, WrongRecoveryCode
from coach_app.security.codes import CodeError
from coach_app.ui import messages
from coach_app.ui.context import UiContext
from coach_app.ui.offsite_messages import for_code, size_text
from coach_app.ui.passphrase_widgets import (
    CapsLockWarning,
    StrengthLabel,
    add_show_hide,
    retranslate_show_hide,
)
from coach_app.ui.sync_page import error_text
from coach_app.ui.widgets import centred, message_label, named, set_role

if TYPE_CHECKING:
    import httpx

__all__ = ["RestorePage"]


class RestorePage(QWidget):
    """``restored(new recovery code)`` once the data is back and unlocked; ``back`` to the
    first-run page."""

    restored = Signal(str)
    back = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.restore: ServerRestore | None = None
        self.found: ServerBackup | None = None
        #: The HTTP transport (None: the network); tests and screenshots use the server's own.
        self.transport: httpx.BaseTransport | None = None
        self.pages = QStackedWidget()

        # Step 1: where from.
        self.title = QLabel()
        set_role(self.title, "page-title")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.server_url = named(QLineEdit(context.deployment.server_url), "restore.server_url", "")
        self.code = named(QLineEdit(), "restore.enrolment_code", "")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.url_label, self.code_label = QLabel(), QLabel()
        self.url_label.setBuddy(self.server_url)
        self.code_label.setBuddy(self.code)
        self.connect_button = named(QPushButton(), "restore.connect", "")
        self.connect_button.setDefault(True)
        self.back_button = named(QPushButton(), "restore.back", "")
        self.back_button.setFlat(True)
        self.message = message_label("restore.message")
        set_role(self.message, "error")
        form = QFormLayout()
        form.addRow(self.url_label, self.server_url)
        form.addRow(self.code_label, self.code)
        first = QWidget()
        column = QVBoxLayout(first)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addLayout(form)
        column.addWidget(self.connect_button, alignment=Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.message)
        column.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)

        # Step 2: open it.
        self.found_label = named(QLabel(), "restore.found", "")
        self.found_label.setWordWrap(True)
        self.recovery = named(QLineEdit(), "restore.recovery_code", "")
        self.passphrase = named(QLineEdit(), "restore.passphrase", "")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_passphrase = add_show_hide(self.passphrase)
        self.caps_lock = CapsLockWarning(self.passphrase, "restore.caps_lock")
        self.strength = StrengthLabel("restore.strength")
        self.confirm = named(QLineEdit(), "restore.passphrase_confirm", "")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery_label, self.passphrase_label, self.confirm_label = (
            QLabel(),
            QLabel(),
            QLabel(),
        )
        self.recovery_label.setBuddy(self.recovery)
        self.passphrase_label.setBuddy(self.passphrase)
        self.confirm_label.setBuddy(self.confirm)
        self.restore_button = named(QPushButton(), "restore.restore", "")
        self.restore_button.setDefault(True)
        self.it_note = QLabel()
        self.it_note.setWordWrap(True)
        self.error = message_label("restore.error")
        set_role(self.error, "error")
        form2 = QFormLayout()
        form2.addRow(self.recovery_label, self.recovery)
        form2.addRow(self.passphrase_label, self.passphrase)
        form2.addRow("", self.caps_lock)
        form2.addRow("", self.strength)
        form2.addRow(self.confirm_label, self.confirm)
        second = QWidget()
        column2 = QVBoxLayout(second)
        column2.addWidget(self.found_label)
        column2.addLayout(form2)
        column2.addWidget(self.restore_button, alignment=Qt.AlignmentFlag.AlignRight)
        column2.addWidget(self.error)
        column2.addWidget(self.it_note)
        column2.addStretch(1)

        self.pages.addWidget(first)
        self.pages.addWidget(second)
        centred(self, self.pages, 640)
        self.connect_button.clicked.connect(self._connect)
        self.code.returnPressed.connect(self._connect)
        self.back_button.clicked.connect(self._back)
        self.restore_button.clicked.connect(self._restore)
        self.confirm.returnPressed.connect(self._restore)
        self.passphrase.textChanged.connect(self.strength.show_for)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Restore from the server"))
        self.intro.setText(
            self.tr(
                "Use this on a new laptop that replaces a lost, stolen or broken one. Your project "
                "leader gives you an enrolment code for the laptop you replace; you also need "
                "your recovery code. The server keeps only an encrypted copy it cannot read."
            )
        )
        self.url_label.setText(self.tr("&Server address:"))
        self.server_url.setAccessibleName(self.tr("Server address"))
        self.code_label.setText(self.tr("&Enrolment code:"))
        self.code.setAccessibleName(self.tr("Enrolment code"))
        self.connect_button.setText(self.tr("Find my backup"))
        self.connect_button.setAccessibleName(self.tr("Find my backup"))
        self.back_button.setText(self.tr("← Set up a new, empty laptop instead"))
        self.back_button.setAccessibleName(self.tr("Back to setting up a new laptop"))
        self.recovery_label.setText(self.tr("&Recovery code:"))
        self.recovery.setAccessibleName(self.tr("Recovery code"))
        self.passphrase_label.setText(self.tr("&New passphrase:"))
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.confirm_label.setText(self.tr("Re&peat passphrase:"))
        self.confirm.setAccessibleName(self.tr("Repeat passphrase"))
        retranslate_show_hide(self.show_passphrase)
        self.caps_lock.retranslate()
        self.restore_button.setText(self.tr("Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore"))
        self.it_note.setText(
            self.tr(
                "Recovery code lost? IT staff can restore this laptop with the organisation's key "
                "(coach-app recover --from-server)."
            )
        )
        self.strength.show_for(self.passphrase.text())
        if self.found is not None:
            self._show_found(self.found)

    def reset(self) -> None:
        """Back to step 1 with nothing typed; the download (ciphertext) is removed."""
        if self.restore is not None:
            self.restore.discard()
        self.restore = None
        self.found = None
        for field in (self.code, self.recovery, self.passphrase, self.confirm):
            field.clear()
        self.message.clear()
        self.error.clear()
        self.found_label.clear()
        self.connect_button.setEnabled(True)
        self.restore_button.setEnabled(True)
        self.pages.setCurrentIndex(0)

    def _back(self) -> None:
        self.reset()
        self.back.emit()

    # -- step 1 ----------------------------------------------------------------------------
    def _connect(self) -> None:
        url, code = self.server_url.text().strip(), self.code.text()
        if not url:
            self.message.setText(self.tr("Enter the server address."))
            return
        if self.restore is not None:
            self.restore.discard()
        restore = ServerRestore(
            self.context.workspace.folder,
            transport=self.transport,
            time_zone=self.context.deployment.time_zone,
        )
        self.restore = restore
        self.connect_button.setEnabled(False)
        self.message.setText(self.tr("Downloading the encrypted backup…"))

        def done(found: Any) -> None:
            if self.restore is not restore:
                return
            self.connect_button.setEnabled(True)
            self.found = found
            self.message.clear()
            self._show_found(found)
            self.pages.setCurrentIndex(1)
            self.recovery.setFocus()

        def failed(exc: BaseException) -> None:
            if self.restore is not restore:
                return
            self.connect_button.setEnabled(True)
            self.message.setText(self.explain(exc))

        self.context.operations.run(lambda: restore.connect(url, code), done, failed)

    def _show_found(self, found: ServerBackup) -> None:
        when = found.completed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.found_label.setText(
            self.tr(
                "Found the encrypted backup of %1 (%2). Type your recovery code and choose a new "
                "passphrase for this laptop."
            )
            .replace("%1", when)
            .replace("%2", size_text(found.size))
        )

    # -- step 2 ----------------------------------------------------------------------------
    def _restore(self) -> None:
        restore = self.restore
        if restore is None:
            return
        text = self.passphrase.text()
        strength = self.strength.show_for(text)
        if len(text) < MIN_LENGTH:
            self.error.setText(
                self.tr("The passphrase needs at least %1 characters.").replace(
                    "%1", str(MIN_LENGTH)
                )
            )
            return
        if strength is None or not strength.acceptable:
            self.error.setText(
                self.tr("This passphrase is easy to guess. Choose a stronger one: see the advice.")
            )
            return
        if text != self.confirm.text():
            self.error.setText(self.tr("The two passphrases are not the same."))
            return
        code = self.recovery.text()
        workspace = self.context.workspace
        self.restore_button.setEnabled(False)
        self.error.setText(self.tr("Opening and checking the backup…"))

        def work() -> str:
            restored, new_code = restore.finish(text, recovery_code=code, workspace=workspace)
            del restored  # the app's own workspace, now unlocked
            return new_code

        def done(new_code: Any) -> None:
            self.restore_button.setEnabled(True)
            for field in (self.code, self.recovery, self.passphrase, self.confirm):
                field.clear()
            self.error.clear()
            self.restore = None
            self.found = None
            self.pages.setCurrentIndex(0)
            self.restored.emit(str(new_code))

        def failed(exc: BaseException) -> None:
            self.restore_button.setEnabled(True)
            self.error.setText(self.explain(exc))

        self.context.operations.run(work, done, failed)

    def explain(self, exc: BaseException) -> str:
        """A failure of restoring in plain words (nothing was changed on this laptop)."""
        if isinstance(exc, CodeError):
            return messages.for_code_error(exc)
        if isinstance(exc, RestoreProblem):
            if exc.code == "no_backup":
                return self.tr(
                    "The server has no backup of the laptop this code names. Ask your project "
                    "leader for a code for the laptop you replace (not for a new one)."
                )
            if exc.code == "enrolment_refused":
                return self.tr(
                    "The enrolment code was not accepted. It may be mistyped, used already or "
                    "expired; ask your project leader for a new one."
                )
            return error_text(exc.code)
        if isinstance(exc, WrongRecoveryCode) and exc.malformed is None and not exc.typo:
            return self.tr(
                "This recovery code does not open this backup. Use the recovery code of the "
                "laptop you replace (the newest one, if you made a new one). Nothing was changed."
            )
        if isinstance(exc, BackupCorrupt):
            return self.tr(
                "The backup is damaged, incomplete or was changed, so it was refused. Nothing was "
                "changed on this laptop. Try again; if it happens again, tell your project leader."
            )
        if isinstance(exc, OffsiteError):
            return for_code(exc.code)
        return messages.for_error(exc)
