"""Data → Markdown pages, kept independent of MkDocs (Material nears its end of life)."""
