"""Interface strings live in data/interface/<lang>.yaml (issue 21): every key present and
non-empty in kk, ru and en, with the same {placeholders}; a gap names the file and key."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kazutb_transparency.core.datafiles import dump_yaml
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.core.interface import INTERFACE_DIR, catalog, namespaces


def test_every_namespace_is_complete_in_every_language() -> None:
    found = namespaces()
    assert {"opendata", "disclosures", "processes", "surveys", "home", "site_index"} <= set(found)
    for namespace in found:
        for key, texts in catalog(namespace).items():
            assert set(texts) == set(LANGUAGES), (namespace, key)
            assert all(text.strip() for text in texts.values()), (namespace, key)


def test_every_key_of_one_language_file_is_in_the_others() -> None:
    files = {
        lang: yaml.safe_load((INTERFACE_DIR / f"{lang}.yaml").read_text(encoding="utf-8"))
        for lang in LANGUAGES
    }
    keys = {
        lang: {(ns, k) for ns, texts in data.items() for k in texts} for lang, data in files.items()
    }
    assert keys["kk"] == keys["ru"] == keys["en"]


def write(folder: Path, **per_lang: dict) -> None:
    for lang in LANGUAGES:
        (folder / f"{lang}.yaml").write_text(
            dump_yaml(per_lang.get(lang, {}), allow_unicode=True), encoding="utf-8"
        )


def test_a_missing_or_empty_entry_is_an_error_naming_file_and_key(tmp_path: Path) -> None:
    write(
        tmp_path,
        kk={"demo": {"title": "Тақырып", "note": "Ескерту"}},
        ru={"demo": {"title": "Заголовок", "note": " "}},
        en={"demo": {"title": "Title"}},
    )
    with pytest.raises(DataError) as caught:
        catalog("demo", tmp_path)
    text = str(caught.value)
    assert "ru.yaml" in text and "en.yaml" in text and "'demo.note'" in text
    assert "'demo.title'" not in text


def test_placeholders_must_match_across_languages(tmp_path: Path) -> None:
    write(
        tmp_path,
        kk={"demo": {"intro": "Күні: {today}"}},
        ru={"demo": {"intro": "Дата: {today}"}},
        en={"demo": {"intro": "Date: {day}"}},
    )
    with pytest.raises(DataError, match="placeholders"):
        catalog("demo", tmp_path)
