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
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kapjournal.content.fields import Fields, unique
    from kapjournal.content.loader import MAX_BYTES, ContentError, Document, Problem, load, read_toml, resolve
    from kapjournal.content.source import SourceChecker, plain_text_problem

#: Each name and the module it comes from, imported on first use: ``content.resdir``
#: (where the files are) is on the start-up path, the TOML loader is not.
_FROM = {
    "Fields": "fields", "unique": "fields",
    "MAX_BYTES": "loader", "ContentError": "loader", "Document": "loader", "Problem": "loader",
    "load": "loader", "read_toml": "loader", "resolve": "loader",
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
    "load",
    "plain_text_problem",
    "read_toml",
    "resolve",
    "unique",
]
