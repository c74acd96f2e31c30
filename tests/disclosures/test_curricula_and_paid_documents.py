"""Curricula and the paid-education documents in the compliance register: the samples have
files, so the default register misses none of them; a curriculum without its file is named;
the strict build refuses every new sample record (calendar, documents, per-programme figures)."""

from __future__ import annotations

from pathlib import Path

from kazutb_transparency.disclosures.documents import KIND_CLAUSES
from tests.disclosures.helpers import load

NEW_KINDS = ("curriculum", "paid-education-contract", "tuition-fee-order")
CURRICULUM = "curriculum-6b04105-2026"


def _rows(site) -> dict:
    return {row.clause.clause: row for row in site.register}


def _missing(row) -> list[str]:
    return [label.get("en") for label in row.missing]


def test_every_programme_has_a_curriculum_with_a_file(default_site) -> None:
    d = default_site.disclosures
    for programme in d.programmes:
        assert programme.curriculum, programme.code
        entry = d.document(programme.curriculum)
        assert entry.document.kind == "curriculum" and entry.file is not None, programme.code
    for kind in NEW_KINDS:
        assert d.documents_of(kind, current=True), kind
        assert all(e.file is not None for e in d.documents_of(kind)), kind


def test_the_default_register_misses_no_curriculum_and_no_paid_document(default_site) -> None:
    rows = _rows(default_site)
    words = ("Curriculum", "curriculum", "paid educational", "tuition fees")
    for clause in ("9.7.1.6", "9.7.3"):
        named = [m for m in _missing(rows[clause]) if any(w in m for w in words)]
        assert not named, (clause, named)
    # Each present curriculum counts as evidence of §9.7.1.6, not only its absence.
    titles = [e.label.get("en") for e in rows["9.7.1.6"].evidence if e.present]
    assert any(t.startswith("Curriculum of the educational programme 6B04105") for t in titles)


def test_the_new_samples_lack_only_what_the_other_samples_lack(default_site) -> None:
    """The sample files are in English, as every other sample: §11.6 lists them as lacking
    Kazakh and Russian, never English."""
    missing = _missing(_rows(default_site)["11.6"])
    new = [m for m in missing if m.startswith(("Curriculum", "Template contract", "Order"))]
    assert len(new) == len(default_site.disclosures.programmes) + 2
    assert not [m for m in new if "English" in m], new
    assert all(m.endswith("no version in Kazakh and Russian") for m in new), new
    assert set(KIND_CLAUSES["curriculum"]) == {"9.7.1.6"}


def test_a_curriculum_without_its_file_is_named_in_the_register(data_copy: Path, edit) -> None:
    documents = data_copy / "disclosures" / "documents.yaml"
    edit(documents, f"  file: sample-{CURRICULUM}.pdf\n", "")
    (data_copy / "documents" / f"sample-{CURRICULUM}.pdf").unlink()
    row = _rows(load(data_copy))["9.7.1.6"]
    assert row.status == "incomplete"
    assert "Curriculum of the educational programme 6B04105: file" in _missing(row)
    assert not [m for m in _missing(row) if "6B04103" in m and "urriculum" in m]


def test_a_programme_without_a_curriculum_is_named_in_the_register(data_copy: Path, edit) -> None:
    catalogue = data_copy / "disclosures" / "programmes" / "6B04105.yaml"
    edit(catalogue, f"curriculum: {CURRICULUM}\n", "")
    row = _rows(load(data_copy))["9.7.1.6"]
    assert "6B04105: curriculum" in _missing(row)


def test_the_strict_build_refuses_the_new_sample_records(default_site) -> None:
    refused = {(Path(p.file).name, p.record) for p in default_site.audit.strict_problems()}
    fields = {(Path(p.file).name, p.field) for p in default_site.audit.strict_problems()}
    assert ("calendar.yaml", "calendar 2026-2027") in refused
    assert ("documents.yaml", CURRICULUM) in refused
    assert ("documents.yaml", "paid-education-contract-2026") in refused
    assert ("documents.yaml", "tuition-fee-order-2026") in refused
    for part in ("attestation 2025", "earnings 2025", "vacancies 2026-2027"):
        assert ("6B04105.yaml", f"6B04105 {part}") in refused, part
    assert ("6B04105.yaml", "provenance") in fields
