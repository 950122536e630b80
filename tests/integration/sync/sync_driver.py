"""A laptop process for the end-to-end tests: unlock a data folder, change some data, sync.

    python sync_driver.py FOLDER SERVER_URL MODE [SEED]

MODE: ``enrol:CODE``; ``edit`` (change data, then sync); ``before_send`` / ``after_commit``
(change data, sync, and stop at that moment, printing a marker so the test can SIGKILL the
process there); ``sync`` (sync only). Prints ``DONE <outcome>`` at the end.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, date, datetime, timedelta

import httpx

from coach_app.domain import ConsentKind, Municipality, ProgrammeStatus
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import make_session_factory
from coach_app.sync import SyncEngine
from coach_app.workspace import Workspace

PASSPHRASE = "a quiet kitchen table"


class Marking(httpx.HTTPTransport):
    """Prints a marker before sending a batch or after the server answered, then waits."""

    def __init__(self, stop_at: str | None) -> None:
        super().__init__()
        self.stop_at = stop_at

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        batch = request.url.path == "/api/v1/records"
        if batch and self.stop_at == "before_send":
            print("MARK before_send", flush=True)
            time.sleep(30)
        response = super().handle_request(request)
        if batch and self.stop_at == "after_commit":
            response.read()
            print("MARK after_commit", flush=True)
            time.sleep(30)
        return response


def edit(ws: Workspace, rng: random.Random) -> None:
    service = ws.service
    families = service.list_families()
    if len(families) < 4 or rng.random() < 0.3:
        family = service.create_family(
            display_name=f"Fam {rng.random()}",
            municipality=Municipality("GM0153", "Enschede"),
            start_date=date(2019, rng.randint(1, 12), 1),
        )
        service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="c")
        service.add_person(family.id, given_name="P", birth_date=date(1980, 1, 1))
        families = service.list_families()
    for _ in range(rng.randint(1, 6)):
        target = rng.choice(families)
        roll = rng.random()
        if roll < 0.5:
            service.record_visit(
                target.id,
                started_at=datetime(2019, 5, 1, 9, tzinfo=UTC)
                + timedelta(days=rng.randint(0, 300)),
                duration_minutes=rng.randint(10, 120),
            )
        elif roll < 0.8:
            family = service.get_family(target.id)
            status = rng.choice([ProgrammeStatus.ACTIVE, ProgrammeStatus.PAUSED])
            service.update_family(family.__class__(**{**_fields(family), "status": status}))
        else:
            service.add_person(target.id, given_name="Q", birth_date=date(2010, 1, 1))


def _fields(entity: object) -> dict[str, object]:
    return {name: getattr(entity, name) for name in entity.__dataclass_fields__}  # type: ignore[attr-defined]


def main() -> int:
    folder, url, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else None)
    ws = Workspace(DataFolder(__import__("pathlib").Path(folder)), kdf=KdfParams())
    ws.unlock(PASSPHRASE)
    print("MARK unlocked", flush=True)
    stop_at = mode if mode in ("before_send", "after_commit") else None
    engine = SyncEngine(make_session_factory(ws.engine), transport=Marking(stop_at))
    try:
        if mode.startswith("enrol:"):
            print("DONE", engine.enrol(url, mode.split(":", 1)[1]), flush=True)
            return 0
        if mode != "sync":
            edit(ws, rng)
        print("MARK syncing", flush=True)
        print("DONE", engine.sync(force=True).outcome, flush=True)
    finally:
        engine.close()
        ws.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
