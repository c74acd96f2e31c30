"""The text inside published documents and images: PDF, DOCX, XLSX, ODF, photos.

Each file becomes a list of parts, each part a piece of text with where it was found
("page 3", "metadata /Author", "comment on Sheet1!B3"), which the scanner reads like any
other text. Metadata fields that name a person (author, last modified by, artist,
copyright holder) are marked, so that a bare name there is reported even without a
surname shape. GPS coordinates in a photo are a finding by themselves: they locate a
person's home. One module per format reads every part of it (extract_pdf, extract_docx,
extract_xlsx, extract_odf, extract_image).
"""

from __future__ import annotations

from kazutb_transparency.privacy.archive_comments import archive_comment_parts
from kazutb_transparency.privacy.docparts import PERSON_FIELDS, CannotCheck, Part, Unreadable
from kazutb_transparency.privacy.extract_docx import docx_parts
from kazutb_transparency.privacy.extract_image import image_parts
from kazutb_transparency.privacy.extract_odf import odf_parts
from kazutb_transparency.privacy.extract_pdf import pdf_parts
from kazutb_transparency.privacy.extract_xlsx import xlsx_parts

EXTRACTORS = {
    "pdf": pdf_parts,
    "docx": docx_parts,
    "xlsx": xlsx_parts,
    "odf": odf_parts,
    "image": image_parts,
}

__all__ = [
    "EXTRACTORS",
    "PERSON_FIELDS",
    "CannotCheck",
    "Part",
    "Unreadable",
    "archive_comment_parts",
]
