"""Prompt packs: the format, every refusal, shipped packs, import into the journal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kapjournal import prompts
from kapjournal.content import is_translation
from kapjournal.content.resdir import resource_path
from kapjournal.prefs import PROMPTS_IMPORTED
from kapjournal.prompts import PackError
from kapjournal.storage import repo
from kapjournal.storage.errors import InvalidData

GOOD = """\
id = "clinic.intention"
version = "1"
language = "en"
kind = "intention"
title = "Before your session"
source = "Clinic handout"
title_prompt = "phrase"

[[prompts]]
id = "hope"
text = "What would you like to explore?"
input = "longtext"

[[prompts]]
id = "settled"
text = "How settled do I feel?"
input = "scale"
min = 0
max = 10

[[prompts]]
id = "phrase"
text = "My intention in a phrase"
input = "phrase"
"""


def pack_bytes(text: str = GOOD) -> bytes:
    return text.encode("utf-8")


def problems_of(text: str | bytes, origin: str = "pack.toml") -> list[prompts.PackProblem]:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return prompts.validate(raw, origin)


def line_of(text: str, needle: str, nth: int = 0) -> int:
    hits = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    return hits[nth]


# -- a valid pack ----------------------------------------------------------------------
def test_good_pack_loads() -> None:
    pack = prompts.load_pack(pack_bytes(), "good.toml")
    assert pack.id == "clinic.intention"
    assert [p.id for p in pack.prompts] == ["hope", "settled", "phrase"]
    scale = pack.prompt("settled")
    assert scale is not None and (scale.min, scale.max) == (0, 10)
    assert pack.title_prompt == "phrase"
    assert pack.toml_text == GOOD


def test_readme_example_is_a_valid_pack() -> None:
    readme = resource_path("prompts", "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", readme, re.S)
    assert block
    pack = prompts.load_pack(block.group(1).encode(), "README example")
    assert pack.kind == "intention"


# -- refusals, each naming file and line --------------------------------------------
def test_missing_prompt_id_names_the_prompt_line() -> None:
    text = GOOD.replace('id = "settled"\n', "")
    problems = problems_of(text)
    assert len(problems) == 1
    problem = problems[0]
    assert problem.origin == "pack.toml"
    assert problem.line == line_of(text, "[[prompts]]", 1)
    assert "no `id`" in problem.message
    assert str(problem).startswith(f"pack.toml, line {problem.line}:")


def test_missing_pack_id_refused() -> None:
    problems = problems_of(GOOD.replace('id = "clinic.intention"\n', ""))
    assert any("no `id`" in p.message for p in problems)


def test_duplicate_prompt_id_names_the_second_line() -> None:
    text = GOOD.replace('id = "phrase"\ntext', 'id = "hope"\ntext')
    problems = problems_of(text)
    dup = [p for p in problems if "more than once" in p.message]
    assert dup and dup[0].line == line_of(text, 'id = "hope"', 1)


def test_unknown_input_type_named_with_line() -> None:
    text = GOOD.replace('input = "longtext"', 'input = "slider"')
    (problem,) = [p for p in problems_of(text) if "input type" in p.message]
    assert "'slider'" in problem.message and "longtext" in problem.message
    assert problem.line == line_of(text, 'input = "slider"')


def test_unknown_kind_refused() -> None:
    text = GOOD.replace('kind = "intention"', 'kind = "hypnosis"')
    (problem,) = [p for p in problems_of(text) if "kind" in p.message]
    assert problem.line == line_of(text, "kind =")


@pytest.mark.parametrize("field", ["text", "input"])
def test_missing_text_or_input_refused(field: str) -> None:
    text = GOOD.replace(f'{field} = "What would you like to explore?"\n', "").replace(
        f'{field} = "longtext"\n', ""
    )
    problems = problems_of(text)
    assert problems and problems[0].line == line_of(text, "[[prompts]]", 0)


def test_empty_text_refused() -> None:
    problems = problems_of(GOOD.replace('"What would you like to explore?"', '"   "'))
    assert any("empty" in p.message for p in problems)


def test_unknown_key_refused() -> None:
    text = GOOD.replace('input = "longtext"', 'input = "longtext"\nchoises = ["a"]')
    (problem,) = problems_of(text)
    assert "choises" in problem.message and problem.line == line_of(text, "choises")


def test_choice_without_choices_and_bad_scale_refused() -> None:
    text = GOOD.replace('input = "longtext"', 'input = "choice"').replace("max = 10", "max = 0")
    messages = " ".join(p.message for p in problems_of(text))
    assert "needs a list of `choices`" in messages and "min < max" in messages


def test_when_only_for_integration() -> None:
    text = GOOD.replace('input = "longtext"', 'input = "longtext"\nwhen = "24h"')
    assert any("only applies to integration" in p.message for p in problems_of(text))
    integ = text.replace('kind = "intention"', 'kind = "integration"').replace(
        'title_prompt = "phrase"\n', ""
    )
    assert problems_of(integ) == []
    assert problems_of(integ.replace('when = "24h"', 'when = "tomorrow"'))


def test_toml_syntax_error_carries_line_and_column() -> None:
    text = GOOD.replace('input = "scale"', "input = scale")
    (problem,) = problems_of(text)
    assert problem.line == line_of(text, "input = scale")
    assert problem.column is not None
    assert "not valid TOML" in problem.message


def test_invalid_utf8_refused_with_line() -> None:
    raw = pack_bytes().replace(b"Before your session", b"Before \xff\xfe session")
    (problem,) = problems_of(raw)
    assert "UTF-8" in problem.message
    assert problem.line == line_of(GOOD, "Before your session")


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "Click <a href='x'>here</a>",
        "<svg onload=alert(1)",
        "see javascript:alert(1)",
        "see JaVa script:alert(1)",
        "&lt;b&gt;bold",
        "bell \\u0007 character",
        "escape \\u001b[31m red",
        "hidden \\u202e txt.exe",
    ],
)
def test_markup_script_and_control_characters_refused(hostile: str) -> None:
    text = GOOD.replace("What would you like to explore?", hostile)
    problems = problems_of(text)
    assert problems, hostile
    assert problems[0].line == line_of(text, "text = ", 0)


def test_markup_in_help_choices_and_title_refused() -> None:
    for old, new in (
        ('text = "How settled', 'help = "<b>x</b>"\ntext = "How settled'),
        ('title = "Before your session"', 'title = "<iframe src=x>"'),
    ):
        assert problems_of(GOOD.replace(old, new)), new
    choice = GOOD.replace('input = "longtext"', 'input = "choice"\nchoices = ["fine", "<img onerror=x>"]')
    assert problems_of(choice)


def test_plain_text_with_emoji_rtl_and_maths_is_fine() -> None:
    text = GOOD.replace("What would you like to explore?", "🌿 ما الذي تأمله؟ less < more")
    assert problems_of(text) == []


def test_huge_file_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    with big.open("wb") as fh:  # 50 MB, sparse where the file system allows
        fh.write(pack_bytes())
        fh.seek(50 * 1024 * 1024)
        fh.write(b"\n")
    (problem,) = prompts.validate(big)
    assert problem.origin == "big.toml" and "larger than 256 KiB" in problem.message


def test_oversized_bytes_refused() -> None:
    raw = pack_bytes() + b"#" * (prompts.MAX_PACK_BYTES + 1)
    assert "larger than" in prompts.validate(raw)[0].message


def test_read_limited_stops_at_limit(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_bytes(b"x" * 2000)
    with pytest.raises(PackError, match="larger than 1 KiB"):
        prompts.read_limited(path, limit=1024)


def test_pack_error_message_names_file_and_line() -> None:
    with pytest.raises(PackError) as info:
        prompts.load_pack(pack_bytes(GOOD.replace('input = "phrase"', 'input = "essay"')), "t.toml")
    assert str(info.value).startswith("t.toml, line ")
    assert isinstance(info.value, InvalidData)


# -- shipped packs -------------------------------------------------------------------
def test_all_shipped_packs_validate_and_cite_a_source() -> None:
    packs = prompts.shipped_packs(strict=True)
    files = sorted(p for p in resource_path("prompts").glob("*.toml") if not is_translation(p))
    assert len(packs) == len(files) >= 5
    assert {p.kind for p in packs} == set(prompts.KINDS)
    for pack in packs:
        assert pack.source.strip(), pack.id
        assert pack.id.startswith(prompts.RESERVED_PREFIX)
        assert pack.shipped


def test_shipped_packs_give_no_dosing_or_medication_advice() -> None:
    for pack in prompts.shipped_packs(strict=True):
        words = " ".join([pack.title, pack.description] + [p.text + " " + p.help for p in pack.prompts])
        assert not re.search(r"\b(dose|dosing|mg|milligram|medication)\b", words, re.I), pack.id


def test_intention_pack_ends_with_phrase_and_anchor() -> None:
    pack = prompts.shipped_pack("intention")
    assert [p.input for p in pack.prompts[-2:]] == ["phrase", "phrase"]
    assert "return to" in pack.prompts[-1].text
    assert pack.title_prompt == pack.prompts[-2].id


def test_integration_pack_steps() -> None:
    pack = prompts.shipped_pack("integration")
    at_24 = {p.id for p in pack.prompts_for_step("24h")}
    before = {p.id for p in pack.prompts_for_step("before_next")}
    assert "next_step" in at_24 and "next_step" in before
    assert "carry_forward" in before and "carry_forward" not in at_24
    assert len(pack.prompts_for_step(None)) == len(pack.prompts)


def test_thought_record_has_seven_columns_and_traps_match() -> None:
    pack = prompts.shipped_pack("cbt")
    numbered = [p.text.split(".")[0] for p in pack.prompts if p.text[:1].isdigit()]
    assert numbered == ["1", "2", "3", "4", "5", "6", "7"]
    traps = prompts.thinking_traps()
    assert len(traps) == 12
    trap_prompt = pack.prompt("thinking_traps")
    assert trap_prompt is not None
    assert list(trap_prompt.choices) == [t.name for t in traps]


def test_mbct_breathing_space_steps() -> None:
    pack = prompts.shipped_pack("mbct")
    ids = [p.id for p in pack.prompts]
    assert ids[:3] == ["awareness", "gathering", "expanding"]
    assert all(p.help for p in pack.prompts[:3])
    assert any("not facts" in p.text.lower() for p in pack.prompts)


def test_broken_shipped_file_is_skipped_or_raised(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.toml").write_text(GOOD.replace('input = "phrase"', 'input = "x"'))
    assert [p.id for p in prompts.shipped_packs(tmp_path)] == ["clinic.intention"]
    with pytest.raises(PackError, match=r"b\.toml"):
        prompts.shipped_packs(tmp_path, strict=True)


# -- imported packs ------------------------------------------------------------------
def test_import_list_and_remove(db) -> None:  # type: ignore[no-untyped-def]
    result = prompts.import_pack(db, pack_bytes())
    assert result.replaced_version is None
    assert repo.get_setting(db, PROMPTS_IMPORTED.key) == {"clinic.intention": GOOD}
    ids = [p.id for p in prompts.available_packs(db, "intention")]
    assert ids == ["kapjournal.intention", "clinic.intention"]
    assert prompts.available_packs(db, "mbct")[0].id == "kapjournal.mbct"
    assert prompts.get_pack(db, "clinic.intention") is not None
    assert prompts.remove_imported(db, "clinic.intention")
    assert not prompts.remove_imported(db, "clinic.intention")
    assert [p.id for p in prompts.available_packs(db, "intention")] == ["kapjournal.intention"]


def test_import_replaces_same_or_newer_refuses_older(db) -> None:  # type: ignore[no-untyped-def]
    prompts.import_pack(db, pack_bytes(GOOD.replace('version = "1"', 'version = "1.2"')))
    newer = GOOD.replace('version = "1"', 'version = "1.10"')
    result = prompts.import_pack(db, pack_bytes(newer))
    assert result.replaced_version == "1.2"
    before = repo.get_setting(db, PROMPTS_IMPORTED.key)
    with pytest.raises(PackError, match=r"older than the imported version 1\.10"):
        prompts.import_pack(db, pack_bytes(GOOD.replace('version = "1"', 'version = "1.9"')))
    assert repo.get_setting(db, PROMPTS_IMPORTED.key) == before


def test_import_refuses_shipped_and_reserved_ids(db) -> None:  # type: ignore[no-untyped-def]
    for pack_id in ("kapjournal.intention", "kapjournal.future"):
        text = GOOD.replace('"clinic.intention"', f'"{pack_id}"')
        with pytest.raises(PackError, match="ships with KAP Journal") as info:
            prompts.import_pack(db, pack_bytes(text), "mine.toml")
        assert info.value.problems[0].line == 1
    collide = GOOD.replace('"clinic.intention"', '"clinic.x"')
    with pytest.raises(PackError):
        prompts.import_pack(db, pack_bytes(collide), shipped_ids={"clinic.x"})
    assert repo.get_setting(db, PROMPTS_IMPORTED.key) is None


@pytest.mark.parametrize(
    "raw",
    [
        pack_bytes(GOOD.replace("What would you like", "<script>alert(1)</script>")),
        pack_bytes(GOOD.replace('id = "settled"\n', "")),
        pack_bytes(GOOD).replace(b"Before", b"\xc3\x28"),
        b"\x00\x01\x02 not toml",
        b"",
    ],
)
def test_hostile_or_malformed_import_changes_nothing(db, raw: bytes) -> None:  # type: ignore[no-untyped-def]
    prompts.import_pack(db, pack_bytes(GOOD.replace('"clinic.intention"', '"keep.me"')))
    before = repo.get_setting(db, PROMPTS_IMPORTED.key)
    with pytest.raises(PackError):
        prompts.import_pack(db, raw)
    assert repo.get_setting(db, PROMPTS_IMPORTED.key) == before


def test_import_from_a_huge_file_is_refused(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.toml"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(PackError, match="larger than"):
        prompts.import_pack(db, big)
    assert repo.get_setting(db, PROMPTS_IMPORTED.key) is None


def test_tampered_stored_pack_is_hidden(db) -> None:  # type: ignore[no-untyped-def]
    repo.set_setting(db, PROMPTS_IMPORTED.key, {"bad.pack": "id = 'bad.pack'\n<script>"})
    assert prompts.imported_packs(db) == []


# -- answers -------------------------------------------------------------------------
def test_validate_answers() -> None:
    pack = prompts.shipped_pack("capture")
    clean = prompts.validate_answers(
        pack, {"feelings": ["sad", "calm"], "one_word": "🌊", "body_now": "", "remember_most": "x"}
    )
    assert clean == {"feelings": ["calm", "sad"], "one_word": "🌊", "remember_most": "x"}
    with pytest.raises(InvalidData):
        prompts.validate_answers(pack, {"nope": "x"})
    with pytest.raises(InvalidData):
        prompts.validate_answers(pack, {"feelings": ["made-up"]})
    with pytest.raises(InvalidData):
        prompts.validate_answers(pack, {"one_word": "w" * 41})
    cbt = prompts.shipped_pack("cbt")
    assert prompts.validate_answers(cbt, {"alternative_belief": 60}) == {"alternative_belief": 60}
    with pytest.raises(InvalidData):
        prompts.validate_answers(cbt, {"alternative_belief": 101})
    with pytest.raises(InvalidData):
        prompts.validate_answers(cbt, {"alternative_belief": True})


@pytest.mark.parametrize(
    "extra",
    [
        'prompts = "x"',
        "prompts = [1]",
        '[[prompts]]\nid = 5\ntext = "t"\ninput = "text"',
        '[[prompts]]\nid = "p"\ntext = "t"\ninput = ["text"]',
        '[[prompts]]\nid = "p"\ntext = "t"\ninput = "scale"\nmin = true',
        '[[prompts]]\nid = "p"\ntext = "t"\ninput = "choice"\nchoices = ["a", "a", 3]',
        '[[prompts]]\nid = "p"\ntext = "t"\ninput = "text"\n[prompts.sub]\nx = 1',
        'prompts = [{id = "p", text = "<b>", input = "text"}]',
    ],
)
def test_odd_structures_are_problems_not_crashes(extra: str) -> None:
    head = 'id = "a"\nversion = "1"\nlanguage = "en"\nkind = "mbct"\ntitle = "t"\n'
    problems = problems_of(head + extra)
    assert problems and all(p.line is not None for p in problems)
