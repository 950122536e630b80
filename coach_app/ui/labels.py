"""Translated labels for the domain's stable codes (statuses, life domains, modes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coach_app.domain.enums import GoalStatus, LifeDomain, ProgrammeStatus, VisitMode


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def programme_status(status: ProgrammeStatus) -> str:
    return {
        ProgrammeStatus.INTAKE: _t("Intake"),
        ProgrammeStatus.ACTIVE: _t("Active"),
        ProgrammeStatus.PAUSED: _t("Paused"),
        ProgrammeStatus.COMPLETED: _t("Completed"),
        ProgrammeStatus.WITHDRAWN: _t("Withdrawn"),
    }[status]


def goal_status(status: GoalStatus) -> str:
    return {
        GoalStatus.PLANNED: _t("Planned"),
        GoalStatus.STARTED: _t("Started"),
        GoalStatus.ACHIEVED: _t("Achieved"),
        GoalStatus.STOPPED: _t("Stopped"),
    }[status]


def visit_mode(mode: VisitMode) -> str:
    return {
        VisitMode.HOME: _t("Home visit"),
        VisitMode.CLUB: _t("At the club"),
        VisitMode.PHONE: _t("Phone"),
        VisitMode.VIDEO: _t("Video call"),
    }[mode]


def life_domain(domain: LifeDomain) -> str:
    return {
        LifeDomain.LANGUAGE: _t("Language"),
        LifeDomain.EDUCATION: _t("Education"),
        LifeDomain.WORK: _t("Work"),
        LifeDomain.ENTREPRENEURSHIP: _t("Entrepreneurship"),
        LifeDomain.SPORT_PARTICIPATION: _t("Sport and participation"),
        LifeDomain.CIVIC_INTEGRATION: _t("Civic integration"),
        LifeDomain.HEALTH: _t("Health"),
        LifeDomain.FINANCES: _t("Finances"),
        LifeDomain.HOUSING: _t("Housing"),
        LifeDomain.SOCIAL_NETWORK: _t("Social network"),
        LifeDomain.PARENTING: _t("Parenting"),
    }[domain]
