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
    # "12 п." (пәтер), not a decimal's "0,9 п. п." (percentage points)
    rf"|(?<![\w.])(?<![0-9],)[0-9]{{1,4}}[А-ЯA-Z]?[ \u00a0]?-?[ \u00a0]?"
    r"(?:пәтер|пәтерде|пәтерінде|п\.(?![ \u00a0]?п\.))(?!\w)"
)
# What comes before a flat in the same address: a house or a street, with a number.
_HOUSE_OR_STREET = re.compile(
    r"(?:\b(?:д|дом|үй|house|bldg|building|корпус|к)\.?\s?[0-9]|[0-9]+[ \u00a0]?-?[ \u00a0]?үй\b"
    r"|microdistrict|mkr|\bdistrict|\broad\b"
    r"|ул\.|улиц|көшесі|к-сі|даңғылы|проспект|пр\.|пр-т|мкр|микрорайон|шағын\s+аудан|\bst\b|street"
    r"|avenue|\bave\b|\bstr\.|бульвар|переул|[0-9]+[А-Яа-яA-Za-z]?,)",
    re.IGNORECASE,
)
_REACH = 70  # how far back an address can begin before its flat
_STREET_AFTER = re.compile(
    r"[,\s]{1,3}[0-9]{1,4}[A-Za-zА-Яа-я]?,?\s[^\n,;]{2,40}?\s(?:Avenue|Ave\.?|Street|St\.|Road|Rd\.?"
    r"|microdistrict|даңғылы|көшесі|проспект|улица|St\b|Lane|Blvd\.?|Boulevard)"
)
# "ул. Абая, 10-25": house 10, flat 25, as Kazakh and Russian addresses abbreviate it.
_HOUSE_FLAT = re.compile(
    r"(?:ул\.|улиц[аы]|көш\.|көшесі|даңғылы|пр\.|проспект|пр-т|мкр\.?|микрорайон|шағын\s+аудан|"
    r"бульвар|б-р|Avenue|Ave\.?|Street|St\.|Road)[^\n,;]{0,40}?,?\s?(?<![\w/.-])"
    r"[0-9]{1,4}[А-Яа-яA-Za-z]?\s?-\s?[0-9]{1,4}(?![\w/-]|\.[0-9])",
    re.IGNORECASE,
)
_STREET_WORDS = (
    "ул.", "Ул.", "улиц", "Улиц", "көш", "Көш", "даңғылы", "пр.", "пр-т", "проспект", "Проспект",
    "мкр", "икрорайон", "аудан", "бульвар", "б-р", "Avenue", "Street", "Ave", "Road",
)  # fmt: skip
_YEAR_SPAN = re.compile(r"(?:19|20)[0-9]{2}\s?-\s?(?:19|20)?[0-9]{2}")
_LIVES = re.compile(
    r"проживающ\w*|проживает|прожива\w+\s+по\s+адресу|домашн\w+\s+адрес\w*|адрес\w*\s+проживания"
    r"|место\s+жительства|тұратын\s+мекенжай\w*|тұрғылықты\s+мекенжай\w*|үй\s+мекенжай\w*"
    # тұрады: lives; "12 цифрдан тұрады": consists of 12 digits
    r"|(?<![дтн][ае]н\s)тұрады|home\s+address|residential\s+address|lives\s+at|resides\s+at|residing\s+at"
    # a person's permanent or registered home: a place's address is never "permanent"
    r"|тұрақты\s+мекенжай\w*|постоянн\w+\s+адрес\w*|адрес\w*\s+прописки"
    r"|permanent\s+address",
    re.IGNORECASE,
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
_PROFILE_AT = re.compile(
    rf"(?P<platform>{_PLATFORMS})/(?P<handle>@?[A-Za-z0-9_.\-]+)", re.IGNORECASE
)
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
        # Python decorators in a code sample
        "staticmethod",
        "classmethod",
        "abstractmethod",
        "dataclass",
        "override",
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


_PLATFORM_NEEDLES = ("t.me/", "telegram.me/", ".com/", "ok.ru/", "threads.net/")
_PREFIX = re.compile(r"(?:https?://)?(?:www\.|m\.)?\Z", re.IGNORECASE)


# An account named by its network with no @ or link: "Instagram: aigerim.seitkali". The
# search starts at a colon (the engine skips to one in C) and looks back for the label.
_NETWORKS = ("instagram", "insta", "inst", "инстаграм", "инста", "инст", "telegram", "телеграм")
_NETWORKS += ("tg", "тг", "tiktok", "facebook", "fb", "vk", "вк")
_LABEL_BEHIND = "|".join(f"(?<={name}{space}:)" for name in _NETWORKS for space in ("", " "))
# Before the labels, one cheap look at the character before the colon: in JSON it is a quote.
_LAST_LETTERS = "".join(sorted({name[-1] for name in _NETWORKS} | {" "}))
_LABELED_HANDLE = re.compile(
    rf":(?<=[{_LAST_LETTERS}]:)(?:{_LABEL_BEHIND})[ \u00a0]*@?"
    r"(?P<handle>[A-Za-z][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])(?![\w@/]|\.[A-Za-z])",
    re.IGNORECASE,
)
_LABEL_WORD = re.compile(rf"(?<!\w)(?:{'|'.join(_NETWORKS)}) ?\Z", re.IGNORECASE)


def _labeled_handles(text: str) -> Iterator[Hit]:
    for m in _LABELED_HANDLE.finditer(text):
        if _LABEL_WORD.search(text, max(0, m.start() - 10), m.start()) is not None:
            handle = m.group("handle")
            yield Hit(m.start("handle"), m.end(), "social-handle", handle, "@" + handle.casefold())


# Telegram's own scheme names the account: tg://resolve?domain=<account>.
_TG_SCHEME = re.compile(r"tg://resolve\?domain=(?P<handle>[A-Za-z0-9_]{2,32})", re.IGNORECASE)
# "/@name" in a path is an account on many sites (medium.com/@name, threads.net/@name); a
# scoped package of a CDN (npm/@scope/pkg) is not.
_AT_PATH = re.compile(r"/@(?P<handle>[A-Za-z0-9_][A-Za-z0-9_.\-]{0,28}[A-Za-z0-9_])(?![\w@])")
_HOST_BEFORE = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}\Z", re.IGNORECASE)
_PACKAGE_HOSTS = ("npm", "unpkg", "jsdelivr", "node_modules", "esm.sh", "skypack")


def scheme_and_path_handles(text: str) -> Iterator[Hit]:
    """tg://resolve?domain=<account> and "/@<account>" paths of any site."""
    if "tg://" not in text and "/@" not in text:
        return
    at = text.find("tg://")
    while at != -1:
        m = _TG_SCHEME.match(text, at)
        if m is not None:
            handle = m.group("handle")
            yield Hit(at, m.end(), "social-handle", m.group(), "t.me/" + handle.casefold())
        at = text.find("tg://", at + 1)
    at = text.find("/@")
    while at != -1:
        m = _AT_PATH.match(text, at)
        host = _HOST_BEFORE.search(text, max(0, at - 60), at)
        if m is not None and host is not None and not _PLATFORM_HOST.search(host.group()):
            before = text[max(0, at - 60) : at].casefold()
            if not any(name in before for name in _PACKAGE_HOSTS):
                domain = host.group().split("://")[-1].casefold().removeprefix("www.")
                key = f"{domain}/{m.group('handle').casefold()}"
                yield Hit(host.start(), m.end(), "social-handle", text[host.start() : m.end()], key)
        at = text.find("/@", at + 1)


_PLATFORM_HOST = re.compile(rf"(?:^|[/.])(?:{_PLATFORMS})\Z", re.IGNORECASE)


def social_hits(proj: Projection) -> Iterator[Hit]:
    text = proj.text
    yield from _labeled_handles(text)
    for at in _positions(text, _PLATFORM_NEEDLES):
        # The platform's name begins up to 12 characters before ".com/".
        for start in range(max(0, at - 12), at + 1):
            m = _PROFILE_AT.match(text, start)
            if m is None:
                continue
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
                break  # inside a longer domain: notinstagram.com
            handle = m.group("handle").lstrip("@").rstrip(".")
            if handle.casefold() in _PROFILE_PAGES or len(handle) < 2:
                break
            end = m.start("handle") + len(m.group("handle").rstrip("."))
            prefix = _PREFIX.search(text, max(0, start - 12), start)
            begin = prefix.start() if prefix else start
            key = account_key(f"{m.group('platform')}/{handle}")
            yield Hit(begin, end, "social-handle", text[begin:end], key)
            break
    at = text.find("@")
    while at != -1:
        m = _HANDLE.match(text, at)
        if m is not None and m.group("handle").casefold() not in _NOT_HANDLES:
            yield Hit(
                m.start(), m.end(), "social-handle", m.group(), "@" + m.group("handle").casefold()
            )
        at = text.find("@", at + 1)


def _positions(text: str, needles: tuple[str, ...]) -> list[int]:
    """Where any of the literal needles occurs (for a few needles, str.find is far faster
    than a regex scan)."""
    found = []
    for needle in needles:
        at = text.find(needle)
        while at != -1:
            found.append(at)
            at = text.find(needle, at + 1)
    return sorted(found)


def _starts(text: str, needles: re.Pattern[str]) -> Iterator[int]:
    """Every offset where one of the needles starts, in order, each once. For a dozen
    needles and more, one pass of their alternation costs less than a pass of str.find per
    needle (over the large site's texts, 107 million characters: 1.0 s, not 2.0 s). An
    offset where two needles start (Ave, Avenue) comes once: the loops below decide the
    same from it."""
    found = needles.search(text)
    while found is not None:
        yield found.start()
        found = needles.search(text, found.start() + 1)


def _alternation(needles: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(needle) for needle in needles))


# Each word of _FLAT holds one of these: "flat" and "Flat", not "lat", which is in
# "translation" and "platform" (tens of thousands of times in the published pages).
_FLAT_NEEDLES = _alternation(
    ("кв", "Кв", "КВ", "вартир", "apt", "Apt", "partment", "flat", "Flat", "пәтер", "Пәтер", " п.")
)
_STREET_NEEDLES = _alternation(_STREET_WORDS)
_LIVES_NEEDLES = (
    "рожива", "ительств", "омашн", "екенжай", "ұрады", "ddress", "ives at", "esid", "остоянн",
    "рописк",
)  # fmt: skip


# A village address: the village, a street and a house, the house being where someone
# lives ("Қарабұлақ ауылы, Абай көшесі, 12-үй", "с. Карабулак, ул. Абая, д. 12").
_L = "A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
_VILLAGE = re.compile(
    rf"(?:[{_L}][{_L}-]+[ \u00a0]+(?:ауылы|ауылдық\s+округі|селосы|кенті|а\.)"
    rf"|(?<![{_L}])(?:с\.|село|пос\.|посёлок|поселок|[Vv]illage(?:\s+of)?)[ \u00a0]*"
    rf"[{_L}][{_L}-]+)"
    rf"[^\n;]{{0,40}}?,[ \u00a0]*"
    rf"(?:[^\n,;]{{1,40}}?[ \u00a0](?:көшесі|көш\.)|(?:ул\.|улица|көш\.)[^\n,;]{{1,40}}"
    rf"|[^\n,;]{{1,40}}?[ \u00a0](?:street|St\.?))"
    rf",?[ \u00a0]*(?:№[ \u00a0]?)?"
    # the house marked as a house (an institution writes its number alone)
    rf"(?:[0-9]{{1,4}}[{_L}]?[ \u00a0]?-?[ \u00a0]?үй|үй[ \u00a0]?№?[ \u00a0]?[0-9]{{1,4}}"
    rf"|(?:д\.|дом)[ \u00a0]?№?[ \u00a0]?[0-9]{{1,4}}[{_L}]?|house[ \u00a0]+[0-9]{{1,4}})(?![0-9])"
)
_VILLAGE_NEEDLES = _alternation(
    (
        "ауылы",
        "ауылдық",
        "селосы",
        "кенті",
        " а.",
        "с.",
        "С.",
        "село",
        "Село",
        # not "пос": "после" is in every other Russian sentence; "пос." holds "с."
        "посёл",
        "Посёл",
        "посел",
        "Посел",
        "illage",
    )
)
_VILLAGE_REACH = 40  # the village's name may come before its word (Қарабұлақ ауылы)


def village_hits(text: str) -> Iterator[Hit]:
    """Addresses of houses in villages (see _VILLAGE)."""
    done = -1
    for at in _starts(text, _VILLAGE_NEEDLES):
        if at <= done:
            continue
        line_start = text.rfind("\n", max(0, at - _VILLAGE_REACH), at) + 1
        m = _VILLAGE.search(text, max(line_start, at - _VILLAGE_REACH), at + 160)
        if m is not None and m.start() <= at < m.end():
            done = m.end()
            yield Hit(m.start(), m.end(), "home-address", m.group())


def address_hits(proj: Projection) -> Iterator[Hit]:
    text = proj.text
    done = -1
    for at in _starts(text, _FLAT_NEEDLES):
        if at <= done:
            continue
        # The flat word starts at most 4 characters before its needle (квартира, Apartment);
        # the "41-пәтер" shape starts with up to 7 characters of number before it.
        for start in range(max(0, at - 8), at + 1):
            m = _FLAT.match(text, start)
            if m is None or m.end() <= at:
                continue
            line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _REACH)
            before = _HOUSE_OR_STREET.search(text, line_start, m.start())
            if before is not None:
                done = m.end()
                yield Hit(before.start(), m.end(), "home-address", text[before.start() : m.end()])
                break
            # "flat 15, 24 Respublika Avenue": the street after the flat
            line_end = text.find("\n", m.end(), m.end() + _REACH)
            after = _STREET_AFTER.match(text, m.end(), line_end if line_end != -1 else len(text))
            if after is not None:
                done = after.end()
                yield Hit(m.start(), after.end(), "home-address", text[m.start() : after.end()])
            break
    for at in _starts(text, _STREET_NEEDLES):
        if at <= done:
            continue
        start = max(0, at - 45)  # the street's name may come before its word (Абай даңғылы)
        m = _HOUSE_FLAT.search(text, start, at + 60)
        if m is not None and m.end() > done and not _YEAR_SPAN.fullmatch(m.group()[-9:].strip()):
            done = m.end()
            yield Hit(m.start(), m.end(), "home-address", m.group())
    for at in _positions(text, _LIVES_NEEDLES):
        m = _LIVES.match(text, max(0, at - 12))
        if m is None:
            m = next(_LIVES.finditer(text, max(0, at - 12), at + 40), None)
        if m is None or m.end() <= done:
            continue
        after = _ADDRESS_AFTER.match(text, m.end())
        if after is None:
            continue
        s, e = after.span("address")
        done = e
        yield Hit(s, e, "home-address", text[s:e])
