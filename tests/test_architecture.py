"""The package's layers, read from its source: build steps → domains → core.

`core` is the shared ground (data files, errors, languages, the audit, Markdown helpers,
the open-data writer) and imports no domain; each domain is one package with its models,
loading, pages and datasets; only the build steps put the domains together. No module may
import itself back through other modules: an import cycle is how "one domain in three
places" starts again.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = "kazutb_transparency"
ROOT = Path(__file__).resolve().parents[1] / PACKAGE
CORE = f"{PACKAGE}.core"
DOMAINS = tuple(
    f"{PACKAGE}.{name}"
    for name in (
        "organisation",
        "processes",
        "disclosures",
        "surveys",
        "privacy",
        "overview",
        "transparency",
        "news",
        "quality",
        "applicants",
        "students",
        "international",
    )
)
BUILD_STEPS = f"{PACKAGE}.buildsteps"
BENCH = f"{PACKAGE}.bench"
ENGINE_ADAPTERS = f"{PACKAGE}.engines"
# The editor's desk (make edit): reads the domains' models, as the build steps do.
EDITOR = f"{PACKAGE}.editor"
# Third-party engines: only their adapters (engines/) may import them.
ENGINE_MODULES = ("mkdocs", "material", "mkdocs_static_i18n", "properdocs", "zensical")
# The build steps that may import a domain: the loader, the list of domains, and the
# personal-data gate (which calls the privacy scanner).
DOMAIN_GATEWAYS = {f"{BUILD_STEPS}.site", f"{BUILD_STEPS}.domains", f"{BUILD_STEPS}.gate"}

Graph = dict[str, set[str]]


def _within(module: str, packages: set[str] | tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def modules(root: Path = ROOT, package: str = PACKAGE) -> dict[str, Path]:
    """{dotted name: file} of every module; a package is named by its __init__.py."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package's modules that `name` imports, anywhere in the file (functions and
    TYPE_CHECKING blocks too: a deferred import is still a dependency).

    `from pkg import name` is an import of the submodule pkg.name when there is one, else
    of pkg's __init__; `import a.b` is an import of a.b (or of its nearest known parent).
    """
    found: set[str] = set()
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                target = alias.name
                while target and target not in known:
                    target = target.rpartition(".")[0]
                if target:
                    found.add(target)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            for alias in node.names:
                if f"{source}.{alias.name}" in known:
                    found.add(f"{source}.{alias.name}")
                elif source in known:
                    found.add(source)
    found.discard(name)
    return found


def import_graph(root: Path = ROOT, package: str = PACKAGE) -> Graph:
    known = modules(root, package)
    return {name: imports_of(name, path, known) for name, path in known.items()}


def find_cycle(graph: Graph) -> list[str] | None:
    """One import cycle as [a, b, …, a], or None."""
    done: set[str] = set()
    for start in sorted(graph):
        if start in done:
            continue
        path = [start]
        on_path = {start}
        pending = [iter(sorted(graph[start]))]
        while pending:
            following = next(pending[-1], None)
            if following is None:
                finished = path.pop()
                on_path.discard(finished)
                done.add(finished)
                pending.pop()
                continue
            if following in on_path:
                return [*path[path.index(following) :], following]
            if following in done or following not in graph:
                continue
            path.append(following)
            on_path.add(following)
            pending.append(iter(sorted(graph[following])))
    return None


@pytest.fixture(scope="module")
def graph() -> Graph:
    return import_graph()


def test_the_graph_sees_each_kind_of_import(graph: Graph) -> None:
    # from package import name → the package's __init__
    assert f"{PACKAGE}.organisation" in graph[f"{PACKAGE}.processes.loading"]
    # from package import submodule → the submodule
    assert f"{PACKAGE}.surveys.synthetic" in graph[f"{BENCH}.dataset"]
    # an import inside a function
    assert f"{BUILD_STEPS}.site" in graph[f"{BENCH}.run"]
    # from package.module import name
    assert f"{BUILD_STEPS}.domains" in graph[f"{BUILD_STEPS}.generate"]


def test_find_cycle_reports_the_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "d"}, "b": {"c"}, "c": {"b"}, "d": set()}) == ["b", "c", "b"]


def test_find_cycle_after_a_finished_branch() -> None:
    # d is finished (no cycle through it) before the cycle e → f → e is found.
    graph = {"a": {"d", "e"}, "d": {"x"}, "x": set(), "e": {"f"}, "f": {"e"}}
    assert find_cycle(graph) == ["e", "f", "e"]


def test_no_import_cycle(graph: Graph) -> None:
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " → ".join(cycle or [])


def test_every_module_has_a_layer(graph: Graph) -> None:
    layers = (CORE, *DOMAINS, BUILD_STEPS, BENCH, ENGINE_ADAPTERS, EDITOR)
    stray = [name for name in graph if name != PACKAGE and not _within(name, layers)]
    assert not stray, f"put these modules in core/, a domain, buildsteps/ or engines/: {stray}"


def _third_party_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_only_the_engine_adapters_import_an_engine() -> None:
    wrong = sorted(
        f"{name} imports {engine}"
        for name, path in modules().items()
        if not _within(name, (ENGINE_ADAPTERS, BENCH))
        for engine in _third_party_imports(path) & set(ENGINE_MODULES)
    )
    assert not wrong, f"move what needs the engine into kazutb_transparency/engines/: {wrong}"


def test_the_mkdocs_hook_is_a_thin_adapter() -> None:
    hook = ROOT.parent / "hooks" / "site_build.py"
    assert len(hook.read_text(encoding="utf-8").splitlines()) <= 73


def test_shared_ground_imports_no_domain_and_no_build_step(graph: Graph) -> None:
    wrong = {
        f"{name} imports {target}"
        for name, targets in graph.items()
        if _within(name, (CORE,))
        for target in targets
        if _within(target, (*DOMAINS, BUILD_STEPS, BENCH))
    }
    assert not wrong, sorted(wrong)


def test_domains_import_no_build_step(graph: Graph) -> None:
    wrong = {
        f"{name} imports {target}"
        for name, targets in graph.items()
        if _within(name, DOMAINS)
        for target in targets
        if _within(target, (BUILD_STEPS, BENCH))
    }
    assert not wrong, sorted(wrong)


def test_build_steps_reach_the_domains_through_the_gateways(graph: Graph) -> None:
    wrong = {
        f"{name} imports {target}"
        for name, targets in graph.items()
        if _within(name, (BUILD_STEPS,)) and name not in DOMAIN_GATEWAYS
        for target in targets
        if _within(target, DOMAINS)
    }
    assert not wrong, f"list what a domain contributes in buildsteps/domains.py: {sorted(wrong)}"
