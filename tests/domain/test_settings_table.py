"""Every setting is declared once, in ``kapjournal/prefs.py``, and read and written only
through its typed accessors; the context's one clock."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kapjournal import prefs
from kapjournal.context import AppContext, local_now
from kapjournal.paths import Paths
from kapjournal.prefs import DEVICE, JOURNAL, PREFS, Pref
from kapjournal.storage import repo
from kapjournal.storage.keychain import NullSecretStore

PACKAGE = Path(prefs.__file__).resolve().parent
DECLARED = [value for value in vars(prefs).values() if isinstance(value, Pref)]


def test_every_declared_setting_is_in_the_table_once() -> None:
    assert sorted(p.key for p in DECLARED) == sorted(PREFS)
    assert all(PREFS[p.key] is p for p in DECLARED)
    with pytest.raises(ValueError, match="declared twice"):
        prefs._table(prefs.PROFILE_NAME, Pref("profile/name", str, "x", JOURNAL))


def test_defaults_are_of_the_declared_type() -> None:
    for pref in PREFS.values():
        assert pref.accepts(pref.default), pref.key
        assert pref.scope in (DEVICE, JOURNAL)
    with pytest.raises(TypeError, match="not a int"):
        Pref("x/y", int, "5", JOURNAL)
    with pytest.raises(TypeError):
        Pref("x/y", int, True, JOURNAL)  # a bool is not a whole number here


def test_settings_the_app_writes_are_declared_in_the_journal() -> None:
    journal = {p.key for p in PREFS.values() if p.scope is JOURNAL}
    assert {
        "sample/journal",
        "checkins/reminder",
        "questionnaires/one_at_a_time",
        "prompts/imported",
    } <= journal
    assert {"safety/country", "lock/idle_minutes", "ui/geometry"}.isdisjoint(journal)


SETTING_CALL = re.compile(r"\b(get_setting|set_setting)\(")


def test_no_direct_setting_calls_outside_storage_and_prefs() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).parts[0] != "storage" and path.name != "prefs.py"
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if SETTING_CALL.search(line)
    ]
    assert found == []


def test_no_module_constant_declares_a_setting_key_again() -> None:
    keys = "|".join(re.escape(p.key) for p in PREFS.values())
    constant = re.compile(rf"^\s*[A-Z][A-Z0-9_]*\s*(?::[^=]+)?=\s*[\"']({keys})[\"']", re.MULTILINE)
    found = [
        f"{path.relative_to(PACKAGE.parent)}: {match.group(1)}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "prefs.py"
        for match in constant.finditer(path.read_text("utf-8"))
    ]
    assert found == []


def test_journal_values_typed_with_defaults(db) -> None:  # type: ignore[no-untyped-def]
    assert prefs.journal_value(db, prefs.PROFILE_NAME) == ""
    assert prefs.journal_value(db, prefs.INTEGRATION_SCHEDULE) == [1, 3, "before_next"]
    prefs.journal_value(db, prefs.INTEGRATION_SCHEDULE).append(7)  # a copy: the default stays
    assert prefs.INTEGRATION_SCHEDULE.default == [1, 3, "before_next"]
    assert not prefs.has_journal_value(db, prefs.SAFETY_PLAN)
    prefs.set_journal_value(db, prefs.SAFETY_PLAN, ["Breathe"])
    assert prefs.has_journal_value(db, prefs.SAFETY_PLAN)
    assert prefs.journal_value(db, prefs.SAFETY_PLAN) == ["Breathe"]
    assert repo.get_setting(db, "safety/plan") == ["Breathe"]  # stored under its key
    repo.set_setting(db, "profile/name", 5)  # a value of another type reads as the default
    assert prefs.journal_value(db, prefs.PROFILE_NAME) == ""
    repo.set_setting(db, "questionnaires/one_at_a_time", 1)
    assert prefs.journal_value(db, prefs.QUESTIONNAIRES_ONE_AT_A_TIME) is True


def test_set_journal_value_refuses_wrong_type_range_and_device_settings(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="does not take"):
        prefs.set_journal_value(db, prefs.PROFILE_NAME, 5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="does not take"):
        prefs.set_journal_value(db, prefs.REMINDERS_EVENING_HOUR, 24)
    prefs.set_journal_value(db, prefs.REMINDERS_EVENING_HOUR, 23)
    with pytest.raises(ValueError, match="not a declared journal setting"):
        prefs.journal_value(db, prefs.SAFETY_COUNTRY)
    with pytest.raises(ValueError, match="not a declared journal setting"):
        prefs.journal_value(db, Pref("profile/name", str, "", JOURNAL))  # a copy, not the table's
    assert repo.get_setting(db, "safety/country") is None


# -- the context's clock -------------------------------------------------------------------
def test_context_clock_is_aware_local_time_and_replaceable(tmp_path: Path) -> None:
    ctx = AppContext.create(Paths(tmp_path), NullSecretStore())
    assert ctx.clock is local_now
    before = datetime.now(UTC)
    now = ctx.now()
    assert now.tzinfo is not None and before - timedelta(seconds=5) <= now <= datetime.now(UTC)
    fixed = datetime(2026, 3, 29, 1, 30, tzinfo=timezone(timedelta(hours=1)))
    pinned = AppContext.create(Paths(tmp_path), NullSecretStore(), clock=lambda: fixed)
    assert pinned.now() == fixed
    naive = AppContext.create(Paths(tmp_path), NullSecretStore(), clock=lambda: datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        naive.now()
