"""The organisation at a large university's size, for the benchmark's large site.

Sixty more structural units (departments under the vice-rectors, neutral names in three
languages), and every structural unit with its head by position, an institutional e-mail on
the reserved example.org domain (each one in the allowlist with its reason) and its
regulation as a document of kind `unit-regulation` with a small sample file: the structure
page, the `units` dataset and the register of §9.7.1.2 read as on a site that publishes
them all. No phone: no number range is reserved for examples, and a made-up number may be
someone's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kazutb_transparency.bench.curricula import DATED, SOURCE
from kazutb_transparency.core.datafiles import dump_yaml
from kazutb_transparency.disclosures.documents import Document
from kazutb_transparency.disclosures.sample_pdf import sample_pdf

SYNTHETIC_UNITS = 60
PARENTS = ("vr-academic", "vr-educational-social", "vr-science", "vr-administrative")
PLACEHOLDER = {**DATED, "provenance": "placeholder", "source": SOURCE}


def _synthetic_unit(n: int, known: set[str]) -> dict[str, Any]:
    parents = [p for p in PARENTS if p in known] or ["rector"]
    return {
        "id": f"bench-unit-{n}",
        "kind": "unit",
        "parent": parents[n % len(parents)],
        "name": {"kk": f"{n}-бөлім", "ru": f"Отдел № {n}", "en": f"Department No. {n}"},
        "provenance": "placeholder",
        "source": SOURCE,
    }


def regulation_record(unit: dict[str, Any]) -> dict[str, Any]:
    name = unit["name"]
    doc_id = f"regulation-{unit['id']}"
    return {
        "id": doc_id,
        "kind": "unit-regulation",
        "title": {
            "kk": f"{name['kk']} туралы ереже",
            "ru": f"Положение: {name['ru']}",
            "en": f"Regulation: {name['en']}",
        },
        "date": "2026-06-30",
        "issuer": {"kk": "Ректор", "ru": "Ректор", "en": "Rector"},
        "file": f"bench-{doc_id}.pdf",
        "languages": ["kk", "ru", "en"],
        **PLACEHOLDER,
    }


def make_units(target: Path) -> str:
    """Add the synthetic units, and a head, an e-mail and a regulation to every structural
    unit of target/units.yaml; returns a line for the dataset's notes."""
    path = target / "units.yaml"
    units: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    known = {u["id"] for u in units}
    units += [_synthetic_unit(n, known) for n in range(1, SYNTHETIC_UNITS + 1)]
    documents, emails = [], []
    folder = target / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    for unit in units:
        if unit["kind"] != "unit":
            continue
        added = ["email", "regulation"]
        if "head" not in unit:
            name = unit["name"]
            unit["head"] = {
                "kk": f"{name['kk']} басшысы",
                "ru": f"Руководитель: {name['ru']}",
                "en": f"Head: {name['en']}",
            }
            added.append("head")
        unit["email"] = f"{unit['id']}@example.org"
        emails.append({"address": unit["email"], "reason": "Benchmark placeholder on example.org"})
        record = regulation_record(unit)
        unit["regulation"] = record["id"]
        # A record of the default data keeps its state; the values added are placeholders.
        if unit["provenance"] != "placeholder":
            unit["provenance_fields"] = {
                **unit.get("provenance_fields", {}),
                **dict.fromkeys(added, "placeholder"),
            }
        (folder / record["file"]).write_bytes(sample_pdf(Document.model_validate(record)))
        documents.append(record)
    path.write_text(dump_yaml(units, sort_keys=False), encoding="utf-8")
    listed = target / "disclosures" / "documents.yaml"
    text = listed.read_text(encoding="utf-8").rstrip("\n")
    added = dump_yaml(documents, sort_keys=False)
    listed.write_text(f"{text}\n\n# The benchmark's unit regulations.\n{added}", encoding="utf-8")
    allowlist = target / "privacy" / "allowlist.yaml"
    data = yaml.safe_load(allowlist.read_text(encoding="utf-8"))
    data["emails"] = [*(data.get("emails") or []), *emails]
    allowlist.write_text(dump_yaml(data, sort_keys=False), encoding="utf-8")
    return (
        f"{SYNTHETIC_UNITS} more units; {len(documents)} structural units with a head, an "
        "e-mail and a regulation each"
    )
