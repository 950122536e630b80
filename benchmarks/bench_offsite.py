"""Off-laptop backup benchmark: upload and restore of a data folder with 100 families and 2,000
visits through a local ``coach-server serve``, exactly as the app does it
(`BackupUploader.run`, `ServerRestore.connect` + `finish`), against copying the same bytes with
a bare httpx upload and download (one request each, to a plain HTTP sink on 127.0.0.1 behind the
same kind of counting proxy).

    python benchmarks/bench_offsite.py [--quick]

Prints time and bytes on the wire (counted by a TCP proxy in front of the server) and the
ratios. ``--quick``: 20 families, 400 visits.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
from benchlib import machine_line, ratio_line

from coach_app.domain import ConsentKind, Municipality, VisitMode
from coach_app.offsite.restore import ServerRestore
from coach_app.offsite.upload import BackupUploader
from coach_app.paths import DataFolder
from coach_app.security import KdfParams
from coach_app.storage import make_session_factory
from coach_app.sync import SyncEngine
from coach_app.workspace import Workspace

ENV = {
    **os.environ,
    "COACH_SERVER_ARGON2_MEMORY_KIB": "1024",
    "COACH_SERVER_ARGON2_ITERATIONS": "1",
}
CLI = str(Path(sys.executable).with_name("coach-server"))
PASSPHRASE = "a quiet kitchen table by the window"
WORDS = [
    "afspraak",
    "taalcursus",
    "werk",
    "school",
    "gemeente",
    "formulier",
    "zorgverzekering",
    "huur",
    "buurthuis",
    "sportclub",
    "inburgering",
    "gesprek",
    "kinderen",
    "opvoeding",
    "budget",
    "brief",
    "uitleg",
    "vervolg",
    "plan",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class CountingProxy:
    """A TCP proxy that counts the bytes going each way."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.up = 0
        self.down = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def reset(self) -> None:
        with self._lock:
            self.up = self.down = 0

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, up: bool) -> None:
        try:
            while data := source.recv(65536):
                with self._lock:
                    if up:
                        self.up += len(data)
                    else:
                        self.down += len(data)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            with suppress(OSError):
                sink.shutdown(socket.SHUT_WR)


class _Sink(BaseHTTPRequestHandler):
    """A plain HTTP peer: POST reads and drops the body; GET sends ``server.payload``."""

    def do_POST(self) -> None:
        remaining = int(self.headers["Content-Length"])
        while remaining:
            remaining -= len(self.rfile.read(min(remaining, 1 << 20)))
        self.send_response(204)
        self.end_headers()

    def do_GET(self) -> None:
        payload: bytes = self.server.payload  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *_: object) -> None:
        return


@contextmanager
def serving(data: Path) -> Iterator[tuple[str, int]]:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [CLI, "--data-dir", str(data), "serve", "--port", str(port)],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(600):
            try:
                httpx.get(f"{url}/healthz", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield url, port
    finally:
        server.terminate()
        server.wait(10)


def _cli(data: Path, *args: str) -> str:
    result = subprocess.run(
        [CLI, "--data-dir", str(data), *args], env=ENV, capture_output=True, text=True, check=True
    )
    return result.stdout.split()[0]


def _fill(workspace: Workspace, families: int, visits: int) -> None:
    rng = random.Random(2019)
    service = workspace.service
    ids = []
    for n in range(families):
        family = service.create_family(
            display_name=f"Family {n}",
            municipality=Municipality("GM0153", "Enschede"),
            address=f"Straat {n}, Enschede",
            start_date=date(2019, 1 + n % 12, 1),
        )
        service.record_consent(family.id, ConsentKind.ANONYMISED_REPORTING, recorded_by="coach")
        service.add_person(family.id, given_name=f"Person {n}", birth_date=date(1980, 1, 1))
        ids.append(family.id)
    start = datetime(2019, 1, 7, 9, tzinfo=UTC)
    for n in range(visits):
        notes = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120)))
        service.record_visit(
            ids[n % families],
            started_at=start + timedelta(days=n % 500, hours=n % 7),
            duration_minutes=60,
            mode=VisitMode.HOME,
            notes=notes,
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    quick = parser.parse_args().quick
    families, visits = (20, 400) if quick else (100, 2000)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with serving(root / "server") as (_url, port):
            proxy = CountingProxy(port)
            folder = DataFolder(root / "laptop")
            workspace = Workspace(folder, kdf=KdfParams())
            recovery_code = workspace.create(PASSPHRASE)
            _fill(workspace, families, visits)
            sessions = make_session_factory(workspace.engine)
            engine = SyncEngine(sessions)
            first_code = _cli(root / "server", "enrolment-code", "--coach", "Bench")
            enrolled = engine.enrol(proxy.url, first_code)
            assert enrolled.ok
            assert enrolled.device_id
            assert engine.sync(force=True).outcome == "synced"
            engine.close()

            made: list[float] = []

            def make_backup() -> Path:  # the app's own, timed apart from sending
                started = time.perf_counter()
                path = workspace.backup_now().path
                made.append(time.perf_counter() - started)
                return path

            uploader = BackupUploader(
                sessions,
                make_backup=make_backup,
                local_backups=lambda: [b.path for b in workspace.list_backups()],
            )
            proxy.reset()
            started = time.perf_counter()
            outcome = uploader.run(force=True)
            upload_s = time.perf_counter() - started
            assert outcome.outcome == "uploaded", outcome
            size = outcome.size or 0
            upload_wire = proxy.up + proxy.down
            backup = workspace.list_backups()[0].path.read_bytes()
            workspace.close()

            sink = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
            sink.payload = backup  # type: ignore[attr-defined]
            threading.Thread(target=sink.serve_forever, daemon=True).start()
            # Through a counting proxy like the app's, so both pay the same hop.
            sink_proxy = CountingProxy(int(sink.server_address[1]))
            sink_url = f"{sink_proxy.url}/"
            with httpx.Client() as bare:
                started = time.perf_counter()
                bare.post(sink_url, content=backup).raise_for_status()
                bare_up_s = time.perf_counter() - started
                started = time.perf_counter()
                assert bare.get(sink_url).content == backup
                bare_down_s = time.perf_counter() - started
            sink.shutdown()

            code = _cli(
                root / "server",
                *("enrolment-code", "--coach", "Bench", "--replaces", enrolled.device_id),
            )
            restore = ServerRestore(DataFolder(root / "new-laptop"), kdf=KdfParams())
            proxy.reset()
            started = time.perf_counter()
            restore.connect(proxy.url, code)
            download_s = time.perf_counter() - started
            restore_wire = proxy.up + proxy.down
            started = time.perf_counter()
            restored, _new_code = restore.finish(PASSPHRASE, recovery_code=recovery_code)
            finish_s = time.perf_counter() - started
            count = len(restored.service.list_families())
            restored.close()
            assert count == families, count

    mb = size / 1e6
    print(f"data folder: {families} families, {visits} visits; backup {mb:.2f} MB")
    print(
        f"upload (backup made, encrypted, sent, completed): {upload_s:.2f} s, "
        f"{upload_wire / 1e6:.2f} MB on the wire ({upload_wire / size:.3f}x the file)"
    )
    send_s = upload_s - sum(made)
    print(
        f"  of which making the local encrypted backup: {sum(made):.2f} s; "
        f"sending it (declare, chunks, complete, key and list calls): {send_s:.2f} s"
    )
    print(f"bare httpx upload of the same bytes: {bare_up_s:.3f} s")
    print(ratio_line("upload: app / bare httpx (time)", upload_s / bare_up_s))
    print(ratio_line("upload, sending only: app / bare httpx (time)", send_s / bare_up_s))
    print(
        f"restore download (enrol, list, chunks, hash): {download_s:.2f} s, "
        f"{restore_wire / 1e6:.2f} MB on the wire ({restore_wire / size:.3f}x the file); "
        f"open, check every page, new vault: {finish_s:.2f} s"
    )
    print(f"bare httpx download of the same bytes: {bare_down_s:.3f} s")
    print(ratio_line("download: app / bare httpx (time)", download_s / bare_down_s))
    print(
        ratio_line(
            "restore total: app / bare httpx download", (download_s + finish_s) / bare_down_s
        )
    )
    print(machine_line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
