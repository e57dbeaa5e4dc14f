"""Check-ins and questionnaire scores as CSV: one row per record, fixed columns.

UTF-8 with a byte-order mark (so spreadsheet programs detect the encoding), comma
separated, RFC 4180 quoting, ``\\r\\n`` line ends, rows in time order. Check-in rows
appear when the summary's "Mood and anxiety" section is on; questionnaire rows when
"PHQ-9 and GAD-7" is on. Unticked or unshared records never appear.

Columns (empty when not applicable):

==================  ===============================================================
``record``          ``checkin`` or ``questionnaire``
``date``            the patient's local date, ``YYYY-MM-DD``
``time``            local time, ``HH:MM``
``utc_offset``      the local offset then, ``+HH:MM``
``phase``           check-ins: place in the course ("Day after session 2", ...)
``mood``            check-ins: 0–10, 10 = very good
``anxiety``         check-ins: 0–10, 10 = very strong (may be empty)
``energy``          check-ins: 0–10, 10 = plenty (may be empty)
``sleep``           check-ins: 0–10, 10 = very well (may be empty)
``feelings``        check-ins: feeling words, separated by ``; ``
``note``            check-ins: the patient's note (shared with the check-in)
``instrument``      questionnaires: ``PHQ-9``, ``GAD-7``, ``PCL-5`` or ``AUDIT-C``
``score``           questionnaires: total (PHQ-9 0–27, GAD-7 0–21, PCL-5 0–80, AUDIT-C 0–12)
``max_score``       questionnaires: 27, 21, 80 or 12
``band``            questionnaires: severity band ("moderate", ...)
``change``          questionnaires: score minus the first score of the same
                    instrument in the range (empty for that first one)
``item_1..item_20`` questionnaires: item answers 0–3 (PCL-5, AUDIT-C 0–4); the first n columns
                    for an n-item questionnaire
``uid``             the record's stable id in the journal (``safety_plan:<part>``
                    for the plan)
``plan_part``       the safety plan (``record`` ``safety_plan``, when the patient
                    shared it and "My safety plan" is on): the part's title
``plan_item``       one line of that part; date and time say when the plan last changed;
                    these rows come last, in the plan's order
==================  ===============================================================

Column names and the ``record`` kinds stay English whatever the summary's language: they
are a data contract (a spreadsheet formula or a script reads them by name); the cells a
person reads (phase, band, feelings) are in the summary's language.

Text cells that start with ``=``, ``+``, ``-``, ``@``, tab or carriage return get a
leading ``'`` so a spreadsheet never runs them as a formula.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime

from kapjournal.summary import Summary

COLUMNS = (
    "record",
    "date",
    "time",
    "utc_offset",
    "phase",
    "mood",
    "anxiety",
    "energy",
    "sleep",
    "feelings",
    "note",
    "instrument",
    "score",
    "max_score",
    "band",
    "change",
    *(f"item_{i}" for i in range(1, 21)),  # PCL-5 has 20 items
    "uid",
    "plan_part",
    "plan_item",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _offset(at: datetime) -> str:
    delta = at.utcoffset()
    minutes = int(delta.total_seconds() // 60) if delta is not None else 0
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _num(v: int | None) -> str:
    return "" if v is None else str(v)


def _plan_rows(summary: Summary) -> list[tuple[datetime, dict[str, str]]]:
    """One row per line of the shared safety plan, in the plan's order."""
    plan = summary.safety_plan
    if not summary.has("safety_plan") or plan is None:
        return []
    when = plan.saved_at or summary.generated_at
    return [
        (
            when,
            {
                "record": "safety_plan",
                "uid": f"safety_plan:{part.part_id}",
                "plan_part": safe_cell(part.title),
                "plan_item": safe_cell(item),
            },
        )
        for part in plan.parts
        for item in part.items
    ]


def render_csv(summary: Summary) -> bytes:
    rows: list[tuple[datetime, dict[str, str]]] = []
    if summary.has("mood"):
        for c in summary.checkins:
            rows.append(
                (
                    c.when,
                    {
                        "record": "checkin",
                        "phase": c.phase,
                        "mood": str(c.mood),
                        "anxiety": _num(c.anxiety),
                        "energy": _num(c.energy),
                        "sleep": _num(c.sleep),
                        "feelings": safe_cell("; ".join(c.feelings)),
                        "note": safe_cell(c.note),
                        "uid": c.uid,
                    },
                )
            )
    if summary.has("questionnaires"):
        for r in summary.scores:
            row = {
                "record": "questionnaire",
                "instrument": r.title,
                "score": str(r.total),
                "max_score": str(r.max_total),
                "band": r.band,
                "change": "" if r.change is None else str(r.change),
                "uid": r.uid,
            }
            for i, a in enumerate(r.answers, start=1):
                row[f"item_{i}"] = str(a)
            rows.append((r.when, row))
    rows.sort(key=lambda pair: (pair[0], pair[1]["record"], pair[1]["uid"]))
    rows += _plan_rows(summary)  # not records of the range: last, in the plan's order
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n", restval="")
    writer.writeheader()
    for when, row in rows:
        row.update(date=when.date().isoformat(), time=f"{when:%H:%M}", utc_offset=_offset(when))
        writer.writerow(row)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
