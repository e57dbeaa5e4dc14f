"""An error a person reads, by its stable message id (no Qt, no storage).

Its fixed English sentence is marked with :func:`QT_TR_NOOP` where it is raised
(``pyside6-lupdate`` puts it in the catalogue from there), with the values for its
``%1`` … ``%9``; the window and the command line show it translated with
:func:`kapjournal.i18n.error_text`. ``str(err)`` is the English sentence (logs never
use it: they name the type only). Storage errors (:mod:`kapjournal.storage.errors`)
and the command line's own build on it; this module is tiny so that ``kapjournal
--version`` stays fast.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def QT_TR_NOOP(text: str) -> str:  # the name lupdate looks for
    """Mark *text* for the catalogue; it is returned unchanged."""
    return text


class Phrase(str):
    """A value of a message that is itself a marked message (an action such as "open
    the journal"): it is shown translated too."""

    __slots__ = ()


def fill(template: str, values: tuple[object, ...]) -> str:
    """``%1`` … ``%9`` of *template* filled with *values* in one pass."""

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(one, template)


class ShownError(Exception):
    """An error whose message a person reads: ``message`` is a fixed sentence marked
    with :func:`QT_TR_NOOP` (its id in the catalogue), ``values`` fill its ``%1``..
    (numbers, names from the data files, other shown errors; never patient text)."""

    def __init__(self, message: str = "", *values: object) -> None:
        self.message = message
        self.values = values
        super().__init__(fill(message, values))
