"""Markdown to safe HTML, for the journal preview and the HTML/PDF summary.

Patient and prompt-pack text is rendered with ``markdown`` and then sanitized with
``nh3`` against an allow-list: no scripts, no event handlers, no ``javascript:`` or
remote URLs, no iframes, SVG or forms. Links keep only their text and a safe
``href`` (http/https/mailto), and get ``rel="noopener noreferrer"``. Images are
dropped entirely (an export must reference nothing remote).
"""

from __future__ import annotations

import html
import threading
from typing import TYPE_CHECKING

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "a",
    "span",
}
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}
MAX_INPUT_CHARS = 2_000_000


if TYPE_CHECKING:
    import markdown

_local = threading.local()


def _converter() -> markdown.Markdown:
    """This thread's Markdown converter: building one loads every extension (about
    1 ms, most of a 10-year summary's HTML time when made per text), so it is made
    once per thread and reset after each text."""
    import markdown  # on first use: start-up and the command line's search need neither

    md = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
        _local.md = md
    return md


def render_markdown(text: str) -> str:
    """Render Markdown and return sanitized HTML (a fragment)."""
    text = text[:MAX_INPUT_CHARS].replace("\x00", "\ufffd")
    converter = _converter()
    try:
        raw = converter.convert(text)
    finally:
        converter.reset()  # keep no text (link references, stash) past the call
    return sanitize(raw)


def sanitize(fragment: str) -> str:
    import nh3

    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
        clean_content_tags={
            "script",
            "style",
            "iframe",
            "object",
            "embed",
            "svg",
            "math",
            "noscript",
            "template",
        },
    )


def plain_to_html(text: str) -> str:
    """Escape plain text for HTML, keeping line breaks."""
    return html.escape(text.replace("\x00", "\ufffd")).replace("\n", "<br>\n")


def first_line(text: str, width: int = 80) -> str:
    """The first non-empty line without Markdown markers, shortened to ``width``
    (for lists, search results and summaries; shown as plain text)."""
    for line in text.splitlines():
        line = line.strip().lstrip("#>*-+ ").strip()
        if line:
            return line if len(line) <= width else line[: width - 1] + "…"
    return ""
