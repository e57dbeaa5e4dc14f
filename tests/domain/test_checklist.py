"""Preparation checklist template, per-session ticks, questions for the care team."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kapjournal.preparation import checklist
from kapjournal.storage import repo
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.models import ChecklistItem, ChecklistTick, Course, Entry, Session

RTL_EMOJI = "اسأل الطبيب عن النوم 🌙 ✔️ שאלה‏ 👩🏽‍⚕️"


def make_session(db, setting: str = "clinic") -> Session:  # type: ignore[no-untyped-def]
    course = repo.insert(db, Course(title="c"))
    return repo.insert(
        db,
        Session(
            course_id=course.id or 0,
            scheduled_at=datetime(2030, 5, 1, 9, 30, tzinfo=UTC),
            setting=setting,
        ),
    )


def test_data_file_items_are_reminders_with_a_source() -> None:
    template = checklist.load_template()
    assert template.source.strip() and "clinic" in template.note.lower()
    texts = [i.text for i in template.items]
    assert "Fasting as my clinic instructed" in texts
    assert "A trusted adult will take me home" in texts
    assert any("my clinic may say 24 hours" in t for t in texts)
    assert "Questions for my care team written down" in texts
    assert {i.group for i in template.items} == {"clinic", "home"}
    assert len({i.id for i in template.items}) == len(template.items)


def test_seeding_is_idempotent_and_respects_edits(db) -> None:  # type: ignore[no-untyped-def]
    template = checklist.load_template()
    assert checklist.ensure_template(db) == len(template.items)
    assert checklist.ensure_template(db) == 0
    first = checklist.template_items(db)[0]
    checklist.edit_item(db, first.id or 0, "Fasting: nothing after 6 am (my clinic)")
    second = checklist.template_items(db)[1]
    checklist.archive_item(db, second.id or 0)
    assert checklist.ensure_template(db) == 0
    items = checklist.template_items(db)
    assert len(items) == len(template.items) - 1
    assert items[0].text == "Fasting: nothing after 6 am (my clinic)"
    assert [i.position for i in items] == sorted(i.position for i in items)


def test_broken_template_file_refused(tmp_path: Path) -> None:
    bad = tmp_path / "preparation.toml"
    bad.write_text('source = "s"\ntitle = "t"\n[[items]]\nid = "a"\ntext = "<b>x</b>"\n')
    with pytest.raises(InvalidData, match=r"preparation.toml, line 3"):
        checklist.load_template(bad)


def test_long_and_unicode_items_stored_as_typed(db) -> None:  # type: ignore[no-untyped-def]
    long_text = ("Bring the blue blanket. " * 300)[:5000]
    assert len(long_text) == 5000
    item = checklist.add_item(db, long_text)
    rtl = checklist.add_item(db, "  " + RTL_EMOJI + "\n")
    stored = {i.id: i.text for i in checklist.template_items(db)}
    assert stored[item.id] == long_text
    assert stored[rtl.id] == "  " + RTL_EMOJI + "\n"
    assert checklist.item_group(rtl) == "mine"
    with pytest.raises(InvalidData):
        checklist.add_item(db, "   ")
    with pytest.raises(InvalidData):
        checklist.add_item(db, "x" * (checklist.MAX_ITEM_CHARS + 1))


def test_ticks_per_session(db) -> None:  # type: ignore[no-untyped-def]
    checklist.ensure_template(db)
    a, b = make_session(db), make_session(db)
    item = checklist.template_items(db)[0]
    checklist.tick(db, a.id, item.id)
    checklist.tick(db, a.id, item.id)  # idempotent
    assert repo.count(db, ChecklistTick) == 1
    ticked_a = [i.id for i, c in checklist.items_for_session(db, a.id) if c]
    ticked_b = [i.id for i, c in checklist.items_for_session(db, b.id) if c]
    assert ticked_a == [item.id] and ticked_b == []
    checklist.untick(db, a.id, item.id)
    assert not any(c for _, c in checklist.items_for_session(db, a.id))


def test_home_items_only_for_home_sessions(db) -> None:  # type: ignore[no-untyped-def]
    checklist.ensure_template(db)
    clinic, home = make_session(db, "clinic"), make_session(db, "home")
    groups_clinic = {checklist.item_group(i) for i, _ in checklist.items_for_session(db, clinic.id)}
    groups_home = {checklist.item_group(i) for i, _ in checklist.items_for_session(db, home.id)}
    assert groups_clinic == {"clinic"}
    assert groups_home == {"clinic", "home"}


def test_archived_item_kept_in_session_history(db) -> None:  # type: ignore[no-untyped-def]
    mine = checklist.add_item(db, "Feed the cat first")
    past, future = make_session(db), make_session(db)
    checklist.tick(db, past.id, mine.id)
    checklist.archive_item(db, mine.id)
    assert (mine.id, True) in [(i.id, c) for i, c in checklist.items_for_session(db, past.id)]
    assert mine.id not in [i.id for i, _ in checklist.items_for_session(db, future.id)]
    assert repo.get(db, ChecklistItem, mine.id).archived  # type: ignore[union-attr]
    checklist.restore_item(db, mine.id)
    assert mine.id in [i.id for i in checklist.template_items(db)]


def test_move_item(db) -> None:  # type: ignore[no-untyped-def]
    ids = [checklist.add_item(db, t).id for t in ("a", "b", "c")]
    order = [i.id for i in checklist.move_item(db, ids[2], 0)]
    assert order == [ids[2], ids[0], ids[1]]
    assert [i.id for i in checklist.template_items(db)] == order


def test_ticking_unknown_session_or_item_refused(db) -> None:  # type: ignore[no-untyped-def]
    item = checklist.add_item(db, "x")
    session = make_session(db)
    with pytest.raises(InvalidData):
        checklist.tick(db, 9999, item.id)
    with pytest.raises(InvalidData):
        checklist.tick(db, session.id, 9999)


def test_questions_for_the_care_team(db) -> None:  # type: ignore[no-untyped-def]
    session = make_session(db)
    q1 = checklist.add_question(db, "Is tiredness normal?", session.id)
    q2 = checklist.add_question(db, RTL_EMOJI)
    assert q1.kind == "question" and q1.share
    assert [q.id for q in checklist.questions_for(db, session.id)] == [q1.id]
    assert {q.id for q in checklist.questions_for(db)} == {q1.id, q2.id}
    assert repo.get(db, Entry, q2.id).body == RTL_EMOJI  # type: ignore[union-attr]
    checklist.mark_answered(db, q1.id)
    assert checklist.questions_for(db, session.id, include_answered=False) == []
    with pytest.raises(InvalidData):
        checklist.add_question(db, "")
    with pytest.raises(InvalidData):
        checklist.add_question(db, "x", session_id=12345)
