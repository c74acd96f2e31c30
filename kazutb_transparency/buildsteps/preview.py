"""The live preview (`make serve`) shows a refused edit in the browser, not only in the
terminal: the last good preview stays, each page with a banner listing the problems.

After every good preview build its staged Markdown is kept in .cache/preview/; when the
data are refused, a copy of it gets the banner and MkDocs builds that instead.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.markdown import esc

LAST_GOOD = Path(".cache") / "preview" / "last-good"
_TITLE = {
    "kk": "Өзгеріс қабылданбады: деректерде қате бар",
    "ru": "Изменение не принято: в данных есть ошибки",
    "en": "The change was refused: the data have errors",
}
_NOTE = {
    "kk": "Төмендегі бет соңғы дұрыс нұсқасы. Қатені түзетіп, файлды сақтаңыз.",
    "ru": "Ниже — последняя верная версия страницы. Исправьте ошибку и сохраните файл.",
    "en": "Below is the last good version of the page. Fix the problem and save the file.",
}
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def keep_last_good(root: Path, stage_dir: Path) -> None:
    """Keep a good build's staged pages for the next refused one."""
    target = root / LAST_GOOD
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(stage_dir, target)


def banner(problems: list[Problem], lang: str) -> str:
    items = "\n".join(f"    - {esc(str(p))}" for p in problems[:50])
    more = f"\n    - … {len(problems) - 50} more" if len(problems) > 50 else ""
    return f'!!! danger "{_TITLE[lang]}"\n\n    {_NOTE[lang]}\n\n{items}{more}\n\n'


def refusal_stage(root: Path, docs_dir: Path, problems: list[Problem]) -> Path:
    """A staging folder: the last good pages (or the hand-written ones), each with the banner."""
    source = root / LAST_GOOD
    if not source.is_dir():
        source = docs_dir
    (root / ".cache").mkdir(exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix="refused-", dir=root / ".cache"))
    shutil.copytree(source, stage, dirs_exist_ok=True)
    for page in stage.rglob("*.md"):
        lang = page.relative_to(stage).parts[0]
        text = page.read_text(encoding="utf-8")
        head = _FRONT_MATTER.match(text)
        cut = head.end() if head else 0
        note = banner(problems, lang if lang in _TITLE else "kk")
        page.write_text(text[:cut] + note + text[cut:], encoding="utf-8")
    return stage
