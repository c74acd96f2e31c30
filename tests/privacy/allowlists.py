"""The site's allowlist with a corpus' own entries added (its sample university accounts,
role mailboxes and bank account), as an editor would add them."""

from __future__ import annotations

from pathlib import Path

import yaml

from kazutb_transparency.privacy import Allowlist, load_allowlist

ROOT = Path(__file__).resolve().parents[2]


def site_allowlist_with(extra: dict[str, list[dict[str, str]]], folder: Path) -> Allowlist:
    """data/privacy/allowlist.yaml with `extra` entries added under their keys."""
    entries = yaml.safe_load((ROOT / "data/privacy/allowlist.yaml").read_text(encoding="utf-8"))
    for key, added in extra.items():
        entries[key] = [*(entries.get(key) or []), *added]
    path = folder / "allowlist.yaml"
    path.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    return load_allowlist(path)
