"""JSON-LD blocks: schema.org descriptions embedded in a page for search engines.

One place writes them, so that every domain escapes them the same way: the text goes into a
<script> element, where "</" would end the script early and let data become markup.
"""

from __future__ import annotations

import json
from typing import Any

from kazutb_transparency.core.provenance import Sourced

CONTEXT = "https://schema.org"


def jsonld_script(data: dict[str, Any]) -> str:
    """A JSON-LD script block; "</" is escaped so the data cannot close the script early."""
    # Compact: the block is on every page that has one, and read by machines only.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    # U+2028/2029 are line ends to an older script parser: escaped, they stay plain data.
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'\n<script type="application/ld+json">\n{text}\n</script>\n'


def stated(item: Sourced) -> bool:
    """No value of `item` is a placeholder. Search engines take JSON-LD values as facts and
    show no provenance mark, so a record with a demonstration value is left out of it (the
    page itself shows the record, marked)."""
    return "placeholder" not in item.states()
