"""The open data's checksum list (SHA256SUMS.txt: `<64 hex>  <path>` lines) is scanned as
text like any file: the digits of its digests are no finding, and personal data in a
path, or next to a digest, is found on its line."""

from __future__ import annotations

import hashlib
import random

import pytest

from kazutb_transparency.privacy import scan_text
from kazutb_transparency.privacy.synthetic import fake_iin

RND = random.Random(64)
IIN = fake_iin(RND)


def _checksums(count: int) -> str:
    """A list as the open data's releases write it: digests full of digit runs."""
    lines = []
    for index in range(count):
        version = hashlib.sha256(str(index).encode()).hexdigest()[:12]
        path = f"opendata/releases/2026-11-20-{version}/programmes.csv"
        lines.append(f"{hashlib.sha256(path.encode()).hexdigest()}  {path}")
    return "\n".join(lines) + "\n"


def test_a_checksum_list_is_clean(allowlist) -> None:
    assert scan_text(_checksums(700), allowlist, "SHA256SUMS.txt") == []


DIGEST = hashlib.sha256(b"x").hexdigest()


@pytest.mark.parametrize(
    ("line", "category"),
    [
        (f"{DIGEST}  documents/Сарсенова Айгүл Болатқызы.pdf", "person-name"),
        (f"{DIGEST}  documents/sarsenova-aigul-bolatkyzy-cv.pdf", "person-name"),
        (f"{DIGEST}  documents/contact-87017654321.pdf", "phone"),
        (f"{DIGEST}  documents/{IIN}.pdf", "iin"),
        (f"{DIGEST}  aigerim.seitkali@gmail.com", "email"),
        (f"{DIGEST} +7 701 765 43 21", "phone"),
        (f"{DIGEST}  documents/plan.pdf {IIN}", "iin"),
    ],
)
def test_personal_data_in_a_checksum_list_is_found(allowlist, line: str, category: str) -> None:
    body = _checksums(700)
    found = scan_text(body + line + "\n", allowlist, "SHA256SUMS.txt")
    assert found and {f.category for f in found} == {category}
    assert {f.line for f in found} == {701}
    # The list around it hides nothing: the line alone gives the same findings.
    alone = scan_text(line + "\n", allowlist, "SHA256SUMS.txt")
    assert [(f.column, f.category) for f in found] == [(f.column, f.category) for f in alone]
