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


def test_an_edit_is_timed_until_a_served_rebuild_shows_it_in_every_language(tmp_path):
    """measure_edit waits on the server's live-reload request, as a page's script does, then
    fetches the pages: a stand-in server that shows the data file as it was at its last
    rebuild, and serves a rebuild a moment after each save."""
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    project = tmp_path / "project"
    (project / "data" / "processes").mkdir(parents=True)
    source = project / "data" / bench.PROCESS_FILE
    source.write_text("".join(bench.INDICATOR.values()), encoding="utf-8")
    state = {"epoch": 1, "shown": source.read_text(encoding="utf-8")}
    lock = threading.Lock()

    class Server(BaseHTTPRequestHandler):
        def do_GET(self):  # the standard library names it
            if self.path.startswith("/livereload/"):
                seen = int(self.path.split("/")[2])
                with lock:
                    if seen >= state["epoch"]:  # the next rebuild, a moment after the save
                        time.sleep(0.2)
                        state["shown"] = source.read_text(encoding="utf-8")
                        state["epoch"] += 1
                    body = str(state["epoch"])
            else:
                body = state["shown"]
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Server)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        edit = bench.measure_edit(base, "data", project, 5, timeout=20)
    finally:
        server.shutdown()
    assert edit.ok and edit.seconds >= 0.2
    assert all(f"{mark} 5" in state["shown"] for mark in bench.MARK.values())
