#!/usr/bin/env python3
"""Write the SAMPLE document files described in data/disclosures/documents.yaml.

Usage: scripts/make_sample_documents.py [DATA_DIR]

For every record whose `file` is a placeholder (its provenance), writes a small one-page
PDF into DATA_DIR/documents/, watermarked "SAMPLE — ҮЛГІ — ОБРАЗЕЦ" and saying it is not an
official document. Confirmed records are never touched: their files are the real ones.
The PDF itself is written by kazutb_transparency/disclosures/sample_pdf.py: under 5 KB a
file, the same byte for byte on every run, so the checksums shown on the site stay the same.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kazutb_transparency.core.datafiles import load_yaml, validate
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.disclosures.documents import Document
from kazutb_transparency.disclosures.sample_pdf import sample_pdf


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    data_dir = Path(args[0] if args else "data")
    path = data_dir / "disclosures" / "documents.yaml"
    try:
        data, lines = load_yaml(path)
        docs = [
            validate(Document, item, str(path), lines, base=(i,))
            for i, item in enumerate(data or [])
        ]
    except DataError as exc:
        print(exc, file=sys.stderr)
        return 1
    folder = data_dir / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        if doc.file is None or doc.state("file") != "placeholder":
            continue
        target = folder / doc.file
        target.write_bytes(sample_pdf(doc))
        print(f"{target}: {target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
