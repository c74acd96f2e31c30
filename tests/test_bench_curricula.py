"""The large benchmark site's synthetic programmes each have a curriculum with a file, so
its register of §9.7.1.6 and §11.6 reads like the default site's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml
from buildtools import TODAY

from kazutb_transparency.bench.curricula import curriculum_id
from kazutb_transparency.bench.dataset import make_dataset
from kazutb_transparency.buildsteps.site import load_site


def _missing(site, clause: str) -> list[str]:
    row = next(r for r in site.register if r.clause.clause == clause)
    return [label.get("en") for label in row.missing]


def test_every_synthetic_programme_has_its_curriculum_with_a_file(tmp_path: Path) -> None:
    info = make_dataset(tmp_path / "data", programmes=4, disciplines=2, surveys=False)
    assert any(note.startswith("curricula: 4 curricula") for note in info.notes)
    site = load_site(info.data_dir, date.fromisoformat(TODAY))
    d = site.disclosures
    synthetic = [p for p in d.programmes if p.source.en == "Synthetic benchmark data"]
    assert len(synthetic) == 4
    for p in synthetic:
        assert p.curriculum == curriculum_id(p.code)
        entry = d.document(p.curriculum)
        assert entry.document.kind == "curriculum" and entry.file is not None
        assert entry.file.size < 5 * 1024
        assert entry.file.source.read_bytes().startswith(b"%PDF-1.4")
    # No programme lacks its curriculum or its file; no synthetic one lacks a language.
    assert not [m for m in _missing(site, "9.7.1.6") if "urriculum" in m]
    assert not [m for m in _missing(site, "11.6") if any(p.code in m for p in synthetic)]


def test_the_documents_file_stays_one_list_the_loader_reads(tmp_path: Path) -> None:
    info = make_dataset(tmp_path / "data", programmes=2, disciplines=2, surveys=False)
    path = info.data_dir / "disclosures" / "documents.yaml"
    records = yaml.safe_load(path.read_text(encoding="utf-8"))
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    added = [r for r in records if r["id"].startswith("curriculum-6b") and "BENCH" in r["number"]]
    assert len(added) == 2 and "&" not in path.read_text(encoding="utf-8")  # no YAML alias
