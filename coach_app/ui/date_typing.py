"""Typing into a date or date-and-time field ends with exactly the date typed.

Qt's own typing into a QDateTimeEdit lost parts of what a coach typed: after the two digits of
the day it moves on to the month by itself, so the separator typed next ("/") moved on once
more and the month's digits went into the year (15/11/2026 14:30 became 15/12/2026 14:30 or
15/12/1120); with the cursor at the start of a part (a click) the digits were inserted into the
old ones and dropped (15031985 left the date as it was). ``keep_typed`` takes the digits and
separators over: digits fill the current part (moving on once it is full or no further digit
can follow), a separator ends a part only when digits were typed into it, and a date that does
not exist (31/02/1985) or is not complete is left on screen as typed; ``typed_problem`` and
``coach_app.ui.date_refusal.refuse_untyped`` say so in words, so a form refuses to save it.
Only formats of numbers (the app's day, month, four-digit year, hour and minute) are taken over;
any other keys and formats are Qt's.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    QSignalBlocker,
    Qt,
    QTime,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget

_WIDTH = {"yyyy": 4, "dd": 2, "d": 2, "MM": 2, "M": 2, "HH": 2, "H": 2, "hh": 2, "h": 2}
_WIDTH |= {"mm": 2, "m": 2}
_ORDER = ("yyyy", "dd", "MM", "HH", "hh", "mm", "d", "M", "H", "h", "m")
#: The largest first digit after which no second digit can follow (4 as a day is 04).
_FIRST_MAX = {"d": 3, "M": 1, "H": 2, "h": 2, "m": 5}
SEPARATORS = frozenset("/-.:, ")


def _parts(display_format: str) -> list[tuple[bool, str]] | None:
    """The format as (is a part, text) pieces; None for a format with other than numbers."""
    pieces: list[tuple[bool, str]] = []
    i = 0
    while i < len(display_format):
        for token in _ORDER:
            if display_format.startswith(token, i):
                pieces.append((True, token))
                i += len(token)
                break
        else:
            char = display_format[i]
            if char.isalnum() or char == "'":
                return None
            pieces.append((False, char))
            i += 1
    return pieces


def _filled(token: str, typed: str) -> int | None:
    return int(typed) if typed.isdigit() and len(typed) <= _WIDTH[token] else None


class _Typing(QObject):
    typed_text = Signal()  # typing changed the text shown (a date or not, maybe the same date)

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.section = -1  # the part digits are being typed into (-1: none yet)
        self.typed: list[str] = []  # the text of each part while typing

    def tokens(self) -> list[str] | None:
        pieces = _parts(self.edit.displayFormat())
        return None if pieces is None else [text for part, text in pieces if part]

    def compose(self) -> str:
        pieces = _parts(self.edit.displayFormat()) or []
        out, index = [], 0
        for part, text in pieces:
            if part:
                out.append(self.typed[index])
                index += 1
            else:
                out.append(text)
        return "".join(out)

    def start(self, tokens: list[str]) -> None:
        shown = self.edit.dateTime()
        unset = (
            bool(self.edit.specialValueText()) and self.edit.text() == self.edit.specialValueText()
        )
        if unset:
            self.typed = ["" for _ in tokens]
        elif read(self.edit) is None and len(split(self.edit)) == len(tokens):
            self.typed = split(self.edit)  # a date typed before that does not exist
        else:
            self.typed = [shown.toString(token) for token in tokens]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            self.section = -1
        if watched is not self.edit:
            return False
        if kind == QEvent.Type.FocusOut and typed_problem(self.edit) not in (None, "unset"):
            return True  # Qt would put the previous date back: what was typed stays
        if kind == QEvent.Type.FocusIn and typed_problem(self.edit) not in (None, "unset"):
            # Coming back (Tab, a click) Qt shows its last date again: what was typed returns
            # once Qt has handled the focus.
            shown = self.edit.lineEdit().text()
            QTimer.singleShot(0, self.edit, lambda: self.restore(shown))
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and typed_problem(self.edit):
            # Qt's Tab would move a day that does not exist to another (31/02 to 28/02), and in
            # an empty field it never leaves it: Tab leaves the field with what was typed.
            back = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self.edit, not back)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and typed_problem(
            self.edit
        ) not in (None, "unset"):
            event.ignore()  # Qt would put the previous date back; the dialog still hears Enter
            return True
        text = event.text()
        tokens = self.tokens()
        # Shift too: ":" or "/" takes it on many keyboards
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if tokens is None or not plain or len(text) != 1 or self.edit.isReadOnly():
            if event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_unknown):
                self.section = -1
            return False
        if text.isdigit():
            self.digit(tokens, text)
            return True
        if text in SEPARATORS:
            self.separator(tokens)
            return True
        self.section = -1
        return False

    def digit(self, tokens: list[str], digit: str) -> None:
        current = self.section
        if current < 0 or current >= len(tokens) or len(self.typed) != len(tokens):
            current = self.edit.currentSectionIndex()
            if current < 0 or current >= len(tokens):
                current = 0
            self.start(tokens)
            self.section = current
            self.typed[current] = ""
        token = tokens[current]
        typed = self.typed[current] + digit
        self.typed[current] = typed
        full = len(typed) >= _WIDTH[token] or (
            len(typed) == 1 and _WIDTH[token] == 2 and int(digit) > _FIRST_MAX[token[0]]
        )
        if full and _WIDTH[token] == 2:
            self.typed[current] = typed.zfill(2)
        self.show(tokens)
        if full:
            self.move(tokens, current + 1)
        else:
            self.place(current)

    def restore(self, shown: str) -> None:
        """Show ``shown`` again if Qt replaced it while taking the focus."""
        if self.edit.lineEdit().text() != shown:
            self.set_text(shown)
            self.typed_text.emit()

    def separator(self, tokens: list[str]) -> None:
        current = self.section
        if current < 0 or len(self.typed) != len(tokens) or not self.typed[current]:
            return  # just moved on by itself (a full part), or nothing typed: nothing to end
        token = tokens[current]
        if _WIDTH[token] == 2:
            self.typed[current] = self.typed[current].zfill(2)
            self.show(tokens)
        self.move(tokens, current + 1)

    def move(self, tokens: list[str], section: int) -> None:
        if section < len(tokens):
            self.section = section
            self.typed[section] = ""
            self.place(section, select=True)
        else:
            self.section = -1
            with QSignalBlocker(self.edit.lineEdit()):  # Qt would move 31/02 to 28/02
                self.edit.lineEdit().setCursorPosition(len(self.edit.lineEdit().text()))

    def place(self, section: int, *, select: bool = False) -> None:
        """Select the part's text (``select``) or put the cursor at its end."""
        pieces = _parts(self.edit.displayFormat()) or []
        shown = split(self.edit)
        start, index = 0, 0
        for part, text in pieces:
            if part:
                length = len(shown[index]) if index < len(shown) else 0
                if index == section:
                    line = self.edit.lineEdit()
                    blocker = QSignalBlocker(line) if read(self.edit) is None else None
                    if select:
                        line.setSelection(start, length)
                    else:
                        line.setCursorPosition(start + length)
                    if blocker is not None:
                        blocker.unblock()
                    return
                start += length
                index += 1
            else:
                start += len(text)

    def show(self, tokens: list[str]) -> None:
        text = self.compose()
        value = _value(tokens, self.typed, self.edit)
        if value is not None:
            self.edit.setDateTime(value)
            if read(self.edit) != value:  # the same date as before: Qt left the text
                self.set_text(value.toString(self.edit.displayFormat()))
        else:
            self.set_text(text)
        self.typed_text.emit()  # also when the date stayed the same (no dateChanged)

    def set_text(self, text: str) -> None:
        """Show ``text`` as it is: the field's own handling of a changed text would move a day
        that does not exist to another (31/02 to 28/02)."""
        line = self.edit.lineEdit()
        validator = line.validator()  # it too moves a day that does not exist
        with QSignalBlocker(line):
            line.setValidator(None)  # type: ignore[arg-type]
            line.setText(text)
            line.setValidator(validator)
        self.edit.update()


def _value(tokens: list[str], typed: list[str], edit: QDateTimeEdit | None) -> QDateTime | None:
    """The date (and time) of the parts typed; None when not complete, not existing or (with
    ``edit``) outside the field's range."""
    numbers = {token[0]: _filled(token, text) for token, text in zip(tokens, typed, strict=True)}
    if any(number is None for number in numbers.values()):
        return None
    year = numbers.get("y")
    day = QDate(year or 0, numbers.get("M") or 0, numbers.get("d") or 0)
    if year is None or len(typed[tokens.index("yyyy")]) != 4 or not day.isValid():
        return None
    hour = numbers.get("H", numbers.get("h"))
    time = QTime(hour or 0, numbers.get("m") or 0)
    if not time.isValid():
        return None
    moment = QDateTime(day, time)
    if edit is None:
        return moment
    if moment < edit.minimumDateTime() or moment > edit.maximumDateTime():
        return None
    return moment


def split(edit: QDateTimeEdit) -> list[str]:
    """The text of each part as shown (for a format of numbers; [] otherwise)."""
    pieces = _parts(edit.displayFormat())
    if pieces is None:
        return []
    text = edit.lineEdit().text()
    parts: list[str] = []
    position = 0
    for index, (part, piece) in enumerate(pieces):
        if part:
            end = position
            following = next((t for p, t in pieces[index + 1 :] if not p), None)
            while end < len(text) and (following is None or text[end] != following):
                end += 1
            parts.append(text[position:end])
            position = end
        elif position < len(text) and text[position] == piece:
            position += 1
    return parts


def read(edit: QDateTimeEdit) -> QDateTime | None:
    """The date (and time) shown as typed, or None when it is not complete or does not exist."""
    tokens = [text for part, text in (_parts(edit.displayFormat()) or []) if part]
    parts = split(edit)
    if not tokens or len(parts) != len(tokens):
        return edit.dateTime() if not tokens else None
    return _value(tokens, parts, edit)


def typed_problem(edit: QDateTimeEdit) -> str | None:
    """None when the field shows a date (and time); "unset" when it shows its empty text,
    "not_a_date" when what is typed is not complete or does not exist, "before_first" when it
    is before the first date the field takes."""
    if edit.specialValueText() and edit.text() == edit.specialValueText():
        return "unset"
    if _parts(edit.displayFormat()) is None:
        return None
    if read(edit) is not None:
        return None
    tokens = [text for part, text in (_parts(edit.displayFormat()) or []) if part]
    parts = split(edit)
    if len(parts) == len(tokens) and _value(tokens, parts, None) is not None:
        return "before_first"  # a date, before the first the field takes (a later bound is 9999)
    return "not_a_date"


def problem_words(problem: str, edit: QDateTimeEdit) -> str:
    """The words for ``typed_problem``'s answer, with an example in the field's format."""
    if problem == "unset":
        return QCoreApplication.translate("DateTyping", "Type the date, or untick “Known”.")
    if problem == "before_first":
        first = edit.minimumDate()
        return QCoreApplication.translate("DateTyping", "Choose a date on or after %1.").replace(
            "%1", first.toString(edit.displayFormat().split(" ")[0])
        )
    example = QDateTime(QDate(1985, 3, 15), QTime(14, 30)).toString(edit.displayFormat())
    return QCoreApplication.translate(
        "DateTyping", "This is not a date: type the day, month and year, like %1."
    ).replace("%1", example)


def typed_text_changed(edit: QDateTimeEdit) -> SignalInstance | None:
    """The signal fired when ``edit`` shows typed text that its date does not follow."""
    typing = edit.findChild(_Typing)
    return None if typing is None else typing.typed_text


def keep_typed(edit: QDateTimeEdit) -> QDateTimeEdit:
    """Let digits and separators typed into ``edit`` end as exactly the date typed."""
    typing = _Typing(edit)
    edit.installEventFilter(typing)
    edit.lineEdit().installEventFilter(typing)  # a click into a part starts typing anew
    return edit
