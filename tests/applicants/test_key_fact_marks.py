"""Every value of a programme's key facts carries its own provenance mark, as every other
value of the site does: an invented fee never reads as a fact, not even when every value of
the block is a placeholder (a mark said once under the block is read by no one)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from kazutb_transparency.applicants.pages import key_facts
from kazutb_transparency.applicants.pages.common import L
from tests.disclosures.helpers import load

LANGS = ("kk", "ru", "en")
CODE = "6B04105"
MARK = re.compile(r'<span class="prov prov-([a-z-]+)"')


def _facts(site, lang: str) -> tuple[list[tuple[str, str]], str]:
    programme = next(p for p in site.disclosures.programmes if p.code == CODE)
    block = key_facts(
        site.applicants.facts_of(CODE), site.disclosures, programme, f"programmes/{CODE}.md", lang
    )
    pairs = re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", block)
    return pairs, block.split("</dl>", 1)[1]


def test_every_key_fact_has_its_own_mark(default_site) -> None:
    for lang in LANGS:
        pairs, under = _facts(default_site, lang)
        assert len(pairs) == 10  # fee … employment, final attestation, earnings, …
        for label, value in pairs:
            if L["no_data"][lang] in value or "accreditation-none" in value:
                continue  # no value: nothing to mark
            assert MARK.search(value), (lang, label, value)
        # No mark stands for the whole block: the line under it gives the date only.
        assert not MARK.search(under)


def test_each_value_shows_its_own_state(data_copy: Path) -> None:
    """The fee confirmed, the rest placeholders: each value says which it is."""
    path = data_copy / "applicants" / "programmes" / f"{CODE}.yaml"
    figures = yaml.safe_load(path.read_text(encoding="utf-8"))
    for tuition in figures["tuition"]:
        tuition["provenance"] = "confirmed"
        tuition["source"] = {"kk": "Сынақ", "ru": "Тест", "en": "Test"}
    path.write_text(yaml.safe_dump(figures, allow_unicode=True, sort_keys=False), "utf-8")
    site = load(data_copy)
    pairs, _ = _facts(site, "en")
    states = {label: MARK.findall(value) for label, value in pairs}
    assert states["Tuition fee"] == ["confirmed"]
    assert states["Places and grants"] == ["placeholder"]
    # Subjects and threshold: each its own mark.
    assert len(states["Entry subjects"]) >= 2
