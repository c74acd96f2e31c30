"""The generated sample PDFs: committed as generated, small, watermarked, well-formed."""

from __future__ import annotations

import importlib.util
import re
import zlib
from pathlib import Path

from kazutb_transparency.core.datafiles import load_yaml, validate
from kazutb_transparency.disclosures.documents import Document

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "make_sample_documents.py"


def generator():
    spec = importlib.util.spec_from_file_location("make_sample_documents", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sample_documents() -> list[Document]:
    path = REPO / "data" / "disclosures" / "documents.yaml"
    data, lines = load_yaml(path)
    docs = [validate(Document, item, str(path), lines) for item in data]
    return [doc for doc in docs if doc.file and doc.state("file") == "placeholder"]


def test_committed_samples_are_what_the_script_writes() -> None:
    make = generator()
    docs = sample_documents()
    assert docs
    for doc in docs:
        committed = (REPO / "data" / "documents" / doc.file).read_bytes()
        assert committed == make.sample_pdf(doc), (
            f"{doc.file}: run scripts/make_sample_documents.py"
        )


def test_samples_are_small_wellformed_and_watermarked(tmp_path: Path) -> None:
    make = generator()
    for doc in sample_documents():
        pdf = make.sample_pdf(doc)
        assert len(pdf) < 5 * 1024, doc.file
        assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
        offset = int(re.search(rb"startxref\n(\d+)\n", pdf).group(1))
        assert pdf[offset:].startswith(b"xref")
        for number, at in enumerate(re.findall(rb"(\d{10}) 00000 n ", pdf), start=1):
            assert pdf[int(at) :].startswith(f"{number} 0 obj".encode())
        streams = [
            zlib.decompress(s)
            for s in re.findall(rb"/FlateDecode >>\nstream\n(.*?)\nendstream", pdf, re.S)
        ]
        text = b"\n".join(streams)
        assert b"NOT AN OFFICIAL DOCUMENT" in text
        # The watermark's letters are mapped to Unicode, so it can be copied and searched.
        for char in "ҮЛГІОБРАЗЕЦ":
            assert f"<{ord(char):04X}>".encode() in text, char
