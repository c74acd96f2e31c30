"""The allowlist: officials, institutional contacts and identifiers that may be published.

Editors maintain data/privacy/allowlist.yaml by hand, so it is validated strictly: an
unknown key, a missing reason or a number that is not a phone number stops the check
with a message naming the file and the entry, rather than silently allowing too much.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import phonenumbers
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

from kazutb_transparency.core.datafiles import display_path, parse_yaml, read_text
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.privacy.contacts import account_key
from kazutb_transparency.privacy.identifiers import compact_identifier
from kazutb_transparency.privacy.names import name_key, normalize_name, surname_stem

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "data" / "privacy" / "allowlist.yaml"

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ACCOUNT = re.compile(
    r"@[A-Za-z0-9_.]{2,}|(?:https?://)?(?:www\.)?[a-z0-9.-]+\.[a-z]{2,}(?:/in)?/@?[\w.-]+/?"
)


class AllowlistError(ValueError):
    """The allowlist file is missing, not YAML, or has an invalid entry."""


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)
    reason: Text
    # Who publishes it (an office, a unit): optional, so that entries without it stay valid.
    owner: Text | None = None


class PersonEntry(_Entry):
    id: Text
    forms: list[Text] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _ID.fullmatch(value):
            raise ValueError("id must be lower-case latin letters, digits and hyphens")
        return value


class PhoneEntry(_Entry):
    number: Text

    @field_validator("number")
    @classmethod
    def _valid(cls, value: str) -> str:
        if to_e164(value) is None:
            raise ValueError(f"{value!r} is not a valid phone number")
        return value


class EmailEntry(_Entry):
    address: Text

    @field_validator("address")
    @classmethod
    def _valid(cls, value: str) -> str:
        if not _EMAIL.fullmatch(value):
            raise ValueError(f"{value!r} is not an e-mail address")
        return value


class IdentifierEntry(_Entry):
    value: Text

    @field_validator("value")
    @classmethod
    def _valid(cls, value: str) -> str:
        if len(compact_identifier(value)) < 5:
            raise ValueError(f"{value!r} is too short to be an identifier")
        return value


class AccountEntry(_Entry):
    handle: Text

    @field_validator("handle")
    @classmethod
    def _valid(cls, value: str) -> str:
        if not _ACCOUNT.fullmatch(value.strip()):
            raise ValueError(
                f"{value!r} is not an account: write @name or a profile link such as "
                "instagram.com/name"
            )
        return value


class DocumentEntry(_Entry):
    """A document without a text layer that a person has read: the file and its SHA-256,
    so that a replaced file needs a new reading."""

    file: Text
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class AllowlistFile(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)
    people: list[PersonEntry] = Field(default_factory=list)
    phones: list[PhoneEntry] = Field(default_factory=list)
    emails: list[EmailEntry] = Field(default_factory=list)
    identifiers: list[IdentifierEntry] = Field(default_factory=list)
    accounts: list[AccountEntry] = Field(default_factory=list)
    documents: list[DocumentEntry] = Field(default_factory=list)

    @field_validator(
        "people", "phones", "emails", "identifiers", "accounts", "documents", mode="before"
    )
    @classmethod
    def _none_is_empty(cls, value: object) -> object:
        return [] if value is None else value  # "emails:" with nothing under it


def to_e164(number: str) -> str | None:
    try:
        parsed = phonenumbers.parse(number, "KZ")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


@dataclass(frozen=True)
class Allowlist:
    """What may be published, in the normalised forms the scanner compares with."""

    phones: frozenset[str] = frozenset()  # E.164
    emails: frozenset[str] = frozenset()  # case-folded
    identifiers: frozenset[str] = frozenset()  # letters and digits, upper case
    name_forms: frozenset[str] = frozenset()  # normalize_name()
    # initials → surname stems: "Байболовой Л.К." matches the form "Байболова Л.К."
    name_keys: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, hash=False)
    accounts: frozenset[str] = frozenset()  # account_key(): "@name", "platform/name"
    documents: frozenset[tuple[str, str]] = frozenset()  # (file name, sha256) read by a person
    source: str = "<empty>"

    @classmethod
    def from_file(cls, data: AllowlistFile, source: str = "<memory>") -> Allowlist:
        keys: dict[tuple[str, ...], set[str]] = {}
        forms = set()
        for person in data.people:
            for form in person.forms:
                forms.add(normalize_name(form))
                key = name_key(form)
                if key:
                    keys.setdefault(key[0], set()).add(surname_stem(key[1]))
        return cls(
            phones=frozenset(e164 for p in data.phones if (e164 := to_e164(p.number))),
            emails=frozenset(e.address.casefold() for e in data.emails),
            identifiers=frozenset(compact_identifier(i.value) for i in data.identifiers),
            name_forms=frozenset(forms),
            name_keys={k: frozenset(v) for k, v in keys.items()},
            accounts=frozenset(account_key(a.handle) for a in data.accounts),
            documents=frozenset((Path(d.file).name, d.sha256) for d in data.documents),
            source=source,
        )

    def allows_phone(self, e164: str) -> bool:
        return e164 in self.phones

    def allows_email(self, address: str) -> bool:
        return address.casefold() in self.emails

    def allows_account(self, key: str) -> bool:
        """An official account: the same key, or a profile link whose name is an
        allowlisted @handle (instagram.com/kaztbu for @kaztbu)."""
        return key in self.accounts or "@" + key.rsplit("/", 1)[-1].lstrip("@") in self.accounts

    def allows_unchecked(self, file_name: str, sha256: str) -> bool:
        return (file_name, sha256) in self.documents

    def allows_identifier(self, value: str) -> bool:
        return compact_identifier(value) in self.identifiers

    def lists_name(self, value: str) -> bool:
        """The name is written as one of the listed forms (data names an official exactly as
        the allowlist does; case forms are for running text only)."""
        return normalize_name(value) in self.name_forms

    def allows_name(self, value: str) -> bool:
        if normalize_name(value) in self.name_forms:
            return True
        key = name_key(value)
        if key is None:
            return self._surname_alone(value)
        initials, surname = key
        return any(
            surname.startswith(stem) and len(surname) - len(stem) <= 5
            for stem in self.name_keys.get(initials, ())
        )

    def _surname_alone(self, value: str) -> bool:
        """A listed person's surname with no initials, in any case (г-жа Байболовой)."""
        words = normalize_name(value).split()
        return len(words) == 1 and any(
            words[0].startswith(stem) and len(words[0]) - len(stem) <= 5
            for stems in self.name_keys.values()
            for stem in stems
        )


def _describe(raw: object, loc: tuple[int | str, ...], message: str) -> str:
    """'phones[2].number: not a valid phone number (entry: number: '+7 …', reason: …)'."""
    where = ""
    entry: object = raw
    summary = ""
    for part in loc:
        where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
        if isinstance(entry, dict):
            entry = entry.get(part)
        elif isinstance(entry, list) and isinstance(part, int) and part < len(entry):
            entry = entry[part]
            if isinstance(entry, dict):
                summary = ", ".join(f"{k}: {v!r}" for k, v in list(entry.items())[:2])
    message = message.removeprefix("Value error, ")
    return f"{where}: {message}" + (f" (entry: {summary})" if summary else "")


def load_allowlist(path: Path | None = None) -> Allowlist:
    """Read and validate the allowlist; None → data/privacy/allowlist.yaml of the repo."""
    path = Path(path) if path is not None else DEFAULT_PATH
    try:
        # Through the input boundary, as every file of data/ (no link out, no aliases).
        raw = parse_yaml(read_text(path), display_path(path), check_values=False)[0]
    except DataError as exc:
        raise AllowlistError("; ".join(str(problem) for problem in exc.problems)) from exc
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise AllowlistError(
            f"{path}: expected a mapping with people, phones, emails, identifiers, accounts, "
            "documents"
        )
    try:
        data = AllowlistFile.model_validate(raw)
    except ValidationError as exc:
        problems = [
            f"{path}: {_describe(raw, tuple(err['loc']), err['msg'])}" for err in exc.errors()
        ]
        raise AllowlistError("\n".join(problems)) from None
    ids = [p.id for p in data.people]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise AllowlistError(f"{path}: people: duplicate id(s) {', '.join(duplicates)}")
    return Allowlist.from_file(data, str(path))
