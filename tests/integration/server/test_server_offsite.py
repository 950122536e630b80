"""The off-laptop API: chunked resumable backups, keep-N and quota, public keys, handovers."""

from __future__ import annotations

import base64
import hashlib
import os
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import make_settings
from fastapi.testclient import TestClient
from server_helpers import FakeClock, Server, family, person, visit
from sqlalchemy import select

from coach_protocol.offsite import CHUNK_BYTES
from coach_server.app import create_app
from coach_server.models import AuditEntry, LatestRecord, ReceivedRecord
from coach_server.models_offsite import FileChunk, StoredFile

KEEP = 3
QUOTA = 4 * CHUNK_BYTES
OCTETS = {"Content-Type": "application/octet-stream"}


@pytest.fixture
def server(tmp_path: Path, database_url: str) -> Iterator[Server]:
    settings = make_settings(tmp_path, database_url).model_copy(
        update={"backup_keep": KEEP, "backup_quota_bytes": QUOTA}
    )
    clock = FakeClock()
    app = create_app(settings, clock=clock)
    with TestClient(app, raise_server_exceptions=True) as client:
        yield Server(client=client, clock=clock, database_url=database_url)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _chunks(data: bytes) -> list[bytes]:
    return [data[i : i + CHUNK_BYTES] for i in range(0, len(data), CHUNK_BYTES)] or [b""]


def _declare(server: Server, headers: dict[str, str], data: bytes) -> dict[str, object]:
    response = server.client.post(
        "/api/v1/backups/uploads", json={"size": len(data), "sha256": _sha(data)}, headers=headers
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


def _put(server: Server, headers: dict[str, str], upload_id: str, index: int, data: bytes) -> int:
    response = server.client.put(
        f"/api/v1/uploads/{upload_id}/chunks/{index}", content=data, headers=headers | OCTETS
    )
    return response.status_code


def _upload(server: Server, headers: dict[str, str], data: bytes, **complete: object) -> str:
    upload = _declare(server, headers, data)
    upload_id = str(upload["upload_id"])
    for index, chunk in enumerate(_chunks(data)):
        assert _put(server, headers, upload_id, index, chunk) == 200
    response = server.client.post(
        f"/api/v1/uploads/{upload_id}/complete", json=complete, headers=headers
    )
    assert response.status_code == 200, response.text
    return upload_id


def _listed(server: Server, headers: dict[str, str]) -> list[dict[str, object]]:
    response = server.client.get("/api/v1/backups", headers=headers)
    assert response.status_code == 200, response.text
    return list(response.json()["backups"])


def _download(server: Server, headers: dict[str, str], backup: dict[str, object]) -> bytes:
    parts = []
    for index in range(int(str(backup["chunks"]))):
        response = server.client.get(
            f"/api/v1/backups/{backup['backup_id']}/chunks/{index}", headers=headers
        )
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/octet-stream"
        parts.append(response.content)
    return b"".join(parts)


def test_a_backup_uploaded_in_chunks_is_listed_and_downloads_byte_for_byte(server: Server) -> None:
    _, headers = server.enrol()
    data = os.urandom(2 * CHUNK_BYTES + 123)
    _upload(server, headers, data)
    [backup] = _listed(server, headers)
    assert (backup["size"], backup["sha256"], backup["chunks"]) == (len(data), _sha(data), 3)
    assert _download(server, headers, backup) == data


def test_an_unfinished_upload_is_never_listed_and_resumes_where_it_stopped(server: Server) -> None:
    _, headers = server.enrol()
    data = os.urandom(3 * CHUNK_BYTES)
    upload = _declare(server, headers, data)
    assert _put(server, headers, str(upload["upload_id"]), 0, data[:CHUNK_BYTES]) == 200
    assert _listed(server, headers) == []
    again = _declare(server, headers, data)
    assert (again["upload_id"], again["next_chunk"]) == (upload["upload_id"], 1)
    current = server.client.get("/api/v1/backups/uploads/current", headers=headers).json()
    assert current["next_chunk"] == 1
    incomplete = server.client.post(
        f"/api/v1/uploads/{upload['upload_id']}/complete", json={}, headers=headers
    )
    assert (incomplete.status_code, incomplete.json()["code"]) == (409, "upload_incomplete")
    assert _listed(server, headers) == []


def test_chunks_go_in_order_and_a_repeated_chunk_must_be_the_same(server: Server) -> None:
    _, headers = server.enrol()
    data = os.urandom(2 * CHUNK_BYTES + 10)
    upload_id = str(_declare(server, headers, data)["upload_id"])
    assert _put(server, headers, upload_id, 1, data[CHUNK_BYTES : 2 * CHUNK_BYTES]) == 409
    assert _put(server, headers, upload_id, 0, data[:100]) == 422  # too short
    assert _put(server, headers, upload_id, 0, data[:CHUNK_BYTES]) == 200
    assert _put(server, headers, upload_id, 0, data[:CHUNK_BYTES]) == 200  # a retry
    assert _put(server, headers, upload_id, 0, os.urandom(CHUNK_BYTES)) == 409
    assert _put(server, headers, upload_id, 3, b"x") == 422  # beyond the last chunk
    response = server.client.put(
        f"/api/v1/uploads/{upload_id}/chunks/1",
        content=data[CHUNK_BYTES : 2 * CHUNK_BYTES],
        headers=headers | {"Content-Type": "application/json"},
    )
    assert (response.status_code, response.json()["code"]) == (415, "unsupported_media_type")


def test_chunks_that_do_not_add_up_to_the_declared_hash_are_deleted(server: Server) -> None:
    _, headers = server.enrol()
    declared = os.urandom(CHUNK_BYTES + 5)
    sent = os.urandom(CHUNK_BYTES + 5)
    upload_id = str(_declare(server, headers, declared)["upload_id"])
    for index, chunk in enumerate(_chunks(sent)):
        assert _put(server, headers, upload_id, index, chunk) == 200
    response = server.client.post(f"/api/v1/uploads/{upload_id}/complete", json={}, headers=headers)
    assert (response.status_code, response.json()["code"]) == (409, "upload_mismatch")
    assert _listed(server, headers) == []
    assert server.admin(lambda s: s.scalars(select(FileChunk.file_id)).all()) == []


def test_a_backup_larger_than_the_quota_is_refused_in_the_servers_own_shape(server: Server) -> None:
    _, headers = server.enrol()
    response = server.client.post(
        "/api/v1/backups/uploads", json={"size": QUOTA + 1, "sha256": "0" * 64}, headers=headers
    )
    assert response.status_code == 413
    body = response.json()
    assert body["code"] == "backup_quota_exceeded"
    assert str(QUOTA) in body["message"]
    ok = server.client.post(
        "/api/v1/backups/uploads", json={"size": QUOTA, "sha256": "0" * 64}, headers=headers
    )
    assert ok.status_code == 200


def test_the_server_keeps_the_newest_n_within_the_quota(server: Server) -> None:
    _, headers = server.enrol()
    small = [os.urandom(1000 + n) for n in range(KEEP + 2)]
    for n, data in enumerate(small):
        server.clock.advance(timedelta(hours=1))
        _upload(server, headers, data)
        assert len(_listed(server, headers)) == min(n + 1, KEEP)
    assert [b["sha256"] for b in _listed(server, headers)] == [_sha(d) for d in small[::-1][:KEEP]]
    # Two big ones do not fit the quota together: the newest stays, alone with what fits.
    big = os.urandom(3 * CHUNK_BYTES)
    server.clock.advance(timedelta(hours=1))
    _upload(server, headers, big)
    listed = _listed(server, headers)
    assert listed[0]["sha256"] == _sha(big)
    assert sum(int(str(b["size"])) for b in listed) <= QUOTA
    server.clock.advance(timedelta(hours=1))
    bigger = os.urandom(3 * CHUNK_BYTES + 1)
    _upload(server, headers, bigger)
    assert [b["sha256"] for b in _listed(server, headers)] == [_sha(bigger)]


def test_the_laptop_can_ask_to_keep_only_the_backups_it_still_has(server: Server) -> None:
    _, headers = server.enrol()
    first, second, third = (os.urandom(2000 + n) for n in range(3))
    for data in (first, second):
        server.clock.advance(timedelta(hours=1))
        _upload(server, headers, data)
    server.clock.advance(timedelta(hours=1))
    _upload(server, headers, third, keep_sha256=[_sha(second)])
    assert [b["sha256"] for b in _listed(server, headers)] == [_sha(third), _sha(second)]


def test_a_laptop_sees_and_downloads_only_its_own_backups(server: Server) -> None:
    _, mine = server.enrol("Coach A")
    _, theirs = server.enrol("Coach B")
    data = os.urandom(1234)
    _upload(server, mine, data)
    [backup] = _listed(server, mine)
    assert _listed(server, theirs) == []
    response = server.client.get(f"/api/v1/backups/{backup['backup_id']}/chunks/0", headers=theirs)
    assert response.status_code == 404
    assert server.client.get("/api/v1/backups").status_code == 401


def test_leaders_see_when_each_laptop_last_backed_up_and_how_big(server: Server) -> None:
    device_a, headers_a = server.enrol("Coach A")
    device_b, _ = server.enrol("Coach B")
    _upload(server, headers_a, os.urandom(1000))
    server.clock.advance(timedelta(hours=2))
    _upload(server, headers_a, os.urandom(2000))
    devices = {
        d["device_id"]: d
        for d in server.client.get("/api/v1/devices", headers=server.leader()).json()
    }
    assert devices[device_a]["last_backup_bytes"] == 2000
    assert devices[device_a]["last_backup_at"].startswith(server.clock().strftime("%Y-%m-%dT%H"))
    assert devices[device_b]["last_backup_at"] is None
    assert devices[device_b]["last_backup_bytes"] is None


def _key() -> str:
    return base64.b64encode(os.urandom(32)).decode()


def test_public_keys_are_registered_and_peers_are_listed_by_coach_name(server: Server) -> None:
    device_a, headers_a = server.enrol("Coach A")
    device_b, headers_b = server.enrol("Coach B")
    _, headers_c = server.enrol("Coach C")  # no key yet: not offered as a receiver
    key_b = _key()
    assert (
        server.client.put(
            "/api/v1/device/key", json={"public_key": key_b}, headers=headers_b
        ).status_code
        == 204
    )
    bad = server.client.put("/api/v1/device/key", json={"public_key": "abc"}, headers=headers_a)
    assert bad.status_code == 422
    peers = server.client.get("/api/v1/devices/peers", headers=headers_a).json()["devices"]
    assert peers == [{"device_id": device_b, "coach_name": "Coach B", "public_key": key_b}]
    assert server.client.get("/api/v1/devices/peers", headers=headers_b).json()["devices"] == []
    del device_a, headers_c


def test_a_handover_moves_the_familys_records_to_the_receiver_once_confirmed(
    server: Server,
) -> None:
    device_a, headers_a = server.enrol("Coach A")
    device_b, headers_b = server.enrol("Coach B")
    _, headers_c = server.enrol("Coach C")
    for headers in (headers_a, headers_b, headers_c):
        server.client.put("/api/v1/device/key", json={"public_key": _key()}, headers=headers)
    moving = family()
    member = person(moving["pid"])
    staying = family()
    server.push(headers_a, moving, member, visit(moving["pid"]), staying)
    moving_pids = [moving["pid"], member["pid"]]
    package = os.urandom(CHUNK_BYTES + 77)
    package_id = str(uuid.uuid4())
    offer = {
        "package_id": package_id,
        "receiver_device_id": device_b,
        "via": "server",
        "size": len(package),
        "sha256": _sha(package),
        "pids": moving_pids,
    }
    response = server.client.post("/api/v1/handovers", json=offer, headers=headers_a)
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "uploading"
    assert server.client.post("/api/v1/handovers", json=offer, headers=headers_a).status_code == 200
    upload = server.client.get(f"/api/v1/handovers/{package_id}/upload", headers=headers_a).json()
    for index, chunk in enumerate(_chunks(package)):
        assert _put(server, headers_a, upload["upload_id"], index, chunk) == 200
    done = server.client.post(
        f"/api/v1/uploads/{upload['upload_id']}/complete", json={}, headers=headers_a
    )
    assert done.status_code == 200, done.text

    incoming = server.client.get("/api/v1/handovers", headers=headers_b).json()["handovers"]
    assert [(h["package_id"], h["state"], h["sender_coach_name"]) for h in incoming] == [
        (package_id, "waiting", "Coach A")
    ]
    for index in range(2):  # C can neither download nor confirm B's package
        wrong = server.client.get(
            f"/api/v1/handovers/{package_id}/chunks/{index}", headers=headers_c
        )
        assert wrong.status_code == 404
    assert (
        server.client.post(f"/api/v1/handovers/{package_id}/confirm", headers=headers_c).status_code
        == 404
    )
    assert (
        server.client.post(f"/api/v1/handovers/{package_id}/confirm", headers=headers_a).status_code
        == 403
    )
    received = b"".join(
        server.client.get(f"/api/v1/handovers/{package_id}/chunks/{i}", headers=headers_b).content
        for i in range(2)
    )
    assert received == package

    def owners() -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        rows = server.admin(
            lambda s: (
                s.execute(select(LatestRecord.pid, LatestRecord.device_id)).all()
                + s.execute(select(ReceivedRecord.pid, ReceivedRecord.device_id)).all()
            )
        )
        for pid, device in rows:
            found.setdefault(pid, set()).add(device)
        return found

    before = owners()
    confirmed = server.client.post(f"/api/v1/handovers/{package_id}/confirm", headers=headers_b)
    assert confirmed.status_code == 200
    assert confirmed.json()["state"] == "confirmed"
    after = owners()
    assert set(after) == set(before)  # nothing added, nothing lost
    for pid in moving_pids:
        assert after[pid] == {device_b}
    assert after[staying["pid"]] == {device_a}
    # B now owns the records: sending them again is a duplicate, not a second count.
    results = server.push(headers_b, moving, member)
    assert [r["status"] for r in results] == ["duplicate", "duplicate"]
    outgoing = server.client.get("/api/v1/handovers", headers=headers_a).json()["handovers"]
    assert [h["state"] for h in outgoing] == ["confirmed"]
    assert (
        server.client.post(f"/api/v1/handovers/{package_id}/confirm", headers=headers_b).status_code
        == 200
    )
    assert (
        server.admin(
            lambda s: s.scalars(select(StoredFile.id).where(StoredFile.purpose == "handover")).all()
        )
        == []
    )
    audit = server.admin(
        lambda s: [(e.actor, e.action, e.target) for e in s.scalars(select(AuditEntry)).all()]
    )
    assert (f"device:{device_a}", "handover.offered", f"{package_id}>{device_b}") in audit
    assert (f"device:{device_b}", "handover.confirmed", f"{package_id}<{device_a}") in audit


def test_a_handover_to_an_unknown_or_keyless_laptop_is_refused(server: Server) -> None:
    device_a, headers_a = server.enrol("Coach A")
    device_b, _ = server.enrol("Coach B")
    offer = {
        "package_id": str(uuid.uuid4()),
        "via": "file",
        "size": 10,
        "sha256": "a" * 64,
        "pids": [],
    }
    for receiver in (device_b, device_a, str(uuid.uuid4())):
        response = server.client.post(
            "/api/v1/handovers", json=offer | {"receiver_device_id": receiver}, headers=headers_a
        )
        assert (response.status_code, response.json()["code"]) == (409, "handover_refused")


def _offer(server: Server, headers: dict[str, str], receiver: str, pids: list[str]) -> str:
    package_id = str(uuid.uuid4())
    offer = {
        "package_id": package_id,
        "receiver_device_id": receiver,
        "via": "file",
        "size": 10,
        "sha256": "a" * 64,
        "pids": pids,
    }
    response = server.client.post("/api/v1/handovers", json=offer, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "waiting"
    return package_id


def test_a_record_the_receiver_sent_itself_before_confirming_wins_over_the_senders(
    server: Server,
) -> None:
    _, headers_a = server.enrol("Coach A")
    device_b, headers_b = server.enrol("Coach B")
    server.client.put("/api/v1/device/key", json={"public_key": _key()}, headers=headers_b)
    moving = family()
    server.push(headers_a, moving)
    package_id = _offer(server, headers_a, device_b, [moving["pid"]])
    newer = family(moving["pid"], version=2, status="paused")
    server.push(headers_b, newer)  # e.g. the receiver's monthly rebuild ran before confirming
    confirmed = server.client.post(f"/api/v1/handovers/{package_id}/confirm", headers=headers_b)
    assert confirmed.status_code == 200, confirmed.text
    latest = server.admin(
        lambda s: s.execute(
            select(LatestRecord.device_id, LatestRecord.version).where(
                LatestRecord.pid == moving["pid"]
            )
        ).all()
    )
    assert [tuple(row) for row in latest] == [(device_b, 2)]
    versions = server.admin(
        lambda s: sorted(
            tuple(row)
            for row in s.execute(
                select(ReceivedRecord.device_id, ReceivedRecord.version).where(
                    ReceivedRecord.pid == moving["pid"]
                )
            ).all()
        )
    )
    assert versions == [(device_b, 1), (device_b, 2)]


def test_the_sender_withdraws_an_unconfirmed_handover_but_not_a_confirmed_one(
    server: Server,
) -> None:
    _, headers_a = server.enrol("Coach A")
    device_b, headers_b = server.enrol("Coach B")
    server.client.put("/api/v1/device/key", json={"public_key": _key()}, headers=headers_b)
    withdrawn = _offer(server, headers_a, device_b, [])
    assert (
        server.client.delete(f"/api/v1/handovers/{withdrawn}", headers=headers_b).status_code == 403
    )
    assert (
        server.client.delete(f"/api/v1/handovers/{withdrawn}", headers=headers_a).status_code == 204
    )
    assert server.client.get("/api/v1/handovers", headers=headers_b).json()["handovers"] == []
    kept = _offer(server, headers_a, device_b, [])
    server.client.post(f"/api/v1/handovers/{kept}/confirm", headers=headers_b)
    refused = server.client.delete(f"/api/v1/handovers/{kept}", headers=headers_a)
    assert (refused.status_code, refused.json()["code"]) == (409, "handover_refused")
