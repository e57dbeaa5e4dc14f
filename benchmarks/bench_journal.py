"""The journal timeline and search at scale (prints figures; asserts nothing).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_journal.py          # 1k / 10k / 50k
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_journal.py --quick  # 1k / 5k

For each size: the timeline's first paint (model reset: count + first page of 100,
then a real QListView with the entry delegate painted offscreen), paging deeper
(keyset: page 50 costs what page 1 costs), search latency as the patient types
(``search_timeline``: newest first, snippets) for single words, prefixes, two words,
rare words and FTS syntax, and memory (RSS now and peak). Then a ten-year sample
journal (``demo --days 3650``): build time, first paint and scrolling through it all.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kapjournal.reflection import after_session  # noqa: E402
from kapjournal.storage import keyslots, repo  # noqa: E402
from kapjournal.storage.journal import create_journal  # noqa: E402
from kapjournal.storage.models import Entry  # noqa: E402

PASS = "benchmark river stone lantern"  # noqa: S105 - a throwaway journal's passphrase
WORDS = [
    "river",
    "morning",
    "light",
    "sister",
    "walk",
    "garden",
    "breath",
    "calm",
    "tired",
    "hopeful",
    "anxious",
    "sad",
    "grateful",
    "restless",
    "content",
    "session",
    "therapist",
    "music",
    "blanket",
    "kindness",
    "memory",
    "childhood",
    "mother",
    "father",
    "work",
    "meeting",
    "sleep",
    "dream",
    "ocean",
    "mountain",
    "forest",
    "friend",
    "laugh",
    "cry",
    "notice",
    "pattern",
    "story",
    "body",
    "shoulders",
    "chest",
    "warmth",
    "heavy",
    "open",
    "closed",
    "fear",
    "trust",
    "change",
    "small",
    "win",
    "dinner",
    "bread",
    "coffee",
    "rain",
    "sun",
    "wind",
    "snow",
    "winter",
    "spring",
    "summer",
    "autumn",
    "letter",
    "phone",
    "book",
    "page",
    "song",
]
QUERIES = [
    "river",
    "sister",
    "calm",
    "riv",
    "gard",
    "walk river",
    "tired sleep",
    "zebra",
    "quixotic",
    "NEAR(",
    '"river',
    "OR",
    "a*",
    "(((",
    "mountain forest ocean",
]


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return float("nan")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def fill(db, count: int, rng: random.Random) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    base = datetime(2016, 1, 1, 8, tzinfo=UTC)
    kinds = ("note", "note", "note", "integration", "thought_record", "capture", "mbct")
    with db.transaction():
        for n in range(count):
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 60)))
            if n % 997 == 0:
                body += " quixotic"
            repo.insert(
                db,
                Entry(
                    kind=rng.choice(kinds),
                    body=body,
                    occurred_at=base + timedelta(hours=n * 2),
                    tags=[rng.choice(WORDS)] if n % 5 == 0 else [],
                ),
            )
    return time.perf_counter() - start


def timeline_figures(db, app) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QListView

    from kapjournal.ui.reflection.entry_model import EntryDelegate, EntryListModel

    model = EntryListModel()
    first, _ = median_ms(lambda: model.set_database(db), 10)
    view = QListView()
    view.setUniformItemSizes(True)
    view.setItemDelegate(EntryDelegate(view))
    view.resize(420, 700)

    def paint() -> None:
        view.setModel(None)
        model.set_database(db)
        view.setModel(model)
        view.grab()

    painted, _ = median_ms(paint, 5)

    def fifty_pages() -> None:
        model.set_database(db)
        for _ in range(50):
            model.fetchMore(model.index(-1))

    deep, _ = median_ms(fifty_pages, 3)
    flt = after_session.TimelineFilter(kind="integration")
    filtered, _ = median_ms(lambda: model.set_filter(flt), 10)
    model.set_filter(after_session.TimelineFilter())
    view.setModel(None)
    view.deleteLater()
    model.deleteLater()
    return {
        "first page (count + 100 rows)": f"{first:.1f} ms",
        "first paint (model + view grab)": f"{painted:.1f} ms",
        "50 more pages (5,000 rows)": f"{deep:.0f} ms ({deep / 50:.1f} ms/page)",
        "filter by kind, first page": f"{filtered:.1f} ms",
    }


def search_figures(db) -> dict[str, str]:  # type: ignore[no-untyped-def]
    out = {}
    flt = after_session.TimelineFilter()
    for q in QUERIES:
        med, p95 = median_ms(lambda q=q: after_session.search_timeline(db, q, flt), 15)
        out[f"search {q!r}"] = f"{med:.1f} ms (p95 {p95:.1f})"
    tagged = after_session.TimelineFilter(kind="note")
    med, p95 = median_ms(lambda: after_session.search_timeline(db, "river", tagged), 15)
    out["search 'river' within notes"] = f"{med:.1f} ms (p95 {p95:.1f})"
    return out


def run_size(app, count: int, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory(prefix="kap-bench-journal-") as tmp:
        journal, _ = create_journal(Path(tmp) / "j", PASS)
        try:
            seconds = fill(journal.db, count, rng)
            print(f"\n== {count:,} entries (filled in {seconds:.1f} s) ==")
            for k, v in {**timeline_figures(journal.db, app), **search_figures(journal.db)}.items():
                print(f"  {k:<36} {v}")
            print(f"  {'RSS now / peak':<36} {rss_mb():.0f} MB / {peak_mb():.0f} MB")
        finally:
            journal.close()


def run_ten_years(app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QListView

    from kapjournal.sample.build import build_demo
    from kapjournal.ui.reflection.entry_model import EntryDelegate, EntryListModel

    with tempfile.TemporaryDirectory(prefix="kap-bench-demo-") as tmp:
        journal, _ = create_journal(Path(tmp) / "j", PASS)
        try:
            start = time.perf_counter()
            build_demo(journal.db, days=3650)
            built = time.perf_counter() - start
            total = repo.count(journal.db, Entry)
            model = EntryListModel()
            view = QListView()
            view.setUniformItemSizes(True)
            view.setItemDelegate(EntryDelegate(view))
            view.resize(420, 700)
            start = time.perf_counter()
            model.set_database(journal.db)
            view.setModel(model)
            view.grab()
            first = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            bar = view.verticalScrollBar()
            steps = 0
            while model.canFetchMore(model.index(-1)):
                bar.setValue(bar.maximum())
                view.grab()
                model.fetchMore(model.index(-1))
                steps += 1
            scrolled = time.perf_counter() - start
            print(f"\n== demo --days 3650: {total:,} entries (built in {built:.1f} s) ==")
            print(f"  {'first paint':<36} {first:.1f} ms")
            print(
                f"  {'scroll to the end':<36} {scrolled * 1000:.0f} ms over {steps} pages "
                f"({scrolled * 1000 / max(1, steps):.1f} ms per page incl. a repaint)"
            )
            everything = after_session.TimelineFilter()
            med, p95 = median_ms(lambda: after_session.search_timeline(journal.db, "sister", everything), 15)
            print(f"  {'search sister':<36} {med:.1f} ms (p95 {p95:.1f})")
            print(f"  {'RSS now / peak':<36} {rss_mb():.0f} MB / {peak_mb():.0f} MB")
            view.setModel(None)
            view.deleteLater()
            model.deleteLater()
        finally:
            journal.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    args = parser.parse_args()
    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB  # unlock cost is measured in bench.py
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    from kapjournal.ui.app import create_application

    app = create_application()
    rng = random.Random(11)
    print(f"KAP Journal timeline and search benchmark (RSS at start {rss_mb():.0f} MB)")
    for count in (1_000, 5_000) if args.quick else (1_000, 10_000, 50_000):
        run_size(app, count, rng)
    run_ten_years(app)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # PySide6 6.12.0 returns None from many void calls (QPainter.save, setPen, ...)
    # without a reference, so thousands of paints drain None's refcount and the
    # interpreter aborts in its final garbage collection. Skip that teardown here.
    os._exit(code)
