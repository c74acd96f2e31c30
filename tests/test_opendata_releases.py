"""Versioned open data: each published state of a dataset stays at a fixed address with its
own data package; the current files keep theirs; the checksums list covers every file."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.opendata.catalogue import catalogue_pages
from kazutb_transparency.core.opendata.dataset import Dataset, Field
from kazutb_transparency.core.opendata.releases import (
    checksums,
    publish_releases,
    stored_releases,
    version_of,
)
from kazutb_transparency.core.opendata.writer import load_settings, write_datasets, write_package

REPO = Path(__file__).resolve().parents[1]
T = Localized(kk="Сынақ", ru="Тест", en="Test")


def dataset(rows: list[dict], updated: date) -> Dataset:
    return Dataset(
        name="things",
        title=T,
        description=T,
        fields=(Field("id", "string", T, T, required=True), Field("n", "integer", T, T)),
        rows=rows,
        primary_key=("id",),
        updated=updated,
        sources=("test",),
        evidence=T,
    )


def publish(folder: Path, store: Path | None, rows: list[dict], updated: date):
    settings = load_settings(REPO / "data")
    written = write_datasets([dataset(rows, updated)], settings, folder)
    write_package(written, settings, folder)
    return written, publish_releases(written, settings, folder, store)


def test_a_change_gets_a_new_version_and_the_old_one_stays(tmp_path: Path):
    first_site, second_site = tmp_path / "one", tmp_path / "two"
    [item], releases = publish(first_site, None, [{"id": "a", "n": 1}], date(2026, 11, 20))
    [old] = releases["things"]
    # Date plus the first 12 hex digits of the files' hash.
    digest = hashlib.sha256(f"{item.csv.sha256}\n{item.json.sha256}\n".encode()).hexdigest()
    assert old.version == version_of(item) == f"2026-11-20-{digest[:12]}"
    old_csv = (first_site / "releases" / old.version / "things.csv").read_bytes()
    assert old_csv == (first_site / "things.csv").read_bytes()
    package = json.loads((first_site / "releases" / old.version / "datapackage.json").read_text())
    assert package["version"] == old.version and package["resources"][0]["path"] == "things.csv"

    # The publish workflow keeps the releases (a branch it appends to) and restores them.
    store = tmp_path / "store"
    shutil.copytree(first_site / "releases", store)
    _, releases = publish(second_site, store, [{"id": "a", "n": 2}], date(2026, 12, 1))
    new, kept = releases["things"]  # newest first
    assert kept == old and new.version.startswith("2026-12-01-")
    # Listed, not copied: the workflow serves the stored folder as it is (already checked).
    assert not (second_site / "releases" / old.version).exists()
    assert (store / old.version / "things.csv").read_bytes() == old_csv
    assert b"a,2" in (second_site / "things.csv").read_bytes()  # current file, same address
    assert b"a,2" in (second_site / "releases" / new.version / "things.csv").read_bytes()
    index = json.loads((second_site / "releases" / "index.json").read_text())
    assert [v["version"] for v in index["things"]] == [new.version, old.version]


def test_the_same_content_is_the_same_version(tmp_path: Path):
    _, first = publish(tmp_path / "one", None, [{"id": "a", "n": 1}], date(2026, 11, 20))
    store = tmp_path / "one" / "releases"
    _, again = publish(tmp_path / "two", store, [{"id": "a", "n": 1}], date(2026, 11, 20))
    assert again["things"] == first["things"]  # no second version of unchanged data
    assert stored_releases(tmp_path / "two" / "releases") == []  # nothing new written


def test_a_broken_store_folder_is_ignored(tmp_path: Path):
    store = tmp_path / "store"
    (store / "not-a-version").mkdir(parents=True)
    (store / "2026-01-01-000000000000").mkdir()  # no datapackage.json
    assert stored_releases(store) == []


def test_the_dataset_page_lists_versions_with_their_citation(tmp_path: Path):
    store = tmp_path / "store"
    publish(store.parent / "one", None, [{"id": "a", "n": 1}], date(2026, 11, 20))
    shutil.copytree(store.parent / "one" / "releases", store)
    written, releases = publish(tmp_path / "two", store, [{"id": "a", "n": 2}], date(2026, 12, 1))
    settings = load_settings(REPO / "data")
    for lang in ("kk", "ru", "en"):
        page = catalogue_pages(written, settings, lang, "https://kazutb.edu.kz/", releases)[
            "opendata/things.md"
        ]
        for release in releases["things"]:
            assert f"https://kazutb.edu.kz/opendata/releases/{release.version}/things.csv" in page
            assert f"releases/{release.version}/datapackage.json" in page
    # The "how to cite" line names the current version at its fixed address, on the
    # dataset's page; the catalogue links there instead of repeating it for every dataset.
    current = releases["things"][0]
    pages = catalogue_pages(written, settings, "en", "https://kazutb.edu.kz/", releases)
    cite = f"[things], version {current.version}."
    assert cite in pages["opendata/things.md"].split("## Versions")[0]
    assert cite not in pages["opendata/index.md"]
    assert "Fields (2), sources and how to cite" in pages["opendata/index.md"]
    # The dataset's title is emphasised in the list and in the versions' table alike (a
    # table's cells are raw HTML: an asterisk there was shown as written).
    versions = catalogue_pages(written, settings, "en", "https://kazutb.edu.kz/", releases)
    assert "*" not in versions["opendata/things.md"].split("## ", 2)[-1]


def test_checksums_cover_every_file_and_the_stored_versions(tmp_path: Path):
    publish(tmp_path / "old", None, [{"id": "a", "n": 1}], date(2026, 11, 20))
    store = tmp_path / "store"
    shutil.copytree(tmp_path / "old" / "releases", store)
    site = tmp_path / "site"
    publish(site / "opendata", store, [{"id": "a", "n": 2}], date(2026, 12, 1))
    (site / "documents").mkdir()
    (site / "documents" / "charter.pdf").write_bytes(b"%PDF-1.4 sample")
    lines = checksums(site, ["opendata", "documents"], store).decode().splitlines()
    listed = {line.split("  ", 1)[1]: line.split("  ", 1)[0] for line in lines}
    # The site as the workflow serves it: the stored versions added beside the new ones.
    for version in store.iterdir():
        if version.is_dir():
            shutil.copytree(version, site / "opendata" / "releases" / version.name)
    files = [p for p in site.rglob("*") if p.is_file()]
    assert set(listed) == {p.relative_to(site).as_posix() for p in files}
    for path in files:  # what `sha256sum --check` does in the workflow
        key = path.relative_to(site).as_posix()
        assert listed[key] == hashlib.sha256(path.read_bytes()).hexdigest(), key
