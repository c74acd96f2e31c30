"""The catalogue's filter by group of programmes: each group by its code and name, linking to
a pre-built list of its programmes (no JavaScript), and no group offered without one."""

from __future__ import annotations

import re
from types import SimpleNamespace

from kazutb_transparency.applicants.pages.group_filter import (
    group_filter,
    group_list_pages,
    group_list_path,
    offered_groups,
)
from kazutb_transparency.buildsteps.domains import RENDERERS
from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.core.markdown import esc


def test_each_offered_group_links_by_code_and_name_to_its_own_list(default_site) -> None:
    a, d = default_site.applicants, default_site.disclosures
    groups = offered_groups(a, d)
    assert groups
    for lang in LANGUAGES:
        row = group_filter(a, d, "programmes/index.md", lang)
        pages = group_list_pages(a, d, lang)
        for g in groups:
            link = re.search(rf'<a href="(group-{g.id.lower()}\.html)">([^<]+)</a>', row)
            assert link, (lang, g.id)
            assert g.id in link[2] and esc(g.name.get(lang)) in link[2], (lang, link[2])
            page = pages[group_list_path(g.id)]
            listed = set(re.findall(r'<a href="(\w+)\.html">', page)) - {"index"}
            assert listed == {c for c in g.programmes if any(p.code == c for p in d.programmes)}


def test_a_group_without_a_programme_in_the_catalogue_is_not_offered(default_site) -> None:
    a, d = default_site.applicants, default_site.disclosures
    real = a.groups[0]
    empty = real.model_copy(update={"id": "B999", "programmes": ["6B99999"]})
    stub = SimpleNamespace(groups=[*a.groups, empty])
    assert empty not in offered_groups(stub, d)  # type: ignore[arg-type]
    assert "B999" not in group_filter(stub, d, "programmes/index.md", "en")  # type: ignore[arg-type]
    assert group_list_path("B999") not in group_list_pages(stub, d, "en")  # type: ignore[arg-type]


def test_the_catalogue_offers_the_filter_and_the_lists_are_built(default_site) -> None:
    for lang in LANGUAGES:
        # Every domain's pages: the catalogue and the group lists come from two of them.
        pages = {
            path: page
            for render in RENDERERS
            for path, page in render(default_site, lang, None).items()
        }
        index = pages["programmes/index.md"]
        filters = index[index.index('<details class="catalogue-filters">') :]
        filters = filters[: filters.index("</details>")]
        targets = re.findall(r'href="(group-[a-z0-9]+\.html)"', filters)
        assert targets, lang
        for target in targets:
            assert f"programmes/{target.removesuffix('.html')}.md" in pages, (lang, target)
