"""The summary as HTML, in two flavours built from one body:

* ``"web"``: one self-contained file for a browser. Inline CSS, the chart inline as a
  ``data:`` image, a Content-Security-Policy meta that forbids scripts and remote
  loads, and nothing remote at all.
* ``"qt"``: the same content for ``QTextDocument`` (the PDF and the in-app preview),
  using the subset of HTML/CSS Qt's rich-text engine understands; the chart is the
  document resource :data:`CHART_URL`.

Patient and prompt-pack text is always rendered with
:func:`kapjournal.richtext.render_markdown` (Markdown, then the nh3 allow-list), never
inserted raw; headings inside patient text are demoted below the document's own.
"""

from __future__ import annotations

import base64
import functools
import html
import logging
import math
import re
from collections.abc import Callable

from kapjournal.i18n import arg, tr, translated
from kapjournal.richtext import render_markdown
from kapjournal.summary import (
    ATTACHMENTS_NOTE,
    EMPTY_TEXT,
    EMPTY_TITLE,
    FOOTER_NOTE,
    INTRO_NOTE,
    SAFETY_NOTE,
    SCORES_NOTE,
    Answer,
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
from kapjournal.summary.safety_plan import SafetyPlanBlock

logger = logging.getLogger(__name__)

CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
CHART_URL = "kapjournal-chart.png"
KEEP_ANCHOR = "kapjournal-keep-with-next"
#: More courses than this are one line in the header (each still has its overview).
MAX_HEADER_COURSES = 3
#: The header's label column in the "qt" flavor, in 96-dpi px: room for "Patient" and
#: "Course"; wider when a language's labels need it (see ``measure``), so a German
#: "Behandlungsreihe" is never broken inside the word.
LABEL_WIDTH = 110
LABEL_SLACK = 16  # px: the cell's padding (2 each side) and rounding between devices

INK = "#1f2a30"
MUTED = "#5b6670"
RULE = "#c9d1d6"
ACCENT = "#245f73"
ALERT_BG = "#fbeee6"
ALERT_RULE = "#b5562b"
SOFT_BG = "#f2f5f6"

WEB_CSS = f"""
:root {{ color-scheme: light; }}
body {{ font-family: "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: {INK};
  background: #ffffff; max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; line-height: 1.5;
  font-size: 11pt; }}
h1 {{ font-size: 20pt; font-weight: 600; margin: 0 0 .4rem 0; color: {INK}; }}
h2 {{ font-size: 14pt; font-weight: 600; color: {ACCENT}; border-bottom: 1px solid {RULE};
  padding-bottom: .2rem; margin: 2rem 0 .8rem 0; break-after: avoid; }}
h3 {{ font-size: 12pt; font-weight: 600; margin: 1.4rem 0 .4rem 0; break-after: avoid; }}
h4 {{ font-size: 10.5pt; font-weight: 600; color: {MUTED}; text-transform: uppercase;
  letter-spacing: .04em; margin: 1rem 0 .3rem 0; break-after: avoid; }}
h5, h6 {{ font-size: 11pt; font-weight: 600; margin: .6rem 0 .2rem 0; }}
p {{ margin: .3rem 0; }}
table {{ border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem 0; break-inside: auto; }}
tr {{ break-inside: avoid; }}
th {{ text-align: left; font-weight: 600; color: {MUTED}; border-bottom: 1.5px solid {RULE};
  padding: .3rem .5rem .3rem 0; font-size: 10pt; }}
td {{ border-bottom: 1px solid #e3e8eb; padding: .3rem .5rem .3rem 0; vertical-align: top; }}
td.num, th.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
table.meta td {{ border: none; padding: .1rem 1rem .1rem 0; }}
table.meta td.k {{ color: {MUTED}; width: 8rem; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: 9.5pt; }}
.alert {{ background: {ALERT_BG}; border-left: 4px solid {ALERT_RULE}; padding: .6rem 1rem;
  margin: 1.2rem 0; }}
.alert h2 {{ color: {ALERT_RULE}; border: none; margin-top: .2rem; }}
.box {{ background: {SOFT_BG}; padding: .6rem 1rem; margin: .6rem 0; }}
.q {{ font-weight: 600; margin: .7rem 0 .1rem 0; }}
.a {{ margin: 0 0 .4rem 0; }}
.a p {{ margin: .15rem 0; }}
.entry {{ margin: 0 0 1rem 0; }}
.chart {{ width: 100%; height: auto; border: 1px solid #e3e8eb; }}
blockquote {{ border-left: 3px solid {RULE}; margin: .4rem 0; padding-left: .8rem; color: {MUTED}; }}
code, pre {{ font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace; font-size: 10pt; }}
footer {{ margin-top: 2.5rem; border-top: 1px solid {RULE}; padding-top: .6rem; }}
@media print {{ body {{ margin: 0; max-width: none; }} }}
"""

#: Qt's rich-text engine: no margins on tables via CSS, no ``border-left`` on divs,
#: so boxes are single-cell tables. Font sizes in pt follow the paint device.
QT_CSS = f"""
body {{ color: {INK}; }}
h1 {{ font-size: 19pt; font-weight: 600; margin-top: 0px; margin-bottom: 4px; }}
h2 {{ font-size: 13.5pt; font-weight: 600; color: {ACCENT}; margin-top: 22px; margin-bottom: 6px; }}
h3 {{ font-size: 11.5pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }}
h4 {{ font-size: 9.5pt; font-weight: 600; color: {MUTED}; margin-top: 10px; margin-bottom: 2px; }}
h5, h6 {{ font-size: 10pt; font-weight: 600; margin-top: 6px; margin-bottom: 2px; }}
p {{ margin-top: 2px; margin-bottom: 2px; }}
th {{ color: {MUTED}; font-weight: 600; font-size: 9pt; text-align: left;
  border-bottom: 1px solid {RULE}; }}
td {{ border-bottom: 1px solid #e3e8eb; vertical-align: top; }}
td.num, th.num {{ text-align: right; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: 8.5pt; }}
.q {{ font-weight: 600; margin-top: 6px; margin-bottom: 0px; }}
.a {{ margin-bottom: 4px; }}
.alerttitle {{ color: {ALERT_RULE}; font-size: 13pt; font-weight: 600; }}
blockquote {{ color: {MUTED}; }}
"""

_HEADING = re.compile(r"<(/?)h[1-6](\s[^>]*)?>")
_SINGLE_P = re.compile(r"^\s*<p>(.*)</p>\s*$", re.DOTALL)


_LINK = re.compile(r'<a\s[^>]*?href="([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)


def _unlink(m: re.Match[str]) -> str:
    url, text = m.group(1), m.group(2)
    shown = html.unescape(url)
    return text if html.unescape(text) == shown or not shown else f"{text} ({esc(shown)})"


def md(text: str) -> str:
    """Patient or pack text as sanitized HTML (block level), headings demoted, links
    written out as text: the summary references nothing outside itself."""
    return _LINK.sub(_unlink, _HEADING.sub(r"<\1h6>", render_markdown(text)))


def md_inline(text: str) -> str:
    """Like :func:`md`, without the paragraph around a single short paragraph."""
    rendered = md(text)
    m = _SINGLE_P.match(rendered)
    if m and "<p>" not in m.group(1):
        return m.group(1)
    return rendered


_BLOCK_START = re.compile(r"^(\s*)(\d+)([.)])|^(\s*)([#>*+-])", re.MULTILINE)


@functools.lru_cache(maxsize=256)  # prompt texts repeat in every entry; pack text, not patient text
def md_label(text: str) -> str:
    """A prompt's text (one line, plain by the pack format) through the same Markdown
    and sanitizer, without turning "1. Situation" into a list or "# x" into a heading."""

    def quote(m: re.Match[str]) -> str:
        if m.group(2) is not None:
            return f"{m.group(1)}{m.group(2)}\\{m.group(3)}"
        return f"{m.group(4)}\\{m.group(5)}"

    return md_inline(_BLOCK_START.sub(quote, " ".join(text.split())))


def esc(text: str) -> str:
    return html.escape(text, quote=True)


class _Builder:
    def __init__(
        self, summary: Summary, flavor: str, image_width: int, measure: Callable[[str], float] | None = None
    ) -> None:
        self.s = summary
        self.flavor = flavor
        self.qt = flavor == "qt"
        self.image_width = image_width
        self.measure = measure
        self.out: list[str] = []
        self.cuts: list[int] = []  # places in ``out`` between top-level elements
        self._depth = 0  # tables open

    # -- pieces --------------------------------------------------------------------
    def add(self, *parts: str) -> None:
        if not self._depth:
            self.cuts.append(len(self.out))
        for part in parts:  # tags only: text is escaped, so its "<" is never a tag
            self._depth += part.count("<table") - part.count("</table>")
        self.out.extend(parts)

    def pieces(self, size: int) -> list[str]:
        """The document built, cut between top-level elements into pieces of about
        ``size`` characters (a table or a block is never cut)."""
        self.build()
        result: list[str] = []
        bounds = [*self.cuts[1:], len(self.out)]
        start, length = 0, 0
        for cut, nxt in zip(self.cuts, bounds, strict=True):
            length += sum(len(p) for p in self.out[cut:nxt])
            if length >= size:
                result.append("".join(self.out[start:nxt]))
                start, length = nxt, 0
        if start < len(self.out) or not result:
            result.append("".join(self.out[start:]))
        return result

    def table(
        self, head: list[tuple[str, bool]], rows: list[list[str]], widths: list[int] | None = None
    ) -> None:
        """``head``: (label, numeric); cells in ``rows`` are HTML already."""
        attrs = ' width="100%" cellspacing="0" cellpadding="4" border="0"' if self.qt else ""
        self.add(f"<table{attrs}><thead><tr>")
        for i, (label, num) in enumerate(head):
            cls = ' class="num"' if num else ""
            width = f' width="{widths[i]}%"' if widths and self.qt and widths[i] else ""
            self.add(f"<th{cls}{width}>{esc(label)}</th>")
        self.add("</tr></thead><tbody>")
        for row in rows:
            self.add("<tr>")
            for (_, num), cell in zip(head, row, strict=True):
                self.add(f'<td class="num">{cell}</td>' if num else f"<td>{cell}</td>")
            self.add("</tr>")
        self.add("</tbody></table>")

    def box(self, inner: str, alert: bool = False) -> None:
        if self.qt:
            bg = ALERT_BG if alert else SOFT_BG
            border = ALERT_RULE if alert else RULE
            self.add(
                f'<table width="100%" cellspacing="0" cellpadding="10" border="1" '
                f'style="border-color: {border}; border-style: solid; background-color: {bg};">'
                f"<tr><td>{inner}</td></tr></table>"
            )
        else:
            self.add(f'<div class="{"alert" if alert else "box"}">{inner}</div>')

    # -- document ---------------------------------------------------------------------
    def build(self) -> str:
        s = self.s
        self.header()
        if s.is_empty:
            self.add(
                f"<h2>{esc(translated(EMPTY_TITLE))}</h2>",
                f"<p>{esc(translated(EMPTY_TEXT))}</p>",
            )
        if s.has("safety") and s.flags:
            self.safety()
        if s.has("safety_plan") and s.safety_plan is not None:
            self.safety_plan(s.safety_plan)
        if s.has("overview") and s.courses:
            self.overview()
        if s.has("questions") and s.questions:
            self.questions()
        if s.has("questionnaires") and s.scores:
            self.scores()
        if s.has("mood") and s.mood is not None:
            self.mood()
        if s.has("sessions"):
            self.sessions()
        if s.has("actions") and s.actions:
            self.actions()
        self.footer()
        return "".join(self.out)

    def header(self) -> None:
        s = self.s
        self.add(f"<h1>{esc(s.title)}</h1>")
        rows = []
        if s.patient_name:
            rows.append((tr("Patient"), md_inline(s.patient_name)))
        rows.append((tr("Period"), esc(s.period)))
        courses = s.courses if s.has("overview") else ()
        if len(courses) > MAX_HEADER_COURSES:  # ten years of maintenance: one line, not forty
            first = min(c.start for c in courses)
            line = tr("{n} courses, the first from {day}; each is in the course overview")
            rows.append((tr("Courses"), esc(line.format(n=len(courses), day=fmt_date(first)))))
            courses = ()
        for c in courses:
            text = md_inline(c.title) if c.title else esc(tr("Course"))
            if c.clinic:
                text += " · " + md_inline(c.clinic)
            rows.append((tr("Course"), text + " · " + esc(arg(tr("from %1"), fmt_date(c.start)))))
        rows.append((tr("Created"), esc(fmt_datetime(s.generated_at))))
        attrs = ' cellspacing="0" cellpadding="2" border="0"' if self.qt else ' class="meta"'
        self.add(f"<table{attrs}>")
        width = self.label_width([k for k, _ in rows])
        for k, v in rows:
            style = ' style="border-bottom: none;"' if self.qt else ""
            self.add(f'<tr><td class="k muted"{style} width="{width}">{esc(k)}</td><td{style}>{v}</td></tr>')
        self.add("</table>")
        self.add(f'<p class="muted small">{esc(translated(INTRO_NOTE))}</p>')
        if self.s.carries_data_files:
            self.add(f'<p class="muted small">{esc(translated(ATTACHMENTS_NOTE))}</p>')

    def label_width(self, labels: list[str]) -> int:
        """The header's label column: :data:`LABEL_WIDTH`, or the widest label's width
        (in the document's font, from ``measure``) when that is more."""
        if self.measure is None or not labels:
            return LABEL_WIDTH
        return max(LABEL_WIDTH, math.ceil(max(self.measure(k) for k in labels)) + LABEL_SLACK)

    def safety(self) -> None:
        items = "".join(
            f"<li><b>{esc(fmt_datetime(f.when))}</b> — {esc(f.text)} {esc(f.shown)}</li>"
            for f in self.s.flags
        )
        title = esc(tr("Safety notes"))
        heading = f'<p class="alerttitle">{title}</p>' if self.qt else f"<h2>{title}</h2>"
        note = esc(translated(SAFETY_NOTE))
        self.box(f'{heading}<ul>{items}</ul><p class="small">{note}</p>', alert=True)

    def safety_plan(self, plan: SafetyPlanBlock) -> None:
        self.add(f"<h2>{esc(plan.heading)}</h2>", f'<p class="muted small">{esc(plan.note)}</p>')
        for part in plan.parts:
            items = "".join(f"<li>{esc(item)}</li>" for item in part.items)
            self.add(f"<h4>{esc(part.title)}</h4>", f"<ul>{items}</ul>")

    def overview(self) -> None:
        self.add("<h2>" + esc(tr("Course overview")) + "</h2>")
        for c in self.s.courses:
            if len(self.s.courses) > 1:
                self.add("<h3>" + (md_inline(c.title) if c.title else esc(tr("Course"))) + "</h3>")
            rows = [
                [
                    esc(str(r.number)) if r.number else "",
                    esc(fmt_day(r.when.date())) + f' <span class="muted">{r.when:%H:%M}</span>',
                    esc(r.kind_label),
                    esc(r.status_label),
                ]
                for r in c.sessions
            ]
            if rows:
                self.table(
                    [("#", True), (tr("Date"), False), (tr("Session"), False), (tr("Status"), False)],
                    rows,
                    [6, 38, 32, 24],
                )
            else:
                self.add('<p class="muted">' + esc(tr("No sessions planned in this course yet.")) + "</p>")

    def questions(self) -> None:
        self.add("<h2>" + esc(tr("Questions for my care team")) + "</h2>")
        for q in self.s.questions:
            meta = question_meta(q)
            self.add(f'<div class="entry">{md(q.text)}<p class="muted small">{esc(meta)}</p></div>')

    def scores(self) -> None:
        self.add("<h2>" + esc(scores_heading(self.s.scores)) + "</h2>")
        rows = [
            [
                esc(fmt_date(r.when.date())),
                esc(r.title),
                f"<b>{r.total}</b> / {r.max_total}",
                esc(r.band),
                esc(signed_change(r.change)),
                esc(str(r.item9)) if r.item9 is not None else "—",
            ]
            for r in self.s.scores
        ]
        self.table(
            [
                (tr("Date"), False),
                (tr("Questionnaire"), False),
                (tr("Score"), True),
                (tr("Severity band"), False),
                (tr("Change since first"), True),
                (tr("Item 9"), True),
            ],
            rows,
            [18, 18, 13, 23, 16, 12],
        )
        self.add(f'<p class="muted small">{esc(translated(SCORES_NOTE))}</p>')
        more = more_scores_note(self.s.scores)  # PCL-5, AUDIT-C: their ranges
        if more:
            self.add(f'<p class="muted small">{esc(more)}</p>')

    def mood(self) -> None:
        m = self.s.mood
        assert m is not None
        days = (self.s.end - self.s.start).days + 1
        self.add("<h2>" + esc(tr("Mood and anxiety")) + "</h2>")
        chart = self.chart()
        if chart:
            self.add(chart)
        self.add(f"<p>{esc(mood_text(m, days))}</p>")
        label = tr("Month") if m.granularity == "month" else tr("Week")
        rows = [
            [esc(p.label), str(p.checkins), average_text(p.mood), average_text(p.anxiety)] for p in m.periods
        ]
        self.table(
            [
                (label, False),
                (tr("Check-ins"), True),
                (tr("Mood (average)"), True),
                (tr("Anxiety (average)"), True),
            ],
            rows,
            [40, 18, 21, 21],
        )
        if m.notes:
            self.add("<h4>" + esc(tr("Check-in notes")) + "</h4>")
            for n in m.notes:
                meta = arg(tr("%1 · mood %2"), fmt_datetime(n.when), n.mood)
                self.add(f'<p class="muted small">{esc(meta)}</p><div class="a">{md(n.note)}</div>')

    def chart(self) -> str:
        s = self.s
        alt = esc(tr("Chart of mood and anxiety over the period, with session days marked"))
        if self.qt:
            if not s.chart_png:
                return ""
            return f'<p><img src="{CHART_URL}" width="{self.image_width}" alt="{alt}"></p>'
        if s.chart_svg:
            data, mime = s.chart_svg, "image/svg+xml"
        elif s.chart_png:
            data, mime = s.chart_png, "image/png"
        else:
            return ""
        b64 = base64.b64encode(data).decode("ascii")
        return f'<p><img class="chart" src="data:{mime};base64,{b64}" alt="{alt}"></p>'

    def entry(self, e: EntryBlock, heading: str = "h4") -> None:
        label = e.kind_label
        if e.step_label:
            label += f" ({e.step_label})"
        self.add(f"<{heading}>{esc(label)}</{heading}>")
        self.add(f'<p class="muted small">{esc(fmt_datetime(e.when))}</p>')
        if e.title:
            self.add(f"<p><b>{md_inline(e.title)}</b></p>")
        for a in e.answers:
            self.answer(a)
        if e.body:
            self.add(f'<div class="a">{md(e.body)}</div>')

    def answer(self, a: Answer) -> None:
        if self.qt:  # the anchor marks the label to keep with its answer across pages
            self.add(f'<p class="q"><a name="{KEEP_ANCHOR}">{md_label(a.label)}</a></p>')
        else:
            self.add(f'<p class="q">{md_label(a.label)}</p>')
        self.add(f'<div class="a">{md(a.text) if a.markdown else "<p>" + esc(a.text) + "</p>"}</div>')

    def side_effects(self, rows: tuple[SideEffectRow, ...], heading: str = "h4") -> None:
        self.add(f"<{heading}>" + esc(tr("Side effects")) + f"</{heading}>")
        body = []
        for r in rows:
            detail = r.duration
            if r.reading:
                detail = f"{detail} · {r.reading}" if detail else r.reading
            cell = md_inline(r.symptom)
            if r.note:
                cell += f'<br><span class="muted">{md_inline(r.note)}</span>'
            body.append([esc(fmt_datetime(r.when)), cell, esc(r.severity), esc(detail)])
        self.table(
            [
                (tr("When"), False),
                (tr("Side effect"), False),
                (tr("Severity"), False),
                (tr("How long"), False),
            ],
            body,
            [24, 36, 14, 26],
        )

    def sessions(self) -> None:
        s = self.s
        blocks = [b for b in s.sessions if not b.empty]
        if not blocks and not s.other_reflections and not s.other_side_effects:
            return
        self.add("<h2>" + esc(tr("Sessions and reflections")) + "</h2>")
        for b in blocks:
            self.add(f"<h3>{esc(b.heading)}</h3>")
            if b.intention is not None:
                self.entry(b.intention)
            for e in b.captures:
                self.entry(e)
            for e in b.reflections:
                self.entry(e)
            if b.side_effects:
                self.side_effects(b.side_effects)
        if s.other_reflections:
            self.add("<h3>" + esc(tr("Other shared reflections")) + "</h3>")
            for e in s.other_reflections:
                self.entry(e)
        if s.other_side_effects:
            self.side_effects(s.other_side_effects, "h3")

    def actions(self) -> None:
        self.add("<h2>" + esc(tr("Action steps and how they went")) + "</h2>")
        rows = []
        for a in self.s.actions:
            cell = md_inline(a.text)
            if a.outcome:
                cell += f'<br><span class="muted">{md_inline(a.outcome)}</span>'
            rows.append([cell, esc(fmt_date(a.due)) if a.due else "—", esc(a.status_label)])
        self.table(
            [(tr("Action step"), False), (tr("Due"), False), (tr("How it went"), False)], rows, [60, 20, 20]
        )

    def footer(self) -> None:
        text = esc(translated(FOOTER_NOTE))
        if self.qt:
            self.add(f'<p class="muted small" style="margin-top: 18px;">{text}</p>')
        else:
            self.add(f'<footer class="muted small">{text}</footer>')


def html_body(
    summary: Summary,
    flavor: str = "web",
    image_width: int = 640,
    measure: Callable[[str], float] | None = None,
) -> str:
    """The document body (no ``<html>`` wrapper) in ``flavor`` "web" or "qt".
    ``measure``: a text's width in 96-dpi px in the "qt" document's font (the header's
    label column is made wide enough for its labels)."""
    if flavor not in ("web", "qt"):
        raise ValueError(f"unknown flavor {flavor!r}")
    return _Builder(summary, flavor, image_width, measure).build()


def render_html(summary: Summary) -> bytes:
    """One self-contained HTML file (UTF-8)."""
    title = esc(f"{summary.title} — {summary.period}")
    doc = (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{WEB_CSS}</style>\n</head>\n<body>\n"
        f"{html_body(summary, 'web')}\n</body>\n</html>\n"
    )
    return doc.encode("utf-8")


def qt_html(summary: Summary, image_width: int = 640, measure: Callable[[str], float] | None = None) -> str:
    """The HTML the PDF and the preview lay out with ``QTextDocument`` (``measure``: see
    :func:`html_body`)."""
    return f"<html><body>{html_body(summary, 'qt', image_width, measure)}</body></html>"


def qt_html_pieces(
    summary: Summary, image_width: int = 640, measure: Callable[[str], float] | None = None, size: int = 4000
) -> list[str]:
    """:func:`qt_html`'s body cut between top-level elements into pieces of about
    ``size`` characters, in order (joined, they are that body): a document can be
    built from them one short Qt call at a time (:func:`kapjournal.exporters.pdf.build_document`)."""
    return _Builder(summary, "qt", image_width, measure).pieces(size)
