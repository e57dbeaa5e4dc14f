"""Search while typing at 50,000 entries (prints figures; asserts nothing).

    python benchmarks/bench_search.py                    # 50,000 entries, 7 runs
    python benchmarks/bench_search.py --entries 5000 --runs 3
    python benchmarks/bench_search.py --cache /tmp/j50k  # build once, reuse (copied per run)

Builds a SQLCipher journal in a temporary folder with the real code (``create_journal``,
``repo.insert`` of entries whose text mixes the sample journal's note lines with a
Zipf-like vocabulary; the word "felt" is in every entry), then types each query one
keystroke at a time and times what the journal's timeline does for that keystroke: the
first page of newest matches with their snippets and entries, within the timeline's
filter. It also times ``kapjournal search WORD``'s query (``repo.search_entries`` and
the entries it prints).

Each keystroke is timed once per run; a run's figure per query is the p50/p95/max over
its keystrokes, and the table shows the median of the runs with [min–max] across runs.
With ``--cache`` an existing journal made by an older schema is migrated first (the
time is printed). The query plans of the page query are printed at the end.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kapjournal.reflection import after_session  # noqa: E402
from kapjournal.sample.build import NOTE_LINES  # noqa: E402
from kapjournal.storage import keyslots, repo, schema  # noqa: E402
from kapjournal.storage import search as search_mod  # noqa: E402
from kapjournal.storage.journal import create_journal, unlock_journal  # noqa: E402
from kapjournal.storage.models import Entry  # noqa: E402

PASS = "benchmark river stone lantern"  # noqa: S105 - a throwaway journal's passphrase
COMMON = [
    "the", "river", "morning", "light", "sister", "walk", "garden", "breath", "calm", "tired",
    "hopeful", "anxious", "sad", "grateful", "restless", "content", "session", "therapist",
    "music", "blanket", "kindness", "memory", "childhood", "mother", "father", "work", "meeting",
    "sleep", "dream", "ocean", "mountain", "forest", "friend", "laugh", "notice", "pattern",
    "story", "body", "shoulders", "chest", "warmth", "heavy", "open", "fear", "trust", "change",
]
#: Typed one keystroke at a time: common words and prefixes, a word in every entry,
#: several words, a rare word and a word that is nowhere.
TYPED = [
    "the",
    "river",
    "felt",
    "sad",
    "walked by the river",
    "morning light",
    "bakly",
    "zebra",
]
FILTERED = after_session.TimelineFilter(kind="integration")


def vocabulary() -> tuple[list[str], list[float]]:
    vocab = list(COMMON) + [f"{a}{b}{c}ly" for a in "bcdfgklmnprst" for b in "aeiou" for c in "dgkmnprst"]
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    total = 0.0
    cum = []
    for w in weights:
        total += w
        cum.append(total)
    return vocab, cum


def build(folder: Path, entries: int) -> float:
    """A journal of ``entries`` entries made with the real code; seconds taken."""
    began = time.perf_counter()
    journal, _ = create_journal(folder, PASS)
    rng = random.Random(14)
    vocab, cum = vocabulary()
    start = datetime(2016, 1, 1, 20, tzinfo=UTC)
    try:
        for first in range(0, entries, 5000):
            with journal.db.transaction():
                for n in range(first, min(entries, first + 5000)):
                    words = " ".join(rng.choices(vocab, cum_weights=cum, k=rng.randint(20, 160)))
                    body = f"{rng.choice(NOTE_LINES)} I felt {words}."
                    repo.insert(journal.db, Entry(
                        kind=rng.choice(("note", "integration", "intention", "capture")),
                        body=body,
                        tags=[rng.choice(COMMON[1:])],
                        occurred_at=start + timedelta(minutes=n * 97),
                    ))
    finally:
        journal.close()
    return time.perf_counter() - began


def keystrokes(text: str) -> list[str]:
    """What the box holds after each key, leaving out those where the timeline waits
    for the next letter (a last word of one letter: ``after_session.waits_for_a_letter``)
    and a space (it repeats the query before it with the prefix made whole)."""
    typed = [text[: i + 1] for i in range(len(text)) if not text[i].isspace()]
    waits = getattr(after_session, "waits_for_a_letter", None)
    return [t for t in typed if waits is None or not waits(t)]


def single_letters(text: str) -> list[str]:
    """The keystrokes the timeline does not search (for the figures of what they would cost)."""
    starts = [i for i in range(len(text)) if text[i].isalnum() and (i == 0 or not text[i - 1].isalnum())]
    return [text[: i + 1] for i in starts]


# -- what one keystroke costs -------------------------------------------------------------
def timeline_keystroke(db: Any, text: str, flt: Any) -> int:
    """What the timeline runs for one keystroke: its first page of hits with snippets
    and the entries shown."""
    if hasattr(after_session, "search_first_page"):
        page = after_session.search_first_page(db, text, flt)
        return len(page.entries)
    # before the fast path: 200 hits with snippets, filtered, then the first 100 entries
    hits = after_session.search_timeline(db, text, flt)
    found = after_session.entries_by_ids(db, [i for i, _ in hits[:100]])
    return len(found)


def cli_search(db: Any, word: str) -> int:
    """``kapjournal search WORD`` minus start-up and unlock: the hits and their entries."""
    hits = repo.search_entries(db, word)
    return sum(1 for h in hits if repo.get(db, Entry, h.entry_id) is not None)


def timed(fn: Callable[[], object]) -> float:
    began = time.perf_counter()
    fn()
    return (time.perf_counter() - began) * 1000


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def one_run(db: Any) -> dict[str, list[float]]:
    per_query: dict[str, list[float]] = {}
    for text in TYPED:
        per_query[text] = [timed(lambda t=t: timeline_keystroke(db, t, after_session.TimelineFilter()))
                           for t in keystrokes(text)]
    for text in ("river", "felt"):
        per_query[f"{text} (kind filter)"] = [timed(lambda t=t: timeline_keystroke(db, t, FILTERED))
                                              for t in keystrokes(text)]
    per_query["single letters, if searched"] = [
        timed(lambda t=t: after_session.search_first_page(db, t, after_session.TimelineFilter()))
        for text in TYPED for t in single_letters(text)
    ] if hasattr(after_session, "search_first_page") else [0.0]
    for word in ("river", "felt", "bakly"):
        per_query[f"CLI search {word}"] = [timed(lambda w=word: cli_search(db, w))]
    return per_query


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):7.1f} [{min(values):.1f}–{max(values):.1f}]"


def plans(db: Any) -> list[str]:
    lines = []
    if hasattr(search_mod, "query_plan"):
        for text, flt in (("river", after_session.TimelineFilter()), ("ri", FILTERED)):
            lines.append(f"  {text!r} {flt}:")
            where, params = flt.where()
            lines += ["    " + step for step in search_mod.query_plan(db, text, where, params)]
    else:
        query = "SELECT rowid, snippet(entry_fts, -1, char(2), char(3), '…', 16) FROM entry_fts " \
                "WHERE entry_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
        lines.append("  'river' (before):")
        lines += ["    " + str(r[-1]) for r in db.query("EXPLAIN QUERY PLAN " + query, ('"river"*', 200))]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cache", type=Path, help="build the journal here once and reuse it")
    args = parser.parse_args(argv)
    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB  # only the data matters here
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    with tempfile.TemporaryDirectory(prefix="kapjournal-bench-search-") as name:
        folder = Path(name) / "journal"
        if args.cache is not None:
            if not (args.cache / "journal.kapdb").exists():
                print(f"building {args.entries:,} entries into {args.cache} ...", file=sys.stderr)
                print(f"built in {build(args.cache, args.entries):.0f} s", file=sys.stderr)
            shutil.copytree(args.cache, folder, ignore=shutil.ignore_patterns("journal.lock"))
        else:
            print(f"building {args.entries:,} entries ...", file=sys.stderr)
            print(f"built in {build(folder, args.entries):.0f} s", file=sys.stderr)
        began = time.perf_counter()
        journal = unlock_journal(folder, keyslots.PASSPHRASE, PASS)
        opened = time.perf_counter() - began
        try:
            db = journal.db
            total = repo.count(db, Entry)
            plan_lines = plans(db)
            runs = [one_run(db) for _ in range(args.runs)]
        finally:
            journal.close()
    print(f"\nsearch while typing: {total:,} entries, schema v{schema.LATEST}, {args.runs} runs "
          f"(unlock incl. any migration {opened:.1f} s)")
    print("per query: p50 / p95 / max over its keystrokes, ms; median of runs [min–max]")
    print(f"{'query':34} {'keys':>4}  {'p50':>20}  {'p95':>20}  {'max':>20}")
    worst_p95 = []
    for query in runs[0]:
        per_run = [r[query] for r in runs]
        p50 = [pct(v, 0.5) for v in per_run]
        p95 = [pct(v, 0.95) for v in per_run]
        mx = [max(v) for v in per_run]
        if not query.startswith(("CLI", "single")):
            worst_p95.append(statistics.median(p95))
        print(f"{query:34} {len(per_run[0]):>4}  {spread(p50):>20}  {spread(p95):>20}  {spread(mx):>20}")
    every = [k for r in runs for q, v in r.items() if not q.startswith(("CLI", "single")) for k in v]
    print(f"\nall timeline keystrokes ({len(every)}): p50 {pct(every, 0.5):.1f} ms, "
          f"p95 {pct(every, 0.95):.1f} ms, max {max(every):.1f} ms; "
          f"worst per-query p95 {max(worst_p95):.1f} ms")
    print("\nquery plans:")
    print("\n".join(plan_lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
