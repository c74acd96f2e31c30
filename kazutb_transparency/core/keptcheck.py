"""The glossary check's problems, kept between builds by the bytes of every file it reads.

The check (core/glossary.py: one translation per Kazakh text, the glossary's words) reads
every YAML and CSV file of data/, about six CPU seconds of the large benchmark site, and
says the same while none of them changed. A build keeps its problems in
`.cache/terminology.json` under a key: the sha256 of each such file's path and bytes, of
the data folder and the working folder (problems name files as the editor sees them), of
the day, and of the code that reads and checks (parsecache.code_digest). Under another key
the check runs again and the file is written anew; a file that cannot be read as this
module writes it is no saving, never a reason to stop. A check that fails is not kept.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kazutb_transparency.core.dates import build_day
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.keptvalue import write_aside
from kazutb_transparency.core.parsecache import code_digest

FORMAT = "kazutb-terminology/1"
FILE = "terminology.json"
FIELDS = [f.name for f in dataclasses.fields(Problem)]


def inputs_key(data_dir: Path) -> str:
    """The sha256 of everything the check's answer depends on."""
    digest = code_digest(FORMAT, str(build_day()), str(data_dir.resolve()), os.getcwd())
    for path in sorted([*data_dir.rglob("*.yaml"), *data_dir.rglob("*.csv")]):
        try:
            data = path.read_bytes()
        except OSError:  # unreadable: the loaders report it; the key differs from a readable one
            data = b"\0unreadable"
        digest.update(f"\0{path.relative_to(data_dir).as_posix()}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def kept_check(
    file: Path, data_dir: Path, start: Callable[[], Callable[[], list[Problem]]]
) -> Callable[[], list[Problem]]:
    """The check's problems: those kept in `file` under this key, or — once `start()` has
    begun the check and the function it returns has given them — found now and kept."""
    key = inputs_key(data_dir)
    kept = _load(file, key)
    if kept is not None:
        return lambda: kept
    running = start()

    def result() -> list[Problem]:
        problems = running()
        _save(file, key, problems)
        return problems

    return result


def _load(file: Path, key: str) -> list[Problem] | None:
    try:
        body = json.loads(file.read_bytes())
        if body["format"] != FORMAT or body["key"] != key:
            return None
        return [Problem(**dict(zip(FIELDS, row, strict=True))) for row in body["problems"]]
    except (OSError, ValueError, TypeError, KeyError):  # missing, damaged or foreign
        return None


def _save(file: Path, key: str, problems: list[Problem]) -> None:
    rows: list[list[Any]] = [[getattr(p, name) for name in FIELDS] for p in problems]
    write_aside(file, json.dumps({"format": FORMAT, "key": key, "problems": rows}).encode())
