"""Pages of the process registry, at fixed addresses under processes/ in each language folder:
the index, the architecture diagram, one card per process, the auditors' views. They use
the process models, `organisation` and `core.markdown`.
"""

from __future__ import annotations

from kazutb_transparency.organisation import Units
from kazutb_transparency.processes.loading import Registry
from kazutb_transparency.processes.pages.architecture import architecture_page
from kazutb_transparency.processes.pages.cards import (
    by_clause_page,
    by_unit_page,
    index_page,
    process_page,
)
from kazutb_transparency.processes.pages.sourcereport import source_notes_pages, source_report_page


def render_process_pages(registry: Registry, units: Units, lang: str) -> dict[str, str]:
    pages = {
        "processes/index.md": index_page(registry, units, lang),
        "processes/architecture.md": architecture_page(registry, lang),
        "processes/by-unit.md": by_unit_page(registry, units, lang),
        "processes/by-clause.md": by_clause_page(registry, lang),
        "processes/discrepancies.md": source_report_page(registry, lang),
    }
    pages.update(source_notes_pages(registry, lang))
    for process in registry.processes:
        pages[f"processes/{process.slug}.md"] = process_page(process, registry, units, lang)
    return pages


__all__ = ["render_process_pages"]
