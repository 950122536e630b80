"""Rate limiting of leader sign-in, per username and per client address (OWASP ASVS 4.0 V2.2.1:
anti-automation against credential stuffing and brute force).

The strategy is `limits`' fixed window; its counters live in the server's own database
(`SqlStorage`, table ``rate_limit_counters``), so every worker process and every server on the
same PostgreSQL share them, and a counter survives a SIGKILL or a restart: each attempt is
committed before the password is verified. docs/decisions/0009 explains the choice against an
in-memory counter per worker (N workers would allow N times the limit, a restart resets it).

An attempt is charged before the password is checked and refunded when it was right, so only
failed attempts count, and concurrent attempts cannot slip past the limit between check and
charge. A limited attempt gets 429 with ``Retry-After`` and costs no Argon2id work.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from typing import Any, cast

from limits import RateLimitItem, parse
from limits.storage import Storage
from limits.strategies import FixedWindowRateLimiter
from sqlalchemy import (
    BigInteger,
    Engine,
    Integer,
    String,
    Table,
    case,
    delete,
    func,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, mapped_column

from coach_server.models import Base

__all__ = ["RateLimitCounter", "SignInLimiter", "SqlStorage", "parse_limit"]

Clock = Callable[[], datetime]


class RateLimitCounter(Base):
    """One fixed-window counter of `limits`: its key, count and the end of its window."""

    __tablename__ = "rate_limit_counters"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    #: The end of the window, in milliseconds since the epoch (the app's clock).
    expires_at_ms: Mapped[int] = mapped_column(BigInteger, index=True)


def parse_limit(value: str) -> RateLimitItem:
    """``"10 per 15 minutes"`` as a `limits` item; ValueError when it is not one."""
    try:
        return parse(value)
    except ValueError:
        raise ValueError("is not a rate limit such as '10 per 15 minutes'") from None


class SqlStorage(Storage):
    """A `limits` storage on the server's database (PostgreSQL or SQLite), for the fixed-window
    strategy. Every call is its own short transaction; ``clock`` is the app's clock."""

    STORAGE_SCHEME = None

    def __init__(self, engine: Engine, clock: Clock) -> None:
        super().__init__(uri=None, wrap_exceptions=False)
        self._engine = engine
        self._clock = clock
        self._table = cast(Table, RateLimitCounter.__table__)

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return SQLAlchemyError

    def _now_ms(self) -> int:
        return int(self._clock().timestamp() * 1000)

    def _insert(self) -> Any:
        if self._engine.dialect.name == "postgresql":
            return postgresql.insert(self._table)
        return sqlite.insert(self._table)

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        """Adds ``amount`` (negative: a refund) to the key's counter in its current window, or
        starts a new window of ``expiry`` seconds; returns the new count (never below 0)."""
        now = self._now_ms()
        start = max(amount, 0)
        table = self._table
        statement = self._insert().values(key=key, count=start, expires_at_ms=now + expiry * 1000)
        expired = table.c.expires_at_ms <= now
        statement = statement.on_conflict_do_update(
            index_elements=["key"],
            set_={
                "count": case(
                    (expired, start),
                    else_=func.max(table.c.count + amount, 0)
                    if self._engine.dialect.name == "sqlite"
                    else func.greatest(table.c.count + amount, 0),
                ),
                "expires_at_ms": case((expired, now + expiry * 1000), else_=table.c.expires_at_ms),
            },
        ).returning(table.c.count)
        with self._engine.begin() as connection:
            connection.execute(delete(table).where(table.c.expires_at_ms <= now - 1000))
            return int(connection.execute(statement).scalar_one())

    def get(self, key: str) -> int:
        with self._engine.connect() as connection:
            value = connection.execute(
                select(self._table.c.count).where(
                    self._table.c.key == key, self._table.c.expires_at_ms > self._now_ms()
                )
            ).scalar_one_or_none()
        return int(value or 0)

    def get_expiry(self, key: str) -> float:
        """The end of the key's window in seconds since the epoch (now when it has none)."""
        now = self._now_ms()
        with self._engine.connect() as connection:
            value = connection.execute(
                select(self._table.c.expires_at_ms).where(
                    self._table.c.key == key, self._table.c.expires_at_ms > now
                )
            ).scalar_one_or_none()
        return (value if value is not None else now) / 1000

    def check(self) -> bool:
        with self._engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return True

    def reset(self) -> int | None:
        with self._engine.begin() as connection:
            result = connection.execute(delete(self._table))
        return int(result.rowcount or 0)

    def clear(self, key: str) -> None:
        with self._engine.begin() as connection:
            connection.execute(delete(self._table).where(self._table.c.key == key))


class SignInLimiter:
    """Charges a sign-in attempt against the username's and the address's limits."""

    def __init__(
        self,
        storage: SqlStorage,
        *,
        per_username: RateLimitItem,
        per_address: RateLimitItem,
        clock: Clock,
    ) -> None:
        self._storage = storage
        self._strategy = FixedWindowRateLimiter(storage)
        self._limits = (("username", per_username), ("address", per_address))
        self._clock = clock

    def charge(self, *, username: str, address: str) -> int | None:
        """Counts the attempt; None when it may go ahead, else the seconds until it may
        (the later window end of the limits it exceeds, at least 1)."""
        subjects = {"username": username, "address": address}
        blocked: list[float] = []
        for name, item in self._limits:
            if not self._strategy.hit(item, name, subjects[name]):
                blocked.append(self._strategy.get_window_stats(item, name, subjects[name])[0])
        if not blocked:
            return None
        return max(1, math.ceil(max(blocked) - self._clock().timestamp()))

    def refund(self, *, username: str, address: str) -> None:
        """Takes back the attempt of a sign-in that succeeded: only failures count."""
        subjects = {"username": username, "address": address}
        for name, item in self._limits:
            self._storage.incr(item.key_for(name, subjects[name]), item.get_expiry(), -1)
