"""Shared ground below every domain, one job per module: data files read with line numbers
(`datafiles`), errors, languages, review dates, the audit, Markdown helpers (`markdown`) and
open data (`opendata/`). It imports no domain and no build step.
"""
