"""The labelled line corpus (tests/privacy/corpus_lines): every form of personal data the
gate must catch, in kk, ru and en, and hard negatives it must pass.

The corpus was written as a privacy officer would label it, not tuned to the detector; the
floors below are what the gate is held to (scripts/benchmark_privacy.py prints the table
beside Presidio and airlock-pii).
"""

from __future__ import annotations

from collections import Counter

import pytest

from kazutb_transparency.bench.lines import (
    LANGUAGES,
    corpus_allowlist,
    evaluate_lines,
    load_lines,
    ours,
)
from kazutb_transparency.privacy.identifiers import iban_ok, iin_checksum_ok, luhn_ok

CATEGORIES = (
    "person-name", "iin", "phone", "email", "home-address", "social-handle", "birth-date",
    "id-document", "student-id", "bank-card", "iban",
)  # fmt: skip
MIN_RECALL = 0.95
MIN_PRECISION = 0.95


@pytest.fixture(scope="module")
def lines():
    return load_lines()


@pytest.fixture(scope="module")
def score(lines):
    result = evaluate_lines(ours(corpus_allowlist()), lines)
    for line, found in result.misses:
        print(f"MISS [{line.lang}] {line.form}: expected {sorted(line.expect)}, found {found}: "
              f"{line.text[:120]!r}")  # fmt: skip
    return result


def test_corpus_is_wide(lines) -> None:
    positives = [line for line in lines if line.expect]
    negatives = [line for line in lines if not line.expect]
    assert len(positives) >= 300 and len(negatives) >= 300
    for lang in LANGUAGES:
        assert sum(1 for line in positives if line.lang == lang) >= 100, lang
        assert sum(1 for line in negatives if line.lang == lang) >= 100, lang
    per = Counter((line.lang, c) for line in positives for c in line.expect)
    for category in CATEGORIES:
        for lang in LANGUAGES:
            assert per[(lang, category)] >= 2, (lang, category)


def test_corpus_identifiers_are_valid(lines) -> None:
    import re

    for line in lines:
        if "iin" in line.expect:
            groups = re.findall(r"\d[\d \-]{10,16}\d", line.text)
            assert any(iin_checksum_ok(re.sub(r"\D", "", g)) for g in groups), line.text
        if "bank-card" in line.expect:
            groups = re.findall(r"\d[\d \-]{14,20}\d", line.text)
            assert any(luhn_ok(re.sub(r"\D", "", g)) for g in groups), line.text
        if "iban" in line.expect:
            found = [m.replace(" ", "")[:20] for m in re.findall(r"KZ[0-9A-Z ]{18,30}", line.text)]
            assert any(iban_ok(m) for m in found), line.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_recall_and_precision_per_language(score, lang) -> None:
    total = score.total(lang)
    assert total.recall >= MIN_RECALL, (lang, total)
    assert total.precision >= MIN_PRECISION, (lang, total)


@pytest.mark.parametrize("category", CATEGORIES)
def test_recall_and_precision_per_category(score, category) -> None:
    total = score.total(category=category)
    assert total.recall is not None and total.recall >= MIN_RECALL, (category, total)
    assert total.precision is None or total.precision >= MIN_PRECISION, (category, total)
