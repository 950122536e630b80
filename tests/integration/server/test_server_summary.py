"""Summaries and funder indicators, with small-cell suppression on every count."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from server_helpers import Server, assessment, family, goal, person, visit

S = {"suppressed": True}


def _programme(server: Server) -> None:
    """Coach A: 6 families with an adult and a child each; coach B: 2 families."""
    _, a = server.enrol("Coach A")
    _, b = server.enrol("Coach B")
    records = []
    for i in range(6):
        f = family()
        adult = person(f["pid"], age_band="30-49")
        child = person(f["pid"], age_band="12-17", role="child")
        records += [f, adult, child]
        records.append(
            goal(
                f["pid"], adult["pid"], domain="language", status="started", status_month="2019-04"
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
        records.append(goal(f["pid"], adult["pid"], domain="sport_participation", status="started"))
        records.append(visit(f["pid"], iso_week="2019-W11"))  # Thursday 14 March
        records.append(
            visit(f["pid"], iso_week=f"2020-W{10 + (i % 2):02d}")
        )  # recent for the clock
        records.append(assessment(adult["pid"], domain="language", score=2, month="2019-02"))
        records.append(
            assessment(adult["pid"], domain="language", score=2 + (i % 3), month="2019-09")
        )
    server.push(a, *records)
    fb = family(status="withdrawn", status_month="2019-08")
    fc = family()
    server.push(b, fb, fc, visit(fc["pid"], iso_week="2019-W01"))


def test_summary_counts_with_small_cells_suppressed(server: Server) -> None:
    _programme(server)
    summary = server.summary(server.leader(), "2019-01", "2019-12")

    assert summary["threshold"] == 5
    assert summary["families_by_status"] == {
        # withdrawn = 1 must not follow from total - active: the smallest other count is withheld.
        "cells": {"intake": 0, "active": S, "paused": 0, "completed": 0, "withdrawn": S},
        "total": 8,
    }
    assert summary["people_by_status"]["cells"]["active"] == 12
    visits = summary["visits_per_month"]
    assert visits["cells"]["2019-03"] == S
    assert visits["cells"]["2019-01"] == S
    assert visits["cells"]["2019-04"] == 0
    assert visits["total"] == 7
    goals = summary["goals_by_domain_and_status"]
    assert goals["rows"]["language"]["started"] == 6
    assert goals["rows"]["housing"]["planned"] == 0
    assert goals["total"] == 18
    indicators = summary["indicators"]
    assert indicators["adults_language_or_education_goal"] == 6  # children's goals do not count
    assert indicators["people_work_or_entrepreneurship_achieved"] == 0
    assert indicators["people_sport_participation_goal"] == 6
    assert indicators["families_active"] == S  # the same cell as in families_by_status
    assert indicators["families_withdrawn"] == S
    assert indicators["visits_held"] == 7
    language = indicators["self_reliance_change"]["language"]
    assert language == {"subjects": 6, "mean_change": 1.0}  # (0 + 1 + 2) * 2 / 6
    assert indicators["self_reliance_change"]["work"] == {"subjects": 0, "mean_change": 0.0}


def test_caseload_per_coach_uses_the_servers_clock(server: Server) -> None:
    _programme(server)
    leader = server.leader()
    caseload = server.summary(leader, "2019-01", "2020-12")["caseload"]
    assert caseload["families"]["cells"] == {"Coach A": S, "Coach B": S}
    assert caseload["families"]["total"] == 8
    assert caseload["visits"] == {"cells": {"Coach A": S, "Coach B": S}, "total": 13}
    # 18 March 2020 (week 12): visits in weeks 10 and 11 are within the last six weeks.
    assert caseload["families_without_recent_visit"]["cells"]["Coach A"] == 0
    server.clock.advance(timedelta(weeks=6))
    later = server.summary(server.leader(), "2019-01", "2020-12")["caseload"]
    assert later["families_without_recent_visit"] == {
        "cells": {"Coach A": S, "Coach B": S},
        "total": 7,
    }


def test_the_threshold_is_never_below_five_and_can_be_raised(server: Server) -> None:
    _programme(server)
    leader = server.leader()
    assert server.summary(leader, threshold=1)["threshold"] == 5
    raised = server.summary(leader, threshold=10)
    assert raised["threshold"] == 10
    assert raised["families_by_status"]["total"] == S
    assert raised["goals_by_domain_and_status"]["rows"]["language"]["started"] == S


def test_averages_of_small_groups_are_suppressed(server: Server) -> None:
    _, device = server.enrol()
    f = family()
    p = person(f["pid"])
    server.push(
        device, f, p, assessment(p["pid"], score=1, month="2019-01"), assessment(p["pid"], score=5)
    )
    change = server.summary(server.leader())["indicators"]["self_reliance_change"]["language"]
    assert change == {"subjects": S, "mean_change": S}


def test_csv_export_uses_threshold_ten(server: Server) -> None:
    _programme(server)
    response = server.client.get(
        "/api/v1/summary.csv",
        params={"from": "2019-01", "to": "2019-12", "threshold": 5},
        headers=server.leader(),
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == ["table", "row", "column", "value"]
    values = {(t, r, c): v for t, r, c, v in rows[1:]}
    assert values[("threshold", "", "")] == "10"
    assert values[("families_by_status", "active", "")] == "suppressed"
    assert values[("goals_by_domain_and_status", "total", "total")] == "18"
    assert values[("families_by_status", "intake", "")] == "0"
    served = [v for v in values.values() if v.isdigit()]
    assert all(int(v) == 0 or int(v) >= 10 for v in served if v not in {"10"})


def test_every_served_count_is_zero_suppressed_or_at_least_the_threshold(server: Server) -> None:
    _programme(server)
    summary = server.summary(server.leader(), "2019-01", "2020-12")

    def counts(node: object) -> list[int]:
        if isinstance(node, bool):
            return []
        if isinstance(node, int):
            return [node]
        if isinstance(node, dict):
            return [
                c
                for key, value in node.items()
                if key not in {"threshold", "period"}
                for c in counts(value)
            ]
        return []

    served = counts(
        {k: v for k, v in summary.items() if k not in {"threshold", "period", "generated_at"}}
    )
    assert served
    assert all(c == 0 or c >= 5 for c in served)
