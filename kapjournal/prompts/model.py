"""The prompt-pack format (kinds, input types, limits) and its model; the pack errors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kapjournal.content import ContentError, Problem
from kapjournal.storage.errors import InvalidData

#: Pack kinds and what they are for.
KINDS: dict[str, str] = {
    "intention": "preparation before a session: what to explore",
    "capture": "the same evening after a session",
    "integration": "reflection in the days after a session (steps: see `when`)",
    "cbt": "CBT work such as a thought record",
    "mbct": "MBCT practice such as the three-minute breathing space",
}

#: Input types: how the patient answers, and the type of the stored answer value.
INPUT_TYPES: dict[str, str] = {
    "text": "one line of free text (str)",
    "longtext": "several lines or paragraphs of free text, Markdown allowed (str)",
    "choice": "exactly one of `choices` (str, the choice as written)",
    "multichoice": "any number of `choices` (list[str], in the order of `choices`)",
    "scale": "a whole number from `min` to `max`, default 0-10 (int)",
    "phrase": "a short phrase kept and shown again later (str, at most 120 characters)",
    "word": "a single word or two (str, at most 40 characters)",
}
TEXT_INPUTS = ("text", "longtext", "phrase", "word")
ANSWER_LIMITS = {"phrase": 120, "word": 40, "text": 2_000}

#: Steps of the integration schedule that a prompt's ``when`` may name: ``<hours>h``
#: (the schedule's day N is the step ``{24*N}h``) or ``before_next``.
WHEN_PATTERN = re.compile(r"^(?:[1-9][0-9]{0,3}h|before_next)$")

MAX_PACK_BYTES = 256 * 1024
MAX_PROMPTS = 200
MAX_CHOICES = 100
RESERVED_PREFIX = "kapjournal."

ID_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9_.-]{0,62}[a-z0-9])?$")
VERSION_PATTERN = re.compile(r"^[0-9]{1,6}(?:\.[0-9]{1,6}){0,3}$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$")

#: The longest text of each kind of field, in characters.
TEXT_LIMITS = {
    "title": 200,
    "source": 2_000,
    "description": 2_000,
    "text": 1_000,
    "help": 2_000,
    "choice": 200,
    "min_label": 100,
    "max_label": 100,
    "name": 200,
}

#: One thing wrong with a pack file (``origin``, ``line``, ``message``, ``column``);
#: ``str()`` is a one-line, patient-safe message.
PackProblem = Problem


class PackError(InvalidData, ContentError):
    """A pack (or another hand-written data file) could not be used. ``problems`` lists
    every problem found; the message is ``"<file>, line N: <what>"`` for the first."""

    default_message = "The prompt pack is not valid."

    def __init__(self, problems: list[Problem]) -> None:
        # The problems of a hand-written file name its keys and lines: they stay in
        # English, like the TOML they describe (the message is not marked).
        ContentError.__init__(self, problems)
        self.message = str(self)
        self.values = ()

    @staticmethod
    def describe(problem: Problem) -> str:
        return str(problem)


@dataclass(frozen=True)
class Prompt:
    id: str
    text: str
    input: str
    help: str = ""
    choices: tuple[str, ...] = ()
    min: int | None = None  # scale only (filled with 0 when absent)
    max: int | None = None  # scale only (filled with 10 when absent)
    min_label: str = ""
    max_label: str = ""
    when: tuple[str, ...] = ()  # integration steps; empty = every step
    # The choices as the pack's own file has them, when ``choices`` are a translation:
    # an answer given in that language still means the choice at the same place.
    source_choices: tuple[str, ...] = ()

    def choice_for(self, value: str) -> str:
        """``value`` as one of ``choices``: a choice given in the pack's own language
        (before the patient switched language) becomes its translation."""
        if value in self.choices or value not in self.source_choices:
            return value
        return self.choices[self.source_choices.index(value)]

    def applies_to(self, step: str | None) -> bool:
        """Whether this prompt is offered at an integration ``step`` (None = all)."""
        return step is None or not self.when or step in self.when


@dataclass(frozen=True)
class PromptPack:
    id: str
    version: str
    language: str
    title: str
    kind: str
    prompts: tuple[Prompt, ...]
    source: str = ""
    description: str = ""
    title_prompt: str = ""  # prompt whose answer becomes the entry title
    origin: str = ""  # where it was loaded from (file name or "imported")
    shipped: bool = False
    toml_text: str = field(default="", repr=False)  # the validated source text

    def prompt(self, prompt_id: str) -> Prompt | None:
        return next((p for p in self.prompts if p.id == prompt_id), None)

    def prompts_for_step(self, step: str | None) -> list[Prompt]:
        """Prompts for one integration step (``"24h"``, ``"72h"``, ``"before_next"``)."""
        return [p for p in self.prompts if p.applies_to(step)]


@dataclass(frozen=True)
class ImportResult:
    pack: PromptPack
    replaced_version: str | None  # the version that was replaced, if any
