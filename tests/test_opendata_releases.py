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
    hash_part,
    publish_releases,
    stored_releases,
    version_of,
)
from kazutb_transparency.core.opendata.writer import load_settings, write_datasets, write_package
from kazutb_transparency.privacy import Allowlist, scan_file

REPO = Path(__file__).resolve().parents[1]
SITE_URL = "https://example.org/site/"
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
    return written, publish_releases(written, settings, folder, store, SITE_URL)


def archive(opendata: Path, store: Path) -> None:
    """What the publish workflow's archive job does (tests/test_workflow.py runs its
    script): each new version folder appended to the store, with the current files its
    package names beside the package, which names them by their file names."""
    store.mkdir(exist_ok=True)
    for version in (opendata / "releases").iterdir():
        if not version.is_dir() or (store / version.name).exists():
            continue
        (store / version.name).mkdir()
        package = json.loads((version / "datapackage.json").read_text())
        for resource in package["resources"]:
            for described in (resource, *resource["alternates"]):
                name = described["path"].rsplit("/", 1)[-1]
                shutil.copyfile(opendata / name, store / version.name / name)
                described["path"] = name
        text = json.dumps(package, ensure_ascii=False, indent=1) + "\n"
        (store / version.name / "datapackage.json").write_text(text)


def resolved(opendata: Path, package_dir: Path, path: str) -> Path:
    """The published file a package's path names: a file beside the package, or, for an
    address under the site's, the file at that address in the built site."""
    if "://" in path:
        assert path.startswith(SITE_URL + "opendata/"), path
        return opendata / path.removeprefix(SITE_URL + "opendata/")
    return package_dir / path


def assert_packages_resolve(opendata: Path) -> int:
    """Every path of every release package names a published file with the stated hash."""
    checked = 0
    for package_file in sorted((opendata / "releases").glob("*/datapackage.json")):
        package = json.loads(package_file.read_text())
        for resource in package["resources"]:
            for described in (resource, *resource.get("alternates", [])):
                target = resolved(opendata, package_file.parent, described["path"])
                assert target.is_file(), (package_file, described["path"])
                digest = hashlib.sha256(target.read_bytes()).hexdigest()
                assert f"sha256:{digest}" == described["hash"], (package_file, described["path"])
                checked += 1
    return checked


def serve(opendata: Path, store: Path) -> None:
    """What the sign job does: the stored folders the build did not write join the site."""
    for version in store.iterdir():
        target = opendata / "releases" / version.name
        if version.is_dir() and not target.exists():
            shutil.copytree(version, target)


def test_a_change_gets_a_new_version_and_the_old_one_stays(tmp_path: Path):
    first_site, second_site = tmp_path / "one", tmp_path / "two"
    [item], releases = publish(first_site, None, [{"id": "a", "n": 1}], date(2026, 11, 20))
    [old] = releases["things"]
    # Date plus the first 12 hex digits of the files' hash (no long run of digits in them).
    digest = hashlib.sha256(f"{item.csv.sha256}\n{item.json.sha256}\n".encode()).hexdigest()
    assert old.version == version_of(item) == f"2026-11-20-{digest[:12]}"
    # The current version's folder holds its package; its files are the current ones.
    assert [p.name for p in (first_site / "releases" / old.version).iterdir()] == [
        "datapackage.json"
    ]
    package = json.loads((first_site / "releases" / old.version / "datapackage.json").read_text())
    # It names them by their addresses, as its folder does not hold them.
    assert package["version"] == old.version
    assert package["resources"][0]["path"] == f"{SITE_URL}opendata/things.csv"
    assert assert_packages_resolve(first_site) == 2
    old_csv = (first_site / "things.csv").read_bytes()

    # The publish workflow keeps the releases (a branch it appends to) and restores them.
    store = tmp_path / "store"
    archive(first_site, store)
    assert (store / old.version / "things.csv").read_bytes() == old_csv
    _, releases = publish(second_site, store, [{"id": "a", "n": 2}], date(2026, 12, 1))
    new, kept = releases["things"]  # newest first
    assert kept.version == old.version and new.version.startswith("2026-12-01-")
    assert new.current and not kept.current
    # Listed, not copied: the workflow serves the stored folder as it is (already checked).
    assert not (second_site / "releases" / old.version).exists()
    assert b"a,2" in (second_site / "things.csv").read_bytes()  # current file, same address
    assert not (second_site / "releases" / new.version / "things.csv").exists()
    index = json.loads((second_site / "releases" / "index.json").read_text())
    assert [v["version"] for v in index["things"]] == [new.version, old.version]

    # The superseded version is still reachable at its address, byte for byte.
    serve(second_site, store)
    assert (second_site / kept.path("things.csv")).read_bytes() == old_csv
    assert kept.path("things.csv") == f"releases/{old.version}/things.csv"


def test_every_entry_of_the_release_index_resolves(tmp_path: Path):
    store = tmp_path / "store"
    for day, n in ((1, 1), (2, 2), (3, 3)):
        site = tmp_path / f"site{day}"
        publish(site, store, [{"id": "a", "n": n}], date(2026, 12, day))
        archive(site, store)
    serve(site, store)
    index = json.loads((site / "releases" / "index.json").read_text())
    entries = index["things"]
    assert len(entries) == 3 and [e["current"] for e in entries] == [True, False, False]
    for entry in entries:
        package = json.loads((site / entry["datapackage"]).read_text())
        resource = package["resources"][0]
        for kind, declared in (("csv", resource), ("json", resource["alternates"][0])):
            content = (site / entry[kind]).read_bytes()
            assert hashlib.sha256(content).hexdigest() == declared["hash"].removeprefix("sha256:")
    # Every release package resolves as published: the current one to the current files,
    # the superseded ones to the files beside them.
    assert assert_packages_resolve(site) == 6
    # No file of the served open data is published twice.
    contents = [p.read_bytes() for p in site.rglob("*") if p.is_file()]
    assert len(contents) == len(set(contents))


def test_the_same_content_is_the_same_version(tmp_path: Path):
    _, first = publish(tmp_path / "one", None, [{"id": "a", "n": 1}], date(2026, 11, 20))
    store = tmp_path / "store"
    archive(tmp_path / "one", store)
    _, again = publish(tmp_path / "two", store, [{"id": "a", "n": 1}], date(2026, 11, 20))
    assert again["things"] == first["things"]  # no second version of unchanged data
    # Still current: its package names the current files (the stored one, the files beside
    # it, is served once the version is superseded); both state the same files.
    [version] = (tmp_path / "two" / "releases").glob("*/datapackage.json")
    served = json.loads(version.read_text())["resources"][0]
    kept = json.loads((store / version.parent.name / "datapackage.json").read_text())["resources"][
        0
    ]
    assert served["path"] == f"{SITE_URL}opendata/things.csv" and kept["path"] == "things.csv"
    assert served["hash"] == kept["hash"]
    assert (tmp_path / "two" / "things.csv").read_bytes() == (
        store / version.parent.name / "things.csv"
    ).read_bytes()
    assert (
        version.read_bytes()
        == (tmp_path / "one" / "releases" / version.parent.name / "datapackage.json").read_bytes()
    )


def test_a_broken_store_folder_is_ignored(tmp_path: Path):
    store = tmp_path / "store"
    (store / "not-a-version").mkdir(parents=True)
    (store / "2026-01-01-000000000000").mkdir()  # no datapackage.json
    assert stored_releases(store) == []


def test_the_dataset_page_lists_versions_with_their_citation(tmp_path: Path):
    store = tmp_path / "store"
    publish(store.parent / "one", None, [{"id": "a", "n": 1}], date(2026, 11, 20))
    archive(store.parent / "one", store)
    written, releases = publish(tmp_path / "two", store, [{"id": "a", "n": 2}], date(2026, 12, 1))
    settings = load_settings(REPO / "data")
    for lang in ("kk", "ru", "en"):
        page = catalogue_pages(written, settings, lang, "https://kazutb.edu.kz/", releases)[
            "opendata/things.md"
        ]
        current, earlier = releases["things"]
        cited = "https://kazutb.edu.kz/opendata/releases/{}/datapackage.json"
        assert cited.format(current.version) in page and cited.format(earlier.version) in page
        assert f"releases/{earlier.version}/things.csv" in page
        assert f"releases/{current.version}/things.csv" not in page
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
    archive(tmp_path / "old", store)
    site = tmp_path / "site"
    publish(site / "opendata", store, [{"id": "a", "n": 2}], date(2026, 12, 1))
    (site / "documents").mkdir()
    (site / "documents" / "charter.pdf").write_bytes(b"%PDF-1.4 sample")
    lines = checksums(site, ["opendata", "documents"], store).decode().splitlines()
    listed = {line.split("  ", 1)[1]: line.split("  ", 1)[0] for line in lines}
    # The site as the workflow serves it: the stored versions added beside the new ones.
    serve(site / "opendata", store)
    files = [p for p in site.rglob("*") if p.is_file()]
    assert set(listed) == {p.relative_to(site).as_posix() for p in files}
    for path in files:  # what `sha256sum --check` does in the workflow
        key = path.relative_to(site).as_posix()
        assert listed[key] == hashlib.sha256(path.read_bytes()).hexdigest(), key


def test_a_version_name_never_reads_as_a_number_to_the_gate(allowlist: Allowlist):
    digest = "1234567890ab" + "cdef01234567" + "89" * 20
    assert hash_part(digest) == "cdef01234567"  # nine digits in a row: the next twelve
    assert hash_part("12345678abcd" + "0" * 52) == "12345678abcd"
    # Names chosen so from random hashes, listed as the release index lists them.
    names = [
        f"2026-11-20-{hash_part(hashlib.sha256(str(i).encode()).hexdigest())}" for i in range(5_000)
    ]
    page = "".join(f'<li><a href="releases/{n}/datapackage.json">{n}</a></li>' for n in names)
    html = f"<!doctype html><html><body><article><ul>{page}</ul></article></body></html>"
    assert scan_file(Path("releases.html"), allowlist, data=html.encode()) == []
    rows = "".join(f"{n},{n[:10]}\n" for n in names)
    assert scan_file(Path("releases.csv"), allowlist, data=f"version,date\n{rows}".encode()) == []
