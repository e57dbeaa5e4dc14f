"""Side effects after sessions: the list (data), validation, records and the one advice.

``resources/side_effects/side_effects.toml`` holds the symptoms, severity labels
(1 mild, 2 moderate, 3 severe), duration options and blood-pressure limits. The only
advice the app gives is "Tell your care team."; for a severe entry "Please contact your
care team." with their number when a course has one (:func:`advice_for`). Nothing here
advises on dosing.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kapjournal import i18n
from kapjournal.content import ContentError, Fields, load
from kapjournal.measures.safety import CareContact
from kapjournal.storage.errors import QT_TR_NOOP, InvalidData
from kapjournal.storage.models import SideEffect, local_offset_min, utc_now

logger = logging.getLogger(__name__)

FORMAT = 1
SEVERE = 3
MAX_DURATION_MIN = 525_600  # one year; the journal's storage limit
MAX_OTHER_TEXT_CHARS = 200


class SideEffectFileError(ContentError):
    """The side-effect file is missing or inconsistent; the message names the file."""


class SideEffectInvalid(InvalidData):
    """A side-effect entry the journal does not accept (message safe to show)."""


@dataclass(frozen=True)
class Symptom:
    id: str
    label: str
    reading: bool = False  # may carry a blood-pressure reading
    needs_text: bool = False  # "other": the patient names it


@dataclass(frozen=True)
class Severity:
    value: int
    label: str


@dataclass(frozen=True)
class DurationOption:
    id: str
    label: str
    minutes: int  # stored in SideEffect.duration_min
    up_to: int  # stored minutes up to this belong to this option


@dataclass(frozen=True)
class BloodPressureSpec:
    unit: str
    systolic_label: str
    diastolic_label: str
    systolic_min: int
    systolic_max: int
    diastolic_min: int
    diastolic_max: int


@dataclass(frozen=True)
class SideEffectCatalogue:
    symptoms: dict[str, Symptom]
    severities: tuple[Severity, ...]
    durations: tuple[DurationOption, ...]
    blood_pressure: BloodPressureSpec
    advice: str
    severe_advice: str
    severe_advice_with_number: str  # contains {phone}
    source: str

    def severity_label(self, value: int) -> str:
        return next(s.label for s in self.severities if s.value == value)

    def duration_option_for(self, minutes: int | None) -> DurationOption | None:
        """The option a stored ``duration_min`` falls in (``None`` when not given)."""
        if minutes is None:
            return None
        for option in self.durations:
            if minutes <= option.up_to:
                return option
        return self.durations[-1]


def parse_side_effects(doc: dict[str, Any], name: str) -> SideEffectCatalogue:
    top = Fields(doc, name, error=SideEffectFileError)
    top.format(FORMAT)
    symptoms: dict[str, Symptom] = {}
    for raw in top.tables("symptoms", "symptom"):
        sid = raw.text("id")
        if sid in symptoms:
            top.fail(f"symptom '{sid}' listed twice")
        at = raw.at(f"symptom {sid}")
        reading, needs_text = at.flag("reading", False), at.flag("needs_text", False)
        symptoms[sid] = Symptom(sid, at.text("label"), reading, needs_text)
    if "other" not in symptoms:
        top.fail("needs an 'other' symptom")
    severities = tuple(
        Severity(s.whole("value"), s.text("label")) for s in top.tables("severities", "severity")
    )
    if [s.value for s in severities] != [1, 2, 3]:
        top.fail("severities must be 1, 2, 3 in order")
    durations = tuple(
        DurationOption(d.text("id"), d.text("label"), d.whole("minutes"), d.whole("up_to"))
        for d in top.tables("durations", "duration", required="no duration options")
    )
    previous = -1
    for d in durations:
        if not previous < d.minutes <= d.up_to <= MAX_DURATION_MIN:
            top.fail(f"duration '{d.id}' is out of order or range")
        previous = d.up_to
    bp = top.table("blood_pressure")
    spec = BloodPressureSpec(
        bp.text("unit"),
        bp.text("systolic_label"),
        bp.text("diastolic_label"),
        bp.whole("systolic_min"),
        bp.whole("systolic_max"),
        bp.whole("diastolic_min"),
        bp.whole("diastolic_max"),
    )
    with_number = top.text("severe_advice_with_number")
    if "{phone}" not in with_number:
        top.fail("severe_advice_with_number must contain {phone}")
    return SideEffectCatalogue(
        symptoms,
        severities,
        durations,
        spec,
        top.text("advice"),
        top.text("severe_advice"),
        with_number,
        top.text("source"),
    )


#: The fields a person reads; ``side_effects.<language>.toml`` translates them.
SIDE_EFFECT_TEXTS = frozenset(
    {"advice", "severe_advice", "severe_advice_with_number", "label", "systolic_label", "diastolic_label"}
)


def load_side_effects(path: Path | None = None, language: str | None = None) -> SideEffectCatalogue:
    return load(
        parse_side_effects,
        path,
        resource=("side_effects", "side_effects.toml"),
        error=SideEffectFileError,
        texts=SIDE_EFFECT_TEXTS,
        language=language,
    )


def shipped_side_effects(language: str | None = None) -> SideEffectCatalogue:
    """The shipped file in ``language`` (default: the one in use), read once per language."""
    return _shipped_side_effects(language or i18n.language())


@functools.cache
def _shipped_side_effects(language: str) -> SideEffectCatalogue:
    return load_side_effects(language=language)


# -- validation and records ------------------------------------------------------------
def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def validate_side_effect(se: SideEffect, catalogue: SideEffectCatalogue | None = None) -> None:
    """Refuse an entry the journal cannot accept. Messages are safe to show."""
    cat = catalogue or shipped_side_effects()
    symptom = cat.symptoms.get(se.symptom)
    if symptom is None:
        raise SideEffectInvalid(QT_TR_NOOP("Unknown side effect."))
    if not _whole(se.severity) or se.severity not in [s.value for s in cat.severities]:
        raise SideEffectInvalid(QT_TR_NOOP("Severity is mild, moderate or severe (1 to 3)."))
    if symptom.needs_text and not se.other_text.strip():
        raise SideEffectInvalid(QT_TR_NOOP("Please describe the side effect in a few words."))
    if len(se.other_text) > MAX_OTHER_TEXT_CHARS:
        raise SideEffectInvalid(
            QT_TR_NOOP("Please keep the description under %1 characters."), MAX_OTHER_TEXT_CHARS
        )
    if se.duration_min is not None and (
        not _whole(se.duration_min) or not 0 <= se.duration_min <= MAX_DURATION_MIN
    ):
        raise SideEffectInvalid(QT_TR_NOOP("The duration is outside what the journal accepts."))
    sys_, dia = se.bp_systolic, se.bp_diastolic
    if sys_ is None and dia is None:
        return
    if not symptom.reading:
        raise SideEffectInvalid(QT_TR_NOOP("A blood-pressure reading belongs to 'raised blood pressure'."))
    bp = cat.blood_pressure
    if sys_ is None or dia is None or not _whole(sys_) or not _whole(dia):
        raise SideEffectInvalid(QT_TR_NOOP("Please enter both blood-pressure numbers, or neither."))
    if not bp.systolic_min <= sys_ <= bp.systolic_max:
        raise SideEffectInvalid(
            QT_TR_NOOP("The upper number goes from %1 to %2 %3."), bp.systolic_min, bp.systolic_max, bp.unit
        )
    if not bp.diastolic_min <= dia <= bp.diastolic_max:
        raise SideEffectInvalid(
            QT_TR_NOOP("The lower number goes from %1 to %2 %3."), bp.diastolic_min, bp.diastolic_max, bp.unit
        )
    if dia >= sys_:
        raise SideEffectInvalid(QT_TR_NOOP("The upper number is usually the larger one; please check."))


def make_side_effect(
    symptom: str,
    severity: int,
    *,
    duration_min: int | None = None,
    bp: tuple[int, int] | None = None,
    other_text: str = "",
    note: str = "",
    session_id: int | None = None,
    at: datetime | None = None,
    tz_offset_min: int | None = None,
    share: bool = True,
    catalogue: SideEffectCatalogue | None = None,
) -> SideEffect:
    """A validated :class:`SideEffect` ready for ``repo.insert``."""
    moment = at or utc_now()
    se = SideEffect(
        symptom=symptom,
        severity=severity,
        other_text=other_text.strip(),
        duration_min=duration_min,
        bp_systolic=bp[0] if bp else None,
        bp_diastolic=bp[1] if bp else None,
        note=note,
        session_id=session_id,
        at_utc=moment,
        tz_offset_min=local_offset_min(moment) if tz_offset_min is None else tz_offset_min,
        share=share,
    )
    validate_side_effect(se, catalogue)
    return se


# -- advice -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Advice:
    text: str
    urgent: bool  # a severe entry: show prominently with the care team's contact
    phone: str = ""  # the care team's number, when known (severe only)


def advice_for(
    severity: int, care: CareContact | None, catalogue: SideEffectCatalogue | None = None
) -> Advice:
    """The only advice: tell the care team; for a severe entry, contact them now."""
    cat = catalogue or shipped_side_effects()
    if severity >= SEVERE:
        phone = care.phone if care is not None else ""
        if phone:
            return Advice(cat.severe_advice_with_number.format(phone=phone), True, phone)
        return Advice(cat.severe_advice, True)
    return Advice(cat.advice, False)
