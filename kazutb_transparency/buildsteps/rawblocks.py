"""Raw HTML blocks lifted out of the generated pages before an engine renders them.

The generated pages are mostly raw HTML (tables, definition lists, charts, JSON-LD), and
Python-Markdown reads every raw block tag by tag with an HTML parser only to pass it through
unchanged — twice, as MkDocs looks for anchors first — which was three quarters of the
render step. The stage puts a one-comment stand-in where each top-level block was and
keeps the blocks beside the stage; the engine adapter puts them back into the page's
rendered content before anything else reads it. The output is the same, byte for byte: the
render step's pages are compared with the whole build's, which renders the blocks in place
(tests/test_stages.py).

A block is lifted only where Markdown would pass it through whole: it starts a line with a
block-level tag, and its matching closing tag ends a line. Hand-written pages are never
touched (they may hold code examples, and they are sanitised as rendered).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path

from kazutb_transparency.core.letters import in_letters
from kazutb_transparency.core.writing import write_if_changed

# Block-level tags the page generators write at the start of a line (Python-Markdown passes
# each through as one raw block); <pre> is left alone, as Markdown may read inside it.
BLOCK_TAGS = ("div", "figure", "nav", "p", "ul", "ol", "dl", "details", "script", "section",
              "table", "form", "aside")  # fmt: skip
_OPENING = re.compile(rf"^<({'|'.join(BLOCK_TAGS)})\b[^>\n]*>", re.MULTILINE)
_TAGS = {tag: re.compile(rf"<{tag}\b|</{tag}>") for tag in BLOCK_TAGS}
# A stand-in is itself a raw block, the smallest there is: it carries the block's anchors
# (id on any element, name on a link), which the engine collects to check links to them.
_STAND_IN = '<div data-kazutb-block="{}"{}>{}</div>'
# The preview's stand-in carries its block's digest: a page whose blocks changed is then
# staged anew, and the engine's dirty build renders it again (lift_kept). In letters: the
# gate reads the stand-ins of the preview's pages, where digits could read as a card number.
_DIGEST = ' data-kazutb-digest="{}"'
_STAND_INS = re.compile(
    r'<div data-kazutb-block="(\d+)"(?: data-kazutb-digest="[a-p]+")?>(?:<i [^<>]*></i>)*</div>'
)
_ANCHORS = re.compile(r"""\sid=(?:"[^"]*"|'[^']*')|<a\s[^>]*?\sname=("[^"]*"|'[^']*')""")
_SUFFIX = ".blocks.json"


def _end_of_block(text: str, start: int, tag: str) -> int | None:
    """The offset after the tag's matching closing tag, or None if it has none."""
    depth = 0
    for found in _TAGS[tag].finditer(text, start):
        depth += -1 if found.group().startswith("</") else 1
        if depth == 0:
            return found.end()
    return None


def _anchors(block: str) -> str:
    """The block's anchors, as empty elements with the attributes as written."""
    # Either kind of anchor has one of these in it: the few blocks that do (one in eighty
    # on the large site) are searched, for a seventh of the time the search of all took.
    if "id=" not in block and "name=" not in block:
        return ""
    return "".join(
        f"<i id={m.group(1)}></i>" if m.group(1) else f"<i{m.group()}></i>"
        for m in _ANCHORS.finditer(block)
    )


def lift(text: str, digests: bool = False) -> tuple[str, list[str]]:
    """The text with each top-level raw block replaced by a stand-in, and the blocks;
    `digests`: each stand-in names its block's digest."""
    blocks: list[str] = []
    parts: list[str] = []
    done = 0
    for opening in _OPENING.finditer(text):
        start = opening.start()
        if start < done:
            continue  # inside a block already lifted
        end = _end_of_block(text, start, opening.group(1))
        if end is None or (end < len(text) and text[end] != "\n"):
            continue
        block = text[start:end]
        digest = _DIGEST.format(_digest(block)) if digests else ""
        parts += (text[done:start], _STAND_IN.format(len(blocks), digest, _anchors(block)))
        blocks.append(block)
        done = end
    parts.append(text[done:])
    return "".join(parts), blocks


def _digest(block: str) -> str:
    return in_letters(hashlib.blake2b(block.encode("utf-8"), digest_size=8).hexdigest())


def restore(html: str, blocks: list[str]) -> str:
    """The rendered content with every stand-in replaced by its block."""
    if not blocks:
        return html

    def block(found: re.Match[str]) -> str:
        index = int(found.group(1))
        return blocks[index] if index < len(blocks) else found.group()

    return _STAND_INS.sub(block, html)


def lift_pages(
    pages: dict[str, str], hand_written: frozenset[str], blocks_dir: Path
) -> dict[str, str]:
    """The build's pages with the blocks of each generated one lifted into blocks_dir,
    before they are staged (stage_docs): each page is written once, lifted."""
    lifted = {}
    for path, text in pages.items():
        if path.endswith(".md") and path not in hand_written:
            text = _lift_into(text, blocks_dir / (path + _SUFFIX))
        lifted[path] = text
    return lifted


def lift_staged(stage_dir: Path, pages: Iterable[str], blocks_dir: Path) -> None:
    """Lift the blocks of these generated pages of the staged tree (written there after
    the others were staged and lifted: the site indexes) into blocks_dir."""
    for source in pages:
        page = stage_dir / source
        if page.is_file():
            text = page.read_text(encoding="utf-8")
            lifted = _lift_into(text, blocks_dir / (source + _SUFFIX))
            if lifted is not text:
                page.write_text(lifted, encoding="utf-8")


def _lift_into(text: str, kept: Path) -> str:
    """The text lifted, its blocks kept in `kept`; the very text if it has none."""
    lifted, blocks = lift(text)
    if not blocks:
        return text
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_text(json.dumps(blocks, ensure_ascii=False), encoding="utf-8")
    return lifted


def lift_kept(
    pages: dict[str, str], hand_written: frozenset[str], blocks_dir: Path
) -> dict[str, str]:
    """The live preview's pages with the blocks of each generated one lifted into
    blocks_dir, as the build's stage lifts them (lift_staged): the preview's engines then
    render a changed page without parsing its raw HTML. A page is lifted again only when
    its text changed, and its stand-ins name their blocks' digests, so that a page whose
    blocks changed is written anew and rendered again."""
    lifted = {}
    for path, text in pages.items():
        if not path.endswith(".md") or path in hand_written:
            lifted[path] = text
            continue
        # A page's text is most often the very string of the last rebuild (its generator
        # was not run again): told by identity or equality, without a memo's bookkeeping
        # for each of the site's pages (a tenth of a survey edit's stage).
        known = _lifted.get(path)
        if known is None or not (known[0] is text or known[0] == text):
            known = _lifted[path] = (text, *lift(text, digests=True))
        lifted[path] = known[1]
        _keep(blocks_dir / (path + _SUFFIX), known[2])
    for gone in _lifted.keys() - pages.keys():
        del _lifted[gone]
    return lifted


# The preview's pages as last lifted, by path: (text, lifted text, blocks).
_lifted: dict[str, tuple[str, str, list[str]]] = {}


# Each kept blocks file by the list of blocks last written into it: written again only
# when a page was lifted again (or the file is gone).
_kept: dict[Path, list[str]] = {}


def _keep(kept: Path, blocks: list[str]) -> None:
    if _kept.get(kept) is blocks and (not blocks or kept.is_file()):
        return
    if blocks:
        write_if_changed(kept, json.dumps(blocks, ensure_ascii=False).encode("utf-8"))
    else:
        kept.unlink(missing_ok=True)
    _kept[kept] = blocks


def restored(html: str, blocks_dir: Path, source: str) -> str:
    """A staged page's rendered content with its lifted blocks back in place."""
    kept = blocks_dir / (source + _SUFFIX)
    if not kept.is_file():
        return html
    return restore(html, json.loads(kept.read_text(encoding="utf-8")))
