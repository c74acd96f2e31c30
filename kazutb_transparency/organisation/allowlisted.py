"""Personal data the organisation's records publish, each held against the allowlist.

A unit's e-mail and phone (data/units.yaml) and the name of the head of the organisation
(data/disclosures/about.yaml, §9.7.1.7) are published only as data/privacy/allowlist.yaml
lists them, each with its reason: the build refuses anything else here, naming the file,
the record, the field and the line, before the personal-data gate would refuse the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from kazutb_transparency.core.datafiles import Lines, display_path
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.i18n import LANGUAGES, Localized

if TYPE_CHECKING:
    from kazutb_transparency.privacy.allowlist import Allowlist

ALLOWLIST = Path("privacy") / "allowlist.yaml"
ALLOWLIST_NAME = "data/privacy/allowlist.yaml"


def read_allowlist(data_dir: Path) -> Allowlist:
    """data_dir/privacy/allowlist.yaml; an absent file allows nothing. The privacy package
    is imported here, when a record needs it: loading the units alone does not need it."""
    from kazutb_transparency.privacy.allowlist import Allowlist, AllowlistError, load_allowlist

    path = data_dir / ALLOWLIST
    if not path.is_file():
        return Allowlist()
    try:
        return load_allowlist(path)
    except AllowlistError as exc:
        raise DataError([Problem(display_path(path), str(exc))]) from exc


def unlisted_contacts(
    allowlist: Allowlist,
    contacts: Iterable[tuple[str, str | None, str | None, tuple[str | int, ...]]],
    file: str,
    lines: Lines | None,
) -> list[Problem]:
    """(record, e-mail, phone, location of the record) → a problem for each contact the
    allowlist does not hold."""
    from kazutb_transparency.privacy.allowlist import to_e164

    problems = []
    for record, email, phone, loc in contacts:
        found = []
        if email is not None and not allowlist.allows_email(email):
            found.append(("email", email, "emails:", "address"))
        if phone is not None:
            e164 = to_e164(phone)
            if e164 is None:
                problems.append(
                    Problem(
                        file,
                        f"'{phone}' is not a valid phone number",
                        record,
                        "phone",
                        lines.line_of((*loc, "phone")) if lines else None,
                        "write the institutional number as dialled from abroad: +7 (7172) 00 00 00",
                    )
                )
            elif not allowlist.allows_phone(e164):
                found.append(("phone", phone, "phones:", "number"))
        for field, value, section, key in found:
            problems.append(
                Problem(
                    file,
                    f"'{value}' is not a contact {ALLOWLIST_NAME} allows",
                    record,
                    field,
                    lines.line_of((*loc, field)) if lines else None,
                    f"add it under {section} in {ALLOWLIST_NAME} ({key}: and a reason: where "
                    "and why the university publishes it), or leave the field out",
                )
            )
    return problems


def unlisted_name(
    allowlist: Allowlist,
    name: Localized,
    file: str,
    lines: Lines | None,
    record: str,
    loc: tuple[str | int, ...],
) -> list[Problem]:
    """A problem for each language whose form of an official's name the allowlist does not
    list exactly (a name is published only as the allowlist writes it)."""
    problems = []
    for lang in LANGUAGES:
        value = name.get(lang)
        if not name.has(lang) or allowlist.lists_name(value):
            continue
        field = ".".join(str(part) for part in (*loc, lang))
        problems.append(
            Problem(
                file,
                f"'{value}' is not a name {ALLOWLIST_NAME} allows",
                record,
                field,
                lines.line_of((*loc, lang)) if lines else None,
                f"add this form under people: in {ALLOWLIST_NAME}, with the rule that requires "
                "the name (reason), or leave the name out",
            )
        )
    return problems
