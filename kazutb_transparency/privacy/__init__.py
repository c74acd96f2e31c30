"""The personal-data gate: finds personal data before it is published.

Categories: iin, phone, email, id-document, birth-date, student-id, bank-card, iban,
person-name. Officials, institutional contacts and identifiers that may be published
are listed with their reason in data/privacy/allowlist.yaml.

The names below are imported when first used: the survey aggregation's screen needs only
the name lexicon (`namewords`) and the context words (`context`), not the scanner with
every document format's reader, whose import costs more than the screen itself.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "Allowlist": "allowlist",
    "AllowlistError": "allowlist",
    "load_allowlist": "allowlist",
    "Finding": "scanner",
    "ScanError": "scanner",
    "ScanReport": "scanner",
    "is_theme_asset": "scanner",
    "scan_file": "scanner",
    "scan_paths": "scanner",
    "scan_report": "scanner",
    "scan_text": "scanner",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
