from __future__ import annotations

import pytest

from kapjournal.richtext import plain_to_html, render_markdown

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://example.org"></iframe>',
    '<svg onload="alert(1)"><circle/></svg>',
    '<div style="background:url(https://example.org/x.png)">x</div>',
    "![remote](https://example.org/track.png)",
    '<form action="https://example.org"><input></form>',
    '<object data="x"></object><embed src="x">',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>',
    "<math><mi xlink:href='javascript:alert(1)'>x</mi></math>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_no_active_content_survives(text: str) -> None:
    out = render_markdown(f"Before\n\n{text}\n\nAfter").lower()
    for bad in ("<script", "onerror", "onload", "javascript:", "<iframe", "<svg", "<img",
                "<form", "<object", "<embed", "data:text", "style=", "https://example.org/x.png",
                "<math"):
        assert bad not in out
    assert "before" in out and "after" in out


def test_markdown_still_renders() -> None:
    out = render_markdown("# Title\n\n*soft* and **strong**\n\n- one\n- two\n\n[site](https://example.org)")
    assert "<h1>Title</h1>" in out and "<em>soft</em>" in out and "<li>one</li>" in out
    assert 'href="https://example.org"' in out and 'rel="noopener noreferrer"' in out


def test_odd_text() -> None:
    text = "emoji 🌿, RTL שלום עליכם, combining e\u0301, NUL \x00 here"
    out = render_markdown(text)
    assert "🌿" in out and "שלום" in out and "e\u0301" in out and "\x00" not in out
    assert plain_to_html("<b>x</b>\nline") == "&lt;b&gt;x&lt;/b&gt;<br>\nline"
