"""The safety plan: its parts, forgiving reading, the old free list carried over,
storage in a real SQLCipher journal, and the summary with and without sharing."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from kapjournal import exporters as X
from kapjournal import prefs
from kapjournal import summary as S
from kapjournal.measures import safety, safety_plan
from kapjournal.measures.safety_plan import PART_IDS, make_plan, plan_from_values
from kapjournal.storage import keyslots as ks
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.journal import unlock_journal
from tests._helpers import FILES
from tests._helpers.make_frozen import PASSPHRASE

NOW = datetime(2026, 3, 20, 18, 30, tzinfo=timezone(timedelta(hours=1)))
FULL = {
    "warning_signs": ["WARN-sleeping badly"],
    "on_my_own": ["OWN-walk by the river", "OWN-warm shower"],
    "distractions": ["DIST-the café"],
    "people": ["PEOPLE-my sister Sam"],
    "professionals": ["PRO-the clinic"],
    "safer": ["SAFER-keys to Sam"],
    "reasons": ["REASON-my niece"],
}


# -- the plan itself ----------------------------------------------------------------------
def test_seven_parts_each_with_its_own_title_and_hint() -> None:
    assert len(PART_IDS) == 7
    assert set(safety_plan.FIRST_IN_CRISIS + safety_plan.REST_IN_CRISIS) == set(PART_IDS)
    assert safety_plan.FIRST_IN_CRISIS == ("reasons", "on_my_own")
    titles = [safety_plan.part_title(p) for p in PART_IDS]
    hints = [safety_plan.part_hint(p) for p in PART_IDS]
    assert len(set(titles)) == 7 and all(titles) and len(set(hints)) == 7 and all(hints)
    assert safety_plan.part_title("on_my_own") == "Things I can do on my own"


def test_items_are_trimmed_capped_and_blank_lines_dropped() -> None:
    assert safety_plan.items_from_text("  Breathe \n\n\t\nCall Sam  ") == ("Breathe", "Call Sam")
    many = safety_plan.items_from_text("\n".join(f"step {i}" for i in range(30)))
    assert len(many) == safety_plan.MAX_ITEMS and many[-1] == f"step {safety_plan.MAX_ITEMS - 1}"
    long = safety_plan.items_from_text("x" * 1000)
    assert long == ("x" * safety_plan.MAX_ITEM_CHARS,)
    with pytest.raises(KeyError):
        make_plan({"hobbies": ["x"]})


def test_reading_is_forgiving_of_edited_values() -> None:
    for stored in (None, [], "plan", {"parts": "x"}, {"parts": {"reasons": "one"}}, {"format": 9}):
        assert plan_from_values(stored, None).is_empty
    plan = plan_from_values({"parts": {"reasons": ["A", 3, "  ", "B"], "nope": ["x"]}, "saved_at": "junk"}, 7)
    assert plan.items("reasons") == ("A", "B") and plan.saved_at is None
    assert [p for p, _ in plan.filled()] == ["reasons"]


def test_the_old_list_becomes_things_i_can_do_on_my_own_and_nothing_is_lost() -> None:
    only_old = plan_from_values({}, ["Call my sister", "Walk"])
    assert only_old.items("on_my_own") == ("Call my sister", "Walk")
    assert all(not only_old.items(p) for p in PART_IDS if p != "on_my_own")
    # a step an earlier release added to the old list after the plan was saved is kept
    both = plan_from_values({"parts": {"on_my_own": ["Walk"]}}, ["Walk", "Music"])
    assert both.items("on_my_own") == ("Walk", "Music")


# -- in the journal (SQLCipher in tmp_path) -------------------------------------------------
def test_save_and_read_back_with_the_old_list_kept_beside_it(db: Database) -> None:
    assert safety_plan.read_plan(db).is_empty
    saved = safety_plan.save_plan(db, make_plan(FULL), NOW)
    back = safety_plan.read_plan(db)
    assert back == saved and back.saved_at == NOW
    assert repo.get_setting(db, "safety/plan") == FULL["on_my_own"]  # an earlier release still sees them
    stored = repo.get_setting(db, "safety/plan_parts")
    assert stored["format"] == 1 and stored["parts"]["reasons"] == FULL["reasons"]
    # removing a step in the plan removes it from the old list too: it does not come back
    safety_plan.save_plan(db, make_plan({**FULL, "on_my_own": ["OWN-warm shower"]}), NOW)
    assert safety_plan.read_plan(db).items("on_my_own") == ("OWN-warm shower",)


def test_safety_info_carries_the_plan_and_survives_an_unreadable_one(db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    safety_plan.save_plan(db, make_plan(FULL), NOW)
    info = safety.safety_info("GB", db)
    assert info.plan is not None and info.plan.items("reasons") == ("REASON-my niece",)
    assert info.coping_steps == tuple(FULL["on_my_own"]) and not info.plan_unreadable

    from kapjournal.storage.errors import NotAJournal

    def broken(_db: Database) -> safety_plan.SafetyPlan:
        raise NotAJournal("The journal could not be read.")

    monkeypatch.setattr(safety, "read_plan", broken)
    info = safety.safety_info("GB", db)
    assert info.plan is None and info.plan_unreadable
    assert [line.number for line in info.lines] == ["116 123"] and info.emergency_numbers  # the rest stands


def test_the_offer_comes_until_a_plan_is_written_or_it_is_turned_down(db: Database) -> None:
    assert safety_plan.should_offer(db)
    safety_plan.close_offer(db)
    assert not safety_plan.should_offer(db)
    repo.set_setting(db, "safety/plan_offer_closed", False)
    safety_plan.save_plan(db, make_plan({"reasons": ["x"]}), NOW)
    assert not safety_plan.should_offer(db)
    repo.set_setting(db, "safety/plan_parts", {})
    repo.set_setting(db, "safety/plan", [])
    prefs.set_journal_value(db, prefs.SAMPLE_JOURNAL, True)
    assert not safety_plan.should_offer(db)  # nobody's plan to write in the sample journal


def test_a_frozen_v1_journal_opens_with_its_steps_in_the_plan(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Migration without a schema change: the frozen journal of the current schema (v1)
    holds the old free list; it reads as "Things I can do on my own", and a plan saved
    on it is there after reopening."""
    folder = tmp_path / "journal"
    shutil.copytree(FILES / "journal-v1", folder)
    journal = unlock_journal(folder, ks.PASSPHRASE, PASSPHRASE)
    try:
        plan = safety_plan.read_plan(journal.db)
        assert plan.items("on_my_own") == ("call my sister", "walk")
        assert plan.saved_at is None and not safety_plan.is_shared(journal.db)
        info = safety.safety_info("GB", journal.db)
        assert info.coping_steps == ("call my sister", "walk")
        parts = {p: list(plan.items(p)) for p in PART_IDS} | {"reasons": ["my cat"]}
        safety_plan.save_plan(journal.db, make_plan(parts), NOW)
    finally:
        journal.close()
    journal = unlock_journal(folder, ks.PASSPHRASE, PASSPHRASE)
    try:
        again = safety_plan.read_plan(journal.db)
        assert again.items("on_my_own") == ("call my sister", "walk")
        assert again.items("reasons") == ("my cat",)
        assert repo.get_setting(journal.db, "safety/plan") == ["call my sister", "walk"]
    finally:
        journal.close()


# -- the summary ------------------------------------------------------------------------------
def _summary(db: Database, sections: frozenset[str] = frozenset(S.SECTIONS)) -> S.Summary:
    return S.build_summary(db, S.SummaryOptions(date(2026, 3, 1), date(2026, 3, 20), sections), now=NOW)


def _pdf_text(data: bytes) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return done.stdout.decode()


def _all_formats(s: S.Summary) -> dict[str, str]:
    return {
        "html": X.render(s, "html").decode(),
        "md": X.render(s, "md").decode(),
        "csv": X.render(s, "csv").decode("utf-8-sig"),
        "pdf": _pdf_text(X.render(s, "pdf")),
    }


def test_the_plan_is_in_no_export_until_it_is_shared(qapp, db: Database) -> None:  # type: ignore[no-untyped-def]
    safety_plan.save_plan(db, make_plan(FULL), NOW)
    s = _summary(db)
    assert s.safety_plan is None and s.is_empty
    for fmt, text in _all_formats(s).items():
        for items in FULL.values():
            assert items[0] not in text, fmt
        assert "My safety plan" not in text, fmt


def test_a_shared_plan_is_in_every_export_in_its_order(qapp, db: Database) -> None:  # type: ignore[no-untyped-def]
    safety_plan.save_plan(db, make_plan(FULL), NOW)
    safety_plan.set_shared(db, True)
    s = _summary(db)
    assert s.safety_plan is not None and not s.is_empty
    assert [p.part_id for p in s.safety_plan.parts] == list(PART_IDS)
    assert "last changed 20 Mar 2026" in s.safety_plan.note
    texts = _all_formats(s)
    for fmt, text in texts.items():
        assert fmt == "csv" or "My safety plan" in text, fmt
        flat = " ".join(text.split())
        found = [flat.find(items[0]) for items in FULL.values()]  # FULL is in the plan's order
        assert all(i >= 0 for i in found) and found == sorted(found), (fmt, found)
        assert "Things I can do on my own" in text, fmt
    rows = list(csv.DictReader(io.StringIO(texts["csv"])))
    plan_rows = [r for r in rows if r["record"] == "safety_plan"]
    assert [r["plan_item"] for r in plan_rows] == [i for items in FULL.values() for i in items]
    assert plan_rows[0]["plan_part"] == "Signs that a hard time may be starting"
    assert plan_rows[0]["date"] == "2026-03-20" and plan_rows[0]["uid"] == "safety_plan:warning_signs"


def test_a_shared_plan_stays_out_when_its_section_is_off(qapp, db: Database) -> None:  # type: ignore[no-untyped-def]
    safety_plan.save_plan(db, make_plan(FULL), NOW)
    safety_plan.set_shared(db, True)
    s = _summary(db, frozenset(S.SECTIONS) - {"safety_plan"})
    assert s.safety_plan is None
    assert "REASON-my niece" not in X.render(s, "md").decode()


def test_patient_text_in_the_plan_is_escaped(db: Database) -> None:
    safety_plan.save_plan(db, make_plan({"reasons": ["<b>bold</b> & =1+1"]}), NOW)
    safety_plan.set_shared(db, True)
    s = _summary(db)
    page = X.render(s, "html").decode()
    assert "&lt;b&gt;bold&lt;/b&gt; &amp;" in page and "<b>bold</b>" not in page
    assert "\\<b>bold\\</b>" in X.render(s, "md").decode()
    row = [r for r in csv.DictReader(io.StringIO(X.render(s, "csv").decode("utf-8-sig"))) if r["plan_item"]]
    assert row[0]["plan_item"] == "<b>bold</b> & =1+1"  # not a formula: it does not start with =
    safety_plan.save_plan(db, make_plan({"reasons": ["=HYPERLINK(1)"]}), datetime(2026, 3, 20, tzinfo=UTC))
    data = X.render(_summary(db), "csv").decode("utf-8-sig")
    row = [r for r in csv.DictReader(io.StringIO(data)) if r["plan_item"]]
    assert row[0]["plan_item"] == "'=HYPERLINK(1)"
