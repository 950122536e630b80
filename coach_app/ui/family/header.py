"""The top of a family's page: what a coach needs at the door.

Name and programme status (a badge), municipality and address, phone (both selectable and
with a Copy button), the assigned coach and the next open follow-up action. Nothing is shown
that the dossier does not hold; missing values say so in words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from coach_app.domain.entities import FollowUpAction
from coach_app.domain.family_view import FamilyDossier
from coach_app.ui import labels
from coach_app.ui.badges import Badge, programme_status_tone, show_badge
from coach_app.ui.resources import icon
from coach_app.ui.widgets import named, set_role


def next_follow_up(dossier: FamilyDossier) -> FollowUpAction | None:
    """The open follow-up action due first (actions without a due date come last)."""
    open_actions = [f for visit in dossier.visits for f in visit.follow_ups if not f.done]
    if not open_actions:
        return None
    return min(open_actions, key=lambda f: (f.due_date is None, f.due_date or date.max, f.text))


def _selectable(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class FamilyHeader(QFrame):
    back_requested = Signal()
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("family.header")
        set_role(self, "card")
        self.back = named(QPushButton(icon("back"), ""), "family.back", "")
        self.edit = named(QPushButton(), "family.edit", "")
        self.title = QLabel()
        self.title.setObjectName("family.title")
        set_role(self.title, "page-title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("family.status")
        self.subtitle = _selectable("family.subtitle")
        self.phone = _selectable("family.phone")
        self.coach = _selectable("family.coach")
        self.next_action = _selectable("family.next_followup")
        self.copy_address = named(QPushButton(icon("copy"), ""), "family.copy_address", "")
        self.copy_phone = named(QPushButton(icon("copy"), ""), "family.copy_phone", "")
        for button in (self.copy_address, self.copy_phone):
            button.setFlat(True)
        self._address = ""

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addSpacing(8)
        top.addWidget(self.title)
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.edit)
        facts = QGridLayout()
        facts.setHorizontalSpacing(6)
        facts.addWidget(self.subtitle, 0, 0)
        facts.addWidget(self.copy_address, 0, 1)
        facts.addWidget(self.phone, 0, 2)
        facts.addWidget(self.copy_phone, 0, 3)
        facts.addWidget(self.coach, 1, 0)
        facts.addWidget(self.next_action, 1, 2, 1, 2)
        facts.setColumnStretch(0, 3)
        facts.setColumnStretch(2, 2)
        box = QGridLayout(self)
        box.addLayout(top, 0, 0)
        box.addLayout(facts, 1, 0)

        self.back.clicked.connect(self.back_requested)
        self.edit.clicked.connect(self.edit_requested)
        self._phone_number = ""
        self._copied = ""
        self.copy_address.clicked.connect(lambda: self._copy(self._address))
        self.copy_phone.clicked.connect(lambda: self._copy(self._phone_number))
        self.clear()

    def retranslate(self) -> None:
        self.back.setText(self.tr("Families"))
        self.back.setAccessibleName(self.tr("Back to the list of families"))
        self.edit.setText(self.tr("&Edit family"))
        self.edit.setAccessibleName(self.tr("Edit family"))
        self.copy_address.setToolTip(self.tr("Copy the address"))
        self.copy_address.setAccessibleName(self.tr("Copy the address"))
        self.copy_phone.setToolTip(self.tr("Copy the phone number"))
        self.copy_phone.setAccessibleName(self.tr("Copy the phone number"))

    def show_dossier(self, dossier: FamilyDossier, today: date | None = None) -> None:
        family = dossier.family
        self.title.setText(family.display_name)
        show_badge(
            self.status,
            Badge(labels.programme_status(family.status), programme_status_tone(family.status)),
        )
        self.status.setAccessibleName(
            self.tr("Programme status: %1").replace("%1", labels.programme_status(family.status))
        )
        self._address = family.address
        place = family.municipality.name
        if not family.address:
            subtitle = self.tr("%1 · no address").replace("%1", place)
        elif place.casefold() in family.address.casefold():
            subtitle = family.address  # "Sethweg 841, 4883 CC Enschede": the place once
        else:
            subtitle = f"{place} · {family.address}"
        self.subtitle.setText(subtitle)
        self._phone_number = family.phone
        self.phone.setText(
            self.tr("Phone: %1").replace("%1", family.phone)
            if family.phone
            else self.tr("No phone number")
        )
        self.copy_address.setEnabled(bool(family.address))
        self.copy_phone.setEnabled(bool(family.phone))
        self.coach.setText(
            self.tr("Coach: %1").replace("%1", family.assigned_coach)
            if family.assigned_coach
            else self.tr("No coach assigned")
        )
        self.next_action.setText(self._next_text(next_follow_up(dossier), today or date.today()))

    def _next_text(self, action: FollowUpAction | None, today: date) -> str:
        if action is None:
            return self.tr("No open follow-up actions")
        if action.due_date is None:
            return self.tr("Next follow-up (no date): %1").replace("%1", action.text)
        day = action.due_date
        when = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
        )
        overdue = day < today
        text = self.tr("Overdue since %1: %2") if overdue else self.tr("Next follow-up %1: %2")
        return text.replace("%1", when).replace("%2", action.text)

    def clear(self) -> None:
        """Drop every personal value (and what was copied from here, see ``forget_copied``)."""
        for label in (self.title, self.subtitle, self.phone, self.coach, self.next_action):
            label.clear()
        show_badge(self.status, None)
        self._address = self._phone_number = ""
        self.copy_address.setEnabled(False)
        self.copy_phone.setEnabled(False)
        self.forget_copied()

    def forget_copied(self) -> None:
        """An address or phone number copied from here leaves the clipboard at lock."""
        clipboard = QGuiApplication.clipboard()
        if self._copied and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = ""

    def _copy(self, text: str) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)
            self._copied = text
