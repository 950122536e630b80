"""Translated labels for the domain's stable codes (statuses, life domains, modes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coach_app.domain.enums import CefrLevel, GoalStatus, LifeDomain, ProgrammeStatus, VisitMode


def programme_status(status: ProgrammeStatus) -> str:
    return {
        ProgrammeStatus.INTAKE: QCoreApplication.translate("Labels", "Intake"),
        ProgrammeStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        ProgrammeStatus.PAUSED: QCoreApplication.translate("Labels", "Paused"),
        ProgrammeStatus.COMPLETED: QCoreApplication.translate("Labels", "Completed"),
        ProgrammeStatus.WITHDRAWN: QCoreApplication.translate("Labels", "Withdrawn"),
    }[status]


def goal_status(status: GoalStatus) -> str:
    return {
        GoalStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        GoalStatus.STARTED: QCoreApplication.translate("Labels", "Started"),
        GoalStatus.ACHIEVED: QCoreApplication.translate("Labels", "Achieved"),
        GoalStatus.STOPPED: QCoreApplication.translate("Labels", "Stopped"),
    }[status]


def visit_mode(mode: VisitMode) -> str:
    return {
        VisitMode.HOME: QCoreApplication.translate("Labels", "Home visit"),
        VisitMode.CLUB: QCoreApplication.translate("Labels", "At the club"),
        VisitMode.PHONE: QCoreApplication.translate("Labels", "Phone"),
        VisitMode.VIDEO: QCoreApplication.translate("Labels", "Video call"),
    }[mode]


def life_domain(domain: LifeDomain) -> str:
    return {
        LifeDomain.LANGUAGE: QCoreApplication.translate("Labels", "Language"),
        LifeDomain.EDUCATION: QCoreApplication.translate("Labels", "Education"),
        LifeDomain.WORK: QCoreApplication.translate("Labels", "Work"),
        LifeDomain.ENTREPRENEURSHIP: QCoreApplication.translate("Labels", "Entrepreneurship"),
        LifeDomain.SPORT_PARTICIPATION: QCoreApplication.translate(
            "Labels", "Sport and participation"
        ),
        LifeDomain.CIVIC_INTEGRATION: QCoreApplication.translate("Labels", "Civic integration"),
        LifeDomain.HEALTH: QCoreApplication.translate("Labels", "Health"),
        LifeDomain.FINANCES: QCoreApplication.translate("Labels", "Finances"),
        LifeDomain.HOUSING: QCoreApplication.translate("Labels", "Housing"),
        LifeDomain.SOCIAL_NETWORK: QCoreApplication.translate("Labels", "Social network"),
        LifeDomain.PARENTING: QCoreApplication.translate("Labels", "Parenting"),
    }[domain]


def cefr_level(level: CefrLevel) -> str:
    """A CEFR level of Dutch: the scale's own names (A1 ... C2) and "below A1"."""
    if level is CefrLevel.BELOW_A1:
        return QCoreApplication.translate("Labels", "Below A1")
    return level.value.upper()
