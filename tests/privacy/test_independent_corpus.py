"""The personal-data gate against the independent corpus (issue #60).

Every positive file holds one personal datum hidden the way office files and web pages hide
it: the gate must report it (with the expected category where the category is clear). Every
negative holds only public look-alikes: the gate must stay silent. Types the gate cannot read
must be refused with the real, full suffix in the message. The corpus is built at test time
by tests/privacy/independent/build.py; a failure names the file, its class and its part.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.privacy import Allowlist, Finding, ScanError, scan_file
from tests.privacy.allowlists import site_allowlist_with
from tests.privacy.independent.build import (
    ANY,
    EXTRA_ALLOWLIST,
    MANIFEST,
    REFUSED,
    Entry,
    build,
)
from tests.privacy.independent.checkdigits import (
    iban_is_valid,
    iban_kz,
    iin,
    iin_check_digit,
    isbn13,
    luhn_complete,
    mrz_check,
    passport_mrz,
)

POSITIVES = [e for e in MANIFEST if e.category not in (None, REFUSED)]
NEGATIVES = [e for e in MANIFEST if e.category is None]
REFUSALS = [e for e in MANIFEST if e.category == REFUSED]


def name_of(entry: Entry) -> str:
    return entry.name


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("independent-corpus")
    build(folder)
    return folder


@pytest.fixture(scope="module")
def allowlist(tmp_path_factory: pytest.TempPathFactory) -> Allowlist:
    """data/privacy/allowlist.yaml, plus the corpus' sample university account and profile
    (the real allowlist has none yet, and the negatives must show that such entries pass)."""
    return site_allowlist_with(EXTRA_ALLOWLIST, tmp_path_factory.mktemp("allowlist"))


def where(entry: Entry) -> str:
    return f"{entry.name} [{entry.cls}; {entry.part}; {entry.lang}]"


def scan(entry: Entry, corpus: Path, allowlist: Allowlist) -> list[Finding]:
    """The gate's findings; a refusal or a crash fails the test with the file named."""
    try:
        return scan_file(corpus / entry.name, allowlist)
    except Exception as error:  # a refusal is no answer for a type the gate says it reads
        pytest.fail(f"{where(entry)}: not scanned: {type(error).__name__}: {error}")


def listing(findings: list[Finding]) -> str:
    return "; ".join(f"{f.category} {f.excerpt!r} {f.where}".strip() for f in findings)


@pytest.mark.parametrize("entry", POSITIVES, ids=name_of)
def test_the_gate_reports_the_hidden_datum(
    entry: Entry, corpus: Path, allowlist: Allowlist
) -> None:
    findings = scan(entry, corpus, allowlist)
    assert findings, f"{where(entry)}: {entry.datum!r} not reported ({entry.reason})"
    if entry.category != ANY:
        assert entry.category in {f.category for f in findings}, (
            f"{where(entry)}: {entry.datum!r} reported, but not as {entry.category}: "
            f"{listing(findings)}"
        )


@pytest.mark.parametrize("entry", NEGATIVES, ids=name_of)
def test_the_gate_passes_public_look_alikes(
    entry: Entry, corpus: Path, allowlist: Allowlist
) -> None:
    findings = scan(entry, corpus, allowlist)
    assert not findings, f"{where(entry)}: {entry.datum!r} is public ({entry.reason}): " + (
        listing(findings)
    )


@pytest.mark.parametrize("entry", REFUSALS, ids=name_of)
def test_the_gate_refuses_a_type_it_cannot_read_and_names_it(
    entry: Entry, corpus: Path, allowlist: Allowlist
) -> None:
    suffix = "".join(Path(entry.name).suffixes)  # ".tar.gz", not ".gz"
    with pytest.raises(ScanError) as refused:
        scan_file(corpus / entry.name, allowlist)
    assert suffix in str(refused.value), f"{where(entry)}: the message does not say {suffix}"


# --- the corpus itself ----------------------------------------------------------------------


def test_every_class_has_three_positives_over_the_languages() -> None:
    by_class = Counter(e.cls for e in POSITIVES + REFUSALS)
    thin = {cls: count for cls, count in by_class.items() if count < 3}
    assert not thin, f"classes with fewer than 3 files: {thin}"
    assert {e.lang for e in MANIFEST} == {"kk", "ru", "en"}
    assert len({e.name for e in MANIFEST}) == len(MANIFEST), "file names repeat"


def test_the_builder_writes_the_same_bytes_twice(tmp_path: Path) -> None:
    first = {p.name: p.read_bytes() for p in build(tmp_path / "one")}
    second = {p.name: p.read_bytes() for p in build(tmp_path / "two")}
    assert first == second


def test_the_check_digits_agree_with_published_examples() -> None:
    assert iban_kz("125", "KZT5004100100") == "KZ86125KZT5004100100"  # the KZ sample IBAN
    assert iban_is_valid("GB82 WEST 1234 5698 7654 32")
    assert not iban_is_valid("KZ87125KZT5004100100")
    assert luhn_complete("7992739871") == "79927398713"
    assert isbn13("978030640615") == "9780306406157"
    # ICAO 9303's specimen: document number, birth date and expiry with their check digits.
    assert [mrz_check(f) for f in ("L898902C3", "740812", "120415")] == ["6", "2", "9"]


def test_the_invented_identifiers_are_valid_in_form() -> None:
    number = iin(date(1998, 3, 5), female=True, serial=127)
    assert number.startswith("9803054") and len(number) == 12
    assert str(iin_check_digit(number[:11])) == number[11]
    line1, line2 = passport_mrz(
        "ABC", "DEF", "N07634512", date(1995, 7, 14), True, date(2031, 5, 20)
    )
    assert len(line1) == len(line2) == 44
    assert line2[9] == mrz_check("N07634512")
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    assert line2[43] == mrz_check(composite)
