"""Exact reconciliation: what the server holds for a device, compared per pid and version.

The server holds, per pid of the device, the kind and version of its latest state (a
tombstoned pid under ``tombstone``). Both sides group these into buckets by kind and the first
hex digit of the pid and compute one digest per bucket with `bucket_digests`. The laptop asks
for the server's digests (``GET /api/v1/sync/digest``); only when a bucket differs does it ask
for that bucket's (kind, pid, version) list (``GET /api/v1/sync/held``) and compare pid by pid.
When nothing differs, reconciliation is that one request. Counts are not enough: a server
restored from a backup can hold as many records as expected, some at an older version.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from typing import Annotated, Final

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from coach_protocol.fields import Pid, Version

__all__ = [
    "MAX_BUCKETS_PER_REQUEST",
    "BucketKey",
    "HeldRecord",
    "HeldRecords",
    "SyncDigest",
    "bucket_digests",
    "bucket_key",
]

#: Buckets in one ``GET /api/v1/sync/held`` (16 per kind, for every kind there is).
MAX_BUCKETS_PER_REQUEST: Final = 256

BucketKey = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z_]{1,20}:[0-9a-f]$", max_length=22),
    Field(
        description="A record kind and the first hex digit of the pid: `visit:3`.",
        examples=["visit:3"],
    ),
]
Digest = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9a-f]{32}$"),
    Field(description="The first 128 bits of the bucket's SHA-256, in hex."),
]


def bucket_key(kind: str, pid: str) -> str:
    """The bucket of a pid: its kind and the first hex digit of the pid."""
    return f"{kind}:{pid[0]}"


def bucket_digests(held: Iterable[tuple[str, str, int]]) -> dict[str, str]:
    """``{bucket: digest}`` of (kind, pid, version) triples; empty buckets are left out.

    A bucket's digest is SHA-256 over its ``pid:version`` lines (one per pid, sorted, each
    ending in a newline), cut to 128 bits."""
    lines: dict[str, list[str]] = defaultdict(list)
    for kind, pid, version in held:
        lines[bucket_key(kind, pid)].append(f"{pid}:{version}\n")
    return {
        key: hashlib.sha256("".join(sorted(entries)).encode("ascii")).hexdigest()[:32]
        for key, entries in sorted(lines.items())
    }


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class SyncDigest(_Message):
    """What the server holds for the calling device, as one digest per bucket."""

    device_id: str
    records: int = Field(ge=0, description="Pids held for the device (tombstoned ones too).")
    buckets: dict[BucketKey, Digest] = Field(
        description="Per non-empty bucket, the digest of its pid:version lines."
    )


class HeldRecord(_Message):
    """The latest state the server holds for one pid of the device."""

    kind: Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,20}$")]
    pid: Pid
    version: Version


class HeldRecords(_Message):
    """The server's (kind, pid, version) of every pid in the buckets asked for."""

    records: list[HeldRecord]
