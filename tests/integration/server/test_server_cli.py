"""The coach-server command line: leaders, enrolment codes, devices."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from coach_server.app import create_app
from coach_server.cli import main
from coach_server.settings import Settings


def _run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_admin_commands_on_a_fresh_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_SERVER_ARGON2_MEMORY_KIB", "1024")
    monkeypatch.setenv("COACH_SERVER_ARGON2_ITERATIONS", "1")
    data = str(tmp_path / "data")

    code, out, _ = _run(
        capsys,
        monkeypatch,
        "create-leader",
        "leader",
        "--data-dir",
        data,
        stdin="a long enough password\n",
    )
    assert code == 0, out
    code, _, err = _run(
        capsys,
        monkeypatch,
        "create-leader",
        "leader",
        "--data-dir",
        data,
        stdin="a long enough password\n",
    )
    assert code == 1
    assert "exists already" in err
    code, _, err = _run(
        capsys, monkeypatch, "create-leader", "other", "--data-dir", data, stdin="short\n"
    )
    assert code == 2

    code, out, _ = _run(
        capsys,
        monkeypatch,
        "enrolment-code",
        "--coach",
        "Coach A",
        "--ttl",
        "2h",
        "--data-dir",
        data,
    )
    assert code == 0
    enrolment_code = out.strip()
    assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){3}", enrolment_code)

    settings = Settings(data_dir=Path(data), argon2_memory_kib=1024, argon2_iterations=1)
    with TestClient(create_app(settings)) as client:
        enrolled = client.post("/api/v1/enrol", json={"code": enrolment_code}).json()
        login = client.post(
            "/api/v1/auth/login", json={"username": "leader", "password": "a long enough password"}
        )
        assert login.status_code == 200

    code, out, _ = _run(capsys, monkeypatch, "devices", "list", "--data-dir", data)
    assert code == 0
    assert enrolled["device_id"] in out
    assert "Coach A" in out
    code, out, _ = _run(
        capsys, monkeypatch, "devices", "revoke", enrolled["device_id"], "--data-dir", data
    )
    assert code == 0
    code, _, _ = _run(
        capsys, monkeypatch, "devices", "revoke", "no-such-device", "--data-dir", data
    )
    assert code == 1
    with TestClient(create_app(settings)) as client:
        token = {"Authorization": f"Bearer {enrolled['token']}"}
        assert client.get("/api/v1/sync/state", headers=token).status_code == 401


def test_bad_durations_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["enrolment-code", "--coach", "A", "--ttl", "forever"])
    assert "not a duration" in capsys.readouterr().err


def test_production_with_insecure_settings_refuses_to_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_SERVER_ENVIRONMENT", "production")
    code = main(["serve", "--data-dir", str(tmp_path)])
    assert code == 2
    err = capsys.readouterr().err
    assert "SECRET_KEY" in err
    assert "PostgreSQL" in err
