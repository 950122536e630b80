"""Project-leader access to the central server: a Qt-free HTTP client and its answers (the
models of :mod:`coach_protocol.leader`, which the server answers with).

Leader mode holds no family data: it reads aggregate summaries, creates enrolment codes and
lists or revokes devices. The session token lives in memory only.
"""

from coach_app.leader.client import (
    BadAnswer,
    InsecureAddress,
    LeaderClient,
    LeaderClientError,
    RequestRefused,
    ServerUnreachable,
    SessionExpired,
    WrongCredentials,
)
from coach_protocol.leader import (
    COUNT_INDICATORS,
    SUPPRESSED,
    Caseload,
    Count,
    DeviceInfo,
    EnrolmentCodeResponse,
    Indicators,
    SelfRelianceChange,
    Series,
    Summary,
    Suppressed,
    Table,
    is_suppressed,
)
from coach_protocol.period_summary import Breakdown, MeanChange, PeriodSummary

__all__ = [
    "COUNT_INDICATORS",
    "SUPPRESSED",
    "BadAnswer",
    "Breakdown",
    "Caseload",
    "Count",
    "DeviceInfo",
    "EnrolmentCodeResponse",
    "Indicators",
    "InsecureAddress",
    "LeaderClient",
    "LeaderClientError",
    "MeanChange",
    "PeriodSummary",
    "RequestRefused",
    "SelfRelianceChange",
    "Series",
    "ServerUnreachable",
    "SessionExpired",
    "Summary",
    "Suppressed",
    "Table",
    "WrongCredentials",
    "is_suppressed",
]
