"""The spelling key's shortcut for ASCII words gives the key the full folding gives."""

from __future__ import annotations

import random

from kazutb_transparency.privacy import translit
from kazutb_transparency.privacy.namewords import DATA_DIR, _read


def full_key(word: str) -> str:
    """name_key without its ASCII shortcut: fold diacritics, then merge Latin spellings."""
    low = word.casefold().replace("-", "").replace("'", "").replace("’", "")
    return translit._DOUBLE.sub(r"\1", translit._LATIN_RX.sub(translit._latin, translit._fold(low)))


def test_ascii_words_get_the_key_of_the_full_folding():
    words = _read("given_names_en.txt") + _read("given_names_common_words.txt")
    rng = random.Random(7)
    letters = "ABCDEFGHJKMNPQRSTVWXYZabcdefghijklmnopqrstuvwxyz-'"
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    ascii_words = [w for w in words if w.isascii()]
    assert len(ascii_words) > 5000
    assert [translit.name_key(w) for w in ascii_words] == [full_key(w) for w in ascii_words]


def test_cyrillic_and_folded_latin_keys_are_unchanged():
    assert translit.name_key("Айгерім") == translit.name_key("Aigerim") == "aigerim"
    assert translit.name_key("Aıgerim") == "aigerim"
    assert translit.name_key("Şolpan") == translit.name_key("Шолпан")
    assert translit.name_key("Zhanna") == translit.name_key("Жанна") == "jana"
    assert DATA_DIR.is_dir()
