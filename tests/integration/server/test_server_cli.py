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


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    ("argv", "env", "expected"),
    [
        (
            ["serve", "--port", "0"],
            {},
            "port (--port or COACH_SERVER_PORT) must be at least 1, not 0",
        ),
        (
            ["serve", "--port", "70000"],
            {},
            "port (--port or COACH_SERVER_PORT) must be at most 65535",
        ),
        (["serve", "--port", "eighty"], {}, "must be a whole number, not eighty"),
        (
            ["serve"],
            {"COACH_SERVER_PORT": "0"},
            "port (--port or COACH_SERVER_PORT) must be at least 1",
        ),
        (
            ["serve", "--workers", "0"],
            {},
            "workers (--workers or COACH_SERVER_WORKERS) must be at least 1",
        ),
        (
            ["serve"],
            {"COACH_SERVER_ENVIRONMENT": "prod"},
            "environment (COACH_SERVER_ENVIRONMENT) must be 'development' or 'production'",
        ),
        (
            ["serve"],
            {"COACH_SERVER_SIGN_IN_LIMIT_PER_USERNAME": "lots"},
            "sign_in_limit_per_username (COACH_SERVER_SIGN_IN_LIMIT_PER_USERNAME) is not a rate "
            "limit such as '10 per 15 minutes', not lots",
        ),
        (
            ["--database-url", "nonsense", "migrate"],
            {},
            "database_url (--database-url or COACH_SERVER_DATABASE_URL) is not a database URL",
        ),
        (
            ["--database-url", "mysql://u@h/db", "migrate"],
            {},
            "only PostgreSQL and SQLite are supported",
        ),
        (
            ["--database-url", "postgresql+psycopg2://u@h/db", "migrate"],
            {},
            "use postgresql+psycopg://",
        ),
        (["--database-url", "postgresql://u@h", "migrate"], {}, "names no database"),
        (
            ["migrate"],
            {"COACH_SERVER_AGE_GROUPS": "{bad json"},
            "age_groups (COACH_SERVER_AGE_GROUPS) is not valid JSON",
        ),
        (
            ["serve"],
            {"COACH_SERVER_BACKUP_KEEP": "[3]"},
            "backup_keep (COACH_SERVER_BACKUP_KEEP)",
        ),
        (
            ["migrate"],
            {"COACH_SERVER_PROGRAMME_TIME_ZONE": "Mars/Olympus"},
            "programme_time_zone (COACH_SERVER_PROGRAMME_TIME_ZONE) is not a known time zone",
        ),
        (
            ["migrate"],
            {"COACH_SERVER_AGE_GROUPS": '{"0-17": ["0-17"]}'},
            "age_groups (COACH_SERVER_AGE_GROUPS) is not valid: '0-17' is not an age band",
        ),
    ],
)
def test_a_setting_error_is_one_plain_line_naming_the_setting(
    argv: list[str],
    env: dict[str, str],
    expected: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code = main(["--data-dir", str(tmp_path), *argv])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1, err
    assert err.startswith("coach-server: ")
    assert expected in err
    assert "Value error" not in err
    assert "Traceback" not in err


def test_an_unreachable_database_is_one_line_without_the_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql://coach:hunter2secret@127.0.0.1:{_free_port()}/coach"
    for command in (["migrate"], ["devices", "list"], ["serve", "--port", "8123"]):
        code = main(["--data-dir", str(tmp_path), "--database-url", url, *command])
        _, err = capsys.readouterr()
        assert code == 2, command
        assert err.count("\n") == 1, err
        assert err.startswith(
            "coach-server: cannot use the database postgresql+psycopg://coach:***@"
        )
        assert "(--database-url or COACH_SERVER_DATABASE_URL)" in err
        assert "hunter2secret" not in err


def test_a_data_folder_that_cannot_be_made_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    code = main(["--data-dir", str(blocker / "data"), "migrate"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"coach-server: cannot create the data folder {blocker / 'data'}")
    assert "--data-dir or COACH_SERVER_DATA_DIR" in err


def test_migrate_brings_the_database_to_the_latest_revision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from alembic.script import ScriptDirectory

    from coach_server.db import alembic_config

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert main(["--data-dir", str(tmp_path), "migrate"]) == 0
    assert capsys.readouterr().out == f"database schema at revision {head}\n"
    assert main(["--data-dir", str(tmp_path), "migrate"]) == 0, "a second run changes nothing"


def test_an_enrolment_code_that_replaces_a_device(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = str(tmp_path / "data")
    code, out, _ = _run(
        capsys, monkeypatch, "enrolment-code", "--coach", "Ayşe", "--data-dir", data
    )
    settings = Settings(data_dir=Path(data), argon2_memory_kib=1024, argon2_iterations=1)
    with TestClient(create_app(settings)) as client:
        device_id = client.post("/api/v1/enrol", json={"code": out.strip()}).json()["device_id"]

    code, out, _ = _run(
        capsys, monkeypatch, "enrolment-code", "--replaces", device_id, "--data-dir", data
    )
    assert code == 0
    with TestClient(create_app(settings)) as client:
        enrolled = client.post("/api/v1/enrol", json={"code": out.strip()}).json()
    assert enrolled["device_id"] == device_id
    code, out, _ = _run(capsys, monkeypatch, "devices", "list", "--data-dir", data)
    assert out.count(device_id) == 1
    assert "Ayşe" in out, "the coach's name is kept"

    code, _, err = _run(
        capsys,
        monkeypatch,
        "enrolment-code",
        "--replaces",
        "3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b",
        "--data-dir",
        data,
    )
    assert (code, err) == (
        1,
        "coach-server: no device 3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b (see: devices list)\n",
    )
    code, _, err = _run(capsys, monkeypatch, "enrolment-code", "--data-dir", data)
    assert (code, err) == (2, "coach-server: give --coach NAME (or --replaces DEVICE_ID)\n")


def test_a_port_in_use_is_one_line_naming_the_port(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = main(["--data-dir", str(tmp_path), "serve", "--port", str(port)])
    out, err = capsys.readouterr()
    assert code == 2, "a setting to change, not 3 (missing packages)"
    assert out == ""
    assert err == (
        f"coach-server: port {port} on 127.0.0.1 is in use (--port or COACH_SERVER_PORT)\n"
    )


def test_an_address_the_server_cannot_listen_on_names_the_host(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 192.0.2.1 (TEST-NET-1) is never an address of this computer.
    code = main(["--data-dir", str(tmp_path), "serve", "--host", "192.0.2.1"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1, err
    assert err.startswith("coach-server: cannot listen on 192.0.2.1 port 8000: ")
    assert err.endswith("(--host or COACH_SERVER_HOST)\n")


def test_a_server_that_stops_at_start_is_not_status_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The port is taken between the check and uvicorn's bind: uvicorn logs why and stops.
    import socket

    monkeypatch.setattr("coach_server.cli.check_can_listen", lambda host, port: None)
    monkeypatch.setattr("coach_server.logs.configure_logging", lambda: None)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = main(["--data-dir", str(tmp_path), "serve", "--port", str(port)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.endswith("coach-server: the server did not start (the line above says why)\n")
