"""What the news give the compliance register: §8.3.8 (news, socially important notices,
photo and video reports) and §8.3.10 (working with the media)."""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import localized
from kazutb_transparency.disclosures.register_rows import Evidence, missing
from kazutb_transparency.news.content import News

PART: dict[str, Localized] = localized("news_register_part")

# The clauses this domain gives evidence for (register.yaml may name them).
CLAUSES: tuple[str, ...] = ("8.3.8", "8.3.10")
# What §8.3.8 names: each kind must have been published at least once; its latest shows it.
INFORMING = ("news", "notice", "photo-report", "video-report")


def _informing(n: News) -> list[Evidence]:
    out = []
    for kind in INFORMING:
        latest = next((item for item in n.items if item.kind == kind), None)
        out.append(Evidence(PART[kind], latest) if latest else missing(PART[kind]))
    return out


def _media(n: News) -> list[Evidence]:
    contact = n.contact
    if contact is None:
        return [missing(PART["contact"])]
    out = [Evidence(PART["contact"], contact, fields=("position", "unit", "how_to_request"))]
    for name in ("email", "phone"):
        present = getattr(contact, name) is not None
        out.append(
            Evidence(PART[name], contact, fields=(name,)) if present else missing(PART[name])
        )
    return out


def register_evidence(n: News) -> dict[str, list[Evidence]]:
    """{clause: the evidence this domain gives it}."""
    return {"8.3.8": _informing(n), "8.3.10": _media(n)}
