"""The one way KAP Journal translates a fixed string.

Every message a person reads is written ``tr("English text")`` with ``tr`` imported
from this module, wherever it lives (window, summary, exporters, CLI messages).
``pyside6-lupdate`` sees these calls and puts them in the catalogue's empty context,
which is exactly the context ``tr`` looks them up in, so the catalogue in
``resources/translations/`` always matches what the code asks for.

Rules (checked by tests):

- the first argument is a string literal, never an f-string or a variable;
- values go in as ``%1`` … ``%9`` and are filled by :func:`arg`;
- counts use Qt's plural forms: ``tr("%n entries", "", n)`` (positional ``n``,
  so lupdate marks the message as having plural forms);
- a second, positional argument disambiguates two uses of the same English text;
- a fixed string kept in a table (kind names, fixed notes) is marked where it is
  written with :func:`QT_TR_NOOP` (lupdate sees it there) and translated where it is
  shown with :func:`translated`; never ``translated(str(exc))``: an error shown to a
  person is raised with a fixed, marked sentence (its stable id, see
  ``kapjournal/storage/errors.py``) and shown with :func:`error_text`.
- text from the data files under ``resources/`` is never passed through ``tr``: the
  loaders read the file of the language in use (:func:`language`).

The summary may be written in another language than the window (the therapist may
read a different one): :func:`using_language` makes ``tr`` answer from that
language's catalogue for the code running inside it, on any thread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from kapjournal.shown import ShownError

# QtCore loads on the first translation, not on import: the command line's search,
# check and backup import this module for their messages and must stay Qt-free
# unless they print one (tests/test_cli.py).

_PLACEHOLDER = re.compile(r"%([1-9])")

# The translator the code in a ``using_language`` block reads from; None means
# "whatever the application has installed" (the window's language).
_current: ContextVar[QTranslator | None] = ContextVar("kapjournal_language", default=None)
# Languages whose translators ``using_language`` asked for, kept alive here.
_translators: dict[str, QTranslator | None] = {}
# The window's language code, set once by the application when it installs its
# catalogue; data files (prompts, checklist, questionnaires) load in this language.
_app_language = "en"
_current_code: ContextVar[str | None] = ContextVar("kapjournal_language_code", default=None)


#: The languages of the window, by code, each named in its own language (the choice
#: in Settings is read by someone who may not read the other one).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
_QT_LANGUAGES = {"en": "English", "de": "German"}  # QLocale.Language names
# The translators the application installed (its catalogue, Qt's own), kept alive here.
_installed: list[QTranslator] = []


def system_language(locale: QLocale | None = None) -> str:
    """The window's language on this system: German for any German locale (de_DE,
    de_AT, de_CH, ...), else English."""
    from PySide6.QtCore import QLocale

    name = (locale if locale is not None else QLocale.system()).name()
    return "de" if name.startswith("de") else "en"


def choose_language(chosen: str, locale: QLocale | None = None) -> str:
    """The language to show: the one chosen in Settings, or the system's when none was
    chosen (``""``) or the choice is not one we have."""
    return chosen if chosen in LANGUAGES else system_language(locale)


def install_language(app: QCoreApplication, code: str, folder: Path | None = None) -> dict[str, bool]:
    """Make *code* the window's language: our catalogue from *folder* (the shipped
    ``resources/translations`` unless given) and Qt's own (``qtbase_<code>``, so
    standard buttons such as Cancel are in that language), QLocale's default (dates,
    numbers, the first day of the week: the system's country, in that language), and
    :func:`language` for the data-file loaders. Replaces what an earlier call
    installed. Returns which catalogues loaded."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    while _installed:
        app.removeTranslator(_installed.pop())
    loaded = {"kapjournal": False, "qtbase": False}
    if code != "en":
        from kapjournal.content.resdir import resource_path

        where = {
            "kapjournal": str(folder if folder is not None else resource_path("translations")),
            "qtbase": QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        }
        for name, path in where.items():
            translator = QTranslator(app)
            if translator.load(f"{name}_{code}", path):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded[name] = True
    system = QLocale.system()
    if system_language(system) == code:
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale(QLocale.Language[_QT_LANGUAGES.get(code, "English")], system.territory()))
    set_app_language(code)
    return loaded


def language() -> str:
    """The language ``tr`` answers in here: the ``using_language`` block's, or the
    window's (``"en"``, ``"de"``). Loaders of data files use it too."""
    return _current_code.get() or _app_language


def set_app_language(code: str) -> None:
    """Record the language the application installed its catalogue for."""
    global _app_language
    _app_language = code


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """*text* in the language in use; *text* itself when no translation exists."""
    translator = _current.get()
    if translator is None and n < 0 and not _installed and language() == "en":
        return text  # English with no catalogue installed: the source, and no Qt needed
    if translator is None and n >= 0 and language() == "en":
        # English is the source language, but "%n days" still needs its singular:
        # the plural-only English catalogue (kapjournal_en.ts) has the forms.
        translator = translator_for("en")
    if translator is not None:
        # A QTranslator, unlike QCoreApplication.translate, leaves %n to the caller.
        found = translator.translate("", text, disambiguation, n) or text
        return found.replace("%n", str(n)) if n >= 0 else found
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("", text, disambiguation, n)


def QT_TR_NOOP(text: str) -> str:  # the name lupdate looks for
    """Mark *text* for the catalogue where it is written in a table; it is returned
    unchanged and translated where it is shown, with :func:`translated`."""
    return text


def translated(text: str) -> str:
    """*text*, a string marked with :func:`QT_TR_NOOP`, in the language in use."""
    return tr(text)


def error_text(exc: ShownError) -> str:
    """The message of an error shown to a person, in the language in use: its fixed
    sentence (the stable id it was raised with) filled with its values, each value
    that is itself a message (an action, another error) translated too."""
    from kapjournal.shown import Phrase, ShownError

    def shown(value: object) -> object:
        if isinstance(value, ShownError):
            return error_text(value)
        return tr(value) if isinstance(value, Phrase) else value

    return arg(tr(exc.message), *(shown(v) for v in exc.values))


def arg(template: str, *values: object) -> str:
    """Fill ``%1`` … ``%9`` in one pass, so a value that itself contains ``%2``
    (a patient's own words) is never filled again."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, template)


def translator_for(language: str) -> QTranslator | None:
    """The loaded catalogue for *language* (``"de"``; for ``"en"`` the plural-only
    one), or None for a language without a catalogue."""
    if language in _translators:
        return _translators[language]
    from PySide6.QtCore import QTranslator

    from kapjournal.content.resdir import resource_path

    translator: QTranslator | None = None
    candidate = QTranslator()
    # English has a plural-only catalogue (the source text is the translation).
    if candidate.load(str(resource_path("translations", f"kapjournal_{language}.qm"))):
        translator = candidate
    _translators[language] = translator
    return translator


@contextmanager
def using_language(language: str) -> Iterator[None]:
    """Inside the block, ``tr`` answers in *language* on this thread/context."""
    translator = translator_for(language)
    # English (no catalogue): answer with the source text, not the window's language.
    token = _current.set(_source() if translator is None else translator)
    code_token = _current_code.set(language)
    try:
        yield
    finally:
        _current_code.reset(code_token)
        _current.reset(token)


def _source() -> QTranslator:
    """An empty translator: every lookup misses, so ``tr`` returns the English source."""
    global _SOURCE
    if _SOURCE is None:
        from PySide6.QtCore import QTranslator

        _SOURCE = QTranslator()
    return _SOURCE


_SOURCE: QTranslator | None = None
