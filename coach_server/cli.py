"""The ``coach-server`` command line."""

from __future__ import annotations

import argparse
import getpass
import re
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from pydantic import ValidationError

from coach_server.app import create_app, utc_now
from coach_server.audit import cli_actor
from coach_server.db import create_db_engine, make_session_factory, upgrade
from coach_server.logs import configure_logging
from coach_server.services import (
    LeaderExistsError,
    create_enrolment_code,
    create_leader,
    list_devices,
    revoke_device,
)
from coach_server.settings import Settings

__all__ = ["main", "parse_duration"]

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
    serve.add_argument("--port", type=int, help="port to listen on (default 8000)")
    _add_storage(serve)

    leader = commands.add_parser(
        "create-leader", help="add a project leader (password from stdin or a prompt)"
    )
    leader.add_argument("username")
    _add_storage(leader)

    code = commands.add_parser("enrolment-code", help="print a single-use enrolment code")
    code.add_argument("--coach", required=True, help="the coach's name, attached to the device")
    code.add_argument(
        "--ttl", type=parse_duration, default=timedelta(hours=24), help="e.g. 30m, 24h, 7d"
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
    # Accepted after the sub-command too: ``coach-server serve --data-dir DIR``.
    parser.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    parser.add_argument("--database-url", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, object] = {}
    for name in ("data_dir", "database_url", "host", "port"):
        value = getattr(args, name, None)
        if value is not None:
            overrides[name] = value
    return Settings(**overrides)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = _settings(args)
    except ValidationError as exc:
        for error in exc.errors():
            print(f"coach-server: {error['msg']}", file=sys.stderr)
        return 2
    if args.command == "serve":
        return _serve(settings)
    engine = create_db_engine(settings.effective_database_url)
    try:
        upgrade(engine)
        return _admin(args, settings, engine)
    finally:
        engine.dispose()


def _serve(settings: Settings) -> int:
    import uvicorn

    configure_logging()
    app = create_app(settings)
    uvicorn.run(app, host=settings.host, port=settings.port, log_config=None, proxy_headers=True)
    return 0


def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if getpass.getpass("Repeat password: ") != first:
            raise ValueError("the passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _admin(args: argparse.Namespace, settings: Settings, engine: object) -> int:
    session_factory = make_session_factory(engine)  # type: ignore[arg-type]
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
            coach = args.coach.strip()
            if not coach or len(coach) > 100 or not coach.isprintable():
                print(
                    "coach-server: the coach name must be 1-100 printable characters",
                    file=sys.stderr,
                )
                return 2
            code, expires_at = create_enrolment_code(
                session, coach_name=coach, ttl=args.ttl, actor=actor, now=now
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
