"""Zensical adapter: one language of the staged tree per `zensical build` process.

Zensical reads mkdocs.yml's format (its `!ENV` values and Python tags too) but runs no MkDocs
hooks or plugins, so mkdocs-static-i18n's work is done here: each language gets a
configuration of its own, written into the work folder beside the staged tree (Zensical
wants the pages inside the configuration's folder) — that language's pages, its site name,
copyright, description, theme language and navigation titles. What MkDocs' events do to
each page is done on the written pages after the process ends (buildsteps/pagework.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kazutb_transparency.buildsteps.crumbs import mkdocs_settings
from kazutb_transparency.buildsteps.pagework import finish_language
from kazutb_transparency.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from kazutb_transparency.engines.commands import Engine

# Placeholders of the language links that the template writes and pagework.py fills in for
# each page (MkDocs' adapter sets them per page before the template runs; Zensical cannot).
ALTERNATE_LINK = "kazutb-alternate-link-{}"
ALTERNATE_HREF = "kazutb-alternate-href-{}"


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class ZensicalEngine(Engine):
    def render_one(
        self, root: Path, stage_dir: Path, lang: str, out_dir: Path, site_url: str, manifest: Path
    ) -> tuple[list[str], dict[str, str]]:
        config = language_config(root, stage_dir, lang, out_dir, site_url)
        return [*self.command(), "build", "-f", str(config)], {}

    def after_render(self, manifest: Path, lang: str, out_dir: Path) -> None:
        finish_language(manifest, lang, out_dir, list(LANGUAGES))


def language_config(root: Path, stage_dir: Path, lang: str, out_dir: Path, site_url: str) -> Path:
    """Write `lang`'s configuration beside the staged tree; return its path."""
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    settings = mkdocs_settings(root / "mkdocs.yml")
    (i18n,) = [p["i18n"] for p in settings["plugins"] if isinstance(p, dict) and "i18n" in p]
    languages = {item["locale"]: item for item in i18n["languages"]}
    own = languages[lang]
    base = site_url if site_url.endswith("/") else site_url + "/"
    url = base if lang == DEFAULT_LANGUAGE else f"{base}{lang}/"
    folder = stage_dir.parent
    replaced = {
        "site_url": url,
        "docs_dir": (stage_dir / lang).relative_to(folder).as_posix(),
        "site_dir": str(out_dir),
        "site_name": own.get("site_name") or settings["site_name"],
        "site_description": own.get("site_description") or settings["site_description"],
        "copyright": own.get("copyright") or settings["copyright"],
    }
    for key, value in replaced.items():
        text = re.sub(rf"^{key}:.*$", lambda _, k=key, v=value: f"{k}: {_quoted(v)}", text,
                      count=1, flags=re.MULTILINE)  # fmt: skip
    language = (own.get("theme") or {}).get("language", lang)
    text = re.sub(r"^(  language:) \w+$", rf"\1 {language}", text, count=1, flags=re.MULTILINE)
    # Material's look, which the site's styles are written for (Zensical's default is "modern").
    text = text.replace("\n  name: material\n", "\n  name: material\n  variant: classic\n", 1)
    text = re.sub(r"^(\s+custom_dir: )overrides$", rf"\g<1>{root / 'overrides'}", text,
                  flags=re.MULTILINE)  # fmt: skip
    text = text.replace('language_alone: !ENV [KAZUTB_ONLY_LOCALE, ""]', f"language_alone: {lang}")
    text = text.replace("  generator: false\n", "  generator: false\n" + _alternates(languages))
    for section in ("hooks", "plugins", "watch"):  # MkDocs' own: hooks, i18n, serve's watch
        text = re.sub(rf"^{section}:\n(?:(?:  .*)?\n)+", "", text, flags=re.MULTILINE)
    translations = own.get("nav_translations") or {}
    nav_start = text.index("\nnav:\n")
    nav = re.sub(
        r"^(\s*- )([^:\n]+)(:)",
        lambda m: m.group(1) + translations.get(m.group(2), m.group(2)) + m.group(3),
        text[nav_start:],
        flags=re.MULTILINE,
    )
    config = folder / f"zensical-{lang}.yml"
    config.write_text(text[:nav_start] + nav, encoding="utf-8")
    return config


def _alternates(languages: dict[str, dict]) -> str:
    lines = ["  alternate:"]
    for locale, item in languages.items():
        lines += [
            f"    - name: {_quoted(item['name'])}",
            f"      lang: {locale}",
            f"      link: {ALTERNATE_LINK.format(locale)}",
            f"      href: {ALTERNATE_HREF.format(locale)}",
        ]
    return "\n".join(lines) + "\n"
