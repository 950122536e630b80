"""Use cases shared by the HTTP API and the command line. They take a session, never commit."""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from coach_server.audit import AuditAction, record_action
from coach_server.models import Device, EnrolmentCode, Leader, LeaderToken
from coach_server.security import (
    canonical_enrolment_code,
    generate_enrolment_code,
    generate_token,
    hash_password,
    hash_secret,
    phc_prefix,
    verify_password,
)

__all__ = [
    "LeaderExistsError",
    "UnknownDeviceError",
    "authenticate_device",
    "authenticate_leader",
    "create_enrolment_code",
    "create_leader",
    "device_for_token",
    "dummy_password_hash",
    "enrol_device",
    "list_devices",
    "login",
    "logout",
    "revoke_device",
]


def dummy_password_hash(*, memory_kib: int, iterations: int) -> str:
    """A hash of a random password with the same Argon2id parameters as real ones: verified
    against when a username is unknown, so an unknown user costs the same work as a known one
    (OWASP ASVS 4.0 V2.2; no username enumeration by timing). Made once per app."""
    return hash_password(generate_token(), memory_kib=memory_kib, iterations=iterations)


class LeaderExistsError(ValueError):
    """A leader with this username exists already."""


def create_leader(
    session: Session,
    *,
    username: str,
    password: str,
    memory_kib: int,
    iterations: int,
    actor: str,
    now: datetime,
) -> Leader:
    if session.scalar(select(Leader.id).where(Leader.username == username)) is not None:
        raise LeaderExistsError(f"a leader named {username!r} exists already")
    leader = Leader(
        username=username,
        password_hash=hash_password(password, memory_kib=memory_kib, iterations=iterations),
        created_at=now,
    )
    session.add(leader)
    record_action(session, actor=actor, action="leader.created", target=username, at=now)
    return leader


def login(
    session: Session,
    *,
    username: str,
    password: str,
    ttl: timedelta,
    now: datetime,
    dummy_hash: str,
    memory_kib: int,
    iterations: int,
) -> tuple[str, datetime] | None:
    """A new bearer token and its expiry, or None when the username or password is wrong.

    An unknown username is verified against ``dummy_hash`` (see `dummy_password_hash`), so
    both paths run one Argon2id with the current parameters. A correct password stored with
    other parameters (the settings changed) is hashed again with the current ones."""
    leader = session.scalars(select(Leader).where(Leader.username == username)).first()
    if not verify_password(password, leader.password_hash if leader else dummy_hash) or not leader:
        record_action(
            session, actor=f"leader:{username}", action="leader.login_failed", target=None, at=now
        )
        return None
    if not leader.password_hash.startswith(
        phc_prefix(memory_kib=memory_kib, iterations=iterations)
    ):
        leader.password_hash = hash_password(password, memory_kib=memory_kib, iterations=iterations)
    token = generate_token()
    expires_at = now + ttl
    session.add(
        LeaderToken(
            token_hash=hash_secret(token),
            leader_id=leader.id,
            created_at=now,
            expires_at=expires_at,
            last_used_at=now,
        )
    )
    # Tokens that expired are of no use any more: keep the table small.
    session.execute(delete(LeaderToken).where(LeaderToken.expires_at <= now))
    record_action(session, actor=f"leader:{username}", action="leader.login", target=None, at=now)
    return token, expires_at


def logout(session: Session, *, token: str, username: str, now: datetime) -> None:
    """Revokes the leader token at once (sign-out); its hash is deleted."""
    session.execute(delete(LeaderToken).where(LeaderToken.token_hash == hash_secret(token)))
    record_action(session, actor=f"leader:{username}", action="leader.logout", target=None, at=now)


def authenticate_leader(
    session: Session, token: str, now: datetime, *, idle: timedelta | None = None
) -> Leader | None:
    """The leader owning a token that has not expired, was not revoked and (with ``idle``) was
    used within that time; the token's last use becomes ``now`` (OWASP ASVS 4.0 V3.3.2)."""
    row = session.scalars(
        select(LeaderToken).where(
            LeaderToken.token_hash == hash_secret(token), LeaderToken.expires_at > now
        )
    ).first()
    if row is None:
        return None
    last = row.last_used_at or row.created_at
    if idle is not None and last <= now - idle:
        return None
    row.last_used_at = now
    return session.get(Leader, row.leader_id)


def authenticate_device(session: Session, token: str) -> Device | None:
    """The device owning a token, unless it has been revoked."""
    device = device_for_token(session, token)
    return device if device is not None and device.revoked_at is None else None


def device_for_token(session: Session, token: str) -> Device | None:
    """The device owning a token, revoked or not (the caller tells the two apart)."""
    return session.scalars(select(Device).where(Device.token_hash == hash_secret(token))).first()


class UnknownDeviceError(LookupError):
    """No device has this id."""


def create_enrolment_code(
    session: Session,
    *,
    coach_name: str,
    ttl: timedelta,
    actor: str,
    now: datetime,
    replaces: str | None = None,
) -> tuple[str, datetime]:
    """A new single-use code for ``coach_name`` and its expiry; only its hash is stored.

    With ``replaces`` (a device id, revoked or not) the laptop enrolling with the code
    continues that device; `UnknownDeviceError` when there is no such device."""
    if replaces is not None and session.get(Device, replaces) is None:
        raise UnknownDeviceError(f"no device {replaces}")
    code = generate_enrolment_code()
    expires_at = now + ttl
    session.add(
        EnrolmentCode(
            code_hash=hash_secret(code),
            coach_name=coach_name,
            created_by=actor,
            created_at=now,
            expires_at=expires_at,
            replaces_device_id=replaces,
        )
    )
    record_action(
        session,
        actor=actor,
        action="enrolment_code.created",
        target=replaces or coach_name,
        at=now,
    )
    return code, expires_at


def enrol_device(
    session: Session,
    *,
    code: str,
    now: datetime,
    previous_device_id: str | None = None,
    previous_token: str | None = None,
) -> tuple[str, str] | None:
    """Redeems a code once: ``(device id, token)``, or None if unknown, used or expired. The
    code may be typed as people do (`canonical_enrolment_code`).

    The enrolling laptop continues an existing device (same id, a new token; the old token
    stops working and a revocation is lifted) when the code names that device, or else when
    the laptop proves it was that device with its previous id and token. A laptop that proves
    another device than the code names leaves that device replaced: its records stop counting
    once the continued device holds the same pids. Otherwise a new device is made."""
    canonical = canonical_enrolment_code(code)
    if canonical is None:
        return None
    claimed = session.execute(
        update(EnrolmentCode)
        .where(
            EnrolmentCode.code_hash == hash_secret(canonical),
            EnrolmentCode.used_at.is_(None),
            EnrolmentCode.expires_at > now,
        )
        .values(used_at=now)
        .returning(EnrolmentCode.id, EnrolmentCode.coach_name, EnrolmentCode.replaces_device_id)
    ).first()
    if claimed is None:
        return None
    code_id, coach_name, replaces = claimed
    proven = _proven_device(session, previous_device_id, previous_token)
    token = generate_token()
    target = session.get(Device, replaces) if replaces else proven
    if target is not None:
        target.token_hash = hash_secret(token)
        target.revoked_at = None
        target.replaced_by = None
        target.coach_name = coach_name
        device_id = target.id
        action: AuditAction = "device.re_enrolled"
    else:
        device_id = str(uuid.uuid4())
        session.add(
            Device(
                id=device_id, coach_name=coach_name, token_hash=hash_secret(token), created_at=now
            )
        )
        action = "device.enrolled"
    session.flush()
    if proven is not None and proven.id != device_id:
        proven.replaced_by = device_id
        proven.revoked_at = proven.revoked_at or now
        record_action(
            session, actor=f"device:{device_id}", action="device.replaced", target=proven.id, at=now
        )
    session.execute(
        update(EnrolmentCode).where(EnrolmentCode.id == code_id).values(device_id=device_id)
    )
    record_action(session, actor=f"device:{device_id}", action=action, target=device_id, at=now)
    return device_id, token


def _proven_device(session: Session, device_id: str | None, token: str | None) -> Device | None:
    """The device whose id and current token (revoked or not) the laptop presented."""
    if not device_id or not token:
        return None
    device = session.get(Device, device_id)
    if device is None or not secrets.compare_digest(device.token_hash, hash_secret(token)):
        return None
    return device


def list_devices(session: Session) -> list[Device]:
    return list(session.scalars(select(Device).order_by(Device.created_at, Device.id)))


def revoke_device(session: Session, *, device_id: str, actor: str, now: datetime) -> bool:
    """Revokes a device (its token stops working at once); False if there is no such device."""
    device = session.get(Device, device_id)
    if device is None:
        return False
    if device.revoked_at is None:
        device.revoked_at = now
    record_action(session, actor=actor, action="device.revoked", target=device_id, at=now)
    return True
