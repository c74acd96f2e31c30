"""Every problem an office can meet in the desk is said in Kazakh and Russian.

The build words its problems in English; the desk says each in the office's language
through a template of editor/labels.yaml `problems:` (editor/problem_text.py). A message
that matches no template is shown in English inside the Kazakh form, so the messages are
collected from the source here: the refusals of the data's validators (ValueError and
refusal()), and the generic problems and hints of core/datafiles.py. A new message without
its template fails this test: add the template (en, kk, ru) to labels.yaml `problems:`.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

import kazutb_transparency
from kazutb_transparency.editor.labels import catalog
from kazutb_transparency.editor.problem_text import say

PACKAGE = Path(kazutb_transparency.__file__).parent
# The packages that hold no data model an office edits.
NOT_DOMAIN = {"editor", "engines", "buildsteps"}
CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Messages only a developer can cause (a wrong call, a code-defined name, a file the desk
# does not edit): no office meets them in the desk. (file, the message as a template)
DEVELOPER_ONLY = {
    ("bench/dataset.py", "at most {} synthetic programmes"),
    ("core/incremental.py", "two steps are remembered under one key, {}: name each its own"),
    ("core/locale_format.py", "unknown case {} of a date (known: {})"),
    ("core/locale_format.py", "a range of days cannot end ({}) before it starts ({})"),
    ("core/locale_format.py", "unknown form {} of a number"),
    ("core/opendata/catalogue.py", "a dataset may not be called 'index': it names the catalogue"),
    ("core/opendata/writer.py", "dataset names used twice: {}"),
    # data/style.yaml: the translators' file, edited outside the desk (editor/sources.py)
    ("core/style.py", "«{}» is not a regular expression ({}): fix it, or drop regex"),
    ("privacy/extract_pdf.py", "bookmarks nested deeper than 50 levels"),
    ("privacy/prefilter.py", "unbalanced group in {}"),
    ("privacy/table_twins.py", "not an array"),
    ("privacy/table_twins.py", "text after the array"),
    ("privacy/table_twins.py", "no comma or end of the array"),
    ("surveys/bulk.py", "unknown id format {}; one of {}"),
    ("surveys/datasets.py", "no survey indicators: nothing dates the survey datasets"),
    ("surveys/pages/charts.py", "not an SVG document"),
    ("surveys/publish.py", "columns not in the file: {}"),
}

# Functions whose answer is the end of a message ("a DEQAR link {problem}"): the desk says
# the message's value through the templates too, so each answer has its own.
PROBLEM_PARTS = {
    "disclosures/accreditation.py": "deqar_url_problem",
    "disclosures/models.py": "bin_problem",
}

# The generic problems of pydantic that core/datafiles.py passes on as pydantic words them
# (the constraints the models use: ge, le, gt, lt, min_length, max_length, multiple_of...).
PYDANTIC = [
    "Input should be greater than or equal to 1",
    "Input should be less than or equal to 22",
    "Input should be greater than 0",
    "Input should be less than 100",
    "Input should be a multiple of 0.5",
    "String should have at least 1 character",
    "String should have at least 3 characters",
    "String should have at most 1 character",
    "String should have at most 30 characters",
    "String should match pattern '^[a-z0-9-]+$'",
    "List should have at least 1 item after validation, not 0",
    "List should have at least 2 items after validation, not 1",
    "List should have at most 2 items after validation, not 3",
]

# Placeholders the Kazakh or Russian wording leaves out on purpose: the form already
# shows the field, the values to choose from and the record's kind (an English code)
# beside the message.
LEFT_OUT = {
    ("in_future", "field"),
    ("one_of", "allowed"),
    ("one_of_bare", "allowed"),
    ("kind_needs_field", "kind"),
}


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if name.split("/")[0] not in NOT_DOMAIN:
            yield name, ast.parse(path.read_text(encoding="utf-8"))


def _constants(module: ast.Module) -> dict[str, ast.expr]:
    """The module's names bound once to a value (OLD_FORM_HINT = "…")."""
    found: dict[str, ast.expr] = {}
    for node in module.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                found[target.id] = node.value
    return found


def _choices(function: ast.AST | None, name: str) -> list[str] | None:
    """The texts a local name takes in `function` when it is one of a few constants
    (shape = "a list …" if … else "a group of fields")."""
    if function is None:
        return None
    for node in ast.walk(function):
        if (
            isinstance(node, ast.Assign)
            and [getattr(t, "id", None) for t in node.targets] == [name]
            and isinstance(node.value, ast.IfExp)
        ):
            ends = (node.value.body, node.value.orelse)
            if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in ends):
                return [e.value for e in ends]  # type: ignore[attr-defined]
    return None


def _samples(
    node: ast.expr, consts: dict[str, ast.expr], function: ast.AST | None
) -> tuple[str, list[str]] | None:
    """(the text as a template with {} for each formatted value, sample messages) of a
    message expression; None when it is no text written in the source."""
    if isinstance(node, ast.Name) and node.id in consts:
        return _samples(consts[node.id], consts, None)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value, [node.value]
    if not isinstance(node, ast.JoinedStr):
        return None
    template, messages = "", [""]
    for number, part in enumerate(node.values):
        if isinstance(part, ast.Constant):
            template += part.value
            messages = [m + part.value for m in messages]
            continue
        assert isinstance(part, ast.FormattedValue)
        template += "{}"
        name = part.value.id if isinstance(part.value, ast.Name) else None
        known = consts.get(name or "")
        if name == "given":  # datafiles._shown: " ('the value')" or nothing
            options = [" ('x1')", ""]
        elif isinstance(known, ast.Constant):  # a module's constant: PORTAL_HOST
            options = [str(known.value)]
        else:
            options = (name and _choices(function, name)) or [f"x{number}7"]
        messages = [m + option for m in messages for option in options]
    return template, messages


def _parents(module: ast.Module) -> dict[ast.AST, ast.AST]:
    return {child: parent for parent in ast.walk(module) for child in ast.iter_child_nodes(parent)}


def _function_of(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.AST | None:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.FunctionDef):
            return node
    return None


def _collected() -> list[tuple[str, str, list[str]]]:
    """(file:line, template, sample messages) of every message the desk can show."""
    found = []
    for name, module in _modules():
        consts, parents = _constants(module), _parents(module)
        texts: list[tuple[ast.AST, ast.expr]] = []
        for node in ast.walk(module):
            if not isinstance(node, ast.Call):
                continue
            called = getattr(node.func, "id", None)
            if called == "ValueError" and node.args:
                texts.append((node, node.args[0]))
            elif called in ("refusal", "_ValueRefused"):
                texts += [(node, arg) for arg in node.args[:2]]
        for node in ast.walk(module):
            if name == "core/datafiles.py" and getattr(node, "name", None) == "_message":
                for ret in ast.walk(node):
                    if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Tuple):
                        texts += [(ret, element) for element in ret.value.elts]
            if name in PROBLEM_PARTS and getattr(node, "name", None) == PROBLEM_PARTS[name]:
                for ret in ast.walk(node):
                    if isinstance(ret, ast.Return) and ret.value is not None:
                        texts.append((ret, ret.value))
        for node, text in texts:
            sampled = _samples(text, consts, _function_of(node, parents))
            if sampled is None or (name, sampled[0]) in DEVELOPER_ONLY:
                continue
            found.append((f"{name}:{node.lineno}", *sampled))  # type: ignore[attr-defined]
    return found


MESSAGES = _collected()


def test_the_messages_are_found() -> None:
    """The collection sees the validators (about 60 office messages when written)."""
    assert len(MESSAGES) > 60
    assert any(t == "a fee cannot be negative ({})" for _, t, _ in MESSAGES)
    skipped = {t for _, t in DEVELOPER_ONLY}
    every = set()
    for name, module in _modules():
        for node in ast.walk(module):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ValueError":
                sampled = _samples(node.args[0], _constants(module), None)
                if sampled is not None:
                    every.add((name, sampled[0]))
    stale = sorted(pair for pair in DEVELOPER_ONLY if pair not in every)
    assert not stale, f"DEVELOPER_ONLY names messages the source no longer has: {stale}"
    assert skipped


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_message_has_a_template(lang: str) -> None:
    untranslated = sorted(
        {
            f"{where}: {message!r}"
            for where, _, messages in MESSAGES
            for message in messages
            if (said := say(message, lang)) == message or not CYRILLIC.search(said or "")
        }
    )
    assert not untranslated, (
        f"{len(untranslated)} messages the desk shows in English in the {lang} form (add "
        "their templates to editor/labels.yaml `problems:`):\n" + "\n".join(untranslated)
    )


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("message", PYDANTIC)
def test_pydantic_problems_are_said(message: str, lang: str) -> None:
    said = say(message, lang)
    assert said != message and CYRILLIC.search(said or ""), said
    for number in re.findall(r"\d+(?:\.\d+)?", message):
        assert number in (said or ""), f"{number} lost: {said}"


def _placeholders(text: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


def test_every_template_has_its_three_languages_and_placeholders() -> None:
    problems = []
    for key, entry in catalog()["problems"].items():
        if sorted(entry) != ["en", "kk", "ru"] or not all(
            isinstance(entry[lang], str) and entry[lang].strip() for lang in entry
        ):
            problems.append(f"{key}: {entry}")
            continue
        # The English is a pattern (problem_text._PLACEHOLDER: "{kk: …}" is text there);
        # the Kazakh and Russian are format strings ("{{kk: …}}").
        english = re.findall(r"\{(\w+)\}", entry["en"])
        if len(set(english)) != len(english):
            problems.append(f"{key}.en: a placeholder twice: {english}")
        for lang in ("kk", "ru"):
            own = _placeholders(entry[lang])
            expected = sorted(set(english) - {name for k, name in LEFT_OUT if k == key})
            if sorted(own) != expected:
                problems.append(f"{key}.{lang}: placeholders {sorted(own)}, not {expected}")
            try:
                entry[lang].format(**dict.fromkeys(own, "x"))
            except (KeyError, IndexError, ValueError) as error:
                problems.append(f"{key}.{lang}: not a format string ({error})")
            if entry[lang] == entry["en"] or not CYRILLIC.search(entry[lang]):
                problems.append(f"{key}.{lang}: {entry[lang]!r} is not in {lang}")
    assert not problems, "editor/labels.yaml `problems:`:\n" + "\n".join(problems)


def test_no_two_templates_have_one_english_wording() -> None:
    english = [entry["en"] for entry in catalog()["problems"].values()]
    twice = sorted({text for text in english if english.count(text) > 1})
    assert not twice, twice


def test_a_negative_fee_is_said_in_kazakh_with_its_value() -> None:
    said = say("a fee cannot be negative (-5)", "kk")
    assert said and CYRILLIC.search(said) and "-5" in said
    assert "negative" not in said


def test_a_value_inside_a_message_is_said_too() -> None:
    """The end of a BIN's or a DEQAR link's message is a template of its own."""
    for lang in ("kk", "ru"):
        said = say("not a valid BIN: check digit is wrong", lang) or ""
        assert "BIN" not in said and "check digit" not in said, said
        said = say("a DEQAR link must start with https://", lang) or ""
        assert "must start" not in said and "https://" in said, said


def test_an_office_count_message_keeps_its_values() -> None:
    message = (
        "year of study 2 with funding 'grant' is given twice: "
        "keep one row with the number of places"
    )
    for lang in ("kk", "ru"):
        said = say(message, lang) or ""
        assert CYRILLIC.search(said) and "2" in said and "grant" in said, said
