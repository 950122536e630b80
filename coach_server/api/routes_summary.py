"""Summaries for project leaders, with small cells suppressed."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from coach_protocol.leader import Summary
from coach_server.api.deps import CurrentLeader, DbSession, Now, ServerSettings
from coach_server.api.errors import error_responses
from coach_server.audit import record_action
from coach_server.summary import build_summary, summary_csv
from coach_server.suppression import effective_threshold

__all__ = ["router"]

router = APIRouter(prefix="/api/v1", tags=["summary"])

_MONTH = r"^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$"
FromMonth = Annotated[
    str,
    Query(alias="from", pattern=_MONTH, description="First month, YYYY-MM.", examples=["2019-01"]),
]
ToMonth = Annotated[
    str,
    Query(
        alias="to",
        pattern=_MONTH,
        description="Last month, YYYY-MM (inclusive). A `to` before `from` is an empty period.",
        examples=["2019-12"],
    ),
]
Threshold = Annotated[
    int | None,
    Query(
        ge=0,
        le=1000,
        description="Ask for a higher suppression threshold. Never lower than 5 (API) or 10 (CSV), "
        "whatever is asked.",
    ),
]

_SUPPRESSION_NOTE = (
    'Counts from 1 to threshold - 1 are withheld and appear as {"suppressed": true}; further '
    "values are withheld where needed so that no withheld count can be computed from the totals "
    "and the visible cells."
)


@router.get(
    "/summary",
    response_model=Summary,
    summary="Aggregated progress for a period, with small cells suppressed",
    description=_SUPPRESSION_NOTE + " Definitions: docs/indicators.md.",
    responses=error_responses(401, 422),
)
def get_summary(
    leader: CurrentLeader,
    session: DbSession,
    settings: ServerSettings,
    now: Now,
    from_month: FromMonth,
    to_month: ToMonth,
    threshold: Threshold = None,
) -> Summary:
    with session.begin():
        summary = build_summary(
            session,
            from_month=from_month,
            to_month=to_month,
            threshold=effective_threshold(threshold, settings.api_threshold),
            now=now,
        )
        record_action(
            session, actor=f"leader:{leader.username}", action="summary.viewed", target=None, at=now
        )
    return summary


@router.get(
    "/summary.csv",
    summary="The summary as CSV for funder reports (threshold at least 10)",
    description=_SUPPRESSION_NOTE
    + " Columns: table,row,column,value; a withheld value reads `suppressed`.",
    response_class=Response,
    responses={
        200: {
            "content": {
                "text/csv": {
                    "schema": {"type": "string"},
                    "example": "table,row,column,value\r\nfamilies_by_status,active,,12\r\n",
                }
            },
            "description": "Long-format CSV.",
        },
        **error_responses(401, 422),
    },
)
def get_summary_csv(
    leader: CurrentLeader,
    session: DbSession,
    settings: ServerSettings,
    now: Now,
    from_month: FromMonth,
    to_month: ToMonth,
    threshold: Threshold = None,
) -> Response:
    with session.begin():
        summary = build_summary(
            session,
            from_month=from_month,
            to_month=to_month,
            threshold=effective_threshold(threshold, settings.export_threshold),
            now=now,
        )
        record_action(
            session,
            actor=f"leader:{leader.username}",
            action="summary.exported",
            target=None,
            at=now,
        )
    filename = f"coach-summary-{from_month}-{to_month}.csv"
    return Response(
        summary_csv(summary),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
