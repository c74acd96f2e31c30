"""Versioned open data: every published state of a dataset stays retrievable at a fixed
address, so that a citation ("Accreditation [accreditations], version 2026-11-20-3f9c…")
can still be followed after the dataset has changed.

A version is the dataset's `updated` date plus the first 12 hex digits of a hash of its CSV
and JSON files: the same content always gets the same version, any change a new one. Each
version is a folder `opendata/releases/<version>/` with the dataset's CSV and JSON exactly as
published then and a `datapackage.json` describing them (sizes and SHA-256 hashes).

The build only adds: it writes the versions that are new, lists them with the earlier ones
from the store (`KAZUTB_RELEASES`, a folder the publish workflow restores from the
`opendata-releases` branch and appends the new versions to after a successful build), and
includes the stored files' hashes in the signed checksums; the workflow puts the stored
folders into the site byte for byte. The current files keep their addresses
(`opendata/<dataset>.csv`).
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
from kazutb_transparency.core.writing import link_or_copy, sha256_of_file, write_if_changed

RELEASES = "releases"
STORE_VARIABLE = "KAZUTB_RELEASES"
HASH_DIGITS = 12
# At the site's root: the checksums of every open-data file and document, signed by the
# publish workflow (a .txt file: the personal-data gate reads it as text).
CHECKSUMS = "SHA256SUMS.txt"
VERSION = re.compile(r"^(\d{4}-\d{2}-\d{2})-([0-9a-f]{12})$")


@dataclass(frozen=True, order=True)
class Release:
    """One published version of one dataset."""

    dataset: str
    version: str
    updated: date
    csv: str  # file names inside the version's folder
    json: str

    def path(self, name: str) -> str:
        """Address of one of its files, relative to the open-data folder."""
        return f"{RELEASES}/{self.version}/{name}"


def version_of(item: WrittenDataset) -> str:
    """`<updated>-<hash>`: the date the data say, and a hash of both published files."""
    digest = hashlib.sha256(f"{item.csv.sha256}\n{item.json.sha256}\n".encode()).hexdigest()
    return f"{item.dataset.updated.isoformat()}-{digest[:HASH_DIGITS]}"


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


def _package(item: WrittenDataset, settings: OpenDataSettings, version: str) -> dict[str, Any]:
    package = datapackage([item], settings)
    package["name"] = f"kazutb-{item.dataset.name}"
    package["version"] = version
    return package


# The preview's release packages by version: the dataset object and settings they describe
# (a dataset the preview did not load again is the same object) and the text.
_packages: dict[str, tuple[Any, OpenDataSettings, bytes]] = {}


def _package_text(item: WrittenDataset, settings: OpenDataSettings, version: str) -> bytes:
    known = _packages.get(version)
    if remembering() and known and known[0] is item.dataset and known[1] == settings:
        return known[2]
    text = package_json(_package(item, settings, version)) + "\n"
    if remembering():
        _packages[version] = (item.dataset, settings, text.encode("utf-8"))
    return text.encode("utf-8")


def publish_releases(
    written: list[WrittenDataset],
    settings: OpenDataSettings,
    folder: Path,
    store: Path | None = None,
) -> dict[str, list[Release]]:
    """Write the current version of every dataset that the store does not hold yet into
    `folder`/releases, with the index of all versions; return each dataset's versions,
    newest first.

    Stored versions are listed, not copied: their files were checked for personal data when
    they were first published, and copying the whole history into every build would make
    each build read all of it again. The publish workflow adds them to the site beside the
    new ones (and checks them against the signed checksums)."""
    target = folder / RELEASES
    target.mkdir(parents=True, exist_ok=True)
    releases = stored_releases(store)
    known = {r.version for r in releases}
    for item in written:
        version = version_of(item)
        if version in known:
            continue
        version_dir = target / version
        for file in (item.csv, item.json):
            copy = version_dir / file.path
            if not remembering():
                write_if_changed(copy, folder / file.path)
            # The version names the files' hashes: the preview's kept copy of the same size
            # holds the same bytes; a new one is a link to the current file (replaced, not
            # written in place, when the dataset changes again).
            elif not (copy.is_file() and copy.stat().st_size == file.bytes):
                link_or_copy(folder / file.path, copy)
        write_if_changed(version_dir / "datapackage.json", _package_text(item, settings, version))
        releases.append(
            Release(item.dataset.name, version, item.dataset.updated, item.csv.path, item.json.path)
        )
        known.add(version)
    by_dataset: dict[str, list[Release]] = {}
    for release in sorted(releases, key=lambda r: (r.updated, r.version), reverse=True):
        by_dataset.setdefault(release.dataset, []).append(release)
    index = {
        name: [{"version": r.version, "updated": r.updated.isoformat()} for r in found]
        for name, found in sorted(by_dataset.items())
    }
    text = json.dumps(index, ensure_ascii=False, indent=1) + "\n"
    write_if_changed(target / "index.json", text.encode("utf-8"))
    return by_dataset


def stored_checksums(store: Path | None, skip: set[str]) -> list[str]:
    """`SHA256SUMS` lines of the stored versions not in `skip` (versions written by this
    build): the data files' hashes as their own data package states them, the package's
    own hash computed."""
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
