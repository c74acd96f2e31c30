"""Mistakes the quality and PR staff make, each answered by one clear message: the file
(relative to the repository), the line, what is wrong in their terms and what to do."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from buildtools import DATA, REPO, confirm_every_value

DISCIPLINES = "data/disclosures/disciplines/6B04105.csv"
PROGRAMME = "data/disclosures/programmes/6B04105.yaml"


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A folder with data/ in it, so messages name data/… as in the repository."""
    shutil.copytree(DATA, tmp_path / "data")
    return tmp_path


def validate(root: Path, *args: str) -> tuple[int, str]:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "validate_data.py"), *args, "data"],
        capture_output=True, text=True, timeout=120, cwd=root,
    )  # fmt: skip
    return result.returncode, result.stdout + result.stderr


def test_excel_csv_with_semicolons_bom_crlf_and_decimal_comma_is_read(repo_copy: Path) -> None:
    path = repo_copy / DISCIPLINES
    text = path.read_text(encoding="utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace(",", ";").replace("\n", "\r\n").encode())
    code, out = validate(repo_copy)
    assert code == 0, out[-2000:]


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("cp1251", "Windows-1251"), ("utf-16", "UTF-16")],
)
def test_wrong_encoding_is_named_once_with_how_to_save(repo_copy: Path, encoding, expected):
    path = repo_copy / DISCIPLINES
    # Excel in a Russian locale writes Kazakh letters it cannot encode as "?".
    path.write_bytes(path.read_text(encoding="utf-8").encode(encoding, errors="replace"))
    code, out = validate(repo_copy)
    assert code != 0
    assert expected in out and "CSV UTF-8" in out, out[-2000:]
    assert out.count("6B04105.csv") == 1, out[-2000:]
    assert str(repo_copy) not in out, "an absolute path of the build machine"


def test_a_date_in_the_local_format_gets_the_format_to_use(repo_copy: Path) -> None:
    path = repo_copy / "data/disclosures/documents.yaml"
    text = path.read_text(encoding="utf-8")
    import re

    first = re.search(r"updated: (\d{4})-(\d{2})-(\d{2})", text)
    assert first
    day = f"{first.group(3)}.{first.group(2)}.{first.group(1)}"
    path.write_text(text.replace(first.group(0), f"updated: {day}", 1), encoding="utf-8")
    code, out = validate(repo_copy)
    assert code != 0
    assert "YYYY-MM-DD" in out and "e.g. 2025-09-01" in out, out[-2000:]
    assert "Input should be" not in out


def test_one_slip_one_message(repo_copy: Path) -> None:
    path = repo_copy / PROGRAMME
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\n  ru: ", "\n\tru: ", 1), encoding="utf-8")  # a tab
    code, out = validate(repo_copy)
    assert code != 0
    assert "6B04105.yaml" in out and "not checked" in out, out[-2000:]
    assert "unknown programme" not in out, out[-2000:]


def test_kazakh_text_left_in_russian_is_a_warning_and_refused_when_strict(repo_copy) -> None:
    confirm_every_value(repo_copy / "data")  # a real programme: publishing publishes it
    path = repo_copy / PROGRAMME
    text = path.read_text(encoding="utf-8")
    russian = "Бакалавр бизнеса и управления по образовательной программе «Менеджмент»"
    start = text.index("qualification:\n  kk: ") + len("qualification:\n  kk: ")
    end = text.index("\n", start)
    path.write_text(text[:start] + f'"{russian}"' + text[end:], encoding="utf-8")
    code, out = validate(repo_copy)
    assert code == 0 and "same as the Russian" in out, out[-2000:]
    code, out = validate(repo_copy, "--strict")
    assert code != 0 and "same as the Russian" in out


def test_a_broken_link_in_a_page_stops_the_build_with_page_and_line(tmp_path: Path) -> None:
    from kazutb_transparency.buildsteps.pipeline import check_links
    from kazutb_transparency.core.errors import DataError

    docs, stage, opendata = tmp_path / "docs", tmp_path / "stage", tmp_path / "opendata"
    for root in (docs, stage):
        (root / "kk" / "about").mkdir(parents=True)
        (root / "ru").mkdir(parents=True)
    opendata.mkdir()
    (opendata / "processes.csv").write_text("x\n")
    (stage / "kk" / "about" / "index.md").write_text("# Біз туралы\n")
    page = "# Басты бет\n\n[Біз](about/index.md), [деректер](../opendata/processes.csv)\n"
    page += "[жарғы](../documents/charter.pdf) [сайт](https://example.org) [§](#top)\n"
    page += "```\n[not a link](nowhere.md)\n```\n[жоқ](about/missing.md)\n"
    for root in (docs, stage):
        (root / "kk" / "index.md").write_text(page)
        (root / "ru" / "index.md").write_text("[Устав](../../documents/gone.pdf)\n")
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(DataError) as caught:
        check_links(docs, stage, opendata, [(Path("x"), "documents/charter.pdf")], work)
    found = sorted(
        (p.file.rsplit("/", 2)[-2:][0], p.line, p.message) for p in caught.value.problems
    )
    assert found == [
        ("kk", 8, "link to 'about/missing.md', which does not exist"),
        ("ru", 1, "link to '../../documents/gone.pdf', which does not exist"),
    ]
    assert not work.exists(), "the build's work folder was left behind"


@pytest.mark.build
def test_preview_shows_a_refused_edit_in_the_browser(tmp_path: Path) -> None:
    """make serve: after a bad edit the last good pages stay, with the problems on them."""
    import os
    import socket
    import time
    import urllib.request

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    mkdocs = Path(sys.executable).with_name("mkdocs")
    env = {**os.environ, "KAZUTB_DATA": str(data), "NO_MKDOCS_2_WARNING": "1"}
    log = tmp_path / "serve.log"

    def serve() -> tuple[subprocess.Popen, int]:
        """The preview on a free port; another port if a process running beside the test
        took the one found free before the server bound it."""
        for _ in range(5):
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                port = probe.getsockname()[1]
            with log.open("wb") as output:
                server = subprocess.Popen(
                    [str(mkdocs), "serve", "--dev-addr", f"127.0.0.1:{port}", "-w", str(data)],
                    cwd=REPO, env=env, stdout=output, stderr=subprocess.STDOUT,
                )  # fmt: skip
            deadline = time.monotonic() + 600  # the first build: slow on a loaded machine
            while server.poll() is None and time.monotonic() < deadline:
                if "Serving on" in log.read_text("utf-8", "replace"):
                    return server, port
                time.sleep(1)
            if server.poll() is None:
                server.terminate()
                server.wait(timeout=30)
                break
        pytest.fail(f"the preview did not start:\n{log.read_text('utf-8', 'replace')[-3000:]}")

    server, port = serve()

    def page(path: str) -> str:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=5) as r:
                return r.read().decode("utf-8")
        except OSError:
            return ""

    def wait_for(predicate, seconds: float = 600) -> bool:  # a loaded machine builds slowly
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and server.poll() is None:
            if predicate():
                return True
            time.sleep(1)
        print(log.read_text("utf-8", "replace")[-3000:])  # shown by pytest if it fails
        return False

    try:
        assert wait_for(lambda: "Менеджмент" in page("programmes/6B04105.html"))
        assert "Өзгеріс қабылданбады" not in page("programmes/6B04105.html")
        path = data / "disclosures" / "programmes" / "6B04105.yaml"
        path.write_text(path.read_text(encoding="utf-8") + "bogus: 1\n", encoding="utf-8")
        assert wait_for(lambda: "Өзгеріс қабылданбады" in page("programmes/6B04105.html"))
        refused = page("ru/programmes/6B04105.html")
        assert "Изменение не принято" in refused and "6B04105.yaml" in refused
        assert "Менеджмент" in refused, "the last good page did not stay"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_broken_list_is_one_message_not_one_per_record_that_refers_to_it(repo_copy) -> None:
    path = repo_copy / "data/disclosures/faculties.yaml"
    text = path.read_text(encoding="utf-8")
    broken = text.replace("  provenance: placeholder", "  provenance: perhaps", 1)
    path.write_text(broken, encoding="utf-8")
    code, out = validate(repo_copy)
    assert code != 0
    assert "faculties.yaml" in out and "were not checked" in out, out[-2000:]
    assert "unknown faculty" not in out, out[-2000:]


@pytest.mark.parametrize("written", ["nan", "NaN", "inf", "1e999"])
def test_a_measurement_that_is_no_finite_number_is_refused_at_its_line(repo_copy, written) -> None:
    """float() reads these; the range check let NaN through, and the build then failed."""
    path = repo_copy / "data/processes/measurements.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = lines[1].split(",")
    cells[3] = written
    lines[1] = ",".join(cells)
    path.write_text("".join(lines), encoding="utf-8")
    code, out = validate(repo_copy)
    assert code != 0
    assert "measurements.csv:2" in out and f"'{written}' is not a number" in out, out[-2000:]
    assert "Traceback" not in out


def test_a_discipline_row_of_another_programme_is_refused_in_its_file(repo_copy) -> None:
    """A row copied from another programme's file would move the discipline silently."""
    path = repo_copy / DISCIPLINES
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].replace("6B04105", "6B06114", 1)
    path.write_text("".join(lines), encoding="utf-8")
    code, out = validate(repo_copy)
    assert code != 0
    assert "6B04105.csv:4" in out and "the row is for programme 6B06114" in out, out[-2000:]


@pytest.mark.parametrize(("written", "read_as"), [("yes", "true"), ("No", "false"), ("on", "true")])
def test_a_yes_or_no_word_is_not_taken_for_a_truth_value(repo_copy, written, read_as) -> None:
    """YAML 1.1 reads yes/no/on/off as true/false: "credits: yes" was published as 1."""
    path = repo_copy / PROGRAMME
    text = path.read_text(encoding="utf-8")
    assert "\ncredits: " in text
    path.write_text(re.sub(r"\ncredits: \d+", f"\ncredits: {written}", text), encoding="utf-8")
    code, out = validate(repo_copy)
    assert code != 0
    assert f"'{written}' would be read as {read_as}" in out and "6B04105.yaml:" in out, out[-2000:]
