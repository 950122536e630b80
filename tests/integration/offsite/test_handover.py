"""Handing a family over: sealed for the receiving laptop, complete there, erased here once
confirmed, counted once on the server throughout."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from offsite_helpers import InProcessServer, Laptop
from sqlalchemy import func, select

from coach_app.domain import ConsentKind, Municipality, ProgrammeStatus
from coach_app.domain.drafts import VisitDraft
from coach_app.offsite.family_rows import LAPTOP_TABLES, OUTBOX_TABLE, family_tables
from coach_app.offsite.guard import FamilyBeingHandedOver
from coach_app.offsite.handover import HandoverProblem, HandoverService, Receiver
from coach_app.security.handover_seal import HandoverCorrupt, HandoverNotForThisLaptop
from coach_app.storage import checkpoint
from coach_app.storage.models import Base
from coach_app.storage.models_sync import OutboxRow
from coach_app.sync import SyncEngine
from coach_server.models import LatestRecord
from tests.canaries import encodings, seed_family
from tests.sqlcipher_pages import decrypted_pages

LEADER_PASSWORD = "a long enough test password"


def _service(laptop: Laptop, server: InProcessServer) -> HandoverService:
    return HandoverService(
        laptop.sessions, laptop.folder.root / "handovers", transport=server.transport
    )


def _sync(laptop: Laptop, server: InProcessServer) -> None:
    engine = SyncEngine(laptop.sessions, transport=server.transport)
    try:
        outcome = engine.sync(force=True)
    finally:
        engine.close()
    assert outcome.outcome == "synced", outcome


def _receiver(service: HandoverService, coach: str) -> Receiver:
    return next(r for r in service.receivers() if r.coach_name == coach)


def _export(laptop: Laptop, family_id: str) -> dict[str, Any]:
    exported = laptop.workspace.service.export_family(UUID(family_id))
    del exported["exported_at"]
    return exported


def _server_owners(server: InProcessServer) -> dict[str, str]:
    rows = server.admin(lambda s: s.execute(select(LatestRecord.pid, LatestRecord.device_id)).all())
    return dict(rows)  # type: ignore[arg-type]


def _seeded(laptop: Laptop, tag: str) -> tuple[str, list[str]]:
    family_id, canaries = seed_family(laptop.workspace.service, tag)
    laptop.workspace.service.record_consent(
        UUID(family_id), ConsentKind.ANONYMISED_REPORTING, recorded_by="c"
    )
    return family_id, canaries


def test_every_table_is_a_familys_or_the_laptops() -> None:
    families = {t.name for t in family_tables()}
    for table in Base.metadata.sorted_tables:
        assert (
            table.name in families or table.name in LAPTOP_TABLES or table.name == OUTBOX_TABLE
        ), f"{table.name}: decide whether a handover carries it (coach_app/offsite/family_rows.py)"


def test_a_family_moves_from_a_to_b_complete_and_counted_once(
    make_laptop: Callable[[str], Laptop], offsite_server: InProcessServer
) -> None:
    a, b, c = make_laptop("Coach A"), make_laptop("Coach B"), make_laptop("Coach C")
    moving, canaries = _seeded(a, "Moving")
    staying, _ = _seeded(a, "Staying")
    draft = VisitDraft(id=uuid.uuid4(), family_id=UUID(moving), notes="KanarieDraftZq7w")
    a.workspace.drafts.save_draft(draft)
    _sync(a, offsite_server)
    for laptop in (b, c):  # their keys reach the server with their first use
        _service(laptop, offsite_server).receivers()
    before = _export(a, moving)
    owners_before = _server_owners(offsite_server)

    sender = _service(a, offsite_server)
    sent = sender.send(moving, _receiver(sender, "Coach B"))
    assert sent.delivered
    # Held on A: it cannot change while B has not confirmed.
    family = a.workspace.service.get_family(UUID(moving))
    with pytest.raises(FamilyBeingHandedOver):
        a.workspace.service.update_family(dataclasses.replace(family, phone="+31 6 1234 5678"))
    _sync(a, offsite_server)  # A neither sends nor retracts the held records
    assert _server_owners(offsite_server) == owners_before
    requeue = SyncEngine(a.sessions, transport=offsite_server.transport)
    try:
        assert requeue.requeue() > 0  # the coach sends "refused" records again ...
    finally:
        requeue.close()
    assert sender.rehold() > 0  # ... they are set aside again before the next sync
    _sync(a, offsite_server)
    assert _server_owners(offsite_server) == owners_before

    # C cannot open it; B can.
    c_service = _service(c, offsite_server)
    with pytest.raises(HandoverProblem):
        c_service.download(sent.package_id)
    receiver = _service(b, offsite_server)
    assert [w[1] for w in receiver.poll().waiting] == ["Coach A"]
    package = receiver.download(sent.package_id)
    stolen = c.folder.root / "stolen.package"
    stolen.write_bytes(package.read_bytes())
    with pytest.raises(HandoverNotForThisLaptop):
        c_service.receive(stolen)
    received = receiver.receive(package)
    assert received.confirmed
    assert received.family_id == moving
    assert _export(b, moving) == before
    assert b.workspace.drafts.list_drafts() == []  # drafts stay behind
    assert a.workspace.drafts.list_drafts() != []

    owners_after = _server_owners(offsite_server)
    assert set(owners_after) == set(owners_before)  # nothing counted twice, nothing lost
    moved = {pid for pid, device in owners_after.items() if device == b.device_id}
    assert moved
    assert all(owners_before[pid] == a.device_id for pid in moved)

    # A erases its copy once it sees the confirmation: rows, drafts and pages.
    result = sender.poll()
    assert result.erased == (moving,)
    assert [f.id for f in a.workspace.service.list_families()] == [UUID(staying)]
    assert a.workspace.drafts.list_drafts() == []
    checkpoint(a.workspace.engine)
    pages = b"".join(decrypted_pages(a.folder.database, bytes(a.workspace.vault.dek)))
    for needle in [*canaries, "KanarieDraftZq7w"]:
        assert not any(e in pages for e in encodings(needle)), needle
    with a.sessions() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(OutboxRow)
                .where(OutboxRow.last_error == "handed_over")
            )
            == 0
        )

    # Both sync: the server still counts each record once, the family's under B.
    _sync(a, offsite_server)
    _sync(b, offsite_server)
    assert _server_owners(offsite_server) == owners_after
    b.workspace.service.update_family(
        dataclasses.replace(b.workspace.service.get_family(UUID(moving)), phone="+31 6 87654321")
    )
    _sync(b, offsite_server)
    assert _server_owners(offsite_server) == owners_after


def test_a_file_handover_works_the_same_and_a_tampered_file_changes_nothing(
    make_laptop: Callable[[str], Laptop], offsite_server: InProcessServer, tmp_path: Path
) -> None:
    a, b = make_laptop("Coach A"), make_laptop("Coach B")
    moving, _ = _seeded(a, "File")
    _sync(a, offsite_server)
    _service(b, offsite_server).receivers()
    before = _export(a, moving)
    sender = _service(a, offsite_server)
    file = tmp_path / "family.package"
    sent = sender.send(moving, _receiver(sender, "Coach B"), via="file", file=file)
    assert sent.delivered
    assert file.exists()
    receiver = _service(b, offsite_server)
    assert receiver.poll().waiting == ()  # a file handover is not offered for download
    tampered = tmp_path / "tampered.package"
    data = bytearray(file.read_bytes())
    data[len(data) // 2] ^= 1
    tampered.write_bytes(bytes(data))
    with pytest.raises(HandoverCorrupt):
        receiver.receive(tampered)
    assert b.workspace.service.list_families() == []
    truncated = tmp_path / "truncated.package"
    truncated.write_bytes(file.read_bytes()[:-100])
    with pytest.raises(HandoverCorrupt):
        receiver.receive(truncated)
    assert receiver.receive(file).confirmed
    assert _export(b, moving) == before
    assert sender.poll().erased == (moving,)


def test_a_withdrawn_handover_gives_the_family_back(
    make_laptop: Callable[[str], Laptop], offsite_server: InProcessServer
) -> None:
    a, b = make_laptop("Coach A"), make_laptop("Coach B")
    moving, _ = _seeded(a, "Back")
    _sync(a, offsite_server)
    _service(b, offsite_server).receivers()
    owners = _server_owners(offsite_server)
    sender = _service(a, offsite_server)
    sent = sender.send(moving, _receiver(sender, "Coach B"))
    sender.cancel(sent.package_id)
    family = a.workspace.service.get_family(UUID(moving))
    a.workspace.service.update_family(dataclasses.replace(family, phone="+31 6 11112222"))
    _sync(a, offsite_server)
    assert _server_owners(offsite_server) == owners
    assert _service(b, offsite_server).poll().waiting == ()


def _leader_summary(server: InProcessServer) -> dict[str, Any]:
    """The leader's summary of 2019 as the API gives it (figures and what is withheld)."""
    from coach_server.models import Leader
    from coach_server.services import create_leader

    def ensure(session: Any) -> None:
        if session.scalar(select(Leader.id).where(Leader.username == "leader")) is None:
            create_leader(
                session,
                username="leader",
                password=LEADER_PASSWORD,
                memory_kib=1024,
                iterations=1,
                actor="admin:test",
                now=datetime.now(UTC),
            )

    server.admin(ensure)
    login = server.client.post(
        "/api/v1/auth/login", json={"username": "leader", "password": LEADER_PASSWORD}
    )
    assert login.status_code == 200, login.text
    response = server.client.get(
        "/api/v1/summary",
        params={"from": "2019-01", "to": "2019-12"},
        headers={"Authorization": f"Bearer {login.json()['access_token']}"},
    )
    assert response.status_code == 200, response.text
    summary: dict[str, Any] = response.json()
    summary.pop("generated_at", None)
    return summary


def _families(laptop: Laptop, count: int) -> list[str]:
    ids = []
    for n in range(count):
        family = laptop.workspace.service.create_family(
            display_name=f"Family {n}",
            municipality=Municipality("GM0153", "Enschede"),
            status=ProgrammeStatus.ACTIVE,
            start_date=date(2019, 2, 1),
        )
        laptop.workspace.service.record_consent(
            family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c"
        )
        laptop.workspace.service.record_visit(
            family.id, started_at=datetime(2019, 4, 2, 9, tzinfo=UTC), duration_minutes=60
        )
        ids.append(str(family.id))
    return ids


def test_the_leaders_figures_are_the_same_before_and_after_a_handover(
    make_laptop: Callable[[str], Laptop], offsite_server: InProcessServer
) -> None:
    a, b = make_laptop("Coach A"), make_laptop("Coach B")
    moving, *_ = _families(a, 6)
    _families(b, 5)
    _sync(a, offsite_server)
    _sync(b, offsite_server)
    _service(b, offsite_server).receivers()  # B's key reaches the server
    before = _leader_summary(offsite_server)
    assert before["families_by_status"]["cells"]["active"] == 11  # shown, not withheld

    sender = _service(a, offsite_server)
    sent = sender.send(moving, _receiver(sender, "Coach B"))
    receiver = _service(b, offsite_server)
    assert receiver.receive(receiver.download(sent.package_id)).confirmed
    assert _leader_summary(offsite_server) == before  # while A has not erased yet
    assert sender.poll().erased == (moving,)
    _sync(a, offsite_server)
    _sync(b, offsite_server)
    assert _leader_summary(offsite_server) == before
