"""Published documents: metadata from documents.yaml, size and SHA-256 from the files."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from kazutb_transparency.core.i18n import LANGUAGES, Lang, Localized
from kazutb_transparency.disclosures.common import ID_PATTERN, Dated

DocumentKind = Literal[
    "charter",
    "licence",
    "licence-annex",
    "accreditation-certificate",
    "certificate-annex",
    "accreditation-report",
    "methodological",
    "quality-policy",
    "quality",
    "development-programme",
    "report",
    "goals-declaration",
    "financial-statements",
    "annual-report",
    "procurement-plan",
    "procurement-report",
    "anti-corruption-policy",
    "anti-corruption-report",
    "agenda",
    "decision",
    "draft",
    "inspection-act",
    "agreement",
    "curriculum",
    "paid-education-contract",
    "tuition-fee-order",
    "unit-regulation",
]

# The register clause each kind of document answers (regulation §9.7, §8.3.6, §8.5.5).
KIND_CLAUSES: dict[str, tuple[str, ...]] = {
    "charter": ("9.7.2.1",),
    "licence": ("9.7.2.2",),
    "licence-annex": ("9.7.2.2",),
    "accreditation-certificate": ("9.7.2.3", "9.7.1.4"),
    "certificate-annex": ("9.7.2.3",),
    "accreditation-report": ("9.7.1.4",),
    "methodological": ("9.7.1.5",),
    "quality-policy": ("9.7.1.5",),
    "quality": ("9.7.1.5",),
    "development-programme": ("9.7.3",),
    "report": ("8.3.6",),
    "goals-declaration": ("8.5.5",),
    "financial-statements": ("9.7.3",),
    "annual-report": ("9.7.3",),
    "procurement-plan": ("9.7.3",),
    "procurement-report": ("9.7.3",),
    "anti-corruption-policy": ("8.3.9",),
    "anti-corruption-report": ("8.3.9",),
    "agenda": ("8.3.5",),
    "decision": ("8.3.5",),
    "draft": ("8.3.9",),
    "inspection-act": ("9.7.3",),
    "agreement": ("9.8",),
    # A programme's curriculum with its approval (`curriculum` of the programme's file).
    "curriculum": ("9.7.1.6",),
    # Paid education: the contract template and the order approving the fees.
    "paid-education-contract": ("9.7.3",),
    "tuition-fee-order": ("9.7.3",),
    "unit-regulation": ("9.7.1.2",),
}

# Plans, policies and programmes: each explains why it exists and what it should achieve
# (regulation §8.3.7) in its `purpose`.
EXPLAINED_KINDS: frozenset[str] = frozenset(
    {"development-programme", "goals-declaration", "procurement-plan", "anti-corruption-policy"}
)

# The quality policy is the document of this kind: the documents page lists it and the
# quality policy's page says whether it exists by asking the same register (`policy_of`).
QUALITY_POLICY = "quality-policy"

FILE_PATTERN = r"^[a-z0-9][a-z0-9._-]*\.(pdf|docx|xlsx|odt|ods)$"
PUBLISHED_FOLDER = "documents"


class Document(Dated):
    id: str = Field(pattern=ID_PATTERN)
    kind: DocumentKind
    title: Localized
    number: str | None = None
    protocol: str | None = None  # minutes of the meeting that approved it (not a number of its own)
    date: dt.date
    issuer: Localized
    period: str | None = None
    file: str | None = Field(default=None, pattern=FILE_PATTERN)
    languages: list[Lang] = Field(default_factory=list)
    # Why it exists and what it should achieve, in plain words (§8.3.7): plans and policies.
    purpose: Localized | None = None
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    annex_of: str | None = Field(default=None, pattern=ID_PATTERN)
    superseded_by: str | None = Field(default=None, pattern=ID_PATTERN)

    @field_validator("sha256", "number", "protocol", "period", mode="before")
    @classmethod
    def _text(cls, value: object) -> object:
        # YAML reads 2024 or an all-digit checksum as a number: ask for quotes, not a guess.
        if value is not None and not isinstance(value, str):
            raise ValueError("write this value in quotes")
        return value

    @property
    def clauses(self) -> tuple[str, ...]:
        return KIND_CLAUSES[self.kind]

    @property
    def current(self) -> bool:
        return self.superseded_by is None

    @property
    def lacking_languages(self) -> list[Lang]:
        """The languages the document does not exist in (regulation §11.6: kk, ru and en)."""
        return [lang for lang in LANGUAGES if lang not in self.languages]


@dataclass(frozen=True)
class DocumentFile:
    """A document's file as found in data/documents/: where it is and what it holds."""

    source: Path
    size: int
    sha256: str

    @property
    def published(self) -> str:
        """Path of the file in the built site, relative to the site root."""
        return f"{PUBLISHED_FOLDER}/{self.source.name}"


@dataclass(frozen=True)
class DocumentEntry:
    """A document record with its file (None while the file is not published yet)."""

    document: Document
    file: DocumentFile | None


@dataclass(frozen=True)
class PublishedDocument:
    """A document file as the evidence pack lists it."""

    source: Path
    published: str
    sha256: str
    size: int
    clauses: tuple[str, ...]
    document: str


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_file(path: Path) -> DocumentFile:
    return DocumentFile(source=path, size=path.stat().st_size, sha256=sha256_of(path))


def published_documents(entries: Iterable[DocumentEntry]) -> list[PublishedDocument]:
    """Every published document file with its checksum and clauses (for the evidence pack)."""
    out = []
    for entry in entries:
        if entry.file is not None:
            out.append(
                PublishedDocument(
                    source=entry.file.source,
                    published=entry.file.published,
                    sha256=entry.file.sha256,
                    size=entry.file.size,
                    clauses=entry.document.clauses,
                    document=entry.document.id,
                )
            )
    return out


def document_files(entries: Iterable[DocumentEntry]) -> list[tuple[Path, str]]:
    """(file in data/documents, path in the built site) for every published document."""
    return [(doc.source, doc.published) for doc in published_documents(entries)]
