"""Passphrase fields as the best password managers have them: show/hide, a Caps Lock warning,
and strength by zxcvbn with its feedback translated.

- ``add_show_hide(field)`` puts an eye action at the end of a ``QLineEdit`` (object name
  ``<field>.show``) that shows or hides what was typed.
- ``CapsLockWarning(field)`` is a label shown while Caps Lock appears to be on. Qt has no
  portable way to ask for the Caps Lock state, so it is read from the keys typed into the field:
  a letter that comes out in capitals without Shift (or small with Shift) means Caps Lock is on;
  pressing Caps Lock flips the known state.
- ``StrengthLabel`` shows zxcvbn's verdict (``coach_app.passphrase``) in words, with zxcvbn's
  warning and suggestions mapped to translatable strings (``feedback_text``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QStyle, QWidget

from coach_app.passphrase import MIN_LENGTH, Strength, assess
from coach_app.ui.resources import icon


def add_show_hide(field: QLineEdit) -> QAction:
    """An eye button at the end of ``field`` that shows or hides the passphrase."""
    action = QAction(field)
    action.setObjectName(f"{field.objectName()}.show")
    action.setCheckable(True)
    action.setIcon(_eye(shown=False, field=field))

    def toggled(shown: bool) -> None:
        field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        action.setIcon(_eye(shown=shown, field=field))
        retranslate_show_hide(action)

    action.toggled.connect(toggled)
    retranslate_show_hide(action)
    field.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
    return action


def _eye(*, shown: bool, field: QLineEdit) -> QIcon:
    """An open eye (show) or a struck-through one (hide), from the app's icons; the desktop
    theme's eye where they are not built."""
    own = icon("eye-off" if shown else "eye")
    if not own.pixmap(16, 16).isNull():
        return own
    return QIcon.fromTheme(
        "view-conceal-symbolic" if shown else "view-reveal-symbolic",
        field.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
    )


def retranslate_show_hide(action: QAction) -> None:
    text = (
        QCoreApplication.translate("Passphrase", "Hide the passphrase")
        if action.isChecked()
        else QCoreApplication.translate("Passphrase", "Show the passphrase")
    )
    action.setText(text)
    action.setToolTip(text)


class CapsLockWarning(QLabel):
    """ "Caps Lock is on" under a passphrase field, shown while it appears to be on."""

    def __init__(self, field: QLineEdit, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setStyleSheet("color: #8a4b00;")
        self.caps_on = False
        self.hide()
        self._field = field
        field.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(
            QCoreApplication.translate(
                "Passphrase",
                "Caps Lock is on: letters come out in capitals. Press Caps Lock to turn it off.",
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            self.note_key(event)
        elif watched is self._field and event.type() == QEvent.Type.FocusOut:
            self.hide()
        elif watched is self._field and event.type() == QEvent.Type.FocusIn:
            self.setVisible(self.caps_on)
        return False

    def note_key(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_CapsLock:
            self._set(not self.caps_on)
            return
        text = event.text()
        if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._set(text.isupper() != shift)

    def _set(self, on: bool) -> None:
        self.caps_on = on
        self.setVisible(on)


def feedback_text(english: str) -> str:
    """zxcvbn's English warning or suggestion, translated (unknown texts pass unchanged)."""
    texts = {
        "Use a few words, avoid common phrases.": QCoreApplication.translate(
            "Passphrase", "Use a few words, avoid common phrases."
        ),
        "No need for symbols, digits, or uppercase letters.": QCoreApplication.translate(
            "Passphrase", "No need for symbols, digits, or uppercase letters."
        ),
        "Add another word or two. Uncommon words are better.": QCoreApplication.translate(
            "Passphrase", "Add another word or two. Uncommon words are better."
        ),
        "Straight rows of keys are easy to guess.": QCoreApplication.translate(
            "Passphrase", "Straight rows of keys are easy to guess."
        ),
        "Short keyboard patterns are easy to guess.": QCoreApplication.translate(
            "Passphrase", "Short keyboard patterns are easy to guess."
        ),
        "Use a longer keyboard pattern with more turns.": QCoreApplication.translate(
            "Passphrase", "Use a longer keyboard pattern with more turns."
        ),
        'Repeats like "aaa" are easy to guess.': QCoreApplication.translate(
            "Passphrase", 'Repeats like "aaa" are easy to guess.'
        ),
        'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': QCoreApplication.translate(  # noqa: E501
            "Passphrase", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
        ),
        "Avoid repeated words and characters.": QCoreApplication.translate(
            "Passphrase", "Avoid repeated words and characters."
        ),
        'Sequences like "abc" or "6543" are easy to guess.': QCoreApplication.translate(
            "Passphrase", 'Sequences like "abc" or "6543" are easy to guess.'
        ),
        "Avoid sequences.": QCoreApplication.translate("Passphrase", "Avoid sequences."),
        "Recent years are easy to guess.": QCoreApplication.translate(
            "Passphrase", "Recent years are easy to guess."
        ),
        "Avoid recent years.": QCoreApplication.translate("Passphrase", "Avoid recent years."),
        "Avoid years that are associated with you.": QCoreApplication.translate(
            "Passphrase", "Avoid years that are associated with you."
        ),
        "Dates are often easy to guess.": QCoreApplication.translate(
            "Passphrase", "Dates are often easy to guess."
        ),
        "Avoid dates and years that are associated with you.": QCoreApplication.translate(
            "Passphrase", "Avoid dates and years that are associated with you."
        ),
        "This is a top-10 common password.": QCoreApplication.translate(
            "Passphrase", "This is a top-10 common password."
        ),
        "This is a top-100 common password.": QCoreApplication.translate(
            "Passphrase", "This is a top-100 common password."
        ),
        "This is a very common password.": QCoreApplication.translate(
            "Passphrase", "This is a very common password."
        ),
        "This is similar to a commonly used password.": QCoreApplication.translate(
            "Passphrase", "This is similar to a commonly used password."
        ),
        "A word by itself is easy to guess.": QCoreApplication.translate(
            "Passphrase", "A word by itself is easy to guess."
        ),
        "Names and surnames by themselves are easy to guess.": QCoreApplication.translate(
            "Passphrase", "Names and surnames by themselves are easy to guess."
        ),
        "Common names and surnames are easy to guess.": QCoreApplication.translate(
            "Passphrase", "Common names and surnames are easy to guess."
        ),
        "Capitalization doesn't help very much.": QCoreApplication.translate(
            "Passphrase", "Capitalization doesn't help very much."
        ),
        "All-uppercase is almost as easy to guess as all-lowercase.": QCoreApplication.translate(
            "Passphrase", "All-uppercase is almost as easy to guess as all-lowercase."
        ),
        "Reversed words aren't much harder to guess.": QCoreApplication.translate(
            "Passphrase", "Reversed words aren't much harder to guess."
        ),
        "Predictable substitutions like '@' instead of 'a' don't help very much.": QCoreApplication.translate(  # noqa: E501
            "Passphrase", "Predictable substitutions like '@' instead of 'a' don't help very much."
        ),
    }
    return texts.get(english, english)


def strength_words(strength: Strength) -> str:
    """The verdict and zxcvbn's advice, translated, for under a new passphrase."""
    if strength.too_short:  # one line: the advice comes once it is long enough
        return QCoreApplication.translate(
            "Passphrase", "Too short: use at least %1 characters."
        ).replace("%1", str(MIN_LENGTH))
    else:
        verdict = [
            QCoreApplication.translate("Passphrase", "Very weak: easy to guess."),
            QCoreApplication.translate("Passphrase", "Weak: easy to guess."),
            QCoreApplication.translate("Passphrase", "Fair, but still guessable."),
            QCoreApplication.translate("Passphrase", "Strong."),
            QCoreApplication.translate("Passphrase", "Very strong."),
        ][max(0, min(strength.score, 4))]
    advice = [feedback_text(strength.warning)] if strength.warning else []
    if not strength.acceptable:
        advice += [feedback_text(s) for s in strength.suggestions]
    return " ".join([verdict, *advice])


class StrengthLabel(QLabel):
    """Live strength under a new passphrase field (empty while nothing is typed)."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.strength: Strength | None = None
        self._user_inputs: tuple[str, ...] = ()

    def set_user_inputs(self, words: Iterable[str]) -> None:
        self._user_inputs = tuple(words)

    def show_for(self, passphrase: str) -> Strength | None:
        if not passphrase:
            self.strength = None
            self.clear()
            return None
        self.strength = assess(passphrase, self._user_inputs)
        colour = "#1b5e20" if self.strength.acceptable else "#a40000"
        self.setStyleSheet(f"color: {colour};")
        self.setText(strength_words(self.strength))
        return self.strength

    @property
    def acceptable(self) -> bool:
        return self.strength is not None and self.strength.acceptable
