"""Reporting age groups: the ONE place that maps the protocol's age bands to the groups funders
ask for (default: under 18, 18-59, 60 and over).

An organisation changes the grouping with the server setting ``age_groups``
(``COACH_SERVER_AGE_GROUPS='{"0-17": ["0-3", "4-11", "12-17"], ...}'``); every band of protocol
version 2 must lie in exactly one group. A version 1 band that spans two groups (``50-64``)
falls in ``unknown``, as does a missing band (no birth date).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

__all__ = [
    "ADULT_BANDS",
    "DEFAULT_AGE_GROUPS",
    "UNKNOWN_GROUP",
    "V2_AGE_BANDS",
    "band_to_group",
    "check_age_groups",
]

#: Protocol version 2 age bands (TEAM.md, protocol version 2).
V2_AGE_BANDS: Final = ("0-3", "4-11", "12-17", "18-29", "30-49", "50-59", "60-64", "65+")
#: Version 1 bands that version 2 splits, by the version 2 bands they span.
_V1_SPLIT: Final = {"50-64": ("50-59", "60-64")}
#: Bands of people aged 18 or over on the day (both protocol versions).
ADULT_BANDS: Final = frozenset({"18-29", "30-49", "50-59", "60-64", "65+", "50-64"})
UNKNOWN_GROUP: Final = "unknown"

DEFAULT_AGE_GROUPS: Final[Mapping[str, Sequence[str]]] = {
    "0-17": ("0-3", "4-11", "12-17"),
    "18-59": ("18-29", "30-49", "50-59"),
    "60+": ("60-64", "65+"),
}


def check_age_groups(groups: Mapping[str, Sequence[str]]) -> None:
    """Raises :class:`ValueError` unless every version 2 band lies in exactly one group."""
    seen: dict[str, str] = {}
    for group, bands in groups.items():
        if group == UNKNOWN_GROUP:
            raise ValueError(f"{UNKNOWN_GROUP!r} is reserved for people without a known band")
        for band in bands:
            if band not in V2_AGE_BANDS:
                raise ValueError(f"{band!r} is not an age band ({', '.join(V2_AGE_BANDS)})")
            if band in seen:
                raise ValueError(f"age band {band} is in both {seen[band]!r} and {group!r}")
            seen[band] = group
    missing = [band for band in V2_AGE_BANDS if band not in seen]
    if missing:
        raise ValueError(f"age bands {', '.join(missing)} are in no group")


def band_to_group(groups: Mapping[str, Sequence[str]]) -> dict[str | None, str]:
    """Every band (both protocol versions, and ``None``) mapped to its group's name."""
    check_age_groups(groups)
    out: dict[str | None, str] = {band: group for group, bands in groups.items() for band in bands}
    for old, spans in _V1_SPLIT.items():
        targets = {out[band] for band in spans}
        out[old] = targets.pop() if len(targets) == 1 else UNKNOWN_GROUP
    out[None] = UNKNOWN_GROUP
    return out
