"""docs/ sources are scanned like data/: front matter and comments included (issue #31)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.core.errors import DataError

TODAY = date(2026, 11, 23)


def _docs(tmp_path: Path, text: str) -> Path:
    docs = tmp_path / "docs"
    (docs / "kk").mkdir(parents=True)
    (docs / "kk" / "page.md").write_text(text, encoding="utf-8")
    return docs


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: Бет\nauthor_iin: 950312450670\n---\n\n# Бет\n",
        "# Page\n\n<!-- ask Aigerim Seitkali, +7 701 555 1234 -->\n",
    ],
)
def test_personal_data_in_a_docs_source_stops_the_check(
    data_copy: Path, tmp_path: Path, text: str
) -> None:
    from kazutb_transparency.buildsteps.pipeline import check_data

    docs = _docs(tmp_path, text)
    with pytest.raises(DataError) as caught:
        check_data(data_copy, TODAY, strict=False, warn=lambda _: None, docs_dir=docs)
    problems = [p for p in caught.value.problems if "personal data" in p.message]
    assert problems and all(p.file.endswith("page.md") for p in problems)


def test_a_clean_docs_source_passes(data_copy: Path, tmp_path: Path) -> None:
    from kazutb_transparency.buildsteps.pipeline import check_data

    docs = _docs(tmp_path, "---\ntitle: About\n---\n\n# About the site\n")
    check_data(data_copy, TODAY, strict=False, warn=lambda _: None, docs_dir=docs)
