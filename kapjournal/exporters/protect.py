"""The protected summary: one PDF, encrypted with a password, that carries the FHIR
Bundle and the CSV inside it.

Why pikepdf: it is the Python binding of qpdf, the PDF library that writes AES-256
encryption of PDF 2.0 (security handler revision 6) and that Poppler, pdf.js and the
Linux distributions test against; it reads and writes from memory, so the summary
is rendered (Qt, into a ``QBuffer``), given its attachments and encrypted without a
byte of it touching the disk. Only the encrypted result is written, by the app's
one atomic 0600 writer (:func:`kapjournal.exporters.write_export`). Qt's own
``QPdfWriter`` cannot encrypt; pypdf can, but is pure Python and slower, and qpdf's
encryption code is the one the other readers are checked against.

What is encrypted: every string and stream of the file (the pages, the fonts, the
title, the attachments and their names and descriptions, the XMP metadata). What is
not: the file's size, its page count (the page tree is plain objects), the PDF
version, and that it is a PDF with attachments. Permissions: printing allowed,
changing not (the owner password that would lift this is random and forgotten at
once). Permissions are a request to the reader: anyone with the password can
decrypt the whole file.

The password: :data:`WORDS` words picked with :mod:`secrets` from a word list
shipped in ``resources/wordlists/`` (English: the EFF long list; German: dys2p's
de-7776; see their README for licences), less the words we never pick
(``avoid-<language>.txt``). :func:`entropy_bits` says how strong it is. It is never
stored; a new one is made for every export.
"""

from __future__ import annotations

import io
import logging
import math
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from kapjournal.content.resdir import resource_path
from kapjournal.passphrase import Verdict, assess
from kapjournal.summary import Summary, default_filename

logger = logging.getLogger(__name__)

#: Words in a generated password.
WORDS = 5
#: The languages with a word list; any other falls back to English.
LANGUAGES = ("en", "de")
#: A list must offer at least this many words (12 bits a word).
MIN_WORDS = 4096


@dataclass(frozen=True)
class Attachment:
    """A file embedded in the PDF (an associated file of the document)."""

    filename: str
    data: bytes
    mime_type: str
    description: str


# -- the password ---------------------------------------------------------------------
def _read_words(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@cache
def wordlist(language: str = "en") -> tuple[str, ...]:
    """The words a password in ``language`` is made of (the shipped list less the
    avoided words), in the list's order."""
    code = language if language in LANGUAGES else "en"
    words = _read_words(resource_path("wordlists", f"{code}.txt"))
    avoid = set(_read_words(resource_path("wordlists", f"avoid-{code}.txt")))
    usable = tuple(w for w in words if w not in avoid)
    if len(set(usable)) != len(usable) or len(usable) < MIN_WORDS:
        raise ValueError(f"word list {code!r} is not usable")
    return usable


def entropy_bits(language: str = "en", words: int = WORDS) -> float:
    """How many bits of randomness a generated password has: each word is one of
    ``len(wordlist(language))``, picked uniformly and independently."""
    return words * math.log2(len(wordlist(language)))


def new_password(language: str = "en", words: int = WORDS) -> str:
    """``words`` random words, lower case, with one space between them."""
    pool = wordlist(language)
    return " ".join(secrets.choice(pool) for _ in range(words))


def check_own_password(password: str) -> Verdict:
    """A password the patient typed: the same rules as the journal's passphrase."""
    return assess(password)


# -- the file -------------------------------------------------------------------------
def protect_pdf(pdf: bytes, password: str, attachments: Sequence[Attachment] = ()) -> bytes:
    """``pdf`` with ``attachments`` embedded as associated files of the document
    (PDF 2.0 ``/AF``, relationship ``/Data``), encrypted with AES-256 (revision 6)
    so that ``password`` opens it; printing allowed, changing not. All in memory."""
    import pikepdf

    if not password:
        raise ValueError("a protected PDF needs a password")
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        specs = []
        for att in attachments:
            spec = pikepdf.AttachedFileSpec(
                doc,
                att.data,
                description=att.description,
                filename=att.filename,
                mime_type=att.mime_type,
                relationship=pikepdf.Name.Data,
            )
            doc.attachments[att.filename] = spec
            specs.append(spec.obj)
        if specs:
            doc.Root.AF = pikepdf.Array(specs)
        permissions = pikepdf.Permissions(
            accessibility=True,  # screen readers may read it
            extract=True,  # copying text is reading, not changing
            print_lowres=True,
            print_highres=True,
            modify_annotation=False,
            modify_assembly=False,
            modify_form=False,
            modify_other=False,
        )
        encryption = pikepdf.Encryption(
            owner=secrets.token_urlsafe(32), user=password, R=6, allow=permissions, aes=True, metadata=True
        )
        out = io.BytesIO()
        doc.save(
            out,
            encryption=encryption,
            min_version="2.0",
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
        )
    return out.getvalue()


def summary_attachments(summary: Summary) -> list[Attachment]:
    """The FHIR Bundle and the CSV of ``summary``: the very bytes the plain exports
    of the same summary write."""
    from kapjournal.exporters import render
    from kapjournal.i18n import tr

    on = summary.generated_at.date()
    return [
        Attachment(
            default_filename("fhir", on),
            render(summary, "fhir"),
            "application/fhir+json",
            tr("FHIR R4 Bundle (JSON) of this summary, for a health record system"),
        ),
        Attachment(
            default_filename("csv", on),
            render(summary, "csv"),
            "text/csv",
            tr("Check-ins and questionnaire scores of this summary (CSV, for a spreadsheet)"),
        ),
    ]


def render_protected(
    summary: Summary, password: str, *, paper: str = "a4", progress: Callable[[int, int], bool] | None = None
) -> bytes:
    """The summary as a protected PDF holding its FHIR Bundle and CSV, as bytes."""
    from kapjournal.exporters import render

    attachments = summary_attachments(summary)
    # Its first page says the data files are inside, and where a reader shows them.
    marked = replace(summary, carries_data_files=bool(attachments))
    pdf = render(marked, "pdf", paper=paper, progress=progress)
    return protect_pdf(pdf, password, attachments)


def export_protected(
    summary: Summary,
    password: str,
    path: Path,
    *,
    paper: str = "a4",
    progress: Callable[[int, int], bool] | None = None,
) -> None:
    """Render, encrypt in memory, then write atomically with mode 0600."""
    from kapjournal.exporters import write_export

    write_export(path, render_protected(summary, password, paper=paper, progress=progress))
    logger.info("summary exported (protected pdf)")
