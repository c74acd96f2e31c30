"""The open-data dictionary: every field of every dataset is described, not retitled — what
it counts or says, its unit and where it comes from — in kk, ru and en; every dataset says
where its records come from and as of which date, in the three languages."""

from __future__ import annotations

import re

from kazutb_transparency.buildsteps.generate import collect_datasets
from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import catalog

LANGS = ("kk", "ru", "en")
# The name of each language in each language ("қазақша", "in Kazakh"…): a column of one
# language adds it to its title and its description alike.
LANGUAGE_WORDS = sorted(
    {name for names in catalog("language_names").values() for name in names.values()},
    key=len,
    reverse=True,
)


def _plain(text: str) -> str:
    """The words of a text without the language's name, punctuation or case."""
    text = text.casefold()
    for word in LANGUAGE_WORDS:
        text = text.replace(word.casefold(), " ")
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def test_no_field_description_repeats_its_title(default_site) -> None:
    datasets = collect_datasets(default_site)
    assert len(datasets) > 20
    repeated = [
        f"{d.name}.{f.name} ({lang}): {f.title.get(lang)!r}"
        for d in datasets
        for f in d.fields
        for lang in LANGS
        if _plain(f.description.get(lang)) == _plain(f.title.get(lang))
    ]
    assert not repeated, "describe these fields, not retitle them:\n" + "\n".join(repeated)


def test_the_check_sees_a_title_repeated_with_its_language() -> None:
    assert _plain("Name, in Kazakh") == _plain("Name (in Kazakh)")
    assert _plain("Атауы, қазақша") == _plain("Атауы (қазақша)")
    assert _plain("The programme's name, in Kazakh") != _plain("Name (in Kazakh)")


def test_every_dataset_gives_its_source_and_date_in_three_languages(default_site) -> None:
    for d in collect_datasets(default_site):
        assert d.sources, d.name
        for source in d.sources:
            if isinstance(source, Localized):  # a code or an address needs no translation
                assert all(source.get(lang) for lang in LANGS), (d.name, source)
                assert source.missing() == [], (d.name, source)
        assert d.updated is not None, d.name
        for f in d.fields:
            assert all(f.description.get(lang) for lang in LANGS), (d.name, f.name)


def test_a_dataset_without_records_names_its_source_in_three_languages() -> None:
    from kazutb_transparency.disclosures.datasets import _sources

    (source,) = _sources([])
    assert source.missing() == [] and len({source.get(lang) for lang in LANGS}) == 3
