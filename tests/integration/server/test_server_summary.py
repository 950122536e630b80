"""Summaries for fixed periods: indicators, refusals, and the LP audit of everything served."""

from __future__ import annotations

import csv
import io
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import make_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from server_helpers import Server, assessment, family, goal, person, visit
from sqlalchemy import delete
from summary_collect import Served, from_json, served_figures

from coach_server.age_groups import DEFAULT_AGE_GROUPS
from coach_server.indicators import build_figures
from coach_server.models import TYPED_TABLES, LatestRecord
from coach_server.periods import month_index
from coach_server.programme_data import load_programme
from tests.disclosure_audit import feasible_ranges, narrow

S = {"suppressed": True}
YEAR_2019 = [
    *(f"2019-{m:02d}" for m in range(1, 13)),
    *(f"2019-Q{q}" for q in range(1, 5)),
    "2019",
]
# The test clock says 18 March 2020: the programme runs from 2019 to 2020-03.
ALL_PERIODS = [
    *YEAR_2019,
    *(f"2020-{m:02d}" for m in range(1, 13)),
    *(f"2020-Q{q}" for q in range(1, 5)),
    "2020",
    "programme",
]


def _programme(server: Server) -> None:
    """Coach A: 12 families with an adult and a child each; coach B: 2 families."""
    _, a = server.enrol("Coach A")
    _, b = server.enrol("Coach B")
    records = []
    for i in range(12):
        f = family()
        adult = person(f["pid"], age_band="30-49")
        child = person(f["pid"], age_band="12-17", role="child")
        records += [f, adult, child]
        records.append(
            goal(
                f["pid"], adult["pid"], domain="language", opened="2019-02", status_month="2019-04"
            )
        )
        records.append(
            goal(
                f["pid"],
                child["pid"],
                domain="education",
                status="achieved",
                status_month="2019-05",
            )
        )
        records.append(visit(f["pid"], iso_week="2019-W11"))  # Thursday 14 March
        records.append(visit(f["pid"], iso_week=f"2020-W{10 + (i % 2):02d}"))
        records.append(assessment(adult["pid"], score=2, month="2019-02"))
        records.append(assessment(adult["pid"], score=2 + (i % 3), month="2019-09"))
    _push(server, a, records)
    fb = family(status="withdrawn", status_month="2019-08")
    fc = family()
    server.push(b, fb, fc, visit(fc["pid"], iso_week="2019-W01"))


def _push(server: Server, device: dict[str, str], records: list[dict[str, Any]]) -> None:
    for start in range(0, len(records), 100):
        server.push(device, *records[start : start + 100])


def _v2(server: Server, headers: dict[str, str], period: str, **params: Any) -> dict[str, Any]:
    response = server.client.get(
        "/api/v2/summary", params={"period": period, **params}, headers=headers
    )
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    body: dict[str, Any] = response.json()
    return body


def test_a_year_of_indicators_with_small_counts_withheld(server: Server) -> None:
    _programme(server)
    body = _v2(server, server.leader(), "2019")
    assert body["period"] == {
        "kind": "year",
        "label": "2019",
        "from_month": "2019-01",
        "to_month": "2019-12",
    }
    assert body["programme"] == {"from_month": "2019-01", "to_month": "2020-03"}
    assert body["threshold"] == 5
    families = body["families"]
    # withdrawn = 1 is withheld, and active (13) with it, or the total (14) would give it away.
    assert families["by_status"] == {
        "cells": {"intake": 0, "active": S, "paused": 0, "completed": 0, "withdrawn": S},
        "total": 14,
    }
    assert families["by_municipality"]["cells"] == {"GM0153": 14, "other": 0}
    assert families["entered"] == 14
    assert families["left"] == S
    # The families without a recent visit at the end of 2019 are the 13 active ones: the same
    # number as a withheld figure, so withheld too (issue 9's cross-table leak).
    assert body["caseload"]["families_without_recent_visit"]["total"] == S
    assert body["people_by_status"]["cells"]["active"] == 24
    goals = body["goals_by_domain_and_status"]
    assert goals["rows"]["language"]["started"] == 12
    assert goals["rows"]["education"]["achieved"] == 12
    assert goals["rows"]["housing"]["planned"] == 0
    language = body["indicators"]["adults_started_language_or_education"]
    assert language["total"] == 12  # the children's education goals do not count
    assert language["by_gender"]["f"] == 12
    assert language["by_age_group"] == {"0-17": 0, "18-59": 12, "60+": 0, "unknown": 0}
    assert body["indicators"]["people_started_sport"]["total"] == 0
    assert body["self_reliance_change"]["language"] == {"subjects": 12, "mean_change": 1.0}
    assert body["self_reliance_change"]["work"] == {"subjects": 0, "mean_change": None}


def test_the_caseload_without_a_recent_visit_is_as_at_the_end_of_the_period(
    server: Server,
) -> None:
    _programme(server)
    leader = server.leader()
    # Visits in weeks 10 and 11 of 2020: none of the 13 open families was visited in the six
    # weeks up to 31 December 2019; coach A's 12 all were in those up to 31 March 2020.
    q1 = _v2(server, leader, "2020-Q1")["caseload"]["families_without_recent_visit"]
    assert q1["cells"]["Coach A"] == 0

    def without_visit(current: str) -> dict[str, int]:
        figures = server.admin(
            lambda s: build_figures(load_programme(s), month_index(current), DEFAULT_AGE_GROUPS)
        )
        values = dict(zip(figures.linked.keys, figures.linked.values, strict=True))
        return {
            p: values[("caseload_without_recent_visit", p, "total")]
            for p in ("2019", "2019-12", "2020-Q1")
        }

    # The server's date plays no part: a year later, the figures for 2019 are the same.
    assert without_visit("2020-03") == {"2019": 13, "2019-12": 13, "2020-Q1": 1}
    assert without_visit("2021-03") == without_visit("2020-03")


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/v1/summary", {"from": "2019-01", "to": "2019-02"}),
        ("/api/v1/summary", {"from": "2019-02", "to": "2019-04"}),
        ("/api/v1/summary.csv", {"from": "2019-01", "to": "2019-06"}),
        ("/api/v1/summary", {"from": "2019-03", "to": "2019-01"}),
        ("/api/v2/summary", {"period": "2017"}),  # before the programme
        ("/api/v2/summary.csv", {"period": "2021-01"}),  # after the current month's year
    ],
)
def test_other_ranges_are_refused_with_a_clear_error(
    server: Server, path: str, params: dict[str, str]
) -> None:
    _programme(server)
    response = server.client.get(path, params=params, headers=server.leader())
    assert response.status_code == 404
    body = response.json()
    assert body["code"] == "period_not_allowed"
    assert "period" in body["message"] or "programme" in body["message"]


def test_fixed_ranges_are_served_on_the_first_version_too(server: Server) -> None:
    _programme(server)
    leader = server.leader()
    for frm, to in [("2019-01", "2019-01"), ("2019-04", "2019-06"), ("2019-01", "2019-12")]:
        assert server.summary(leader, frm, to)["period"] == {"from_month": frm, "to_month": to}
    programme = server.summary(leader, "2019-01", "2020-03")
    assert programme["families_by_status"]["total"] == 14


def test_the_threshold_is_never_below_five_and_can_be_raised(server: Server) -> None:
    _programme(server)
    leader = server.leader()
    assert _v2(server, leader, "2019", threshold=1)["threshold"] == 5
    raised = _v2(server, leader, "2019", threshold=13)
    assert raised["threshold"] == 13
    assert raised["goals_by_domain_and_status"]["rows"]["language"]["started"] == S
    # What is withheld at 5 stays withheld at 13: the answers together reveal nothing more.
    api, _ = served_figures(server, leader, ["2019"])
    for key, value in api.items():
        if value is None:
            assert _lookup(raised, key) == S, key


def _lookup(body: dict[str, Any], key: tuple[str, ...]) -> Any:
    return {k: S if v is None else v for k, v in from_json(body).items()}[key]


def test_averages_of_small_groups_are_withheld(server: Server) -> None:
    _, device = server.enrol()
    f = family()
    p = person(f["pid"])
    server.push(
        device, f, p, assessment(p["pid"], score=1, month="2019-01"), assessment(p["pid"], score=5)
    )
    change = _v2(server, server.leader(), "2019")["self_reliance_change"]["language"]
    assert change == {"subjects": S, "mean_change": S}


def test_the_csv_export_uses_threshold_ten(server: Server) -> None:
    _programme(server)
    response = server.client.get(
        "/api/v2/summary.csv", params={"period": "2019", "threshold": 5}, headers=server.leader()
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="coach-summary-2019.csv"' in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.text)))
    values = {(t, r, c): v for t, r, c, v in rows[1:]}
    assert values[("threshold", "", "")] == "10"
    assert values[("families_by_status", "total", "")] == "14"
    assert values[("families_by_status", "withdrawn", "")] == "suppressed"
    assert values[("adults_started_language_or_education", "total", "total")] == "12"
    served = [int(v) for (t, _, _), v in values.items() if v.isdigit() and t != "threshold"]
    assert served
    assert all(v == 0 or v >= 10 for v in served)


# -- the linear-programming audit of everything served ---------------------------------------


def _audit(server: Server, served: Served, threshold: int) -> None:
    """Every withheld served figure's feasible range is at least ``threshold`` wide, given the
    cells the figures are sums of (the units' signatures) and every figure served."""
    current = server.clock.now.strftime("%Y-%m")
    figures = server.admin(
        lambda s: build_figures(load_programme(s), month_index(current), DEFAULT_AGE_GROUPS)
    )
    linked = figures.linked
    assert all(v is None or v == 0 or v >= threshold for v in served.values())
    cells = [([linked.keys[i] for i in members], count) for members, count in linked.cells]
    assert narrow(feasible_ranges(cells, served), threshold) == {}


def _audit_all(server: Server, periods: list[str] = ALL_PERIODS) -> tuple[Served, Served]:
    api, export = served_figures(server, server.leader(), periods)
    _audit(server, api, 5)
    _audit(server, export, 10)
    return api, export


def test_audit_cross_table_example_withdrawn_cannot_be_worked_out(server: Server) -> None:
    """Issue 9 (a): completed 41, active 14 (all without a recent visit), withdrawn 3: the
    families total and the 'without a recent visit' total gave withdrawn = 58 - 41 - 14."""
    _, device = server.enrol()
    records = [family(status="completed", status_month="2019-06") for _ in range(41)]
    records += [family(status="active") for _ in range(14)]
    records += [family(status="withdrawn", status_month="2019-06") for _ in range(3)]
    _push(server, device, records)
    api, _ = _audit_all(server)
    assert api[("families_by_status", "2019", "withdrawn")] is None
    assert api[("families_by_status", "2019", "total")] == 58


def test_audit_cross_period_example_february_cannot_be_worked_out(server: Server) -> None:
    """Issue 9 (b): 10 visits in January, 3 in February: January-February (13) minus January
    (10) gave February. Periods are fixed now and the quarter is in the linked set."""
    _, device = server.enrol()
    f = family()
    january = [visit(f["pid"], iso_week=f"2019-W0{2 + i % 3}") for i in range(10)]
    february = [visit(f["pid"], iso_week="2019-W07") for _ in range(3)]
    server.push(device, f, *january, *february)
    api, _ = _audit_all(server)
    assert api[("visits_per_month", "2019-02", "total")] is None
    assert api[("visits_per_month", "2019-Q1", "2019-02")] is None


_weeks = st.integers(1, 52).map(lambda w: f"2019-W{w:02d}")
_months = st.integers(1, 12).map(lambda m: f"2019-{m:02d}")


@st.composite
def _cohort(draw: st.DrawFn) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for _ in range(draw(st.integers(1, 8))):
        enrolled = draw(_months)
        status = draw(st.sampled_from(["intake", "active", "paused", "completed", "withdrawn"]))
        f = family(status=status, enrolled=enrolled, status_month=max(enrolled, draw(_months)))
        records.append(f)
        for _ in range(draw(st.integers(0, 2))):
            p = person(
                f["pid"],
                age_band=draw(st.sampled_from(["12-17", "18-29", "30-49", "65+"])),
            )
            p["gender"] = draw(st.sampled_from(["f", "m"]))
            records.append(p)
            for _ in range(draw(st.integers(0, 2))):
                opened = draw(_months)
                records.append(
                    goal(
                        f["pid"],
                        p["pid"],
                        domain=draw(
                            st.sampled_from(
                                ["language", "education", "entrepreneurship", "sport_participation"]
                            )
                        ),
                        status=draw(st.sampled_from(["planned", "started", "achieved", "stopped"])),
                        opened=opened,
                        status_month=max(opened, draw(_months)),
                    )
                )
        for _ in range(draw(st.integers(0, 3))):
            records.append(visit(f["pid"], iso_week=draw(_weeks)))
    return records


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)  # same figures on PostgreSQL
@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(records=_cohort())
def test_audit_random_sparse_cohorts(server: Server, records: list[dict[str, Any]]) -> None:
    """For random sparse cohorts, everything the API (5) and the CSV (10) serve for every fixed
    period of the programme leaves each withheld count a range at least the threshold wide."""
    server.clock.now = datetime(2019, 12, 20, 12, 0, tzinfo=UTC)  # one year: 2019
    _, device = server.enrol()
    _push(server, device, records)
    _audit_all(server, [*YEAR_2019, "programme"])
    for table in (LatestRecord, *TYPED_TABLES.values()):  # the next example starts afresh
        server.admin(lambda s, table=table: s.execute(delete(table)))


def test_an_ingest_invalidates_the_cached_summary_which_is_computed_ahead(server: Server) -> None:
    """After a batch is stored, the next data state's figures and patterns are computed in the
    background: a leader's request is then a look-up; a request right after the next batch
    never gets the previous (cached) figures."""
    service = server.client.app.state.summaries  # type: ignore[attr-defined]
    headers = server.leader()
    _, device = server.enrol()
    server.push(device, *(family() for _ in range(12)))
    assert service.wait_idle()  # the background computation the batch started has ended
    assert service.computed_in_background >= 1
    on_request = service.computed_on_request
    assert _v2(server, headers, "2019")["families"]["by_status"]["total"] == 12
    response = server.client.get("/api/v2/summary.csv", params={"period": "2019"}, headers=headers)
    assert response.status_code == 200, response.text
    assert service.computed_on_request == on_request  # both thresholds were computed ahead

    server.push(device, *(family() for _ in range(3)))  # a new data state: the cache is stale
    assert _v2(server, headers, "2019")["families"]["by_status"]["total"] == 15
    assert service.wait_idle()
    assert _v2(server, headers, "2019-Q1")["families"]["by_status"]["total"] == 15


def test_batches_back_to_back_are_computed_once_after_the_last(server: Server) -> None:
    """A laptop sends its outbox as batches back to back: the background computation waits
    until they stop (a quiet period) and then computes the newest state once, instead of
    computing after each batch a state the next batch makes out of date; closing the service
    drops a computation still waiting for quiet."""
    service = server.client.app.state.summaries  # type: ignore[attr-defined]
    service.quiet_seconds = service.longest_delay_seconds = 3600.0  # never quiet by itself
    headers = server.leader()
    _, device = server.enrol()
    for _ in range(4):
        server.push(device, *(family() for _ in range(3)))
    assert service.computed_in_background == 0  # queued, not started between the batches
    assert service.wait_idle()  # starts what is queued at once
    assert service.computed_in_background == 1
    assert _v2(server, headers, "2019")["families"]["by_status"]["total"] == 12
    assert service.computed_on_request == 0  # the one computation had all four batches

    server.push(device, family())
    service.close()  # returns at once: the queued computation is dropped, not run
    assert service.computed_in_background == 1


def test_under_continuous_batches_the_computation_starts_after_the_longest_delay(
    server: Server,
) -> None:
    """Batches that never leave a quiet period (many laptops syncing) still get their figures
    computed: at the latest ``longest_delay_seconds`` after the first batch not computed."""
    service = server.client.app.state.summaries  # type: ignore[attr-defined]
    service.quiet_seconds, service.longest_delay_seconds = 3600.0, 0.0
    _, device = server.enrol()
    server.push(device, *(family() for _ in range(12)))
    assert service.wait_idle(120, start_queued=False), "the longest delay did not start it"
    assert service.computed_in_background >= 1


def test_without_background_computing_the_request_computes_the_new_state(server: Server) -> None:
    """A worker process that did not receive the batch (no notification) still answers for
    the data state it reads, never for the one it cached."""
    service = server.client.app.state.summaries  # type: ignore[attr-defined]
    headers = server.leader()
    _, device = server.enrol()
    server.push(device, *(family() for _ in range(12)))
    assert _v2(server, headers, "2019")["families"]["by_status"]["total"] == 12
    assert service.wait_idle()
    service.close()  # from now on nothing is computed ahead
    on_request = service.computed_on_request
    server.push(device, *(family() for _ in range(3)))
    assert _v2(server, headers, "2019")["families"]["by_status"]["total"] == 15
    assert service.computed_on_request == on_request + 1


def test_without_waiting_the_dashboard_gets_the_newest_protected_figures_at_once(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a newer data state is being protected (minutes on a large programme), a request
    with ``wait=false`` is answered from the newest state already protected, says so
    (``pending``) and when that state's newest record was received; ``wait=true`` (the
    default) and the CSV export get the newest figures; a period only the newest state has is
    waited for."""
    import threading

    import coach_server.summary as summary_module

    service = server.client.app.state.summaries  # type: ignore[attr-defined]
    headers = server.leader()
    _, device = server.enrol()
    first_push = server.clock()
    server.push(device, *(family() for _ in range(12)))
    assert service.wait_idle()
    body = _v2(server, headers, "2019", wait="false")
    assert body["families"]["by_status"]["total"] == 12
    assert body["pending"] is False
    assert datetime.fromisoformat(body["data_as_of"]) == first_push

    assert service.computed_on_request == 0
    # Hold the background computation of the next state inside its LP, and know it got there.
    entered, release = threading.Event(), threading.Event()
    real_protect = summary_module.protect

    def held_protect(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread().name == "summary-precompute":
            entered.set()
            assert release.wait(120), "the test never released the computation"
        return real_protect(*args, **kwargs)

    monkeypatch.setattr(summary_module, "protect", held_protect)
    server.clock.advance(timedelta(minutes=5))
    server.push(device, *(family() for _ in range(3)))
    assert entered.wait(120), "the ingest did not start the background computation"

    body = _v2(server, headers, "2019", wait="false")
    assert body["families"]["by_status"]["total"] == 12  # the newest protected: the first push
    assert body["pending"] is True
    assert datetime.fromisoformat(body["data_as_of"]) == first_push
    assert service.computed_on_request == 0  # it neither waited nor computed

    release.set()
    body = _v2(server, headers, "2019")  # waits for the newest (the default)
    assert body["families"]["by_status"]["total"] == 15
    assert body["pending"] is False
    assert datetime.fromisoformat(body["data_as_of"]) == first_push + timedelta(minutes=5)
    assert service.wait_idle()
    csv_rows = list(
        csv.reader(
            io.StringIO(
                server.client.get(
                    "/api/v2/summary.csv", params={"period": "2019"}, headers=headers
                ).text
            )
        )
    )
    assert ["data_as_of", "", "", (first_push + timedelta(minutes=5)).isoformat()] in csv_rows

    # A new year: the newest protected state (March 2020) has no 2021 yet; 2021 is waited for.
    server.clock.now = datetime(2021, 1, 5, 10, 0, tzinfo=UTC)
    headers = server.leader()  # a fresh token at the new time
    assert _v2(server, headers, "2020", wait="false")["pending"] is True
    body = _v2(server, headers, "2021-01", wait="false")
    assert body["period"]["label"] == "2021-01"
    assert body["pending"] is False
    assert body["programme"]["to_month"] == "2021-01"


def test_another_worker_process_serves_what_one_computed_without_computing(
    server: Server, tmp_path: Path, database_url: str
) -> None:
    """Worker processes share the database: a state one process computed (after the batch it
    received) is served by another, or by a restarted one, from the stored figures and
    patterns, exactly as computed; old states are not kept. (PostgreSQL: SQLite serves one
    worker process, so nothing is stored there.)"""
    from fastapi.testclient import TestClient

    from coach_server.app import create_app
    from coach_server.models import SummaryStateRow
    from coach_server.summary_store import KEEP

    headers = server.leader()
    _, device = server.enrol()
    server.push(device, *(family() for _ in range(12)))
    first = server.client.app.state.summaries  # type: ignore[attr-defined]
    assert first.wait_idle()
    computed = _v2(server, headers, "2019")
    if database_url.startswith("sqlite"):  # one worker process: nothing stored, nothing shared
        assert server.admin(lambda s: s.query(SummaryStateRow).count()) == 0
        return
    csv_first = server.client.get(
        "/api/v2/summary.csv", params={"period": "2019"}, headers=headers
    ).text

    other_app = create_app(make_settings(tmp_path / "other", database_url), clock=server.clock)
    with TestClient(other_app) as other:
        other_service = other_app.state.summaries
        for wait in ("false", "true"):
            response = other.get(
                "/api/v2/summary", params={"period": "2019", "wait": wait}, headers=headers
            )
            assert response.status_code == 200, response.text
            body = response.json()
            assert {k: v for k, v in body.items() if k != "generated_at"} == {
                k: v for k, v in computed.items() if k != "generated_at"
            }
        csv_other = other.get("/api/v2/summary.csv", params={"period": "2019"}, headers=headers)
        assert csv_other.text == csv_first
        assert other_service.computed_on_request == 0
        assert other_service.computed_in_background == 0

    for _ in range(KEEP + 2):  # more data states than are kept
        server.push(device, family())
        assert first.wait_idle()
    stored = server.admin(
        lambda s: {(r.last_seq, r.devices, r.month) for r in s.query(SummaryStateRow)}
    )
    assert len(stored) == KEEP


def test_a_damaged_stored_summary_is_computed_again(
    server: Server, tmp_path: Path, database_url: str
) -> None:
    """A stored row that cannot be read back (damaged, or of another layout) is never served:
    the process computes the figures itself and they equal the first process's."""
    if database_url.startswith("sqlite"):
        pytest.skip("nothing is stored on SQLite (one worker process)")
    from fastapi.testclient import TestClient
    from sqlalchemy import update

    from coach_server.app import create_app
    from coach_server.models import SummaryStateRow

    headers = server.leader()
    _, device = server.enrol()
    server.push(device, *(family() for _ in range(12)))
    assert server.client.app.state.summaries.wait_idle()  # type: ignore[attr-defined]
    computed = _v2(server, headers, "2019")
    server.admin(lambda s: s.execute(update(SummaryStateRow).values(figures=b"not zlib")))

    other_app = create_app(make_settings(tmp_path / "other", database_url), clock=server.clock)
    with TestClient(other_app) as other:
        response = other.get("/api/v2/summary", params={"period": "2019"}, headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        assert other_app.state.summaries.computed_on_request == 1
    assert {k: v for k, v in body.items() if k != "generated_at"} == {
        k: v for k, v in computed.items() if k != "generated_at"
    }


def test_stored_figures_read_back_exactly(server: Server) -> None:
    from coach_server.summary_store import decode_figures, encode_figures

    _programme(server)
    figures = server.admin(
        lambda s: build_figures(load_programme(s), month_index("2020-03"), DEFAULT_AGE_GROUPS)
    )
    assert decode_figures(encode_figures(figures)) == figures
    with pytest.raises(ValueError, match="layout"):
        decode_figures(zlib.compress(b'{"format": 99}'))
    for damaged in (b"not zlib", zlib.compress(b"not json"), zlib.compress(b"\xff")):
        with pytest.raises(ValueError, match=r"damaged|Expecting value|can.t decode"):
            decode_figures(damaged)


@pytest.mark.parametrize("period", ["2019-Q5", "2019-01:2019-02", "Q1", "programme "])
def test_a_malformed_period_is_an_invalid_request(server: Server, period: str) -> None:
    response = server.client.get(
        "/api/v2/summary", params={"period": period}, headers=server.leader()
    )
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "invalid_request"
    # Said in words (what the parameter takes), not as the pattern that checks it.
    assert body["message"].startswith("query.period: not in the form asked for. A month")
    assert "pattern" not in body["message"]
    assert "^" not in body["message"]


def test_leader_mode_reads_the_period_summary(server: Server) -> None:
    """The leader app's client parses the server's own answer (one schema in coach_protocol)."""
    import httpx

    from coach_app.leader.client import LeaderClient, RequestRefused

    _programme(server)
    leader = server.leader()

    def relay(request: httpx.Request) -> httpx.Response:
        answer = server.client.get(request.url.path, params=request.url.params, headers=leader)
        return httpx.Response(
            answer.status_code, content=answer.content, headers=dict(answer.headers)
        )

    client = LeaderClient("http://127.0.0.1:8000", transport=httpx.MockTransport(relay))
    client._token = "relayed"  # the relay signs in with the test leader's token
    summary = client.period_summary("2019-Q2")
    assert summary.period.label == "2019-Q2"
    assert summary.indicators["adults_started_language_or_education"].total == 12
    assert client.period_summary_csv("2019").startswith(b"table,row,column,value")
    with pytest.raises(RequestRefused, match="outside the programme"):
        client.period_summary("2017")
