"""Every figure the summary API and CSV serve, as linked-set keys (for the LP audit)."""

from __future__ import annotations

import csv
import io
from typing import Any

from server_helpers import Server

Served = dict[tuple[str, ...], int | None]


def _value(node: Any) -> int | None:
    if node == {"suppressed": True}:
        return None
    assert isinstance(node, int), node
    assert not isinstance(node, bool), node
    return node


def from_json(body: dict[str, Any]) -> Served:
    """The figures of one ``/api/v2/summary`` answer."""
    p = body["period"]["label"]
    out: Served = {}

    def series(table: str, s: dict[str, Any]) -> None:
        for label, value in s["cells"].items():
            out[(table, p, label)] = _value(value)
        out[(table, p, "total")] = _value(s["total"])

    series("families_by_status", body["families"]["by_status"])
    series("families_by_municipality", body["families"]["by_municipality"])
    out[("families_entered", p, "total")] = _value(body["families"]["entered"])
    out[("families_left", p, "total")] = _value(body["families"]["left"])
    series("people_by_status", body["people_by_status"])
    series("visits_per_month", body["visits_per_month"])
    goals = body["goals_by_domain_and_status"]
    for domain, cells in goals["rows"].items():
        for status, value in cells.items():
            out[("goals", p, domain, status)] = _value(value)
        out[("goals", p, domain, "total")] = _value(goals["row_totals"][domain])
    for status, value in goals["column_totals"].items():
        out[("goals", p, "total", status)] = _value(value)
    out[("goals", p, "total", "total")] = _value(goals["total"])
    series("caseload_families", body["caseload"]["families"])
    series("caseload_visits", body["caseload"]["visits"])
    series("caseload_without_recent_visit", body["caseload"]["families_without_recent_visit"])
    for name, b in body["indicators"].items():
        out[("indicator", p, name, "total", "total")] = _value(b["total"])
        for dimension in ("gender", "age_group", "municipality"):
            for category, value in b[f"by_{dimension}"].items():
                out[("indicator", p, name, dimension, category)] = _value(value)
    for domain, change in body["self_reliance_change"].items():
        out[("self_reliance_subjects", p, domain)] = _value(change["subjects"])
    return out


_CSV_TABLES = {"caseload_families_without_recent_visit": "caseload_without_recent_visit"}


def from_csv(text: str) -> Served:
    """The figures of one ``/api/v2/summary.csv`` answer."""
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["table", "row", "column", "value"]
    p = next(r[3] for r in rows if r[0] == "period" and r[1] not in ("from", "to"))
    out: Served = {}
    for table, row, column, value in rows[1:]:
        if table in ("period", "threshold", "data_as_of"):
            continue
        if table == "self_reliance_change" and column != "subjects":
            continue
        v = None if value == "suppressed" else int(value)
        if table == "self_reliance_change":
            out[("self_reliance_subjects", p, row)] = v
            continue
        if table == "goals_by_domain_and_status":
            out[("goals", p, row, column)] = v
        elif table in ("families_entered", "families_left"):
            out[(table, p, "total")] = v
        elif column in ("total", "gender", "age_group", "municipality"):
            dimension = "total" if column == "total" else column
            out[("indicator", p, table, dimension, row)] = v
        else:
            out[(_CSV_TABLES.get(table, table), p, row)] = v
    return out


def served_figures(
    server: Server, headers: dict[str, str], periods: list[str]
) -> tuple[Served, Served]:
    """(what the JSON API serves at threshold 5, what the CSV serves at threshold 10) for
    ``periods``; the version 1 answers must agree with version 2 on every figure they share."""
    api: Served = {}
    export: Served = {}
    for period in periods:
        response = server.client.get("/api/v2/summary", params={"period": period}, headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        api.update(from_json(body))
        response = server.client.get(
            "/api/v2/summary.csv", params={"period": period}, headers=headers
        )
        assert response.status_code == 200, response.text
        export.update(from_csv(response.text))
        old = server.client.get(
            "/api/v1/summary",
            params={"from": body["period"]["from_month"], "to": body["period"]["to_month"]},
            headers=headers,
        )
        assert old.status_code == 200, old.text
        v1 = old.json()
        label = body["period"]["label"]
        assert (
            _value(v1["families_by_status"]["total"]) == api[("families_by_status", label, "total")]
        )
        assert _value(v1["visits_per_month"]["total"]) == api[("visits_per_month", label, "total")]
        assert (
            _value(v1["indicators"]["adults_language_or_education_goal"])
            == api[("indicator", label, "adults_started_language_or_education", "total", "total")]
        )
    return api, export
