"""The one data-file loader and its field checkers: every refusal names the file, the
field path and the field."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from kapjournal.content import (
    ContentError,
    Fields,
    Problem,
    SourceChecker,
    load,
    read_toml,
    resolve,
    unique,
)
from kapjournal.content.loader import read_limited
from kapjournal.content.resdir import resource_path


class DemoFileError(ContentError):
    """A module's own error type, as each data file has."""


def _fields(data: Any, where: str = "") -> Fields:
    return Fields(data, "demo.toml", where, error=DemoFileError)


def _refusal(call: Any) -> str:
    with pytest.raises(DemoFileError) as info:
        call()
    return str(info.value)


# -- reading -----------------------------------------------------------------------------
def test_missing_file_named(tmp_path: Path) -> None:
    with pytest.raises(DemoFileError) as info:
        read_toml(tmp_path / "absent.toml", error=DemoFileError)
    assert str(info.value) == "absent.toml: the file could not be read."
    assert info.value.problems == [Problem("absent.toml", None, "the file could not be read.")]


def test_bad_toml_names_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('format = 1\ntitle = "unclosed\n', encoding="utf-8")
    with pytest.raises(DemoFileError) as info:
        read_toml(path, error=DemoFileError)
    (problem,) = info.value.problems
    assert (problem.origin, problem.line) == ("bad.toml", 2)
    assert problem.column is not None and problem.message.startswith("not valid TOML (")
    assert re.fullmatch(r"bad\.toml: not valid TOML \(.+\)\. \(line 2, column \d+\)", str(info.value))
    assert str(problem).startswith("bad.toml, line 2, column ")


def test_bad_utf8_and_bom() -> None:
    with pytest.raises(ContentError) as info:
        read_toml(b'a = "x"\nb = "\xff"\n', "raw.toml")
    (problem,) = info.value.problems
    assert (problem.line, problem.column, problem.message) == (2, 6, "the file is not valid UTF-8 text.")
    doc = read_toml('\ufeffa = "x"\n'.encode(), "bom.toml")
    assert doc.data == {"a": "x"} and doc.origin == "bom.toml" and not doc.text.startswith("\ufeff")
    assert read_toml(b"a = 1").origin == "imported file"


def test_too_big_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    path.write_bytes(b"#" * 3000)
    with pytest.raises(DemoFileError, match=r"^big\.toml: the file is larger than 2 KiB\.$"):
        read_limited(path, 2048, error=DemoFileError)
    with pytest.raises(ContentError, match="larger than 1 KiB"):
        read_toml(b"#" * 2000, "b.toml", limit=1024)


def test_resolve_prefers_the_given_path(tmp_path: Path) -> None:
    assert resolve(tmp_path / "x.toml", "checkins", "items.toml") == tmp_path / "x.toml"
    assert resolve(None, "checkins", "items.toml") == resource_path("checkins", "items.toml")


def test_load_parses_and_turns_surprises_into_the_files_error(tmp_path: Path) -> None:
    path = tmp_path / "demo.toml"
    path.write_text('format = 1\nname = "x"\n', encoding="utf-8")

    def parse(data: dict[str, Any], origin: str) -> str:
        top = Fields(data, origin, error=DemoFileError)
        top.format(1)
        return top.text("name")

    assert load(parse, path, error=DemoFileError) == "x"

    def clumsy(data: dict[str, Any], origin: str) -> str:
        return str(data["name"].get("x"))  # a str has no .get: AttributeError

    message = _refusal(lambda: load(clumsy, path, error=DemoFileError))
    assert message.startswith("demo.toml: unexpected structure (")
    shipped = load(lambda data, origin: (origin, data["format"]), resource=("checkins", "items.toml"))
    assert shipped == ("items.toml", 1)


def test_error_lists_every_problem() -> None:
    err = ContentError([Problem("a.toml", None, "one"), Problem("a.toml", 3, "two", where="x")])
    assert str(err) == "a.toml: one (and 1 more)"
    assert ContentError.describe(err.problems[1]) == "a.toml: x: two (line 3)"
    assert str(ContentError([])) == "The data file is not valid."
    assert str(DemoFileError.one("b.toml", "gone", "scale mood")) == "b.toml: scale mood: gone"
    assert isinstance(DemoFileError.one("b.toml", "gone"), DemoFileError)


# -- fail-fast field checkers ------------------------------------------------------------
def test_text_checkers() -> None:
    f = _fields({"a": "x", "blank": " ", "n": 3}, "scale mood")
    assert f.text("a") == "x" and f.text("blank", empty=True) == " "
    assert _refusal(lambda: f.text("gone")) == "demo.toml: scale mood: 'gone' is missing"
    assert _refusal(lambda: f.text("n")) == "demo.toml: scale mood: 'n' must be text"
    assert _refusal(lambda: f.text("blank")) == "demo.toml: scale mood: 'blank' is empty"
    assert f.optional_text("gone") == "" and f.optional_text("gone", "d") == "d"
    assert _refusal(lambda: f.optional_text("n")) == "demo.toml: scale mood: 'n' must be text"


def test_number_checkers() -> None:
    f = _fields({"i": 5, "f": 2.5, "t": True, "s": "5"})
    assert f.whole("i") == 5 and f.whole("i", 0, 10) == 5
    assert _refusal(lambda: f.whole("f")) == "demo.toml: 'f' must be a whole number"
    assert _refusal(lambda: f.whole("t")) == "demo.toml: 't' must be a whole number"
    assert _refusal(lambda: f.whole("i", 6)) == "demo.toml: 'i' must be a whole number from 6"
    assert _refusal(lambda: f.whole("i", 0, 4)) == "demo.toml: 'i' must be a whole number from 0 up to 4"
    assert _refusal(lambda: f.whole("i", high=4)) == "demo.toml: 'i' must be a whole number up to 4"
    assert _refusal(lambda: f.whole("gone")) == "demo.toml: 'gone' is missing"
    assert f.number("f") == 2.5 and f.number("i") == 5
    assert _refusal(lambda: f.number("t")) == "demo.toml: 't' must be a number"
    assert _refusal(lambda: f.number("s")) == "demo.toml: 's' must be a number"


def test_flag_strings_one_of_matching_format() -> None:
    f = _fields({"b": False, "n": 1, "words": ["a", "b"], "mixed": ["a", 2], "how": "call", "format": 2})
    assert f.flag("b", True) is False and f.flag("gone", True) is True
    assert _refusal(lambda: f.flag("n", False)) == "demo.toml: 'n' must be true or false"
    assert f.strings("words") == ["a", "b"]
    assert _refusal(lambda: f.strings("mixed")) == "demo.toml: 'mixed' must be a list of text"
    assert _refusal(lambda: f.strings("gone", message="needs words")) == "demo.toml: needs words"
    assert f.one_of("how", ("call", "text")) == "call"
    assert _refusal(lambda: f.one_of("how", ("text",))) == "demo.toml: 'how' must be one of: text"
    assert f.matching("how", re.compile(r"^c"), "bad") == "call"
    assert _refusal(lambda: f.matching("how", re.compile(r"^x"), "starts badly")) == "demo.toml: starts badly"
    f.format(2)
    assert _refusal(lambda: f.format(1)) == "demo.toml: unsupported format (expected format = 1)"


def test_nested_tables_carry_the_field_path() -> None:
    f = _fields({"fallback": {"name": "x"}, "countries": [{"code": "AU"}], "bad": [1], "flat": 3})
    fallback = f.table("fallback")
    assert fallback.where == "fallback" and fallback.text("name") == "x"
    assert _refusal(lambda: fallback.text("note")) == "demo.toml: fallback: 'note' is missing"
    assert _refusal(lambda: f.table("gone")) == "demo.toml: no [gone] table"
    assert _refusal(lambda: f.table("flat", message="needs a table")) == "demo.toml: needs a table"
    (country,) = f.tables("countries", "country")
    assert _refusal(lambda: country.text("name")) == "demo.toml: country: 'name' is missing"
    au = country.at("country AU")
    assert _refusal(lambda: au.text("name")) == "demo.toml: country AU: 'name' is missing"
    nested = _fields({"lines": [{"id": "x"}]}, "country AU")
    (line,) = nested.tables("lines", "")  # "" keeps the parent's path
    assert line.where == "country AU"
    assert f.tables("gone") == []
    assert _refusal(lambda: f.tables("gone", required="no countries")) == "demo.toml: no countries"
    assert _refusal(lambda: f.tables("bad")) == "demo.toml: 'bad' must be a list of tables"
    assert _refusal(lambda: _fields([1], "symptom")) == "demo.toml: symptom: must be a table"
    assert f.has("flat") and not f.has("gone") and f.get("flat") == 3 and f.get("gone", 7) == 7


def test_unique_ids() -> None:
    f = _fields({})
    unique(["a", "b"], f, "id '{id}' twice")
    assert _refusal(lambda: unique(["a", "b", "a"], f, "id '{id}' twice")) == "demo.toml: id 'a' twice"


# -- collecting checkers with lines (hand-written files) ---------------------------------
SOURCE = """\
title = "T"
count = 3

[[items]]
id = "a"
text = "first"

[[items]]
id = "b"
text = "<b>bold</b>"
"""


def test_source_checker_finds_lines() -> None:
    chk = SourceChecker(SOURCE, "s.toml")
    assert chk.key_line("title") == 1 and chk.key_line("count") == 2
    assert chk.block_start("items", 1) == 8 and chk.key_line("text", "items", 1) == 10
    assert chk.key_line("help", "items", 0) == 4  # absent: the block's first line
    assert chk.id_line("b") == 9 and chk.block_start("items", None) is None


def test_source_checker_collects_every_problem() -> None:
    chk = SourceChecker(SOURCE, "s.toml")
    assert chk.text("  ok ", "`title`", 1, limit=10, required=True) == "ok"
    assert chk.text(None, "`note`", None, limit=10, required=False) == ""
    assert chk.text(None, "`title`", 1, limit=10, required=True) == ""
    assert chk.text(3, "`title`", 1, limit=10, required=True) == ""
    assert chk.text(" ", "`title`", 1, limit=10, required=True) == ""
    assert chk.text("x" * 11, "`title`", 1, limit=10, required=True) == ""
    assert chk.text("<b>x</b>", "`text`", 10, limit=100, required=True) == ""
    assert chk.text("a\u202eb", "`text`", 10, limit=100, required=True) == ""
    assert chk.text("javascript: x", "`text`", 10, limit=100, required=True) == ""
    assert chk.whole(5, "`min`", 2) == 5 and chk.whole(None, "`min`", 2) is None
    assert chk.whole(True, "`min`", 2) is None and chk.whole(10**6, "`min`", 2) is None
    data = {"id": "Bad Id"}
    assert chk.matching(data, "id", re.compile(r"^[a-z]+$"), "bad id.", "no id.") is None
    assert chk.matching({}, "id", re.compile(r"."), "bad id.", "no id.") is None
    assert (
        chk.one_of(
            "x", ("a", "b"), 4, missing="none.", missing_line=1, unknown="unknown {shown} ({choices})."
        )
        is None
    )
    assert chk.one_of(None, ("a",), 4, missing="none.", missing_line=1, unknown="?") is None
    assert chk.one_of("a", ("a",), 4, missing="none.", missing_line=1, unknown="?") == "a"
    assert [str(p) for p in chk.problems] == [
        "s.toml, line 1: `title` is missing.",
        "s.toml, line 1: `title` must be text in quotes.",
        "s.toml, line 1: `title` is empty.",
        "s.toml, line 1: `title` is longer than 10 characters.",
        "s.toml, line 10: `text` looks like HTML or other markup; prompt text must be plain text.",
        "s.toml, line 10: `text` contains a text-direction override (U+202E).",
        "s.toml, line 10: `text` contains a script link; prompt text must be plain text.",
        "s.toml, line 2: `min` must be a whole number.",
        "s.toml, line 2: `min` must be a whole number.",
        "s.toml: bad id.",  # no top-level `id` line
        "s.toml, line 1: no id.",
        "s.toml, line 4: unknown 'x' (a, b).",
        "s.toml, line 1: none.",
    ]
