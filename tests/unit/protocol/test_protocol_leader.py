"""The leader API's bodies: one definition, strict requests, forward-compatible responses."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from coach_protocol.leader import (
    SUPPRESSED,
    DeviceInfo,
    EnrolmentCodeRequest,
    LoginRequest,
    LoginResponse,
    SelfRelianceChange,
    Series,
    is_suppressed,
)


def test_requests_refuse_unknown_fields_and_loose_types() -> None:
    assert LoginRequest.model_validate_json('{"username": "leader", "password": "x"}')
    with pytest.raises(ValidationError, match="Extra inputs"):
        LoginRequest.model_validate_json('{"username": "leader", "password": "x", "admin": true}')
    assert EnrolmentCodeRequest.model_validate_json('{"coach_name": "A", "ttl_hours": 168}')
    for body in [
        '{"coach_name": "A", "ttl_hours": 169}',
        '{"coach_name": "A", "ttl_hours": 0}',
        '{"coach_name": "A", "ttl_hours": "24"}',
        '{"coach_name": " "}',
        '{"coach_name": "A\\nB"}',
    ]:
        with pytest.raises(ValidationError):
            EnrolmentCodeRequest.model_validate_json(body)


def test_responses_ignore_fields_a_newer_server_adds_but_not_missing_ones() -> None:
    answer = {"access_token": "t", "token_type": "bearer", "expires_at": "2020-03-18T10:00:00Z"}
    parsed = LoginResponse.model_validate_json(json.dumps({**answer, "scope": "leader"}))
    assert parsed.expires_at == datetime(2020, 3, 18, 10, tzinfo=UTC)
    with pytest.raises(ValidationError):
        LoginResponse.model_validate_json(json.dumps({"access_token": "t"}))
    device = {
        "device_id": "d",
        "coach_name": "A",
        "enrolled_at": "2020-03-18T10:00:00Z",
        "last_sync_at": None,
        "revoked_at": None,
    }
    assert DeviceInfo.model_validate_json(json.dumps(device)).coach_name == "A"


def test_a_count_is_a_number_or_withheld_and_nothing_in_between() -> None:
    series = Series.model_validate_json(
        '{"cells": {"a": 0, "b": {"suppressed": true}}, "total": 7}'
    )
    assert series.cells["a"] == 0
    assert is_suppressed(series.cells["b"])
    assert series.cells["b"] == SUPPRESSED
    assert not is_suppressed(series.total)
    for bad in ['{"suppressed": false}', '{"suppressed": true, "value": 3}', '"3"', "2.5"]:
        with pytest.raises(ValidationError):
            Series.model_validate_json(f'{{"cells": {{}}, "total": {bad}}}')
    change = SelfRelianceChange.model_validate_json('{"subjects": 6, "mean_change": 1}')
    assert change.mean_change == 1.0
    assert Series(cells={"a": SUPPRESSED}, total=SUPPRESSED).model_dump(mode="json") == {
        "cells": {"a": {"suppressed": True}},
        "total": {"suppressed": True},
    }
