"""The live preview's charts drawn ahead, in two processes of their own.

Drawing a chart is the costly part of a survey edit: Altair makes its spec (~50 ms) and
vl-convert draws it (~90 ms), for each language, and vl-convert holds the interpreter lock
while it draws, so a thread does not help. Right after the data are checked, the preview
hands the charts whose drawing is not in the cache folder to two workers, every other
chart to each (the pages ask for them a language at a time); they draw them into the
cache folder (`cached_spec`, `draw`: the same files, written atomically) while
the preview writes the open data and the other pages. A chart handed over is waited for
when a page asks for it (`charts.cached_spec`), and then read from the cache folder.

A worker is a plain child process that reads pickled batches from its input: vl-convert
runs its engine in a thread, which a forked child would not have. A build (`make site`)
draws its charts itself, as before.

    python -m kazutb_transparency.surveys.pages.charts_ahead
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import subprocess
import sys
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import IO, Any

from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.pages import charts

# A chart to draw: its maker's name in MAKERS, what it shows, the language, the cache folder.
Job = tuple[str, Any, str, Path]


def _makers() -> dict[str, Callable[[Any, str], dict[str, Any]]]:
    from kazutb_transparency.surveys.pages.chart_view import trend_spec
    from kazutb_transparency.surveys.pages.distribution_chart import distribution_spec

    return {"trend": trend_spec, "distribution": distribution_spec}


def _send(stream: IO[bytes], value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack(">I", len(data)) + data)
    stream.flush()


def _receive(stream: IO[bytes]) -> Any:
    head = stream.read(4)
    if len(head) < 4:
        raise EOFError("the chart worker stopped")
    (size,) = struct.unpack(">I", head)
    return pickle.loads(stream.read(size))


class ChartWorker:
    """The process, started at the first batch (even an empty one) and kept. It answers
    each chart's key once the chart is in its cache folder, in the order handed over (the
    languages in turn)."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.pending: set[str] = set()  # the keys handed over and not yet answered

    def draw(self, jobs: list[tuple[str, Job]]) -> None:
        """Hand over (key, job) pairs, after the last batch is done."""
        self.wait_for_all()
        if self.process is None or self.process.poll() is not None:
            # Started with the preview's first build even when every chart is in the cache
            # folder: its imports take a second, which the first edit of a survey's target
            # would otherwise wait for.
            command = [sys.executable, "-m", "kazutb_transparency.surveys.pages.charts_ahead"]
            # A process group of its own: Ctrl-C stops the preview, which stops its workers;
            # one interrupted while it imports would print a traceback.
            self.process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, process_group=0
            )
        if not jobs:
            return
        assert self.process.stdin is not None
        self.pending = {key for key, _ in jobs}
        _send(self.process.stdin, jobs)

    def wait_for(self, key: str) -> None:
        """Until the chart of `key` is drawn, if it was handed over. A worker that stopped
        leaves its charts to the caller, who draws them (and says what is wrong with one)
        as a build does."""
        while key in self.pending:
            assert self.process is not None and self.process.stdout is not None
            try:
                self.pending.discard(_receive(self.process.stdout))
            except (EOFError, OSError, pickle.UnpicklingError):
                self.stop()

    def wait_for_all(self) -> None:
        while self.pending:
            self.wait_for(next(iter(self.pending)))

    def stop(self) -> None:
        self.pending = set()
        if self.process is not None:
            if self.process.poll() is None:
                self.process.kill()
            self.process.wait()
            self.process = None


class ChartWorkers:
    """Two workers, each handed every other chart: the pages wait for a survey's charts in
    each language in turn, and while they wait the preview's own core is idle (a survey
    target's edit redraws its trend in three languages, ~0.1 s each)."""

    def __init__(self, count: int) -> None:
        self.workers = [ChartWorker() for _ in range(count)]

    def draw(self, jobs: list[tuple[str, Job]]) -> None:
        for index, worker in enumerate(self.workers):
            worker.draw(jobs[index :: len(self.workers)])

    def wait_for(self, key: str) -> None:
        for worker in self.workers:
            if key in worker.pending:
                worker.wait_for(key)

    def pending(self) -> set[str]:
        return {key for worker in self.workers for key in worker.pending}

    def processes(self) -> list[subprocess.Popen[bytes]]:
        return [worker.process for worker in self.workers if worker.process is not None]

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()


_WORKERS = ChartWorkers(2 if (os.cpu_count() or 1) > 1 else 1)
charts.wait_for_drawings(_WORKERS.wait_for)  # a key not handed over is not waited for


def draw_ahead(jobs: list[Job]) -> None:
    """Hand the charts whose spec is neither in memory nor in its cache folder to the
    worker; `charts.cached_spec` waits for it before it reads one of them."""
    wanted = []
    makers = _makers()
    for maker, chart, lang, cache_dir in jobs:
        key = charts.spec_key(makers[maker], chart, lang)
        if not charts.spec_known(key, cache_dir):
            wanted.append((key, (maker, chart, lang, cache_dir)))
    _WORKERS.draw(wanted)


def survey_charts(data: SurveyData, languages: tuple[str, ...], cache_dir: Path) -> list[Job]:
    """Every chart the survey pages of `languages` show."""
    from kazutb_transparency.surveys.pages.chart_view import trend_chart
    from kazutb_transparency.surveys.pages.distribution_chart import distribution_chart

    jobs: list[Job] = []
    for lang in languages:
        for survey in data.surveys:
            if (chart := trend_chart(data, survey, lang)) is not None:
                jobs.append(("trend", chart, lang, cache_dir))
            if (shown := distribution_chart(data, survey, lang)) is not None:
                jobs.append(("distribution", shown, lang, cache_dir))
    return jobs


def stop() -> None:
    _WORKERS.stop()


def main() -> int:
    """The worker: each chart of a batch drawn into its cache folder, then its key sent back."""
    # Ctrl-C in `make serve` reaches the whole process group: the preview stops its workers
    # (end of input, or kill), so a worker ignores it rather than print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    makers = _makers()
    # The answers go through the original standard output; anything a library prints goes
    # to standard error, never into an answer.
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    # Altair's first spec and vl-convert's first drawing (its engine starts, about 0.4 s)
    # made now, while the preview's first build runs, not at the first edit of a chart.
    with suppress(Exception):
        point = charts.alt.Chart(charts.alt.Data(values=[{"x": 1}])).mark_point()
        spec = point.encode(x="x:Q").to_dict(validate=False)
        charts.vl_convert.vegalite_to_svg(spec, vl_version=charts.VL_VERSION)
    source = sys.stdin.buffer
    while True:
        try:
            jobs = _receive(source)
        except EOFError:
            return 0
        for key, (maker, chart, lang, cache_dir) in jobs:
            # A chart that fails is drawn again by the preview, which says what is wrong.
            with suppress(Exception):
                charts.draw(charts.cached_spec(makers[maker], chart, lang, cache_dir), cache_dir)
            try:
                _send(answers, key)
            except BrokenPipeError:
                # The preview stopped (Ctrl-C) while this chart was drawn: nobody to answer,
                # and nothing to flush at exit either.
                os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
