"""One news item's page at its fixed address (news/<year>-<id>.html): the text, the event,
the photo report with its descriptions and the video report as a link, never a player."""

from __future__ import annotations

from kazutb_transparency.core.jsonld import stated
from kazutb_transparency.core.markdown import esc, href, page_href, tr
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.pages.common import day, day_range, jsonld_script, mark, notice
from kazutb_transparency.news.labels import EVENT_FORMAT, EVENT_KIND, INDEX, KIND, L
from kazutb_transparency.news.models import NewsItem
from kazutb_transparency.news.pages.jsonld import article_data

MEDIA = "media"  # beside the default language's item pages: news/media/<file>


def _picture(item: NewsItem, file: str, lang: str) -> str:
    """The address of a picture from the item's page: the one copy every language shows."""
    return href(item.page, f"news/{MEDIA}/{file}", lang)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{esc(part.strip())}</p>\n" for part in text.split("\n\n") if part.strip())


def _body(item: NewsItem, lang: str) -> str:
    if item.body is None:
        return ""
    if not item.body.has(lang):  # the Kazakh text, marked as such (core.markdown.tr)
        return f"<p>{tr(item.body, lang)}</p>\n"
    return _paragraphs(item.body.get(lang))


def _event(item: NewsItem, lang: str) -> str:
    event = item.event
    if event is None:
        return ""
    when = day_range(event.starts, event.ends, lang)
    rows = [
        (L["when"][lang], when),
        (L["place"][lang], tr(event.place, lang)),
        (L["event_kind"][lang], esc(EVENT_KIND[event.kind].get(lang))),
        (L["format"][lang], esc(EVENT_FORMAT[event.format].get(lang))),
    ]
    items = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    return f'## {L["event"][lang]}\n\n<dl class="news-event">{items}</dl>\n'


def _photos(item: NewsItem, lang: str) -> str:
    if not item.photos:
        return ""
    figures = []
    for photo in item.photos:
        caption = f"<figcaption>{tr(photo.caption, lang)}</figcaption>" if photo.caption else ""
        source = esc(_picture(item, photo.file, lang))
        figures.append(
            f'<figure><img src="{source}" alt="{esc(photo.alt.get(lang))}" '
            f'loading="lazy">{caption}</figure>'
        )
    return f'## {L["photos"][lang]}\n\n<div class="news-photos">{"".join(figures)}</div>\n'


def _video(item: NewsItem, lang: str) -> str:
    video = item.video
    if video is None:
        return ""
    length = (
        f" ({L['minutes'][lang].format(n=video.duration_minutes)})"
        if video.duration_minutes
        else ""
    )
    return (
        f"## {L['video'][lang]}\n\n"
        f'<p><a href="{esc(video.url)}" rel="noopener noreferrer">{tr(video.title, lang)}</a>'
        f"{length}</p>\n<p><small>{L['video_note'][lang]}</small></p>\n"
    )


def _documents(item: NewsItem, d: Disclosures, lang: str) -> str:
    if not item.documents:
        return ""
    names = []
    for doc_id in item.documents:
        entry = d.document(doc_id)
        name = tr(entry.document.title, lang)
        if entry.file is not None:
            name = f'<a href="{href(item.page, entry.file.published, lang)}">{name}</a>'
        names.append(f"<li>{name}</li>")
    return f"## {L['documents'][lang]}\n\n<ul>{''.join(names)}</ul>\n"


def item_page(item: NewsItem, d: Disclosures, lang: str) -> str:
    site_name = d.about.identity.full_name.get(lang)
    images = [_picture(item, photo.file, lang) for photo in item.photos]
    return "\n".join(
        part
        for part in (
            f"# {tr(item.title, lang)}\n",
            notice([item], lang),
            f"<p>{day(item.date, lang)} · {esc(KIND[item.kind].get(lang))}{mark(item, lang)}</p>\n",
            f"<p><strong>{tr(item.summary, lang)}</strong></p>\n",
            _body(item, lang),
            _event(item, lang),
            _photos(item, lang),
            _video(item, lang),
            _documents(item, d, lang),
            f'<p><a href="{page_href(item.page, INDEX)}">{L["all_news"][lang]}</a></p>\n',
            jsonld_script(
                {"@context": "https://schema.org", **article_data(item, site_name, lang, images)}
            )
            if stated(item)
            else "",
        )
        if part
    )
