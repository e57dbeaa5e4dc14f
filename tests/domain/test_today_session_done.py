"""Today follows the session's state: marked done today, the session's day card gives
way to "write what came up"; once that is written, Today moves on."""

from __future__ import annotations

from kapjournal.preparation import today as today_rules
from kapjournal.storage import repo
from kapjournal.storage.models import Entry, Session
from tests.domain.test_course import at, kinds, plan


def _mark_done(db, session: Session) -> None:  # type: ignore[no-untyped-def]
    stored = repo.get(db, Session, session.id or 0)
    assert stored is not None
    stored.status = "done"
    repo.update(db, stored)


def test_done_today_offers_the_capture_then_moves_on(db) -> None:  # type: ignore[no-untyped-def]
    s1 = plan(db).sessions[0]
    assert kinds(today_rules.today_items(db, at(0, 12))) == ["session_day"]
    _mark_done(db, s1)
    item, *rest = today_rules.today_items(db, at(0, 12))
    assert kinds(rest) == ["session_soon"]  # the next session, now that this one is done
    assert (item.kind, item.session_id, item.params) == ("session_done", s1.id, {"number": 1})
    repo.insert(db, Entry(kind="capture", session_id=s1.id, pack_id="kapjournal.capture", pack_version="1"))
    assert "session_done" not in kinds(today_rules.today_items(db, at(0, 12)))
    assert "session_day" not in kinds(today_rules.today_items(db, at(0, 12)))
    # the next morning the day-after reflection is due as before
    assert kinds(today_rules.today_items(db, at(1, 12)))[0] == "day_after"


def test_done_early_still_says_done(db) -> None:  # type: ignore[no-untyped-def]
    """Marked done before its planned time (the clinic ran early): no "is today"."""
    s1 = plan(db).sessions[0]
    _mark_done(db, s1)
    assert kinds(today_rules.today_items(db, at(0, 7)))[0] == "session_done"
