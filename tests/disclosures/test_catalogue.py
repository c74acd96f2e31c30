"""The programme catalogue stays light with hundreds of programmes (issues 4 and 9): a
fixed-size index, level-and-faculty pages of bounded length, compact JSON-LD, and a
programmes dataset that does not repeat the disciplines."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
import yaml

from kazutb_transparency.bench.dataset import programme_codes, programme_yaml
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.datasets import programmes_dataset
from kazutb_transparency.disclosures.pages import programmes as catalogue
from kazutb_transparency.disclosures.pages import render_disclosure_pages
from kazutb_transparency.disclosures.pages.programme_list import LIST_ROWS
from kazutb_transparency.disclosures.pages.programmes import catalogue_pages, index_page
from kazutb_transparency.disclosures.programmes import Programme

LANGS = ("kk", "ru", "en")
CODE = re.compile(r'<a href="((?:6B|7M|8D)\d{5})\.html">')
JSONLD = re.compile(r'<script type="application/ld\+json">\n(.*?)\n</script>', re.S)
DISCIPLINES = 7


def with_synthetic(d: Disclosures, count: int) -> Disclosures:
    """The default disclosures plus `count` synthetic programmes of DISCIPLINES each."""
    faculties = [f.id for f in d.faculties]
    template = next(c for p in d.programmes for c in d.disciplines_of(p.code))
    added, disciplines = [], dict(d.disciplines)
    for index, code in enumerate(programme_codes(count)):
        record = yaml.safe_load(programme_yaml(code, index, faculties[index % len(faculties)]))
        record.pop("curriculum")  # its document is written by the benchmark, not here
        added.append(Programme.model_validate(record))
        disciplines[code] = tuple(
            template.model_copy(update={"programme": code, "code": f"D{k:03d}", "semester": k})
            for k in range(1, DISCIPLINES + 1)
        )
    programmes = tuple(sorted([*d.programmes, *added], key=lambda p: p.code))
    return dataclasses.replace(d, programmes=programmes, disciplines=disciplines)


@pytest.fixture(scope="module")
def small(default_site) -> Disclosures:
    return with_synthetic(default_site.disclosures, 30)


@pytest.fixture(scope="module")
def large(default_site) -> Disclosures:
    return with_synthetic(default_site.disclosures, 300)


def test_catalogue_index_does_not_grow_with_the_programmes(small, large) -> None:
    for lang in LANGS:
        heavy = index_page(large, lang)
        assert index_page(small, lang)  # a small catalogue has its index too
        # The first screen lists programmes, at most LIST_ROWS of them with a link to the
        # rest: beyond that the size does not grow with the number of programmes.
        listed = re.findall(r"<code>(\d[A-Z]\d+)</code>", heavy)
        assert 0 < len(listed) <= LIST_ROWS, lang
        assert (
            len(set(re.findall(r'href="(?:\.\./)?programmes/(\d[A-Z]\d+)\.html"', heavy)))
            <= LIST_ROWS
        )
        for level in ("bachelor", "master", "doctorate"):
            assert f"{{#{level}}}" in heavy  # fixed anchors stay
        assert "opendata/programmes.csv" in heavy


def test_group_pages_list_every_programme_exactly_once(large, default_site, monkeypatch) -> None:
    monkeypatch.setattr(catalogue, "GROUP_ROWS", 25)
    pages = render_disclosure_pages(large, default_site.units, "en")
    groups = {
        path: text
        for path, text in pages.items()
        if re.match(r"programmes/(bachelor|master|doctorate)-", path)
    }
    assert groups
    listed: list[str] = []
    for path, text in groups.items():
        name = path.removeprefix("programmes/").removesuffix(".md")
        assert re.match(r"^(bachelor|master|doctorate)-[a-z0-9-]+$", name), path
        codes = CODE.findall(text)
        assert 0 < len(codes) <= 25, path
        listed += codes
        assert 'href="index.html"' in text
        # The download links once per group: on its first page only.
        assert ("opendata/programmes.csv" in text) == (not re.search(r"-\d+$", name)), path
    assert sorted(listed) == sorted(p.code for p in large.programmes)
    assert len(listed) == len(set(listed))
    # Pagination: a group of more than 25 programmes is split, linked both ways.
    assert "programmes/bachelor-engineering-2.md" in groups
    first, second = (
        groups["programmes/bachelor-engineering.md"],
        groups["programmes/bachelor-engineering-2.md"],
    )
    assert 'href="bachelor-engineering-2.html" rel="next"' in first
    assert 'href="bachelor-engineering.html" rel="prev"' in second
    # The index links the first page of every group (each page links the others) and the
    # A–Z list of each level, and nothing else in programmes/.
    index = pages["programmes/index.md"]
    linked = set(re.findall(r'href="([a-z][a-z0-9-]*)\.html"', index)) - {"index"}
    firsts = {path for path in groups if not re.search(r"-\d+\.md$", path)}
    # The A–Z lists of the levels that have programmes, and the static filters by language
    # and form of study.
    lists = {f"programmes/a-z-{level}.md" for level in ("bachelor", "master", "doctorate")}
    filtered = {p for p in pages if re.match(r"programmes/(language|form)-", p)}
    assert {f"programmes/{name}.md" for name in linked} <= firsts | lists | filtered
    assert firsts <= {f"programmes/{name}.md" for name in linked}
    # Each programme page links back to the catalogue page that lists it.
    for path, text in groups.items():
        back = f'href="{path.removeprefix("programmes/").removesuffix(".md")}.html"'
        for code in CODE.findall(text):
            assert back in pages[f"programmes/{code}.md"], code


def test_group_pages_are_bounded(large, default_site) -> None:
    pages = catalogue_pages(large)
    assert all(len(page.programmes) <= catalogue.GROUP_ROWS for page in pages)
    assert sum(len(page.programmes) for page in pages) == len(large.programmes)


def test_catalogue_addresses_cannot_clash(default_site) -> None:
    d = default_site.disclosures
    first = d.faculties[0]
    clashing = first.model_copy(update={"id": f"{first.id}-2"})
    moved = next(p for p in d.programmes_at("bachelor") if p.faculty != first.id)
    changed = dataclasses.replace(
        d,
        faculties=(*d.faculties, clashing),
        programmes=tuple(
            p.model_copy(update={"faculty": clashing.id}) if p is moved else p for p in d.programmes
        ),
    )
    assert len([p for p in changed.programmes if p.faculty == first.id]) >= 2
    catalogue_pages(changed)  # one page per group: no clash
    # One row per page: the first faculty's page 2 is "bachelor-<id>-2", the address of
    # the other faculty's first page.
    with pytest.raises(DataError, match="share its address"):
        catalogue_pages(changed, rows=1)


def test_programme_jsonld_is_compact_and_lists_no_course(large, default_site) -> None:
    code = programme_codes(1)[0]
    for lang in LANGS:
        page = catalogue.programme_page(large, large_programme(large, code), lang)
        blocks = JSONLD.findall(page)
        assert len(blocks) == 1
        assert "\n" not in blocks[0], "JSON-LD is written compact, without indentation"
        data = json.loads(blocks[0].replace("<\\/", "</"))
        assert data["@type"] == "EducationalOccupationalProgram"
        # The disciplines are the page's table and the open data's disciplines.csv: a list
        # of courses here repeated them on every page, 40 of them on a large programme, for
        # no search engine feature (issue 64). The block stays the same size however many.
        assert "hasCourse" not in data
        assert len(blocks[0].encode()) < 2000, len(blocks[0].encode())


def large_programme(d: Disclosures, code: str) -> Programme:
    return next(p for p in d.programmes if p.code == code)


def test_programmes_json_does_not_repeat_the_disciplines(large) -> None:
    # The JSON file holds the CSV's rows: a count, the disciplines being their own dataset.
    for row in programmes_dataset(large).rows:
        assert row["disciplines"] == len(large.disciplines_of(row["code"]))
