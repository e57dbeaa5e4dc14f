"""Passphrase policy: length and a common-password check, with kind feedback.

Strength estimation uses ``zxcvbn`` (dictionary, pattern and common-password lists).
Only the first 64 characters are analysed: longer passphrases are strong by length,
and analysing 10,000 characters would freeze the window.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0..4
ANALYSE_CHARS = 64


@dataclass(frozen=True)
class Verdict:
    acceptable: bool
    score: int  # 0..4, for a strength meter
    reason: str = ""  # why it is refused (English source text, translated by the UI)
    hints: list[str] = field(default_factory=list)


def assess(passphrase: str) -> Verdict:
    if not passphrase:
        return Verdict(False, 0, "Please choose a passphrase.")
    if not passphrase.strip():
        return Verdict(False, 0, "A passphrase cannot be only spaces.")
    length = len(passphrase)
    try:
        from zxcvbn import zxcvbn

        result = zxcvbn(passphrase[:ANALYSE_CHARS])
        score = int(result["score"])
        feedback = result.get("feedback") or {}
        warning = str(feedback.get("warning") or "")
        hints = [str(s) for s in feedback.get("suggestions") or []]
    except Exception:
        score, warning, hints = (4 if length >= 16 else 2), "", []
    if length > ANALYSE_CHARS:
        score = 4
    if length < MIN_LENGTH:
        return Verdict(
            False, min(score, 1), f"Please use at least {MIN_LENGTH} characters.", hints
        )
    if score < MIN_SCORE:
        reason = warning or "This passphrase would be easy to guess."
        return Verdict(False, score, reason, hints or ["Add another word or two."])
    return Verdict(True, score)
