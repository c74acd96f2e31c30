"""A datum split by the file's structure, joined again for the detectors:

- an identifier over two cells of a row (CSV, TSV, Markdown and HTML tables):
  "950312 | 450670", "+7 701 | 555 12 34", "KZ86 125K | ZT50 0410 0100";
- a name over the keys of one record: {"surname": "Ахметов", "given_name": "Данияр"},
  "тегі: Ахметов / аты: Данияр";
- a surname hyphenated across a line break: "Ахме-\\nтов";
- an identifier in an attribute of markup that the page does not show (data-iin="…",
  <person phone="…"/>).

Each pass starts from something cheap to find: a tab or a pipe between two runs of digits,
a key's literal, "-\\n", "<tr", "=" before a quoted value with digits or an "@".
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from kazutb_transparency.privacy.amounts import separate_columns
from kazutb_transparency.privacy.derived import CONTACTS, NUMBERS, Derived, detect
from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.identifiers import iin_date_ok
from kazutb_transparency.privacy.names import name_hits
from kazutb_transparency.privacy.namewords import LO, UP, given, surname_like
from kazutb_transparency.privacy.projection import Projection

# --- identifiers over two cells of a row --------------------------------------------

# A cell that is a fragment of a number (digits, the letters of an IBAN, separators),
# followed by a tab or a pipe and another such cell (checked by lookahead, so that every
# pair of neighbours is seen).
_FRAGMENT = r"[ \"]*\+?\(?[0-9A-Z][0-9A-Z ()\-]{1,22}[ \"]*"
_CELL_PAIR = re.compile(rf"(?:(?<=[\t|\n])|\A)({_FRAGMENT})[\t|](?=({_FRAGMENT})(?:[\t|\r\n]|\Z))")
# The pairs are _CELL_PAIR's matches; _cell_pairs finds them with these two, the pair at
# the start of the text and the pair after the separator it starts behind, so that the
# regex engine skips to the next separator instead of trying the look-behind at every
# character (half the time on the evidence pack's CSV files).
_CELL_PAIR_AT_START = re.compile(rf"({_FRAGMENT})[\t|](?=({_FRAGMENT})(?:[\t|\r\n]|\Z))")
_CELL_PAIR_AFTER = re.compile(rf"[\t|\n]({_FRAGMENT})[\t|](?=({_FRAGMENT})(?:[\t|\r\n]|\Z))")
# Two ISO dates of this century or the last (a row's "posted" and "updated"): joined, with
# a space or without, no detector of NUMBERS finds anything over both. Their 16 digits
# are no IIN (12) or card (four groups of four); no 7 or 8 begins a group (a phone's
# head); no phone, ID-card or date pattern crosses the glue; a student number of digits
# and dashes has 16 characters at most, and the dates joined without a space are 20.
_ISO_DATE = re.compile(r"(?:19|20)[0-9]{2}-(?:0[0-9]|1[0-2])-[0-3][0-9]")
_DIGIT = re.compile(r"[0-9]")
_JOINED_DIGITS = frozenset({9, 10, 11, 12, 16})  # ID card, phones, IIN, card
_CONTEXT_BEFORE = 60


def _worth_joining(a: str, b: str) -> bool:
    if a.lstrip(' "').startswith("KZ"):  # an IBAN's head: its digits vary in number
        return True
    da, db = len(_DIGIT.findall(a)), len(_DIGIT.findall(b))
    return da >= 2 and db >= 2 and da + db in _JOINED_DIGITS


def _pair_hits(
    text: str, a: tuple[int, int], b: tuple[int, int], header: str, context_from: int
) -> Iterator[Hit]:
    """Findings that need both cells: a's text then b's, with a space, and the row's text
    before them as context."""
    for glue in (" ", ""):
        joined = Derived()
        joined.add(text[context_from : a[0]].replace("\t", " ").replace("|", " "), context_from)
        # The row's cells before stay cells: a row number ("1") is no part of the datum.
        joined.add("\t")
        joined.add(
            text[a[0] : a[1]].strip(),
            a[0] + len(text[a[0] : a[1]]) - len(text[a[0] : a[1]].lstrip()),
        )
        cut = joined.length
        joined.add(glue)
        joined.add(
            text[b[0] : b[1]].strip(),
            b[0] + len(text[b[0] : b[1]]) - len(text[b[0] : b[1]].lstrip()),
        )
        found = [
            h
            for h in detect(joined.text, NUMBERS, header)
            if h.start < cut < h.end and _split_where_written(joined.text, h, cut)
        ]
        for hit in found:
            yield Hit(
                joined.origin(hit.start),
                joined.origin(hit.end - 1) + 1,
                hit.category,
                hit.value,
                hit.normalized,
            )
        if found:
            return


def _split_where_written(text: str, hit: Hit, cut: int) -> bool:
    """Whether a number found over two cells is split where people split it: a card in
    groups of four, an IIN after its date (or in fours) with a real date, a phone after
    its head or before its last pair or two, an ID card in threes. Two numbers of a
    register side by side (a KATO code and an amount, an amount and a year) join into
    such shapes by chance, and are not split there."""
    if _ISO_DATE.search(text, hit.start, hit.end):
        return False  # a row's number or an amount beside a date: a date is never a part
    before = len(_DIGIT.findall(text, hit.start, cut))
    after = len(_DIGIT.findall(text, cut, hit.end))
    if hit.category == "bank-card":
        return before % 4 == 0 and after % 4 == 0
    if hit.category == "iin":
        digits = "".join(_DIGIT.findall(text, hit.start, hit.end))
        return before in (4, 6, 8) and iin_date_ok(digits)
    if hit.category == "phone":  # "+7 701 | 555 12 34", "8 | 701 555 12 34"
        return before in (1, 4, 5)
    if hit.category == "id-document":
        return before in (3, 6)
    return True


def _cell_pairs(text: str) -> Iterator[re.Match[str]]:
    """The matches of _CELL_PAIR.finditer(text), groups and all: each match ends after the
    separator that the next one may start behind, so the next is searched for from it."""
    m = _CELL_PAIR_AT_START.match(text) or _CELL_PAIR_AFTER.search(text)
    while m is not None:
        yield m
        m = _CELL_PAIR_AFTER.search(text, m.end() - 1)


def _dates_only(a: str, b: str) -> bool:
    """Two cells that are ISO dates: no detector of NUMBERS finds anything over both,
    whatever the row around them (tests/privacy/test_structure_prechecks.py)."""
    return _ISO_DATE.fullmatch(a.strip()) is not None and _ISO_DATE.fullmatch(b.strip()) is not None


def row_hits(proj: Projection) -> Iterator[Hit]:
    """Identifiers split over two neighbouring cells of a tab- or pipe-separated row."""
    text = proj.text
    if "\t" not in text and "|" not in text:
        return
    for m in _cell_pairs(text):
        a, b = m.span(1), m.span(2)
        if not _worth_joining(m.group(1), m.group(2)) or _dates_only(m.group(1), m.group(2)):
            continue
        header_a, header_b = proj.header_at(a[0] + 1), proj.header_at(b[0] + 1)
        if separate_columns(header_a, header_b):
            continue  # two data side by side (plan | actual, БИН | year)
        line_start = text.rfind("\n", 0, a[0]) + 1
        header = f"{header_a} {header_b}".strip()
        yield from _pair_hits(text, a, b, header, max(line_start, a[0] - _CONTEXT_BEFORE))


# A row: its opening tag, then its content up to the first of </tr>, the next <tr or
# </table. The end is searched for, not matched character by character after the
# opening (`(.*?)(?:…)`: the same rows, a fifth of the time on the large site's pages).
_TR_OPEN = re.compile(r"<tr\b[^>]*>", re.IGNORECASE)
_TR_END = re.compile(r"</tr\s*>|(?=<tr\b)|</table", re.IGNORECASE)
# A cell of a row: its opening tag, then its content up to the first of </td>, </th>, the
# next <td or <th, </tr or the row's end; that end is searched for, as a row's is.
_TD_OPEN = re.compile(r"<t([dh])\b[^>]*>", re.IGNORECASE)
_TD_END = re.compile(r"</t[dh]\s*>|<t[dh]\b|</tr|\Z", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_HEADER_CELL = re.compile(r"<th\b", re.IGNORECASE)
# A cell whose content, stripped, may be a fragment: every cell of a pair that
# html_row_hits joins is one (its content is a fragment, so it holds no "<"; in a page, a
# row's last cell ends where its row does: at </tr, <tr or </table, which a row's content
# never holds). The pattern finds more than that (a fragment's last character may be the
# space that str.strip() removes), never less.
_FRAGMENT_CELL = re.compile(
    rf"(?i:<t[dh]\b[^>]*>)\s*(?P<value>{_FRAGMENT})\s*"
    r"(?=(?i:</t[dh]\s*>|<t[dh]\b|</tr|<tr\b|</table)|\Z)"
)


def _may_hold_pair(markup: str) -> bool:
    """Whether a page, or a row's content, has the cells a joined pair needs
    (_worth_joining): one with an IBAN's head, or two with two digits or more each whose
    digits add up to an identifier's. A page or a row without is passed over unread."""
    counts: set[int] = set()
    for cell in _FRAGMENT_CELL.finditer(markup):
        value = cell.group("value")
        if value.lstrip(' "').startswith("KZ"):
            return True
        digits = len(_DIGIT.findall(value))
        if digits >= 2:
            if any(digits + other in _JOINED_DIGITS for other in counts):
                return True
            counts.add(digits)
    return False


def _may_join(row: str) -> bool:
    """Whether a row's content may hold a pair of cells to join, or is a header row."""
    if _HEADER_CELL.search(row):
        return True  # a header row sets the headers of the rows after it
    return _may_hold_pair(row)


def _rows(source: str) -> Iterator[tuple[int, str]]:
    """(offset, content) of each table row, as `<tr\\b[^>]*>(.*?)(?:</tr\\s*>|(?=<tr\\b)|</table)`
    (DOTALL, ignoring case) finds them one after another."""
    pos = 0
    opening, ending = _TR_OPEN.search, _TR_END.search
    while (row := opening(source, pos)) is not None:
        end = ending(source, row.end())
        if end is None:  # no end after this opening: the pattern does not match here
            pos = row.start() + 1
            continue
        yield row.end(), source[row.end() : end.start()]
        pos = end.end()


def _cells(row: str) -> Iterator[tuple[str, int, str]]:
    """(d or h, offset, content) of each cell of a row's content, as
    `<t([dh])\\b[^>]*>(.*?)(?=</t[dh]\\s*>|<t[dh]\\b|</tr|\\Z)` (DOTALL, ignoring case) finds
    them one after another (the end is looked ahead to, not taken: the next cell may
    begin there)."""
    pos = 0
    opening, ending = _TD_OPEN.search, _TD_END.search
    while (cell := opening(row, pos)) is not None:
        found = ending(row, cell.end())
        end = len(row) if found is None else found.start()  # \Z: always found
        yield cell.group(1).lower(), cell.end(), row[cell.end() : end]
        pos = end


def html_row_hits(source: str) -> Iterator[Hit]:
    """As row_hits, for the rows of HTML tables (hits in source offsets)."""
    if ("<tr" not in source and "<TR" not in source) or not _may_hold_pair(source):
        return
    headers: list[str] = []
    for row_start, content in _rows(source):
        if not _may_join(content):
            continue
        cells = [(kind, row_start + start, raw) for kind, start, raw in _cells(content)]
        if cells and all(kind == "h" for kind, _, _ in cells):
            headers = [" ".join(html.unescape(_TAG.sub(" ", raw)).split()) for _, _, raw in cells]
            continue
        for i in range(len(cells) - 1):
            (_, _, ra), (_, _, rb) = cells[i], cells[i + 1]
            if "<" in ra or "<" in rb or "&" in ra or "&" in rb:
                continue  # markup inside: no fragment of a number
            if not _worth_joining(ra, rb) or not re.fullmatch(_FRAGMENT, ra.strip() or "-"):
                continue
            if not re.fullmatch(_FRAGMENT, rb.strip() or "-"):
                continue
            if len(headers) > i + 1 and separate_columns(headers[i], headers[i + 1]):
                continue  # two data side by side (plan | actual, БИН | year)
            header = " ".join(headers[i : i + 2])
            rebuilt = Derived()
            for _, start, raw in cells[:i]:
                rebuilt.add(raw if "<" not in raw else "", start)
                rebuilt.add(" ")
            context_end = rebuilt.length
            text = rebuilt.text + ra + "\t" + rb
            a = (context_end, context_end + len(ra))
            b = (a[1] + 1, a[1] + 1 + len(rb))
            for hit in _pair_hits(text, a, b, header, 0):
                yield Hit(
                    _place(hit.start, cells, i, a, b, rebuilt),
                    _place(hit.end - 1, cells, i, a, b, rebuilt) + 1,
                    hit.category,
                    hit.value,
                    hit.normalized,
                )


def _place(
    pos: int, cells, i: int, a: tuple[int, int], b: tuple[int, int], rebuilt: Derived
) -> int:
    if pos >= b[0]:
        return cells[i + 1][1] + pos - b[0]
    if pos >= a[0]:
        return cells[i][1] + pos - a[0]
    return rebuilt.origin(pos)


# --- a name over the keys of one record ---------------------------------------------

_ROLES = {
    "surname": "surname", "last_name": "surname", "lastname": "surname",
    "family_name": "surname", "familyname": "surname", "фамилия": "surname", "тегі": "surname",
    "first_name": "given", "firstname": "given", "given_name": "given", "givenname": "given",
    "forename": "given", "имя": "given", "аты": "given", "name": "given",
    "patronymic": "patronymic", "middle_name": "patronymic", "middlename": "patronymic",
    "отчество": "patronymic", "әкесінің_аты": "patronymic",
}  # fmt: skip
_KEY_NEEDLES = re.compile(
    "name|Name|NAME|фамил|Фамил|ФАМИЛ|имя|Имя|тегі|Тегі|аты|Аты|отчеств|Отчеств|atronym"
)
_W = rf"[{UP}][{LO}]+(?:-[{UP}]?[{LO}]+)?"
_KEY_VALUE = re.compile(
    r"(?P<key>[\w -]{2,20}?)[\"']?(?:[ \t]*[:=][ \t]*|\n\n)[\"']?"
    rf"(?P<value>{_W})[\"']?(?=[\s,;}}\]]|\Z)"
)
_SURNAME_KEYS = (
    "urname",
    "ast_name",
    "astName",
    "amily",
    "фамил",
    "Фамил",
    "ФАМИЛ",
    "тегі",
    "Тегі",
)
_RECORD_REACH = 240  # the fields of one record stand this close together


def _role(key: str) -> str | None:
    word = re.sub(r"[\s-]+", "_", key.strip().strip("\"'").casefold())
    word = re.sub(r"(?<=[a-z])(?=name$)", "", word)  # lastName → lastname
    return _ROLES.get(word) or _ROLES.get(word.replace("_", ""))


def record_name_hits(proj: Projection) -> Iterator[Hit]:
    """A surname and a given name (and a patronymic) under their keys in one record."""
    text = proj.text
    if not any(key in text for key in _SURNAME_KEYS):
        return  # a record's name needs its surname
    fields: list[tuple[str, int, int, str]] = []  # role, start, end, value
    last = -1
    for needle in _KEY_NEEDLES.finditer(text):
        if needle.start() < last:
            continue
        line_start = max(
            text.rfind("\n", 0, needle.start()) + 1,
            text.rfind('"', 0, needle.start()) + 1,
            needle.start() - 20,
        )
        m = _KEY_VALUE.match(text, line_start)
        if m is None or m.start("value") < needle.start():
            continue
        role = _role(m.group("key"))
        if role is None:
            continue
        last = m.end()
        fields.append((role, m.start("value"), m.end("value"), m.group("value")))
    yield from _records(fields)


def _records(fields: list[tuple[str, int, int, str]]) -> Iterator[Hit]:
    record: dict[str, tuple[int, int, str]] = {}
    for role, start, end, value in [*fields, ("", 1 << 62, 0, "")]:
        near = record and start - max(e for _, e, _ in record.values()) <= _RECORD_REACH
        if role in record or not near:
            if "surname" in record and "given" in record:
                surname, first = record["surname"][2], record["given"][2]
                if given(first) or surname_like(surname):
                    words = [
                        record[r][2] for r in ("surname", "given", "patronymic") if r in record
                    ]
                    begin = min(s for s, _, _ in record.values())
                    finish = max(e for _, e, _ in record.values())
                    yield Hit(begin, finish, "person-name", " ".join(words))
            record = {}
        if role:
            record[role] = (start, end, value)


# --- a surname hyphenated across a line break ----------------------------------------

# The break may be a line end or, in a page, a <br> (a blank line of the projection).
_BREAK = re.compile(rf"-\r?\n(?:[ \t]*\r?\n){{0,2}}[ \t]*(?=[{LO}])")


def hyphenated_hits(proj: Projection) -> Iterator[Hit]:
    """Names whose word is broken with a hyphen at the end of a line: "Ахме-\\nтов"."""
    text = proj.text
    at = text.find("-\n")
    while at != -1:
        m = _BREAK.match(text, at)
        at = text.find("-\n", at + 2)
        if m is None or m.start() < 1 or not text[m.start() - 1].isalpha():
            continue
        lo = text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start()))) + 1
        lo = max(lo, m.start() - 120)
        end_line = text.find("\n", m.end())
        hi = min(end_line if end_line != -1 else len(text), m.end() + 120)
        joined = Derived()
        joined.add(text[lo : m.start()], lo)
        cut = joined.length
        joined.add(text[m.end() : hi], m.end())
        for hit in name_hits(Projection.identity(joined.text)):
            if hit.start < cut < hit.end:
                yield Hit(
                    joined.origin(hit.start),
                    joined.origin(hit.end - 1) + 1,
                    hit.category,
                    hit.value.replace("\n", ""),
                )


# --- identifiers in attributes the page does not show -------------------------------

_ATTRIBUTE = re.compile(
    r"=\s*(?:\"(?=[^\"<>]{0,300}?(?:[0-9][0-9 ()\-.]{6,}[0-9]|@|KZ[0-9]{2}))"
    r"(?P<dq>[^\"<>]{0,300})\"|'(?=[^'<>]{0,300}?(?:[0-9][0-9 ()\-.]{6,}[0-9]|@|KZ[0-9]{2}))"
    r"(?P<sq>[^'<>]{0,300})')"
)
_ATTRIBUTE_NAME = re.compile(r"[\s<]([\w:.-]{1,40})\s*\Z")
# Attributes of drawing, layout and links: numbers there are geometry, links are read by
# the link scan.
_NOT_TEXT = frozenset(
    [
        "d",
        "points",
        "transform",
        "viewbox",
        "style",
        "class",
        "href",
        "src",
        "srcset",
        "xlink:href",
        "action",
        "width",
        "height",
        "x",
        "y",
        "x1",
        "x2",
        "y1",
        "y2",
        "cx",
        "cy",
        "r",
        "rx",
        "ry",
        "dx",
        "dy",
        "offset",
        "stroke-dasharray",
        "integrity",
        "nonce",
        "content",
    ]
)


def attribute_hits(source: str) -> Iterator[Hit]:
    """Contacts and identifiers in attribute values of HTML, SVG or XML (source offsets)."""
    if "=" not in source or "<" not in source:
        return
    for m in _ATTRIBUTE.finditer(source):
        if source.rfind("<", 0, m.start()) < source.rfind(">", 0, m.start()):
            continue  # "=" in text or a script, not in a tag
        named = _ATTRIBUTE_NAME.search(source, max(0, m.start() - 42), m.start())
        name = named.group(1).casefold() if named else ""
        if not name or name in _NOT_TEXT or name.startswith("xmlns"):
            continue
        group = "dq" if m.group("dq") is not None else "sq"
        value, start = m.group(group), m.start(group)
        exact = "&" not in value
        text = value if exact else html.unescape(value)
        for hit in detect(text, CONTACTS, name.replace("-", " ").replace("_", " ")):
            if exact:
                yield Hit(
                    start + hit.start, start + hit.end, hit.category, hit.value, hit.normalized
                )
            else:
                yield Hit(start, m.end(group), hit.category, hit.value, hit.normalized)
