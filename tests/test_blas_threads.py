"""Importing the package keeps OpenBLAS to one thread unless the environment says otherwise
(kazutb_transparency/__init__.py): no step does linear algebra, and the thread pool that
numpy starts on import spins on every core for a while."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

_SHOW = "import kazutb_transparency, os; print(os.environ.get('OPENBLAS_NUM_THREADS'))"


def _after_import(**env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run(
        [sys.executable, "-c", _SHOW], env={**clean, **env}, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_one_blas_thread_by_default() -> None:
    assert _after_import() == "1"


@pytest.mark.parametrize("chosen", ["2", "8"])
def test_the_environment_decides_when_it_says(chosen: str) -> None:
    assert _after_import(OPENBLAS_NUM_THREADS=chosen) == chosen
