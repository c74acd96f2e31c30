"""What each YAML file of data/ parsed to, kept between builds by the file's text.

Parsing data/ is the largest part of checking it: about six CPU seconds for the large
benchmark site's 900 files, in every build, for files most of which did not change. A
build keeps one file, `.cache/parsed-yaml.pickle`: the sha256 of a file's text → what the
parse gave, the data and the lines of its fields (datafiles.LineTree), pickled. Only a
parse that found no problem is kept; a file with a problem is parsed, and reported, again.

Its entries hold under one fingerprint: the parsing and checking code (core/), PyYAML and
Python, and the day (a date in the future is a problem on one day, not on the next). Any
other fingerprint, or a file that cannot be read as this module writes it, is an empty
cache: it is only a saving, never a reason to stop.

Read with an unpickler that builds nothing but plain values (keptvalue.unpickled: texts,
numbers, lists, mappings, dates): a cache file restored from elsewhere cannot run code.

The one clean-up: a build that parsed a file anew, or no longer has one, writes the file
again with this build's entries only; so it holds one build's files at most.
"""

from __future__ import annotations

import datetime
import hashlib
import pickle
import sys
from pathlib import Path
from typing import Any

import yaml

from kazutb_transparency.core.keptvalue import unpickled, write_aside

FORMAT = "kazutb-parsed-yaml/1"
FILE = "parsed-yaml.pickle"
# The code that parses and checks a file: the core package (datafiles, textcheck, dates…).
CODE = Path(__file__).parent


def fingerprint(day: datetime.date) -> str:
    """The sha256 of what decides a file's parse besides its text."""
    return code_digest(FORMAT, str(day)).hexdigest()


def code_digest(*versions: str, code: tuple[Path, ...] = ()) -> Any:
    """A sha256 begun with `versions`, Python's and PyYAML's, and the modules of core/ and
    of the `code` folders: what decides how data/ is read and checked, for the caches of
    what was read."""
    libraries = f"{sys.version}\0{yaml.__version__}\0{yaml.__with_libyaml__}"
    digest = hashlib.sha256("\0".join([*versions, libraries]).encode())
    for folder in (CODE, *code):
        for module in sorted(folder.glob("*.py")):
            digest.update(f"{folder.name}/{module.name}\0".encode() + module.read_bytes())
    return digest


class ParseCache:
    """The parses of the last build, and those of this one."""

    def __init__(self, file: Path, day: datetime.date) -> None:
        self.file = file
        self.fingerprint = fingerprint(day)
        self.known: dict[str, bytes] = _load(file, self.fingerprint)
        self.used: dict[str, bytes] = {}

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def get(self, key: str) -> tuple[Any, Any] | None:
        """(data, line tree) as kept for this text: a copy of its own for each caller."""
        kept = self.used.get(key) or self.known.get(key)
        if kept is None:
            return None
        try:
            data, tree = unpickled(kept)
        except Exception:  # a damaged entry: parsed again
            return None
        self.used[key] = kept
        return data, tree

    def put(self, key: str, data: Any, tree: Any) -> None:
        """Keep a parse; called before the data are handed out (and maybe changed)."""
        self.used[key] = pickle.dumps((data, tree), protocol=5)

    def save(self) -> None:
        """Keep this build's parses, if they are not what the file holds already."""
        if self.used.keys() == self.known.keys():
            return
        body = {"format": FORMAT, "fingerprint": self.fingerprint, "parses": self.used}
        write_aside(self.file, pickle.dumps(body, protocol=5))


def _load(file: Path, expected: str) -> dict[str, bytes]:
    """The parses the file keeps under this fingerprint; none if it is missing or foreign."""
    try:
        body = unpickled(file.read_bytes())
    except Exception:  # missing, damaged or foreign: an empty cache
        return {}
    if (
        not isinstance(body, dict)
        or body.get("format") != FORMAT
        or body.get("fingerprint") != expected
        or not isinstance(body.get("parses"), dict)
    ):
        return {}
    return {
        key: kept
        for key, kept in body["parses"].items()
        if isinstance(key, str) and isinstance(kept, bytes)
    }
