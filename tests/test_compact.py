"""Pages are written without indentation, and nothing a reader sees changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kazutb_transparency.core.compact import compact_html


def test_indentation_and_blank_lines_go() -> None:
    html = "<div>\n    <p>Бір\n      екі</p>\n\n\n  <ul>\n\t<li>a</li>\n  </ul>\n</div>\n"
    assert compact_html(html) == "<div>\n<p>Бір\nекі</p>\n<ul>\n<li>a</li>\n</ul>\n</div>\n"


def test_preformatted_text_keeps_every_space() -> None:
    kept = "<pre><code>def f():\n    return 1\n\n\n    # end</code></pre>"
    area = '<TEXTAREA name="x">\n   a\n\n  b</TEXTAREA >'
    html = f"<main>\n    {kept}\n    <p>x</p>\n  {area}\n</main>"
    assert compact_html(html) == f"<main>\n{kept}\n<p>x</p>\n{area}\n</main>"


@pytest.mark.build
def test_built_pages_are_compact(built_site: Path) -> None:
    page = (built_site / "ru" / "programmes" / "index.html").read_text(encoding="utf-8")
    assert "\n  <" not in page and "\n\n" not in page


def test_one_pass_equals_removing_indentation_then_blank_lines() -> None:
    """The single regular expression does what the rule says, on every mix of spaces, tabs,
    line breaks, text and kept elements."""
    import random
    import re

    rng = random.Random(16)
    pieces = [
        " ",
        "  ",
        "\t",
        "\n",
        "\n\n",
        "a",
        "<p>",
        "<pre>x\n  y</pre>",
        "<TEXTAREA>\n z</textarea>",
    ]
    kept = re.compile(r"(<(pre|textarea)\b.*?</\2\s*>)", re.IGNORECASE | re.DOTALL)

    def reference(html: str) -> str:
        parts = kept.split(html)
        for index in range(0, len(parts), 3):
            parts[index] = re.sub(r"\n{2,}", "\n", re.sub(r"\n[ \t]+", "\n", parts[index]))
        return "".join(p for i, p in enumerate(parts) if i % 3 != 2)

    for _ in range(3000):
        html = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert compact_html(html) == reference(html), repr(html)
