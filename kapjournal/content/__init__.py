"""The shipped data files under ``resources/``: where they are, one loader and the field checkers.

Adding a data file:

1. Write the TOML under ``resources/<area>/<name>.toml`` (a ``format = 1`` line, a ``source``).
2. Declare its fields with the checkers: a ``parse(data, origin)`` that wraps the table in
   ``Fields(data, origin, error=MyFileError)`` and reads each field with ``text``,
   ``optional_text``, ``whole(low, high)``, ``number``, ``flag``, ``strings``, ``one_of``,
   ``table`` / ``tables`` (nested, with a field path) and ``unique``; return your model.
3. Call the loader: ``load(parse, path, resource=("<area>", "<name>.toml"), error=MyFileError)``.
   Missing files, bad UTF-8 and TOML mistakes become ``MyFileError`` (a :class:`ContentError`)
   naming the file, line and field path. Files people write by hand collect every problem
   with line numbers instead: ``read_toml`` + :class:`SourceChecker` (prompt packs, checklist).
4. Name the fields a person reads (``texts={"label", "question"}``, to ``load`` or
   ``localize``) and put the German beside the file as ``<name>.de.toml``: only those
   fields, under the same ids (:mod:`kapjournal.content.overlay` gives the rules).
   ``tests/domain/test_translations.py`` checks every shipped translation.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kapjournal.content.fields import Fields, unique
    from kapjournal.content.loader import MAX_BYTES, ContentError, Document, Problem, read_toml, resolve
    from kapjournal.content.overlay import is_translation, load, localize
    from kapjournal.content.source import SourceChecker, plain_text_problem

#: Each name and the module it comes from, imported on first use: ``content.resdir``
#: (where the files are) is on the start-up path, the TOML loader is not.
_FROM = {
    "Fields": "fields", "unique": "fields",
    "MAX_BYTES": "loader", "ContentError": "loader", "Document": "loader", "Problem": "loader",
    "read_toml": "loader", "resolve": "loader",
    "load": "overlay", "is_translation": "overlay", "localize": "overlay",
    "SourceChecker": "source", "plain_text_problem": "source",
}


def __getattr__(name: str) -> Any:
    if name not in _FROM:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{_FROM[name]}"), name)
    globals()[name] = value
    return value

__all__ = [
    "MAX_BYTES",
    "ContentError",
    "Document",
    "Fields",
    "Problem",
    "SourceChecker",
    "is_translation",
    "load",
    "localize",
    "plain_text_problem",
    "read_toml",
    "resolve",
    "unique",
]
