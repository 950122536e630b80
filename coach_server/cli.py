"""The ``coach-server`` command line.

Only the standard library is imported when it starts: on a machine without the server's
packages, every command says in one line what to install. Configuration problems (a setting out
of range, a bad or unreachable database URL, a data folder that cannot be created) are one line
naming the setting, never a traceback; so is a port in use or an address the server cannot listen
on (naming ``--port`` / ``--host``). The exit status is 2 for those, 3 for missing packages, 1
when the server stops at start for another reason.
"""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from coach_server.settings import Settings

__all__ = ["SERVER_PACKAGES", "CommandError", "main", "parse_duration"]

#: Top-level modules of the ``server`` extra (every package of it, see pyproject.toml, and
#: starlette, which fastapi brings); one missing means the extra is not installed.
#: tests/unit/server/test_server_packages.py keeps this in step with pyproject.toml.
SERVER_PACKAGES = frozenset(
    {
        "fastapi",
        "starlette",
        "uvicorn",
        "pydantic_settings",
        "psycopg",
        "highspy",
        "numpy",
        "limits",
    }
)
INSTALL_HINT = "pip install 'coach-companion[server]'"


class CommandError(Exception):
    """A problem the operator can fix; the message is one plain line."""


_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")


def parse_duration(text: str) -> timedelta:
    """``30m``, ``24h`` or ``7d`` as a timedelta."""
    match = re.fullmatch(r"([1-9][0-9]*)([mhd])", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration such as 30m, 24h or 7d")
    amount, unit = int(match[1]), match[2]
    return {
        "m": timedelta(minutes=amount),
        "h": timedelta(hours=amount),
        "d": timedelta(days=amount),
    }[unit]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coach-server", description="Coach Companion central server."
    )
    parser.add_argument("--data-dir", type=Path, help="data folder (default: the user data folder)")
    parser.add_argument(
        "--database-url", help="SQLAlchemy URL (default: SQLite in the data folder)"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="apply migrations and serve the API with uvicorn")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", help="port to listen on, 1-65535 (default 8000)")
    serve.add_argument(
        "--workers", help="server processes sharing the database (default 1; PostgreSQL for more)"
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        help="reverse proxies whose X-Forwarded-* headers are trusted (default 127.0.0.1)",
    )
    _add_storage(serve)

    _add_storage(
        commands.add_parser(
            "migrate", help="bring the database to the latest schema (also done by serve)"
        )
    )

    leader = commands.add_parser(
        "create-leader", help="add a project leader (password from stdin or a prompt)"
    )
    leader.add_argument("username")
    _add_storage(leader)

    code = commands.add_parser("enrolment-code", help="print a single-use enrolment code")
    code.add_argument(
        "--coach", help="the coach's name, attached to the device (default with --replaces: kept)"
    )
    code.add_argument(
        "--ttl", type=parse_duration, default=timedelta(hours=24), help="e.g. 30m, 24h, 7d"
    )
    code.add_argument(
        "--replaces",
        metavar="DEVICE_ID",
        help="the laptop enrolling with this code continues this device (see devices list)",
    )
    _add_storage(code)

    devices = commands.add_parser("devices", help="list or revoke devices")
    device_commands = devices.add_subparsers(dest="devices_command", required=True)
    _add_storage(device_commands.add_parser("list", help="list enrolled devices"))
    revoke = device_commands.add_parser("revoke", help="revoke a device")
    revoke.add_argument("device_id")
    _add_storage(revoke)
    return parser


def _add_storage(parser: argparse.ArgumentParser) -> None:
    # Accepted after the sub-command too: ``coach-server create-leader NAME --data-dir DIR``,
    # and said in each command's --help (a leader created without it went to the default folder
    # while the server ran on ``serve --data-dir``).
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="data folder: the one the server is served from (default: the user data folder, "
        "or COACH_SERVER_DATA_DIR)",
    )
    parser.add_argument(
        "--database-url",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="SQLAlchemy URL (default: SQLite in the data folder, or COACH_SERVER_DATABASE_URL)",
    )


def _settings(args: argparse.Namespace) -> Settings:
    from pydantic import ValidationError
    from pydantic_settings import SettingsError

    from coach_server.settings import Settings, setting_errors, settings_source_error

    overrides: dict[str, object] = {}
    for name in ("data_dir", "database_url", "host", "port", "workers", "forwarded_allow_ips"):
        value = getattr(args, name, None)
        if value is not None:
            overrides[name] = value
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise CommandError("\n".join(setting_errors(exc))) from None
    except SettingsError as exc:  # a value that cannot even be read, e.g. JSON that is not
        raise CommandError(settings_source_error(exc)) from None


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except CommandError as exc:
        for line in str(exc).splitlines():
            print(f"coach-server: {line}", file=sys.stderr)
        return 2
    except ServeFailed:
        print("coach-server: the server did not start (the line above says why)", file=sys.stderr)
        return 1
    except ModuleNotFoundError as exc:
        missing = (exc.name or "").split(".")[0]
        if missing not in SERVER_PACKAGES:
            raise
        print(
            f"coach-server: the server's packages are not installed ({missing} is missing); "
            f"install them with: {INSTALL_HINT}",
            file=sys.stderr,
        )
        return 3


def _run(args: argparse.Namespace) -> int:
    from importlib.util import find_spec

    for package in sorted(SERVER_PACKAGES):  # all at once, not at the first use of each
        if find_spec(package) is None:
            raise ModuleNotFoundError(f"No module named {package!r}", name=package)
    settings = _settings(args)
    if args.command == "serve":
        return _serve(settings)
    engine = open_database(settings)
    try:
        if args.command == "migrate":
            from coach_server.db import current_revision

            print(f"database schema at revision {current_revision(engine)}")
            return 0
        return _admin(args, settings, engine)
    finally:
        engine.dispose()


def open_database(settings: Settings) -> Engine:
    """An engine on the configured database, migrated to the latest revision; `CommandError`
    (one line naming the setting, never the password) when it cannot be reached."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DBAPIError

    from coach_server.db import create_db_engine, upgrade
    from coach_server.settings import describe_setting

    url = settings.effective_database_url
    shown = make_url(url).render_as_string(hide_password=True)
    setting = describe_setting("database_url" if settings.database_url else "data_dir")
    try:
        engine = create_db_engine(url)
    except OSError as exc:
        raise CommandError(
            f"cannot create the data folder {settings.data_dir} ({setting}): "
            f"{exc.strerror or type(exc).__name__}"
        ) from None
    try:
        upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else "no answer"
        raise CommandError(f"cannot use the database {shown} ({setting}): {reason}") from None
    return engine


class ServeFailed(Exception):
    """uvicorn stopped at start; its log line said why."""


def check_can_listen(host: str, port: int) -> None:
    """`CommandError` naming ``--port`` or ``--host`` unless the server can listen on ``host``
    and ``port`` (uvicorn would log a line and stop with status 3, which means missing
    packages here)."""
    import errno
    import socket

    from coach_server.settings import describe_setting

    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not an address or known host name"
        raise CommandError(
            f"cannot listen on {host!r}: {reason} ({describe_setting('host')})"
        ) from None
    for family, kind, protocol, _, address in addresses:
        with socket.socket(family, kind, protocol) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            try:
                sock.bind(address)
            except OSError as exc:
                reason = exc.strerror or type(exc).__name__
                if exc.errno == errno.EADDRINUSE:
                    raise CommandError(
                        f"port {port} on {host} is in use ({describe_setting('port')})"
                    ) from None
                if exc.errno == errno.EACCES:
                    raise CommandError(
                        f"port {port} on {host} needs administrator rights; use a port above "
                        f"1023 behind the reverse proxy ({describe_setting('port')})"
                    ) from None
                raise CommandError(
                    f"cannot listen on {host} port {port}: {reason} ({describe_setting('host')})"
                ) from None


def _serve(settings: Settings) -> int:
    import uvicorn

    from coach_server.app import create_app
    from coach_server.logs import configure_logging

    check_can_listen(settings.host, settings.port)
    configure_logging()
    open_database(settings).dispose()  # migrate once, before any worker starts
    options: dict[str, Any] = {
        "host": settings.host,
        "port": settings.port,
        "log_config": None,
        "proxy_headers": True,
        "forwarded_allow_ips": settings.forwarded_allow_ips,
    }
    if settings.workers == 1:
        try:
            uvicorn.run(create_app(settings, migrate=False), **options)
        except SystemExit as exc:
            # uvicorn's "startup failed" is status 3, which here means missing packages.
            if exc.code in (0, None):
                raise
            raise ServeFailed from None
        return 0
    # Each worker is a new process that builds its app from the environment.
    os.environ["COACH_SERVER_DATA_DIR"] = str(settings.data_dir)
    os.environ["COACH_SERVER_DATABASE_URL"] = settings.effective_database_url
    uvicorn.run(
        "coach_server.asgi:app_from_environment",
        factory=True,
        workers=settings.workers,
        **options,
    )
    return 0


def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if getpass.getpass("Repeat password: ") != first:
            raise ValueError("the passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _admin(args: argparse.Namespace, settings: Settings, engine: Engine) -> int:
    from coach_server.app import utc_now
    from coach_server.audit import cli_actor
    from coach_server.db import make_session_factory
    from coach_server.models import Device
    from coach_server.services import (
        LeaderExistsError,
        create_enrolment_code,
        create_leader,
        list_devices,
        revoke_device,
    )

    session_factory = make_session_factory(engine)
    now = utc_now()
    actor = cli_actor()
    with session_factory() as session, session.begin():
        if args.command == "create-leader":
            if not _USERNAME.fullmatch(args.username):
                print(
                    "coach-server: a username is 3-64 of a-z, 0-9, '.', '_', '-'", file=sys.stderr
                )
                return 2
            try:
                password = _read_password()
            except ValueError as exc:
                print(f"coach-server: {exc}", file=sys.stderr)
                return 2
            if len(password) < 12:
                print("coach-server: the password needs at least 12 characters", file=sys.stderr)
                return 2
            try:
                create_leader(
                    session,
                    username=args.username,
                    password=password,
                    memory_kib=settings.argon2_memory_kib,
                    iterations=settings.argon2_iterations,
                    actor=actor,
                    now=now,
                )
            except LeaderExistsError as exc:
                print(f"coach-server: {exc}", file=sys.stderr)
                return 1
            print(f"leader {args.username} created")
        elif args.command == "enrolment-code":
            replaced = session.get(Device, args.replaces) if args.replaces else None
            if args.replaces and replaced is None:
                print(
                    f"coach-server: no device {args.replaces} (see: devices list)", file=sys.stderr
                )
                return 1
            if args.coach is not None:
                coach = args.coach.strip()
            elif replaced is not None:
                coach = replaced.coach_name
            else:
                print("coach-server: give --coach NAME (or --replaces DEVICE_ID)", file=sys.stderr)
                return 2
            if not coach or len(coach) > 100 or not coach.isprintable():
                print(
                    "coach-server: the coach name must be 1-100 printable characters",
                    file=sys.stderr,
                )
                return 2
            code, expires_at = create_enrolment_code(
                session,
                coach_name=coach,
                ttl=args.ttl,
                actor=actor,
                now=now,
                replaces=args.replaces,
            )
            print(code)
            print(f"valid once, until {expires_at.isoformat(timespec='minutes')}", file=sys.stderr)
        elif args.devices_command == "list":
            print("device_id\tcoach\tenrolled\tlast_sync\trevoked")
            for d in list_devices(session):
                print(
                    "\t".join(
                        [
                            d.id,
                            d.coach_name,
                            d.created_at.isoformat(timespec="seconds"),
                            d.last_sync_at.isoformat(timespec="seconds") if d.last_sync_at else "-",
                            d.revoked_at.isoformat(timespec="seconds") if d.revoked_at else "-",
                        ]
                    )
                )
        elif not revoke_device(session, device_id=args.device_id, actor=actor, now=now):
            print(f"coach-server: no device {args.device_id}", file=sys.stderr)
            return 1
        else:
            print(f"device {args.device_id} revoked")
    return 0
