"""An archive's members already found clean: a question the scanner asks of each member.

The scanner reads an archive's members by their own types (scanner._scan_zip). The build
knows bytes it found clean before, in this build or an earlier one under the same gate
(buildsteps/scancache.py), and answers here whether a member's exact bytes, read as its
name says, are among them; such a member gives no finding again, so only its name is read.
Nobody answers by default (tests, the command line): every member is read. An answer is
given for one allowlist only: the verdicts it knows were given under that one.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from kazutb_transparency.privacy.allowlist import Allowlist

# (the member's bytes, its name in the archive) -> whether they were found clean
KnownClean = Callable[[bytes, Path], bool]

_answer: tuple[Allowlist, KnownClean] | None = None


def answer_with(allowlist: Allowlist, known_clean: KnownClean | None) -> None:
    """Let `known_clean` answer for members scanned with `allowlist` (None: nobody)."""
    global _answer
    _answer = None if known_clean is None else (allowlist, known_clean)


def known_clean(archive: zipfile.ZipFile, info: zipfile.ZipInfo, allowlist: Allowlist) -> bool:
    """Whether a member's bytes, read as its name says, were found clean under `allowlist`."""
    if _answer is None or _answer[0] is not allowlist:
        return False
    try:
        data = archive.read(info)
    except Exception:  # unreadable: the scanner reads it again and reports it as it would
        return False
    return _answer[1](data, Path(info.filename))
