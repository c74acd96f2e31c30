"""schema.org description of a process page: a web page about one process of the map.

Only what the process map states: the process's title, goal and identification number, the
map it comes from (code, version) and the day the map's data were last updated.
"""

from __future__ import annotations

from typing import Any

from kazutb_transparency.core.jsonld import CONTEXT
from kazutb_transparency.processes.labels import L
from kazutb_transparency.processes.loading import Registry
from kazutb_transparency.processes.models import Process


def process_page(process: Process, registry: Registry, lang: str) -> dict[str, Any]:
    doc = registry.document
    title = process.title.get(lang)
    return {
        "@context": CONTEXT,
        "@type": "WebPage",
        "name": f"{process.number}. {title}",
        "description": process.goal.get(lang),
        "inLanguage": lang,
        "about": {"@type": "Thing", "name": title, "identifier": process.code},
        "isPartOf": {"@type": "CollectionPage", "name": L["registry"][lang]},
        "isBasedOn": {
            "@type": "CreativeWork",
            "name": doc.title.get(lang),
            "identifier": doc.code,
            "version": doc.version,
        },
        "dateModified": doc.updated.isoformat(),
    }
