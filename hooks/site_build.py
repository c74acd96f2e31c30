"""MkDocs hook: the engine's events, handed to the package's adapter.

Everything MkDocs-specific is in kazutb_transparency/engines/mkdocs_events.py; this file only
tells MkDocs (and ProperDocs, which reads the same mkdocs.yml) where those events are.
"""

from __future__ import annotations

from kazutb_transparency.engines.mkdocs_events import (  # noqa: F401 (MkDocs reads them)
    on_build_error,
    on_config,
    on_env,
    on_page_content,
    on_page_context,
    on_post_build,
    on_post_page,
    on_post_template,
    on_template_context,
)
