"""Search while typing at 50,000 entries (prints figures; asserts nothing).

    python benchmarks/bench_search.py                    # 50,000 entries, 7 runs
    python benchmarks/bench_search.py --entries 5000 --runs 3
    python benchmarks/bench_search.py --cache /tmp/j50k  # build once, reuse (copied per run)

Builds a SQLCipher journal in a temporary folder with the real code (``create_journal``,
``repo.insert`` of entries whose text mixes the sample journal's note lines with a
Zipf-like vocabulary; the word "felt" is in every entry), then types each query one
keystroke at a time. For every keystroke it times, one after the other:

* **shown**: what the person waits for once the typing pause (``SEARCH_DELAY_MS``,
  40 ms, not included; the window finishes its last paints in it) ends: the
  timeline's own ``SearchWorker`` is asked on the GUI thread, its first page comes
  back through the event loop, the timeline's model takes it, and the first paint of
  a list view with the timeline's delegate and list settings has finished
  (offscreen Qt);
* **count shown**: the same keystroke until the "%n matching entries" line's count
  has arrived (the worker's second step, after the page is shown);
* **page** and **count**: the worker's two steps called directly (storage only).

It also times ``kapjournal search WORD``'s query and output lines. Copied into an
older checkout it measures that code the same way (one step, page and count). Each keystroke is
timed once per run; a run's figure per query is the p50/p95/max over its keystrokes,
and the tables show the median of the runs with [min–max] across runs. With
``--cache`` an existing journal made by an older schema is migrated first (the time
is printed). The query plans of the page query are printed at the end.
"""

from __future__ import annotations

import argparse
import os
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView  # noqa: E402

from kapjournal.reflection import after_session  # noqa: E402
from kapjournal.richtext import first_line  # noqa: E402
from kapjournal.sample.build import NOTE_LINES  # noqa: E402
from kapjournal.storage import keyslots, queries, repo, schema  # noqa: E402
from kapjournal.storage import search as search_mod  # noqa: E402
from kapjournal.storage.journal import create_journal, unlock_journal  # noqa: E402
from kapjournal.storage.models import Entry, to_local  # noqa: E402
from kapjournal.ui.reflection.entry_model import EntryDelegate, EntryListModel  # noqa: E402
from kapjournal.ui.reflection.search_worker import SearchWorker  # noqa: E402
from kapjournal.ui.reflection.timeline import SEARCH_DELAY_MS  # noqa: E402

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
class _List(QListView):
    """The timeline's list view, telling when a paint of the viewport has finished."""

    def __init__(self, painted: Callable[[], None]) -> None:
        super().__init__()
        self._painted = painted

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        self._painted()


class Screen:
    """The timeline's search as the window runs it: its worker, its model and a list
    view painted with its delegate (offscreen), in Qt's own event loop: a page is
    "shown" when the first paint after the model took it has finished."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self.worker = SearchWorker()
        self.model = EntryListModel()
        self.model.set_database(db)
        self.view = _List(self._painted)
        self.view.setItemDelegate(EntryDelegate(self.view))
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)  # as the timeline's list
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.resize(700, 900)  # about ten rows, as on a laptop screen
        self.view.show()
        self.loop = QEventLoop()
        self.guard = QTimer()  # never hang the benchmark
        self.guard.setSingleShot(True)
        self.guard.setInterval(10_000)
        self.guard.timeout.connect(self.loop.quit)
        self.marks: dict[str, float] = {}
        self.worker.found.connect(self._found)
        if hasattr(self.worker, "counted"):  # (before the count was a second step: none)
            self.worker.counted.connect(self._counted)
        self.worker.failed.connect(lambda _text: self.loop.quit())

    def _found(self, text: str, page: Any) -> None:
        self.marks["arrived"] = time.perf_counter()
        self.model.show_search(text, page)
        if getattr(page, "counted", True):
            self.marks["counted"] = self.marks["arrived"]

    def _painted(self) -> None:
        if "arrived" in self.marks and "shown" not in self.marks:
            self.marks["shown"] = time.perf_counter()
            self._maybe_done()

    def _counted(self, text: str, total: int) -> None:
        self.model.show_count(text, total)
        self.marks["counted"] = time.perf_counter()
        self._maybe_done()

    def _maybe_done(self) -> None:
        if "shown" in self.marks and "counted" in self.marks:
            self.loop.quit()

    def keystroke(self, text: str, flt: Any) -> tuple[float, float]:
        """Milliseconds from the request to the page shown (painted), and to its count
        on the line (never before the page is shown)."""
        # the typing pause before a search starts: the window finishes what the last
        # keystroke left (the list's second paint after its layout) meanwhile
        self.guard.start(SEARCH_DELAY_MS)
        self.loop.exec()
        self.guard.setInterval(10_000)
        self.marks = {}
        began = time.perf_counter()
        self.worker.request(self.db, text, flt)
        self.guard.start()
        self.loop.exec()
        self.guard.stop()
        shown = self.marks.get("shown", float("nan"))
        return (shown - began) * 1000, (max(self.marks.get("counted", shown), shown) - began) * 1000


def page_step(db: Any, text: str, flt: Any) -> Any:
    """The worker's first step: hits, snippets and entries of the first screen."""
    if not hasattr(after_session, "SEARCH_FIRST_PAGE"):  # before: one step, page and count
        return after_session.search_first_page(db, text, flt)
    return after_session.timeline_search(db, text, flt, limit=after_session.SEARCH_FIRST_PAGE)


def cli_search(db: Any, word: str) -> int:
    """``kapjournal search WORD`` minus start-up and unlock: its query and its lines."""
    lines = []
    if hasattr(queries, "matching_entries"):
        found = queries.matching_entries(db, word)
    else:  # before: the hits with snippets, then each entry by itself
        found = [repo.get(db, Entry, h.entry_id) for h in repo.search_entries(db, word)]
    for entry in found:
        when = to_local(entry.occurred_at, entry.tz_offset_min).date().isoformat()
        lines.append(f"{when}\t{entry.kind}\t{first_line(entry.title or repo.entry_plain_text(entry))}")
    return len(lines)


def timed(fn: Callable[[], object]) -> float:
    began = time.perf_counter()
    fn()
    return (time.perf_counter() - began) * 1000


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


Figures = dict[str, dict[str, list[float]]]  # measure -> query -> one figure per keystroke
MEASURES = ("shown", "count shown", "page", "count")


def one_run(db: Any, screen: Screen) -> Figures:
    out: Figures = {m: {} for m in MEASURES}
    every = after_session.TimelineFilter()
    cases = [(text, text, every) for text in TYPED]
    cases += [(f"{text} (kind filter)", text, FILTERED) for text in ("river", "felt")]
    for name, text, flt in cases:
        for measure in MEASURES:
            out[measure][name] = []
        for typed in keystrokes(text):
            # both timings of a keystroke start from the prefix expansions that the
            # keystrokes before it left (the one timed first would else help the other)
            terms = dict(getattr(search_mod, "_TERMS", {}).get(db, {}))
            shown, counted = screen.keystroke(typed, flt)
            out["shown"][name].append(shown)
            out["count shown"][name].append(counted)
            if hasattr(search_mod, "_TERMS"):
                search_mod._TERMS[db] = terms
            began = time.perf_counter()
            page = page_step(db, typed, flt)
            out["page"][name].append((time.perf_counter() - began) * 1000)
            if not getattr(page, "counted", True):  # the count step follows a full first page
                out["count"][name].append(timed(lambda t=typed, f=flt: after_session.search_count(db, t, f)))
    out["page"]["single letters, if searched"] = [
        timed(lambda t=t: page_step(db, t, every)) for text in TYPED for t in single_letters(text)
    ]
    for word in ("river", "felt", "bakly"):
        out["page"][f"CLI search {word}"] = [timed(lambda w=word: cli_search(db, w))]
    return out


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):7.1f} [{min(values):.1f}–{max(values):.1f}]" if values else "—"


def table(runs: list[Figures], measure: str) -> float:
    """Print one measure's table; the worst median p95 of the timeline's queries."""
    print(f"\n{measure}: p50 / p95 / max over the keystrokes, ms; median of runs [min–max]")
    print(f"{'query':34} {'keys':>4}  {'p50':>20}  {'p95':>20}  {'max':>20}")
    worst = 0.0
    for query in runs[0][measure]:
        per_run = [r[measure][query] for r in runs if r[measure][query]]
        if not per_run:
            print(f"{query:34} {0:>4}  {'(every first page was its own count)':>20}")
            continue
        p50 = [pct(v, 0.5) for v in per_run]
        p95 = [pct(v, 0.95) for v in per_run]
        mx = [max(v) for v in per_run]
        if not query.startswith(("CLI", "single")):
            worst = max(worst, statistics.median(p95))
        print(f"{query:34} {len(per_run[0]):>4}  {spread(p50):>20}  {spread(p95):>20}  {spread(mx):>20}")
    every = [k for r in runs for q, v in r[measure].items() if not q.startswith(("CLI", "single")) for k in v]
    if every:
        print(f"all timeline keystrokes ({len(every)}): p50 {pct(every, 0.5):.1f} ms, "
              f"p95 {pct(every, 0.95):.1f} ms, max {max(every):.1f} ms; worst per-query p95 {worst:.1f} ms")
    return worst


def plans(db: Any) -> list[str]:
    lines = []
    for text, flt in (("river", after_session.TimelineFilter()), ("ri", FILTERED)):
        lines.append(f"  {text!r} {flt}:")
        where, params = flt.where()
        lines += ["    " + step for step in search_mod.query_plan(db, text, where, params)]
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
            app = QApplication.instance() or QApplication([])
            screen = Screen(db)
            runs = [one_run(db, screen) for _ in range(args.runs)]
            screen.view.close()
            app.processEvents()
        finally:
            journal.close()
    print(f"\nsearch while typing: {total:,} entries, schema v{schema.LATEST}, {args.runs} runs "
          f"(unlock incl. any migration {opened:.1f} s; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores)")
    worst = {measure: table(runs, measure) for measure in MEASURES}
    print("\nworst per-query p95 (median of runs): " + ", ".join(f"{m} {w:.1f} ms" for m, w in worst.items()))
    print("\nquery plans:")
    print("\n".join(plan_lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
