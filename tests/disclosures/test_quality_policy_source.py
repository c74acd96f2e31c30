"""One source says whether the quality policy exists: its record in the documents register.
The Documents page, the quality policy's page and the quality system's overview agree,
whether the record is there or not."""

from __future__ import annotations

from pathlib import Path

from kazutb_transparency.buildsteps import domains
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.disclosures.documents import QUALITY_POLICY
from kazutb_transparency.disclosures.pages.documents import documents_page
from tests.disclosures.helpers import load

LANGS = ("kk", "ru", "en")
Q = catalog("quality")


def _quality_pages(site, lang: str) -> dict[str, str]:
    """The quality pages as the build renders them (the renderer of domains.py)."""
    found = [
        pages
        for render in domains.RENDERERS
        if "qms/policy.md" in (pages := render(site, lang, None))
    ]
    assert len(found) == 1
    return found[0]


def test_the_pages_agree_that_the_policy_is_published(default_site) -> None:
    entry = default_site.disclosures.current(QUALITY_POLICY)
    assert entry is not None, "the sample documents register has a quality policy"
    assert entry.file is not None
    for lang in LANGS:
        title = entry.document.title.get(lang)
        # The Documents page lists it, with its file.
        assert entry.file.source.name in documents_page(default_site.disclosures, lang)
        pages = _quality_pages(default_site, lang)
        policy, overview = pages["qms/policy.md"], pages["qms/index.md"]
        # Published, linked to the Documents page that lists it, with its mark.
        published = Q["policy_published"][lang].split("{document}")[0]
        assert published in policy and Q["policy_missing"][lang] not in policy
        assert f'<a href="../about/documents.html">{title}</a>' in policy
        assert "prov-placeholder" in policy  # the sample record is a placeholder
        # The text is still missing: the page says so, and shows no text as the policy.
        assert Q["policy_text_pending"][lang] in policy
        line = overview.split("](policy.md): ", 1)[1].split("\n", 1)[0]
        assert line.startswith(Q["policy_line_document"][lang].split("{document}")[0])
        assert Q["policy_line_missing"][lang] not in overview


def test_the_pages_agree_that_the_policy_is_not_published(data_copy: Path) -> None:
    documents = data_copy / "disclosures" / "documents.yaml"
    text = documents.read_text(encoding="utf-8")
    start = text.index("- id: quality-policy\n")
    end = text.index("\n- id: ", start + 1) + 1
    record = text[start:end]
    file = record.split("file: ", 1)[1].split("\n", 1)[0].strip()
    documents.write_text(text[:start] + text[end:], encoding="utf-8")
    (data_copy / "documents" / file).unlink()  # a file no record describes stops the build
    site = load(data_copy)
    assert site.disclosures.current(QUALITY_POLICY) is None
    for lang in LANGS:
        assert file not in documents_page(site.disclosures, lang)
        pages = _quality_pages(site, lang)
        policy, overview = pages["qms/policy.md"], pages["qms/index.md"]
        assert Q["policy_missing"][lang] in policy
        assert "about/documents.html" not in policy and "prov-" not in policy
        assert Q["policy_published"][lang].split("{document}")[0] not in policy
        line = overview.split("](policy.md): ", 1)[1].split("\n", 1)[0]
        assert line == Q["policy_line_missing"][lang]
