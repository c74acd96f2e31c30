"""Every relative link of README.md and guide/*.md leads to a file (and anchor) that exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from buildtools import REPO

DOCUMENTS = [REPO / "README.md", *sorted((REPO / "guide").glob("*.md"))]
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)


def anchors(path: Path) -> set[str]:
    """GitHub's anchors of a Markdown file: its headings, slugged, and its explicit ids."""
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    found = set(re.findall(r'<a id="([^"]+)"', text))
    for heading in re.findall(r"^#{1,6}\s+(.+?)\s*$", text, flags=re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower().replace("`", ""))
        found.add(slug.replace(" ", "-"))
    return found


def links(path: Path) -> list[str]:
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    text = re.sub(r"`[^`\n]*`", "", text)  # code spans are not links
    return LINK.findall(text)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_every_relative_link_resolves(document: Path):
    broken = []
    for target in links(document):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
            continue
        address, _, anchor = target.partition("#")
        path = (document.parent / address).resolve() if address else document
        if not path.exists():
            broken.append(f"{target}: no such file")
        elif anchor and path.suffix == ".md" and anchor not in anchors(path):
            broken.append(f"{target}: no heading or id '{anchor}' in {path.name}")
    assert not broken, f"{document.name}: " + "; ".join(broken)


def test_the_readme_is_short_and_answers_the_four_questions_first():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 300
    top = text[: len(text) // 3]
    for question in ("Change a fee", "Add a programme", "Publish", "survey answers"):
        assert question in top, question


def test_no_diary_in_the_guides():
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        assert not re.search(r"stop \d+|this session|work period", text, re.IGNORECASE), document
