"""The live preview's charts drawn ahead by a worker process (surveys/pages/charts_ahead.py):
the pages show the same drawings as if drawn in process, and a worker that stops leaves
its charts to be drawn in process, never a page waiting for ever."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.pages import charts, charts_ahead
from kazutb_transparency.surveys.pages.quality import render_survey_assets, render_survey_pages


@pytest.fixture
def fresh_memory(monkeypatch):
    """No spec or drawing of an earlier test in memory; the worker stopped after."""
    monkeypatch.setattr(charts, "_SPECS", {})
    monkeypatch.setattr(charts, "_MEMORY", {})
    yield
    charts_ahead.stop()


def test_the_worker_draws_what_the_pages_show(committed_data: SurveyData, tmp_path, monkeypatch,
                                              fresh_memory):  # fmt: skip
    drawn_here = render_survey_pages(replace(committed_data), "ru", tmp_path / "here")
    monkeypatch.setattr(charts, "_SPECS", {})
    monkeypatch.setattr(charts, "_MEMORY", {})

    ahead = tmp_path / "ahead"
    jobs = charts_ahead.survey_charts(committed_data, ("ru", "en"), ahead)
    assert {job[0] for job in jobs} == {"trend", "distribution"}
    charts_ahead.draw_ahead(jobs)
    assert charts_ahead._WORKERS.pending()  # handed over, not drawn here

    def refuse(*args, **kwargs):
        raise AssertionError("drawn in process")

    monkeypatch.setattr(charts.vl_convert, "vegalite_to_svg", refuse)
    assert render_survey_pages(replace(committed_data), "ru", ahead) == drawn_here
    assert render_survey_assets(replace(committed_data), "en", ahead)
    assert not charts_ahead._WORKERS.pending()
    # Drawn once: a later preview hands nothing over.
    charts_ahead.draw_ahead(jobs)
    assert not charts_ahead._WORKERS.pending()


def test_charts_of_a_worker_that_stopped_are_drawn_in_process(
    committed_data: SurveyData, tmp_path, fresh_memory
):
    cache = tmp_path / "charts"
    charts_ahead.draw_ahead(charts_ahead.survey_charts(committed_data, ("kk",), cache))
    workers = charts_ahead._WORKERS.processes()
    assert workers
    for worker in workers:
        worker.kill()
    pages = render_survey_pages(replace(committed_data), "kk", cache)
    assert any("<svg" in page for page in pages.values())
    assert not charts_ahead._WORKERS.pending() and not charts_ahead._WORKERS.processes()


def test_the_worker_starts_with_the_first_batch_even_an_empty_one(fresh_memory):
    """Its imports take a second: started with the preview's first build, whose charts may
    all be in the cache folder, the first edit of a chart does not wait for them."""
    charts_ahead.stop()
    charts_ahead.draw_ahead([])
    workers = charts_ahead._WORKERS.processes()
    assert workers and all(worker.poll() is None for worker in workers)
    assert not charts_ahead._WORKERS.pending()
    charts_ahead.draw_ahead([])
    assert charts_ahead._WORKERS.processes() == workers  # kept, not started again
