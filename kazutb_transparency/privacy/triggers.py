"""What each detector of the gate is anchored on (see prefilter.py; the detectors are
listed with these in scanner.DETECTORS).

The patterns are taken from the detectors' own needles where they have them, so a word
added to a detector's needles is a trigger too. A detector listed without triggers reads
the whole text: correct, only slower. A change to what a detector is
anchored on, or to how far around its anchor it reads, is a change here too; the
identity tests (tests/privacy/test_prefilter.py) compare both scans on every corpus.
"""

from __future__ import annotations

import re

import kazutb_transparency.privacy.birth as birth
import kazutb_transparency.privacy.contacts as contacts
import kazutb_transparency.privacy.detectors as detectors
import kazutb_transparency.privacy.encoded as encoded
import kazutb_transparency.privacy.forms as forms
import kazutb_transparency.privacy.spelled as spelled
import kazutb_transparency.privacy.structure as structure
from kazutb_transparency.privacy import context
from kazutb_transparency.privacy.mrz import mrz_hits
from kazutb_transparency.privacy.names import person_columns
from kazutb_transparency.privacy.namewords import LO, UP
from kazutb_transparency.privacy.prefilter import ANYWHERE, Find, Triggers, without_lookarounds
from kazutb_transparency.privacy.projection import Projection

_DASH_OR_SLASH = "/\\-\u2010-\u2013\u2212"
_GAP = f"[ ().\u00a0{_DASH_OR_SLASH}]+"


def _birth_years() -> str:
    low, high = detectors._BIRTH_YEARS
    return "|".join(str(year) for year in range(low, high + 1))


# Clusters of digits: no triggers. Their cheap shapes (a cluster with four digits or more
# that detectors._shape does not skip: dates, codes, counts) are in most windows of the
# site's text, and finding them cost more than reading it all (measured on the large
# site: 2.2 million trigger matches, windows over 80 % of the text).
CLUSTERS = None


IBAN = Triggers(patterns=("KZ[0-9]{2}",), before=2, after=30)
PASSPORT = Triggers(patterns=("N[ \u00a0]?[0-9]{8}",), before=70, after=40)
EMAIL = Triggers(patterns=("@",), before=70, after=80)
SOCIAL = Triggers(
    patterns=(
        "@",
        *(re.escape(needle) for needle in contacts._PLATFORM_NEEDLES),
        f"(?:{'|'.join(contacts._NETWORKS)}) ?:",
    ),
    before=40,
    after=50,
    ignore_case=True,
)
ADDRESSES = Triggers(
    patterns=(
        # Every hit of the detector holds a match of one of these (a flat with its number,
        # a street with house and flat, a "lives at" word): its needles find more, and
        # each is judged by one of these regexes within its reach.
        without_lookarounds(contacts._FLAT.pattern),
        without_lookarounds(contacts._HOUSE_FLAT.pattern),
        without_lookarounds(contacts._LIVES.pattern),
    ),
    # A flat's house or street up to a line or 70 characters back, a street's needle 45
    # characters after the start of its match and 60 before its end; an address 60
    # characters and more after its "lives at" word.
    before=100,
    after=220,
    ignore_case=True,  # _HOUSE_FLAT and _LIVES ignore case; _FLAT then matches more
)


def _person_columns_possible(proj: Projection) -> bool:
    """A table whose column headers may say its cells are names: every cell of such a
    column is read, not only those near a trigger."""
    if proj.header_lookup is None:
        return False
    headers = proj.all_headers()
    return headers is None or person_columns(headers)


_SPACE = "[ \t\u00a0\n]"
NAMES = Triggers(
    patterns=(
        # names._ANCHOR without its look-aheads: a capitalised word before another, an
        # initial, a word in capitals before a capitalised one.
        f"[{UP}]['’]?[{LO}]+(?:['’][{LO}]+)*(?:-[{UP}]?[{LO}]+)?{_SPACE}{{1,4}}[{UP}]",
        f"[{UP}][a-z]?\\.",
        f"[{UP}][ \u00a0][{UP}][ \u00a0][{UP}][{LO}]",  # initials without dots: А Б Ахметов
        f"[{UP}]{{2,}}[ \u00a0]+[{UP}]",
        # a Kazakh patronymic alone, and the words the detector looks for before that
        "ұлы|улы|қызы|кызы|uly|yzy",
    ),
    # A name of three words and the initials before it; after it the words that make it
    # a thing's name (the institution or street named after a person).
    before=60,
    after=300,
    whole_text=_person_columns_possible,
)
LISTED_NAMES = Triggers(
    patterns=(
        # a list's "Surname, Given"; a form of address; a family's plural surname
        f"[{UP}][{LO}]+,[ \u00a0]+[{UP}]",
        "Mr|Mrs|Ms|Miss|Dr|г-н|г-ж|господин|госпож|мырза|ханым",
        f"[{UP}][{LO}]+(?:ов|ев|ин)а?(?:тар|тер|лар|лер|дар|дер)",
    ),
    # the surname up to 40 characters before the comma, the given name after it; the
    # surname after a form of address; and the words each reads to decide
    before=50,
    after=60,
)
SPELLED = Triggers(
    patterns=(without_lookarounds(spelled._PAIR.pattern),),
    # Hyperscan reports where a pair ends, not where it starts: the reach back counts
    # the pair too (two number words and the separators between them).
    before=spelled._REACH + 2 * max(map(len, spelled._ALL)) + 100,
    after=spelled._LONGEST + 10,
    ignore_case=True,
)
OBFUSCATED_EMAIL = Triggers(
    patterns=(
        spelled._AT.pattern,
        re.escape(spelled._BARE_AT),
        *(re.escape(needle) for needle in spelled._DOT_NEEDLES),
        *(re.escape(needle) for needle in spelled._BRACKETED_AT),
    ),
    before=80,
    after=120,
)


def _needles(*patterns: str) -> Triggers:
    """The triggers of a detector that tests the text for one of these before it reads
    anything, and finds nothing without: it reads the whole text when one is there."""
    return Triggers(patterns=patterns, before=ANYWHERE, after=ANYWHERE)


# The needles of each detector of forms (privacy/forms.py), as each tests the text first.
_FORM_NEEDLES: dict[Find, Triggers] = {
    structure.row_hits: _needles(r"\t", r"\|"),
    structure.record_name_hits: _needles(*map(re.escape, structure._SURNAME_KEYS)),
    structure.hyphenated_hits: _needles(r"-\n"),
    mrz_hits: _needles("<<"),
    birth.birth_word_hits: _needles(*map(re.escape, birth._NEEDLES)),
    forms.villages: _needles(contacts._VILLAGE_NEEDLES.pattern),
    forms.handles_in_text: _needles("tg://", "/@"),
    forms.percent_encoded: _needles("%"),
    forms.base64_payloads: _needles("base64,", encoded._B64_HINT.pattern),
    # The number itself: its head and the line break after it, then the rest of it.
    forms.broken_phones: Triggers(patterns=(forms.BROKEN_PHONE_NEEDLE,), before=2, after=40),
    forms.phones_with_letter_o: Triggers(patterns=(forms.PHONE_WITH_O_NEEDLE,), before=2, after=30),
    # The number, and the context words within context.BEFORE and AFTER of it.
    forms.lettered_student_numbers: Triggers(
        patterns=(forms.LETTERED_STUDENT_SHAPE,),
        before=context.BEFORE + 10,
        after=context.AFTER + 10,
    ),
}
FORMS: tuple[tuple[Find, Triggers], ...] = tuple(
    (find, _FORM_NEEDLES[find]) for find in forms.FORM_FINDERS
)
