"""Make the frozen journal for the newest schema (STYLE 11). Run once per released schema:

    python -m tests._helpers.make_frozen

Writes ``tests/_files/journal-vN/`` (N = ``schema.LATEST``; database and key slots,
passphrase below) and ``tests/_files/journal-vN.expected.json`` (the JSON export minus
the fields that change from run to run). Never regenerate a released journal: it
refuses to overwrite one.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kapjournal.exporters import exchange
from kapjournal.storage import keyslots, repo, schema
from kapjournal.storage.journal import create_journal
from kapjournal.storage.models import (
    Checkin,
    ChecklistItem,
    ChecklistTick,
    Commitment,
    Course,
    Entry,
    Practice,
    Questionnaire,
    Session,
    SideEffect,
)

VERSION = schema.LATEST  # v2: search prefixes; v3: PCL-5 and AUDIT-C answers
PASSPHRASE = "frozen journal version one passphrase"
RECOVERY = "FROZN-JRNAL-VRSN1-ABCDE-23456"
FILES = Path(__file__).resolve().parents[1] / "_files"
VOLATILE = ("exported_at", "app_version")


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 3, day, hour, 15, tzinfo=UTC)


def stamps(day: int) -> dict[str, Any]:
    return {"created_at": at(day), "updated_at": at(day, 10)}


def fill(db: Any) -> None:
    course = repo.insert(db, Course(uid="c1", title="First course", start_date=date(2026, 3, 2),
                                    clinic="Riverside Clinic", care_name="Dr. Alex Morgan",
                                    care_phone="+1 555 0100", notes="Bring a blanket 🧣", **stamps(1)))
    session = repo.insert(db, Session(uid="s1", course_id=course.id or 0, scheduled_at=at(3),
                                      tz_offset_min=60, duration_min=40, route="IV", status="done",
                                      notes="Felt heavy, then light.", **stamps(3)))
    item = repo.insert(db, ChecklistItem(uid="ci1", text="Eat lightly before", position=1,
                                         source="default/light-meal", **stamps(1)))
    repo.insert(db, ChecklistTick(uid="ct1", session_id=session.id or 0, item_id=item.id or 0,
                                  checked_at=at(3, 8)))
    intention = repo.insert(db, Entry(uid="e1", kind="intention", title="Intention",
                                      body="To meet the **sadness** with kindness 🌊",
                                      session_id=session.id, answers={"hope": "calm", "fear": ["loss"]},
                                      tags=["intention", "kindness"], occurred_at=at(2, 20),
                                      tz_offset_min=60, pack_id="core", pack_version="1",
                                      share=True, **stamps(2)))
    repo.insert(db, Entry(uid="e2", kind="note", body="שלום — كتابة من اليمين إلى اليسار",
                          tags=["rtl"], occurred_at=at(4, 21), **stamps(4)))
    repo.insert(db, Entry(uid="e3", kind="thought_record", title="Cafe\u0301",
                          answers={"situation": "meeting", "belief": 70}, occurred_at=at(5),
                          **stamps(5)))
    repo.insert(db, Checkin(uid="k1", mood=4, anxiety=6, energy=3, sleep=5,
                            feelings=["tired", "hopeful"], extras={"pain": 2}, note="ok-ish",
                            context="post_session", session_id=session.id, at_utc=at(3, 18),
                            tz_offset_min=60, **stamps(3)))
    repo.insert(db, Questionnaire(uid="q1", instrument="phq9", answers=[1, 2, 1, 2, 1, 0, 1, 0, 0],
                                  total=8, band="mild", difficulty=1, at_utc=at(1), **stamps(1)))
    repo.insert(db, Questionnaire(uid="q2", instrument="gad7", answers=[1, 1, 1, 0, 0, 1, 0],
                                  total=4, band="minimal", at_utc=at(1), **stamps(1)))
    if VERSION >= 3:  # 0003_more_instruments.sql
        repo.insert(db, Questionnaire(uid="q3", instrument="pcl5", answers=[4] * 8 + [0] * 12,
                                      total=32, band="in_cut_point_range", at_utc=at(2), **stamps(2)))
        repo.insert(db, Questionnaire(uid="q4", instrument="auditc", answers=[4, 0, 1], total=5,
                                      band="at_or_above_cut_points", at_utc=at(2), **stamps(2)))
    repo.insert(db, SideEffect(uid="x1", symptom="nausea", severity=2, duration_min=45,
                               bp_systolic=142, bp_diastolic=90, note="passed by noon",
                               session_id=session.id, at_utc=at(3, 11), **stamps(3)))
    repo.insert(db, Commitment(uid="m1", text="Walk 10 minutes after lunch", due_date=date(2026, 3, 9),
                               status="done", outcome_note="did it twice", entry_id=intention.id,
                               resolved_at=at(9), **stamps(5)))
    repo.insert(db, Practice(uid="p1", practice="breathing_space", minutes=3, at_utc=at(6),
                             **stamps(6)))
    repo.save_draft(db, "entry/new", "entry", {"body": "half a thought…"})
    repo.set_setting(db, "profile/name", "Frozen Patient")
    repo.set_setting(db, "safety/plan", ["call my sister", "walk"])
    db.execute("UPDATE draft SET uid = 'd1', created_at = ?, updated_at = ?",
               (repo.iso_instant(at(7)), repo.iso_instant(at(7))))
    db.execute("UPDATE setting SET updated_at = ?", (repo.iso_instant(at(8)),))


def golden(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k not in VOLATILE}


def main() -> int:
    # The minimum Argon2id cost the app accepts, so the test that opens it stays fast.
    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    keyslots.ARGON2_LANES = 1
    keyslots.new_recovery_code = lambda: RECOVERY  # type: ignore[assignment]
    folder = FILES / f"journal-v{VERSION}"
    if folder.exists():
        print(f"{folder} exists: a released frozen journal is never made again", file=sys.stderr)
        return 1
    journal, _ = create_journal(folder, PASSPHRASE)
    try:
        fill(journal.db)
        doc = golden(exchange.export_all(journal.db))
    finally:
        journal.close()
    (folder / "journal.lock").unlink()
    out = FILES / f"journal-v{VERSION}.expected.json"
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
    print(f"wrote {folder} and {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
