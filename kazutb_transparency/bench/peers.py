"""The personal-data scanner and its anchors on the labelled corpus and on a built site.

Anchors: Microsoft Presidio with its regex recognizers only (NoOpNlpEngine: no spaCy model,
offline) and airlock-pii. Both are optional (`pip install .[bench]`); a missing one is
reported and skipped. Each finding is reduced to (file, line, category) with the
categories of kazutb_transparency.privacy, and compared with tests/privacy/corpus/labels.yaml
as multisets, the way tests/privacy/test_corpus.py does.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kazutb_transparency.privacy import load_allowlist, scan_paths
from kazutb_transparency.privacy.scanner import iter_files

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "privacy" / "corpus"
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
# Line-level detector: text of a file → (line, category) per finding.
Detector = Callable[[str], list[tuple[int, str]]]

PRESIDIO_MAP = {
    "PHONE_NUMBER": "phone",
    "EMAIL_ADDRESS": "email",
    "CREDIT_CARD": "bank-card",
    "IBAN_CODE": "iban",
    "PERSON": "person-name",
    "DATE_TIME": "birth-date",  # any date: precision shows what that costs
}
AIRLOCK_MAP = {
    "PERSON": "person-name",
    "IIN": "iin",
    "KZ_IBAN": "iban",
    "CARD": "bank-card",
    "PHONE": "phone",
    "EMAIL": "email",
    # BIN (a company's number) and SECRET are not personal data: unmapped.
}


@dataclass
class Score:
    name: str
    available: bool = True
    note: str = ""
    per_category: dict[str, dict[str, float | int | None]] = field(default_factory=dict)
    recall: float | None = None
    precision: float | None = None
    corpus_mb_s: float | None = None
    site_mb: float | None = None
    site_mb_s: float | None = None
    site_findings: int | None = None
    unmapped: int = 0


def corpus_files() -> list[Path]:
    errors: list[str] = []
    return list(iter_files([CORPUS], errors))


def expected_labels() -> Counter[Key]:
    labels = yaml.safe_load((CORPUS / "labels.yaml").read_text(encoding="utf-8"))
    return Counter((item["file"], item["line"], item["category"]) for item in labels)


def _line_of(text: str) -> Callable[[int], int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    import bisect

    return lambda offset: bisect.bisect_right(starts, offset)


def score(name: str, found: Counter[Key], expected: Counter[Key], result: Score) -> None:
    tp_all = fp_all = fn_all = 0
    for category in CATEGORIES:
        exp = Counter({k: n for k, n in expected.items() if k[2] == category})
        got = Counter({k: n for k, n in found.items() if k[2] == category})
        tp = sum((exp & got).values())
        fp = sum((got - exp).values())
        fn = sum((exp - got).values())
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        result.per_category[category] = {
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "recall": round(tp / (tp + fn), 3) if tp + fn else None,
            "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        }
    result.recall = round(tp_all / (tp_all + fn_all), 3) if tp_all + fn_all else None
    result.precision = round(tp_all / (tp_all + fp_all), 3) if tp_all + fp_all else None


def _run_detector(
    detect: Detector, files: list[Path], base: Path | None
) -> tuple[Counter[Key], int, float]:
    found: Counter[Key] = Counter()
    size = 0
    started = time.process_time()
    for file in files:
        raw = file.read_bytes()
        size += len(raw)
        rel = file.relative_to(base).as_posix() if base else file.name
        for line, category in detect(raw.decode("utf-8", errors="replace")):
            found[(rel, line, category)] += 1
    return found, size, time.process_time() - started


def presidio_detector() -> tuple[Detector | None, str]:
    try:
        import tldextract

        # Offline: the bundled public-suffix snapshot, never a download.
        tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NoOpNlpEngine
    except ImportError as exc:
        return None, f"not installed ({exc.name}); pip install presidio-analyzer==2.2.366"
    nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(nlp_engine=nlp, languages=["en"])
    engine = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])
    unmapped: Counter[str] = Counter()

    def detect(text: str) -> list[tuple[int, str]]:
        line_of = _line_of(text)
        out = []
        for r in engine.analyze(text, language="en"):
            category = PRESIDIO_MAP.get(r.entity_type)
            if category:
                out.append((line_of(r.start), category))
            else:
                unmapped[r.entity_type] += 1
        return out

    detect.unmapped = unmapped  # type: ignore[attr-defined]
    return detect, "regex recognizers, NoOpNlpEngine (no spaCy model), language 'en'"


def airlock_detector() -> tuple[Detector | None, str]:
    try:
        import airlock_pii
    except ImportError:
        return None, "not installed; pip install airlock-pii==0.1.0"
    unmapped: Counter[str] = Counter()

    def detect(text: str) -> list[tuple[int, str]]:
        line_of = _line_of(text)
        out = []
        for e in airlock_pii.detect(text):
            category = AIRLOCK_MAP.get(str(e.type.value))
            if category:
                out.append((line_of(e.start), category))
            else:
                unmapped[str(e.type.value)] += 1
        return out

    detect.unmapped = unmapped  # type: ignore[attr-defined]
    return detect, "airlock_pii.detect(), all recognizers"


def ours_detector() -> Detector:
    allowlist = load_allowlist()

    def detect_paths(files: list[Path], base: Path | None) -> Counter[Key]:
        found: Counter[Key] = Counter()
        for f in scan_paths(files, allowlist):
            path = Path(f.path)
            rel = path.relative_to(base).as_posix() if base else path.name
            found[(rel, f.line, f.category)] += 1
        return found

    return detect_paths  # type: ignore[return-value]


def site_sample(site: Path, max_mb: float | None) -> list[Path]:
    """The files the gate scans in a built site, in scan order, up to max_mb."""
    errors: list[str] = []
    files = []
    total = 0
    for file in iter_files([site], errors):
        size = file.stat().st_size
        if max_mb is not None and total + size > max_mb * 1e6 and files:
            break
        files.append(file)
        total += size
    return files


def evaluate(
    site: Path | None, peer_site_mb: float | None, log: Callable[[str], None]
) -> list[Score]:
    """Scores of ours, Presidio and airlock-pii on the corpus, and speed on the site."""
    expected = expected_labels()
    files = corpus_files()
    results: list[Score] = []
    # Ours: the real gate, through scan_paths (its allowlist handles the officials).
    ours = Score("ours", note="kazutb_transparency.privacy.scan_paths with the allowlist")
    detect_paths = ours_detector()
    started = time.process_time()
    found = detect_paths(files, CORPUS)  # type: ignore[call-arg]
    cpu = time.process_time() - started
    size = sum(f.stat().st_size for f in files)
    score("ours", found, expected, ours)
    ours.corpus_mb_s = round(size / 1e6 / cpu, 2) if cpu else None
    if site is not None:
        sample = site_sample(site, None)
        mb = sum(f.stat().st_size for f in sample) / 1e6
        started = time.process_time()
        hits = detect_paths(sample, site)  # type: ignore[call-arg]
        cpu = time.process_time() - started
        ours.site_mb, ours.site_mb_s = round(mb, 2), round(mb / cpu, 2) if cpu else None
        ours.site_findings = sum(hits.values())
    results.append(ours)
    for name, factory in (("presidio", presidio_detector), ("airlock_pii", airlock_detector)):
        log(f"peers: {name} …")
        detector, note = factory()
        result = Score(name, available=detector is not None, note=note)
        if detector is not None:
            found, size, cpu = _run_detector(detector, files, CORPUS)
            score(name, found, expected, result)
            result.corpus_mb_s = round(size / 1e6 / cpu, 2) if cpu else None
            if site is not None:
                sample = site_sample(site, peer_site_mb)
                hits, size, cpu = _run_detector(detector, sample, site)
                result.site_mb = round(size / 1e6, 2)
                result.site_mb_s = round(size / 1e6 / cpu, 2) if cpu else None
                result.site_findings = sum(hits.values())
            result.unmapped = sum(getattr(detector, "unmapped", Counter()).values())
        results.append(result)
    return results
