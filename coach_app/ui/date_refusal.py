"""Refusing a date field that does not show a date (`coach_app.ui.date_typing`): a form's
save raises `DateNotTyped`, a domain `ValidationError` with the words to show. Apart from
``date_typing`` so that the date fields on the first screens import no domain code
(tests/qt/test_startup_imports.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QDateTimeEdit

from coach_app.domain.errors import ValidationError
from coach_app.ui.date_typing import problem_words, typed_problem

__all__ = ["DateNotTyped", "refuse_untyped", "untyped"]


class DateNotTyped(ValidationError):
    """What is typed into ``field`` is not a date (or no date was typed); ``words`` say so."""

    def __init__(self, field: str, problem: str, words: str) -> None:
        super().__init__(field, problem)
        self.problem = problem
        self.words = words


def untyped(edit: QDateTimeEdit, field: str) -> DateNotTyped | None:
    """``DateNotTyped`` when ``edit`` does not show a complete, existing date in its range."""
    problem = typed_problem(edit)
    return None if problem is None else DateNotTyped(field, problem, problem_words(problem, edit))


def refuse_untyped(edit: QDateTimeEdit, field: str) -> None:
    """Raise ``DateNotTyped`` when ``edit`` does not show a complete, existing date."""
    refusal = untyped(edit, field)
    if refusal is not None:
        raise refusal
