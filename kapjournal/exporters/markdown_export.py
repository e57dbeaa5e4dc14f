"""The summary as Markdown: readable as plain text, and as Markdown where rendered.

Patient text is kept as written (it is Markdown already), except that ``<`` is escaped
as ``\\<`` so a viewer that renders raw HTML inside Markdown shows it as text.
"""

from __future__ import annotations

from kapjournal.i18n import arg, tr, translated
from kapjournal.summary import (
    EMPTY_TEXT,
    EMPTY_TITLE,
    FOOTER_NOTE,
    INTRO_NOTE,
    SAFETY_NOTE,
    SCORES_NOTE,
    EntryBlock,
    SideEffectRow,
    Summary,
    average_text,
    fmt_date,
    fmt_datetime,
    fmt_day,
    mood_text,
    more_scores_note,
    question_meta,
    scores_heading,
    signed_change,
)


def _text(value: str) -> str:
    return value.replace("<", "\\<")


def _cell(value: str) -> str:
    """Text for a table cell: one line, pipes escaped."""
    return " ".join(_text(value).split()).replace("|", "\\|")


def _quote(value: str) -> list[str]:
    return [f"> {line}".rstrip() for line in _text(value).splitlines()] or [">"]


def _table(head: list[str], rows: list[list[str]], right: set[int] = frozenset()) -> list[str]:  # type: ignore[assignment]
    lines = ["| " + " | ".join(head) + " |"]
    lines.append("|" + "|".join("---:" if i in right else "---" for i in range(len(head))) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _entry(e: EntryBlock, level: str = "####") -> list[str]:
    label = e.kind_label + (f" ({e.step_label})" if e.step_label else "")
    out = [f"{level} {label}", "", f"*{fmt_datetime(e.when)}*", ""]
    if e.title:
        out += [f"**{_cell(e.title)}**", ""]
    for a in e.answers:
        out += [f"**{_cell(a.label)}**", "", *_quote(a.text), ""]
    if e.body:
        out += [_text(e.body), ""]
    return out


def _side_effects(rows: tuple[SideEffectRow, ...], level: str = "####") -> list[str]:
    body = []
    for r in rows:
        detail = " · ".join(x for x in (r.duration, r.reading) if x)
        what = _cell(r.symptom) + (f" — {_cell(r.note)}" if r.note else "")
        body.append([fmt_datetime(r.when), what, r.severity, detail])
    return [
        f"{level} " + tr("Side effects"),
        "",
        *_table([tr("When"), tr("Side effect"), tr("Severity"), tr("How long")], body),
    ]


def render_markdown_doc(summary: Summary) -> bytes:
    s = summary
    out: list[str] = [f"# {s.title}", ""]
    if s.patient_name:
        out.append("- **" + tr("Patient") + f":** {_cell(s.patient_name)}")
    out.append("- **" + tr("Period") + f":** {s.period}")
    if s.has("overview"):
        for c in s.courses:
            text = _cell(c.title) or tr("Course")
            if c.clinic:
                text += f" · {_cell(c.clinic)}"
            out.append("- **" + tr("Course") + f":** {text} · " + arg(tr("from %1"), fmt_date(c.start)))
    out.append("- **" + tr("Created") + f":** {fmt_datetime(s.generated_at)}")
    out += [
        "",
        "*" + translated(INTRO_NOTE) + "*",
        "",
    ]
    if s.is_empty:
        out += [
            f"## {translated(EMPTY_TITLE)}",
            "",
            translated(EMPTY_TEXT),
            "",
        ]
    if s.has("safety") and s.flags:
        out += ["## ⚠ " + tr("Safety notes"), ""]
        out += [f"- **{fmt_datetime(f.when)}** — {f.text} {f.shown}" for f in s.flags]
        out += [
            "",
            translated(SAFETY_NOTE),
            "",
        ]
    if s.has("safety_plan") and s.safety_plan is not None:
        out += [f"## {s.safety_plan.heading}", "", f"*{s.safety_plan.note}*", ""]
        for part in s.safety_plan.parts:
            out += [f"#### {part.title}", "", *(f"- {_cell(item)}" for item in part.items), ""]
    if s.has("overview") and s.courses:
        out += ["## " + tr("Course overview"), ""]
        for c in s.courses:
            if len(s.courses) > 1:
                out += ["### " + _cell(c.title) or tr("Course"), ""]
            rows = [
                [
                    str(r.number or ""),
                    f"{fmt_day(r.when.date())} {r.when:%H:%M}",
                    r.kind_label,
                    r.status_label,
                ]
                for r in c.sessions
            ]
            out += _table(["#", tr("Date"), tr("Session"), tr("Status")], rows, {0})
    if s.has("questions") and s.questions:
        out += ["## " + tr("Questions for my care team"), ""]
        for q in s.questions:
            meta = question_meta(q)
            lines = _text(q.text).splitlines() or [""]
            out.append(f"- {lines[0]}")
            out += [f"  {line}" for line in lines[1:]]
            out.append(f"  *{meta}*")
        out.append("")
    if s.has("questionnaires") and s.scores:
        out += ["## " + scores_heading(s.scores), ""]
        rows = [
            [
                fmt_date(r.when.date()),
                r.title,
                f"{r.total} / {r.max_total}",
                r.band,
                signed_change(r.change),
                str(r.item9) if r.item9 is not None else "—",
            ]
            for r in s.scores
        ]
        out += _table(
            [
                tr("Date"),
                tr("Questionnaire"),
                tr("Score"),
                tr("Severity band"),
                tr("Change since first"),
                tr("Item 9"),
            ],
            rows,
            {2, 4, 5},
        )
        out += [
            translated(SCORES_NOTE),
            "",
        ]
        more = more_scores_note(s.scores)  # PCL-5, AUDIT-C: their ranges
        if more:
            out += [more, ""]
    if s.has("mood") and s.mood is not None:
        m = s.mood
        days = (s.end - s.start).days + 1
        out += ["## " + tr("Mood and anxiety"), ""]
        out += [mood_text(m, days), ""]
        label = tr("Month") if m.granularity == "month" else tr("Week")
        rows = [[p.label, str(p.checkins), average_text(p.mood), average_text(p.anxiety)] for p in m.periods]
        out += _table(
            [label, tr("Check-ins"), tr("Mood (average)"), tr("Anxiety (average)")], rows, {1, 2, 3}
        )
        if m.notes:
            out += ["#### " + tr("Check-in notes"), ""]
            for n in m.notes:
                meta = arg(tr("%1 · mood %2"), fmt_datetime(n.when), n.mood)
                out += [f"*{meta}*", "", *_quote(n.note), ""]
    if s.has("sessions"):
        blocks = [b for b in s.sessions if not b.empty]
        if blocks or s.other_reflections or s.other_side_effects:
            out += ["## " + tr("Sessions and reflections"), ""]
            for b in blocks:
                out += [f"### {b.heading}", ""]
                if b.intention is not None:
                    out += _entry(b.intention)
                for e in (*b.captures, *b.reflections):
                    out += _entry(e)
                if b.side_effects:
                    out += _side_effects(b.side_effects)
            if s.other_reflections:
                out += ["### " + tr("Other shared reflections"), ""]
                for e in s.other_reflections:
                    out += _entry(e)
            if s.other_side_effects:
                out += _side_effects(s.other_side_effects, "###")
    if s.has("actions") and s.actions:
        out += ["## " + tr("Action steps and how they went"), ""]
        rows = []
        for a in s.actions:
            what = _cell(a.text) + (f" — {_cell(a.outcome)}" if a.outcome else "")
            rows.append([what, fmt_date(a.due) if a.due else "—", a.status_label])
        out += _table([tr("Action step"), tr("Due"), tr("How it went")], rows)
    out += [
        "---",
        "",
        "*" + translated(FOOTER_NOTE) + "*",
        "",
    ]
    return "\n".join(out).encode("utf-8")
