"""The build and the garbage collector (buildsteps/heap.py): the data check runs without
collections, forked children leave their parent's objects out of theirs, and the data check
leaves no reference cycle behind (which, collections paused, would keep its garbage); a
one-shot script ends with its objects frozen, out of the interpreter's last collections."""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

from kazutb_transparency.buildsteps.forked import in_child
from kazutb_transparency.core.audit import untranslated
from kazutb_transparency.core.datafiles import parse_yaml
from kazutb_transparency.core.gc_pause import collections_paused
from kazutb_transparency.core.i18n import Localized

REPO = Path(__file__).resolve().parents[1]

RECORD = """\
title:
  kk: Бағдарлама
items:
  - name:
      kk: Бұл мәтін орысша жазылған сияқты болып көрінетін ұзын сөйлем
      ru: Бұл мәтін орысша жазылған сияқты болып көрінетін ұзын сөйлем
      en: A name
"""


def test_the_audit_finds_each_text_and_its_line_and_leaves_no_cycle() -> None:
    data, lines = parse_yaml(RECORD, "data/x.yaml")
    record = {
        "title": Localized(**data["title"]),
        "items": [{"name": Localized(**data["items"][0]["name"])}],
    }
    with collections_paused():
        found = untranslated(record, "data/x.yaml", lines, "r1")
        # What the audit was given is freed as soon as it is dropped, collections paused:
        # no reference cycle of the audit's keeps it (told by weak references, whatever
        # other threads of the test process leave for a collection meanwhile).
        parsed = [weakref.ref(lines)]
        del lines, data
        assert [ref() for ref in parsed] == [None]
    said = [(p.field, p.line, p.message) for p in found]
    assert said == [
        ("title", 1, "no ru and no en text"),
        ("items.0.name.kk", 5, "the Kazakh text is the same as the Russian one"),
    ]
    assert all(p.record == "r1" and p.file == "data/x.yaml" for p in found)


def test_collections_are_paused_inside_and_resumed_after_a_failure() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collections_paused():
        assert not gc.isenabled()
        raise RuntimeError("a data check that failed")
    assert gc.isenabled()


def test_collections_stay_off_after_the_pause_if_they_were_off_before() -> None:
    gc.disable()
    try:
        with collections_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_forked_child_leaves_its_parents_objects_out_of_its_collections() -> None:
    before = gc.get_freeze_count()
    frozen_in_child = in_child(gc.get_freeze_count)()
    assert frozen_in_child > before  # everything it inherited
    assert gc.get_freeze_count() == before  # the parent's own collections are unchanged


def test_a_script_ends_with_its_status_and_its_objects_left_out_of_the_last_collections():
    # In a fresh interpreter: the status is the one given, and by the time the interpreter
    # shuts down (its atexit hooks run just before) every object is frozen.
    probe = (
        "import atexit, gc\n"
        "from kazutb_transparency.core.gc_pause import exit_uncollected\n"
        "atexit.register(lambda: print(gc.get_freeze_count() > 1000))\n"
        "exit_uncollected(3)\n"
        "print('not reached')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout.split()) == (3, ["True"]), done.stderr
