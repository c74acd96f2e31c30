"""The publishing build publishes what is real (core/withhold.py): it succeeds on the default
data, no placeholder or sample value reaches any published byte, what is missing is listed on
the not-yet-published page (as `make validate` lists it), and what must refuse still does."""

from __future__ import annotations

import csv
import gzip
import html
import io
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
import yaml
from buildtools import DATA, TODAY, site_build

from kazutb_transparency.buildsteps.site import load_published_site
from kazutb_transparency.core.audit import Concern
from kazutb_transparency.core.datafiles import load_yaml, read_csv
from kazutb_transparency.core.withhold import Withheld, publishing_view

STATES = ("confirmed", "public-source", "placeholder")
META = {"provenance", "provenance_fields", "source", "posted", "updated", "review_months"}


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The default data built as the publishing workflow builds them; (site, stderr)."""
    site = tmp_path_factory.mktemp("published") / "site"
    result = site_build(site, strict=True)
    assert result.returncode == 0, f"the publishing build failed:\n{result.stderr[-4000:]}"
    return site, result.stderr


# --- the view itself --------------------------------------------------------------------


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_placeholder_record_is_left_out_and_lines_still_point_at_the_file(tmp_path):
    path = _write(
        tmp_path / "items.yaml",
        "- id: sample\n  provenance: placeholder\n  value: 1\n"
        "- id: real\n  provenance: confirmed\n  value: 2\n",
    )
    with publishing_view(Withheld()):
        data, lines = load_yaml(path)
    assert [item["id"] for item in data] == ["real"]
    assert lines.line_of((0, "value")) == 6  # the real record's own line in the file


def test_a_placeholder_field_is_left_out_and_the_record_keeps_its_real_values(tmp_path):
    path = _write(
        tmp_path / "item.yaml",
        "id: a\nname: Real\nparent: guessed\nprovenance: confirmed\n"
        "provenance_fields: {parent: placeholder}\n",
    )
    with publishing_view(Withheld()):
        data, _ = load_yaml(path)
    assert data == {"id": "a", "name": "Real", "provenance": "confirmed"}


def test_only_the_real_fields_of_a_placeholder_record_remain(tmp_path):
    path = _write(
        tmp_path / "item.yaml",
        "code: X1\nfaculty: guessed\nprovenance: placeholder\n"
        "provenance_fields: {code: public-source}\n",
    )
    with publishing_view(Withheld()):
        data, _ = load_yaml(path)
    assert data == {"code": "X1", "provenance": "public-source"}


def test_a_placeholder_row_of_a_table_is_left_out(tmp_path):
    path = _write(tmp_path / "t.csv", "id,value,provenance\na,1,confirmed\nb,2,placeholder\n")
    with publishing_view(Withheld()):
        rows = read_csv(path, ["id", "value", "provenance"])
    assert [row.values["id"] for row in rows] == ["a"]
    assert [row.values["id"] for row in read_csv(path, ["id", "value", "provenance"])] == ["a", "b"]


def test_outside_the_view_nothing_is_left_out(tmp_path):
    path = _write(tmp_path / "items.yaml", "- id: sample\n  provenance: placeholder\n")
    data, _ = load_yaml(path)
    assert data == [{"id": "sample", "provenance": "placeholder"}]


# --- the default data ---------------------------------------------------------------------


def _placeholder_values() -> set[str]:
    """Every value the data mark as placeholder or sample, distinctive enough to search for
    (a text of 16 characters or more, a number of five digits or more), that no real value
    also holds."""
    placeholder: set[str] = set()
    real: set[str] = set()

    def scalars(value):
        if isinstance(value, dict):
            for item in value.values():
                yield from scalars(item)
        elif isinstance(value, list):
            for item in value:
                yield from scalars(item)
        elif value is not None and not isinstance(value, bool):
            yield str(value).strip()

    def walk(value) -> None:
        if isinstance(value, dict) and value.get("provenance") in STATES:
            fields = value.get("provenance_fields") or {}
            for key, item in value.items():
                if key not in META:
                    state = fields.get(key, value["provenance"])
                    (placeholder if state == "placeholder" else real).update(scalars(item))
            return
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        else:
            real.update(scalars(value))

    for path in DATA.rglob("*.yaml"):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    for path in DATA.rglob("*.csv"):
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
        if rows and "provenance" in rows[0]:
            for row in rows:
                values = [v.strip() for k, v in row.items() if k not in ("provenance", "source")]
                is_sample = row["provenance"].strip() == "placeholder"
                (placeholder if is_sample else real).update(values)

    def distinctive(text: str) -> bool:
        if re.fullmatch(r"\d{5,}", text):
            return True
        return len(text) >= 16 and not re.fullmatch(r"[a-z0-9-]+|https?://\S+", text)

    return {value for value in placeholder if distinctive(value)} - real


def _published_text(site: Path) -> str:
    """Every published byte as text: pages, search index, CSV, JSON, XML, the members of
    archives and the gzipped sitemap, entities decoded."""
    parts = []
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
        if path.suffix == ".zip":
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                raw = b"\n".join(archive.read(name) for name in archive.namelist())
        parts.append(raw.decode("utf-8", "replace"))
    text = "\n".join(parts)
    return text + "\n" + html.unescape(text)


def test_the_publishing_build_publishes_the_registry_and_the_confirmed_facts(published):
    site, _ = published
    for folder in ("", "ru/", "en/"):
        assert len(list((site / folder / "processes").glob("p[0-9][0-9].html"))) == 22
    about = (site / "about" / "index.html").read_text(encoding="utf-8")
    assert "Байболова" in about  # the rector, as the approved process map names her
    assert "әлі жарияланбаған" in about  # what is missing says so, in the page's language
    assert "пока не опубликован" in (site / "ru/about/index.html").read_text(encoding="utf-8")
    # Below what it cannot publish yet, a page names who is to publish it, and by when.
    english = (site / "en" / "about" / "index.html").read_text(encoding="utf-8")
    assert '<p class="pending-note">' in english and "§9.7.1.1: responsible unit" in english
    # Programmes whose faculty and credits are placeholders: named by their real code and name.
    catalogue = (site / "en" / "programmes" / "index.html").read_text(encoding="utf-8")
    assert "6B04105" in catalogue and "Management" in catalogue
    assert "public source" in catalogue


def test_no_placeholder_or_sample_value_reaches_any_published_byte(published):
    site, _ = published
    values = _placeholder_values()
    assert len(values) > 500, "the data's placeholders were not collected"
    text = _published_text(site)
    encoded = text.encode("utf-8")  # bytes are searched several times faster than str
    # Whole values only: «Коллегиялық органдар» inside «Коллегиялық органдардың» is another text.
    found = sorted(
        value
        for value in values
        if value.encode("utf-8") in encoded  # the quick test first
        and re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text) is not None
    )
    assert found == [], f"{len(found)} placeholder values published, e.g. {found[:5]}"


def test_no_sample_document_or_demonstration_dataset_is_published(published):
    site, _ = published
    samples = {path.read_bytes() for path in (DATA / "documents").glob("sample-*")}
    published_files = [path for path in site.rglob("*") if path.is_file()]
    assert not [p for p in published_files if p.name.startswith("sample-")]
    assert not [p for p in published_files if p.suffix == ".pdf" and p.read_bytes() in samples]
    names = {p.stem for p in (site / "opendata").glob("*.csv")}
    assert "processes" in names
    assert not {"survey-indicators", "survey-distributions", "survey-catalogue"} & names


def test_the_not_yet_published_page_lists_what_validate_lists(published):
    site, _ = published
    view, _ = load_published_site(DATA, date.fromisoformat(TODAY))
    clauses = {
        problem.record
        for problem in view.audit.of(Concern.INCOMPLETE)
        if problem.file.endswith("register.yaml")
    }
    assert clauses, "the default data have mandatory items without data"
    for folder in ("", "ru/", "en/"):
        page = (site / folder / "register" / "not-yet-published.html").read_text(encoding="utf-8")
        listed = set(re.findall(r'<h2 id="clause-([0-9.]+)"', page))
        assert listed == clauses, f"{folder or 'kk/'}: {sorted(listed ^ clauses)}"
    page = html.unescape((site / "en/register/not-yet-published.html").read_text("utf-8"))
    for row in view.register:
        for label in row.missing:
            assert label.en.replace("'", "’") in page.replace("'", "’"), label.en
    register = (site / "register" / "index.html").read_text(encoding="utf-8")
    assert "not-yet-published.html" in register
    about_site = (site / "about-site.html").read_text(encoding="utf-8")
    assert "register/not-yet-published.html" in about_site


# --- what still refuses -------------------------------------------------------------------

REFUSED = [
    # (file, text, replacement, what the refusal says)
    (
        "disclosures/about.yaml",
        "    en: Rector\n",
        "    en: Rector (assistant Aigerim Bolatovna Sarsenova, +7 701 765 43 21)\n",
        "possible personal data",
    ),
    (
        "registry.yaml",
        "updated: ",
        "updated: not-a-date\nold_updated: ",
        "registry.yaml",
    ),
    (
        "disclosures/about.yaml",
        "    en: Rector\n",
        '    en: "Rector<script>alert(1)</script>"\n',
        "about.yaml",
    ),
]


@pytest.mark.parametrize(("file", "text", "replacement", "said"), REFUSED)
def test_the_publishing_build_still_refuses(tmp_path, data_copy, file, text, replacement, said):
    path = data_copy / file
    original = path.read_text(encoding="utf-8")
    assert text in original
    path.write_text(original.replace(text, replacement, 1), encoding="utf-8")
    site = tmp_path / "out" / "site"
    site.mkdir(parents=True)
    (site / "marker.txt").write_text("previous site\n", encoding="utf-8")
    result = site_build(site, strict=True, KAZUTB_DATA=str(data_copy))
    assert result.returncode != 0, f"published with {replacement!r}"
    assert said in result.stderr, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert [p.name for p in site.iterdir()] == ["marker.txt"]


def test_every_file_a_published_page_links_to_is_published(published):
    """A dataset or document left out (no real row, a sample file) is linked from no page."""
    site, _ = published
    link = re.compile(r'href="([^"#?]+\.(?:csv|json|pdf|zip|xlsx|docx))"')
    broken = []
    for page in site.rglob("*.html"):
        for target in link.findall(page.read_text(encoding="utf-8")):
            if "://" in target or target.startswith("/"):
                continue
            if not (page.parent / html.unescape(target)).resolve().is_file():
                broken.append(f"{page.relative_to(site)} → {target}")
    assert broken == [], broken[:10]


def test_the_published_data_package_validates(published):
    from frictionless import validate

    site, _ = published
    report = validate(str(site / "opendata" / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])[:10]


def test_the_preview_build_adds_no_pending_note(built_site):
    """The editors' build shows the placeholders themselves, marked: no note replaces them."""
    assert "pending-note" not in (built_site / "en" / "about" / "index.html").read_text("utf-8")
