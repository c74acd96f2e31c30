"""No English in the Kazakh or Russian editor: every key of Decap CMS's English locale has a
Kazakh phrase in locale-kk.js and a Russian one in Decap's Russian locale with locale-ru.js
over it (Decap merges a locale over English, so a key left out shows in English), and no
phrase is the English one again.

The English and Russian locales are read from the source map of the Decap bundle the page
loads (node_modules/decap-cms/dist): the phrases that run, not another package's copy. One
test (marked `browser`) walks the editor in Kazakh and in Russian and finds no English word
on screen but names, file names, the config's own labels and what Decap hard-codes."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

import pytest
from buildtools import REPO
from playwright.sync_api import expect

from kazutb_transparency.editor.server import STATIC, vendor_files

# A phrase may equal the English one when it holds no word: placeholders and signs only.
PLACEHOLDER = re.compile(r"%\{\w+\}")
# Keys whose phrase is a name in every language.
SAME_AS_ENGLISH = frozenset({"editor.editorWidgets.markdown.markdown"})
# Latin words a Kazakh or Russian phrase may hold: names of services and files, a key.
LATIN_NAMES = (
    "Netlify Identity", "Identity service", "Git Gateway", "git-gateway", "Identity",
    "GitHub", "GitLab", "Gitea", "Forgejo", "Bitbucket", "Azure", "Markdown", "config.yml",
    "Ctrl+Enter",
)  # fmt: skip
# dayjs format strings (letters are its codes, not words).
FORMAT_KEYS = frozenset({"workflow.workflow.dateFormat"})


# --- a JavaScript object literal (what the locale files are) ----------------------------


class _Literal:
    """Reads an object literal of string values: keys bare or quoted, strings in ', " or `
    (no ${} in them), + between strings, comments, trailing commas."""

    KEY = re.compile(r"[A-Za-z_$][\w$]*")
    ESCAPES: ClassVar[dict[str, str]] = {
        "n": "\n", "t": "\t", "r": "\r", "0": "\0", "b": "\b", "f": "\f", "v": "\v"
    }  # fmt: skip

    def __init__(self, text: str) -> None:
        self.text = text

    def skip(self, i: int) -> int:
        text = self.text
        while i < len(text):
            if text[i].isspace():
                i += 1
            elif text.startswith("//", i):
                end = text.find("\n", i)
                i = len(text) if end < 0 else end + 1
            elif text.startswith("/*", i):
                i = text.index("*/", i) + 2
            else:
                break
        return i

    def string(self, i: int) -> tuple[str, int]:
        text, quote, out = self.text, self.text[i], []
        i += 1
        while text[i] != quote:
            if quote == "`" and text.startswith("${", i):
                raise ValueError(f"a template with a substitution at {i}")
            if text[i] == "\\":
                escaped = text[i + 1]
                if escaped == "u":
                    out.append(chr(int(text[i + 2 : i + 6], 16)))
                    i += 6
                    continue
                if escaped != "\n":
                    out.append(self.ESCAPES.get(escaped, escaped))
                i += 2
                continue
            out.append(text[i])
            i += 1
        return "".join(out), i + 1

    def value(self, i: int) -> tuple[Any, int]:
        i = self.skip(i)
        if self.text[i] == "{":
            return self.object(i)
        if self.text[i] not in "'\"`":
            raise ValueError(f"not a string or an object at {i}: {self.text[i : i + 40]!r}")
        value, i = self.string(i)
        after = self.skip(i)
        while self.text[after] == "+":
            more, i = self.string(self.skip(after + 1))
            value += more
            after = self.skip(i)
        return value, i

    def object(self, i: int) -> tuple[dict[str, Any], int]:
        out: dict[str, Any] = {}
        i += 1
        while True:
            i = self.skip(i)
            if self.text[i] == "}":
                return out, i + 1
            if self.text[i] in "'\"":
                key, i = self.string(i)
            else:
                match = self.KEY.match(self.text, i)
                if not match:
                    raise ValueError(f"not a key at {i}: {self.text[i : i + 40]!r}")
                key, i = match.group(), match.end()
            i = self.skip(i)
            if self.text[i] != ":":
                raise ValueError(f"no ':' after '{key}' at {i}")
            out[key], i = self.value(i + 1)
            i = self.skip(i)
            if self.text[i] == ",":
                i += 1


def object_after(text: str, marker: str) -> dict[str, Any]:
    """The object literal that follows `marker` in `text`."""
    at = text.index(marker) + len(marker)
    start = text.index("{", at)
    return _Literal(text).object(start)[0]


def flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in tree.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, path + "."))
        else:
            out[path] = value
    return out


def merged(into: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """`over` deep-merged over a copy of `into` (editor.js's merge)."""
    out = dict(into)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merged(out[key], value)
        else:
            out[key] = value
    return out


# --- the locales -----------------------------------------------------------------------


def needs_npm() -> None:
    """As tests/editor/conftest.py's: Decap comes from node_modules (npm ci)."""
    missing = [str(p) for p in vendor_files(REPO).values() if not p.exists()]
    if missing:
        pytest.skip(f"{', '.join(missing)} missing: run `make browser-deps` (npm ci)")


@cache
def decap_sources() -> dict[str, str]:
    """Decap's locale sources inside its bundle's source map: {language: source text}."""
    source_map = vendor_files(REPO)["decap"] / "decap-cms.js.map"
    found = json.loads(source_map.read_text("utf-8"))
    pattern = re.compile(r"decap-cms-locales/(?:dist/esm|src)/(\w+)/index\.js$")
    out = {}
    for name, text in zip(found["sources"], found.get("sourcesContent") or [], strict=False):
        match = pattern.search(name)
        if match and text:
            out[match.group(1)] = text
    return out


def decap_locale(lang: str) -> dict[str, str]:
    needs_npm()
    sources = decap_sources()
    assert lang in sources, f"no {lang} locale in the source map of decap-cms.js"
    return flatten(object_after(sources[lang], f"const {lang} ="))


def our_locale(lang: str) -> dict[str, Any]:
    text = (STATIC / f"locale-{lang}.js").read_text("utf-8")
    return object_after(text, f"window.KAZUTB_LOCALE_{lang.upper()} =")


def interface(lang: str) -> dict[str, str]:
    """The phrases the editor shows in `lang`, English left out."""
    if lang == "kk":
        return flatten(our_locale("kk"))
    needs_npm()
    sources = decap_sources()
    builtin = object_after(sources["ru"], "const ru =")
    return flatten(merged(builtin, our_locale("ru")))


def words(phrase: str) -> str:
    return re.sub(r"[^\w]|\d|_", "", PLACEHOLDER.sub("", phrase))


# --- the tests -------------------------------------------------------------------------


def test_the_reader_reads_decap_english_locale() -> None:
    english = decap_locale("en")
    assert len(english) > 200
    assert english["editor.editorToolbar.deployPreviewPendingButtonLabel"] == "Check for Preview"
    assert english["mediaLibrary.mediaLibraryModal.mediaAssets"] == "Media assets"
    assert english["collection.collectionTop.newButton"] == "＋ %{collectionLabel}"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_key_of_decap_english_locale_has_a_phrase(lang: str) -> None:
    english = decap_locale("en")
    phrases = interface(lang)
    missing = sorted(set(english) - set(phrases))
    assert not missing, f"{lang}: no phrase for {missing}"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_our_locale_holds_only_keys_decap_knows(lang: str) -> None:
    """A key Decap does not have is a typo or a key of an older Decap: shown nowhere."""
    english = decap_locale("en")
    ours = flatten(our_locale(lang))
    unknown = sorted(set(ours) - set(english))
    assert not unknown, f"locale-{lang}.js: keys Decap does not use: {unknown}"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_phrase_is_the_english_one(lang: str) -> None:
    english = decap_locale("en")
    phrases = interface(lang)
    same = sorted(
        key
        for key, phrase in phrases.items()
        if english.get(key) == phrase and words(phrase) and key not in SAME_AS_ENGLISH
    )
    assert not same, f"{lang}: still English: {[(k, english[k]) for k in same]}"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_phrase_holds_an_english_word(lang: str) -> None:
    """Latin letters only in names (GitHub, config.yml…): "URL", "kB", "CMS" are not."""
    phrases = interface(lang)
    latin = {}
    for key, phrase in phrases.items():
        if key in FORMAT_KEYS or key in SAME_AS_ENGLISH:
            continue
        text = PLACEHOLDER.sub("", phrase)
        for name in LATIN_NAMES:
            text = text.replace(name, "")
        found = re.findall(r"[A-Za-z][A-Za-z\d]+", text)  # i18n is a word too
        if found:
            latin[key] = phrase
    assert not latin, f"{lang}: Latin words in {latin}"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_placeholders_are_decap_own(lang: str) -> None:
    """A phrase may leave a placeholder out, never name one Decap does not fill (it would
    show as %{name}); a plural phrase (||||) only where the English one is plural."""
    english = decap_locale("en")
    wrong = {}
    for key, phrase in flatten(our_locale(lang)).items():
        if key not in english:
            continue
        extra = set(PLACEHOLDER.findall(phrase)) - set(PLACEHOLDER.findall(english[key]))
        if extra or ("||||" in phrase and "||||" not in english[key]):
            wrong[key] = phrase
    assert not wrong, f"locale-{lang}.js: {wrong}"


def test_the_page_loads_the_locales_between_decap_and_editor_js() -> None:
    page = (STATIC / "index.html").read_text("utf-8")
    scripts = re.findall(r'<script src="([^"]+)"', page)
    order = [scripts.index(s) for s in ("decap/decap-cms.js", "locale-kk.js", "locale-ru.js")]
    assert order == sorted(order) and scripts.index("editor.js") > max(order), scripts
    assert all((STATIC / s).is_file() for s in ("locale-kk.js", "locale-ru.js"))


# --- in the browser ----------------------------------------------------------------------

# What Decap's bundle writes in English whatever the language, no locale key for it: the
# time zone of a datetime field ("UTC"), the label react-select gives the button that takes
# a chosen option out of a multiple select ("Remove kk"), read by a screen reader only.
HARD_CODED = frozenset({"UTC"})
HARD_CODED_LABEL = re.compile(r"Remove .+")  # react-select's label of a chosen value
# Config keys whose values the form shows: our own words (labels, hints, select options,
# which may be data values such as `public-source`), checked by the config's own tests.
SHOWN_CONFIG_KEYS = frozenset({"label", "label_singular", "hint", "description", "options"})
FILE_NAME = re.compile(r"[\w.-]+\.(?:pdf|docx?|xlsx?|csv|ya?ml|jpe?g|png|zip)\b", re.I)
LATIN = re.compile(r"[A-Za-z]{3,}")

VISIBLE_TEXT = """() => {
  const out = [];
  // Our language links; the values of a form (a textarea's text, a list item's summary);
  // the desk's data values (a file's path, a record's id).
  const ours = '#kazutb-languages, textarea, [class*="NestedObjectLabel"], .kazutb-data';
  const shown = (el) => el && el.checkVisibility && el.checkVisibility() && !el.closest(ours);
  // The element as Decap's styles name it (css-1x2y3z-ListCardTitle): for the report.
  const where = (el) => el.tagName.toLowerCase() + ' ' + String(el.className).split(' ')[0];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue.trim();
    if (text && shown(node.parentElement)) out.push([text, where(node.parentElement)]);
  }
  document.body.querySelectorAll('[aria-label],[title],[placeholder],[alt]').forEach((el) => {
    if (!shown(el)) return;
    ['aria-label', 'title', 'placeholder', 'alt'].forEach((name) => {
      if (el.getAttribute(name)) out.push([el.getAttribute(name), where(el) + ' @' + name]);
    });
  });
  return out;
}"""


def _config_words(lang: str) -> set[str]:
    """The Latin words of the labels, hints and options of the editor's config in `lang`."""
    import yaml

    from kazutb_transparency.editor.config import config_yaml

    found: set[str] = set()

    def walk(node: Any, shown: bool) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, shown or key in SHOWN_CONFIG_KEYS)
        elif isinstance(node, list):
            for value in node:
                walk(value, shown)
        elif shown and isinstance(node, str):
            found.update(LATIN.findall(node))

    walk(yaml.safe_load(config_yaml(lang)), False)
    return found


class _English:
    """The English a page shows, config and data words left out."""

    def __init__(self, page, allowed: set[str]) -> None:
        self.page, self.allowed = page, allowed
        self.found: dict[str, str] = {}
        page.on("dialog", self.dialog)

    def dialog(self, dialog) -> None:
        self.check([(dialog.message, "dialog")], "a dialog")
        dialog.accept()

    def check(self, texts: list[tuple[str, str]], where: str) -> None:
        for text, element in texts:
            if HARD_CODED_LABEL.fullmatch(text):
                continue
            bare = FILE_NAME.sub("", PLACEHOLDER.sub("", text))
            english = [w for w in LATIN.findall(bare) if w not in self.allowed]
            if english:
                self.found.setdefault(text, f"{where}: {element}")

    def look(self, where: str) -> None:
        self.page.wait_for_timeout(300)
        self.check(self.page.evaluate(VISIBLE_TEXT), where)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_editor_shows_no_english(open_editor, editor, work_copy: Path, lang: str) -> None:
    """The collections, a collection as a list and as cards, an entry and its publish menu,
    a new entry, a file field, the media library with a file chosen, the menus: no English
    word but names, file names and the config's own labels and options."""
    if lang == "ru" and "KAZUTB_LOCALE_RU" not in (STATIC / "editor.js").read_text("utf-8"):
        pytest.skip("editor.js's registerLocales does not merge window.KAZUTB_LOCALE_RU yet")
    phrases = {**decap_locale("en"), **interface(lang)}  # what Decap shows, English or not
    media = {p.name for p in (work_copy / "data" / "documents").iterdir()}
    allowed = _config_words(lang) | set(HARD_CODED) | {w for n in media for w in LATIN.findall(n)}
    page = open_editor(lang)
    seen = _English(page, allowed)
    base = f"{editor.url}?lang={lang}"
    # The desk's first screen: the office's list, then closed to reach the collections.
    page.locator("#kazutb-desk li").first.wait_for(timeout=60_000)
    seen.look("the office's list")
    page.locator("#kazutb-desk .kazutb-close").click()

    def go(route: str, ready: str) -> None:
        # Through a collection's list: an entry opened from another entry by its address
        # alone shows the first one's state (Decap keeps its editor mounted).
        page.goto(f"{base}#/collections/university")
        page.wait_for_selector("a[href*='/collections/university/entries/']:not(#kazutb-desk a)")
        page.goto(f"{base}#/{route}")
        page.wait_for_selector(ready)

    def menu(name: str | re.Pattern[str], where: str) -> None:
        page.get_by_role("button", name=name).first.click()
        seen.look(where)
        page.keyboard.press("Escape")
        page.mouse.click(5, 500)

    seen.look("the collections")
    menu(phrases["app.header.quickAdd"], "the quick-add menu")
    page.get_by_label(phrases["ui.settingsDropdown.account"]).first.click()
    seen.look("the account menu")
    page.mouse.click(5, 500)

    go("collections/programmes", "a[href*='/collections/programmes/entries/']:not(#kazutb-desk a)")
    seen.look("a collection (list)")
    page.get_by_label(phrases["collection.collectionTop.viewAsGrid"]).click()
    seen.look("a collection (cards)")
    page.get_by_label(phrases["collection.collectionTop.viewAsList"]).click()
    page.locator("a[href*='/collections/programmes/entries/']:not(#kazutb-desk a)").first.click()
    page.wait_for_selector("[id^='code-field-']")
    seen.look("an entry")
    toolbar = (phrases["editor.editorToolbar.publish"], phrases["editor.editorToolbar.published"])
    menu(re.compile("^(?:{})$".format("|".join(map(re.escape, toolbar)))), "the publish menu")

    go("collections/accreditation/entries/documents", "[class*='StyledListItemTopBar']")
    page.locator("[class*='StyledListItemTopBar']").first.locator("button").first.click()
    page.wait_for_selector("text=" + phrases["editor.editorWidgets.file.chooseDifferent"])
    seen.look("a file field")

    go("collections/university", "a[href*='/collections/university/entries/']:not(#kazutb-desk a)")
    page.get_by_text(phrases["app.header.media"], exact=True).first.click()
    page.wait_for_selector("text=" + phrases["mediaLibrary.mediaLibraryModal.mediaAssets"])
    seen.look("the media library")
    page.get_by_text(min(media), exact=True).first.click()
    copies = [phrases[f"mediaLibrary.mediaLibraryCard.{k}"] for k in ("copyPath", "copyName")]
    copy = re.compile("^(?:{})$".format("|".join(map(re.escape, copies))))
    expect(page.get_by_role("button", name=copy).first).to_be_visible()
    seen.look("the media library, a file chosen")

    # Last: a new entry is a draft Decap asks about (onLeavePage) when the page is left.
    go("collections/programmes/new", "[id^='code-field-']")
    seen.look("a new entry")

    report = "\n".join(f"  {text!r} ({where})" for text, where in seen.found.items())
    assert not seen.found, f"English in the {lang} editor:\n{report}"
