"""First run: language, a passphrase with strength feedback, and the recovery code shown once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach_app.i18n import LANGUAGES
from coach_app.passphrase import MIN_LENGTH
from coach_app.ui.passphrase_widgets import (
    CapsLockWarning,
    StrengthLabel,
    add_show_hide,
    retranslate_show_hide,
)
from coach_app.ui.recovery_sheet import print_recovery_sheet, save_recovery_sheet
from coach_app.ui.widgets import centred, named, set_role

MIN_PASSPHRASE_LENGTH = MIN_LENGTH  # kept for callers; the rule is coach_app.passphrase


class SetupPage(QWidget):
    language_chosen = Signal(str)
    create_requested = Signal(str)
    leader_requested = Signal()
    restore_requested = Signal()  # a new laptop replacing one: restore from the server
    finished = Signal()

    def __init__(
        self, language: str, organisation: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.organisation = organisation  # printed on the recovery sheet
        self.pages = QStackedWidget()

        # Page 1: language and passphrase.
        self.title = QLabel()
        set_role(self.title, "page-title")
        self.language = named(QComboBox(), "setup.language", "")
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.passphrase = named(QLineEdit(), "setup.passphrase", "")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_passphrase = add_show_hide(self.passphrase)
        self.caps_lock = CapsLockWarning(self.passphrase, "setup.caps_lock")
        self.confirm = named(QLineEdit(), "setup.passphrase_confirm", "")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = StrengthLabel("setup.strength")
        if organisation:
            self.strength.set_user_inputs(organisation.split())
        self.error = QLabel()
        self.error.setObjectName("setup.error")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self._error_text: Callable[[], str] | None = None  # the error again, in a new language
        self.create_button = named(QPushButton(), "setup.create", "")
        self.create_button.setDefault(True)
        self._language_label = QLabel()
        self._language_label.setBuddy(self.language)
        self._passphrase_label = QLabel()
        self._passphrase_label.setBuddy(self.passphrase)
        self._confirm_label = QLabel()
        self._confirm_label.setBuddy(self.confirm)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self._language_label, self.language)
        form.addRow(self._passphrase_label, self.passphrase)
        form.addRow("", self.caps_lock)
        form.addRow("", self.strength)
        form.addRow(self._confirm_label, self.confirm)
        first = QWidget()
        box = QVBoxLayout(first)
        box.addWidget(self.title)
        box.addWidget(self._intro)
        box.addLayout(form)
        box.addWidget(self.create_button, alignment=Qt.AlignmentFlag.AlignRight)
        box.addWidget(self.error)
        self.restore_button = named(QPushButton(), "setup.restore", "")
        self.restore_button.setFlat(True)
        self.restore_button.clicked.connect(self.restore_requested)
        box.addWidget(self.restore_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.leader_button = named(QPushButton(), "setup.leader_mode", "")
        self.leader_button.setFlat(True)
        self.leader_button.clicked.connect(self.leader_requested)
        box.addWidget(self.leader_button, alignment=Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)

        # Page 2: the recovery code, shown once.
        self.code_title = QLabel()
        set_role(self.code_title, "page-title")
        self.code_explanation = QLabel()
        self.code_explanation.setWordWrap(True)
        self.recovery_code = QLabel()
        self.recovery_code.setObjectName("setup.recovery_code")
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(16)
        self.recovery_code.setFont(mono)
        self.recovery_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = named(QPushButton(), "setup.recovery_print", "")
        self.pdf_button = named(QPushButton(), "setup.recovery_pdf", "")
        self.sheet_message = QLabel()
        self.sheet_message.setObjectName("setup.recovery_sheet_message")
        self.sheet_message.setWordWrap(True)
        sheet_buttons = QHBoxLayout()
        sheet_buttons.addWidget(self.print_button)
        sheet_buttons.addWidget(self.pdf_button)
        sheet_buttons.addStretch(1)
        self.written_down = named(QCheckBox(), "setup.recovery_confirmed", "")
        self.continue_button = named(QPushButton(), "setup.continue", "")
        self.continue_button.setEnabled(False)
        second = QWidget()
        box2 = QVBoxLayout(second)
        box2.addWidget(self.code_title)
        box2.addWidget(self.code_explanation)
        box2.addWidget(self.recovery_code)
        box2.addLayout(sheet_buttons)
        box2.addWidget(self.sheet_message)
        box2.addWidget(self.written_down)
        box2.addWidget(self.continue_button, alignment=Qt.AlignmentFlag.AlignRight)
        box2.addStretch(1)

        self.pages.addWidget(first)
        self.pages.addWidget(second)
        centred(self, self.pages, 640)

        self.language.currentIndexChanged.connect(self._language_changed)
        self.passphrase.textChanged.connect(self._update_strength)
        self.create_button.clicked.connect(self._submit)
        self.confirm.returnPressed.connect(self._submit)
        self.written_down.toggled.connect(self.continue_button.setEnabled)
        self.print_button.clicked.connect(self._print_code)
        self.pdf_button.clicked.connect(self._save_code)
        self.continue_button.clicked.connect(self._finish)
        self.retranslate()

    def retranslate(self) -> None:
        self.restore_button.setText(self.tr("Replacing a laptop? Restore from the server"))
        self.restore_button.setAccessibleName(self.tr("Restore from the server"))
        self.leader_button.setText(self.tr("Project leader? Sign in to the server"))
        self.leader_button.setAccessibleName(self.tr("Project leader sign-in"))
        self.title.setText(self.tr("Welcome to Coach Companion"))
        self._intro.setText(
            self.tr(
                "Everything you record stays on this laptop, encrypted with your passphrase. "
                "Choose a passphrase of at least %1 characters that only you know."
            ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
        )
        self._language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self._passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self._confirm_label.setText(self.tr("&Repeat passphrase:"))
        self.confirm.setAccessibleName(self.tr("Repeat passphrase"))
        retranslate_show_hide(self.show_passphrase)
        self.caps_lock.retranslate()
        self.create_button.setText(self.tr("Create"))
        self.create_button.setAccessibleName(self.tr("Create"))
        self.code_title.setText(self.tr("Your recovery code"))
        self.code_explanation.setText(
            self.tr(
                "If you forget your passphrase, this code opens your data. It is shown only "
                "now. Write it down and keep it somewhere safe, away from this laptop."
            )
        )
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the recovery code as PDF"))
        self.written_down.setText(self.tr("I have written down the recovery code"))
        self.written_down.setAccessibleName(self.tr("I have written down the recovery code"))
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self._update_strength(self.passphrase.text())
        self.error.setText(self._error_text() if self._error_text is not None else "")

    def _set_error(self, text: Callable[[], str] | None, *, role: str = "error") -> None:
        """A message under the form: an error (red), or with ``role="hint"`` word that the
        app is working (quiet grey, not an alarm)."""
        self._error_text = text
        if self.error.property("role") != role:
            set_role(self.error, role)
        self.error.setText(text() if text is not None else "")

    def _language_changed(self) -> None:
        self.language_chosen.emit(str(self.language.currentData()))

    def _update_strength(self, text: str) -> None:
        self.strength.show_for(text)

    def _submit(self) -> None:
        text = self.passphrase.text()
        if len(text) < MIN_PASSPHRASE_LENGTH:
            self._set_error(
                lambda: self.tr("The passphrase needs at least %1 characters.").replace(
                    "%1", str(MIN_PASSPHRASE_LENGTH)
                )
            )
            return
        strength = self.strength.show_for(text)
        if strength is None or not strength.acceptable:
            self._set_error(
                lambda: self.tr(
                    "This passphrase is easy to guess. Choose a stronger one: see the advice."
                )
            )
            return
        if text != self.confirm.text():
            self._set_error(lambda: self.tr("The two passphrases are not the same."))
            return
        self._set_error(lambda: self.tr("Setting up encryption…"), role="hint")
        self.create_button.setEnabled(False)
        self.create_requested.emit(text)

    def show_error(self, message: str) -> None:
        self.create_button.setEnabled(True)
        self._set_error(lambda: message)

    def show_recovery_code(self, code: str) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        self.recovery_code.setText(code)
        self.pages.setCurrentIndex(1)

    def _print_code(self) -> None:
        message = print_recovery_sheet(self, self.recovery_code.text(), self.organisation)
        if message is not None:
            self.sheet_message.setText(message)

    def _save_code(self) -> None:
        message = save_recovery_sheet(self, self.recovery_code.text(), self.organisation)
        if message is not None:
            self.sheet_message.setText(message)

    def _finish(self) -> None:
        self.recovery_code.clear()
        self.sheet_message.clear()
        self.finished.emit()
