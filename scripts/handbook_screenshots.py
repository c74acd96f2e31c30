#!/usr/bin/env python3
"""The handbook's screenshots (handbook/*.png): the editor over a copy of data/, in Kazakh,
driven by Debian's headless Chromium. Run again after a change of the editor:

    .venv/bin/python scripts/handbook_screenshots.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from kazutb_transparency.editor.server import EditorServer  # noqa: E402

OUT = ROOT / "handbook"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]


def small(path: Path) -> None:
    """A PNG of at most 256 colours, a few tens of kB."""
    image = Image.open(path).convert("RGB")
    image.quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        shutil.copytree(ROOT / "data", work / "data")
        server = EditorServer(work, port=0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        code = sorted((work / "data/applicants/programmes").glob("*.yaml"))[0].stem
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)

            def fresh(hash_: str = ""):
                page = browser.new_page(viewport={"width": 1100, "height": 720})
                page.on("dialog", lambda dialog: dialog.accept())  # "leave unsaved changes?"
                page.goto(f"{server.url}?lang=kk")
                page.get_by_role("button", name="Кіру").click()
                page.wait_for_selector("text=Бөлімдер")
                if hash_:
                    page.goto(f"{server.url}?lang=kk#{hash_}")
                return page

            page = fresh()

            def shot(name: str) -> None:
                page.wait_for_timeout(600)
                page.screenshot(path=OUT / name)
                small(OUT / name)

            shot("01-collections.png")
            page.goto(f"{server.url}?lang=kk#/collections/programme-figures/entries/{code}")
            page.wait_for_selector("[id^='tuition-field-']")
            for field in ("tuition", "fees"):
                page.locator(f"[id^='{field}-field-'] [class*='StyledListItemTopBar'] button")\
                    .first.click()  # fmt: skip
            page.locator("[id^='fee-field-']").first.scroll_into_view_if_needed()
            shot("02-fee.png")
            page.locator("[id^='fee-field-']").first.fill("-5")
            page.get_by_role("button", name="Жариялау").first.click()
            page.get_by_text("Қазір жариялау").click()
            page.locator("[id^='fee-field-']").first.scroll_into_view_if_needed()
            shot("03-fee-refused.png")
            page = fresh("/collections/programmes/new")
            page.wait_for_selector("input[id^='code-field-']")
            shot("04-new-programme.png")
            page = fresh("/collections/accreditation/entries/documents")
            page.wait_for_selector("[id^='records-field-']")
            page.get_by_role("button", name="Жазбалар қосу").click()
            item = page.locator("[id^='records-field-'] [class*='SortableListItem']").last
            item.locator("input[id^='id-field-']").first.scroll_into_view_if_needed()
            shot("05-document.png")
            item.get_by_role("button", name="Файл таңдау").click()
            shot("06-document-file.png")
            page = fresh("/collections/transparency/entries/appeals-statistics")
            page.wait_for_selector("[id^='records-field-']")
            shot("07-appeals.png")
            browser.close()
        server.shutdown()
    for path in sorted(OUT.glob("*.png")):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
