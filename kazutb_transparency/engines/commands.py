"""How an engine is run for one language: its command and the options it reads.

MkDocs and ProperDocs read the same mkdocs.yml; the render step gives each language's
process its settings through the environment, which mkdocs.yml reads with `!ENV` — public
configuration only: the staged tree (`docs_dir`), the language's own address (`site_url`)
and the one language to build (mkdocs-static-i18n's `build_only_locale`).
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from kazutb_transparency.core.languages import DEFAULT_LANGUAGE, LANGUAGES

RENDER_MANIFEST = "KAZUTB_RENDER"  # the stage's render.json: tells the adapter it renders


@dataclass(frozen=True)
class Engine:
    name: str
    program: str  # the command installed beside the Python that runs the build

    def command(self) -> list[str]:
        found = Path(sys.executable).with_name(self.program)
        return [str(found)] if found.exists() else [sys.executable, "-m", self.program]

    def render_one(
        self, root: Path, stage_dir: Path, lang: str, out_dir: Path, site_url: str, manifest: Path
    ) -> tuple[list[str], dict[str, str]]:
        """The command and environment that render `lang` alone into `out_dir`."""
        base = site_url if site_url.endswith("/") else site_url + "/"
        env = {
            RENDER_MANIFEST: str(manifest),
            "KAZUTB_STAGE_DIR": str(
                language_view(stage_dir, lang, out_dir.parent / f"docs-{lang}")
            ),
            "KAZUTB_ONLY_LOCALE": lang,
            "KAZUTB_SITE_URL": base if lang == DEFAULT_LANGUAGE else f"{base}{lang}/",
            "NO_MKDOCS_2_WARNING": "1",
        }
        command = [*self.command(), "build", "-f", str(root / "mkdocs.yml")]
        return [*command, "-d", str(out_dir)], env

    def after_render(self, manifest: Path, lang: str, out_dir: Path) -> None:
        """The per-page work on `lang`'s written pages that the engine's events did not do
        (none for MkDocs and ProperDocs: their adapter, mkdocs_events.py, did it all)."""


def language_view(stage_dir: Path, lang: str, view: Path) -> Path:
    """A folder that shows the engine the staged tree without the other languages' folders
    (links to the rest). The engine lists every file of its docs_dir and the i18n plugin
    sorts each into its language on every build, even when it builds one: given one
    language's files, that work is a third (a dirty build of the large site 0.14 s, not
    0.24 s). The pages, their language links included, are the same (tests/test_stages.py)."""
    if view.is_symlink() or view.is_file():
        view.unlink()
    elif view.exists():
        shutil.rmtree(view)
    view.mkdir(parents=True)
    for entry in stage_dir.iterdir():
        if entry.name == lang or entry.name not in LANGUAGES:
            (view / entry.name).symlink_to(entry.resolve(), target_is_directory=entry.is_dir())
    return view


_SITE_URL = re.compile(r"""^site_url:.*?(https?://[^"'\s\]]+)""", re.M)


def configured_site_url(root: Path) -> str:
    """The site's address as mkdocs.yml gives it (KAZUTB_SITE_URL overrides it there)."""
    found = _SITE_URL.search((root / "mkdocs.yml").read_text(encoding="utf-8"))
    url = os.environ.get("KAZUTB_SITE_URL") or (found.group(1) if found else "/")
    return url if url.endswith("/") else url + "/"
