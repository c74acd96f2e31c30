"""The respondent-id formats of the bulk exports (surveys/bulk.py) the benchmark measures."""

from __future__ import annotations

import numpy as np
import pytest

from kazutb_transparency.surveys.bulk import ID_FORMATS, _ids
from kazutb_transparency.surveys.codes import TOKEN_RE


@pytest.mark.parametrize("kind", ID_FORMATS)
def test_every_format_gives_distinct_ids_the_token_rule_accepts(kind: str) -> None:
    ids = _ids(kind, np.random.default_rng(3), 5_000, 17)
    assert len(set(ids)) == len(ids)
    assert [i for i in ids if not TOKEN_RE.match(i)] == []


def test_the_new_shapes_are_what_they_say() -> None:
    rng = np.random.default_rng(0)
    (base32,) = _ids("base32", rng, 1, 0)
    (hashed,) = _ids("sha256", rng, 1, 0)
    (dashed,) = _ids("dashed", rng, 1, 7)
    assert len(base32) == 26 and set(base32) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert len(hashed) == 64 and set(hashed) <= set("0123456789abcdef")
    assert dashed.startswith("KZ-2024_000007-") and len(dashed) == 17
    with pytest.raises(ValueError, match="unknown id format"):
        _ids("e-mail", rng, 1, 0)


def test_base64url_and_ulid_ids_are_what_they_say() -> None:
    rng = np.random.default_rng(0)
    url = _ids("base64url", rng, 200, 0)
    ulid = _ids("ulid", rng, 200, 0)
    assert {len(i) for i in url} == {22} and "=" not in "".join(url)
    assert set("".join(url)) <= set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    )
    assert {len(i) for i in ulid} == {26}
    assert set("".join(ulid)) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    assert ulid[0].startswith("01HK")  # milliseconds of January 2024
