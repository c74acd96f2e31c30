"""The personal-data gate: finds personal data before it is published.

Categories: iin, phone, email, id-document, birth-date, student-id, bank-card, iban,
person-name. Officials, institutional contacts and identifiers that may be published
are listed with their reason in data/privacy/allowlist.yaml.
"""

from kazutb_transparency.privacy.allowlist import Allowlist, AllowlistError, load_allowlist
from kazutb_transparency.privacy.scanner import (
    Finding,
    ScanError,
    ScanReport,
    is_theme_asset,
    scan_file,
    scan_paths,
    scan_report,
    scan_text,
)

__all__ = [
    "Allowlist",
    "AllowlistError",
    "Finding",
    "ScanError",
    "ScanReport",
    "is_theme_asset",
    "load_allowlist",
    "scan_file",
    "scan_paths",
    "scan_report",
    "scan_text",
]
