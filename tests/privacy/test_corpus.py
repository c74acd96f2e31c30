"""The labelled corpus: every positive on its line with its category, no negative reported."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from kazutb_transparency.privacy import Allowlist, scan_paths
from kazutb_transparency.privacy.identifiers import (
    iban_ok,
    iin_checksum_ok,
    is_bin_structure,
    luhn_ok,
)

from . import build_corpus
from .conftest import CORPUS_SCORES

CORPUS = Path(__file__).parent / "corpus"
CATEGORIES = (
    "iin",
    "phone",
    "email",
    "id-document",
    "birth-date",
    "student-id",
    "bank-card",
    "iban",
    "person-name",
)
Key = tuple[str, int, str]


@pytest.fixture(scope="module")
def expected() -> Counter[Key]:
    labels = yaml.safe_load((CORPUS / "labels.yaml").read_text(encoding="utf-8"))
    return Counter((item["file"], item["line"], item["category"]) for item in labels)


@pytest.fixture(scope="module")
def found(allowlist: Allowlist) -> Counter[Key]:
    findings = scan_paths([CORPUS], allowlist)
    return Counter(
        (Path(f.path).relative_to(CORPUS).as_posix(), f.line, f.category) for f in findings
    )


def test_corpus_files_are_what_the_builder_writes() -> None:
    files, labels = build_corpus.build()
    for name, text in files.items():
        assert (CORPUS / name).read_text(encoding="utf-8") == text, (
            f"{name} differs: run python tests/privacy/build_corpus.py"
        )
    assert (CORPUS / "labels.yaml").read_text(encoding="utf-8") == build_corpus.labels_yaml(labels)


def test_corpus_covers_every_category_in_three_languages(expected: Counter[Key]) -> None:
    per_category = Counter(category for (_, _, category) in expected.elements())
    for category in CATEGORIES:
        assert per_category[category] >= 5, category
    for category in CATEGORIES:
        languages = set().union(
            *(build_corpus.LANGUAGES[name] for (name, _, c) in expected if c == category)
        )
        assert languages == {"kk", "ru", "en"}, (category, languages)
    formats = {Path(name).suffix for (name, _, _) in expected}
    assert {".md", ".yaml", ".csv", ".json", ".html", ".svg", ".txt"} <= formats


def test_synthetic_identifiers_have_valid_check_digits() -> None:
    values = build_corpus._values()
    for key, value in values.items():
        if key.startswith("iin") and key != "iin_bad":
            assert iin_checksum_ok(value) and not is_bin_structure(value), key
        if key.startswith("bin"):
            assert iin_checksum_ok(value) and is_bin_structure(value), key
        if key.startswith("card") and key != "card_bad" and len(value) == 16:
            assert luhn_ok(value), key
        if key.startswith("iban") and key != "iban_bad" and " " not in value:
            assert iban_ok(value), key
    assert not iin_checksum_ok(values["iin_bad"])
    assert not luhn_ok(values["card_bad"])
    assert not iban_ok(values["iban_bad"])


def test_every_positive_is_found_and_no_negative_reported(
    expected: Counter[Key], found: Counter[Key]
) -> None:
    for category in CATEGORIES:
        exp = Counter({k: n for k, n in expected.items() if k[2] == category})
        got = Counter({k: n for k, n in found.items() if k[2] == category})
        tp = sum((exp & got).values())
        CORPUS_SCORES[category] = (tp, sum((got - exp).values()), sum((exp - got).values()))
    missed = sorted((expected - found).elements())
    false = sorted((found - expected).elements())
    assert not missed, f"positives not found: {missed}"
    assert not false, f"negatives reported: {false}"


def test_without_allowlist_officials_and_institutional_phones_are_reported() -> None:
    """The hard negatives about officials pass because of the allowlist, not by luck."""
    findings = scan_paths([CORPUS / "negatives.md"], Allowlist())
    categories = Counter(f.category for f in findings)
    assert categories["person-name"] >= 8
    assert categories["phone"] >= 8
