"""The synthetic programmes' curricula: one document record (kind `curriculum`) each, with a
small sample file, named by the programme's `curriculum` field — as every programme of the
default data has one, so the large site's register of §9.7.1.6 and §11.6 reads like the
default site's, not incomplete for want of a curriculum."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kazutb_transparency.core.datafiles import dump_yaml
from kazutb_transparency.disclosures.documents import Document
from kazutb_transparency.disclosures.sample_pdf import sample_pdf

DATED = {"posted": "2026-11-20", "updated": "2026-11-20", "review_months": 12}
SOURCE = {
    "kk": "Бенчмарктің синтетикалық деректері",
    "ru": "Синтетические данные бенчмарка",
    "en": "Synthetic benchmark data",
}


def curriculum_id(code: str) -> str:
    return f"curriculum-{code.lower()}-2026"


def curriculum_record(code: str) -> dict[str, Any]:
    """The curriculum of one synthetic programme, in three languages, with its file."""
    return {
        "id": curriculum_id(code),
        "kind": "curriculum",
        "title": {
            "kk": f"{code} білім беру бағдарламасының оқу жоспары",
            "ru": f"Учебный план образовательной программы {code}",
            "en": f"Curriculum of the educational programme {code}",
        },
        "number": f"BENCH-CUR-{code}",
        "date": "2026-06-30",
        "issuer": {"kk": "Ғылыми кеңес", "ru": "Учёный совет", "en": "Academic Council"},
        "file": f"bench-{curriculum_id(code)}.pdf",
        "languages": ["kk", "ru", "en"],
        **DATED,
        "provenance": "confirmed",
        "source": SOURCE,
    }


def make_curricula(target: Path, codes: list[str]) -> str:
    """Append a curriculum per programme of `codes` to the data folder's documents.yaml and
    write its file into documents/; returns a line for the dataset's notes."""
    records = [curriculum_record(code) for code in codes]
    folder = target / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for record in records:
        pdf = sample_pdf(Document.model_validate(record))
        (folder / record["file"]).write_bytes(pdf)
        size += len(pdf)
    documents = target / "disclosures" / "documents.yaml"
    text = documents.read_text(encoding="utf-8").rstrip("\n")
    added = dump_yaml(records, allow_unicode=True, sort_keys=False)
    heading = "# The benchmark's synthetic curricula (bench/curricula.py)."
    documents.write_text(f"{text}\n\n{heading}\n{added}", encoding="utf-8")
    return f"{len(records)} curricula with a file each ({size // 1024} KB)"
