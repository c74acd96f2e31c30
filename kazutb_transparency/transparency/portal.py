"""The address of one procurement item's own record on the state procurement portal.

A link to the portal's home page tells a reader nothing about the item: the record's own
page (its announcement, plan line or result) is what the regulation's "information required
by law" means, so only such an address is accepted.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from kazutb_transparency.core.datafiles import refusal

PORTAL_HOST = "goszakup.gov.kz"
# Paths that are still the home page: the root and its language versions.
_HOME_PATHS = frozenset({"", "ru", "kk", "kz", "en"})
_HINT = (
    f"open the item on {PORTAL_HOST} and copy the address of its own page, "
    f"e.g. https://{PORTAL_HOST}/ru/announce/index/<number>"
)


def portal_record(value: str) -> str:
    """The address, when it is https, on the portal and beyond its home page; else refused
    with what to do."""
    if any(ch.isspace() for ch in value):
        raise refusal(f"'{value}' holds a space: an address has none", _HINT)
    parts = urlsplit(value)
    if parts.scheme != "https":
        raise refusal(f"'{value}' is not an https address", _HINT)
    if (parts.hostname or "") != PORTAL_HOST:
        raise refusal(
            f"'{value}' is not on the state procurement portal ({PORTAL_HOST})",
            f"give the item's record on {PORTAL_HOST}, or its documents as "
            "'plan_document' and 'result_document'",
        )
    if parts.path.strip("/").lower() in _HOME_PATHS and not parts.query:
        raise refusal(f"'{value}' is the portal's home page, not this item's own record", _HINT)
    return value
