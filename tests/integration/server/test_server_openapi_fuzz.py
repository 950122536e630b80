"""Schemathesis against the app's own OpenAPI, in process, with every check enabled.

Positive and negative cases for each operation; authenticated operations get a valid token
of the right role (the ``ignored_auth`` check then probes them without and with a bad token).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.generation.modes import GenerationMode
from server_helpers import LEADER_PASSWORD, FakeClock, Server, bearer

from coach_protocol.offsite import MAX_UPLOAD_BYTES
from coach_server.app import create_app
from coach_server.settings import Settings

DEVICE_PATHS = {
    "/api/v1/records",
    "/api/v1/sync/state",
    "/api/v1/sync/digest",
    "/api/v1/sync/held",
    "/api/v1/backups",
    "/api/v1/backups/uploads",
    "/api/v1/backups/uploads/current",
    "/api/v1/backups/{backup_id}/chunks/{index}",
    "/api/v1/device/key",
    "/api/v1/devices/peers",
    "/api/v1/handovers",
    "/api/v1/handovers/{package_id}",
    "/api/v1/handovers/{package_id}/chunks/{index}",
    "/api/v1/handovers/{package_id}/confirm",
    "/api/v1/handovers/{package_id}/upload",
    "/api/v1/uploads/{upload_id}/chunks/{index}",
    "/api/v1/uploads/{upload_id}/complete",
}
LEADER_PATHS = {
    "/api/v1/auth/logout",
    "/api/v1/summary",
    "/api/v1/summary.csv",
    "/api/v2/summary",
    "/api/v2/summary.csv",
    "/api/v1/devices",
    "/api/v1/enrolment-codes",
    "/api/v1/devices/{device_id}/revoke",
}


def test_every_protected_operation_is_fuzzed_with_its_role_s_token() -> None:
    """The lists above are the operations the OpenAPI document protects, by scheme: a new
    protected operation fails here until it is fuzzed with a valid token."""
    app = create_app(Settings(database_url="sqlite://"), migrate=False)
    by_scheme: dict[str, set[str]] = {"DeviceToken": set(), "LeaderToken": set()}
    for path, item in app.openapi()["paths"].items():
        for operation in item.values():
            for requirement in operation.get("security", []):
                for scheme in requirement:
                    by_scheme[scheme].add(path)
    assert by_scheme == {"DeviceToken": DEVICE_PATHS, "LeaderToken": LEADER_PATHS}


@pytest.fixture(scope="module")
def fuzzed_app(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[FastAPI, dict[str, dict[str, str]]]:
    data = Path(tmp_path_factory.mktemp("fuzz"))
    # A quota above the largest declarable upload: a quota refusal (413) is the server's own
    # business rule, tested in the backup tests, not a schema-valid request wrongly refused.
    settings_ = Settings(
        data_dir=data,
        argon2_memory_kib=1024,
        argon2_iterations=1,
        backup_quota_bytes=2 * MAX_UPLOAD_BYTES,
        # Fuzzed sign-ins must not lock out the leader the other operations use.
        sign_in_limit_per_username="100000 per 15 minutes",
        sign_in_limit_per_address="100000 per 15 minutes",
    )
    clock = FakeClock()
    app = create_app(settings_, clock=clock)
    with TestClient(app) as client:
        server = Server(client=client, clock=clock, database_url=settings_.effective_database_url)
        _, device = server.enrol()
        leader = server.leader()
    return app, {"device": device, "leader": leader}


@pytest.fixture(scope="module")
def api_schema(fuzzed_app: tuple[FastAPI, dict[str, dict[str, str]]]) -> schemathesis.BaseSchema:
    app, _ = fuzzed_app
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def _cases() -> list[tuple[str, str, GenerationMode]]:
    """(method, path, mode) for every operation, read from the OpenAPI of an app never run.
    Negative data only exists for operations that take parameters or a body."""
    app = create_app(Settings(database_url="sqlite://"), migrate=False)
    cases = []
    for path, item in app.openapi()["paths"].items():
        for method, operation in item.items():
            cases.append((method.upper(), path, GenerationMode.POSITIVE))
            if operation.get("parameters") or operation.get("requestBody"):
                cases.append((method.upper(), path, GenerationMode.NEGATIVE))
    return sorted(cases)


@pytest.mark.parametrize(("method", "path", "mode"), _cases())
def test_the_api_conforms_to_its_openapi(
    method: str,
    path: str,
    mode: GenerationMode,
    api_schema: schemathesis.BaseSchema,
    fuzzed_app: tuple[FastAPI, dict[str, dict[str, str]]],
) -> None:
    app, tokens = fuzzed_app
    headers: dict[str, str] = {}
    if path in DEVICE_PATHS:
        headers = dict(tokens["device"])
    elif path in LEADER_PATHS:
        headers = dict(tokens["leader"])
    operation = api_schema[path][method]
    fresh_leader = path == "/api/v1/auth/logout"  # each call revokes its token: a new one each

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=int(os.environ.get("FUZZ_EXAMPLES", "25")),
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    def run(case: schemathesis.Case) -> None:
        # No explicit list: every built-in check that the default configuration enables.
        if fresh_leader:
            login = TestClient(app).post(
                "/api/v1/auth/login", json={"username": "leader", "password": LEADER_PASSWORD}
            )
            headers.update(bearer(login.json()["access_token"]))
        case.call_and_validate(headers=headers)

    run()


def test_every_operation_is_documented_with_examples_and_security(
    fuzzed_app: tuple[FastAPI, dict[str, dict[str, str]]],
) -> None:
    app, _ = fuzzed_app
    document = app.openapi()
    operations = {
        (path, method): op
        for path, item in document["paths"].items()
        for method, op in item.items()
    }
    for path in DEVICE_PATHS | LEADER_PATHS:
        for (p, _), op in operations.items():
            if p == path:
                assert op.get("security"), path
                assert "401" in op["responses"], path
    schemas = document["components"]["schemas"]
    assert schemas["Suppressed"]["properties"]["suppressed"]["const"] is True
    assert "example" in str(operations[("/api/v1/records", "post")]["requestBody"])
    assert bearer("x")  # the helper used to build tokens above
