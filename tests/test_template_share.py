"""The share of Kazakh text assembled from catalog fragments: each kind of text is counted
where it belongs."""

from __future__ import annotations

from pathlib import Path

from kazutb_transparency.core.template_share import (
    FRAGMENT,
    SENTENCE,
    catalog_pieces,
    measure_site,
    template_kind,
)

CATALOG = """\
page:
  status: 'Күйі'
  count: '{n} бағдарлама бойынша'
  intro: 'Бетте университеттің барлық бағдарламасы көрсетілген.'
  done: '<span lang="en">ISO</span> талабы орындалды.'
"""


def test_a_template_is_a_sentence_only_when_it_ends_as_one() -> None:
    assert template_kind("Бетте бағдарламалар көрсетілген.") == SENTENCE
    assert template_kind("Бетте «сапа» көрсетілген.»") == SENTENCE
    assert template_kind("{n} бағдарлама бойынша") == FRAGMENT
    assert template_kind("Күйі: {status}") == FRAGMENT
    assert catalog_pieces(["Күйі: {status}", "{n} / {total}", "{a} не {b}"]) == {"Күйі": FRAGMENT}


def test_letters_are_counted_by_where_they_come_from(tmp_path: Path) -> None:
    catalog = tmp_path / "kk.yaml"
    catalog.write_text(CATALOG, encoding="utf-8")
    site = tmp_path / "site"
    (site / "en").mkdir(parents=True)
    body = (
        "<h2>Күйі</h2>"  # a label: 4 letters
        "<p>12 бағдарлама бойынша жоспар</p>"  # assembled: 17 letters; data: 6
        "<p>Бетте университеттің барлық бағдарламасы көрсетілген.</p>"  # sentence: 48
    )
    (site / "index.html").write_text(f"<article>{body}</article>", encoding="utf-8")
    # Pages in another language are not counted.
    (site / "en" / "index.html").write_text(f"<article>{body}</article>", encoding="utf-8")
    share = measure_site(site, catalog)
    assert (share.pages, share.label, share.assembled, share.sentence, share.other) == (
        1,
        4,
        17,
        48,
        6,
    )
    assert share.by_piece == {"бағдарлама бойынша": 17}
