"""Forgot the passphrase: unlock with the recovery code, choose a new passphrase, and (offered)
a new recovery code. Three steps on one page; the window runs the slow parts in the background.

Step 1 takes the code as people type or paste it (``coach_app.security.codes``: any case,
spaces, dashes, line breaks, look-alikes) and counts the characters as they go. Step 2 asks for
a new passphrase with the same rules as the first run (zxcvbn, ``coach_app.passphrase``); it
cannot be skipped. Step 3 offers a new recovery code (the used one may have been seen).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach_app.security.codes import RECOVERY_CODE, CodeError, parse_code, symbol_count
from coach_app.ui import messages
from coach_app.ui.messages import for_code_error
from coach_app.ui.passphrase_widgets import (
    CapsLockWarning,
    StrengthLabel,
    add_show_hide,
    retranslate_show_hide,
)
from coach_app.ui.recovery_sheet import print_recovery_sheet, save_recovery_sheet
from coach_app.ui.widgets import message_label, named, secret_field, set_role

CODE_STEP, PASSPHRASE_STEP, NEW_CODE_STEP = range(3)


def _title() -> QLabel:
    label = QLabel()
    set_role(label, "page-title")  # as the first-run and unlock pages' titles
    label.setWordWrap(True)
    return label


_ERROR_STYLE = "color: #b00020;"
_WORKING_STYLE = "color: #4b5563;"


def _error_label(name: str) -> QLabel:
    label = message_label(name)
    label.setStyleSheet(_ERROR_STYLE)
    return label


def _error(label: QLabel, text: str) -> None:
    label.setStyleSheet(_ERROR_STYLE)
    label.setText(text)


def _working(label: QLabel, text: str) -> None:
    """Word that the app is working, in quiet grey (the label turns red again for an error)."""
    label.setStyleSheet(_WORKING_STYLE)
    label.setText(text)


class RecoveryPage(QWidget):
    code_entered = Signal(str)  # unlock with this recovery code
    passphrase_chosen = Signal(str)  # set after the recovery unlock
    new_code_requested = Signal()
    finished = Signal()  # on to the coach's data
    back_requested = Signal()  # to the unlock screen

    def __init__(self, organisation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = organisation
        self.steps = QStackedWidget()

        # Step 1: the code.
        self.code_title = _title()
        self.code_intro = message_label("recovery.intro")
        self.code = named(QPlainTextEdit(), "recovery.code", "")
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(13)
        self.code.setFont(mono)
        self.code.setTabChangesFocus(True)
        self.code.installEventFilter(self)  # Enter unlocks once the code is complete
        self.code.setFixedHeight(self.code.fontMetrics().lineSpacing() * 3 + 16)
        self.code_count = message_label("recovery.count")
        self.code_error = _error_label("recovery.error")
        self.back_button = named(QPushButton(), "recovery.back", "")
        self.code_submit = named(QPushButton(), "recovery.submit", "")
        self.code_submit.setDefault(True)
        first = QWidget()
        box = QVBoxLayout(first)
        box.addWidget(self.code_title)
        box.addWidget(self.code_intro)
        box.addWidget(self.code)
        box.addWidget(self.code_count)
        box.addWidget(self.code_error)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.code_submit)
        box.addLayout(row)
        box.addStretch(1)

        # Step 2: a new passphrase.
        self.passphrase_title = _title()
        self.passphrase_intro = message_label("recovery.passphrase_intro")
        self.passphrase = secret_field("recovery.passphrase")
        self.show_passphrase = add_show_hide(self.passphrase)
        self.caps = CapsLockWarning(self.passphrase, "recovery.caps_lock")
        self.strength = StrengthLabel("recovery.strength")
        self.confirm = secret_field("recovery.passphrase_confirm")
        self.passphrase_error = _error_label("recovery.passphrase_error")
        self.passphrase_submit = named(QPushButton(), "recovery.set_passphrase", "")
        self._passphrase_label = QLabel()
        self._passphrase_label.setBuddy(self.passphrase)
        self._confirm_label = QLabel()
        self._confirm_label.setBuddy(self.confirm)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._passphrase_label, self.passphrase)
        form.addRow("", self.caps)
        form.addRow("", self.strength)
        form.addRow(self._confirm_label, self.confirm)
        second = QWidget()
        box2 = QVBoxLayout(second)
        box2.addWidget(self.passphrase_title)
        box2.addWidget(self.passphrase_intro)
        box2.addLayout(form)
        box2.addWidget(self.passphrase_error)
        box2.addWidget(self.passphrase_submit, alignment=Qt.AlignmentFlag.AlignRight)
        box2.addStretch(1)

        # Step 3: a new recovery code, offered.
        self.new_code_title = _title()
        self.new_code_intro = message_label("recovery.new_code_intro")
        self.make_code = named(QPushButton(), "recovery.make_new_code", "")
        self.keep_code = named(QPushButton(), "recovery.keep_code", "")
        self.new_code = QLabel()
        self.new_code.setObjectName("recovery.new_code")
        big = QFont(mono)
        big.setPointSize(16)
        self.new_code.setFont(big)
        self.new_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = named(QPushButton(), "recovery.print", "")
        self.pdf_button = named(QPushButton(), "recovery.pdf", "")
        self.sheet_message = message_label("recovery.sheet_message")
        self.written_down = named(QCheckBox(), "recovery.written_down", "")
        self.continue_button = named(QPushButton(), "recovery.continue", "")
        self.new_code_error = _error_label("recovery.new_code_error")
        third = QWidget()
        box3 = QVBoxLayout(third)
        box3.addWidget(self.new_code_title)
        box3.addWidget(self.new_code_intro)
        choice = QHBoxLayout()
        choice.addWidget(self.make_code)
        choice.addWidget(self.keep_code)
        choice.addStretch(1)
        box3.addLayout(choice)
        box3.addWidget(self.new_code)
        sheet = QHBoxLayout()
        sheet.addWidget(self.print_button)
        sheet.addWidget(self.pdf_button)
        sheet.addStretch(1)
        box3.addLayout(sheet)
        box3.addWidget(self.sheet_message)
        box3.addWidget(self.written_down)
        box3.addWidget(self.new_code_error)
        box3.addWidget(self.continue_button, alignment=Qt.AlignmentFlag.AlignRight)
        box3.addStretch(1)

        for step in (first, second, third):
            self.steps.addWidget(step)
        self.steps.setFixedWidth(560)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.steps, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.code.textChanged.connect(self._count)
        self.code_submit.clicked.connect(self._submit_code)
        self.back_button.clicked.connect(self.back_requested)
        self.passphrase.textChanged.connect(self.strength.show_for)
        self.passphrase_submit.clicked.connect(self._submit_passphrase)
        self.confirm.returnPressed.connect(self._submit_passphrase)
        self.make_code.clicked.connect(self._make_code)
        self.keep_code.clicked.connect(self.finished)
        self.written_down.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.retranslate()
        self.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the code field unlocks once all its characters are typed; before that it
        starts a new line (the printed sheet has the code on two lines)."""
        if (
            watched is self.code
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            and symbol_count(self.code.toPlainText()) >= RECOVERY_CODE.length
        ):
            if self.code_submit.isEnabled():
                self._submit_code()
            return True
        return super().eventFilter(watched, event)

    # -- texts -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        # The window does not retranslate this page itself: a language chosen on the first-run
        # page (or in Settings) reaches it as LanguageChange.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.code_title.setText(self.tr("Unlock with your recovery code"))
        self.code_intro.setText(
            self.tr(
                "Type the recovery code from the sheet you printed or wrote down when you set "
                "up Coach Companion: 32 characters in 8 groups. Capitals, spaces and dashes do "
                "not matter."
            )
        )
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the passphrase"))
        self.code_submit.setText(self.tr("Unlock"))
        self.code_submit.setAccessibleName(self.tr("Unlock with the recovery code"))
        self.passphrase_title.setText(self.tr("Choose a new passphrase"))
        self.passphrase_intro.setText(
            self.tr(
                "Your data is open. Choose a new passphrase now: it opens your data from now "
                "on. Several words that belong together only for you work well."
            )
        )
        self._passphrase_label.setText(self.tr("&New passphrase:"))
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self._confirm_label.setText(self.tr("&Repeat it:"))
        self.confirm.setAccessibleName(self.tr("Repeat the new passphrase"))
        retranslate_show_hide(self.show_passphrase)
        self.caps.retranslate()
        self.strength.show_for(self.passphrase.text())
        self.passphrase_submit.setText(self.tr("Set the new passphrase"))
        self.passphrase_submit.setAccessibleName(self.tr("Set the new passphrase"))
        self.new_code_title.setText(self.tr("A new recovery code?"))
        self.new_code_intro.setText(
            self.tr(
                "Your new passphrase is set. The recovery code you used still works. If anyone "
                "else may have seen it, make a new one: the old one then stops working."
            )
        )
        self.make_code.setText(self.tr("Make a new recovery code"))
        self.make_code.setAccessibleName(self.tr("Make a new recovery code"))
        self.keep_code.setText(self.tr("Keep the current code"))
        self.keep_code.setAccessibleName(self.tr("Keep the current code"))
        self.new_code.setAccessibleName(self.tr("New recovery code"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the recovery code as PDF"))
        self.written_down.setText(self.tr("I have written down the new recovery code"))
        self.written_down.setAccessibleName(self.tr("I have written down the new recovery code"))
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self._count()

    # -- step 1 ----------------------------------------------------------------------------
    def _count(self) -> None:
        typed = symbol_count(self.code.toPlainText())
        if not typed:
            self.code_count.clear()
            return
        self.code_count.setText(
            self.tr("%1 of %2 characters")
            .replace("%1", str(typed))
            .replace("%2", str(RECOVERY_CODE.length))
        )

    def _submit_code(self) -> None:
        text = self.code.toPlainText()
        try:
            parse_code(text, RECOVERY_CODE)
        except CodeError as error:
            _error(self.code_error, for_code_error(error))
            return
        self.set_busy(True)
        _working(self.code_error, self.tr("Unlocking…"))
        self.code_entered.emit(text)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.code, self.code_submit, self.passphrase_submit, self.make_code):
            widget.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        """A failure of the current step, in words."""
        self.set_busy(False)
        label = {
            CODE_STEP: self.code_error,
            PASSPHRASE_STEP: self.passphrase_error,
            NEW_CODE_STEP: self.new_code_error,
        }[self.steps.currentIndex()]
        _error(label, message)

    # -- step 2 ----------------------------------------------------------------------------
    def ask_for_passphrase(self) -> None:
        self.set_busy(False)
        self.code.clear()
        self.code_error.clear()
        self.steps.setCurrentIndex(PASSPHRASE_STEP)
        self.passphrase.setFocus()

    def _submit_passphrase(self) -> None:
        text = self.passphrase.text()
        strength = self.strength.show_for(text)
        if strength is None or not strength.acceptable:
            _error(
                self.passphrase_error,
                self.tr("Choose a stronger passphrase: see the advice under it."),
            )
            return
        if text != self.confirm.text():
            _error(self.passphrase_error, self.tr("The two passphrases are not the same."))
            return
        _working(self.passphrase_error, self.tr("Setting the new passphrase…"))
        self.set_busy(True)
        self.passphrase_chosen.emit(text)

    # -- step 3 ----------------------------------------------------------------------------
    def offer_new_code(self) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.confirm.clear()
        self.passphrase_error.clear()
        self.steps.setCurrentIndex(NEW_CODE_STEP)
        for widget in (self.new_code, self.print_button, self.pdf_button, self.written_down):
            widget.hide()
        self.continue_button.hide()
        self.make_code.show()
        self.keep_code.show()
        self.make_code.setFocus()

    def _make_code(self) -> None:
        self.set_busy(True)
        self.new_code_requested.emit()

    def show_new_code(self, code: str) -> None:
        self.set_busy(False)
        self.make_code.hide()
        self.keep_code.hide()
        self.new_code.setText(code)
        for widget in (self.new_code, self.print_button, self.pdf_button, self.written_down):
            widget.show()
        self.written_down.setChecked(False)
        self.continue_button.setEnabled(False)
        self.continue_button.show()

    def _print(self) -> None:
        message = print_recovery_sheet(self, self.new_code.text(), self.organisation)
        if message is not None:
            self.sheet_message.setText(message)

    def _save_pdf(self) -> None:
        message = save_recovery_sheet(self, self.new_code.text(), self.organisation)
        if message is not None:
            self.sheet_message.setText(message)

    def _continue(self) -> None:
        self.finished.emit()

    # -- clearing --------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to step 1 with every field empty (also on lock)."""
        self.set_busy(False)
        for field in (self.code,):
            field.clear()
        for line in (self.passphrase, self.confirm):
            line.clear()
        self.show_passphrase.setChecked(False)
        for label in (
            self.code_error,
            self.passphrase_error,
            self.new_code_error,
            self.new_code,
            self.sheet_message,
            self.strength,
        ):
            label.clear()
        self.written_down.setChecked(False)
        self.steps.setCurrentIndex(CODE_STEP)

    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    def passphrase_field(self) -> QLineEdit:
        return self.passphrase


def install_recovery(window: Any) -> RecoveryPage:
    """Add the recovery steps to the main window's stack and wire them to its workspace (the
    window makes them when the unlock screen's "forgot" link is first used, and shows them).

    ``window`` is the ``MainWindow`` (not imported here, to keep the import graph acyclic): its
    ``stack``, ``unlock_page``, ``workspace``, ``operations``, ``locked`` signal and
    ``enter_after_unlock(families)``.
    """
    page = RecoveryPage(window.context.deployment.organisation_name)
    window.stack.addWidget(page)
    window.recovery_page = page
    workspace, operations = window.workspace, window.operations

    def back() -> None:
        page.reset()
        window.unlock_page.reset()
        window.stack.setCurrentWidget(window.unlock_page)

    def failed(exc: BaseException) -> None:
        page.show_error(messages.for_error(exc))

    def unlock_with(code: str) -> None:
        operations.run(
            lambda: workspace.unlock_with_recovery_code(code),
            lambda _: page.ask_for_passphrase(),
            failed,
        )

    def set_passphrase(passphrase: str) -> None:
        operations.run(
            lambda: workspace.set_passphrase_after_recovery(passphrase),
            lambda _: page.offer_new_code(),
            failed,
        )

    def new_code() -> None:
        operations.run(
            workspace.new_recovery_code_after_recovery,
            lambda code: page.show_new_code(str(code)),
            failed,
        )

    def entered(families: Any) -> None:
        page.reset()
        window.enter_after_unlock(families)

    def finish() -> None:
        operations.run(lambda: workspace.service.list_families(), entered, failed)

    page.back_requested.connect(back)
    page.code_entered.connect(unlock_with)
    page.passphrase_chosen.connect(set_passphrase)
    page.new_code_requested.connect(new_code)
    page.finished.connect(finish)
    window.locked.connect(page.reset)
    return page
