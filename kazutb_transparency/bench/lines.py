"""Recall and precision per category and language on the labelled line corpus.

tests/privacy/corpus_lines/{kk,ru,en}.yaml hold positive lines (with the categories each
holds) and hard negatives. Every line is scanned on its own, by our gate (with the
corpus's allowlist) and by each peer; the categories found are compared with the labels
as multisets: a category found more often than labelled counts the surplus as false.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kazutb_transparency.privacy import Allowlist, load_allowlist
from kazutb_transparency.privacy.extract import project
from kazutb_transparency.privacy.scanner import scan_projection

ROOT = Path(__file__).resolve().parents[2]
LINES = ROOT / "tests" / "privacy" / "corpus_lines"
LANGUAGES = ("kk", "ru", "en")
# A detector: (text, format) → categories found.
LineDetector = Callable[[str, str], list[str]]


@dataclass(frozen=True)
class Line:
    lang: str
    text: str
    expect: tuple[str, ...]
    form: str
    fmt: str = "text"


def load_lines(folder: Path = LINES) -> list[Line]:
    lines = []
    for lang in LANGUAGES:
        raw = yaml.safe_load((folder / f"{lang}.yaml").read_text(encoding="utf-8"))
        for kind in ("positives", "negatives"):
            for item in raw.get(kind) or []:
                lines.append(
                    Line(
                        lang,
                        item["text"],
                        tuple(item.get("expect") or ()) if kind == "positives" else (),
                        item.get("form", ""),
                        item.get("format", "text"),
                    )
                )
    return lines


def corpus_allowlist(folder: Path = LINES) -> Allowlist:
    return load_allowlist(folder / "allowlist.yaml")


def ours(allowlist: Allowlist) -> LineDetector:
    def detect(text: str, fmt: str) -> list[str]:
        return [f.category for f in scan_projection(project(text, fmt), allowlist, "<line>")]

    return detect


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None


@dataclass
class LineScore:
    tallies: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[tuple[Line, list[str]]] = field(default_factory=list)

    def total(self, lang: str | None = None, category: str | None = None) -> Tally:
        out = Tally()
        for (lng, cat), t in self.tallies.items():
            if (lang is None or lng == lang) and (category is None or cat == category):
                out.tp, out.fp, out.fn = out.tp + t.tp, out.fp + t.fp, out.fn + t.fn
        return out


def evaluate_lines(detect: LineDetector, lines: list[Line]) -> LineScore:
    score = LineScore()
    for line in lines:
        found = Counter(detect(line.text, line.fmt))
        expected = Counter(line.expect)
        for category in found.keys() | expected.keys():
            tp = min(found[category], expected[category])
            tally = score.tallies[(line.lang, category)]
            tally.tp += tp
            tally.fp += found[category] - tp
            tally.fn += expected[category] - tp
        if found != expected:
            score.misses.append((line, sorted(found.elements())))
    return score


def _fmt(value: float | None) -> str:
    return "    —" if value is None else f"{value:5.2f}"


def report(scores: dict[str, LineScore], categories: list[str]) -> list[str]:
    """A table: rows category × language, columns recall/precision per detector."""
    names = list(scores)
    head = f"{'category':15} {'lang':4} " + " ".join(f"{n[:12]:>12} R    P" for n in names)
    out = [head]
    for category in [*categories, None]:
        for lang in [*LANGUAGES, None]:
            cells = []
            for name in names:
                t = scores[name].total(lang, category)
                cells.append(f"{'':>7}{_fmt(t.recall)} {_fmt(t.precision)}")
            label = category or "all"
            out.append(f"{label:15} {lang or 'all':4} " + " ".join(cells))
    return out


def all_detectors(log: Callable[[str], None] = print) -> dict[str, LineDetector]:
    """Ours and the peers that are installed (Presidio, airlock-pii: the `bench` extra)."""
    from kazutb_transparency.bench import peers

    detectors: dict[str, LineDetector] = {"ours": ours(corpus_allowlist())}
    for name, factory in (
        ("presidio", peers.presidio_detector),
        ("airlock_pii", peers.airlock_detector),
    ):
        detect, note = factory()
        if detect is None:
            log(f"{name}: {note}")
            continue
        detectors[name] = lambda text, fmt, detect=detect: [c for _, c in detect(text)]
    return detectors


def corpus_report(log: Callable[[str], None] = print) -> dict[str, LineScore]:
    lines = load_lines()
    positives = sum(1 for line in lines if line.expect)
    log(f"line corpus: {positives} positive and {len(lines) - positives} negative lines")
    scores = {name: evaluate_lines(d, lines) for name, d in all_detectors(log).items()}
    categories = sorted({c for line in lines for c in line.expect})
    for row in report(scores, categories):
        log(row)
    return scores
