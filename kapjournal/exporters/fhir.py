"""The summary's measures as a FHIR R4 Bundle (``type: collection``), JSON.

Each questionnaire answers a published Questionnaire that ships in ``resources/fhir/``
(sources and licences in its README), mapped by ``resources/fhir/instruments.toml``:

* one ``Patient``: pseudonymous (an id and the ``PSEUDED`` security label) unless the
  patient chose to show their name; it is every resource's ``subject`` and the
  responses' ``author`` and ``source``;
* one ``QuestionnaireResponse`` per PHQ-9 / GAD-7: ``questionnaire`` is the shipped
  Questionnaire's canonical URL, every item uses its ``linkId`` and ``text``, every
  answer is a ``valueCoding`` copied from the item's ``answerOption`` (LOINC answer
  codes) with the score as its ``ordinalValue``; the Questionnaire's calculated total
  item, and the PHQ-9 difficulty item when it was answered;
* one ``Observation`` per total (LOINC 44261-6 / 70274-6, ``derivedFrom`` the response,
  the severity band as a coded ``interpretation``);
* a ``Flag`` (LOINC 44260-8) for every PHQ-9 whose item 9 was answered above 0;
* one ``Observation`` per mood check-in (``code.text`` "Mood self-rating (0-10)",
  ``valueInteger``; anxiety, energy and sleep as components; the note as ``note``).

Times carry the offset they were recorded in. Ids are the journal's stable uids written
as UUIDs, so exporting twice gives the same ids. No server, no reference outside the
bundle. Adding an instrument: its Questionnaire file and one table in the mapping.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from kapjournal.content import ContentError, Fields, load
from kapjournal.content.resdir import resource_path
from kapjournal.i18n import arg, tr
from kapjournal.measures.instruments import Instrument, get_instrument
from kapjournal.summary import CheckinRow, ScoreRow, Summary

LOINC = "http://loinc.org"
ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
FHIR_DIR = ("fhir",)
MAPPING = "instruments.toml"
FORMAT = 1
CATEGORY = {
    "coding": [
        {
            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": "survey",
            "display": "Survey",
        }
    ]
}
FLAG_CATEGORY = {
    "coding": [
        {
            "system": "http://terminology.hl7.org/CodeSystem/flag-category",
            "code": "clinical",
            "display": "Clinical",
        }
    ]
}
PSEUDONYMIZED = {
    "system": "http://terminology.hl7.org/CodeSystem/v3-ObservationValue",
    "code": "PSEUDED",
    "display": "pseudonymized",
}


class FhirMappingError(ContentError):
    """``resources/fhir/instruments.toml`` does not fit its Questionnaires or instruments."""


# -- the mapping -------------------------------------------------------------------------
@dataclass(frozen=True)
class Form:
    """One instrument as its shipped Questionnaire asks it, checked at load."""

    instrument: Instrument
    questionnaire: dict[str, Any]
    items: tuple[dict[str, Any], ...]  # the Questionnaire item of each instrument item
    answers: tuple[dict[str, Any], ...]  # the answerOption Coding of each score (first item)
    total: dict[str, Any] | None
    total_display: str  # LOINC's (or the local code system's) display of the total score code
    difficulty: dict[str, Any] | None
    difficulty_answers: tuple[dict[str, Any], ...]
    interpretation_system: str
    bands: dict[str, tuple[str, str]]  # band id -> (code, display)
    # per instrument item, the Coding of each score (AUDIT-C's items differ); () = answers
    item_answers: tuple[tuple[dict[str, Any], ...], ...] = ()
    total_system: str = LOINC  # the code system of the total's Observation code
    total_code: str = ""  # "" = the instrument's loinc_total

    def answer(self, index: int, score: int) -> dict[str, Any]:
        """The answerOption Coding for ``score`` on item ``index`` (0-based)."""
        return (self.item_answers[index] if self.item_answers else self.answers)[score]

    @property
    def total_coding(self) -> dict[str, str]:
        code = self.total_code or self.instrument.loinc_total
        return {"system": self.total_system, "code": code, "display": self.total_display}

    @property
    def canonical(self) -> str:
        q = self.questionnaire
        return f"{q['url']}|{q['version']}" if q.get("version") else str(q["url"])

    def order(self, link_id: str) -> int:
        return [i["linkId"] for i in questionnaire_items(self.questionnaire)].index(link_id)


def questionnaire_items(items_of: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every item of a Questionnaire (or of an item), depth first, in order."""
    for item in items_of.get("item", ()):
        yield item
        yield from questionnaire_items(item)


def _coding(top: Fields, item: dict[str, Any], code: str, system: str = LOINC) -> dict[str, Any]:
    """The item's answerOption Coding with ``code`` in ``system`` (system, code, display)."""
    for option in item.get("answerOption", ()):
        coding = option.get("valueCoding", {})
        if coding.get("system") == system and coding.get("code") == code:
            return {k: coding[k] for k in ("system", "code", "display") if k in coding}
    top.fail(f"'{code}' is not an answer option of item '{item['linkId']}'")


def _form(top: Fields, inst: Instrument, questionnaire: dict[str, Any]) -> Form:
    by_link = {i["linkId"]: i for i in questionnaire_items(questionnaire)}

    def item(link_id: str) -> dict[str, Any]:
        if link_id not in by_link:
            top.fail(f"linkId '{link_id}' is not in {questionnaire['url']}")
        return by_link[link_id]

    items = tuple(item(link) for link in top.strings("items"))
    if len(items) != len(inst.items):
        top.fail(f"{len(items)} linkIds for {len(inst.items)} items")
    system = top.optional_text("answer_system") or LOINC
    codes = top.strings("answers")
    own = top.table("item_answers") if top.has("item_answers") else None  # linkId -> codes
    per_item: list[tuple[dict[str, Any], ...]] = []
    for index, it in enumerate(items):
        these = own.strings(it["linkId"]) if own is not None and own.has(it["linkId"]) else codes
        scores = len(inst.item_options(index))
        if len(these) != scores:
            top.fail(f"{len(these)} answer codes for {scores} scores of '{it['linkId']}'")
        per_item.append(tuple(_coding(top, it, c, system) for c in these))
    answers = per_item[0]
    if own is None and any(p != answers for p in per_item):
        top.fail("an item has other answer codings than the first item")
    total = item(top.text("total")) if top.optional_text("total") else None
    difficulty = None
    d_answers: tuple[dict[str, Any], ...] = ()
    if top.optional_text("difficulty"):
        difficulty = item(top.text("difficulty"))
        d_codes = top.strings("difficulty_answers")
        if inst.difficulty is None or len(d_codes) != len(inst.difficulty.options):
            top.fail("difficulty answers must give one code per difficulty option")
        d_answers = tuple(_coding(top, difficulty, c) for c in d_codes)
    if not (top.optional_text("total_code") or inst.loinc_total):
        top.fail("no total_code, and the instrument has no LOINC total code")
    raw_bands = top.table("bands")
    if sorted(raw_bands.data) != sorted(b.id for b in inst.bands):
        top.fail("bands must name every band of the instrument, and no other")
    bands: dict[str, tuple[str, str]] = {}
    for band_id in raw_bands.data:
        pair = raw_bands.strings(band_id)
        if len(pair) != 2:
            raw_bands.fail(f"band '{band_id}' needs [code, display]")
        bands[band_id] = (pair[0], pair[1])
    return Form(
        instrument=inst,
        questionnaire=questionnaire,
        items=items,
        answers=answers,
        total=total,
        total_display=top.text("total_display"),
        difficulty=difficulty,
        difficulty_answers=d_answers,
        interpretation_system=top.text("interpretation_system"),
        bands=bands,
        item_answers=tuple(per_item) if own is not None else (),
        total_system=top.optional_text("total_system") or LOINC,
        total_code=top.optional_text("total_code"),
    )


def _parse(doc: dict[str, Any], name: str) -> dict[str, Form]:
    top = Fields(doc, name, error=FhirMappingError)
    top.format(FORMAT)
    forms: dict[str, Form] = {}
    for inst_id in (k for k in doc if k != "format"):
        raw = top.table(inst_id, f"instrument {inst_id}")
        inst = get_instrument(inst_id)
        path = resource_path(*FHIR_DIR, raw.text("questionnaire"))
        questionnaire = json.loads(path.read_text(encoding="utf-8"))
        if questionnaire.get("resourceType") != "Questionnaire" or not questionnaire.get("url"):
            raw.fail(f"{path.name} is not a Questionnaire with a canonical url")
        forms[inst_id] = _form(raw, inst, questionnaire)
    return forms


@functools.cache
def shipped_forms() -> dict[str, Form]:
    """The shipped mapping, read and checked once (immutable data, safe to share)."""
    return load(_parse, resource_path(*FHIR_DIR, MAPPING), error=FhirMappingError)


def shipped_questionnaires() -> list[dict[str, Any]]:
    return [form.questionnaire for form in shipped_forms().values()]


# -- resources ---------------------------------------------------------------------------
def as_uuid(uid: str) -> str:
    try:
        return str(uuid.UUID(hex=uid))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, "kapjournal:" + uid))


def _derived_id(kind: str, uid: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"kapjournal:{kind}:{uid}"))


def _when(r: ScoreRow | CheckinRow) -> str:
    return r.when.isoformat(timespec="seconds")


def _answer(coding: dict[str, Any], score: int) -> dict[str, Any]:
    return {"valueCoding": {"extension": [{"url": ORDINAL, "valueDecimal": score}], **coding}}


def _qr_item(q_item: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    return {"linkId": q_item["linkId"], "text": q_item["text"], "answer": [answer]}


def _response(form: Form, r: ScoreRow, patient: dict[str, str]) -> dict[str, Any]:
    items = [
        _qr_item(q_item, _answer(form.answer(index, score), score))
        for index, (q_item, score) in enumerate(zip(form.items, r.answers, strict=True))
    ]
    if form.total is not None:
        items.append(_qr_item(form.total, {"valueDecimal": r.total}))
    if form.difficulty is not None and r.difficulty is not None:
        items.append(_qr_item(form.difficulty, _answer(form.difficulty_answers[r.difficulty], r.difficulty)))
    items.sort(key=lambda i: form.order(i["linkId"]))
    return {
        "resourceType": "QuestionnaireResponse",
        "id": as_uuid(r.uid),
        "questionnaire": form.canonical,
        "status": "completed",
        "subject": patient,
        "authored": _when(r),
        "author": patient,
        "source": patient,
        "item": items,
    }


def _total(form: Form, r: ScoreRow, response_id: str, patient: dict[str, str]) -> dict[str, Any]:
    inst = form.instrument
    band = inst.band_for(r.total)
    code, display = form.bands[band.id]
    title = inst.title
    return {
        "resourceType": "Observation",
        "id": _derived_id("total", r.uid),
        "status": "final",
        "category": [CATEGORY],
        "code": {
            "coding": [form.total_coding],
            "text": arg(tr("%1 total score"), title),
        },
        "subject": patient,
        "effectiveDateTime": _when(r),
        "performer": [patient],
        "valueInteger": r.total,
        "interpretation": [
            {
                "coding": [{"system": form.interpretation_system, "code": code, "display": display}],
                "text": r.band,
            }
        ],
        "derivedFrom": [{"reference": f"urn:uuid:{response_id}"}],
    }


def _item9_flag(form: Form, r: ScoreRow, patient: dict[str, str]) -> dict[str, Any] | None:
    """A Flag for the first safety item (PHQ-9 item 9) answered above 0."""
    inst = form.instrument
    flagged = [
        (item, q_item, score)
        for item, q_item, score in zip(inst.items, form.items, r.answers, strict=True)
        if item.safety and score > 0
    ]
    if not flagged:
        return None
    item, q_item, score = flagged[0]
    codes = [
        {k: c[k] for k in ("system", "code", "display") if k in c}
        for c in q_item.get("code", ())
        if c.get("system") == LOINC
    ]
    return {
        "resourceType": "Flag",
        "id": _derived_id("flag", r.uid),
        "status": "active",
        "category": [FLAG_CATEGORY],
        "code": {
            "coding": codes or [{"system": LOINC, "code": item.loinc}],
            "text": arg(
                tr('%1 item %2 answered "%3" (score %4)'),
                inst.title,
                item.number,
                inst.option_label(score),
                score,
            ),
        },
        "subject": patient,
        "period": {"start": _when(r)},
        "author": patient,
    }


def _component(text: str, value: int | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"code": {"text": text}, "valueInteger": value}


def _mood(c: CheckinRow, patient: dict[str, str]) -> dict[str, Any]:
    obs: dict[str, Any] = {
        "resourceType": "Observation",
        "id": as_uuid(c.uid),
        "status": "final",
        "category": [CATEGORY],
        "code": {"text": tr("Mood self-rating (0-10, 10 = very good)")},
        "subject": patient,
        "effectiveDateTime": _when(c),
        "performer": [patient],
        "valueInteger": c.mood,
    }
    components = [
        comp
        for comp in (
            _component(tr("Anxiety self-rating (0-10, 10 = very strong)"), c.anxiety),
            _component(tr("Energy self-rating (0-10, 10 = plenty)"), c.energy),
            _component(tr("Sleep self-rating (0-10, 10 = very well)"), c.sleep),
        )
        if comp is not None
    ]
    if components:
        obs["component"] = components
    if c.note:
        obs["note"] = [{"text": c.note}]
    return obs


def _patient(summary: Summary) -> dict[str, Any]:
    """Never derived from the name: an id made from the exported records' random uids."""
    pid = str(uuid.uuid5(uuid.NAMESPACE_URL, "kapjournal:patient:" + "|".join(sorted(summary.included))))
    patient: dict[str, Any] = {"resourceType": "Patient", "id": pid}
    if summary.patient_name:
        patient["name"] = [{"text": summary.patient_name}]
    else:
        patient["meta"] = {"security": [PSEUDONYMIZED]}
    return patient


def _entries(resources: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources]


def fhir_bundle(summary: Summary) -> dict[str, Any]:
    patient_resource = _patient(summary)
    patient = {"reference": f"urn:uuid:{patient_resource['id']}"}
    resources: list[dict[str, Any]] = [patient_resource]
    if summary.has("questionnaires"):
        forms = shipped_forms()
        for r in summary.scores:
            form = forms[r.instrument]
            response = _response(form, r, patient)
            resources += [response, _total(form, r, response["id"], patient)]
            flag = _item9_flag(form, r, patient)
            if flag is not None:
                resources.append(flag)
    if summary.has("mood"):
        resources += [_mood(c, patient) for c in summary.checkins]
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": summary.generated_at.isoformat(timespec="seconds"),
        "entry": _entries(resources),
    }


def render_fhir(summary: Summary) -> bytes:
    return (json.dumps(fhir_bundle(summary), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
