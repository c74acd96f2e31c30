"""The build's problems as the editor shows them: in the interface's language, named by the
form's field labels, with the value they are about so the form can mark its field.

The build words its problems in English (its log is read by developers and CI). The
editor's catalog (editor/labels.yaml, `problems`) holds each wording as an English
template beside its Kazakh and Russian ones; a message that matches a template is said in
the office's language with the same values, one that matches none is shown as the build
wrote it under the translated frame, and a translator adds its template.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import yaml

from kazutb_transparency.core.errors import BUILD, Problem, printable
from kazutb_transparency.editor.labels import catalog, field_label

_PLACEHOLDER = re.compile(r"\\\{(\w+)\\\}")


@cache
def _templates() -> list[tuple[re.Pattern[str], dict[str, str]]]:
    """(the English wording as a pattern, the wordings by language), longest first."""
    found = []
    for texts in catalog().get("problems", {}).values():
        pattern = _PLACEHOLDER.sub(lambda m: f"(?P<{m.group(1)}>.+?)", re.escape(texts["en"]))
        found.append((re.compile(pattern + r"\Z", re.S), texts))
    return sorted(found, key=lambda item: -len(item[1]["en"]))


def say(english: str | None, lang: str) -> str | None:
    """`english` (a message or a hint of the build) in `lang`, where the catalog has it."""
    if not english or lang == "en":
        return english
    for pattern, texts in _templates():
        match = pattern.match(english)
        if match:
            values = {k: say(v, lang) or v for k, v in match.groupdict().items()}
            if "fields" in values:  # field names as the form labels them
                names = match.group("fields").split(", ")
                values["fields"] = ", ".join(field_label(name, lang) for name in names)
            return texts[lang].format(**values)
    return english


# The fields an item of a list is named by, in order (editor/fields.py summaries too).
_NAMING = ("topic", "year", "academic_year", "form", "language", "id", "code", "name", "title")


def item_name(record: dict[str, Any], lang: str) -> str | None:
    """An item of a list as the office knows it: its topic, year or name in the form's
    words (a choice by its label), not its position."""
    for key in _NAMING:
        value = record.get(key)
        if isinstance(value, dict) and isinstance(value.get(lang) or value.get("kk"), str):
            return value.get(lang) or value["kk"]
        if isinstance(value, str | int) and not isinstance(value, bool):
            from kazutb_transparency.editor.fields import option_label  # the forms' names

            return option_label(key, str(value), lang)
    return None


def field_words(field: str | None, lang: str) -> str:
    """A problem's field (tuition.0.fees.1.fee) as the form labels it: Tuition › 1 › …"""
    if not field or field.startswith("("):
        return ""
    parts = []
    for part in field.split("."):
        parts.append(f"№{int(part) + 1}" if part.isdigit() else field_label(part, lang))
    return " › ".join(parts)


def last_name(field: str | None) -> str | None:
    """The field's own name (fee of tuition.0.fees.1.fee); None for a whole record."""
    if not field or field.startswith("("):
        return None
    names = [part for part in field.split(".") if not part.isdigit()]
    if not names or field.split(".")[-1].isdigit():
        return None
    return names[-1]


def value_at(text: str, line: int | None, name: str | None) -> Any:
    """The value a problem is about: the scalar of field `name` on `line` of a YAML text,
    or the record (a group of fields) that begins there."""
    if line is None:
        return None
    try:
        loader = yaml.SafeLoader(text)
        root = loader.get_single_node()
    except yaml.YAMLError:
        return None
    stack = [root] if root is not None else []
    record = None
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            if node.start_mark.line == line - 1 and record is None:
                record = node
            for key, value in node.value:
                if name is not None and key.value == name and key.start_mark.line == line - 1:
                    return loader.construct_object(value, deep=True)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    if name is None and record is not None:
        return loader.construct_object(record, deep=True)
    return None


def shown(problem: Problem, lang: str, text: str | None = None) -> dict[str, Any]:
    """One problem as the form shows it: its message and hint in `lang`, where it is in
    the form's words, and the field and value it is about."""
    name = last_name(problem.field)
    value = value_at(text, problem.line, name) if text and problem.file.endswith("yaml") else None
    message = say(problem.message, lang) or ""
    hint = say(problem.hint, lang)
    where = field_words(problem.field, lang)
    record = value if isinstance(value, dict) else None
    named = item_name(record, lang) if record else None
    last = (problem.field or "").rsplit(".", 1)[-1]
    if named and last.isdigit() and where.endswith(f"№{int(last) + 1}"):
        where = where.rpartition("№")[0] + named  # «Оқуға түсу», not «№1»
    if problem.record and where:
        where = f"{problem.record} › {where}"  # which year, which programme
    frame = catalog()["texts"]
    parts = [part for part in (where, message) if part]
    full = ": ".join(parts) + (f" — {hint}" if hint else "")
    # The fields of a record that a record's own rule names (received, pending…): marked.
    # The first is marked; all must keep their values for the problem to hold.
    mentioned = {
        key: found.start()
        for key in record or {}
        if (found := re.search(rf"\b{re.escape(str(key))}\b", problem.message))
    }
    marks = sorted(mentioned, key=mentioned.__getitem__)
    return {
        "name": name,
        "marks": marks,
        "value": value if not isinstance(value, dict) else None,
        "record": record,
        "where": where,
        "message": message,
        "hint": hint,
        "line": problem.line,
        "text": full,
        "heading": frame["problems_heading"][lang],
    }


def sentence(problem: Problem, lang: str) -> str:
    """A problem as one line of the live preview's banner in `lang`: where it is (file,
    line, record, the field as the form names it), what is wrong and what to do."""
    if lang == "en" or problem.file == BUILD:
        return str(problem)
    words = catalog()["texts"]
    where = printable(problem.file)
    if problem.line is not None:
        where += f":{problem.line}"
    parts = [where]
    if problem.record:
        parts.append(words["problem_record"][lang].format(record=printable(problem.record)))
    if problem.field:
        named = field_words(problem.field, lang) or printable(problem.field)
        parts.append(words["problem_field"][lang].format(field=named))
    message = printable(say(problem.message, lang) or problem.message)
    text = ", ".join(parts) + ": " + message
    hint = say(problem.hint, lang)
    return text + (f" — {printable(hint)}" if hint else "")


def more_problems(count: int, lang: str) -> str:
    """The banner's last line when it lists only the first problems."""
    return catalog()["texts"]["problems_more"][lang].format(count=count)
