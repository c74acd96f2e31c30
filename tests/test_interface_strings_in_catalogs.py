"""Interface strings live in the language catalogs, not in Python (issue 21): no module of
the package holds a text in kk, ru and en as string literals, except the few listed below
with the reason they are not interface text."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "kazutb_transparency"
LANGS = frozenset({"kk", "ru", "en"})
ALLOWED = {
    "bench/": "synthetic benchmark data, never published as the site's text",
    "privacy/synthetic.py": "synthetic corpora of the personal-data scanner's tests",
    "surveys/bulk.py": "synthetic survey exports for the aggregation benchmark",
    "applicants/synthetic.py": "demonstration figures written into data files (marked placeholder)",
    "core/collation.py": "the alphabets that sort each language, not text",
    "core/locale_format.py": "CLDR locale codes and number conventions, not text",
    "surveys/pages/fmt.py": "number and unit conventions of each language",
    "surveys/pages/loop.py": "the quotation marks of each language",
    "core/i18n.py": "the 'translation pending' marker, read by the catalog reader itself",
}


def trilingual_literals(source: str) -> list[int]:
    """Lines of every text written in kk, ru and en as string literals: a dict with the
    three keys, a call with kk=, ru=, en=, or a call of a helper with three strings."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            texts = {
                k.value: v
                for k, v in zip(node.keys, node.values, strict=True)
                if isinstance(k, ast.Constant)
            }
            if set(texts) >= LANGS and all(
                isinstance(texts[lang], ast.Constant) and isinstance(texts[lang].value, str)
                for lang in LANGS
            ):
                found.append(node.lineno)
        elif isinstance(node, ast.Call):
            named = {k.arg: k.value for k in node.keywords}
            strings = [
                a for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
            ]
            keywords = set(named) >= LANGS and all(
                isinstance(named[lang], ast.Constant) for lang in LANGS
            )
            helper = getattr(node.func, "id", "") == "_l" and len(strings) >= 3
            if keywords or helper:
                found.append(node.lineno)
    return sorted(found)


def test_no_module_holds_interface_text() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if any(
            rel == allowed or (allowed.endswith("/") and rel.startswith(allowed))
            for allowed in ALLOWED
        ):
            continue
        found += [f"{rel}:{line}" for line in trilingual_literals(path.read_text(encoding="utf-8"))]
    assert not found, "move these texts to data/interface/<lang>.yaml:\n" + "\n".join(found)


def test_the_check_finds_each_way_of_writing_a_text_in_code() -> None:
    source = (
        'A = {"x": {"kk": "Атауы", "ru": "Название", "en": "Name"}}\n'
        'B = Localized(kk="Күні", ru="Дата", en="Date")\n'
        'C = _l("Иә", "Да", "Yes")\n'
        'D = {"kk": _COMMA, "ru": _COMMA, "en": {}}\n'
        'E = catalog("home")\n'
    )
    assert trilingual_literals(source) == [1, 2, 3]


def test_every_allowed_module_exists() -> None:
    for allowed in ALLOWED:
        assert (PACKAGE / allowed).exists(), f"{allowed}: remove it from ALLOWED"
