"""FHIR for PCL-5 and AUDIT-C: the shipped Questionnaires and local CodeSystem fit the
instruments; every score of every item comes out as its answer option's Coding; each
response passes the same conformance check and model validation as the PHQ-9's; the
total Observation carries the band as a code of the shipped CodeSystem."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest

from kapjournal import exporters as X
from kapjournal import summary as S
from kapjournal.content.resdir import resource_path
from kapjournal.exporters import fhir
from kapjournal.measures.instruments import get_instrument, make_record
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from tests.domain.test_instruments_extra import AUDITC
from tests.domain.test_summary import at
from tests.exporters.test_fhir import LOINC, _check_bundle, _questionnaires, _resources, conformance_problems


def _codesystem() -> dict[str, Any]:
    return json.loads(resource_path("fhir", "CodeSystem-kapjournal-questionnaires.json").read_text("utf-8"))


def _summary(db: Database) -> S.Summary:
    return S.build_summary(db, S.SummaryOptions(date(2026, 3, 1), date(2026, 3, 20)))


def test_questionnaires_and_codesystem_fit_the_instruments() -> None:
    q_model = pytest.importorskip("fhir.resources.R4B.questionnaire")
    cs_model = pytest.importorskip("fhir.resources.R4B.codesystem")
    cs = _codesystem()
    cs_model.CodeSystem.model_validate(cs)
    concepts = {c["code"]: c["display"] for c in cs["concept"]}
    assert cs["count"] == len(cs["concept"])
    forms = fhir.shipped_forms()
    for inst_id in ("pcl5", "auditc"):
        form, inst = forms[inst_id], get_instrument(inst_id)
        q_model.Questionnaire.model_validate(form.questionnaire)
        assert form.canonical in _questionnaires()
        # the Questionnaire asks exactly the data file's wording
        assert [i["text"] for i in form.items] == [it.text for it in inst.items]
        for index, q_item in enumerate(form.items):
            assert q_item["required"] is True and q_item["type"] == "choice"
            options = [o["valueCoding"]["display"] for o in q_item["answerOption"]]
            assert options == [o.label for o in inst.item_options(index)]
            ordinals = [o["extension"][0]["valueDecimal"] for o in q_item["answerOption"]]
            assert ordinals == list(range(len(options)))
        assert form.total is not None and form.total["type"] == "decimal"
        for band in inst.bands:  # every band has a code of the shipped CodeSystem
            code, display = form.bands[band.id]
            assert form.interpretation_system == cs["url"] and concepts[code] == display
            assert band.label in display
    pcl5 = forms["pcl5"]
    assert pcl5.total_coding == {"system": cs["url"], "code": "pcl5-total", "display": "PCL-5 total score"}
    for index in range(20):
        for score in range(5):
            coding = pcl5.answer(index, score)
            assert coding["system"] == cs["url"] and concepts[coding["code"]] == coding["display"]
    auditc = forms["auditc"]
    assert auditc.questionnaire["code"][0]["code"] == "72109-2"
    assert auditc.total_coding["code"] == "75626-2"
    for index, (loinc, _text, answers) in enumerate(AUDITC):
        assert auditc.items[index]["linkId"] == f"/{loinc}"
        assert auditc.items[index]["code"][0]["code"] == loinc
        got = [(auditc.answer(index, s)["system"], auditc.answer(index, s)["code"]) for s in range(5)]
        assert got == [(LOINC, code) for code, _label in answers]


def test_every_score_of_every_item_conforms(db: Database) -> None:
    when = at(10, 9)
    for score in range(5):
        repo.insert(db, make_record("pcl5", [score] * 20, at=when + timedelta(hours=score)))
        repo.insert(db, make_record("auditc", [score] * 3, at=when + timedelta(hours=score, minutes=5)))
    doc = fhir.fhir_bundle(_summary(db))
    _check_bundle(doc)  # model validation + conformance against the shipped Questionnaires
    responses = _resources(doc, "QuestionnaireResponse")
    forms = fhir.shipped_forms()
    pcl = [r for r in responses if r["questionnaire"] == forms["pcl5"].canonical]
    aud = [r for r in responses if r["questionnaire"] == forms["auditc"].canonical]
    assert len(pcl) == len(aud) == 5
    for score, (p, a) in enumerate(zip(pcl, aud, strict=True)):
        answers = [i["answer"][0] for i in p["item"]]
        assert [x["valueCoding"]["code"] for x in answers[:-1]] == [f"pcl5-{score}"] * 20
        assert answers[-1] == {"valueDecimal": 20 * score}
        links = {i["linkId"]: i["answer"][0] for i in a["item"]}
        for loinc, _t, codes in AUDITC:
            coding = links[f"/{loinc}"]["valueCoding"]
            assert (coding["code"], coding["extension"][0]["valueDecimal"]) == (codes[score][0], score)
        assert links["/75626-2"] == {"valueDecimal": 3 * score}
    totals = {
        o["code"]["coding"][0]["code"]: o for o in _resources(doc, "Observation") if o["code"].get("coding")
    }
    assert {"pcl5-total", "75626-2"} <= set(totals)
    assert _resources(doc, "Flag") == []  # neither has a safety item


@pytest.mark.parametrize(
    ("inst", "answers", "band_code"),
    [
        ("pcl5", [4] * 7 + [3, 0] + [0] * 11, "pcl5-in_cut_point_range"),  # 31
        ("pcl5", [4] * 7 + [2] + [0] * 12, "pcl5-below_cut_point_range"),  # 30
        ("pcl5", [4] * 8 + [2] + [0] * 11, "pcl5-above_cut_point_range"),  # 34
        ("auditc", [2, 0, 0], "auditc-below_cut_points"),
        ("auditc", [3, 0, 0], "auditc-at_lower_cut_point"),
        ("auditc", [4, 0, 0], "auditc-at_or_above_cut_points"),
    ],
)
def test_band_edges_as_codes(db: Database, inst: str, answers: list[int], band_code: str) -> None:
    rec = repo.insert(db, make_record(inst, answers, at=at(10, 9)))
    doc = json.loads(X.render(_summary(db), "fhir"))
    _check_bundle(doc)
    (obs,) = [o for o in _resources(doc, "Observation") if o["derivedFrom"][0]["reference"].endswith(
        fhir.as_uuid(rec.uid))]  # fmt: skip
    assert obs["valueInteger"] == sum(answers)
    assert obs["interpretation"][0]["coding"][0]["code"] == band_code


def test_conformance_check_catches_a_wrong_audit_code(db: Database) -> None:
    repo.insert(db, make_record("auditc", [1, 1, 1], at=at(10, 9)))
    doc = fhir.fhir_bundle(_summary(db))
    (qr,) = _resources(doc, "QuestionnaireResponse")
    q = fhir.shipped_forms()["auditc"].questionnaire
    assert conformance_problems(qr, q) == []
    # item 2's score 1 coded with item 1's list: a code that is not among item 2's options
    qr["item"][1]["answer"][0]["valueCoding"]["code"] = "LA18926-8"
    assert any("is not an answer option" in p for p in conformance_problems(qr, q))
