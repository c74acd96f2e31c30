"""The personal-data gate: finds personal data before it is published.

Categories: iin, phone, email, id-document, birth-date, student-id, bank-card, iban,
person-name. Officials, institutional contacts and identifiers that may be published
are listed with their reason in data/privacy/allowlist.yaml.

The names below are imported when first used: the survey aggregation's screen needs only
the name lexicon (`namewords`) and the context words (`context`), not the scanner with
every document format's reader, whose import costs more than the screen itself.
"""

from __future__ import annotations

from kazutb_transparency.core.lazy import lazy_names

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

__getattr__ = lazy_names(__name__, _WHERE)
