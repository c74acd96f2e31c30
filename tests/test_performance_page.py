"""guide/performance.md is written by the benchmark from its result (a fake one here)."""

from __future__ import annotations

from datetime import date

from kazutb_transparency.bench.cli import TARGETS
from kazutb_transparency.bench.report import machine, performance_page, write_performance

SUMMARY = {
    "default": {"build_s": 10.2, "cpu_s": 21.0},
    "large": {"build_s": 49.4, "cpu_s": 81.7, "peak_tree_mb": 922, "max_page_kb": 80.5},
    "plain": {"build_s": 47.9, "cpu_s": 52.4},
    "plain_mkdocs_ratio": 1.03,
    "plain_mkdocs_cpu_ratio": 1.56,
    "calibration": {
        "before": {"wall_s": 2.4, "cpu_s": 1.1},
        "after": {"wall_s": 1.2, "cpu_s": 1.1},
    },
    "doubling_ratio": None,
}
SIZES = {"programmes": 400, "disciplines": 40, "surveys": True}
WHERE = {"cores": 2, "cpu": "AMD EPYC 7B13", "date": "2026-11-26"}


def test_the_page_states_machine_figures_and_targets(tmp_path):
    page = write_performance(SUMMARY, TARGETS, SIZES, tmp_path / "performance.md", WHERE)
    text = page.read_text(encoding="utf-8")
    assert "2 usable cores, AMD EPYC 7B13; measured on 2026-11-26" in text
    assert "400 programmes × 40 disciplines" in text
    assert "| large data: build | 49.4 s | 81.7 s | ≤ 90 s — met |" in text
    assert "| plain MkDocs on the same pages (first pair) | 47.9 s | 52.4 s | — |" in text
    assert (
        "| ours / plain MkDocs (median of pairs) | 1.03 | 1.56 "
        "| wall ≤ 0.7 — **missed**; CPU ≤ 1.5 — **missed** |" in text
    )
    # The loop's wall time twice its CPU time: the machine was busy before the pairs.
    assert "| calibration loop before the pairs | 2.4 s | 1.1 s | — |" in text
    assert "| calibration loop after the pairs | 1.2 s | 1.1 s | — |" in text
    assert "| time(2N) / time(N) | not measured | — | ≤ 2 |" in text
    assert "| large data: median page | not measured | — | ≤ 40 KB |" in text
    assert "stop" not in text.lower() and "session" not in text.lower()


def test_the_machine_is_read_from_cpuinfo(tmp_path):
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("processor\t: 0\nmodel name\t: Some CPU @ 2.0GHz\n", encoding="utf-8")
    found = machine(cpuinfo, date(2026, 11, 26))
    assert found["cpu"] == "Some CPU @ 2.0GHz" and found["date"] == "2026-11-26"
    assert found["cores"] >= 1
    assert machine(tmp_path / "missing", date(2026, 11, 26))["cpu"] == "unknown"


def test_the_page_has_one_table_and_no_diary():
    text = performance_page(SUMMARY, TARGETS, WHERE, SIZES)
    assert text.count("| figure |") == 1


def test_a_figure_not_measured_is_said_so_in_both_columns():
    text = performance_page({"default": {"build_s": 10.2}}, TARGETS, WHERE, SIZES)
    assert "| default data: build | 10.2 s | not measured | ≤ 15 s — met |" in text
    assert "| ours / plain MkDocs (median of pairs) | not measured | not measured " in text
