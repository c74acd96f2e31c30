"""The files beside the pages: every file of docs/ that is not a Markdown page passes a gate
for its type before the engine publishes it as it is.

Markdown pages are rendered and their HTML sanitised (core/sanitise.py); a file beside them
is copied to the site byte for byte, on the site's own origin. So an HTML page, a script, an
SVG with a handler or a stylesheet that loads from another host would run as the site. What
is published from docs/:

- `.md`: the pages, checked elsewhere (front matter, raw HTML);
- `.css`: stylesheets without `@import` or `url()` from another host or scheme, and without
  `expression()`, `behavior:` or `-moz-binding` (escapes and comments are undone first:
  `@im/**/port` and `\\69 mport` are `@import`);
- `.js`, `.mjs`: only the scripts the site's configuration loads (mkdocs.yml
  `extra_javascript`, or a `<script src>` of its theme templates), reviewed as code;
- `.svg`: images without scripts, handlers, foreign objects, frames, `javascript:` or `data:`
  links, references to other hosts, `<use>` of another file, processing instructions or a
  DOCTYPE (parsed by expat, with no entity ever expanded);
- `.png .jpg .jpeg .gif .webp .ico` images and `.woff .woff2` fonts whose bytes are what
  their names say;

and nothing else: HTML pages are refused with what to write instead, and any other type
(`.txt`, `.json`, `.tar.gz`, a file without a suffix) by its name.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from xml.parsers import expat

import yaml

from kazutb_transparency.core.activecontent import shown_name
from kazutb_transparency.core.boundary import repository_of
from kazutb_transparency.core.datafiles import display_path
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.filecheck import _looks_like
from kazutb_transparency.core.languages import LANGUAGES

__all__ = [
    "css_problems",
    "file_type",
    "published_scripts",
    "shown_name",
    "side_file_problem",
    "side_file_problems",
    "svg_problems",
]

MARKDOWN = ".md"
# What the engines render as pages besides .md (MkDocs' markdown_extensions): a page under
# one of these names would skip the checks of hand-written pages.
_OTHER_MARKDOWN = frozenset(
    {".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mdtxt", ".mdtext", ".md"}
)
_HTML = frozenset(
    {".html", ".htm", ".xhtml", ".xht", ".shtml", ".shtm", ".phtml", ".mhtml", ".mht", ".hta"}
)
_SCRIPTS = frozenset({".js", ".mjs", ".cjs"})
IMAGES: dict[str, tuple[bytes, ...]] = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".webp": (b"RIFF",),  # and WEBP at byte 8, below
    ".ico": (b"\x00\x00\x01\x00",),
}
FONTS: dict[str, tuple[bytes, ...]] = {".woff": (b"wOFF",), ".woff2": (b"wOF2",)}
# A suffix that only says how the file is packed: the type is the two suffixes together.
_PACKING = frozenset({".gz", ".bz2", ".xz", ".zst", ".br", ".z", ".lz", ".lzma", ".zip", ".7z"})
_MAX_PER_FILE = 10  # problems reported for one file

_HTML_HINT = (
    "write the page as Markdown (.md) beside the others: the build renders it in the site's "
    "layout and checks its HTML"
)
_SCRIPT_HINT = (
    "a script runs as the site: it is added to the site's own scripts (mkdocs.yml "
    "extra_javascript) by a reviewed code change, not placed in docs/; remove it"
)
_TYPE_HINT = (
    "publish a document through data/documents/ (listed in the data), an image as .png, .jpg "
    "or .svg; otherwise remove the file"
)
_CSS_HINT = (
    "keep styles within the site: copy the image or font into docs/ and refer to it by a "
    "relative url(), and remove scripted CSS (expression, behavior, -moz-binding)"
)
_SVG_HINT = (
    "export the drawing again as a plain SVG (no scripts, links or embedded objects; e.g. "
    "Inkscape → Save As → Optimized SVG), or publish it as a PNG"
)


@dataclass(frozen=True)
class _Finding:
    """One thing refused in a file's text: what, and at which line."""

    message: str
    line: int | None = None


def file_type(name: str) -> str:
    """A file's type as its name says it, lower-cased: `.svg`; `x.tar.gz` is `.tar.gz`; ''
    for a name without a suffix (`Makefile`, `.htaccess`)."""
    suffixes = PurePosixPath(name).suffixes
    if not suffixes:
        return ""
    last = suffixes[-1].lower()
    if last in _PACKING and len(suffixes) > 1:
        return suffixes[-2].lower() + last
    return last


def side_file_problems(docs_dir: Path, root: Path | None = None) -> list[Problem]:
    """Every file of `docs_dir` other than its Markdown pages that is refused, each with
    what to do. `root`: the project (where mkdocs.yml is), for the scripts it loads; by
    default the repository `docs_dir` is in."""
    if not docs_dir.is_dir():
        return []
    scripts = published_scripts(_config_of(docs_dir, root))
    problems: list[Problem] = []
    for path in sorted(_files(docs_dir)):
        relative = path.relative_to(docs_dir).as_posix()
        problems.extend(side_file_problem(path, relative, scripts))
    return problems


def _config_of(docs_dir: Path, root: Path | None) -> Path | None:
    for folder in (root, repository_of(docs_dir)):
        if folder is not None and (folder / "mkdocs.yml").is_file():
            return folder / "mkdocs.yml"
    return None


def _files(tree: Path) -> Iterator[Path]:
    """The files under `tree`, links not followed (the input boundary refuses those)."""
    for folder, _dirs, files in os.walk(tree, followlinks=False):
        for name in files:
            yield Path(folder) / name


def side_file_problem(path: Path, relative: str, scripts: frozenset[str]) -> list[Problem]:
    """Why the file at `path` (`relative` to docs/) is not published, or []."""
    name = shown_name(display_path(path))
    kind = file_type(path.name)
    if path.suffix == MARKDOWN:  # exactly .md: the engines read no other name as a page
        return []
    if kind in _OTHER_MARKDOWN:
        return [
            Problem(
                name,
                f"pages are published only from files named .md (this one is {kind}, "
                "which the page checks would not read)",
                hint=f"rename it to {shown_name(PurePosixPath(path.name).stem)}.md",
            )
        ]
    if kind in _HTML:
        return [Problem(name, "HTML pages are published only as Markdown sources", hint=_HTML_HINT)]
    if kind in _SCRIPTS:
        if _is_loaded(relative, scripts):
            return []
        return [
            Problem(
                name,
                "scripts are not published from docs/: the site's configuration does not "
                "load this one",
                hint=_SCRIPT_HINT,
            )
        ]
    if kind == ".css":
        text, refused = _text(path, name)
        if refused is not None:
            return [refused]
        return [
            Problem(name, finding.message, line=finding.line, hint=_CSS_HINT)
            for finding in css_problems(text)[:_MAX_PER_FILE]
        ]
    if kind == ".svg":
        return [
            Problem(name, finding.message, line=finding.line, hint=_SVG_HINT)
            for finding in svg_problems(path.read_bytes())[:_MAX_PER_FILE]
        ]
    if kind in IMAGES or kind in FONTS:
        wrong = _binary_problem(path, kind)
        return [] if wrong is None else [wrong]
    if not kind:
        message = "files without a type (no suffix in the name) are not published from docs/"
    else:
        message = f"files of type {shown_name(kind)} are not published from docs/"
    return [Problem(name, message, hint=_TYPE_HINT)]


def _text(path: Path, name: str) -> tuple[str, Problem | None]:
    try:
        return path.read_bytes().decode("utf-8"), None
    except UnicodeDecodeError:
        return "", Problem(
            name,
            "the stylesheet is not UTF-8 text",
            hint="save it again as UTF-8 (in the editor's Save As, choose the encoding UTF-8)",
        )


def _binary_problem(path: Path, kind: str) -> Problem | None:
    """An image or a font whose bytes are not what its name says."""
    name = shown_name(display_path(path))
    with path.open("rb") as handle:
        head = handle.read(16)
    signatures = IMAGES.get(kind) or FONTS[kind]
    matches = head.startswith(signatures) and (kind != ".webp" or head[8:12] == b"WEBP")
    what = "font" if kind in FONTS else "image"
    if not matches:
        found = "empty" if not head else _looks_like(head)
        return Problem(
            name,
            f"not a {kind[1:].upper()} {what}: its content is {found}",
            hint=f"save the {what} again as {kind[1:].upper()}, or remove the file",
        )
    if kind in IMAGES:
        from PIL import Image

        try:
            with Image.open(path) as image:
                image.verify()
        except Exception as exc:  # whatever Pillow finds broken (or a decompression bomb)
            return Problem(
                name,
                f"the {kind[1:].upper()} image cannot be read ({exc.__class__.__name__})",
                hint="save the image again from an image editor",
            )
    return None


# --- scripts the configuration loads ------------------------------------------------------


class _Tolerant(yaml.SafeLoader):
    """mkdocs.yml as data: its `!ENV` and Python tags read as nothing."""


_Tolerant.add_multi_constructor("!", lambda loader, suffix, node: None)
_Tolerant.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_TEMPLATE_SCRIPT = re.compile(
    r"""<script\b[^>]*\bsrc\s*=\s*["']\{\{\s*["']([^"'{}]+)["']\s*\|\s*url\s*\}\}["']""", re.I
)


def published_scripts(config: Path | None) -> frozenset[str]:
    """The scripts (paths in a language's docs folder, as `assets/x.js`) that the site loads:
    mkdocs.yml's `extra_javascript`, and each `<script src="{{ 'x.js' | url }}">` of the
    templates in its theme's `custom_dir`."""
    if config is None:
        return frozenset()
    try:
        settings = yaml.load(config.read_text(encoding="utf-8"), Loader=_Tolerant) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return frozenset()
    found: set[str] = set()
    for item in settings.get("extra_javascript") or []:
        listed = item.get("path") if isinstance(item, dict) else item
        if isinstance(listed, str):
            found.add(listed.lstrip("/"))
    theme = settings.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    if isinstance(custom, str) and (config.parent / custom).is_dir():
        for template in sorted((config.parent / custom).rglob("*.html")):
            try:
                text = template.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            found.update(match.lstrip("/") for match in _TEMPLATE_SCRIPT.findall(text))
    return frozenset(found)


def _is_loaded(relative: str, scripts: frozenset[str]) -> bool:
    """Whether the file (relative to docs/) is one of `scripts`: at the root of docs/, or of
    one language's folder (docs/kk/assets/x.js is the site's assets/x.js)."""
    if relative in scripts:
        return True
    language, _, rest = relative.partition("/")
    return language in LANGUAGES and rest in scripts


# --- CSS ------------------------------------------------------------------------------------

_HEX = re.compile(r"[0-9a-fA-F]{1,6}")
_SAFE_DATA = (
    "data:image/",
    "data:font/",
    "data:application/font-woff",
    "data:application/x-font-woff",
)


def _css_normalised(text: str) -> tuple[str, list[int]]:
    """CSS as a browser tokenises it: comments removed (outside strings), escapes undone
    (`\\69 mport` is `import`, `\\@` is `@`, an escaped line end joins a string's lines);
    and the line each character came from."""
    out: list[str] = []
    lines: list[int] = []
    line = 1
    quote: str | None = None
    index, end = 0, len(text)
    while index < end:
        char = text[index]
        if quote is None and text.startswith("/*", index):
            close = text.find("*/", index + 2)
            close = end if close < 0 else close + 2
            line += text.count("\n", index, close)
            index = close
            continue
        if char == "\\":
            following = text[index + 1 : index + 2]
            if following in ("\n", "\r", "\f"):  # an escaped line end: nothing (in a string)
                step = 3 if text.startswith("\r\n", index + 1) else 2
                line += 1
                index += step
                continue
            hexa = _HEX.match(text, index + 1)
            if hexa:
                code = int(hexa[0], 16)
                valid = 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF
                out.append(chr(code) if valid else "\ufffd")
                lines.append(line)
                index = hexa.end()
                if text.startswith("\r\n", index):
                    index += 2
                    line += 1
                elif index < end and text[index] in " \t\n\f":
                    line += text[index] == "\n"
                    index += 1
                continue
            if not following:
                index += 1
                continue
            out.append(following)
            lines.append(line)
            index += 2
            continue
        if quote is None and char in "\"'":
            quote = char
        elif quote is not None and (char == quote or char == "\n"):
            quote = None  # a string ends at its quote, or (unclosed) at the line's end
        out.append(char)
        lines.append(line)
        line += char == "\n"
        index += 1
    return "".join(out), lines


_IMPORT = re.compile(r"@import\b\s*", re.I)
_URL = re.compile(r"(?<![\w-])url\(\s*", re.I)
_STRING_URLS = re.compile(r"(?<![\w-])(?:-webkit-image-set|image-set|src|image)\(", re.I)
_STRING = re.compile(r"""("|')(.*?)(?:\1|\n|$)""", re.S)
_SCRIPTED = (
    (
        re.compile(r"(?<![\w-])expression\s*\(", re.I),
        "expression(), which runs script (old Internet Explorer)",
    ),
    (
        re.compile(r"(?<![\w-])behaviou?r\s*:", re.I),
        "behavior:, which loads a script (old Internet Explorer)",
    ),
    (re.compile(r"-moz-binding", re.I), "-moz-binding, which loads a script (old Firefox)"),
    (re.compile(r"javascript\s*:", re.I), "a javascript: address"),
    (re.compile(r"vbscript\s*:", re.I), "a vbscript: address"),
)


def css_problems(text: str, first_line: int = 1) -> list[_Finding]:
    """What the stylesheet `text` loads from elsewhere or runs, each at its line (counted
    from `first_line`); an address is reported once, by the rule or function it is in."""
    css, lines = _css_normalised(text)

    def at(index: int) -> int:
        return (lines[min(index, len(lines) - 1)] if lines else 1) + first_line - 1

    found: list[_Finding] = []
    told: list[tuple[int, int]] = []  # the spans of the addresses already reported

    def report(message: str, start: int, end: int) -> None:
        if not any(start < until and end > since for since, until in told):
            found.append(_Finding(message, at(start)))
            told.append((start, end))

    for match in _IMPORT.finditer(css):
        target, end = _css_target(css, match.end())
        if target is None:
            report("@import of something that is not a file name", match.start(), match.end())
        elif (wrong := url_problem(target)) is not None:
            report(f"@import {wrong}", match.start(), end)
    for match in _URL.finditer(css):
        target, end = _css_target(css, match.end(), bare=True)
        if target is not None and (wrong := url_problem(target)) is not None:
            report(f"url() {wrong}", match.start(), end)
    for match in _STRING_URLS.finditer(css):
        close = css.find(")", match.end())
        inside = css[match.end() : close if close >= 0 else len(css)]
        for string in _STRING.finditer(inside):
            if (wrong := url_problem(string[2])) is not None:
                since = match.end() + string.start()
                report(f"{match[0]}…) {wrong}", since, since + len(string[0]))
    for pattern, what in _SCRIPTED:
        for match in pattern.finditer(css):
            report(f"the stylesheet has {what}", match.start(), match.end())
    return sorted(set(found), key=lambda finding: (finding.line or 0, finding.message))


def _css_target(css: str, start: int, bare: bool = False) -> tuple[str | None, int]:
    """The address at `start`: a string, `url(…)` or (bare, inside `url(`) up to `)`."""
    if start < len(css) and css[start] in "\"'":
        string = _STRING.match(css, start)
        assert string is not None
        return string[2], string.end()
    if bare:
        close = css.find(")", start)
        close = len(css) if close < 0 else close
        return css[start:close].strip(), close
    url = _URL.match(css, start)
    if url:
        return _css_target(css, url.end(), bare=True)
    return None, start


def url_problem(address: str) -> str | None:
    """Why an address in a stylesheet or an SVG loads from elsewhere or runs, or None for an
    address within the site (relative, or an image or font written in a data: address)."""
    cleaned = re.sub(r"[\x00-\x20\x7f]+", "", address).lower()
    if cleaned.startswith(("//", "\\\\", "/\\", "\\/")):
        return f"loads from another host ({shown_name(address.strip()[:80])})"
    scheme = re.match(r"([a-z][a-z0-9+.\-]*):", cleaned)
    if scheme is None:
        return None
    if scheme[1] == "data":
        if cleaned.startswith(_SAFE_DATA):
            return None
        return f"uses a data: address that is not an image ({shown_name(cleaned[:40])}…)"
    if scheme[1] in ("javascript", "vbscript"):
        return f"uses a {scheme[1]}: address"
    return f"loads from another host or scheme ({shown_name(address.strip()[:80])})"


# --- SVG ------------------------------------------------------------------------------------

_SVG_FORBIDDEN = {
    "script": "a <script>",
    "foreignobject": "a <foreignObject> (HTML inside the image)",
    "iframe": "an <iframe>",
    "frame": "a <frame>",
    "embed": "an <embed>",
    "object": "an <object>",
    "applet": "an <applet>",
    "handler": "a <handler> (a script)",
    "listener": "a <listener> (an event handler)",
    "base": "a <base> (changes where links lead)",
    "meta": "a <meta>",
    "link": "a <link>",
}
_ANIMATIONS = frozenset({"animate", "set", "animatemotion", "animatetransform", "animatecolor"})


class _Stop(Exception):
    """Parsing stops: a DOCTYPE or an entity (nothing of it is expanded)."""


def svg_problems(data: bytes) -> list[_Finding]:
    """What the SVG image `data` runs or loads from elsewhere, each at its line; an SVG that
    cannot be parsed as plain XML is refused."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    found: list[_Finding] = []
    depth = 0
    style_from: list[tuple[int, list[str]]] = []  # <style> elements open: line, text

    def add(message: str) -> None:
        found.append(_Finding(f"the SVG has {message}", parser.CurrentLineNumber))

    def doctype(name: str, *_: object) -> None:
        found.append(
            _Finding(
                "the SVG has a <!DOCTYPE> (it may declare entities, which are not read)",
                parser.CurrentLineNumber,
            )
        )
        raise _Stop

    def entity(name: str, *_: object) -> None:
        found.append(
            _Finding(f"the SVG declares an entity ({shown_name(name)})", parser.CurrentLineNumber)
        )
        raise _Stop

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal depth
        local = tag.rpartition(" ")[2].lower()
        if depth == 0 and local != "svg":
            add(f"a root element <{shown_name(local)}>, not <svg>: it is not an SVG image")
        depth += 1
        if local in _SVG_FORBIDDEN:
            add(_SVG_FORBIDDEN[local])
        if local == "style":
            style_from.append((parser.CurrentLineNumber, []))
        for key, value in attributes.items():
            attribute = key.rpartition(" ")[2].lower()
            shown = shown_name(attribute)
            squeezed = re.sub(r"[\x00-\x20\x7f]+", "", value).lower()
            if attribute.startswith("on"):
                add(f"an event handler ({shown}=…)")
            elif attribute == "href":
                target = value.strip()
                if local == "use" and not target.startswith("#"):
                    add(f"a <use> of another file ({shown_name(target[:80])})")
                elif squeezed.startswith(("javascript:", "vbscript:")):
                    add(f"a {squeezed.split(':')[0]}: link")
                elif squeezed.startswith("data:"):
                    add(f"a data: link ({shown_name(squeezed[:40])}…)")
                elif (wrong := url_problem(target)) is not None:
                    add(f"a link that {wrong}")
            elif local in _ANIMATIONS and attribute == "attributename":
                if value.strip().rpartition(":")[2].lower() == "href":
                    add(f"an animation (<{local}>) that changes a link")
            elif attribute == "style" or "url(" in squeezed or "@import" in squeezed:
                for finding in css_problems(value, parser.CurrentLineNumber):
                    found.append(_Finding(f"the SVG's {shown}= {_css_part(finding)}", finding.line))
            elif "javascript:" in squeezed or "vbscript:" in squeezed:
                add(f"a script address in {shown}=")

    def end(tag: str) -> None:
        if tag.rpartition(" ")[2].lower() == "style" and style_from:
            line, parts = style_from.pop()
            for finding in css_problems("".join(parts), line):
                found.append(_Finding(f"the SVG's <style> {_css_part(finding)}", finding.line))

    def text(data: str) -> None:
        if style_from:
            style_from[-1][1].append(data)

    def instruction(target: str, data: str) -> None:
        add(f"a processing instruction <?{shown_name(target)} …?> (it may load a stylesheet)")

    def external(*_: object) -> int:
        add("an external entity")
        raise _Stop

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.ProcessingInstructionHandler = instruction
    parser.ExternalEntityRefHandler = external
    try:
        parser.Parse(data, True)
    except _Stop:
        pass
    except expat.ExpatError as exc:
        found.append(
            _Finding(f"the SVG is not well-formed XML ({expat.ErrorString(exc.code)})", exc.lineno)
        )
    except (ValueError, RecursionError) as exc:
        found.append(_Finding(f"the SVG cannot be read ({exc.__class__.__name__})"))
    if depth == 0 and not found:
        found.append(_Finding("the SVG has no elements"))
    return sorted(set(found), key=lambda finding: (finding.line or 0, finding.message))


def _css_part(finding: _Finding) -> str:
    """A stylesheet finding as part of an SVG's: without its own opening words."""
    return finding.message.removeprefix("the stylesheet has ")
