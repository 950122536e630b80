"""The family's history as a timeline: every dated event, newest first. Programme statuses,
each goal's status changes and the adults' Dutch levels (CEFR), each on the day it happened
(which may be long before it was typed)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import Any, Literal
from uuid import UUID

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coach_app.domain.enums import CefrLevel, GoalStatus, ProgrammeStatus
from coach_app.domain.family_view import FamilyDossier
from coach_app.ui import labels
from coach_app.ui.family.models import RowsModel, format_date
from coach_app.ui.family.tab import FamilyTab, FamilyTabHost, table

EventKind = Literal["programme", "goal", "dutch"]


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One dated event. ``value``: the status or level code; ``title``: the goal's title;
    ``person``: whose goal or level (None: the whole family)."""

    on: date
    recorded_at: datetime
    kind: EventKind
    value: str
    title: str = ""
    person: UUID | None = None


def timeline(dossier: FamilyDossier) -> list[TimelineEvent]:
    """Every dated event of the dossier, newest first (same day: the one typed last first)."""
    events = [
        TimelineEvent(entry.on, entry.recorded_at, "programme", entry.status.value)
        for entry in dossier.status_history
    ]
    for goal in dossier.goals:
        events += [
            TimelineEvent(
                change.on,
                change.recorded_at,
                "goal",
                change.status.value,
                goal.title,
                goal.person_id,
            )
            for change in goal.status_history
        ]
    events += [
        TimelineEvent(
            level.assessed_on, level.created_at, "dutch", level.level.value, "", level.person_id
        )
        for level in dossier.language_levels
    ]
    return sorted(events, key=lambda e: (e.on, e.recorded_at), reverse=True)


class TimelineModel(RowsModel):
    DATE, WHAT, WHO, STATUS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: Mapping[UUID, str] = MappingProxyType({})

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("What"), self.tr("Who"), self.tr("Status or level")]

    def set_events(self, events: Sequence[TimelineEvent], names: Mapping[UUID, str]) -> None:
        self._names = MappingProxyType(dict(names))
        self.set_rows(events)

    def clear(self) -> None:
        self._names = MappingProxyType({})
        super().clear()

    def cell(self, row: TimelineEvent, column: int) -> Any:
        if column == self.DATE:
            return format_date(row.on)
        if column == self.WHAT:
            if row.kind == "programme":
                return self.tr("Programme status")
            if row.kind == "goal":
                return self.tr("Goal: %1").replace("%1", row.title)
            return self.tr("Dutch level (CEFR)")
        if column == self.WHO:
            if row.person is None:
                return self.tr("Whole family")
            return self._names.get(row.person, "—")
        if column == self.STATUS:
            if row.kind == "programme":
                return labels.programme_status(ProgrammeStatus(row.value))
            if row.kind == "goal":
                return labels.goal_status(GoalStatus(row.value))
            return labels.cefr_level(CefrLevel(row.value))
        return None

    def sort_key(self, row: TimelineEvent, column: int) -> Any:
        if column == self.DATE:
            return (row.on.isoformat(), row.recorded_at.isoformat())
        return super().sort_key(row, column)


class TimelineTab(FamilyTab):
    def __init__(self, host: FamilyTabHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.events = TimelineModel(self)
        self.events_view = table("family.timeline", self.events, TimelineModel.WHAT)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(self.explanation)
        column.addWidget(self.events_view, 1)

    def retranslate(self) -> None:
        self.explanation.setText(
            self.tr(
                "What happened and when, newest first: the programme status, every status of "
                "every goal and the Dutch levels, each on the day it happened."
            )
        )
        self.events_view.setAccessibleName(self.tr("History, newest first"))

    def show_dossier(self, dossier: FamilyDossier) -> None:
        self.events.set_events(timeline(dossier), dossier.person_names())

    def models(self) -> list[RowsModel]:
        return [self.events]
