"""Open data on the built site: a valid Frictionless package, honest hashes, determinism."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from kazutb_transparency.buildsteps.pipeline import write_opendata

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def opendata(built_site) -> Path:
    folder = built_site / "opendata"
    assert (folder / "datapackage.json").is_file(), f"missing {folder / 'datapackage.json'}"
    return folder


@pytest.fixture(scope="module")
def package(opendata) -> dict:
    return json.loads((opendata / "datapackage.json").read_text(encoding="utf-8"))


def test_frictionless_validates_the_package(opendata):
    from frictionless import validate

    report = validate(str(opendata / "datapackage.json"))
    errors = report.flatten(["type", "note"])
    assert report.valid, f"opendata/datapackage.json: {errors[:10]}"


def test_frictionless_reads_every_json_file_with_the_csv_schema(opendata, package):
    from frictionless import Resource, Schema

    for resource in package["resources"]:
        path = resource["alternates"][0]["path"]
        schema = Schema.from_descriptor(resource["schema"])
        table = Resource(path=path, basepath=str(opendata), format="json", schema=schema)
        report = table.validate()
        assert report.valid, f"opendata/{path}: {report.flatten(['rowNumber', 'type', 'note'])[:5]}"


def _as_csv_text(value: object) -> str:
    """A JSON cell as the CSV writes the same value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def test_json_rows_are_the_csv_rows(opendata, package):
    for resource in package["resources"]:
        csv_rows = list(csv.reader(io.StringIO((opendata / resource["path"]).read_text("utf-8"))))
        path = resource["alternates"][0]["path"]
        json_rows = json.loads((opendata / path).read_text("utf-8"))
        assert json_rows[0] == csv_rows[0], f"opendata/{path}: header differs from the CSV"
        as_text = [[_as_csv_text(v) for v in row] for row in json_rows[1:]]
        assert as_text == csv_rows[1:], f"opendata/{path}: rows differ from the CSV"


def test_json_is_at_most_twice_its_csv(opendata, package):
    for resource in package["resources"]:
        json_file = resource["alternates"][0]
        assert json_file["bytes"] <= 2 * resource["bytes"], (
            f"opendata/{json_file['path']}: {json_file['bytes']} bytes, CSV {resource['bytes']}"
        )


def test_no_two_published_files_are_identical(built_site):
    # The search index's files too: a term file the languages share is published once.
    by_content: dict[str, list[str]] = {}
    for path in sorted(p for p in built_site.rglob("*") if p.is_file()):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        by_content.setdefault(digest, []).append(path.relative_to(built_site).as_posix())
    duplicates = [names for names in by_content.values() if len(names) > 1]
    assert not duplicates, f"{len(duplicates)} groups of identical files: {duplicates[:5]}"


def test_expected_resources(package):
    names = {r["name"] for r in package["resources"]}
    assert {"processes", "process-indicators"} <= names, names


def test_bytes_and_hashes_match_the_files(opendata, package):
    for resource in package["resources"]:
        files = [resource, *resource.get("alternates", [])]
        for item in files:
            content = (opendata / item["path"]).read_bytes()
            name = f"datapackage.json resource {resource['name']} path {item['path']}"
            assert item["bytes"] == len(content), f"{name}: field 'bytes'"
            assert item["hash"] == "sha256:" + hashlib.sha256(content).hexdigest(), (
                f"{name}: field 'hash'"
            )


def test_every_field_has_titles_in_three_languages(package):
    missing = []
    for resource in package["resources"]:
        for field in resource["schema"]["fields"]:
            for key in ("titles", "descriptions"):
                values = field.get(key) or {}
                for lang in ("kk", "ru", "en"):
                    if not (values.get(lang) or "").strip():
                        missing.append(f"{resource['name']}.{field['name']}.{key}.{lang}")
    assert not missing, missing


def test_csv_header_equals_schema(opendata, package):
    for resource in package["resources"]:
        text = (opendata / resource["path"]).read_text(encoding="utf-8")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        names = [f["name"] for f in resource["schema"]["fields"]]
        assert rows[0] == names, f"{resource['path']}: header differs from the schema"
        assert all(len(row) == len(names) for row in rows[1:]), resource["path"]


def test_process_datasets_content(opendata):
    rows = list(csv.DictReader(io.StringIO((opendata / "processes.csv").read_text("utf-8"))))
    assert [int(r["number"]) for r in rows] == list(range(1, 23))
    assert rows[0]["iso_clauses"] == "4.1 | 6.3"
    assert rows[0]["code"] == "ҚазТБУ-П/Р-ПАК-4.1/6.3-2026-01"
    header, *records = json.loads((opendata / "processes.json").read_text("utf-8"))
    assert (
        len(records) == 22 and records[6][header.index("title_ru")] == "Международная деятельность"
    )
    indicators = (opendata / "process-indicators.csv").read_text("utf-8").splitlines()
    p7 = [line for line in indicators[1:] if line.startswith("7,")]
    assert len(p7) == 6


def test_write_opendata_is_deterministic(default_site, tmp_path):
    first = tmp_path / "one"
    second = tmp_path / "two"
    pages_one = write_opendata(default_site, first, "https://kazutb.edu.kz/")
    pages_two = write_opendata(default_site, second, "https://kazutb.edu.kz/")
    assert pages_one == pages_two, "catalogue pages differ between two runs"
    names = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    assert names == sorted(
        p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file()
    )
    assert "evidence-pack.zip" in names and "datapackage.json" in names
    assert any(name.startswith("releases/") for name in names)  # the versions, too
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), f"{name} differs"


def test_built_open_data_equals_a_fresh_write(default_site, opendata, tmp_path):
    fresh = tmp_path / "fresh"
    write_opendata(default_site, fresh, "https://kazutb.edu.kz/")
    for path in (p for p in fresh.rglob("*") if p.is_file()):
        name = path.relative_to(fresh)
        assert (opendata / name).read_bytes() == path.read_bytes(), name


def test_evidence_pack_manifest(opendata):
    with zipfile.ZipFile(opendata / "evidence-pack.zip") as archive:
        names = archive.namelist()
        assert names[0] == "manifest.csv", names
        manifest = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode())))
        listed = {row["file"] for row in manifest}
        packed = {row["file"] for row in manifest if row["in_pack"] == "true"}
        assert packed == set(names) - {"manifest.csv"}, "manifest.csv does not list every file"
        for row in manifest:
            published = opendata.parent / row["file"]
            if row["in_pack"] == "false":  # listed, on the site at its address only
                assert row["file"].endswith(".json"), f"manifest.csv {row['file']}: in_pack"
                content = published.read_bytes()
            else:
                content = archive.read(row["file"])
            assert int(row["bytes"]) == len(content), f"manifest.csv {row['file']}: bytes"
            assert row["sha256"] == hashlib.sha256(content).hexdigest(), (
                f"manifest.csv {row['file']}: sha256"
            )
            assert row["evidences"].strip(), f"manifest.csv {row['file']}: evidences"
            assert published.read_bytes() == content, f"{row['file']} differs from the site"
        assert "opendata/datapackage.json" in packed
        # The JSON copies hold the CSVs' values (test_json_rows_are_the_csv_rows): the pack
        # has the CSVs and the package that reads them, the manifest the copies' hashes.
        copies = {f"opendata/{p.name}" for p in opendata.glob("*.json")} - {
            "opendata/datapackage.json"
        }
        assert copies and copies <= listed - packed, sorted(copies & packed)
    # Everything an agency reviews offline: every open-data file and every published document.
    site = opendata.parent
    expected = {
        p.relative_to(site).as_posix()
        for p in [
            *opendata.glob("*.csv"),
            *opendata.glob("*.json"),
            *(site / "documents").iterdir(),
        ]
    }
    assert expected <= listed, f"missing from the evidence pack: {sorted(expected - listed)}"
    assert any(name.startswith("documents/") for name in listed)


def jsonld(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.DOTALL)
    assert len(blocks) == 1, f"{page}: {len(blocks)} JSON-LD blocks"
    return json.loads(blocks[0])


@pytest.mark.parametrize("prefix", ["", "ru/", "en/"])
def test_catalogue_jsonld(built_site, package, prefix):
    """The catalogue lists every dataset with its page; each dataset's page describes its
    files (so the catalogue stays light however many datasets there are)."""
    data = jsonld(built_site / prefix / "opendata" / "index.html")
    assert data["@type"] == "DataCatalog"
    datasets = data["dataset"]
    assert {d["identifier"] for d in datasets} == {r["name"] for r in package["resources"]}
    for entry in datasets:
        assert entry["@type"] == "Dataset"
        assert entry["url"] == f"https://kazutb.edu.kz/opendata/{entry['identifier']}.html"
        dataset = jsonld(built_site / prefix / "opendata" / f"{entry['identifier']}.html")
        assert dataset["@type"] == "Dataset" and dataset["identifier"] == entry["identifier"]
        kinds = {d["encodingFormat"] for d in dataset["distribution"]}
        assert kinds == {"text/csv", "application/json"}, dataset["identifier"]
        for download in dataset["distribution"]:
            assert download["@type"] == "DataDownload"
            url = download["contentUrl"]
            assert url.startswith("https://kazutb.edu.kz/opendata/"), url
            local = built_site / url.removeprefix("https://kazutb.edu.kz/")
            assert local.is_file(), f"{url} → no {local}"
            assert int(download["contentSize"]) == local.stat().st_size, url


@pytest.mark.parametrize("prefix", ["", "ru/", "en/"])
def test_download_links_resolve(built_site, prefix):
    for page_name in ("processes/index.html", "opendata/index.html"):
        page = built_site / prefix / page_name
        text = page.read_text(encoding="utf-8")
        links = re.findall(r'href="([^"#]*opendata/[^"#]+\.(?:csv|json|zip))"', text)
        assert links, f"{prefix}{page_name}: no download link"
        for link in links:
            assert (page.parent / link).resolve().is_file(), f"{prefix}{page_name}: {link}"
    text = (built_site / prefix / "processes" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'class="dataset-links"[^<]*<a href="[^"]*processes\.csv"', text)


def test_every_release_package_resolves_as_published(opendata):
    # The current version's package names the current files by their addresses under the
    # site's (its folder holds no copy); any other names a file beside it. Each resolves
    # to a file of the built site with the hash the package states.
    from kazutb_transparency.engines.commands import configured_site_url

    base = configured_site_url(Path(__file__).resolve().parents[1]) + "opendata/"
    packages = sorted((opendata / "releases").glob("*/datapackage.json"))
    assert packages
    for package_file in packages:
        for resource in json.loads(package_file.read_text(encoding="utf-8"))["resources"]:
            for described in (resource, *resource.get("alternates", [])):
                path = described["path"]
                if "://" in path:
                    assert path.startswith(base), f"{package_file}: {path} is not under {base}"
                    target = opendata / path.removeprefix(base)
                else:
                    target = package_file.parent / path
                assert target.is_file(), f"{package_file}: {path} names no published file"
                digest = hashlib.sha256(target.read_bytes()).hexdigest()
                assert described["hash"] == f"sha256:{digest}", f"{package_file}: {path}"
