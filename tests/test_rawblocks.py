"""Raw HTML blocks lifted out of generated pages before rendering give the same HTML."""

from __future__ import annotations

import json
import re
from pathlib import Path

import markdown
import pytest
import yaml

from kazutb_transparency.buildsteps.rawblocks import (
    _anchors,
    lift,
    lift_kept,
    lift_pages,
    lift_staged,
    restore,
    restored,
)
from kazutb_transparency.core.compact import compact_html
from kazutb_transparency.core.markdown import bullet_list, esc, table
from kazutb_transparency.privacy import Allowlist, scan_file

ROOT = Path(__file__).resolve().parents[1]


class _Loader(yaml.SafeLoader):
    """mkdocs.yml's extensions, without its !ENV and Python tags (not needed here)."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _extensions() -> tuple[list[str], dict[str, dict]]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    names, options = [], {}
    for item in config["markdown_extensions"]:
        if isinstance(item, dict):
            ((name, settings),) = item.items()
            names.append(name)
            options[name] = {k: v for k, v in (settings or {}).items() if v is not None}
        else:
            names.append(item)
    return names, options


def _render(text: str) -> str:
    names, options = _extensions()
    return markdown.Markdown(extensions=names, extension_configs=options).convert(text)


PAGES = {
    "table": "# Title\n\nIntro text.\n\n"
    + table(["A", "B", "C"], [["1", "<a href='x.md'>x</a>", "<time>2026</time>"]], "Caption")
    + "\nAfter the table.\n",
    "lists": "## Head\n\n<ul>\n<li>one</li>\n<li><ul><li>nested</li></ul></li>\n</ul>\n\n"
    "<dl><dt>Term</dt><dd>Value</dd></dl>\n\nText *em*.\n",
    "details and script": '<details class="note"><summary>More</summary>\n<p>Hidden</p>\n'
    '</details>\n\n<script type="application/ld+json">{"a": "<b>"}</script>\n',
    "nested divs": '<div class="a" markdown="0">\n<div>in</div>\n<div><p>deep</p></div>\n</div>\n'
    "\nLast paragraph with a [link](x.md).\n",
    "block then text on its line": "<p>para</p> and text after it\n\n<p>Alone</p>\n",
    "figure with svg": '<figure class="chart"><svg viewBox="0 0 1 1"><g><path d="M0"/></g>'
    "</svg><figcaption>Cap</figcaption></figure>\n",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_lifted_page_renders_to_the_same_html(name: str) -> None:
    text = PAGES[name]
    lifted, blocks = lift(text)
    assert blocks, "every example holds a block to lift"
    assert restore(_render(lifted), blocks) == _render(text)


def test_only_whole_top_level_blocks_are_lifted() -> None:
    text = "<p>a</p> tail\n\n  <ul><li>indented</li></ul>\n\n<p>open without end\n\n<pre>x</pre>\n"
    assert lift(text) == (text, [])
    lifted, blocks = lift("<div>\n<div>x</div>\n</div>\n<p>y</p>\n")
    assert blocks == ["<div>\n<div>x</div>\n</div>", "<p>y</p>"]
    assert lifted == '<div data-kazutb-block="0"></div>\n<div data-kazutb-block="1"></div>\n'


def test_stand_ins_keep_the_anchors_the_engine_checks_links_against() -> None:
    block = """<dl id="a-1"><dt id='b'>T</dt><dd><a class="x" name="c">n</a></dd></dl>"""
    lifted, blocks = lift(block + "\n")
    assert lifted == (
        """<div data-kazutb-block="0"><i id="a-1"></i><i id='b'></i><i id="c"></i></div>\n"""
    )
    assert restore(_render(lifted), blocks) == _render(block + "\n")


def test_restore_leaves_unknown_stand_ins_and_other_markup() -> None:
    html = '<div data-kazutb-block="0"></div><div data-kazutb-block="7"></div><div>o</div>'
    assert restore(html, ["<p>x</p>"]) == ('<p>x</p><div data-kazutb-block="7"></div><div>o</div>')


def test_lift_pages_lifts_the_generated_pages_and_skips_hand_written_ones(tmp_path: Path) -> None:
    kept = tmp_path / "blocks"
    generated = "# G\n\n<p>generated</p>\n"
    written = "# H\n\n```html\n<p>example</p>\n```\n"
    plain = "# P\n\nNo raw HTML.\n"
    pages = {"kk/gen.md": generated, "kk/hand.md": written, "kk/plain.md": plain,
             "kk/chart.svg": "<p>not a page</p>\n"}  # fmt: skip
    lifted = lift_pages(pages, frozenset({"kk/hand.md"}), kept)
    stand_in = '<div data-kazutb-block="0"></div>'
    assert lifted == {**pages, "kk/gen.md": f"# G\n\n{stand_in}\n"}
    assert json.loads((kept / "kk" / "gen.md.blocks.json").read_text()) == ["<p>generated</p>"]
    assert sorted(p.name for p in kept.rglob("*.json")) == ["gen.md.blocks.json"]
    assert restored(stand_in, kept, "kk/gen.md") == "<p>generated</p>"
    assert restored(stand_in, kept, "kk/hand.md") == stand_in


def test_lift_staged_lifts_the_named_pages_written_after_staging(tmp_path: Path) -> None:
    stage, kept = tmp_path / "stage", tmp_path / "blocks"
    (stage / "kk").mkdir(parents=True)
    index = "# Index\n\n<ul>\n<li>a</li>\n</ul>\n"
    (stage / "kk" / "site-index.md").write_text(index, encoding="utf-8")
    (stage / "kk" / "other.md").write_text(index, encoding="utf-8")
    lift_staged(stage, ["kk/site-index.md", "ru/site-index.md"], kept)
    stand_in = '<div data-kazutb-block="0"></div>'
    assert (stage / "kk" / "site-index.md").read_text() == f"# Index\n\n{stand_in}\n"
    assert (stage / "kk" / "other.md").read_text() == index  # not named: left as it is
    assert restored(stand_in, kept, "kk/site-index.md") == "<ul>\n<li>a</li>\n</ul>"


def test_a_blocks_anchors_are_carried_by_its_stand_in_and_a_block_without_has_none() -> None:
    assert _anchors('<table class="t" id="t">') == '<i id="t"></i>'
    assert _anchors("<div\nid='x'>") == "<i\nid='x'></i>"
    assert _anchors('<p><a class="c" name="n">x</a></p>') == '<i id="n"></i>'
    assert _anchors('<p data-grid="1" valid="no">name</p>') == ""
    assert _anchors("<p>x</p>") == ""


def test_the_previews_stand_ins_name_their_blocks_so_a_changed_block_changes_the_page() -> None:
    text = PAGES["table"]
    lifted, blocks = lift(text, digests=True)
    assert restore(_render(lifted), blocks) == _render(text)
    assert restore(lifted, blocks) == text
    assert lift(text, digests=True) == (lifted, blocks)
    changed = text.replace("Caption", "Another caption")
    assert lift(changed, digests=True)[0] != lifted  # the engine's dirty build renders it
    assert lift(changed)[0] == lift(text)[0]  # without digests only the blocks differ


def test_lift_kept_keeps_each_generated_pages_blocks_and_drops_those_of_a_page_without(
    tmp_path: Path,
) -> None:
    kept = tmp_path / "blocks"
    written = "# H\n\n<p>hand-written</p>\n"
    pages = {"kk/gen.md": "# G\n\n<p>generated</p>\n", "kk/hand.md": written, "kk/a.svg": "<p>"}
    lifted = lift_kept(pages, frozenset({"kk/hand.md"}), kept)
    assert lifted["kk/hand.md"] == written and lifted["kk/a.svg"] == "<p>"
    assert lifted["kk/gen.md"].startswith('# G\n\n<div data-kazutb-block="0" data-kazutb-digest=')
    assert restored(lifted["kk/gen.md"], kept, "kk/gen.md") == pages["kk/gen.md"]
    assert not (kept / "kk" / "hand.md.blocks.json").exists()
    lift_kept({"kk/gen.md": "# G\n\nNo blocks now.\n"}, frozenset(), kept)
    assert not (kept / "kk" / "gen.md.blocks.json").exists()


def test_a_bullet_list_is_the_html_of_a_markdown_list_and_lifted_whole() -> None:
    """The open-data catalogue's lists: the page Python-Markdown writes for the Markdown
    list they replaced, as published (blank lines after a raw block differ, which the
    compaction of every page removes), and one block the engine never parses."""
    value = esc("a *b* [c](d) <e> & f_g|h")
    markdown_list = f"- **Label:** {value} <a href='x.csv'>CSV</a>\n- <em>T</em> [n], v 1.\n"
    items = [f"<strong>Label:</strong> {value} <a href='x.csv'>CSV</a>", "<em>T</em> [n], v 1."]
    page = f"# Title\n\nIntro.\n\n{bullet_list(items)}\n\n## Next\n"
    as_markdown = f"# Title\n\nIntro.\n\n{markdown_list}\n## Next\n"
    assert compact_html(_render(page)) == compact_html(_render(as_markdown))
    lifted, blocks = lift(page)
    assert blocks == [bullet_list(items)]
    assert restore(_render(lifted), blocks) == _render(page)


def test_a_preview_stand_in_never_reads_as_a_number_to_the_gate(allowlist: Allowlist) -> None:
    """The preview's gate reads its pages with the stand-ins in them: a digest of digits
    only read as a card number (the block below once made its page refused)."""
    digests = [lift(f"<p>block {i}</p>\n", digests=True)[0] for i in range(20_000)]
    assert all(re.search(r'digest="[a-p]{16}"', stand_in) for stand_in in digests)
    page = lift("# T\n\n<p>block 41380</p>\n", digests=True)[0]
    html = f"<!doctype html><html><body><article>{page}</article></body></html>"
    assert scan_file(Path("page.html"), allowlist, data=html.encode()) == []
