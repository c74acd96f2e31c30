"""Versioned open data: every published state of a dataset stays retrievable at a fixed
address, so that a citation ("Accreditation [accreditations], version 2026-11-20-3f9c…")
can still be followed after the dataset has changed.

A version is the dataset's `updated` date plus the first 12 hex digits of a hash of its CSV
and JSON files: the same content always gets the same version, any change a new one. Each
version has a folder `opendata/releases/<version>/` with a `datapackage.json` describing
its files (sizes and SHA-256 hashes); no byte is published twice:

- the current version's files are published once, at the current addresses
  (`opendata/<dataset>.csv`); its folder holds only the data package, whose paths are the
  absolute addresses of those files under the site's `site_url` (Frictionless reads
  remote paths), so that the package resolves as published;
- a superseded version's folder holds its files, from the store of earlier releases
  (`KAZUTB_RELEASES`, a folder the publish workflow restores from the `opendata-releases`
  branch; after a successful build it appends the new versions' folders to that branch,
  each with the files its package names and the package's paths made the file names
  beside it: the package a superseded version's folder serves);
- `opendata/releases/index.json`, the release index, says where each version's files are.

The build lists the stored versions without reading their files again, and includes their
hashes in the signed checksums; the workflow puts the superseded folders into the site byte
for byte.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kazutb_transparency.core.incremental import remembering
from kazutb_transparency.core.opendata.package_json import package_json
from kazutb_transparency.core.opendata.writer import (
    OpenDataSettings,
    WrittenDataset,
    datapackage,
)
from kazutb_transparency.core.writing import sha256_of_file, write_if_changed

RELEASES = "releases"
STORE_VARIABLE = "KAZUTB_RELEASES"
HASH_DIGITS = 12
# At the site's root: the checksums of every open-data file and document, signed by the
# publish workflow (a .txt file: the personal-data gate reads it as text).
CHECKSUMS = "SHA256SUMS.txt"
VERSION = re.compile(r"^(\d{4}-\d{2}-\d{2})-([0-9a-f]{12})$")
# Nine decimal digits in a row or more can read as a phone number or an IIN to the
# personal-data gate, which reads every page and file that names a version: of 100,000
# names made from random hashes, about one in 2,000 was refused; of 100,000 without such
# a run, none.
_DIGIT_RUN = re.compile(r"[0-9]{9}")


@dataclass(frozen=True, order=True)
class Release:
    """One published version of one dataset."""

    dataset: str
    version: str
    updated: date
    csv: str  # file names inside the version's folder
    json: str
    current: bool = False  # its files are the current ones, at the current addresses

    def path(self, name: str) -> str:
        """Address of one of its files, relative to the open-data folder: the current
        files at their current addresses, the package and superseded files in the folder."""
        if self.current and name in (self.csv, self.json):
            return name
        return f"{RELEASES}/{self.version}/{name}"


def version_of(item: WrittenDataset) -> str:
    """`<updated>-<hash>`: the date the data say, and a hash of both published files."""
    digest = hashlib.sha256(f"{item.csv.sha256}\n{item.json.sha256}\n".encode()).hexdigest()
    return f"{item.dataset.updated.isoformat()}-{hash_part(digest)}"


def hash_part(digest: str) -> str:
    """The first HASH_DIGITS hex digits of the digest that hold no long run of decimal
    digits (_DIGIT_RUN): most often its first ones, else the next HASH_DIGITS, and so on.
    A version named before keeps its name unless its hash held such a run."""
    windows = range(0, len(digest) - HASH_DIGITS + 1, HASH_DIGITS)
    parts = [digest[start : start + HASH_DIGITS] for start in windows]
    return next((part for part in parts if not _DIGIT_RUN.search(part)), parts[0])


def store_dir() -> Path | None:
    """The folder of earlier releases, if the build was given one."""
    value = os.environ.get(STORE_VARIABLE)
    return Path(value) if value else None


def _read(folder: Path) -> Release | None:
    """A stored version folder as a Release; None if it is not one (ignored, not guessed)."""
    match = VERSION.match(folder.name)
    package = folder / "datapackage.json"
    if match is None or not package.is_file():
        return None
    try:
        resource = json.loads(package.read_text("utf-8"))["resources"][0]
        csv_name = resource["path"]
        json_name = resource["alternates"][0]["path"]
        name = resource["name"]
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if not (folder / csv_name).is_file() or not (folder / json_name).is_file():
        return None
    return Release(name, folder.name, date.fromisoformat(match.group(1)), csv_name, json_name)


def stored_releases(store: Path | None) -> list[Release]:
    if store is None or not store.is_dir():
        return []
    found = (_read(p) for p in sorted(store.iterdir()) if p.is_dir())
    return [r for r in found if r is not None]


def current_address(site_url: str, path: str) -> str:
    """The address of a current open-data file (`path` relative to the open-data folder)
    under the site's address."""
    return f"{site_url.rstrip('/')}/opendata/{path}"


def _package(
    item: WrittenDataset, settings: OpenDataSettings, version: str, site_url: str
) -> dict[str, Any]:
    """The current version's package: its resource's paths are the current files'
    addresses, since its folder does not hold them."""
    package = datapackage([item], settings)
    package["name"] = f"kazutb-{item.dataset.name}"
    package["version"] = version
    for resource in package["resources"]:
        for described in (resource, *resource.get("alternates", [])):
            described["path"] = current_address(site_url, described["path"])
    return package


# The preview's release packages by version: the dataset object, settings and site address
# they describe (a dataset the preview did not load again is the same object) and the text.
_packages: dict[str, tuple[Any, OpenDataSettings, str, bytes]] = {}


def _package_text(
    item: WrittenDataset, settings: OpenDataSettings, version: str, site_url: str
) -> bytes:
    known = _packages.get(version)
    if remembering() and known and known[0] is item.dataset and known[1:3] == (settings, site_url):
        return known[3]
    text = package_json(_package(item, settings, version, site_url)) + "\n"
    if remembering():
        _packages[version] = (item.dataset, settings, site_url, text.encode("utf-8"))
    return text.encode("utf-8")


def publish_releases(
    written: list[WrittenDataset],
    settings: OpenDataSettings,
    folder: Path,
    store: Path | None = None,
    site_url: str = "/",
) -> dict[str, list[Release]]:
    """Write the data package of every dataset's current version into
    `folder`/releases/<version>/, and the release index of all versions; return each
    dataset's versions, newest first.

    The current files are not copied: their package names them by their addresses under
    `site_url` (even when the store holds the version: the store's package names the
    files beside it, which the site serves only once the version is superseded) and the
    index says where they are. Stored versions are listed, not copied: their files were checked for
    personal data when they were first published, and the publish workflow adds the
    superseded ones to the site (and checks them against the signed checksums)."""
    target = folder / RELEASES
    target.mkdir(parents=True, exist_ok=True)
    by_version = {r.version: r for r in stored_releases(store)}
    for item in written:
        version = version_of(item)
        package = target / version / "datapackage.json"
        write_if_changed(package, _package_text(item, settings, version, site_url))
        by_version[version] = Release(
            item.dataset.name,
            version,
            item.dataset.updated,
            item.csv.path,
            item.json.path,
            current=True,
        )
    by_dataset: dict[str, list[Release]] = {}
    for release in sorted(by_version.values(), key=lambda r: (r.updated, r.version), reverse=True):
        by_dataset.setdefault(release.dataset, []).append(release)
    write_if_changed(target / "index.json", release_index(by_dataset))
    return by_dataset


def release_index(by_dataset: dict[str, list[Release]]) -> bytes:
    """The release index: each dataset's versions, newest first, each with the addresses
    of its data package and files (relative to the open-data folder)."""
    index = {
        name: [
            {
                "version": r.version,
                "updated": r.updated.isoformat(),
                "current": r.current,
                "datapackage": r.path("datapackage.json"),
                "csv": r.path(r.csv),
                "json": r.path(r.json),
            }
            for r in found
        ]
        for name, found in sorted(by_dataset.items())
    }
    return (json.dumps(index, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def stored_checksums(store: Path | None, skip: set[str]) -> list[str]:
    """`SHA256SUMS` lines of the stored versions not in `skip` (the current versions,
    whose folders this build wrote): the data files' hashes as their own data package
    states them, the package's own hash computed."""
    lines = []
    for release in stored_releases(store):
        if release.version in skip:
            continue
        assert store is not None
        package_file = store / release.version / "datapackage.json"
        resource = json.loads(package_file.read_text("utf-8"))["resources"][0]
        base = f"opendata/{RELEASES}/{release.version}"
        for item in (resource, *resource.get("alternates", [])):
            digest = str(item.get("hash", "")).removeprefix("sha256:")
            lines.append(f"{digest}  {base}/{item['path']}\n")
        digest = hashlib.sha256(package_file.read_bytes()).hexdigest()
        lines.append(f"{digest}  {base}/datapackage.json\n")
    return lines


def checksums(root: Path, folders: list[str], store: Path | None = None) -> bytes:
    """The checksums (CHECKSUMS) of every file under `folders` of `root`, and of the stored
    versions the workflow adds to the site, in the format `sha256sum --check` reads: the
    list the publish workflow signs, so that any copy of a document or data file can be
    checked against the university's signature."""
    lines = []
    written: set[str] = set()
    for name in folders:
        base = root / name
        if not base.is_dir():
            continue
        for path in sorted(p for p in base.rglob("*") if p.is_file()):
            digest = sha256_of_file(path)
            relative = path.relative_to(root).as_posix()
            lines.append(f"{digest}  {relative}\n")
            parts = relative.split("/")
            if parts[:2] == ["opendata", RELEASES] and len(parts) > 3:
                written.add(parts[2])
    lines += stored_checksums(store, written)
    return "".join(sorted(lines, key=lambda line: line.split("  ", 1)[1])).encode("utf-8")
