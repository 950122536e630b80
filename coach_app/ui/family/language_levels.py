"""The adults' levels of Dutch (CEFR) on the Assessments tab: who may have one on a date, and
the levels recorded so far as a table."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import Any
from uuid import UUID

from coach_app.domain.entities import LanguageLevel, Person
from coach_app.domain.enums import Role
from coach_app.domain.services import eighteenth_birthday
from coach_app.ui import labels
from coach_app.ui.family.models import RowsModel, _NamesMixin, format_date


def adults_on(people: Iterable[Person], on: date) -> list[Person]:
    """The people who may have a level of Dutch dated ``on``: 18 or over that day, by their
    birth date whatever their role. A person without a birth date is offered by role (an
    adult), as the use case decides for them too (``CoachingService._check_adult``)."""
    return [
        person
        for person in people
        if (
            person.role is Role.ADULT
            if person.birth_date is None
            else eighteenth_birthday(person.birth_date) <= on
        )
    ]


class LanguageLevelsModel(_NamesMixin, RowsModel):
    """The family's levels of Dutch, newest first: date, adult, level."""

    DATE, PERSON, LEVEL = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Adult"), self.tr("Level of Dutch")]

    def set_levels(self, rows: Sequence[LanguageLevel], names: Mapping[UUID, str]) -> None:
        self._names = MappingProxyType(dict(names))
        self.set_rows(sorted(rows, key=lambda x: (x.assessed_on, x.created_at), reverse=True))

    def clear(self) -> None:
        self._names = MappingProxyType({})
        super().clear()

    def cell(self, row: LanguageLevel, column: int) -> Any:
        if column == self.DATE:
            return format_date(row.assessed_on)
        if column == self.PERSON:
            return self.person_name(row.person_id)
        if column == self.LEVEL:
            return labels.cefr_level(row.level)
        return None

    def sort_key(self, row: LanguageLevel, column: int) -> Any:
        if column == self.DATE:
            return row.assessed_on.isoformat()
        if column == self.LEVEL:
            return row.level.rank
        return super().sort_key(row, column)
