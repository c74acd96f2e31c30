"""Masked excerpts: enough to find the spot again, never the value itself."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"[0-9]")


def _keep_ends(compact: str) -> str:
    """First and last few characters; the middle (at least a third) becomes ***."""
    n = len(compact)
    keep = 4 if n >= 11 else 2 if n >= 7 else 1 if n >= 4 else 0
    if keep == 0:
        return "***"
    return f"{compact[:keep]}***{compact[-keep:]}"


def mask_number(value: str) -> str:
    """Phones, IINs, cards, IBANs, document numbers: 8701***4567, KZ86***0100."""
    compact = "".join(c for c in value if c.isalnum())
    prefix = "+" if value.lstrip().startswith("+") else ""
    return prefix + _keep_ends(compact)


def mask_email(value: str) -> str:
    """a***@m***.kz: first letter of the mailbox and of the domain, and the top-level domain."""
    local, _, domain = value.partition("@")
    labels = domain.split(".")
    tld = labels[-1] if len(labels) > 1 else ""
    return f"{local[:1]}***@{domain[:1]}***" + (f".{tld}" if tld else "")


def mask_name(value: str) -> str:
    """Сар*** А***: three letters of the first full word, one letter of everything else."""
    parts = []
    long_kept = False
    for token in value.split():
        letters = _WORD.findall(token)
        if not letters:
            continue
        first = letters[0]
        if not long_kept and "." not in token and len(first) > 4:
            parts.append(first[:3] + "***")
            long_kept = True
        else:
            parts.append(first[:1] + "***")
    return " ".join(parts) or "***"


def mask_date(value: str) -> str:
    """**.**.****, ** м*** ****: only the shape of the date stays."""
    masked = _DIGIT.sub("*", value)
    return _WORD.sub(lambda m: m.group()[:1] + "***", masked)


def mask_address(value: str) -> str:
    """ул. Д*** ** **: words keep their first letter, numbers become stars."""
    return mask_date(value)


def mask_account(value: str) -> str:
    """instagram.com/z***, @a***: the platform stays, the name keeps one letter."""
    head, sep, name = value.rpartition("/")
    if not sep:
        head, name = "", value
    at = "@" if name.startswith("@") else ""
    name = name.lstrip("@")
    return f"{head}{sep}{at}{name[:1]}***"


def mask(category: str, value: str) -> str:
    value = " ".join(value.split())
    if category == "email":
        return mask_email(value)
    if category == "person-name":
        return mask_name(value)
    if category == "birth-date":
        return mask_date(value)
    if category == "home-address":
        return mask_address(value)
    if category == "social-handle":
        return mask_account(value)
    return mask_number(value)
