"""Issue #31: personal data in every disguise, in whole files made by different producers.

Every positive of every class is caught, every look-alike passes (see realistic.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kazutb_transparency.privacy import load_allowlist, scan_file

from .realistic import Sample, samples

_SAMPLES = samples()


def _categories(sample: Sample) -> set[str]:
    return {f.category for f in scan_file(Path(sample.name), load_allowlist(), data=sample.data)}


@pytest.mark.parametrize(
    "sample", [s for s in _SAMPLES if s.expect], ids=lambda s: f"{s.cls}-{s.name}"
)
def test_every_positive_is_caught(sample: Sample) -> None:
    assert sample.expect <= _categories(sample)


@pytest.mark.parametrize(
    "sample", [s for s in _SAMPLES if not s.expect], ids=lambda s: f"{s.cls}-{s.name}"
)
def test_no_look_alike_is_reported(sample: Sample) -> None:
    assert _categories(sample) == set()


def test_the_corpus_is_wide() -> None:
    """Several forms of each class, positives and look-alikes, in many file types."""
    classes = {s.cls for s in _SAMPLES}
    assert classes >= {"invisible", "links", "spelled", "email", "typed-cells", "xmp", "names"}
    for cls in classes - {"docs"}:
        assert sum(1 for s in _SAMPLES if s.cls == cls and s.expect) >= 4, cls
        assert any(not s.expect for s in _SAMPLES if s.cls == cls), cls
    assert len({s.ftype for s in _SAMPLES}) >= 12
