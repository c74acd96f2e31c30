"""The languages after the first, rendered two at a time: half in a forked child.

The site generator renders one language after the other on one thread. Once the first
language is built, the others share nothing but what they hand to the end of the build:
their search-index entries, the pages they wrote (for the personal-data gate) and their log
lines. So the first half of them is rendered in a forked child on the other core while this
process renders the rest; the child's log lines, search entries and pages are taken back in
the order a one-thread build would have made them, and its error, if any, is raised here.
The child writes into a folder of its own, merged afterwards as if it had written in its
turn. The site is the same, file for file (tests/test_languages.py).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import shutil
import threading
import traceback
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kazutb_transparency.buildsteps.files import files_under
from kazutb_transparency.buildsteps.forked import in_child

BuildOne = Callable[[str], None]


@dataclass
class PagesWritten:
    """Stands in for the scan-ahead worker in the child: the pages it wrote, for the parent."""

    pages: list[tuple[str, Path]] = field(default_factory=list)

    def page(self, site_path: str, file: Path) -> None:
        self.pages.append((site_path, file))


@dataclass
class ChildOutcome:
    entries: list[Any]  # the search entries its languages added
    pages: list[tuple[str, Path]]
    records: list[logging.LogRecord]
    error: BaseException | None = None


def split(languages: list[str]) -> tuple[list[str], list[str]]:
    """(rendered in the child, rendered here): the first half goes to the child; here keeps
    the last language, so this process is the one that finishes the loop."""
    if len(languages) < 2:
        return [], list(languages)
    half = (len(languages) + 1) // 2
    return languages[:half], languages[half:]


def _portable(record: logging.LogRecord) -> logging.LogRecord:
    """The record as text, so that it pickles whatever its arguments were."""
    if record.exc_info:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    record.msg, record.args, record.exc_info = record.getMessage(), None, None
    return record


def _captured_logs() -> list[logging.LogRecord]:
    """From now on (in the child), every log record is kept instead of handled."""
    records: list[logging.LogRecord] = []

    def keep(logger: logging.Logger, record: logging.LogRecord) -> None:
        records.append(_portable(record))

    logging.Logger.handle = keep  # type: ignore[method-assign]
    return records


def _sendable(error: BaseException) -> BaseException:
    """The error, picklable, with the child's traceback as a note (the parent's traceback
    shows where it was raised again, not where it happened)."""
    where = "".join(traceback.format_exception(error))
    try:
        pickle.dumps(error)
    except Exception:
        error = RuntimeError(f"{type(error).__name__}: {error}")
    error.add_note(f"In the child that rendered other languages:\n{where}")
    return error


def _render_in_child(
    languages: list[str], build_one: BuildOne, entries: list[Any], pages: PagesWritten
) -> ChildOutcome:
    records = _captured_logs()
    start = len(entries)
    try:
        for language in languages:
            build_one(language)
    except BaseException as exc:  # raised in the parent, after the child's log lines
        return ChildOutcome([], pages.pages, records, _sendable(exc))
    return ChildOutcome(entries[start:], pages.pages, records)


def _send_quietly(connection: Connection, value: Any) -> None:
    with suppress(OSError):  # the parent failed and closed its end: nobody waits for it
        connection.send(value)


def _stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """(modification time, size) of every file under `folder`, by path inside it."""
    stamps = {}
    for path, file in files_under(folder).items():
        stat = file.stat()
        stamps[path] = (stat.st_mtime_ns, stat.st_size)
    return stamps


def merge_into(site_dir: Path, child_dir: Path, before: dict[str, tuple[int, int]]) -> None:
    """Move the child's files into `site_dir` as if the child had written there in its turn:
    over what was there before it started, under what this process wrote since (a file whose
    stamp changed after `before` was taken, or that is new, was written here later)."""
    for path, file in files_under(child_dir).items():
        target = site_dir / path
        try:
            stat = target.stat()
        except FileNotFoundError:
            pass
        else:
            if before.get(path) != (stat.st_mtime_ns, stat.st_size):
                continue  # a language after the child's wrote it: its version stands
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(file, target)


class ChildLanguages:
    """Languages rendered in a forked child while this process renders the others.

    The child writes into `child_dir` (beside `site_dir`, on the same file system), merged
    into `site_dir` by `join` as a one-thread build would have left it. `entries` is the list
    the search entries of every language are gathered in (the child's are put back where a
    one-thread build would have added them). `child_setup` is called in the child before it
    renders, with the stand-in for the scan-ahead worker it must use and a function to hand
    one value over to the parent before the child is done (what a later language here needs
    to know of the child's languages); the parent takes it with `handed_over()`.
    """

    def __init__(
        self,
        languages: list[str],
        build_one: BuildOne,
        entries: list[Any],
        child_setup: Callable[[PagesWritten, Callable[[Any], None]], None],
        site_dir: Path,
        child_dir: Path,
    ) -> None:
        self._at = len(entries)
        self._entries = entries
        self._site_dir, self._child_dir = site_dir, child_dir
        self._before = _stamps(site_dir)
        pages = PagesWritten()
        receive, send = multiprocessing.get_context("fork").Pipe(duplex=False)
        sending: list[threading.Thread] = []

        def hand_over(value: Any) -> None:
            # Sent in the background: the child renders on while the parent has not asked.
            sending.append(threading.Thread(target=_send_quietly, args=(send, value)))
            sending[-1].start()

        def render(languages: list[str]) -> ChildOutcome:
            receive.close()
            child_setup(pages, hand_over)
            outcome = _render_in_child(languages, build_one, entries, pages)
            for thread in sending:
                thread.join()  # the parent has taken it, or has stopped listening
            return outcome

        self._result: Callable[[], ChildOutcome] | None = in_child(render, languages)
        send.close()
        self._handed_over = receive

    def handed_over(self) -> Any:
        """What the child handed over (waits for it); its error if it failed before."""
        try:
            return self._handed_over.recv()
        except EOFError:
            self.join(None)  # raises the child's error
            raise RuntimeError("the child rendering languages ended without handing over") from None

    def join(self, announce_page: Callable[[Path], None] | None) -> None:
        """Wait for the child; replay its log lines; raise its error, or merge its files,
        hand its pages (now in `site_dir`) to `announce_page` and put back its search
        entries."""
        if self._result is None:
            return
        result, self._result = self._result, None
        self._handed_over.close()
        try:
            outcome = result()
            for record in outcome.records:
                logging.getLogger(record.name).handle(record)
            if outcome.error is not None:
                raise outcome.error
            merge_into(self._site_dir, self._child_dir, self._before)
        finally:
            shutil.rmtree(self._child_dir, ignore_errors=True)
        if announce_page is not None:
            for site_path, _ in outcome.pages:
                announce_page(self._site_dir / site_path)
        self._entries[self._at : self._at] = outcome.entries

    def abandon(self) -> None:
        """The build failed here: wait for the child, whatever it did, and remove its files."""
        if self._result is not None:
            result, self._result = self._result, None
            self._handed_over.close()
            with suppress(BaseException):  # the parent's own error is the one reported
                result()
        shutil.rmtree(self._child_dir, ignore_errors=True)
