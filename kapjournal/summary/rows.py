"""One record to one row of the summary: entries with their labelled answers, side
effects with their catalogue labels, scores with their change, the mood overview."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from kapjournal import prompts
from kapjournal.measures import checkins as checkins_mod
from kapjournal.measures.instruments import get_instrument
from kapjournal.storage.db import Database
from kapjournal.storage.models import Checkin, Entry, Questionnaire, SideEffect, to_local
from kapjournal.summary.model import (
    Answer,
    CheckinNote,
    EntryBlock,
    MoodPeriod,
    MoodSummary,
    ScoreRow,
    SideEffectRow,
)
from kapjournal.summary.text import ENTRY_KIND_LABELS, MONTHS, fmt_date, t

WEEKLY_LIMIT_DAYS = 183  # longer ranges are tabled by month


class Packs:
    """Prompt packs looked up once per build."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._cache: dict[str, prompts.PromptPack | None] = {}

    def get(self, pack_id: str) -> prompts.PromptPack | None:
        if not pack_id:
            return None
        if pack_id not in self._cache:
            self._cache[pack_id] = prompts.get_pack(self.db, pack_id)
        return self._cache[pack_id]


def _value_text(value: Any, prompt: prompts.Prompt | None) -> str:
    if isinstance(value, bool):
        return t("Yes") if value else t("No")
    if isinstance(value, int | float):
        number = str(int(value)) if float(value).is_integer() else f"{value:g}"
        if prompt is not None and prompt.input == "scale":
            lo = prompt.min if prompt.min is not None else 0
            hi = prompt.max if prompt.max is not None else 10
            return t("{value} (on a scale of {lo} to {hi})").format(value=number, lo=lo, hi=hi)
        return number
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return ", ".join(p for p in (_value_text(v, None) for v in value) if p)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_value_text(v, None)}" for k, v in value.items() if _value_text(v, None))
    return ""


def answers_of(entry: Entry, pack: prompts.PromptPack | None) -> tuple[Answer, ...]:
    """The entry's answers in the pack's order, labelled with the prompt text."""
    answers = entry.answers if isinstance(entry.answers, dict) else {}
    ordered: list[str] = []
    if pack is not None:
        ordered = [p.id for p in pack.prompts if p.id in answers]
    ordered += sorted(k for k in answers if k not in ordered)
    found: list[Answer] = []
    for key in ordered:
        prompt = pack.prompt(key) if pack is not None else None
        text = _value_text(answers[key], prompt)
        if not text:
            continue
        label = prompt.text if prompt is not None else key
        markdown = prompt is None or prompt.input in ("longtext", "text")
        found.append(Answer(label, text, markdown))
    return tuple(found)


def _step_label(entry: Entry) -> str:
    step = entry.subkind
    if entry.kind != "integration" or not step:
        return ""
    if step == "before_next":
        return t("before the next session")
    if step.endswith("h") and step[:-1].isdigit():
        days = int(step[:-1]) // 24
        return t("1 day after") if days == 1 else t("{n} days after").format(n=days)
    return ""


def entry_block(e: Entry, packs: Packs, numbers: dict[int, int]) -> EntryBlock:
    pack = packs.get(e.pack_id)
    answers = answers_of(e, pack)
    title = e.title.strip()
    if e.kind == "intention" and pack is not None and pack.title_prompt:
        # The intention phrase is the title; do not repeat it as an answer.
        phrase = pack.prompt(pack.title_prompt)
        if phrase is not None and title:
            answers = tuple(a for a in answers if not (a.label == phrase.text and a.text == title))
    return EntryBlock(
        uid=e.uid,
        kind=e.kind,
        kind_label=t(ENTRY_KIND_LABELS.get(e.kind, "Note")),
        when=to_local(e.occurred_at, e.tz_offset_min),
        title=title,
        answers=answers,
        body=e.body.strip(),
        session_number=numbers.get(e.session_id or 0),
        step_label=_step_label(e),
    )


def symptom_text(s: SideEffect, catalogue: Any) -> str:
    sym = catalogue.symptoms.get(s.symptom)
    if s.symptom == "other" and s.other_text.strip():
        return s.other_text.strip()
    return t(sym.label) if sym is not None else s.symptom


def side_effect_row(s: SideEffect, catalogue: Any, numbers: dict[int, int]) -> SideEffectRow:
    try:
        severity = t(catalogue.severity_label(s.severity))
    except StopIteration:
        severity = str(s.severity)
    option = catalogue.duration_option_for(s.duration_min)
    reading = ""
    if s.bp_systolic is not None and s.bp_diastolic is not None:
        reading = f"{s.bp_systolic}/{s.bp_diastolic} {catalogue.blood_pressure.unit}"
    return SideEffectRow(
        uid=s.uid,
        when=to_local(s.at_utc, s.tz_offset_min),
        symptom=symptom_text(s, catalogue),
        severity=severity,
        duration=t(option.label) if option is not None else "",
        reading=reading,
        note=s.note.strip(),
        session_number=numbers.get(s.session_id or 0),
    )


def _mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def _month_start(d: date) -> date:
    return d.replace(day=1)


def mood_summary(checkins: Sequence[Checkin], start: date, end: date) -> MoodSummary | None:
    """Averages by week (by month for ranges over half a year), extremes and notes."""
    if not checkins:
        return None
    by_day: dict[date, list[Checkin]] = defaultdict(list)
    for c in checkins:
        by_day[checkins_mod.local_day(c)].append(c)
    monthly = (end - start).days + 1 > WEEKLY_LIMIT_DAYS
    key: Callable[[date], date] = _month_start if monthly else checkins_mod.week_start
    groups: dict[date, list[Checkin]] = defaultdict(list)
    for day, cs in by_day.items():
        groups[key(day)].extend(cs)
    periods = []
    for begin in sorted(groups):
        cs = groups[begin]
        label = (
            f"{t(MONTHS[begin.month - 1])} {begin.year}"
            if monthly
            else t("Week of {day}").format(day=fmt_date(max(begin, start)))
        )
        periods.append(
            MoodPeriod(
                label,
                begin,
                len(cs),
                _mean(float(c.mood) for c in cs),
                _mean(float(c.anxiety) if c.anxiety is not None else None for c in cs),
            )
        )
    lowest = min(checkins, key=lambda c: (c.mood, c.at_utc))
    highest = max(checkins, key=lambda c: (c.mood, -c.at_utc.timestamp()))
    notes = tuple(
        CheckinNote(c.uid, to_local(c.at_utc, c.tz_offset_min), c.mood, c.note.strip())
        for c in checkins
        if c.note.strip()
    )
    return MoodSummary(
        checkins=len(checkins),
        days=len(by_day),
        mean_mood=_mean(float(c.mood) for c in checkins),
        mean_anxiety=_mean(float(c.anxiety) if c.anxiety is not None else None for c in checkins),
        lowest=(lowest.mood, checkins_mod.local_day(lowest)),
        highest=(highest.mood, checkins_mod.local_day(highest)),
        granularity="month" if monthly else "week",
        periods=tuple(periods),
        notes=notes,
    )


def score_rows(questionnaires: Sequence[Questionnaire]) -> tuple[ScoreRow, ...]:
    """Rows by time; ``change`` is against the first of the same instrument."""
    first: dict[str, int] = {}
    rows = []
    for q in sorted(questionnaires, key=lambda q: (q.at_utc, q.id or 0)):
        inst = get_instrument(q.instrument)
        total = sum(q.answers) if q.answers else q.total
        try:
            band = inst.band_for(total).label
        except Exception:  # a stored total outside the bands: show it without a band
            band = ""
        change = total - first[q.instrument] if q.instrument in first else None
        first.setdefault(q.instrument, total)
        rows.append(
            ScoreRow(
                uid=q.uid,
                instrument=inst.id,
                title=inst.title,
                when=to_local(q.at_utc, q.tz_offset_min),
                total=total,
                max_total=inst.max_total,
                band=t(band),
                change=change,
                item9=int(q.answers[8]) if inst.id == "phq9" and len(q.answers) >= 9 else None,
                answers=tuple(int(a) for a in q.answers),
                loinc_panel=inst.loinc_panel,
                loinc_total=inst.loinc_total,
            )
        )
    return tuple(rows)
