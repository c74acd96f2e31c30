"""The live-preview benchmark edits what it then waits for: the marks reach every language.

No timing is checked here (the machine is shared); scripts/benchmark_preview.py measures.
"""

from __future__ import annotations

from datetime import date

from kazutb_transparency.bench import preview as bench
from kazutb_transparency.buildsteps.generate import generate_pages
from kazutb_transparency.buildsteps.site import load_site


def test_the_data_and_docs_edits_show_on_the_pages_the_benchmark_polls(tmp_path):
    project = bench.make_project(tmp_path, None)
    data_marks = bench.edit_data(project, 7)
    docs_marks = bench.edit_docs(project, 8)
    pages = generate_pages(load_site(project / "data", date.fromisoformat(bench.TODAY)))
    polled = bench.PROCESS_PAGE.removesuffix(".html") + ".md"
    for lang in bench.PREFIX:
        assert data_marks[lang] in pages[f"{lang}/{polled}"], lang
        docs_page = project / "docs" / lang / f"{bench.DOCS_PAGE}.md"
        assert docs_page.read_text(encoding="utf-8").endswith(f"{docs_marks[lang]}\n")
    assert len(set(data_marks.values())) == 3


def test_the_edits_of_one_record_find_their_record_and_keep_the_data_valid(tmp_path):
    """Each kind of edit scripts/benchmark_edits.py times finds its record in the default
    data and changes it; three rounds of all of them still pass the data check (a refused
    rebuild would be timed as nothing)."""
    from kazutb_transparency.bench.edits import SHAPES

    project = bench.make_project(tmp_path, None)
    data = project / "data"
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    for number in (1, 2, 3):
        for shape in SHAPES:
            assert shape.edit(data, number), shape.name
    changed = {p for p in data.rglob("*") if p.is_file() and p.read_bytes() != before[p]}
    assert len(changed) >= len(SHAPES) - 1  # the fee and the dates may share a file
    load_site(data, date.fromisoformat(bench.TODAY))  # raises DataError if refused
