"""Home addresses and personal social-media accounts, in kk, ru and en.

A home address is told from the university's own addresses by its flat ("кв. 12",
"41-пәтер", "apt 7") or by a word that says someone lives there ("проживает по адресу",
"тұратын мекенжайы", "home address"). An institution publishes its street and building,
never a flat, so addresses without either are left alone.

Social accounts are profile links (t.me/…, instagram.com/…) and @handles; the official
accounts of the university are in the allowlist. Both have literal anchors, so the text
is searched for those first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.projection import Projection

_N = r"№?\s?[0-9]{1,4}[A-Za-zА-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]?(?:/[0-9]{1,3})?"
_FLAT = re.compile(
    rf"(?<![\w.])(?:кв|Кв|КВ|квартира|Квартира|apt|Apt|apartment|Apartment|flat|Flat|пәтер"
    rf"|Пәтер)\.?[ \u00a0]?{_N}(?![0-9])"
    rf"|(?<![\w.])[0-9]{{1,4}}[ \u00a0]?-?[ \u00a0]?(?:пәтер|пәтерде|пәтерінде)(?!\w)"
)
_FLAT_ANCHORS = (
    "кв",
    "Кв",
    "КВ",
    "вартир",
    "apt",
    "Apt",
    "partment",
    "lat ",
    "ләт",
    "пәтер",
    "Пәтер",
)
# What comes before a flat in the same address: a house or a street, with a number.
_HOUSE_OR_STREET = re.compile(
    r"(?:\b(?:д|дом|үй|house|bldg|building|корпус|к)\.?\s?[0-9]|[0-9]+[ \u00a0]?-?[ \u00a0]?үй\b"
    r"|ул\.|улиц|көшесі|даңғылы|проспект|пр\.|пр-т|мкр|микрорайон|шағын\s+аудан|\bst\.|street"
    r"|avenue|\bave\b|\bstr\.|бульвар|переул|[0-9]+[А-Яа-яA-Za-z]?,)",
    re.IGNORECASE,
)
_REACH = 70  # how far back an address can begin before its flat
_LIVES = re.compile(
    r"проживающ\w*|проживает|прожива\w+\s+по\s+адресу|домашн\w+\s+адрес\w*|адрес\w*\s+проживания"
    r"|место\s+жительства|тұратын\s+мекенжай\w*|тұрғылықты\s+мекенжай\w*|үй\s+мекенжай\w*"
    r"|тұрады|home\s+address|residential\s+address|lives\s+at|resides\s+at|residing\s+at",
    re.IGNORECASE,
)
_LIVES_ANCHORS = (
    "прожива",
    "жительств",
    "домашн",
    "мекенжай",
    "тұрады",
    "ddress",
    "lives",
    "resid",
)
# A street and a number after a "lives at" word: "проживает по адресу: ул. Абая, 15".
_ADDRESS_AFTER = re.compile(
    r"[\s:,—-]{0,4}(?:по\s+адресу[\s:]*)?(?P<address>[^\n;]{0,60}?[0-9]{1,4}[A-Za-zА-Яа-я]?)"
    r"(?![0-9])"
)

_PLATFORMS = (
    r"t\.me|telegram\.me|instagram\.com|vk\.com|facebook\.com|fb\.com|tiktok\.com|twitter\.com"
    r"|x\.com|linkedin\.com/in|youtube\.com|ok\.ru|threads\.net"
)
_PROFILE = re.compile(
    rf"(?:https?://)?(?:www\.|m\.)?(?P<platform>{_PLATFORMS})/(?P<handle>@?[A-Za-z0-9_.\-]+)",
    re.IGNORECASE,
)
_PROFILE_ANCHORS = ("t.me/", "telegram.me/", ".com/", "ok.ru/", "threads.net/")
_HANDLE = re.compile(r"(?<![\w@.:/])@(?P<handle>[A-Za-z][A-Za-z0-9_.]{2,29}[A-Za-z0-9_])(?![\w@])")
# @words of code and markup that are not accounts (JSON-LD keys, CSS at-rules).
_NOT_HANDLES = frozenset(
    [
        "context",
        "type",
        "id",
        "graph",
        "value",
        "language",
        "list",
        "set",
        "reverse",
        "index",
        "base",
        "vocab",
        "version",
        "media",
        "import",
        "font-face",
        "keyframes",
        "charset",
        "page",
        "supports",
        "namespace",
        "layer",
        "container",
        "property",
    ]
)
_PROFILE_PAGES = frozenset({"share", "sharer", "sharer.php", "intent", "home", "explore", "watch"})


def account_key(value: str) -> str:
    """How an account is compared with the allowlist: "@name" or "platform/name", lower case."""
    value = value.strip().casefold()
    m = _PROFILE.fullmatch(value.rstrip("/"))
    if m:
        return f"{m.group('platform')}/{m.group('handle').lstrip('@')}"
    return "@" + value.lstrip("@")


def social_hits(proj: Projection) -> Iterator[Hit]:
    text = proj.text
    if any(anchor in text for anchor in _PROFILE_ANCHORS):
        for m in _PROFILE.finditer(text):
            handle = m.group("handle").lstrip("@").rstrip(".")
            if handle.casefold() in _PROFILE_PAGES or len(handle) < 2:
                continue
            end = m.start("handle") + len(m.group("handle").rstrip("."))
            yield Hit(
                m.start(),
                end,
                "social-handle",
                text[m.start() : end],
                account_key(f"{m.group('platform')}/{handle}"),
            )
    if "@" in text:
        for m in _HANDLE.finditer(text):
            handle = m.group("handle")
            if handle.casefold() in _NOT_HANDLES:
                continue
            yield Hit(m.start(), m.end(), "social-handle", m.group(), "@" + handle.casefold())


def address_hits(proj: Projection) -> Iterator[Hit]:
    text = proj.text
    if any(anchor in text for anchor in _FLAT_ANCHORS):
        for m in _FLAT.finditer(text):
            line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _REACH)
            before = _HOUSE_OR_STREET.search(text, line_start, m.start())
            if before is None:
                continue
            yield Hit(before.start(), m.end(), "home-address", text[before.start() : m.end()])
    if any(anchor in text for anchor in _LIVES_ANCHORS):
        for m in _LIVES.finditer(text):
            after = _ADDRESS_AFTER.match(text, m.end())
            if after is None:
                continue
            s, e = after.span("address")
            yield Hit(s, e, "home-address", text[s:e])
