"""The summary's measures as a FHIR R4 Bundle (``type: collection``), JSON.

* one ``QuestionnaireResponse`` per PHQ-9 / GAD-7 (``questionnaire`` is the LOINC
  panel: ``http://loinc.org/q/44249-1`` or ``.../69737-5``); items carry their answer
  score as ``valueInteger``; item 9 of the PHQ-9 has ``linkId`` 44260-8 (its LOINC
  code), the total ``linkId`` 44261-6 / 70274-6;
* one ``Observation`` per total (LOINC 44261-6 / 70274-6, ``derivedFrom`` the
  response, the band as ``interpretation`` text);
* one ``Observation`` per mood check-in (``code.text`` "Mood self-rating (0-10)",
  ``valueInteger``; anxiety, energy and sleep as components; the note as ``note``);
* a ``Patient`` with only a name, when the patient chose to show it.

Ids are the journal's stable uids written as UUIDs, so exporting twice gives the same
ids. No server, no reference outside the bundle.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from kapjournal.i18n import tr
from kapjournal.measures.instruments import get_instrument
from kapjournal.summary import CheckinRow, ScoreRow, Summary

LOINC = "http://loinc.org"
CATEGORY = {
    "coding": [
        {
            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": "survey",
            "display": "Survey",
        }
    ]
}


def as_uuid(uid: str) -> str:
    try:
        return str(uuid.UUID(hex=uid))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, "kapjournal:" + uid))


def _subject(patient_ref: str | None) -> dict[str, Any]:
    return {"subject": {"reference": patient_ref}} if patient_ref else {}


def _response(r: ScoreRow, patient_ref: str | None) -> dict[str, Any]:
    inst = get_instrument(r.instrument)
    items = []
    for item, value in zip(inst.items, r.answers, strict=False):
        items.append(
            {
                "linkId": item.loinc or item.id,
                "text": item.text,
                "answer": [{"valueInteger": int(value)}],
            }
        )
    items.append(
        {
            "linkId": inst.loinc_total,
            "text": tr("Total score"),
            "answer": [{"valueInteger": r.total}],
        }
    )
    return {
        "resourceType": "QuestionnaireResponse",
        "id": as_uuid(r.uid),
        "questionnaire": f"http://loinc.org/q/{inst.loinc_panel}",
        "status": "completed",
        **_subject(patient_ref),
        "authored": r.when.isoformat(),
        "item": items,
    }


def _total(r: ScoreRow, response_id: str, patient_ref: str | None) -> dict[str, Any]:
    inst = get_instrument(r.instrument)
    obs: dict[str, Any] = {
        "resourceType": "Observation",
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "kapjournal:total:" + r.uid)),
        "status": "final",
        "category": [CATEGORY],
        "code": {
            "coding": [{"system": LOINC, "code": inst.loinc_total, "display": f"{inst.title} total score"}],
            "text": f"{inst.title} " + tr("total score"),
        },
        **_subject(patient_ref),
        "effectiveDateTime": r.when.isoformat(),
        "valueInteger": r.total,
        "derivedFrom": [{"reference": f"urn:uuid:{response_id}"}],
    }
    if r.band:
        obs["interpretation"] = [{"text": r.band}]
    return obs


def _component(text: str, value: int | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"code": {"text": text}, "valueInteger": value}


def _mood(c: CheckinRow, patient_ref: str | None) -> dict[str, Any]:
    obs: dict[str, Any] = {
        "resourceType": "Observation",
        "id": as_uuid(c.uid),
        "status": "final",
        "category": [CATEGORY],
        "code": {"text": tr("Mood self-rating (0-10, 10 = very good)")},
        **_subject(patient_ref),
        "effectiveDateTime": c.when.isoformat(),
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


def fhir_bundle(summary: Summary) -> dict[str, Any]:
    entries: list[dict[str, Any]] = []
    patient_ref = None
    if summary.patient_name:
        pid = str(uuid.uuid5(uuid.NAMESPACE_URL, "kapjournal:patient:" + summary.patient_name))
        patient_ref = f"urn:uuid:{pid}"
        entries.append(
            {
                "fullUrl": patient_ref,
                "resource": {"resourceType": "Patient", "id": pid, "name": [{"text": summary.patient_name}]},
            }
        )
    if summary.has("questionnaires"):
        for r in summary.scores:
            response = _response(r, patient_ref)
            entries.append({"fullUrl": f"urn:uuid:{response['id']}", "resource": response})
            total = _total(r, response["id"], patient_ref)
            entries.append({"fullUrl": f"urn:uuid:{total['id']}", "resource": total})
    if summary.has("mood"):
        for c in summary.checkins:
            obs = _mood(c, patient_ref)
            entries.append({"fullUrl": f"urn:uuid:{obs['id']}", "resource": obs})
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": summary.generated_at.isoformat(timespec="seconds"),
        "entry": entries,
    }


def render_fhir(summary: Summary) -> bytes:
    return (json.dumps(fhir_bundle(summary), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
