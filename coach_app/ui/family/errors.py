"""Plain, translated words for errors from the coaching domain, per field where possible."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from coach_app.domain.errors import (
    ConcurrentModificationError,
    ConsentNotGivenError,
    DomainError,
    EventDateError,
    InvalidGoalTransitionError,
    NotFoundError,
    PersonNotInFamilyError,
    ValidationError,
)
from coach_app.offsite.guard import FamilyBeingHandedOver
from coach_app.ui import messages
from coach_app.ui.date_refusal import DateNotTyped


def for_field(field: str) -> str:
    """What the coach should do about an invalid field, in plain words."""
    words = {
        "display_name": QCoreApplication.translate("FamilyErrors", "Enter the family's name."),
        "municipality.code": QCoreApplication.translate(
            "FamilyErrors", "Enter the municipality's CBS code: GM and four digits, e.g. GM0153."
        ),
        "municipality.name": QCoreApplication.translate(
            "FamilyErrors", "Enter the municipality's name."
        ),
        "phone": QCoreApplication.translate(
            "FamilyErrors", "A phone number may hold digits, spaces and + ( ) - . / only."
        ),
        "address": QCoreApplication.translate("FamilyErrors", "The address is too long."),
        "assigned_coach": QCoreApplication.translate(
            "FamilyErrors", "The coach's name is too long."
        ),
        "preferred_languages": QCoreApplication.translate(
            "FamilyErrors", "Choose each language once."
        ),
        "languages": QCoreApplication.translate("FamilyErrors", "Choose each language once."),
        "given_name": QCoreApplication.translate("FamilyErrors", "Enter the person's given name."),
        "family_name": QCoreApplication.translate("FamilyErrors", "The family name is too long."),
        "birth_date": QCoreApplication.translate(
            "FamilyErrors", "The birth date cannot be in the future."
        ),
        "title": QCoreApplication.translate("FamilyErrors", "Enter a short title for the goal."),
        "description": QCoreApplication.translate("FamilyErrors", "The description is too long."),
        "milestone.title": QCoreApplication.translate(
            "FamilyErrors", "Every milestone needs a title."
        ),
        "score": QCoreApplication.translate("FamilyErrors", "Choose a score from 1 to 5."),
        "recorded_by": QCoreApplication.translate(
            "FamilyErrors", "Enter who recorded this consent."
        ),
        "progress.note": QCoreApplication.translate(
            "FamilyErrors", "Write a note or choose a new status."
        ),
        "language_level": QCoreApplication.translate(
            "FamilyErrors", "This level on this date is already recorded for this person."
        ),
        "person_id": QCoreApplication.translate(
            "FamilyErrors", "A level of Dutch is recorded for adults only."
        ),
    }
    return words.get(field, QCoreApplication.translate("FamilyErrors", "This value is not valid."))


def for_event_date(exc: EventDateError) -> str:
    """A refused date of a dated event (a goal opened, a status change, a Dutch level), in
    words, with the date it was compared with."""
    limit = ""
    if exc.limit is not None:
        day: date = exc.limit
        limit = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
    words = {
        "future": QCoreApplication.translate(
            "FamilyErrors", "The date cannot be in the future (today is %1)."
        ),
        "out_of_range": QCoreApplication.translate("FamilyErrors", "Choose a date on or after %1."),
        "before_opened": QCoreApplication.translate(
            "FamilyErrors", "The date cannot be before the goal was opened (%1)."
        ),
        "before_previous": QCoreApplication.translate(
            "FamilyErrors", "The date cannot be before the latest status change (%1)."
        ),
        "after_status_change": QCoreApplication.translate(
            "FamilyErrors", "The goal cannot be opened after its first status change (%1)."
        ),
        "before_birth": QCoreApplication.translate(
            "FamilyErrors", "The date cannot be before the person was born (%1)."
        ),
        "under_18": QCoreApplication.translate(
            "FamilyErrors",
            "A level of Dutch is recorded for adults: this person turns 18 on %1.",
        ),
    }
    return words[exc.problem].replace("%1", limit)


def for_domain_error(exc: BaseException) -> str:
    """Plain, translated words for an error from the coaching domain (or any other)."""
    if isinstance(exc, DateNotTyped):
        return exc.words
    if isinstance(exc, EventDateError):
        return for_event_date(exc)
    if isinstance(exc, ValidationError):
        return for_field(exc.field)
    if isinstance(exc, ConcurrentModificationError):
        return QCoreApplication.translate(
            "FamilyErrors",
            "This was changed elsewhere since you opened it. Close, reopen and try again.",
        )
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate(
            "FamilyErrors", "This is no longer there (it may have been erased)."
        )
    if isinstance(exc, InvalidGoalTransitionError):
        return QCoreApplication.translate("FamilyErrors", "The goal cannot change to that status.")
    if isinstance(exc, PersonNotInFamilyError):
        return QCoreApplication.translate(
            "FamilyErrors", "That person is not a member of this family."
        )
    if isinstance(exc, ConsentNotGivenError):
        return QCoreApplication.translate(
            "FamilyErrors", "This consent is not given, so it cannot be withdrawn."
        )
    if isinstance(exc, FamilyBeingHandedOver):
        return messages.for_error(exc)
    if isinstance(exc, DomainError):
        return QCoreApplication.translate(
            "FamilyErrors", "This could not be saved. Please check what you entered."
        )
    return messages.for_error(exc)
