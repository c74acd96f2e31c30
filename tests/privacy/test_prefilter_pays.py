"""A process compiles the prefilter's patterns only once its reading pays for them
(privacy/scanner.py, _prefilter_for): a scan of a few files reads them with every detector,
which finds the same, and a build with nothing in its scan cache compiles them at once,
before it forks its worker (buildsteps/scanahead.py)."""

from __future__ import annotations

import pytest

import kazutb_transparency.buildsteps.scanahead as scanahead
import kazutb_transparency.privacy.scanner as scanner
from kazutb_transparency.buildsteps.scancache import ScanCache
from kazutb_transparency.privacy import Allowlist, scan_text

TEXT = (
    "Студент Айгерім Сейтқали, тел. +7 701 555 12 34, ЖСН 900101350019, "
    "aigerim.s@mail.kz; туған күні 12.03.1999. "
)


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> list:
    """A process that has compiled nothing and read nothing yet, with a small threshold."""
    compiled: list = []
    monkeypatch.setattr(scanner, "_PREFILTER", compiled)
    monkeypatch.setattr(scanner, "_read_without_prefilter", 0)
    monkeypatch.setattr(scanner, "PREFILTER_PAYS_AFTER", 10 * len(TEXT))
    return compiled


def test_a_few_texts_are_read_without_compiling(fresh: list, allowlist: Allowlist) -> None:
    full = scan_text(TEXT, allowlist, prefilter=False)
    assert len(full) >= 3
    for _ in range(5):
        assert scan_text(TEXT, allowlist, prefilter=True) == full
    assert fresh == []


def test_the_prefilter_is_compiled_once_the_reading_pays(fresh: list, allowlist: Allowlist) -> None:
    full = scan_text(TEXT, allowlist, prefilter=False)
    for _ in range(12):
        assert scan_text(TEXT, allowlist, prefilter=True) == full
    assert len(fresh) == 1  # compiled once, then used
    assert scan_text(TEXT * 3, allowlist, prefilter=True) == scan_text(
        TEXT * 3, allowlist, prefilter=False
    )
    assert len(fresh) == 1


def test_prefilter_false_never_compiles(fresh: list, allowlist: Allowlist) -> None:
    for _ in range(20):
        scan_text(TEXT, allowlist, prefilter=False)
    assert fresh == []


@pytest.mark.parametrize(("known", "compiles"), [(frozenset(), True), (frozenset({"k"}), False)])
def test_a_build_compiles_ahead_only_without_a_warm_cache(
    monkeypatch: pytest.MonkeyPatch, allowlist: Allowlist, known: frozenset, compiles: bool
) -> None:
    calls: list[None] = []
    monkeypatch.setattr(scanahead, "prepare_prefilter", lambda: calls.append(None))
    ahead = scanahead.ScanAhead(allowlist, ScanCache(None, "", known))
    try:
        assert bool(calls) is compiles
    finally:
        ahead.close()
