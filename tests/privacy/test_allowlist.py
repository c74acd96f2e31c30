"""The allowlist file: strict validation with messages an editor can act on."""

from __future__ import annotations

from pathlib import Path

import pytest

from kazutb_transparency.privacy import AllowlistError, load_allowlist
from kazutb_transparency.privacy.allowlist import DEFAULT_PATH


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "allowlist.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_repository_allowlist_loads() -> None:
    allowlist = load_allowlist()
    assert allowlist.source == str(DEFAULT_PATH)
    assert {"+77172578815", "+77084250660", "+77016025353"} <= allowlist.phones
    assert allowlist.allows_name("Л.К. Байболова")
    assert allowlist.allows_name("K. Kulazhanov")


def test_every_entry_has_a_reason() -> None:
    import yaml

    raw = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    for section in ("people", "phones", "emails", "identifiers"):
        assert section in raw
        for entry in raw[section] or []:
            assert entry["reason"].strip()
    eponym = next(p for p in raw["people"] if p["id"] == "eponym")
    assert eponym["reason"].startswith("name of the university (eponym)")


@pytest.mark.parametrize(
    "text", ["", "people: []\nphones: []\nemails: []\nidentifiers: []\n", "emails:\nidentifiers:\n"]
)
def test_empty_lists_work(tmp_path: Path, text: str) -> None:
    allowlist = load_allowlist(write(tmp_path, text))
    assert not allowlist.phones and not allowlist.emails and not allowlist.identifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("phones:\n  - number: '+7 701 12'\n    reason: x\n", "phones[0].number: '+7 701 12' is"),
        ("phones:\n  - number: '+7 701 602 53 53'\n", "phones[0]"),
        ("emails:\n  - address: not-an-address\n    reason: x\n", "emails[0]"),
        ("people:\n  - id: Rector\n    reason: x\n    forms: [A.B. Name]\n", "people[0]"),
        ("people:\n  - id: rector\n    reason: x\n    forms: []\n", "people[0]"),
        ("people:\n  - id: rector\n    reason: ''\n    forms: [Л.К. Байболова]\n", "reason"),
        ("phones:\n  - number: '+7 701 602 53 53'\n    reason: x\n    note: y\n", "note"),
        ("colleagues: []\n", "colleagues"),
        ("- just a list\n", "expected a mapping"),
        ("phones: [\n", "invalid YAML"),
        (
            "people:\n  - {id: a, reason: x, forms: [A.B. Name]}\n"
            "  - {id: a, reason: y, forms: [C.D. Name]}\n",
            "duplicate id",
        ),
    ],
)
def test_bad_entries_are_named(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(AllowlistError) as info:
        load_allowlist(path)
    message = str(info.value)
    assert str(path) in message
    assert expected in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(AllowlistError, match="file not found"):
        load_allowlist(tmp_path / "nope.yaml")


def test_second_error_is_reported_too(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "phones:\n  - {number: '+7 701 602 53 53', reason: ok}\n  - {number: '123', reason: x}\n"
        "emails:\n  - {address: a@b, reason: x}\n",
    )
    with pytest.raises(AllowlistError) as info:
        load_allowlist(path)
    assert "phones[1]" in str(info.value) and "emails[0]" in str(info.value)
