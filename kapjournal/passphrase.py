"""Passphrase policy: length and a common-password check, with kind feedback.

Strength estimation uses ``zxcvbn`` (dictionary, pattern and common-password lists).
Only the first 64 characters are analysed: longer passphrases are strong by length,
and analysing 10,000 characters would freeze the window.

zxcvbn's feedback is English only. Its messages are a fixed set (``zxcvbn/feedback.py``),
so :data:`ZXCVBN_FEEDBACK` marks each one for the catalogue as our own message (the
same English words); the window shows those translated. A message a newer zxcvbn
adds, and that is not in the table, is replaced by our general one, so no English we
cannot translate ever reaches the window (``tests/test_i18n.py`` checks the table
against the installed zxcvbn).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kapjournal.storage.errors import QT_TR_NOOP

#: zxcvbn's English feedback, each one also our own message (marked for the catalogue).
ZXCVBN_FEEDBACK: frozenset[str] = frozenset(
    {
        QT_TR_NOOP("Add another word or two. Uncommon words are better."),
        QT_TR_NOOP("Capitalization doesn't help very much."),
        QT_TR_NOOP("Reversed words aren't much harder to guess."),
        QT_TR_NOOP("Predictable substitutions like '@' instead of 'a' don't help very much."),
        QT_TR_NOOP("Use a few words, avoid common phrases."),
        QT_TR_NOOP("No need for symbols, digits, or uppercase letters."),
        QT_TR_NOOP("Straight rows of keys are easy to guess."),
        QT_TR_NOOP("Short keyboard patterns are easy to guess."),
        QT_TR_NOOP("This is a top-10 common password."),
        QT_TR_NOOP("This is similar to a commonly used password."),
        QT_TR_NOOP("A word by itself is easy to guess."),
        QT_TR_NOOP("All-uppercase is almost as easy to guess as all-lowercase."),
        QT_TR_NOOP("Use a longer keyboard pattern with more turns."),
        QT_TR_NOOP('Repeats like "aaa" are easy to guess.'),
        QT_TR_NOOP('Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
        QT_TR_NOOP("This is a top-100 common password."),
        QT_TR_NOOP("This is a very common password."),
        QT_TR_NOOP("Names and surnames by themselves are easy to guess."),
        QT_TR_NOOP("Common names and surnames are easy to guess."),
        QT_TR_NOOP("Avoid repeated words and characters."),
        QT_TR_NOOP('Sequences like "abc" or "6543" are easy to guess.'),
        QT_TR_NOOP("Avoid sequences."),
        QT_TR_NOOP("Recent years are easy to guess."),
        QT_TR_NOOP("Dates are often easy to guess."),
        QT_TR_NOOP("Avoid recent years."),
        QT_TR_NOOP("Avoid years that are associated with you."),
        QT_TR_NOOP("Avoid dates and years that are associated with you."),
    }
)
EASY_TO_GUESS = QT_TR_NOOP("This passphrase would be easy to guess.")
ADD_A_WORD = QT_TR_NOOP("Add another word or two.")

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0..4
ANALYSE_CHARS = 64


@dataclass(frozen=True)
class Verdict:
    acceptable: bool
    score: int  # 0..4, for a strength meter
    reason: str = ""  # why it is refused: a marked message, %1 filled by ``values``
    hints: list[str] = field(default_factory=list)  # marked messages
    values: tuple[object, ...] = ()  # for the %1.. of ``reason``


def assess(passphrase: str) -> Verdict:
    if not passphrase:
        return Verdict(False, 0, QT_TR_NOOP("Please choose a passphrase."))
    if not passphrase.strip():
        return Verdict(False, 0, QT_TR_NOOP("A passphrase cannot be only spaces."))
    length = len(passphrase)
    try:
        from zxcvbn import zxcvbn

        result = zxcvbn(passphrase[:ANALYSE_CHARS])
        score = int(result["score"])
        feedback = result.get("feedback") or {}
        warning = _ours(str(feedback.get("warning") or ""), EASY_TO_GUESS)
        hints = list(dict.fromkeys(_ours(str(s), ADD_A_WORD) for s in feedback.get("suggestions") or []))
    except Exception:
        score, warning, hints = (4 if length >= 16 else 2), "", []
    if length > ANALYSE_CHARS:
        score = 4
    if length < MIN_LENGTH:
        return Verdict(
            False, min(score, 1), QT_TR_NOOP("Please use at least %1 characters."), hints, (MIN_LENGTH,)
        )
    if score < MIN_SCORE:
        reason = warning or EASY_TO_GUESS
        return Verdict(False, score, reason, hints or [ADD_A_WORD])
    return Verdict(True, score)


def _ours(feedback: str, otherwise: str) -> str:
    """Our marked message for one of zxcvbn's; *otherwise* for one we do not know."""
    if not feedback:
        return ""
    return feedback if feedback in ZXCVBN_FEEDBACK else otherwise
