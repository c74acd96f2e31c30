"""Editors' data are text: hostile values are refused with file, line and field, or
published so that nothing in them can run (HTML, attributes, titles, JSON-LD, CSV, SVG)."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from buildtools import DATA, REPO, mkdocs_build

pytestmark = pytest.mark.build

PROGRAMME = "disclosures/programmes/6B04105.yaml"
DISCIPLINES = "disclosures/disciplines/6B04105.csv"
PROCESS = "processes/07-international-activity.yaml"
UNITS = "units.yaml"

# (file, text to find, replacement, field named in the message)
REFUSED = [
    (PROGRAMME, '  kk: "Менеджмент"', '  kk: "Менеджмент</title><script>alert(9)</script>"', "kk"),
    (PROGRAMME, '  ru: "Менеджмент"', "  ru: \"<img src=x onerror='alert(1)'>\"", "ru"),
    (PROGRAMME, '  en: "Management"', '  en: "<svg onload=alert(1)>"', "en"),
    (
        PROCESS,
        "  en: International activity",
        "  en: '<!ENTITY x SYSTEM \"file:///etc/passwd\">'",
        "en",
    ),
    (UNITS, "    en: Board of Directors", '    en: "=HYPERLINK(\\"http://x\\",\\"x\\")"', "en"),
    (UNITS, "    ru: Совет директоров", "    ru: \"@SUM(1+1)*cmd|' /C calc'!A0\"", "ru"),
    (UNITS, "    kk: Директорлар кеңесі", "    kk: \"-2+3+cmd|' /C calc'!A0\"", "kk"),
    (PROGRAMME, '  en: "Management"', '  en: "' + "x" * 400 + '"', "en"),
]


def _plant(tmp_path: Path, file: str, find: str, replace: str) -> tuple[Path, int]:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    path = data / file
    text = path.read_text(encoding="utf-8")
    assert find in text, f"{find!r} not in {file}"
    path.write_text(text.replace(find, replace, 1), encoding="utf-8")
    return data, text[: text.index(find)].count("\n") + 1


def _previous_site(tmp_path: Path) -> Path:
    site = tmp_path / "out" / "site"
    site.mkdir(parents=True)
    (site / "marker.txt").write_text("previous site\n", encoding="utf-8")
    return site


def _validate(data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "scripts" / "validate_data.py"), str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=data.parent,
    )


@pytest.mark.parametrize(("file", "find", "replace", "field"), REFUSED)
def test_hostile_value_in_yaml_is_refused(tmp_path, file, find, replace, field):
    data, line = _plant(tmp_path, file, find, replace)
    result = _validate(data)
    out = result.stdout + result.stderr
    assert result.returncode != 0, "a hostile value was accepted"
    assert f"{file}:{line}" in out and f"{field}'" in out, out[-2000:]
    assert "unknown programme" not in out, "a consequence reported as a mistake of its own"


def test_title_break_out_stops_the_build_and_keeps_the_site(tmp_path):
    file, find, replace, _ = REFUSED[0]
    data, line = _plant(tmp_path, file, find, replace)
    site = _previous_site(tmp_path)
    result = mkdocs_build(site, KAZUTB_DATA=str(data))
    assert result.returncode != 0, "a hostile value was published"
    assert f"{file}:{line}" in result.stderr, result.stderr[-2000:]
    assert [p.name for p in site.iterdir()] == ["marker.txt"]


@pytest.mark.parametrize(
    "value",
    ['=HYPERLINK("http://x","x")', "+cmd|' /C calc'!A0", "<b>Economics</b>", "@SUM(A1)"],
)
def test_hostile_value_in_csv_is_refused(tmp_path, value):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    path = data / DISCIPLINES
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    rows[2][4] = value  # name_en of the second discipline, line 3
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, lineterminator="\n").writerows(rows)
    result = _validate(data)
    out = result.stdout + result.stderr
    assert result.returncode != 0
    assert f"{DISCIPLINES}:3" in out and "name_en" in out, out[-2000:]


# Plain text that looks like markup or code once pasted into a template: accepted, and
# published as text.
ACCEPTED = {
    "attribute": 'Менеджмент" onmouseover="alert(1)" x="',
    "markdown-link": "Менеджмент [click](javascript:alert(1))",
    "template": "Менеджмент {{ 7*7 }} {% raw %}",
    "json": 'Менеджмент"},"@type":"Person","x":"',
    "entities": "Менеджмент &amp; &lt;b&gt; ' \\u003c",
}


class _Executable(HTMLParser):
    """Collects what a browser would run: scripts, event attributes, script URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            if (
                name in ("href", "src", "action")
                and value
                and re.match(r"\s*(javascript|vbscript|data):", value, re.I)
            ):
                self.found.append(f"<{tag} {name}={value[:30]}>")
        if tag == "script":
            src = dict(attrs).get("src") or ""
            kind = dict(attrs).get("type") or ""
            if not src.startswith(("assets/", "../", "../../", "../../../", "/")) and kind not in (
                "application/ld+json",
                "application/json",
                "",
            ):
                self.found.append(f"<script type={kind}>")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("hostile")
    data = tmp / "data"
    shutil.copytree(DATA, data)
    path = data / PROGRAMME
    text = path.read_text(encoding="utf-8")
    import json

    quoted = {k: json.dumps(v, ensure_ascii=False) for k, v in ACCEPTED.items()}
    text = text.replace('  kk: "Менеджмент"', f"  kk: {quoted['attribute']}", 1)
    text = text.replace('  ru: "Менеджмент"', f"  ru: {quoted['markdown-link']}", 1)
    text = text.replace('  en: "Management"', f"  en: {quoted['template']}", 1)
    path.write_text(text, encoding="utf-8")
    units = data / UNITS
    units.write_text(
        units.read_text(encoding="utf-8")
        .replace("    en: Board of Directors", f"    en: {quoted['json']}", 1)
        .replace("    ru: Совет директоров", f"    ru: {quoted['entities']}", 1),
        encoding="utf-8",
    )
    site = tmp / "site"
    result = mkdocs_build(site, KAZUTB_DATA=str(data))
    assert result.returncode == 0, result.stderr[-3000:]
    return site


def test_accepted_hostile_text_runs_nowhere(hostile_site: Path) -> None:
    for page in (
        "programmes/6B04105.html",
        "ru/programmes/6B04105.html",
        "en/programmes/6B04105.html",
        "about/structure.html",
        "ru/about/structure.html",
        "en/about/structure.html",
        "about/units.html",
        "ru/about/units.html",
        "en/about/units.html",
    ):
        html = (hostile_site / page).read_text(encoding="utf-8")
        parser = _Executable()
        parser.feed(html)
        assert not parser.found, (page, parser.found)
        assert "<title>" in html and 'onmouseover="alert' not in html.split("</head>")[0]


def test_accepted_hostile_text_stays_text_in_json_ld_and_open_data(hostile_site: Path) -> None:
    import json

    html = (hostile_site / "en/programmes/6B04105.html").read_text(encoding="utf-8")
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        json.loads(block)  # still valid JSON: the value did not break out
        assert "</script" not in block.lower()
    rows = (hostile_site / "opendata/programmes.csv").read_text(encoding="utf-8")
    assert "{{ 7*7 }}" in rows and "49" not in rows.split("{{ 7*7 }}")[0][-5:]
    for line in rows.splitlines():
        for cell in next(csv.reader([line])):
            assert not cell.startswith(("=", "@")), cell


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"MZ\x90\x00\x03\x00\x00\x00 a Windows program", "a Windows program"),
        (b"", "empty"),
        (b"%PDF-1.7\nnot really a PDF", "cannot be opened"),
        (b"<html><body>a saved web page</body></html>", "HTML"),
    ],
    ids=["exe", "empty", "broken-pdf", "html"],
)
def test_a_document_that_is_not_what_its_name_says_is_refused(tmp_path, content, expected):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / "documents" / "sample-licence.pdf").write_bytes(content)
    result = _validate(data)
    out = result.stdout + result.stderr
    assert result.returncode != 0, "a fake document was accepted"
    assert "sample-licence.pdf" in out and expected in out and "record licence" in out, out[-2000:]
