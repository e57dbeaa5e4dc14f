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

from kapjournal.content.fields import Fields, unique
from kapjournal.content.loader import MAX_BYTES, ContentError, Document, Problem, load, read_toml, resolve
from kapjournal.content.source import SourceChecker, plain_text_problem

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
