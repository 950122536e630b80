"""Builders for records and clients shared by the server's integration tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient

from coach_server.db import create_db_engine, make_session_factory
from coach_server.services import create_enrolment_code, create_leader

LEADER_PASSWORD = "a long enough test password"


def pid() -> str:
    return str(uuid.uuid4())


class FakeClock:
    """An injectable clock the tests move by hand."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or datetime(2020, 3, 18, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def family(
    p: str | None = None,
    *,
    version: int = 1,
    status: str = "active",
    enrolled: str = "2019-01",
    status_month: str = "2019-02",
) -> dict[str, Any]:
    return {
        "kind": "family",
        "pid": p or pid(),
        "version": version,
        "municipality_code": "GM0153",
        "household_size_band": "3-4",
        "programme_status": status,
        "enrolled_month": enrolled,
        "status_month": status_month,
    }


def person(
    family_pid: str,
    p: str | None = None,
    *,
    version: int = 1,
    age_band: str = "30-49",
    role: str = "adult",
) -> dict[str, Any]:
    return {
        "kind": "person",
        "pid": p or pid(),
        "version": version,
        "family_pid": family_pid,
        "age_band": age_band,
        "gender": "f",
        "role": role,
    }


def goal(
    family_pid: str,
    person_pid: str | None,
    *,
    domain: str = "language",
    status: str = "started",
    opened: str = "2019-02",
    status_month: str = "2019-03",
    version: int = 1,
    p: str | None = None,
) -> dict[str, Any]:
    return {
        "kind": "goal",
        "pid": p or pid(),
        "version": version,
        "family_pid": family_pid,
        "person_pid": person_pid,
        "domain": domain,
        "status": status,
        "opened_month": opened,
        "status_month": status_month,
    }


def visit(
    family_pid: str, *, iso_week: str = "2019-W11", version: int = 1, p: str | None = None
) -> dict[str, Any]:
    return {
        "kind": "visit",
        "pid": p or pid(),
        "version": version,
        "family_pid": family_pid,
        "iso_week": iso_week,
        "duration_band": "60-89",
        "mode": "home",
    }


def assessment(
    subject_pid: str,
    *,
    domain: str = "language",
    score: int = 3,
    month: str = "2019-03",
    version: int = 1,
    p: str | None = None,
) -> dict[str, Any]:
    return {
        "kind": "assessment",
        "pid": p or pid(),
        "version": version,
        "subject_pid": subject_pid,
        "domain": domain,
        "score": score,
        "month": month,
    }


def tombstone(p: str, *, version: int, reason: str = "erased") -> dict[str, Any]:
    return {"kind": "tombstone", "pid": p, "version": version, "reason": reason}


def batch(*records: dict[str, Any], protocol_version: int = 1) -> dict[str, Any]:
    return {"protocol_version": protocol_version, "records": list(records)}


# -- protocol version 2 records ------------------------------------------------------------------


def family_v2(
    p: str | None = None, *, version: int = 1, enrolled: str = "2019-01"
) -> dict[str, Any]:
    return {
        "kind": "family",
        "pid": p or pid(),
        "version": version,
        "municipality_code": "GM0153",
        "household_size_band": "3-4",
        "enrolled_month": enrolled,
    }


def person_v2(
    family_pid: str, p: str | None = None, *, version: int = 1, gender: str = "f"
) -> dict[str, Any]:
    return {
        "kind": "person",
        "pid": p or pid(),
        "version": version,
        "family_pid": family_pid,
        "gender": gender,
        "role": "adult",
    }


def goal_v2(
    family_pid: str,
    person_pid: str | None,
    *,
    domain: str = "language",
    opened: str = "2019-02",
    age_band: str | None = None,
    version: int = 1,
    p: str | None = None,
) -> dict[str, Any]:
    return {
        "kind": "goal",
        "pid": p or pid(),
        "version": version,
        "family_pid": family_pid,
        "person_pid": person_pid,
        "domain": domain,
        "opened_month": opened,
        "age_band": age_band,
    }


def status_change(
    subject_kind: str,
    subject_pid: str,
    status: str,
    month: str,
    *,
    age_band: str | None = None,
    version: int = 1,
    p: str | None = None,
) -> dict[str, Any]:
    return {
        "kind": "status_change",
        "pid": p or pid(),
        "version": version,
        "subject_kind": subject_kind,
        "subject_pid": subject_pid,
        "status": status,
        "month": month,
        "age_band": age_band,
    }


def language_level(
    person_pid: str,
    level: str,
    month: str,
    *,
    age_band: str | None = "30-49",
    version: int = 1,
    p: str | None = None,
) -> dict[str, Any]:
    return {
        "kind": "language_level",
        "pid": p or pid(),
        "version": version,
        "person_pid": person_pid,
        "level": level,
        "month": month,
        "age_band": age_band,
    }


def assessment_v2(
    subject_pid: str, *, score: int = 3, month: str = "2019-03", age_band: str | None = "30-49"
) -> dict[str, Any]:
    return {**assessment(subject_pid, score=score, month=month), "age_band": age_band}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@dataclass
class Server:
    """A test app with its client, clock and database URL, plus shortcuts."""

    client: TestClient
    clock: FakeClock
    database_url: str
    _leaders: dict[str, str] = field(default_factory=dict)

    def admin(self, action: Any) -> Any:
        engine = create_db_engine(self.database_url)
        try:
            with make_session_factory(engine)() as session, session.begin():
                return action(session)
        finally:
            engine.dispose()

    def new_code(self, coach: str = "Coach A", ttl: timedelta = timedelta(hours=24)) -> str:
        code, _ = self.admin(
            lambda s: create_enrolment_code(
                s, coach_name=coach, ttl=ttl, actor="admin:test", now=self.clock()
            )
        )
        return str(code)

    def enrol(self, coach: str = "Coach A") -> tuple[str, dict[str, str]]:
        response = self.client.post("/api/v1/enrol", json={"code": self.new_code(coach)})
        assert response.status_code == 200, response.text
        body = response.json()
        return body["device_id"], bearer(body["token"])

    def leader(self, username: str = "leader") -> dict[str, str]:
        """Creates the leader on first use and logs in (a fresh token at the clock's time)."""
        if username not in self._leaders:
            self.admin(
                lambda s: create_leader(
                    s,
                    username=username,
                    password=LEADER_PASSWORD,
                    memory_kib=1024,
                    iterations=1,
                    actor="admin:test",
                    now=self.clock(),
                )
            )
            self._leaders[username] = LEADER_PASSWORD
        response = self.client.post(
            "/api/v1/auth/login", json={"username": username, "password": self._leaders[username]}
        )
        assert response.status_code == 200, response.text
        return bearer(response.json()["access_token"])

    def push(
        self, headers: dict[str, str], *records: dict[str, Any], protocol_version: int = 1
    ) -> list[dict[str, Any]]:
        response = self.client.post(
            "/api/v1/records",
            json=batch(*records, protocol_version=protocol_version),
            headers=headers,
        )
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["results"]
        return results

    def figures(self, period: str = "2019") -> dict[tuple[str, ...], int]:
        """Every figure of ``period`` before suppression (what the summaries are made of),
        keyed without the period: ``("families_by_status", "active")`` and so on."""
        from coach_server.indicators import build_figures
        from coach_server.programme_data import load_programme

        now = self.clock()
        figures = self.admin(
            lambda s: build_figures(
                load_programme(s),
                now.year * 12 + now.month - 1,
                {
                    "0-17": ["0-3", "4-11", "12-17"],
                    "18-59": ["18-29", "30-49", "50-59"],
                    "60+": ["60-64", "65+"],
                },
            )
        )
        return {
            (key[0], *key[2:]): value
            for key, value in zip(figures.linked.keys, figures.linked.values, strict=True)
            if key[1] == period
        }

    def summary(
        self, headers: dict[str, str], frm: str = "2019-01", to: str = "2019-12", **params: Any
    ) -> dict[str, Any]:
        response = self.client.get(
            "/api/v1/summary", params={"from": frm, "to": to, **params}, headers=headers
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body
