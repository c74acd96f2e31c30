"""Personal data written in an encoding that a browser or a program undoes: percent-encoded
links (aigerim%40mail.kz, %2B77015551234), base64 payloads (in data: URLs and as values of
data files) and e-mail addresses put together from strings in a script
("ivanov" + "@" + "mail.kz"). Each is decoded and the decoded text scanned; a finding is
reported over the encoded span.

Every pass starts from a literal that the encoding must contain ("%", "base64,", a "+" or
".join(" between strings), or from a whole line or value made of base64 characters only,
so text without them costs one search.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from urllib.parse import unquote

from kazutb_transparency.privacy.derived import CONTACTS, EVERYTHING, whole
from kazutb_transparency.privacy.hits import Hit

# --- percent-encoding ---------------------------------------------------------------

_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_NOT_IN_LINK_SCAN = frozenset({"email", "social-handle", "iban", "id-document"})
# A link's characters around an escape: up to white space, quotes and brackets.
_LINK_BEFORE = re.compile(r"[^\s\"'<>()\[\]{}|`]{0,300}\Z")
_LINK_AFTER = re.compile(r"[^\s\"'<>()\[\]{}|`]{0,300}")


def percent_hits(text: str) -> Iterator[Hit]:
    """Findings in percent-encoded runs of link characters."""
    if "%" not in text:
        return
    done = -1
    for m in _PERCENT.finditer(text):
        if m.start() < done:
            continue
        start = _LINK_BEFORE.search(text, max(0, m.start() - 300), m.start()).start()
        end = _LINK_AFTER.match(text, m.start()).end()
        done = end
        run = text[start:end]
        decoded = unquote(run.replace("+", "%2B") if "%2" in run else run)
        if decoded == run:
            continue
        # Delimiters of a query become spaces: each value is read as a word. Numbers and
        # names in a link's path or query are the link scan's (addresses.url_hits).
        linked = "/" in run or "=" in run
        for hit in whole(re.sub(r"[?&=#]", " ", decoded), start, end, CONTACTS):
            if not linked or hit.category in _NOT_IN_LINK_SCAN:
                yield hit


# --- base64 -------------------------------------------------------------------------

_PAYLOAD_MAX = 65_536  # characters of base64 decoded at most (a text, not an image)
_DATA_URL = re.compile(r"data:(?P<mime>[\w.+-]*/[\w.+-]*)?[^,\s\"']{0,80}?;base64,")
_B64_RUN = re.compile(r"[A-Za-z0-9+/]*={0,2}")
# A value that is all base64: a whole line, a line's value after "key:", or a cell.
_B64_LINE = re.compile(
    r"(?m)^[ \t\"']*(?:[\w\"'-]+:[ \t]+[\"']?)?(?P<payload>[A-Za-z0-9+/]{16,}={0,2})[\"' ,]*$"
)
_B64_HINT = re.compile(r"[A-Za-z0-9+/]{16}")
_B64_QUOTED = re.compile(
    r"(?P<q>[\"'`])(?P<payload>(?=[A-Za-z0-9+/]*[0-9+/=])[A-Za-z0-9+/]{16,}={0,2})(?P=q)"
)
# Searched from a line's start or the end of a run, each match is a whole run.
_B64_LONG_RUN = re.compile(r"[A-Za-z0-9+/]{16,}")
_B64_LONG_RUN_PADDED = re.compile(r"[A-Za-z0-9+/]{16,}=?")  # "=": neither letters nor digits
_B64_CELL = re.compile(
    r"(?:(?<=\t)|^)[ \"]*(?P<payload>[A-Za-z0-9+/]{16,}={0,2})[ \"]*(?=\t|$)", re.M
)


def _as_text(payload: str) -> str | None:
    """The text a base64 payload encodes, or None (not base64, not text, too long)."""
    if len(payload) > _PAYLOAD_MAX or len(payload) % 4 == 1:
        return None
    try:
        data = base64.b64decode(payload + "=" * (-len(payload) % 4), validate=True)
        decoded = data.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    printable = sum(c.isprintable() or c in "\n\r\t" for c in decoded)
    letters = sum(c.isalnum() for c in decoded)
    if not decoded or printable < 0.95 * len(decoded) or letters < 0.4 * len(decoded):
        return None
    return decoded


def base64_hits(text: str, values: bool = True) -> Iterator[Hit]:
    """Findings in base64 payloads: after "base64," (data: URLs), and, with `values`,
    lines, "key: value" lines and table cells that are all base64."""
    if "base64," in text:
        for m in _DATA_URL.finditer(text):
            mime = (m.group("mime") or "text/plain").casefold()
            if mime.startswith(("image/", "audio/", "video/", "font/")) and "svg" not in mime:
                continue  # pictures and sounds: no text to read (an SVG is text)
            run = _B64_RUN.match(text, m.end())
            decoded = _as_text(run.group()) if run.end() - run.start() >= 8 else None
            if decoded is not None:
                yield from whole(decoded, m.start(), run.end(), EVERYTHING)
    if not values or not _may_hold_payloads(text):
        return
    # A quoted string that is all base64, wherever it stands ("…", '…'): a script's value.
    for m in _B64_QUOTED.finditer(text):
        decoded = _as_text(m.group("payload"))
        if decoded is not None:
            yield from whole(decoded, m.start("payload"), m.end("payload"), EVERYTHING)
    # Only the lines that hold a run of 16 base64 characters are read: the line
    # patterns, anchored at every line start, would cost a try at each position.
    hint = _B64_HINT.search(text)
    while hint is not None:
        line_start = text.rfind("\n", 0, hint.start()) + 1
        line_end = text.find("\n", hint.end())
        if line_end == -1:
            line_end = len(text)
        if _may_hold_payload(text, line_start, line_end):
            yield from _line_payloads(text, line_start, line_end)
        hint = _B64_HINT.search(text, line_end)


# An attribute whose whole value is base64 (data-payload="SUlO…"): a script decodes it for
# the reader. URL-safe base64 (- and _ for + and /) too.
_B64_ATTRIBUTE = re.compile(
    r"=\s*(?P<q>[\"'])(?P<payload>(?=[A-Za-z_-]*[0-9+/])[A-Za-z0-9+/_-]{16,}={0,2})(?P=q)"
)
_URL_SAFE = str.maketrans("-_", "+/")


def attribute_payload_hits(source: str) -> Iterator[Hit]:
    """Findings in attribute values of markup that are all base64 (source offsets)."""
    for m in _B64_ATTRIBUTE.finditer(source):
        payload = m.group("payload")
        if payload.isdigit():
            continue  # a number (a word has no digit, + or /: the pattern skips it)
        decoded = _as_text(payload.translate(_URL_SAFE))
        if decoded is not None:
            yield from whole(decoded, m.start("payload"), m.end("payload"), EVERYTHING)


def _may_hold_payloads(text: str) -> bool:
    """_may_hold_payload for all the lines of a text at once: each distinct run looked at
    once (a table repeats the same long word on every row)."""
    return not all(
        run.isalpha() or run.isdigit() for run in set(_B64_LONG_RUN_PADDED.findall(text))
    )


def _may_hold_payload(text: str, start: int, end: int) -> bool:
    """Whether the line text[start:end] has a payload that _line_payloads decodes. Each
    payload of its patterns is a whole run of base64 characters (no such character just
    before or after it), with the "=" after it: a line whose runs of 16 or more are all
    letters or all digits, none followed by "=", has none ("indistinguishable" in every
    row of a table is read once per row otherwise)."""
    for run in _B64_LONG_RUN.finditer(text, start, end):
        value = run.group()
        if not (value.isalpha() or value.isdigit()) or text.startswith("=", run.end()):
            return True
    return False


def _line_payloads(text: str, start: int, end: int) -> Iterator[Hit]:
    """Findings in the base64 values of the line text[start:end]: the whole line, its
    value after "key:", or its tab-separated cells."""
    matches = [_B64_LINE.match(text, start, end)]
    if text.find("\t", start, end) != -1:
        matches += _B64_CELL.finditer(text, start, end)
    for m in matches:
        if m is None:
            continue
        payload = m.group("payload")
        if payload.isalpha() or payload.isdigit():
            continue  # a long word or number, not an encoding
        decoded = _as_text(payload)
        if decoded is not None:
            yield from whole(decoded, m.start("payload"), m.end("payload"), EVERYTHING)


# --- strings joined in a script -----------------------------------------------------

_STRING = r"(?:\"(?:[^\"\\\n]|\\.){0,80}\"|'(?:[^'\\\n]|\\.){0,80}'|`(?:[^`\\$\n]|\\.){0,80}`)"
_JOINT = re.compile(r"[\"'`][ \t]*\+[ \t]*[\"'`]")
_CHAIN = re.compile(rf"{_STRING}(?:\s*\+\s*{_STRING})+")
_LEFT = re.compile(rf"{_STRING}\s*\+\s*\Z")
_JOIN_CALL = re.compile(
    rf"\[\s*(?P<items>{_STRING}(?:\s*,\s*{_STRING})+)\s*\]\s*\.join\(\s*(?P<glue>{_STRING})\s*\)"
)
_STRING_RX = re.compile(_STRING)
_ARRAY = re.compile(
    rf"(?P<name>[A-Za-z_$][\w$]*)\s*=\s*\[\s*(?P<items>{_STRING}(?:\s*,\s*{_STRING})+)\s*\]"
)
_NAMED_JOIN = re.compile(rf"(?P<name>[A-Za-z_$][\w$]*)\.join\(\s*(?P<glue>{_STRING})\s*\)")
_ESCAPE = re.compile(r"\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|(.))")


def _literal(quoted: str) -> str:
    """The value of a script's string literal (\\x40, \\u0040 and \\@ decoded)."""
    body = quoted[1:-1]
    if "\\" not in body:
        return body
    return _ESCAPE.sub(
        lambda m: (
            chr(int(m.group(1) or m.group(2), 16)) if m.group(1) or m.group(2) else m.group(3)
        ),
        body,
    )


def _joints(source: str) -> Iterator[re.Match[str]]:
    """The matches of _JOINT one after another, as its finditer gives them, found from
    each "+" instead of tried at each quote (a page's attributes have tens of thousands).
    A match holds one "+", and where it starts (the quote before the blanks before the
    "+") grows with the "+", so the next match is that of the next "+" starting after
    the previous match."""
    end = 0
    plus = source.find("+")
    while plus != -1:
        start = plus - 1
        while start >= 0 and source[start] in " \t":
            start -= 1
        if start >= end:
            joint = _JOINT.match(source, start)
            if joint is not None:
                end = joint.end()
                yield joint
        plus = source.find("+", plus + 1)


_CHAR_CODES = re.compile(
    r"fromCharCode\s*\(\s*(?:\.\.\.\s*)?\[?(?P<codes>[0-9,\s]{3,2000})\]?\s*\)"
)


def char_code_hits(source: str) -> Iterator[Hit]:
    """Text a script builds from character codes: String.fromCharCode(97, 64, …)."""
    if "fromCharCode" not in source:
        return
    for m in _CHAR_CODES.finditer(source):
        try:
            text = "".join(chr(int(c)) for c in m.group("codes").replace(",", " ").split())
        except (ValueError, OverflowError):
            continue
        yield from whole(text, m.start(), m.end(), CONTACTS)


def script_hits(source: str) -> Iterator[Hit]:
    """Contacts assembled from string literals: "a" + "@" + "b.kz", ["a", "b.kz"].join("@")."""
    yield from char_code_hits(source)
    if "+" in source:
        done = -1
        for joint in _joints(source):
            if joint.start() < done:
                continue
            # The literal that ends at the joint, then those joined before it.
            quote = source[joint.start()]
            begin = source.rfind(quote, max(0, joint.start() - 82), joint.start())
            while begin > 0 and (left := _LEFT.search(source, max(0, begin - 100), begin)):
                begin = left.start()
            m = _CHAIN.match(source, max(0, begin))
            if m is not None and m.end() > joint.start():
                done = m.end()
                joined = "".join(_literal(s) for s in _STRING_RX.findall(m.group()))
                yield from whole(joined, m.start(), m.end(), CONTACTS)
    if ".join(" in source:
        arrays = {a.group("name"): a.group("items") for a in _ARRAY.finditer(source)}
        for m in _NAMED_JOIN.finditer(source):
            items = arrays.get(m.group("name"))
            if items is not None:  # parts = ["a", "b.kz"]; … parts.join("@")
                glue = _literal(m.group("glue"))
                joined = glue.join(_literal(s) for s in _STRING_RX.findall(items))
                yield from whole(joined, m.start(), m.end(), CONTACTS)
        for m in _JOIN_CALL.finditer(source):
            glue = _literal(m.group("glue"))
            joined = glue.join(_literal(s) for s in _STRING_RX.findall(m.group("items")))
            yield from whole(joined, m.start(), m.end(), CONTACTS)
