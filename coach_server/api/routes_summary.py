"""Summaries for project leaders, for fixed periods only, with small counts withheld.

``/api/v2/summary`` (and ``.csv``) take ``period`` (``YYYY-MM``, ``YYYY-Qn``, ``YYYY`` or
``programme``) and answer coach_protocol.period_summary's shape. ``/api/v1/summary`` keeps its
``from``/``to`` parameters and shape for leader apps of the previous release, but accepts only
ranges that are a fixed period. Both serve the same linked set of figures.

Protecting the figures of a large programme takes minutes after new records arrive (decision
record 0005). ``/api/v2/summary`` says when the newest record its figures include was received
(``data_as_of``); with ``wait=false`` (the leader's dashboard) it answers at once from the newest
figures already protected, with ``pending`` true while newer records are being included. By
default, and always for the CSV exports and version 1 (whose shape cannot say ``pending``), a
request waits for the newest records to be included.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from coach_protocol.leader import Summary
from coach_protocol.period_summary import PeriodSummary
from coach_server.api.deps import CurrentLeader, DbSession, Now, ServerSettings
from coach_server.api.errors import error_responses
from coach_server.audit import record_action
from coach_server.periods import PeriodError, ReportingPeriod
from coach_server.summary import SummaryService, build_period_summary, build_summary
from coach_server.summary_csv import period_summary_csv, summary_csv
from coach_server.suppression import effective_threshold

__all__ = ["router"]

router = APIRouter(tags=["summary"])

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
        description="Last month, YYYY-MM (inclusive). From and to must span one month, one "
        "calendar quarter, one calendar year or the programme to date.",
        examples=["2019-12"],
    ),
]
PeriodText = Annotated[
    str,
    Query(
        alias="period",
        pattern=r"^((19|20)[0-9]{2}(-(0[1-9]|1[0-2])|-Q[1-4])?|programme)$",
        description="A month (YYYY-MM), a calendar quarter (YYYY-Qn), a calendar year (YYYY) "
        "or `programme` (the programme to date).",
        examples=["2019-Q1"],
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

Wait = Annotated[
    bool,
    Query(
        description="Wait until the newest records are included (the default). With false, the "
        "newest figures already protected are served at once, with `pending` true while newer "
        "records are being included (that takes minutes on a large programme).",
    ),
]

_SUPPRESSION_NOTE = (
    'Counts from 1 to threshold - 1 are withheld and appear as {"suppressed": true}; further '
    "counts are withheld so that, from everything served for every fixed period (months, "
    "quarters, years, the programme to date), no withheld count can be narrowed to a range "
    "narrower than the threshold. Other ranges, and periods outside the programme's years, are "
    "refused (404, code period_not_allowed)."
)
_CSV_RESPONSES = {
    200: {
        "content": {
            "text/csv": {
                "schema": {"type": "string"},
                "example": "table,row,column,value\r\nfamilies_by_status,active,,12\r\n",
            }
        },
        "description": "Long-format CSV.",
    },
    **error_responses(401, 404, 422),
}
_NO_STORE = {"Cache-Control": "no-store"}


def _service(request: Request) -> SummaryService:
    service: SummaryService = request.app.state.summaries
    return service


Summaries = Annotated[SummaryService, Depends(_service)]


@router.get(
    "/api/v2/summary",
    response_model=PeriodSummary,
    summary="Indicators and tables for one fixed period, with small counts withheld",
    description=_SUPPRESSION_NOTE + " Definitions: docs/indicators.md.",
    responses=error_responses(401, 404, 422),
)
def get_period_summary(
    leader: CurrentLeader,
    session: DbSession,
    settings: ServerSettings,
    summaries: Summaries,
    now: Now,
    response: Response,
    period: PeriodText,
    threshold: Threshold = None,
    wait: Wait = True,
) -> PeriodSummary:
    with session.begin():
        floor = effective_threshold(threshold, settings.api_threshold)
        view = summaries.view(session, now, floor, wait=wait)
        try:
            fixed: ReportingPeriod = view.figures.programme.parse(period)
        except PeriodError:
            if not view.pending:
                raise
            # A period the older figures do not have yet (a new month): wait for the newest.
            view = summaries.view(session, now, floor, wait=True)
            fixed = view.figures.programme.parse(period)
        record_action(
            session, actor=f"leader:{leader.username}", action="summary.viewed", target=None, at=now
        )
    response.headers.update(_NO_STORE)
    return build_period_summary(view, fixed, now)


@router.get(
    "/api/v2/summary.csv",
    summary="The period summary as CSV for funder reports (threshold at least 10)",
    description=_SUPPRESSION_NOTE
    + " Columns: table,row,column,value; a withheld value reads `suppressed`.",
    response_class=Response,
    responses=_CSV_RESPONSES,
)
def get_period_summary_csv(
    leader: CurrentLeader,
    session: DbSession,
    settings: ServerSettings,
    summaries: Summaries,
    now: Now,
    period: PeriodText,
    threshold: Threshold = None,
) -> Response:
    with session.begin():
        view = summaries.view(
            session, now, effective_threshold(threshold, settings.export_threshold)
        )
        fixed = view.figures.programme.parse(period)
        record_action(
            session,
            actor=f"leader:{leader.username}",
            action="summary.exported",
            target=None,
            at=now,
        )
    return Response(
        period_summary_csv(build_period_summary(view, fixed, now)),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="coach-summary-{fixed.label}.csv"',
            **_NO_STORE,
        },
    )


@router.get(
    "/api/v1/summary",
    response_model=Summary,
    summary="Aggregated progress for a fixed period (previous shape), with small counts withheld",
    description=_SUPPRESSION_NOTE + " Definitions: docs/indicators.md.",
    responses=error_responses(401, 404, 422),
)
def get_summary(
    leader: CurrentLeader,
    session: DbSession,
    settings: ServerSettings,
    summaries: Summaries,
    now: Now,
    response: Response,
    from_month: FromMonth,
    to_month: ToMonth,
    threshold: Threshold = None,
) -> Summary:
    with session.begin():
        view = summaries.view(session, now, effective_threshold(threshold, settings.api_threshold))
        fixed = view.figures.programme.from_range(from_month, to_month)
        record_action(
            session, actor=f"leader:{leader.username}", action="summary.viewed", target=None, at=now
        )
    response.headers.update(_NO_STORE)
    return build_summary(view, fixed, now)


@router.get(
    "/api/v1/summary.csv",
    summary="The summary as CSV for funder reports (threshold at least 10)",
    description=_SUPPRESSION_NOTE
    + " Columns: table,row,column,value; a withheld value reads `suppressed`.",
    response_class=Response,
    responses=_CSV_RESPONSES,
)
def get_summary_csv(
    leader: CurrentLeader,
    session: DbSession,
    settings: ServerSettings,
    summaries: Summaries,
    now: Now,
    from_month: FromMonth,
    to_month: ToMonth,
    threshold: Threshold = None,
) -> Response:
    with session.begin():
        view = summaries.view(
            session, now, effective_threshold(threshold, settings.export_threshold)
        )
        fixed = view.figures.programme.from_range(from_month, to_month)
        record_action(
            session,
            actor=f"leader:{leader.username}",
            action="summary.exported",
            target=None,
            at=now,
        )
    filename = f"coach-summary-{from_month}-{to_month}.csv"
    return Response(
        summary_csv(build_summary(view, fixed, now)),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', **_NO_STORE},
    )
