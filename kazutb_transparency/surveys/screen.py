"""Which values of an export could hold personal data: a screen over whole columns.

The personal-data detector reads prose; run on every distinct respondent id of a large
export (t202400001k0, a UUID, a running number) it costs seconds and finds nothing. The
screen asks the same questions of the whole column at once, with Arrow string kernels
and numpy: a 12-digit run with a valid IIN check digit (computed for all runs at once),
a run of digits shaped like a phone or a card, an IBAN or passport shape, an @, a +,
a network's name before a colon (tg:handle), a space, a character the normaliser would
remove, or a letter run that could be a name or a context word. Letter runs repeat across
ids ("t", "k", the hex of UUIDs), so each distinct run is judged once, by the detector's
own name lexicon and context words.

Only the values the screen keeps are read by the full detector; a value it drops has
nothing the detector could report (every detector needs one of these features), or is a
well-formed UUID, whose digits are random.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# A value with any of these goes to the detector whole: e-mails and handles (@), phones
# (+), several words (space), characters the gate's normaliser rewrites (not a letter,
# an ASCII digit or a simple separator), IBAN (KZ + 2 digits) and passport (N + 8).
_WHOLE = (
    r"[@+\s]|[^\p{L}0-9_\-.:/#]|(?i:kz)[0-9]{2}|N[0-9]{8}"
    # an account after its network's name and a colon (tg:aru_t, instagram:aigerim.s)
    r"|(?i:inst|telegram|tg|tiktok|facebook|fb|vk|инст|телеграм|тг|вк)\w*:"
)
# A UUID (RFC 9562: version and variant digits in their places) is random by construction:
# digits in it that pass an IIN check (about 3 in 10,000 UUIDs) or look like a phone are
# chance, not a person's number.
_UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
# Respondent ids of the opaque shapes survey systems issue (data/surveys/README.md): a hex
# digest of 32, 40 or 64 digits in one case (MD5, SHA-1, SHA-256 of an address), base32
# (RFC 4648: upper case, digits 2-7), base64url of 16 characters and more, and a ULID (26
# characters of Crockford's base32, which has no I, L, O or U: a 48-bit time, then 80
# random bits; the first character at most 7). A digit or
# letter run inside one is chance, not a person's number or name: the token is read whole,
# and its pieces between '-' and '_' as words. Base64url must mix both cases and digits and
# hold a capital that does not start a lower-case word ("AigerimBekova2001" is not one).
_DIGEST = r"^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64})$"
_BASE32 = r"^[A-Z2-7]{16,}$"
_ULID = r"^[0-7][0-9A-HJKMNP-TV-Z]{25}$"
_BASE64URL = (r"^[A-Za-z0-9_\-]{16,}$", r"[a-z]", r"[0-9]", r"[A-Z](?:[^a-z]|$)")
SEPARATORS = r"[_\-]+"
_DIGIT_SPLIT = r"[^0-9]+"
# Digits with the separators people write numbers with: 8807-1540-1234, 8(701)555-12-34.
_CLUSTER_SPLIT = r"[^0-9 ()./\-]+"
_LETTER_SPLIT = r"[^\p{L}]+"
_W1 = np.arange(1, 12)
_W2 = np.array([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])


def suspicious(values: Sequence[str]) -> np.ndarray:
    """A boolean per value: could the detector find personal data in it?"""
    arr = pa.array(values, pa.string())
    out = np.zeros(len(arr), dtype=bool)
    if len(arr) == 0:
        return out
    # UUIDs first: a column of them needs nothing else.
    uuid = pc.match_substring_regex(arr, _UUID, ignore_case=True).to_numpy(zero_copy_only=False)
    rest = np.flatnonzero(~uuid)
    if len(rest) == 0:
        return out
    if len(rest) < len(arr):
        arr = pc.take(arr, pa.array(rest))
    n = len(arr)
    flagged = pc.match_substring_regex(arr, _WHOLE).to_numpy(zero_copy_only=False)
    flagged |= _digit_runs(arr, n)
    flagged |= _clusters(arr, n)
    flagged |= _letter_runs(arr, n)
    out[rest] = flagged
    return out


def opaque_ids(values: Sequence[str]) -> np.ndarray:
    """A boolean per value: a UUID, a hex digest, base32, base64url or a ULID (see _DIGEST)."""
    arr = pa.array(values, pa.string())
    if len(arr) == 0:
        return np.zeros(0, dtype=bool)
    shaped = pc.match_substring_regex(arr, _UUID, ignore_case=True)
    for shape in (_DIGEST, _BASE32, _ULID):
        shaped = pc.or_(shaped, pc.match_substring_regex(arr, shape))
    # RE2 has no look-ahead: base64url's conditions one by one
    url = pc.match_substring_regex(arr, _BASE64URL[0])
    for condition in _BASE64URL[1:]:
        url = pc.and_(url, pc.match_substring_regex(arr, condition))
    return pc.or_(shaped, url).to_numpy(zero_copy_only=False)


def suspicious_ids(values: Sequence[str]) -> np.ndarray:
    """suspicious() for the respondent-id column. An opaque id (opaque_ids) is personal
    data only as a whole: kept when it holds a piece between its separators that is, as a
    whole, a number or a word the detector could flag (a UUID never); a run of digits or
    letters inside a piece is not looked at. Any other id is screened as every value is."""
    out = np.zeros(len(values), dtype=bool)
    if not len(values):
        return out
    opaque = opaque_ids(values)
    other = np.flatnonzero(~opaque)
    if len(other):
        out[other] = suspicious([values[i] for i in other])
    cut = [i for i in np.flatnonzero(opaque) if re.search(SEPARATORS, values[i])]
    if cut:
        out[cut] = _pieces_suspicious(pa.array([values[i] for i in cut], pa.string()))
    return out


def _pieces_suspicious(arr: pa.Array) -> np.ndarray:
    """Per value: a piece between separators that is all digits or all letters and that the
    screen keeps, or a number grouped across pieces (8807-1540-1234)."""
    n = len(arr)
    uuid = pc.match_substring_regex(arr, _UUID, ignore_case=True).to_numpy(zero_copy_only=False)
    pieces, parents = _runs(arr, SEPARATORS)
    whole = pc.or_(
        pc.match_substring_regex(pieces, r"^[0-9]+$"),
        pc.match_substring_regex(pieces, r"^\p{L}+$"),
    ).to_numpy(zero_copy_only=False)
    out = np.zeros(n, dtype=bool)
    if whole.any():
        kept = suspicious(pc.filter(pieces, pa.array(whole)).to_pylist())
        out[parents[whole][kept]] = True
    out |= _clusters(arr, n)
    return out & ~uuid


def _runs(arr: pa.Array, pattern: str) -> tuple[pa.Array, np.ndarray]:
    """Every non-empty piece of every value split on `pattern`, and its value's index."""
    pieces = pc.split_pattern_regex(arr, pattern)
    flat = pc.list_flatten(pieces)
    parents = pc.list_parent_indices(pieces).to_numpy()
    keep = pc.greater(pc.utf8_length(flat), 0)
    return pc.filter(flat, keep), parents[keep.to_numpy(zero_copy_only=False)]


def _digit_runs(arr: pa.Array, n: int) -> np.ndarray:
    runs, parents = _runs(arr, _DIGIT_SPLIT)
    lengths = pc.utf8_length(runs).to_numpy()
    out = np.zeros(n, dtype=bool)
    # 13 and more digits: a card or a phone with its country code; 10–11: a phone.
    long = lengths >= 13
    phone = ((lengths == 10) & _first_digit_in(runs, "3456789")) | (
        (lengths == 11) & _first_digit_in(runs, "78")
    )
    out[parents[long | phone]] = True
    twelve = lengths == 12
    if twelve.any():
        candidates = pc.filter(runs, pa.array(twelve)).to_pylist()
        out[parents[twelve][iin_like(candidates)]] = True
    return out


def _first_digit_in(runs: pa.Array, digits: str) -> np.ndarray:
    first = pc.utf8_slice_codeunits(runs, 0, 1)
    return pc.is_in(first, pa.array(list(digits))).to_numpy(zero_copy_only=False)


def iin_like(numbers: list[str]) -> np.ndarray:
    """Vectorised: 12-digit strings whose check digit is right and that are not BINs."""
    if not numbers:
        return np.zeros(0, dtype=bool)
    d = np.frombuffer("".join(numbers).encode("ascii"), dtype=np.uint8).reshape(-1, 12) - 48
    d = d.astype(np.int64)
    first = (d[:, :11] @ _W1) % 11
    second = (d[:, :11] @ _W2) % 11
    check = np.where(first == 10, second, first)
    valid = (check != 10) & (check == d[:, 11])
    month = d[:, 2] * 10 + d[:, 3]
    is_bin = (month >= 1) & (month <= 12) & np.isin(d[:, 4], (4, 5, 6)) & (d[:, 5] <= 4)
    return valid & ~is_bin


def _clusters(arr: pa.Array, n: int) -> np.ndarray:
    """Ten or more digits written with separators (a grouped IIN or phone)."""
    out = np.zeros(n, dtype=bool)
    if not pc.any(pc.match_substring_regex(arr, r"[0-9][ ()./\-][0-9]")).as_py():
        return out
    clusters, parents = _runs(arr, _CLUSTER_SPLIT)
    grouped = pc.match_substring_regex(clusters, r"[0-9][ ()./\-]+[0-9]").to_numpy(
        zero_copy_only=False
    )
    clusters, parents = pc.filter(clusters, pa.array(grouped)), parents[grouped]
    bare = pc.replace_substring_regex(clusters, r"[^0-9]", "")
    digits = pc.utf8_length(bare).to_numpy()
    # 11 digits from 7 or 8 (a phone), 12 (an IIN, or a phone inside), 13 and more (a card)
    phone = (digits >= 11) & (digits <= 12) & _first_digit_in(bare, "78")
    out[parents[(digits >= 13) | phone]] = True
    twelve = digits == 12
    if twelve.any():
        candidates = pc.filter(bare, pa.array(twelve)).to_pylist()
        out[parents[twelve][iin_like(candidates)]] = True
    return out


def _letter_runs(arr: pa.Array, n: int) -> np.ndarray:
    runs, parents = _runs(arr, _LETTER_SPLIT)
    out = np.zeros(n, dtype=bool)
    long = pc.greater_equal(pc.utf8_length(runs), 3).to_numpy(zero_copy_only=False)
    if not long.any():
        return out
    runs, parents = pc.filter(runs, pa.array(long)), parents[long]
    encoded = pc.dictionary_encode(pc.utf8_lower(runs))
    words = encoded.dictionary.to_pylist()
    matters = np.array([word_may_matter(w) for w in words], dtype=bool)
    out[parents[matters[encoded.indices.to_numpy()]]] = True
    return out


@lru_cache(maxsize=65536)
def word_may_matter(word: str) -> bool:
    """A letter run that the detector could read as part of a name or as a context word
    (a given name, a surname or patronymic shape, ИИН, tel, student, born ...)."""
    from kazutb_transparency.privacy.namewords import (
        Given,
        given,
        patronymic_like,
        surname_like,
    )

    cap = word[:1].upper() + word[1:]
    if given(cap) is not Given.NO or surname_like(cap) or patronymic_like(cap):
        return True
    context = _context_words()
    return (
        context.search(word) is not None
        or context.search(f" {word} ") is not None
        or _STEM.search(word) is not None
    )


@cache
def _context_words() -> re.Pattern[str]:
    """The detector's context words (birth, identity document, student, phone, IIN) as one
    alternation: it matches a text wherever one of them does, in one search instead of five
    (ids of shapes such as ULIDs send tens of thousands of letter runs here)."""
    from kazutb_transparency.privacy import context

    patterns = (context.BIRTH, context.ID_DOCUMENT, context.STUDENT, context.PHONE, context.IIN)
    flags = {rx.flags for rx in patterns}
    if len(flags) != 1 or any(rx.groups for rx in patterns):
        raise RuntimeError("the context words no longer join into one pattern: list them apart")
    return re.compile("|".join(f"(?:{rx.pattern})" for rx in patterns), flags.pop())


# The stems the detector looks for around numbers (context._STEMS), as one search.
_STEM = re.compile(
    "tel|phone|mob|birth|born|dob|passport|student|iin|иин|жсн|тел|моб|рожд|туған|паспорт"
)
