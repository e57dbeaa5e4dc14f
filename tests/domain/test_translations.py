"""The data files in German: every shipped ``<name>.de.toml`` translates every text of
its English file and nothing else, each consumer loads German when asked, PHQ-9 and
GAD-7 keep their official German wording, and a therapist's broken translation is
refused kindly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from kapjournal import i18n, prompts
from kapjournal.content import ContentError, is_translation, read_toml
from kapjournal.content.overlay import overlay, placeholders, translation_path
from kapjournal.content.resdir import resource_path, resources_root
from kapjournal.measures import checkins, instruments, safety, side_effects
from kapjournal.prefs import PROMPTS_IMPORTED, PROMPTS_TRANSLATIONS
from kapjournal.preparation import checklist
from kapjournal.prompts import PackError, packs, traps
from kapjournal.storage import repo
from kapjournal.storage.errors import InvalidData

# Every shipped data file and the fields of it a person reads.
SHIPPED: dict[tuple[str, str], frozenset[str]] = {
    ("prompts", "capture.toml"): packs.PACK_TEXTS,
    ("prompts", "integration.toml"): packs.PACK_TEXTS,
    ("prompts", "intention.toml"): packs.PACK_TEXTS,
    ("prompts", "mbct.toml"): packs.PACK_TEXTS,
    ("prompts", "thought_record.toml"): packs.PACK_TEXTS,
    ("checklists", "preparation.toml"): checklist.CHECKLIST_TEXTS,
    ("cbt", "thinking_traps.toml"): traps.TRAP_TEXTS,
    ("checkins", "items.toml"): checkins.CHECKIN_TEXTS,
    ("side_effects", "side_effects.toml"): side_effects.SIDE_EFFECT_TEXTS,
    ("questionnaires", "phq9.toml"): instruments.INSTRUMENT_TEXTS,
    ("questionnaires", "gad7.toml"): instruments.INSTRUMENT_TEXTS,
    ("safety", "crisis_lines.toml"): safety.SAFETY_TEXTS,
}
# Shipped data files with no German on purpose: questionnaires whose German version has
# no licence we could establish (resources/questionnaires/README.md). They load in
# English in every language, and their form says "Shown in English".
NO_LICENSED_TRANSLATION: dict[tuple[str, str], frozenset[str]] = {
    ("questionnaires", "pcl5.toml"): instruments.INSTRUMENT_TEXTS,
    ("questionnaires", "auditc.toml"): instruments.INSTRUMENT_TEXTS,
}
# Shipped data files with no text a person reads in the window: FHIR mapping keys and
# code-system displays, which stay as the code systems publish them.
NOT_SHOWN: frozenset[tuple[str, str]] = frozenset({("fhir", "instruments.toml")})
CLINICAL_DE = Path(__file__).resolve().parents[1] / "_reference" / "clinical-instruments-de.md"


def _texts(value: object, texts: frozenset[str], key: str = "") -> list[str]:
    """Every translatable string in a TOML value (for counting and for word checks)."""
    if isinstance(value, str):
        return [value] if key in texts else []
    if isinstance(value, list):
        return [t for v in value for t in _texts(v, texts, key)]
    if isinstance(value, dict):
        inner = key in texts and all(isinstance(v, str) for v in value.values())
        return [t for k, v in value.items() for t in _texts(v, texts, key if inner else k)]
    return []


# -- every shipped file, completely ---------------------------------------------------------
def test_every_shipped_data_file_is_listed_here_and_has_german() -> None:
    found = {
        (p.parent.name, p.name)
        for p in resources_root().rglob("*.toml")
        if not is_translation(p) and "translations" not in p.parts
    }
    assert found == set(SHIPPED) | set(NO_LICENSED_TRANSLATION) | NOT_SHOWN
    for area, name in NOT_SHOWN:
        assert not translation_path(resource_path(area, name), "de").exists(), name
    for area, name in SHIPPED:
        assert translation_path(resource_path(area, name), "de").is_file(), name
    assert (resource_path("prompts") / "README.de.md").is_file()


@pytest.mark.parametrize("where", sorted(NO_LICENSED_TRANSLATION), ids=lambda w: w[1])
def test_a_questionnaire_without_a_licensed_translation_is_shown_in_english(where: tuple[str, str]) -> None:
    path = resource_path(*where)
    assert not translation_path(path, "de").exists(), "no German without an established licence"
    english = instruments.load_instrument(path, "en")
    german = instruments.load_instrument(path, "de")
    assert german == english  # every text as published, in English
    assert instruments.shown_in_english(english.id, "de")
    assert not instruments.shown_in_english(english.id, "en")
    assert english.id in (resource_path("questionnaires") / "README.md").read_text("utf-8")


@pytest.mark.parametrize("where", sorted(SHIPPED), ids=lambda w: w[1])
def test_german_covers_every_text_and_nothing_else(where: tuple[str, str]) -> None:
    english = read_toml(resource_path(*where))
    german = read_toml(translation_path(resource_path(*where), "de"))
    merged, problems = overlay(english, german, SHIPPED[where], "de")
    assert [str(p) for p in problems] == []
    assert german.data["language"] == "de"
    assert german.data["translation_source"].strip()
    # every text replaced in place, with the same placeholders; nothing else changed
    en_texts, de_texts = _texts(english.data, SHIPPED[where]), _texts(merged, SHIPPED[where])
    assert len(en_texts) == len(de_texts) > 0
    for en, de in zip(en_texts, de_texts, strict=True):
        assert placeholders(en) == placeholders(de), (en, de)
        assert bool(en.strip()) == bool(de.strip()), en
    assert _without_texts(merged, SHIPPED[where]) == _without_texts(english.data, SHIPPED[where])


def _without_texts(value: object, texts: frozenset[str], key: str = "") -> object:
    if isinstance(value, dict):
        inner = key in texts and all(isinstance(v, str) for v in value.values())
        return {k: _without_texts(v, texts, key if inner else k) for k, v in value.items() if k != "language"}
    if isinstance(value, list):
        return [_without_texts(v, texts, key) for v in value]
    return "<text>" if isinstance(value, str) and key in texts else value


def test_german_reads_as_german() -> None:
    """A translation left in English would pass the structure checks: most texts change,
    and umlauts or ß appear (in every file with more than a few words)."""
    for where, texts in SHIPPED.items():
        english = read_toml(resource_path(*where))
        merged, _ = overlay(english, read_toml(translation_path(resource_path(*where), "de")), texts, "de")
        pairs = list(zip(_texts(english.data, texts), _texts(merged, texts), strict=True))
        changed = sum(en != de for en, de in pairs)
        assert changed >= 0.6 * len(pairs), where
        assert re.search("[äöüÄÖÜß]", " ".join(de for _, de in pairs)), where


def test_german_packs_give_no_dosing_or_medication_advice() -> None:
    for path in sorted(resource_path("prompts").glob("*.toml")):
        if is_translation(path):
            continue
        pack = packs.load_pack(path, language="de")
        assert pack.language == "de"
        words = " ".join([pack.title, pack.description] + [p.text + " " + p.help for p in pack.prompts])
        assert not re.search(r"\b(dosis|dosierung|mg|milligramm|medikament\w*)\b", words, re.I), pack.id


def test_thought_record_trap_choices_are_the_thinking_trap_names() -> None:
    """Saving a thought record keeps only traps that are choices of the pack's prompt."""
    for language in ("en", "de"):
        record = packs.load_pack(resource_path("prompts", "thought_record.toml"), language=language)
        choice = record.prompt("thinking_traps")
        assert choice is not None
        assert list(choice.choices) == [t.name for t in traps.thinking_traps(language=language)]


# -- each consumer loads German --------------------------------------------------------------
def test_each_consumer_loads_german_when_asked() -> None:
    assert checkins.shipped_checkin_items("de").scales["mood"].label == "Stimmung"
    assert checkins.shipped_checkin_items("de").groups["ptsd"] == "Trauma"
    assert side_effects.shipped_side_effects("de").symptoms["nausea"].label == "Übelkeit"
    assert safety.shipped_crisis_lines("de").texts.heading == "Sie sind nicht allein"
    assert safety.shipped_crisis_lines("de").lines_for("AT").name == "Österreich"
    assert (
        instruments.shipped_instruments("de")["gad7"].items[3].text == "Schwierigkeiten, sich zu entspannen"
    )
    assert traps.thinking_traps(language="de")[0].name == "Schwarz-Weiß-Denken"
    assert checklist.load_template(language="de").title == "Vor meiner Sitzung"
    by_kind = {p.kind: p for p in packs.shipped_packs()}
    assert by_kind["intention"].title == "Setting an intention"  # the tests run in English
    with i18n.using_language("de"):
        assert {p.kind: p.title for p in packs.shipped_packs()}["cbt"] == "Gedankenprotokoll"
        assert prompts.shipped_pack("mbct").prompts[0].text == "Schritt 1 · Gewahrsein"
        assert instruments.get_instrument("phq9").options[0].label == "Überhaupt nicht"
        assert checkins.shipped_checkin_items().scales["sleep"].label == "Schlaf"
        assert side_effects.shipped_side_effects().advice == "Sagen Sie es Ihrem Behandlungsteam."
        assert safety.lines_for("CH").lines[0].name == "Die Dargebotene Hand"
    # the caches keep each language apart
    assert instruments.get_instrument("phq9").options[0].label == "Not at all"
    assert checkins.shipped_checkin_items().scales["sleep"].label == "Sleep"
    assert safety.lines_for("DE").name == "Germany"


def test_a_language_without_files_is_english_and_de_at_finds_de() -> None:
    assert checkins.shipped_checkin_items("fr").scales["mood"].label == "Mood"
    assert checkins.load_checkin_items(language="de-AT").scales["mood"].label == "Stimmung"
    assert checkins.load_checkin_items(language="de_CH").scales["mood"].label == "Stimmung"


def test_numbers_and_ids_never_change_with_language() -> None:
    for code in ("DE", "AT", "CH", "LI", "US", "FR", ""):
        en, de = (
            safety.lines_for(code, safety.shipped_crisis_lines("en")),
            safety.lines_for(code, safety.shipped_crisis_lines("de")),
        )
        assert [(x.id, x.number, x.how, x.source) for x in en.lines] == [
            (x.id, x.number, x.how, x.source) for x in de.lines
        ]
        assert (en.emergency, [s.number for s in en.services]) == (
            de.emergency,
            [s.number for s in de.services],
        )
    en_fx, de_fx = side_effects.shipped_side_effects("en"), side_effects.shipped_side_effects("de")
    assert list(en_fx.symptoms) == list(de_fx.symptoms)
    assert [s.value for s in en_fx.severities] == [s.value for s in de_fx.severities]
    assert [d.minutes for d in en_fx.durations] == [d.minutes for d in de_fx.durations]


# -- PHQ-9 and GAD-7 in their official German wording -----------------------------------------
def _clinical_de() -> dict[str, object]:
    text = CLINICAL_DE.read_text(encoding="utf-8")
    assert text.startswith("<!-- Copied unchanged from the project's CLINICAL.md"), "say where it came from"
    found: dict[str, object] = {"phq9": [], "gad7": []}
    current: str | None = None
    for line in text.splitlines():
        if line.startswith("PHQ-9 stem:"):
            current = "phq9"
        elif line.startswith("GAD-7 stem:"):
            current = "gad7"
        elif current and (m := re.match(r"^(\d)\. (.*)$", line)):
            items = found[current]
            assert isinstance(items, list) and int(m.group(1)) == len(items) + 1
            items.append(m.group(2).strip())
        elif current and line.startswith("   ") and found[current]:
            items = found[current]
            assert isinstance(items, list)
            items[-1] += " " + line.strip()
        elif not line.strip() or line.startswith("Answers:"):
            current = None
    flat = re.sub(r"\s*\n\s*", " ", text)
    found["stems"] = dict(re.findall(r'(PHQ-9|GAD-7) stem: "(.+?)"', flat))
    answers = re.search(r"Answers: (.+?)\. Difficulty item", flat)
    assert answers
    found["answers"] = [
        (a.strip(), int(n)) for a, n in re.findall(r"(?:^|, )([^,()]+?) \((\d)\)", answers.group(1))
    ]
    difficulty = re.search(r'Difficulty item: "(.+?)" — (.+?)\. Total', flat)
    assert difficulty
    found["difficulty"] = (difficulty.group(1), difficulty.group(2).split(" / "))
    return found


def test_german_phq9_and_gad7_match_the_official_wording_exactly() -> None:
    source = _clinical_de()
    phq9, gad7 = instruments.shipped_instruments("de")["phq9"], instruments.shipped_instruments("de")["gad7"]
    assert [i.text for i in phq9.items] == source["phq9"]
    assert [i.text for i in gad7.items] == source["gad7"]
    assert len(phq9.items) == 9 and len(gad7.items) == 7
    stems = source["stems"]
    assert isinstance(stems, dict)
    assert phq9.stem == stems["PHQ-9"] and gad7.stem == stems["GAD-7"]
    assert "„zappelig“" in phq9.items[7].text and "z.B." in phq9.items[6].text  # punctuation is wording
    answers = source["answers"]
    assert isinstance(answers, list) and len(answers) == 4
    for inst in (phq9, gad7):  # GAD-7: "Same four answers as the PHQ-9"
        assert [(o.label, o.score) for o in inst.options] == answers
    difficulty = source["difficulty"]
    assert isinstance(difficulty, tuple)
    text, labels = difficulty
    assert phq9.difficulty is not None
    assert phq9.difficulty.text == text
    assert [o.label for o in phq9.difficulty.options] == labels
    for inst in (phq9, gad7):
        assert (
            "Medizininformatik-Initiative"
            in read_toml(translation_path(resource_path("questionnaires", f"{inst.id}.toml"), "de")).data[
                "translation_source"
            ]
        )


@pytest.mark.parametrize("instrument", ["phq9", "gad7"])
def test_scores_bands_and_codes_do_not_change_with_language(instrument: str) -> None:
    en, de = (
        instruments.shipped_instruments("en")[instrument],
        instruments.shipped_instruments("de")[instrument],
    )
    assert de.copyright == en.copyright and de.sources == en.sources
    assert (de.loinc_panel, de.loinc_total) == (en.loinc_panel, en.loinc_total)
    assert [(i.id, i.number, i.loinc, i.safety) for i in de.items] == [
        (i.id, i.number, i.loinc, i.safety) for i in en.items
    ]
    assert [(b.id, b.lower, b.upper) for b in de.bands] == [(b.id, b.lower, b.upper) for b in en.bands]
    for total in range(en.max_total + 1):
        answers = [min(3, max(0, total - 3 * i)) for i in range(len(en.items))]
        r_en, r_de = instruments.score(en, answers), instruments.score(de, answers)
        assert (r_en.total, r_en.band_id) == (r_de.total, r_de.band_id) == (total, en.band_for(total).id)


# -- crisis lines for German-speaking countries, from the locale -------------------------------
@pytest.mark.parametrize(
    ("locale", "code", "numbers"),
    [
        ("de_DE", "DE", ["0800 111 0 111", "0800 111 0 222"]),
        ("de_AT", "AT", ["142"]),
        ("de_CH", "CH", ["143"]),
        ("de_LI", "LI", ["143"]),
    ],
)
def test_a_german_speaking_locale_shows_its_crisis_lines_by_default(
    locale: str, code: str, numbers: list[str]
) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        prefs: dict[str, str] = {}

        class Prefs:
            def get(self, key: str) -> str:
                return prefs.get(key, "")

            def set(self, key: str, value: str) -> None:
                prefs[key] = value

        chosen = safety.chosen_country(Prefs())  # type: ignore[arg-type]
    finally:
        QLocale.setDefault(before)
    assert chosen == code
    lines = safety.lines_for(chosen, safety.shipped_crisis_lines("de"))
    assert [x.number for x in lines.lines] == numbers
    assert lines.emergency[0] == "112"
    assert all(x.source for x in lines.lines)


# -- a therapist's pack and its translation ------------------------------------------------------
PACK = """\
id = "riverside.intention"
version = "1"
language = "en"
kind = "intention"
title = "Before your session"
source = "Riverside Clinic handout"

[[prompts]]
id = "hope"
text = "What would you like to explore, {name}?"
help = "A few words are enough."
input = "longtext"

[[prompts]]
id = "mood"
text = "How do I feel?"
input = "choice"
choices = ["Calm", "Unsettled"]
"""
GERMAN = """\
language = "de"
title = "Vor Ihrer Sitzung"

[[prompts]]
id = "hope"
text = "Was möchten Sie erkunden, {name}?"
help = "Ein paar Worte genügen."

[[prompts]]
id = "mood"
text = "Wie fühle ich mich?"
choices = ["Ruhig", "Unruhig"]
"""


def _pack(tmp_path: Path, german: str | None) -> Path:
    path = tmp_path / "riverside.toml"
    path.write_text(PACK, encoding="utf-8")
    if german is not None:
        (tmp_path / "riverside.de.toml").write_text(german, encoding="utf-8")
    return path


def test_a_pack_brings_its_own_german(tmp_path: Path) -> None:
    path = _pack(tmp_path, GERMAN)
    german = packs.load_pack(path, language="de")
    assert (german.language, german.title) == ("de", "Vor Ihrer Sitzung")
    assert german.prompts[1].choices == ("Ruhig", "Unruhig")
    assert german.prompts[1].input == "choice"  # from the English file
    assert packs.load_pack(path, language="en").title == "Before your session"
    assert packs.load_pack(path, language="fr").title == "Before your session"
    assert prompts.check_import(path, shipped_ids=[]).id == "riverside.intention"


BROKEN = [  # (text in GERMAN, replaced by, what the message says)
    ('help = "Ein paar Worte genügen."\n', "", "prompts hope: `help` has no translation"),
    ('[[prompts]]\nid = "mood"', '[[prompts]]\nid = "moods"', "'moods' is not in the English file"),
    ('"Ruhig", "Unruhig"', '"Ruhig"', "`choices` must be a list of 2 texts"),
    ("erkunden, {name}?", "erkunden?", "same placeholders as the English text ({name})"),
    ('choices = ["Ruhig"', 'input = "text"\nchoices = ["Ruhig"', "`input` is not a text to translate"),
    ('language = "de"', 'language = "fr"', '`language` must be "de"'),
    ('language = "de"', 'language = "de"\nextra = 1', "`extra` is not in the English file"),
    ('title = "Vor Ihrer Sitzung"', 'title = "<b>Vor</b>"', "looks like HTML"),
    ('title = "Vor', "title = Vor", "not valid TOML"),
]


@pytest.mark.parametrize(("old", "new", "says"), BROKEN)
def test_a_broken_pack_translation_is_refused_kindly(tmp_path: Path, old: str, new: str, says: str) -> None:
    assert old in GERMAN
    path = _pack(tmp_path, GERMAN.replace(old, new))
    with pytest.raises(PackError) as loading:
        packs.load_pack(path, language="de")
    with pytest.raises(PackError) as importing:
        prompts.check_import(path, shipped_ids=[])
    for info in (loading, importing):
        message = str(info.value)
        assert message.startswith("riverside.de.toml"), message
        assert says in message, message
    assert packs.load_pack(path, language="en").title == "Before your session"


def test_every_problem_of_a_translation_is_listed_at_once(tmp_path: Path) -> None:
    broken = GERMAN.replace('help = "Ein paar Worte genügen."\n', "").replace('"Ruhig", "Unruhig"', '"Ruhig"')
    with pytest.raises(PackError) as info:
        packs.load_pack(_pack(tmp_path, broken), language="de")
    assert len(info.value.problems) == 2
    assert all(p.origin == "riverside.de.toml" for p in info.value.problems)
    assert info.value.problems[0].line is not None  # the prompt's line in the translation


def test_a_broken_shipped_style_translation_names_the_file(tmp_path: Path) -> None:
    english = tmp_path / "items.toml"
    english.write_bytes(resource_path("checkins", "items.toml").read_bytes())
    german = resource_path("checkins", "items.de.toml").read_text(encoding="utf-8")
    (tmp_path / "items.de.toml").write_text(german.replace('label = "Stimmung"\n', ""), encoding="utf-8")
    with pytest.raises(checkins.CheckinFileError) as info:
        checkins.load_checkin_items(english, language="de")
    assert isinstance(info.value, ContentError)
    assert str(info.value).startswith("items.de.toml"), str(info.value)
    assert "scales mood" in str(info.value) and "`label` has no translation" in str(info.value)
    assert checkins.load_checkin_items(english, language="en").scales["mood"].label == "Mood"


def test_an_imported_pack_keeps_the_translation_it_came_with(tmp_path: Path, db) -> None:  # type: ignore[no-untyped-def]
    path = _pack(tmp_path, GERMAN)
    (tmp_path / "riverside.backup.toml").write_text("not a translation", encoding="utf-8")
    prompts.import_pack(db, path, shipped_ids=[])
    assert repo.get_setting(db, PROMPTS_TRANSLATIONS.key) == {"riverside.intention": {"de": GERMAN}}
    assert prompts.get_pack(db, "riverside.intention").title == "Before your session"  # type: ignore[union-attr]
    with i18n.using_language("de"):
        german = prompts.get_pack(db, "riverside.intention")
        assert german is not None and german.title == "Vor Ihrer Sitzung"
        assert german.prompts[1].choices == ("Ruhig", "Unruhig")
    with i18n.using_language("de-AT"):
        assert prompts.get_pack(db, "riverside.intention").language == "de"  # type: ignore[union-attr]
    # a new version without a translation drops the old one; removing forgets it too
    prompts.import_pack(db, PACK.replace('version = "1"', 'version = "2"').encode(), shipped_ids=[])
    assert repo.get_setting(db, PROMPTS_TRANSLATIONS.key) == {}
    path.write_text(PACK.replace('version = "1"', 'version = "3"'), encoding="utf-8")
    prompts.import_pack(db, path, shipped_ids=[])
    assert set(repo.get_setting(db, PROMPTS_TRANSLATIONS.key)) == {"riverside.intention"}
    assert prompts.remove_imported(db, "riverside.intention")
    assert repo.get_setting(db, PROMPTS_TRANSLATIONS.key) == {}


def test_a_broken_translation_beside_a_pack_leaves_the_journal_unchanged(tmp_path: Path, db) -> None:  # type: ignore[no-untyped-def]
    path = _pack(tmp_path, GERMAN.replace('"Ruhig", "Unruhig"', '"Ruhig"'))
    with pytest.raises(PackError, match=r"^riverside\.de\.toml"):
        prompts.import_pack(db, path, shipped_ids=[])
    assert repo.get_setting(db, PROMPTS_IMPORTED.key) is None
    assert repo.get_setting(db, PROMPTS_TRANSLATIONS.key) is None


def test_a_stored_translation_that_no_longer_validates_shows_the_pack_as_written(db) -> None:  # type: ignore[no-untyped-def]
    prompts.import_pack(db, PACK.encode(), shipped_ids=[])
    repo.set_setting(db, PROMPTS_TRANSLATIONS.key, {"riverside.intention": {"de": 'title = "nur das"'}})
    with i18n.using_language("de"):
        pack = prompts.get_pack(db, "riverside.intention")
    assert pack is not None and pack.title == "Before your session"


def test_an_answer_given_in_english_still_counts_after_switching_to_german() -> None:
    """Choices are stored as their text: an entry written in English keeps its choice
    when it is edited in German (nothing is lost on a language switch)."""
    german = packs.load_pack(resource_path("prompts", "integration.toml"), language="de")
    met = german.prompt("intention_met")
    assert met is not None and met.source_choices[1] == "Partly"
    assert prompts.validate_answers(german, {"intention_met": "Partly"}) == {"intention_met": "Zum Teil"}
    capture = packs.load_pack(resource_path("prompts", "capture.toml"), language="de")
    clean = prompts.validate_answers(capture, {"feelings": ["calm", "müde"]})
    assert clean == {"feelings": ["ruhig", "müde"]}
    with pytest.raises(InvalidData):
        prompts.validate_answers(german, {"intention_met": "Somewhat"})
    english = packs.load_pack(resource_path("prompts", "integration.toml"), language="en")
    assert english.prompts[0].source_choices == ()
