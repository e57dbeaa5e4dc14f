"""The FHIR export: every QuestionnaireResponse conforms to the Questionnaire it names
(shipped in resources/fhir/), every resource passes ``fhir.resources`` model validation,
answers are LOINC-coded, and the demo journal's export matches its reviewed golden file."""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from kapjournal import exporters as X
from kapjournal import summary as S
from kapjournal.content.resdir import resource_path
from kapjournal.exporters import fhir
from kapjournal.measures.instruments import get_instrument, make_record
from kapjournal.sample.build import build_demo
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.journal import create_journal
from tests.conftest import PASS
from tests.domain.test_summary import at, build_fixed_journal, fixed_summary

REFERENCE = Path(__file__).resolve().parents[1] / "_reference"
GOLDEN = REFERENCE / "fhir-demo.json"
UPDATE = os.environ.get("KAPJOURNAL_UPDATE_GOLDEN") == "1"
LOINC = "http://loinc.org"
LL358_3 = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"]
LL359_1 = ["LA6572-7", "LA6573-5", "LA6575-0", "LA6574-3"]  # by score: not in code order
DEMO_TODAY = date(2026, 3, 20)
DEMO_NOW = datetime(2026, 3, 20, 18, 0, tzinfo=timezone(timedelta(hours=1)))
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


# -- our own conformance check: a QuestionnaireResponse against its Questionnaire ---------
def _q_items(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in node.get("item", ()):
        yield item
        yield from _q_items(item)


def _canonical(q: dict[str, Any]) -> set[str]:
    found = {q["url"]}
    if q.get("version"):
        found.add(f"{q['url']}|{q['version']}")
    return found


VALUE_KEY = {"choice": "valueCoding", "decimal": "valueDecimal", "integer": "valueInteger"}


def conformance_problems(qr: dict[str, Any], q: dict[str, Any]) -> list[str]:
    """What is wrong with ``qr`` as an answer to ``q`` (empty when it conforms)."""
    problems: list[str] = []
    if qr.get("questionnaire") not in _canonical(q):
        problems.append(f"questionnaire {qr.get('questionnaire')!r} is not {q['url']}")
    defs = {i["linkId"]: i for i in _q_items(q)}
    order = list(defs)
    seen: list[str] = []
    for item in qr.get("item", ()):
        link = item.get("linkId")
        if link not in defs:
            problems.append(f"linkId {link!r} is not in the Questionnaire")
            continue
        if link in seen:
            problems.append(f"linkId {link!r} answered twice")
        seen.append(link)
        d = defs[link]
        if "text" in item and item["text"] != d.get("text"):
            problems.append(f"{link}: text differs from the Questionnaire's")
        answers = item.get("answer", [])
        if not answers:
            problems.append(f"{link}: no answer")
        if len(answers) > 1 and not d.get("repeats"):
            problems.append(f"{link}: several answers to a non-repeating item")
        key = VALUE_KEY.get(d["type"])
        for answer in answers:
            values = [k for k in answer if k.startswith("value")]
            if values != [key]:
                problems.append(f"{link}: answer {values} where the item type {d['type']} needs {key}")
                continue
            if d["type"] == "choice":
                coding = answer[key]
                options = [
                    (o["valueCoding"].get("system"), o["valueCoding"]["code"]) for o in d["answerOption"]
                ]
                if (coding.get("system"), coding.get("code")) not in options:
                    problems.append(
                        f"{link}: {coding.get('system')}#{coding.get('code')} is not an answer option"
                    )
    if [order.index(x) for x in seen] != sorted(order.index(x) for x in seen):
        problems.append("items are not in the Questionnaire's order")
    for link, d in defs.items():
        if d.get("required") and link not in seen:
            problems.append(f"required item {link} is missing")
    return problems


def _questionnaires() -> dict[str, dict[str, Any]]:
    found = {}
    for path in sorted(resource_path("fhir").glob("Questionnaire-*.json")):
        q = json.loads(path.read_text(encoding="utf-8"))
        for c in _canonical(q):
            found[c] = q
    return found


def _resources(doc: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in doc["entry"] if e["resource"]["resourceType"] == kind]


def _model_validate(doc: dict[str, Any]) -> None:
    r4 = pytest.importorskip("fhir.resources.R4B.bundle")
    r4.Bundle.model_validate(doc)
    for entry in doc["entry"]:
        resource_type = entry["resource"]["resourceType"]
        module = __import__(f"fhir.resources.R4B.{resource_type.lower()}", fromlist=[resource_type])
        getattr(module, resource_type).model_validate(entry["resource"])


def _check_bundle(doc: dict[str, Any]) -> None:
    """Model validation, conformance of every response, and references inside the bundle."""
    _model_validate(doc)
    questionnaires = _questionnaires()
    for qr in _resources(doc, "QuestionnaireResponse"):
        assert qr["questionnaire"] in questionnaires
        assert conformance_problems(qr, questionnaires[qr["questionnaire"]]) == [], qr["id"]
    full_urls = {e["fullUrl"] for e in doc["entry"]}
    refs = re.findall(r'"reference": "([^"]+)"', json.dumps(doc))
    assert refs and set(refs) <= full_urls


# -- tests -------------------------------------------------------------------------------------
def test_shipped_questionnaires_are_valid_and_mapped() -> None:
    q_model = pytest.importorskip("fhir.resources.R4B.questionnaire")
    questionnaires = _questionnaires()
    assert set(questionnaires) >= {
        "http://hl7.org/fhir/us/core/Questionnaire/phq-9-example",
        "http://hl7.org/fhir/uv/phr/Questionnaire/gad7|1.0.0",
    }
    for q in questionnaires.values():
        q_model.Questionnaire.model_validate(q)
    forms = fhir.shipped_forms()
    assert set(forms) == {"phq9", "gad7", "pcl5", "auditc"}  # PCL-5, AUDIT-C: test_fhir_extra.py
    for inst_id, form in ((i, forms[i]) for i in ("phq9", "gad7")):
        inst = get_instrument(inst_id)
        assert len(form.items) == len(inst.items)
        assert [c["code"] for c in form.answers] == LL358_3
        assert all(c["system"] == LOINC for c in form.answers)
        # the item 9 of the PHQ-9 is the Questionnaire's 44260-8
        for item, q_item in zip(inst.items, form.items, strict=True):
            if item.loinc:
                assert item.loinc in {c["code"] for c in q_item["code"]}
    phq9 = forms["phq9"]
    assert [c["code"] for c in phq9.difficulty_answers] == LL359_1
    assert [c["display"] for c in phq9.difficulty_answers] == [
        o.label
        for o in get_instrument("phq9").difficulty.options  # type: ignore[union-attr]
    ]
    assert phq9.total is not None and phq9.total["linkId"] == "/44261-6"


def test_conformance_check_finds_faults(db: Database, fixed: dict[str, str]) -> None:
    doc = fhir.fhir_bundle(fixed_summary(db))
    qr = _resources(doc, "QuestionnaireResponse")[0]
    q = _questionnaires()[qr["questionnaire"]]
    assert conformance_problems(qr, q) == []

    def broken(change: Any) -> list[str]:
        bad = copy.deepcopy(qr)
        change(bad)
        return conformance_problems(bad, q)

    def set_link(r: dict[str, Any]) -> None:
        r["item"][0]["linkId"] = "phq9_1"

    def set_code(r: dict[str, Any]) -> None:
        r["item"][0]["answer"][0]["valueCoding"]["code"] = "LA6572-7"

    def drop_item(r: dict[str, Any]) -> None:
        del r["item"][1]

    def as_integer(r: dict[str, Any]) -> None:
        r["item"][2]["answer"] = [{"valueInteger": 1}]

    def set_url(r: dict[str, Any]) -> None:
        r["questionnaire"] = "http://loinc.org/q/44249-1"

    def set_text(r: dict[str, Any]) -> None:
        r["item"][0]["text"] = "Little interest"

    def swap(r: dict[str, Any]) -> None:
        r["item"][0], r["item"][1] = r["item"][1], r["item"][0]

    for change, expected in (
        (set_link, "'phq9_1' is not in the Questionnaire"),
        (set_code, "LA6572-7 is not an answer option"),
        (drop_item, "required item /44255-8 is missing"),
        (as_integer, "needs valueCoding"),
        (set_url, "is not http://hl7.org/fhir/us/core"),
        (set_text, "text differs"),
        (swap, "not in the Questionnaire's order"),
    ):
        found = broken(change)
        assert any(expected in p for p in found), (expected, found)


def test_fixed_journal_export_conforms(db: Database, fixed: dict[str, str]) -> None:
    doc = json.loads(X.render(fixed_summary(db), "fhir"))
    assert doc["type"] == "collection" and doc["timestamp"] == "2026-03-20T18:30:00+01:00"
    _check_bundle(doc)
    (patient,) = _resources(doc, "Patient")
    assert patient["name"] == [{"text": "Alex Example"}]
    patient_ref = {"reference": f"urn:uuid:{patient['id']}"}
    responses = _resources(doc, "QuestionnaireResponse")
    assert len(responses) == 5
    assert {r["questionnaire"] for r in responses} == {
        "http://hl7.org/fhir/us/core/Questionnaire/phq-9-example",
        "http://hl7.org/fhir/uv/phr/Questionnaire/gad7|1.0.0",
    }
    for r in responses:
        assert r["subject"] == r["author"] == r["source"] == patient_ref
        assert r["authored"].endswith("+01:00")
        for item in r["item"]:
            (answer,) = item["answer"]
            if "valueCoding" in answer:
                coding = answer["valueCoding"]
                assert coding["system"] == LOINC and coding["code"] in LL358_3 + LL359_1
                (ordinal,) = coding["extension"]
                assert ordinal["url"] == fhir.ORDINAL
                codes = LL359_1 if item["linkId"] == "/69722-7" else LL358_3
                assert codes.index(coding["code"]) == ordinal["valueDecimal"]
    phq = responses[0]
    links = {i["linkId"]: i["answer"][0] for i in phq["item"]}
    assert links["/44260-8"]["valueCoding"]["code"] == "LA6569-3"  # item 9 = 1
    assert links["/44261-6"] == {"valueDecimal": 14}
    assert "/69722-7" not in links  # not answered in the fixed journal
    totals = [o for o in _resources(doc, "Observation") if "coding" in o["code"]]
    assert sorted({o["code"]["coding"][0]["code"] for o in totals}) == ["44261-6", "70274-6"]
    first = totals[0]
    assert first["valueInteger"] == 14 and first["derivedFrom"] == [{"reference": f"urn:uuid:{phq['id']}"}]
    assert first["interpretation"][0]["coding"] == [
        {
            "system": "http://hl7.org/fhir/uv/phr/CodeSystem/phq9-risk-codes",
            "code": "moderate",
            "display": "Moderate",
        }
    ]
    assert first["interpretation"][0]["text"] == "moderate"
    flags = _resources(doc, "Flag")
    item9 = [
        r
        for r in responses
        if any(
            i["linkId"] == "/44260-8" and i["answer"][0]["valueCoding"]["code"] != "LA6568-5"
            for i in r["item"]
        )
    ]
    assert len(flags) == len(item9) >= 1
    assert flags[0]["code"]["coding"][0]["code"] == "44260-8"
    assert flags[0]["period"]["start"] == phq["authored"] and flags[0]["subject"] == patient_ref
    moods = [o for o in _resources(doc, "Observation") if "coding" not in o["code"]]
    assert len(moods) == 20 and moods[0]["valueInteger"] == 4 and moods[0]["subject"] == patient_ref


def test_pseudonymous_unless_the_name_is_shown(db: Database, fixed: dict[str, str]) -> None:
    doc = fhir.fhir_bundle(fixed_summary(db, show_name=False))
    _check_bundle(doc)
    (patient,) = _resources(doc, "Patient")
    assert "name" not in patient and patient["meta"]["security"][0]["code"] == "PSEUDED"
    assert "Alex Example" not in json.dumps(doc)
    named = fhir.fhir_bundle(fixed_summary(db))
    assert _resources(named, "Patient")[0]["id"] == patient["id"]  # never made from the name


def test_difficulty_and_every_answer_code(db: Database) -> None:
    """Every score of every item, and every difficulty answer, comes out as its code."""
    when = at(10, 9)
    for score in range(4):
        repo.insert(
            db, make_record("phq9", [score] * 8 + [0], difficulty=score, at=when + timedelta(hours=score))
        )
        repo.insert(db, make_record("gad7", [score] * 7, at=when + timedelta(hours=score, minutes=5)))
    doc = fhir.fhir_bundle(S.build_summary(db, S.SummaryOptions(date(2026, 3, 1), date(2026, 3, 20))))
    _check_bundle(doc)
    responses = _resources(doc, "QuestionnaireResponse")
    phq = [r for r in responses if "us/core" in r["questionnaire"]]
    gad = [r for r in responses if "phr" in r["questionnaire"]]
    for score, (p, g) in enumerate(zip(phq, gad, strict=True)):
        p_links = {i["linkId"]: i["answer"][0] for i in p["item"]}
        assert p_links["/44250-9"]["valueCoding"]["code"] == LL358_3[score]
        assert p_links["/69722-7"]["valueCoding"]["code"] == LL359_1[score]
        assert p["item"][-1]["linkId"] == "/69722-7"  # last, as in the Questionnaire
        assert {i["answer"][0]["valueCoding"]["code"] for i in g["item"]} == {LL358_3[score]}
    assert _resources(doc, "Flag") == []  # item 9 was 0 every time
    bands = [o["interpretation"][0]["coding"][0]["code"] for o in _resources(doc, "Observation")]
    assert bands == [
        "noneToMinimal",
        "noneToMinimal",
        "mild",
        "mild",
        "moderatelySevere",
        "moderate",
        "severe",
        "severe",
    ]


def test_difficulty_answered_in_the_form_is_exported(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """The PHQ-9 form's optional last question (69722-7) reaches the export as its code."""
    from tests.ui.pages import Checkins, db_of
    from tests.uihelpers import create_journal_via_ui

    w = make_window()
    create_journal_via_ui(qtbot, w)
    form = Checkins(w).open_questionnaire("phq9")
    for row in form.rows:
        row.radios[1].click()
    assert _close_safety(w)
    assert form.difficulty_row is not None
    form.difficulty_row.radios[2].click()  # "Very difficult": score 2, code LA6575-0
    saved = form.save()
    assert saved is not None and saved.difficulty == 2
    today = saved.at_utc.date()
    summary = S.build_summary(
        db_of(w), S.SummaryOptions(today - timedelta(days=1), today + timedelta(days=1))
    )
    doc = fhir.fhir_bundle(summary)
    _check_bundle(doc)
    (qr,) = _resources(doc, "QuestionnaireResponse")
    links = {i["linkId"]: i["answer"][0] for i in qr["item"]}
    assert links["/69722-7"]["valueCoding"]["code"] == "LA6575-0"
    assert links["/69722-7"]["valueCoding"]["display"] == "Very difficult"
    assert len(_resources(doc, "Flag")) == 1  # item 9 was answered 1


def _close_safety(w: Any) -> bool:
    """Close the safety screen that item 9 > 0 opened (it never blocks the form)."""
    from tests.ui.pages import Safety

    if Safety(w).shown():
        Safety(w).back()
    return not Safety(w).shown()


def _normalised(raw: bytes) -> str:
    """Record uids are random: number the UUIDs in order of appearance."""
    text = raw.decode("utf-8")
    names: dict[str, str] = {}
    return _UUID.sub(lambda m: names.setdefault(m[0], f"00000000-0000-4000-8000-{len(names) + 1:012d}"), text)


def test_demo_journal_golden(tmp_path: Path) -> None:
    journal, _ = create_journal(tmp_path / "journal", PASS)
    try:
        build_demo(journal.db, days=30, today=DEMO_TODAY)
        options = S.SummaryOptions(DEMO_TODAY - timedelta(days=29), DEMO_TODAY)
        summary = S.build_summary(journal.db, options, now=DEMO_NOW)
    finally:
        journal.close()
    raw = X.render(summary, "fhir")
    _check_bundle(json.loads(raw))
    got = _normalised(raw)
    if UPDATE:
        GOLDEN.write_text(got, encoding="utf-8")
    assert got == GOLDEN.read_text(encoding="utf-8")


@pytest.fixture
def fixed(db: Database) -> dict[str, str]:
    return build_fixed_journal(db)
