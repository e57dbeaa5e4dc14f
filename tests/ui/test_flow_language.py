"""An answer given before a language switch is shown again after it (issue 13)."""

from __future__ import annotations

from kapjournal.content.resdir import resource_path
from kapjournal.prompts import packs
from kapjournal.ui.common.flow import AnswerInput


def test_an_english_choice_is_ticked_in_the_german_flow(qtbot) -> None:  # type: ignore[no-untyped-def]
    german = packs.load_pack(resource_path("prompts", "integration.toml"), language="de")
    met = german.prompt("intention_met")
    assert met is not None
    single = AnswerInput(met)
    qtbot.addWidget(single)
    single.set_value("Partly")
    assert single.value() == "Zum Teil"
    capture = packs.load_pack(resource_path("prompts", "capture.toml"), language="de")
    feelings = capture.prompt("feelings")
    assert feelings is not None
    many = AnswerInput(feelings)
    qtbot.addWidget(many)
    many.set_value(["calm", "tired"])
    assert many.value() == ["ruhig", "müde"]
