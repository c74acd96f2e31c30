"""Contacts a script assembles from variables: the parts kept in string variables and put
together in a template literal or a concatenation,

    const user = "marat.esenov"; const host = "bk.ru";
    a.href = `mailto:${user}@${host}`;     a.href = "mailto:" + user + "@" + host;

Each variable is replaced by its string value (from its definition anywhere in the
source: const/let/var, an assignment or an object's key) and the result is read by the
contact detectors, reported over the template or the concatenation.

Each pass starts from a literal the form must contain ("${", or a "+" between a name and
a string), so a source without one costs a search.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kazutb_transparency.privacy.derived import CONTACTS, whole
from kazutb_transparency.privacy.encoded import _STRING as STRING
from kazutb_transparency.privacy.encoded import _literal as literal_value
from kazutb_transparency.privacy.hits import Hit

_NAME = r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*"
# A definition is found from its ":" or "=" before a string (a character rare enough for
# the engine to skip to), its name then read before it.
_DEFINED_VALUE = re.compile(rf"[:=][ \t]*(?P<value>{STRING})")
_DEFINED_NAME = re.compile(r"(?<![\w$.])(?P<name>[A-Za-z_$][\w$]*)[\"']?[ \t]*\Z")
_TEMPLATE = re.compile(r"`(?P<body>(?:[^`\\]|\\.){0,400}?\$\{(?:[^`\\]|\\.){0,400}?)`")
_PLACEHOLDER = re.compile(rf"\$\{{\s*(?P<name>{_NAME})\s*\}}")
_OPERAND = rf"(?:{STRING}|{_NAME})"
# A "+" between a name and a string, found from the "+" (a literal the engine skips to).
_PLUS = re.compile(r"\+[ \t]*(?P<right>[\"'`A-Za-z_$])")
_QUOTES = "\"'`"
_MIXED_CHAIN = re.compile(rf"{_OPERAND}(?:\s*\+\s*{_OPERAND})+")
_LEFT = re.compile(rf"{_OPERAND}\s*\+\s*\Z")
_OPERAND_RX = re.compile(_OPERAND)
_REACH_BACK = 100  # how far before a joint its chain may begin
# A script: its opening tag, then its body up to </script> or the end of the page; the
# end is searched for, not matched character by character after the opening.
_SCRIPT_OPEN = re.compile(r"<script\b[^>]*>", re.IGNORECASE)
_SCRIPT_END = re.compile(r"</script\s*>", re.IGNORECASE)


def _variables(source: str) -> dict[str, str]:
    """Every name defined with a string value (the last definition wins)."""
    variables = {}
    for m in _DEFINED_VALUE.finditer(source):
        named = _DEFINED_NAME.search(source, max(0, m.start() - 60), m.start())
        if named is not None:
            variables[named.group("name")] = literal_value(m.group("value"))
    return variables


def _value(name: str, variables: dict[str, str]) -> str | None:
    return variables.get(name.rsplit(".", 1)[-1])


def _mixed_joints(source: str) -> Iterator[int]:
    """Where the left operand of each "+" between a name and a string ends."""
    for plus in _PLUS.finditer(source):
        last = plus.start() - 1
        while last >= 0 and source[last] in " \t":
            last -= 1
        if last < 0:
            continue
        left, right = source[last], plus.group("right")
        if (right in _QUOTES) != (left in _QUOTES) and (
            left in _QUOTES or left.isalnum() or left in "_$"
        ):
            yield last


def _operand_start(source: str, last: int) -> int:
    """Where the operand whose last character is at `last` begins."""
    if source[last] in "\"'`":
        return max(0, source.rfind(source[last], max(0, last - 82), last))
    begin = last
    while begin > 0 and (source[begin - 1].isalnum() or source[begin - 1] in "_$."):
        begin -= 1
    return begin


def script_variable_hits(source: str) -> Iterator[Hit]:
    """Contacts put together from string variables in templates and concatenations: in
    a page, in its scripts only; in any other text (a script file), in all of it."""
    if "${" not in source and "+" not in source:
        return
    if "<" not in source or "</" not in source:
        yield from _assembled(source, 0, len(source))
        return
    at = source.find("<script")
    if at == -1 and "<SCRIPT" not in source:
        return
    for start, end in _scripts(source, max(0, at)):
        yield from _assembled(source, start, end)


def _scripts(source: str, pos: int) -> Iterator[tuple[int, int]]:
    """Where the body of each script from pos on starts and ends, as
    `<script\\b[^>]*>(?P<body>.*?)(?:</script\\s*>|\\Z)` (DOTALL, ignoring case) finds them."""
    while (script := _SCRIPT_OPEN.search(source, pos)) is not None:
        closing = _SCRIPT_END.search(source, script.end())
        if closing is None:
            yield script.end(), len(source)
            return
        yield script.end(), closing.start()
        pos = closing.end()


def _assembled(source: str, start: int, end: int) -> Iterator[Hit]:
    """Script_variable_hits in source[start:end] (offsets in the source)."""
    script = source[start:end]
    for hit in _assembled_in(script):
        yield Hit(start + hit.start, start + hit.end, hit.category, hit.value, hit.normalized)


def _assembled_in(source: str) -> Iterator[Hit]:
    has_template = "${" in source
    if not has_template and next(_mixed_joints(source), None) is None:
        return
    variables = _variables(source)
    if not variables:
        return
    if has_template:
        for m in _TEMPLATE.finditer(source):
            body = m.group("body")
            used = False

            def substitute(placeholder: re.Match[str]) -> str:
                nonlocal used
                value = _value(placeholder.group("name"), variables)
                used = used or value is not None
                return value or ""

            joined = literal_value("`" + _PLACEHOLDER.sub(substitute, body) + "`")
            if used:
                yield from whole(joined, m.start(), m.end(), CONTACTS)
    done = -1
    for last in _mixed_joints(source):
        if last < done:
            continue
        # The operand that ends at the joint, then those joined before it.
        begin = _operand_start(source, last)
        while begin > 0 and (left := _LEFT.search(source, max(0, begin - _REACH_BACK), begin)):
            begin = left.start()
        m = _MIXED_CHAIN.match(source, begin)
        if m is None or m.end() <= last:
            continue
        done = m.end()
        parts, used = [], False
        for operand in _OPERAND_RX.findall(m.group()):
            if operand[0] in "\"'`":
                parts.append(literal_value(operand))
            else:
                value = _value(operand, variables)
                used = used or value is not None
                parts.append(value or "")
        if used:
            yield from whole("".join(parts), m.start(), m.end(), CONTACTS)
