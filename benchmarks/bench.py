"""KAP Journal performance figures (not a test: prints a table, asserts nothing).

    python benchmarks/bench.py            # everything, about two to three minutes
    python benchmarks/bench.py --quick    # smaller sizes, for a smoke run

Measures, with the production key-derivation cost unless said otherwise:

* launch: process start to the unlock page shown (QT_QPA_PLATFORM=offscreen). The
  child wraps ``QApplication.exec`` so the first turn of the event loop reports the
  page on top and quits; no product code changes. Also plain ``python`` and
  ``kapjournal --version`` for scale. The whole process, from the checkout (which may
  compile its source each run): ``benchmarks/compare.py`` times start-up to the unlock
  screen against the bare-Qt floor, paired, from a compiled copy as installed.
* unlock: ``unlock_journal`` with the passphrase (Argon2id 64 MiB, 3 passes), median of 5.
* save: one ``repo.insert`` of an entry (own transaction, synchronous=FULL), median
  and p95 over 200.
* rotation: a passphrase change (a new data key: the database and its backup
  re-encrypted) on a 10-year sample journal, median of 3; also the page check every
  unlock runs and the full integrity check the app runs in the background.
* memory: RSS after unlocking a 3-year sample journal (``demo --days 1095``), and
  the peak (Argon2id's 64 MiB included).
* search: ``repo.search_entries`` at 1k / 10k / 50k entries (median of 30 queries).
* timeline: newest 100 entries (``repo.select`` with tags) at 50k entries.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASS = "benchmark river stone lantern"  # noqa: S105 - a throwaway journal's passphrase
WORDS = [
    "river", "morning", "light", "sister", "walk", "garden", "breath", "calm", "tired", "hopeful",
    "anxious", "sad", "grateful", "restless", "content", "session", "therapist", "music", "blanket",
    "kindness", "memory", "childhood", "mother", "father", "work", "meeting", "sleep", "dream",
    "ocean", "mountain", "forest", "friend", "laugh", "cry", "notice", "pattern", "story", "body",
    "shoulders", "chest", "warmth", "heavy", "open", "closed", "fear", "trust", "change", "small",
    "win", "dinner", "bread", "coffee", "rain", "sun", "wind", "snow", "winter", "spring", "summer",
    "autumn", "letter", "phone", "book", "page", "song",
]


def child_env(data_home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # no D-Bus waits
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(data_home / var.lower())
    return env


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


# -- child processes ----------------------------------------------------------------
def launch_child(data_dir: str) -> int:
    """Run the real start-up; report which page is on top at the first event-loop turn."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    real_exec = QApplication.exec

    def exec_once(self: QApplication) -> int:
        def report() -> None:
            page = "unknown"
            for widget in QApplication.topLevelWidgets():
                stack = getattr(widget, "stack", None)
                if widget.isVisible() and stack is not None:
                    current = stack.currentWidget()
                    unlock = getattr(widget, "unlock_page", None)
                    page = "unlock" if current is unlock else type(current).__name__
            sys.stdout.write(f"shown {page}\n")
            sys.stdout.flush()
            self.quit()

        QTimer.singleShot(0, report)
        return int(real_exec())

    QApplication.exec = exec_once  # type: ignore[method-assign]
    from kapjournal.cli import main

    return main(["--data-dir", data_dir])


def rss_child(folder: str) -> int:
    from kapjournal.storage import repo
    from kapjournal.storage.journal import unlock_journal
    from kapjournal.storage.models import Entry

    secret = sys.stdin.readline().rstrip("\n")
    journal = unlock_journal(Path(folder), "passphrase", secret)
    try:
        status = Path("/proc/self/status").read_text()
        fields = {
            line.split(":")[0]: line.split(":")[1].strip() for line in status.splitlines() if ":" in line
        }
        repo.select(journal.db, Entry, order="occurred_at DESC, id DESC", limit=100)
        status2 = Path("/proc/self/status").read_text()
        after = [line.split(":")[1].strip() for line in status2.splitlines() if line.startswith("VmRSS")]
        print(f"{fields.get('VmRSS', '?')}|{after[0] if after else '?'}|{fields.get('VmHWM', '?')}")
    finally:
        journal.close()
    return 0


# -- measurements ---------------------------------------------------------------------
def bench_launch(tmp: Path, rows: list[tuple[str, str]]) -> None:
    from kapjournal.storage.journal import create_journal

    data = tmp / "launch-data"
    journal, _ = create_journal(data, PASS)
    journal.close()
    env = child_env(tmp / "launch-home")

    def wall(args: list[str]) -> tuple[float, str]:
        start = time.perf_counter()
        done = subprocess.run(  # noqa: S603 - our own interpreter and script
            args, env=env, capture_output=True, text=True, cwd=ROOT, timeout=120, check=False
        )
        return time.perf_counter() - start, done.stdout.strip() or "no page reported"

    base = statistics.median(wall([sys.executable, "-c", "pass"])[0] for _ in range(3))
    cli = statistics.median(wall([sys.executable, "-m", "kapjournal", "--version"])[0] for _ in range(3))
    runs = [wall([sys.executable, __file__, "--launch-child", str(data)]) for _ in range(4)]
    pages = {r[1] for r in runs}
    times = [r[0] for r in runs[1:]]  # the first run warms the disk cache
    rows.append(("python -c pass (baseline)", f"{base * 1000:.0f} ms"))
    rows.append(("CLI start (kapjournal --version)", f"{cli * 1000:.0f} ms"))
    rows.append((f"launch to first page ({', '.join(sorted(pages))})",
                 f"{statistics.median(times) * 1000:.0f} ms median of {len(times)} (warm)"))


def bench_unlock(tmp: Path, rows: list[tuple[str, str]]) -> None:
    from kapjournal.storage import keyslots
    from kapjournal.storage.journal import create_journal, unlock_journal

    folder = tmp / "unlock"
    journal, _ = create_journal(folder, PASS)
    journal.close()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        unlock_journal(folder, "passphrase", PASS).close()
        times.append(time.perf_counter() - start)
    rows.append((
        f"unlock (Argon2id {keyslots.ARGON2_MEMORY_KIB // 1024} MiB, {keyslots.ARGON2_ITERATIONS} passes)",
        f"{statistics.median(times) * 1000:.0f} ms median of 5",
    ))


def bench_rotation(tmp: Path, rows: list[tuple[str, str]], days: int) -> None:
    """Key rotation (a passphrase change re-encrypts the journal and its backups) and
    the page check every unlock runs, on a sample journal of ``days`` days."""
    from kapjournal.sample.build import build_demo
    from kapjournal.storage.journal import create_journal, unlock_journal

    folder = tmp / "rotation"
    journal, _ = create_journal(folder, PASS)
    build_demo(journal.db, days=days)
    journal.auto_backup("manual", force=True)
    journal.close()
    size_mb = (folder / "journal.kapdb").stat().st_size / 2**20
    journal = unlock_journal(folder, "passphrase", PASS)
    checks = [timed(journal.db.page_problems) for _ in range(5)]
    full = [timed(journal.db.integrity_problems) for _ in range(3)]
    secrets = [PASS, "a brand new river stone passphrase"]
    times = []
    for i in range(3):
        times.append(timed(lambda i=i: journal.change_passphrase(secrets[(i + 1) % 2])))
    journal.close()
    label = f"{days // 365}-year journal ({size_mb:.1f} MB, 1 backup)"
    rows.append((f"unlock page check, {label}", f"{statistics.median(checks) * 1000:.0f} ms median of 5"))
    median_full = statistics.median(full) * 1000
    rows.append((f"full integrity check (background), {label}", f"{median_full:.0f} ms median of 3"))
    spread = f"min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}"
    rows.append((
        f"key rotation (passphrase change), {label}",
        f"{statistics.median(times) * 1000:.0f} ms median of 3 ({spread})",
    ))


def bench_memory_and_save(tmp: Path, rows: list[tuple[str, str]], days: int) -> None:
    from kapjournal.sample.build import build_demo
    from kapjournal.storage import repo
    from kapjournal.storage.journal import create_journal
    from kapjournal.storage.models import Entry

    folder = tmp / "demo"
    journal, _ = create_journal(folder, PASS)
    try:
        build_start = time.perf_counter()
        build_demo(journal.db, days=days)
        build = time.perf_counter() - build_start
        rng = random.Random(1)
        saves = []
        for i in range(200):
            body = " ".join(rng.choice(WORDS) for _ in range(120))
            entry = Entry(kind="note", body=f"save {i} {body}", tags=["bench"])
            saves.append(timed(lambda e=entry: repo.insert(journal.db, e)))  # type: ignore[misc]
    finally:
        journal.close()
    size = (folder / "journal.kapdb").stat().st_size
    rows.append((f"sample journal, {days} days: build / file size", f"{build:.1f} s / {size / 1e6:.1f} MB"))
    rows.append(("save one entry (200 saves)",
                 f"median {statistics.median(saves) * 1000:.1f} ms, p95 {pct(saves, 0.95) * 1000:.1f} ms"))
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, __file__, "--rss-child", str(folder)], input=PASS + "\n", env=child_env(tmp / "rss"),
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
    )
    parts = done.stdout.strip().split("|")
    if len(parts) == 3:
        rows.append((f"RSS after unlock ({days}-day sample, no Qt)",
                     f"{parts[0]}; after first timeline page {parts[1]}; peak {parts[2]}"))
    else:
        rows.append(("RSS after unlock", f"failed: {done.stderr.strip()[-200:]}"))


def bench_search(tmp: Path, rows: list[tuple[str, str]], sizes: list[int]) -> None:
    from kapjournal.storage import keyslots, repo
    from kapjournal.storage.journal import create_journal
    from kapjournal.storage.models import Entry

    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB  # only the data matters here
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    folder = tmp / "search"
    journal, _ = create_journal(folder, PASS)
    rng = random.Random(2)
    # A Zipf-like vocabulary: a few very common words, a long tail of rare ones, like
    # real writing (uniform choice from a small list would put every word in every entry).
    vocab = list(WORDS) + [f"{a}{b}{c}ly" for a in "bcdfgklmnprst" for b in "aeiou" for c in "dgkmnprst"]
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    cum = [sum(weights[: i + 1]) for i in range(len(weights))]
    start_day = datetime(2020, 1, 1, 20, tzinfo=UTC)
    made = 0
    queries = ["garden walk", "sister laugh", "ocea", "kindness memory", "no-such-word",
               "letter", "coffee rain", "chest warmth heavy", "bakly", "song"]
    try:
        for size in sizes:
            gen_start = time.perf_counter()
            with journal.db.transaction():
                while made < size:
                    body = " ".join(rng.choices(vocab, cum_weights=cum, k=rng.randint(20, 200)))
                    repo.insert(journal.db, Entry(
                        kind=rng.choice(("note", "integration", "intention")), body=body,
                        tags=[rng.choice(WORDS)], occurred_at=start_day + timedelta(hours=made * 3),
                    ))
                    made += 1
            gen = time.perf_counter() - gen_start
            times = []
            for i in range(30):
                query = queries[i % len(queries)]
                times.append(timed(lambda q=query: repo.search_entries(journal.db, q)))  # type: ignore[misc]
            common = [timed(lambda: repo.search_entries(journal.db, "river")) for _ in range(5)]
            newest = [
                timed(lambda: repo.search_entries(journal.db, "river ", newest_first=True)) for _ in range(5)
            ]
            prefix = [
                timed(lambda: repo.search_entries(journal.db, "river", newest_first=True)) for _ in range(5)
            ]
            share = len(repo.search_entries(journal.db, "river", limit=10**9)) / made
            rows.append((
                f"search at {size:,} entries (made in {gen:.1f} s)",
                f"median {statistics.median(times) * 1000:.1f} ms, p95 {pct(times, 0.95) * 1000:.1f} ms; "
                f"word in {share:.0%} of entries: ranked {statistics.median(common) * 1000:.0f} ms, "
                f"newest_first {statistics.median(newest) * 1000:.0f} ms "
                f"(as prefix {statistics.median(prefix) * 1000:.0f} ms)",
            ))
        timeline = [
            timed(lambda: repo.select(journal.db, Entry, order="occurred_at DESC, id DESC", limit=100))
            for _ in range(20)
        ]
        rows.append((
            f"timeline newest 100 at {made:,} entries",
            f"median {statistics.median(timeline) * 1000:.1f} ms, p95 {pct(timeline, 0.95) * 1000:.1f} ms",
        ))
    finally:
        journal.close()
    size_mb = (folder / "journal.kapdb").stat().st_size / 1e6
    rows.append((f"file size at {made:,} entries", f"{size_mb:.0f} MB"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes (smoke run)")
    parser.add_argument("--launch-child", help=argparse.SUPPRESS)
    parser.add_argument("--rss-child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.launch_child:
        return launch_child(args.launch_child)
    if args.rss_child:
        return rss_child(args.rss_child)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows: list[tuple[str, str]] = []
    sizes = [1_000, 5_000] if args.quick else [1_000, 10_000, 50_000]
    days = 90 if args.quick else 1095
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kapjournal-bench-") as name:
        tmp = Path(name)
        for label, step in (
            ("launch", lambda: bench_launch(tmp, rows)),
            ("unlock", lambda: bench_unlock(tmp, rows)),
            ("rotation", lambda: bench_rotation(tmp, rows, 365 if args.quick else 3650)),
            ("memory/save", lambda: bench_memory_and_save(tmp, rows, days)),
            ("search", lambda: bench_search(tmp, rows, sizes)),  # lowers the KDF cost: keep last
        ):
            print(f"... {label}", file=sys.stderr, flush=True)
            step()
    width = max(len(r[0]) for r in rows)
    print(f"\nKAP Journal benchmark ({os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
          f"{time.perf_counter() - began:.0f} s)")
    print("-" * (width + 40))
    for label, value in rows:
        print(f"{label.ljust(width)}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
