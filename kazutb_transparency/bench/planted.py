"""Pages with personal data planted in them: the labelled corpus lines put into real pages,
where they stand as they would on the site (a paragraph of an HTML page, the start of a
JSON string, a line of a text file), for comparing the prefiltered scan with the full one.
"""

from __future__ import annotations

import html
import json
import random
from pathlib import Path

from kazutb_transparency.bench.lines import Line

_HTML_ANCHORS = ("</p>", "</li>", "</td>", "</h2>", "</div>")


def plant(data: bytes, suffix: str, lines: list[str], rnd: random.Random) -> bytes:
    """data (a UTF-8 file of type suffix) with each of lines put in at a random place."""
    text = data.decode("utf-8", "replace")
    for line in lines:
        text = _plant_one(text, suffix.lower(), line, rnd)
    return text.encode("utf-8")


def _plant_one(text: str, suffix: str, line: str, rnd: random.Random) -> str:
    if suffix in (".html", ".htm", ".xml", ".svg"):
        at = _random_after(text, _HTML_ANCHORS, rnd)
        return text[:at] + f"<p>{html.escape(line, quote=False)}</p>" + text[at:]
    if suffix == ".json":
        at = _random_after(text, ('": "',), rnd)
        if at != len(text):
            return text[:at] + json.dumps(line, ensure_ascii=False)[1:-1] + " " + text[at:]
        return text  # no string value to put it in
    at = _random_after(text, ("\n",), rnd)
    return text[:at] + line + "\n" + text[at:]


def _random_after(text: str, needles: tuple[str, ...], rnd: random.Random) -> int:
    """Just after a random occurrence of one of the needles (the end if there is none)."""
    places = []
    for needle in needles:
        at = text.find(needle)
        while at != -1 and len(places) < 2000:
            places.append(at + len(needle))
            at = text.find(needle, at + 1)
    return rnd.choice(places) if places else len(text)


def planted_files(
    files: list[Path], lines: list[Line], count: int, per_file: int = 3, seed: int = 5
) -> list[tuple[Path, bytes]]:
    """count random files of `files` (text types), each with per_file random lines put in."""
    rnd = random.Random(seed)
    chosen = rnd.sample(files, min(count, len(files)))
    out = []
    for path in chosen:
        texts = [rnd.choice(lines).text for _ in range(per_file)]
        out.append((path, plant(path.read_bytes(), path.suffix, texts, rnd)))
    return out
