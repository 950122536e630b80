"""UI benchmarks: the Families list after unlock, its search per keystroke, full-text search.

    .venv/bin/python benchmarks/bench_ui.py [--quick] [--families 1000] [--visits 20000]

Synthetic families, people and visits (random notes) are inserted in bulk into an encrypted
database with a fixed data key (not measured; the search index fills through its triggers).
Then, in an offscreen QApplication:

(a) unlock without the KDF: open_database + migrate (a check at head) + list_families + filling
    the Families page's model and proxy and showing the list. Target: under 1 s.
(b) one keystroke in ``families.search`` (in-memory filter of the proxy, count label, repaint)
    while typing a 10-letter name, median and p95. Target: under 50 ms.
(c) one full-text search over every name and note (the index query the list runs after a
    pause), median over 20 words. Target: under 100 ms.

``--quick``: 100 families and 2,000 visits.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from coach_app.deployment import Deployment
from coach_app.domain import CoachingService
from coach_app.domain.search import search_family_ids
from coach_app.paths import DataFolder
from coach_app.storage import close_database, migrate, open_database, sql_uow_factory
from coach_app.storage.models import FamilyRow, PersonRow, VisitRow
from coach_app.storage.search import SqlSearchIndex
from coach_app.ui.context import UiContext, UiEvents
from coach_app.ui.families_page import FamiliesPage
from coach_app.ui.tasks import Operations
from coach_app.workspace import Workspace

SURNAMES = [
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir",
    "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Koç", "Kurt", "Özkan", "Şimşek", "Polat",
    "Korkmaz", "Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer",
    "de Boer", "Mulder", "Vandenberg", "Hendriks", "Brouwer", "Dekker", "Kuipers",
]  # fmt: skip
GIVEN = [
    "Şükrü", "Ayşe", "Mehmet", "Fatma", "Emine", "Hüseyin", "Zeynep", "Çağla", "İbrahim",
    "Gülşen", "Mustafa", "Elif", "Ömer", "Hatice", "Zoë", "Sanne", "Daan", "Noor", "Bram",
]  # fmt: skip
TOWNS = [
    ("GM0153", "Enschede"), ("GM0164", "Hengelo"), ("GM0141", "Almelo"), ("GM0173", "Oldenzaal"),
    ("GM0147", "Borne"), ("GM0158", "Haaksbergen"), ("GM0183", "Tubbergen"),
]  # fmt: skip
SYLLABLES = [
    "ta",
    "al",
    "cur",
    "sus",
    "werk",
    "school",
    "ge",
    "meen",
    "te",
    "af",
    "spraak",
    "kin",
    "de",
    "ren",
    "zwem",
    "les",
    "voet",
    "bal",
]
START = datetime(2018, 9, 1, 9, 0, tzinfo=UTC)
DEK = bytes(range(32))  # fixed: the KDF is not part of these measurements
TYPED = "Vandenberg"  # a 10-letter name


def vocabulary(rng: random.Random, size: int = 2000) -> list[str]:
    words = {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(size)}
    return sorted(words)


def generate(path: Path, families: int, visits: int, rng: random.Random) -> list[str]:
    """Bulk-insert the synthetic data; returns the notes' vocabulary."""
    words = vocabulary(rng)
    engine = open_database(path, DEK)
    migrate(engine)
    now = datetime.now(UTC)
    meta = {"created_at": now, "updated_at": now, "version": 1}
    family_rows, people, visit_rows = [], [], []
    family_ids = []
    for i in range(families):
        fid = str(uuid.uuid4())
        family_ids.append(fid)
        surname = SURNAMES[i % len(SURNAMES)]
        code, town = TOWNS[i % len(TOWNS)]
        family_rows.append(
            {
                "id": fid,
                "display_name": f"Familie {surname} {i:04d}",
                "municipality_code": code,
                "municipality_name": town,
                "address": f"Straat {i}",
                "phone": "0612345678",
                "preferred_languages": ["nl", "tr"],
                "status": "active",
                "start_date": None,
                "assigned_coach": "Coach",
                **meta,
            }
        )
        for _ in range(rng.randint(1, 4)):
            people.append(
                {
                    "id": str(uuid.uuid4()),
                    "family_id": fid,
                    "given_name": rng.choice(GIVEN),
                    "family_name": surname,
                    "birth_date": None,
                    "gender": "unknown",
                    "role": "adult",
                    "languages": [],
                    **meta,
                }
            )
    for v in range(visits):
        visit_rows.append(
            {
                "id": str(uuid.uuid4()),
                "family_id": family_ids[v % families],
                "started_at": START + timedelta(hours=v),
                "duration_minutes": 60,
                "mode": "home",
                "notes": " ".join(rng.choice(words) for _ in range(rng.randint(20, 80))),
                **meta,
            }
        )
    with engine.begin() as connection:
        connection.execute(insert(FamilyRow), family_rows)
        connection.execute(insert(PersonRow), people)
        connection.execute(insert(VisitRow), visit_rows)
    close_database(engine)
    return words


def line(label: str, value_ms: float, target_ms: float) -> None:
    ratio = value_ms / target_ms
    verdict = "ok" if ratio <= 1 else "OVER TARGET"
    print(f"{label:<46}: {value_ms:8.1f} ms  ratio {ratio:.2f} of {target_ms:.0f} ms  {verdict}")


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 families, 2,000 visits")
    parser.add_argument("--families", type=int, default=1000)
    parser.add_argument("--visits", type=int, default=20_000)
    args = parser.parse_args(argv)
    families, visits = (100, 2000) if args.quick else (args.families, args.visits)
    rng = random.Random(2018)
    app = QApplication.instance() or QApplication(sys.argv[:1])

    with tempfile.TemporaryDirectory(prefix="coach-bench-ui-") as tmp:
        folder = DataFolder(Path(tmp) / "data")
        folder.ensure()
        t = time.perf_counter()
        words = generate(folder.database, families, visits, rng)
        print(f"generated {families} families, {visits} visits in {time.perf_counter() - t:.1f} s")

        context = UiContext(
            workspace=Workspace(folder),
            operations=Operations(),
            deployment=Deployment(),
            preferences=None,
            events=UiEvents(),
            language="nl",
        )
        page = FamiliesPage(context)
        page.resize(1166, 700)

        # (a) unlock (no KDF) to the list shown
        t0 = time.perf_counter()
        engine = open_database(folder.database, DEK)
        migrate(engine)
        rows = CoachingService(sql_uow_factory(engine)).list_families()
        page.show_families(rows)
        page.show()
        app.processEvents()
        shown = (time.perf_counter() - t0) * 1e3
        assert page.proxy.rowCount() == families

        # (b) keystrokes: type the name five times
        samples = []
        for _ in range(5):
            page.search.clear()
            app.processEvents()
            for n in range(1, len(TYPED) + 1):
                k0 = time.perf_counter()
                page.search.setText(TYPED[:n])
                app.processEvents()
                samples.append((time.perf_counter() - k0) * 1e3)
        page._search_timer.stop()  # the full-text part is measured in (c)
        matching = page.proxy.rowCount()

        # (c) full-text queries over all names and notes
        queries = rng.sample(words, 20)
        times, hits = [], []
        with engine.connect() as connection:
            index = SqlSearchIndex(connection)
            for word in queries:
                q0 = time.perf_counter()
                found = search_family_ids(index, word)
                times.append((time.perf_counter() - q0) * 1e3)
                hits.append(len(found))
        close_database(engine)
        page.close()
        page.deleteLater()
        app.processEvents()
        context.operations.wait()

    print(f"families {families}, visits {visits}; '{TYPED}' matches {matching} families")
    line("(a) unlock (no KDF) to the Families list shown", shown, 1000)
    line("(b) keystroke in the search, median", statistics.median(samples), 50)
    line("(b) keystroke in the search, p95", p95(samples), 50)
    line("(c) full-text search over all notes, median", statistics.median(times), 100)
    print(f"    (c) families found per word: median {statistics.median(hits):.0f}, max {max(hits)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
