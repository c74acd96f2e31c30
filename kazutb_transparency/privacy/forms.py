"""The detectors of data in forms the plain detectors do not read (issue #60): what is
split by a file's structure, encoded, or written in a form of its own. Two entry points
for the scanner: FORM_FINDERS (projection offsets; form_hits runs them all) and
source_hits (file offsets, for what a page's source holds but its visible text does
not: attributes, table rows, scripts, links).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from kazutb_transparency.privacy import context
from kazutb_transparency.privacy.birth import birth_word_hits
from kazutb_transparency.privacy.contacts import scheme_and_path_handles, social_hits, village_hits
from kazutb_transparency.privacy.encoded import (
    attribute_payload_hits,
    base64_hits,
    percent_hits,
    script_hits,
)
from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.mrz import mrz_hits
from kazutb_transparency.privacy.phones import phone_e164
from kazutb_transparency.privacy.projection import Projection
from kazutb_transparency.privacy.raw_text import raw_text_hits
from kazutb_transparency.privacy.script_variables import script_variable_hits
from kazutb_transparency.privacy.structure import (
    attribute_hits,
    html_row_hits,
    hyphenated_hits,
    record_name_hits,
    row_hits,
)


def villages(proj: Projection) -> Iterator[Hit]:
    return village_hits(proj.text)


def handles_in_text(proj: Projection) -> Iterator[Hit]:
    return scheme_and_path_handles(proj.text)


def percent_encoded(proj: Projection) -> Iterator[Hit]:
    return percent_hits(proj.text)


def base64_payloads(proj: Projection) -> Iterator[Hit]:
    return base64_hits(proj.text)


# A mobile number broken over two lines ("+7 (747)" at a line's end, "318 22 90" on the
# next): the digit detectors read no number across a line break, a table's rows being lines.
_BROKEN_PHONE = re.compile(
    r"(?<![\w+])(?:\+[ \u00a0]?7|8)[ \u00a0]*\(?[ \u00a0]*7[0-9]{2}"
    r"(?:[ \u00a0()\-]*\n?[ \t\u00a0]*[0-9]){7}(?![0-9])"
)
BROKEN_PHONE_NEEDLE = r"(?:\+[ \u00a0]?7|8)[ \u00a0]*\(?[ \u00a0]*7[0-9 \u00a0()\-]{0,20}\n"


def _mobiles(
    shape: re.Pattern[str],
    proj: Projection,
    disguised: Callable[[str], object],
    as_written: Callable[[str], str],
) -> Iterator[Hit]:
    """Mobile numbers of a shape the digit detectors do not read: each match that is
    `disguised` (the others they read), checked as the number `as_written` gives."""
    for m in shape.finditer(proj.text):
        value = m.group()
        if disguised(value) and (e164 := phone_e164(as_written(value))):
            yield Hit(m.start(), m.end(), "phone", value, e164)


def broken_phones(proj: Projection) -> Iterator[Hit]:
    return _mobiles(_BROKEN_PHONE, proj, lambda v: "\n" in v, lambda v: " ".join(v.split()))


# A mobile number with the letter O (Latin or Cyrillic) written for a zero: +7 (7O1) 234 56 78.
_DIGIT_OR_O = "[0-9OoОо]"
_LETTER_O = re.compile("[OoОо]")
_PHONE_WITH_O = re.compile(
    rf"(?<![\w+])(?:\+[ \u00a0]?7|8)[ \u00a0\-]{{0,2}}\(?[ \u00a0]?7{_DIGIT_OR_O}{{2}}"
    rf"(?:[ \u00a0)\-]{{0,3}}{_DIGIT_OR_O}{{3}})(?:[ \u00a0\-]{{0,2}}{_DIGIT_OR_O}{{2}}){{2}}(?!\w)"
)
# Its head and then, among the characters a number is written with, the letter (the number
# is at most 24 characters from its operator code on).
PHONE_WITH_O_NEEDLE = (
    r"(?:\+[ \u00a0]?7|8)[ \u00a0\-]*\(?[ \u00a0]*7[0-9OoОо \u00a0()\-]{0,24}[OoОо]"
)


def phones_with_letter_o(proj: Projection) -> Iterator[Hit]:
    return _mobiles(_PHONE_WITH_O, proj, _LETTER_O.search, lambda v: _LETTER_O.sub("0", v))


# A student number of its intake year, a letter and four to six digits (22К0871, 21Б0456,
# 22B1134), beside a word for a student's card or number.
LETTERED_STUDENT_SHAPE = "[0-9]{2}[A-ZА-ЯӘҒҚҢӨҰҮҺІ]{1,2}[0-9]{4,6}"
_LETTERED_STUDENT = re.compile(rf"(?<![\w/.\-]){LETTERED_STUDENT_SHAPE}(?![\w/\-])")


def lettered_student_numbers(proj: Projection) -> Iterator[Hit]:
    for m in _LETTERED_STUDENT.finditer(proj.text):
        if context.has_context(context.STUDENT, proj, m.start(), m.end()):
            yield Hit(m.start(), m.end(), "student-id", m.group(), m.group())


# The detectors of forms in the projection's text, in the order the scan runs them; each
# finds nothing without a needle of its own (privacy/triggers.py, FORMS), so the
# prefiltered scan runs only those whose needle is in the text.
FORM_FINDERS: tuple[Callable[[Projection], Iterable[Hit]], ...] = (
    row_hits,
    record_name_hits,
    hyphenated_hits,
    mrz_hits,
    birth_word_hits,
    villages,
    handles_in_text,
    percent_encoded,
    base64_payloads,
    broken_phones,
    phones_with_letter_o,
    lettered_student_numbers,
)


def form_hits(proj: Projection) -> Iterator[Hit]:
    """Findings in the projection's text."""
    for find in FORM_FINDERS:
        yield from find(proj)


def source_hits(proj: Projection) -> Iterator[Hit]:
    """Findings in the file's source that its projection leaves out (file offsets)."""
    source = proj.source
    yield from script_hits(source)
    yield from script_variable_hits(source)
    if source is proj.text or "<" not in source:
        return  # the text is the source: form_hits read it all
    yield from raw_text_hits(source)
    yield from attribute_hits(source)
    yield from attribute_payload_hits(source)
    yield from html_row_hits(source)
    # profile links in href
    yield from social_hits(Projection.identity(source))
    yield from scheme_and_path_handles(source)
    yield from percent_hits(source)
    yield from base64_hits(source, values=False)
    if "<<" in source:  # a zone's fillers read as a tag by the page's parser
        yield from mrz_hits(Projection.identity(source))
