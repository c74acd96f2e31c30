"""Shared ground below every domain: data files and errors, languages, review dates, the audit,
Markdown helpers and the open-data writer. It imports no domain and no build step."""
