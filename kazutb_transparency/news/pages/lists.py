"""The news list (latest first, with the archive by year), a year's page and the events."""

from __future__ import annotations

from kazutb_transparency.core.jsonld import stated
from kazutb_transparency.core.markdown import dataset_links, esc, page_href, page_path, table, tr
from kazutb_transparency.disclosures.pages.common import (
    day,
    day_range,
    jsonld_script,
    mark,
    no_info,
    notice,
    register_note,
)
from kazutb_transparency.news.content import News
from kazutb_transparency.news.labels import (
    CONTACT,
    EVENT_KIND,
    EVENTS,
    FEED,
    INDEX,
    KIND,
    L,
    title,
    year_page,
)
from kazutb_transparency.news.models import NewsItem
from kazutb_transparency.news.pages.jsonld import event_data

LATEST = 30  # the index shows these; every item is on its year's page and in the open data
SHOWN_PAST_EVENTS = 50


def _entries(page: str, items: list[NewsItem], lang: str) -> str:
    rows = "".join(
        f'<li><time datetime="{item.date.isoformat()}">{day(item.date, lang)}</time> · '
        f"{esc(KIND[item.kind].get(lang))} — "
        f'<a href="{page_href(page, item.page)}">{tr(item.title, lang)}</a>{mark(item, lang)}'
        f"<br>{tr(item.summary, lang)}</li>\n"
        for item in items
    )
    return f'<ul class="news-list">\n{rows}</ul>\n'


def _feed_link(page: str, lang: str) -> str:
    link = page_path(page, FEED)
    return f'<p><a href="{link}" type="application/atom+xml">{L["feed"][lang]}</a></p>\n'


def _years(page: str, n: News, lang: str) -> str:
    links = " · ".join(
        f'<a href="{page_href(page, year_page(year))}">{year}</a>' for year in n.years()
    )
    return f"## {L['archive'][lang]}\n\n<p>{links}</p>\n"


def index_page(n: News, lang: str) -> str:
    out = [
        f"# {title(INDEX, lang)}\n",
        notice(n.items, lang),
        register_note(INDEX, ("8.3.8",), lang),
        f"{L['intro'][lang]}\n",
        _feed_link(INDEX, lang),
        f'<p><a href="{page_href(INDEX, EVENTS)}">{title(EVENTS, lang)}</a> · '
        f'<a href="{page_href(INDEX, CONTACT)}">{title(CONTACT, lang)}</a></p>\n',
        dataset_links(INDEX, ["news"], lang),
    ]
    if not n.items:
        out.append(no_info(L["none"][lang], lang))
        return "\n".join(out)
    out += [f"## {L['latest'][lang]}\n", _entries(INDEX, list(n.items[:LATEST]), lang)]
    out.append(_years(INDEX, n, lang))
    return "\n".join(out)


def year_pages(n: News, lang: str) -> dict[str, str]:
    pages = {}
    for year in n.years():
        page = year_page(year)
        items = [item for item in n.items if item.date.year == year]
        pages[page] = "\n".join(
            [
                f"# {L['year_title'][lang].format(year=year)}\n",
                notice(items, lang),
                f"{L['year_intro'][lang].format(year=year)}\n",
                f'<p><a href="{page_href(page, INDEX)}">{L["all_news"][lang]}</a></p>\n',
                _entries(page, items, lang),
                _years(page, n, lang),
            ]
        )
    return pages


def _event_rows(items: list[NewsItem], lang: str) -> list[list[str]]:
    rows = []
    for item in items:
        event = item.event
        assert event is not None
        when = day_range(event.starts, event.ends, lang)
        rows.append(
            [
                when,
                f'<a href="{page_href(EVENTS, item.page)}">{tr(item.title, lang)}</a>'
                f"{mark(item, lang)}",
                tr(event.place, lang),
                esc(EVENT_KIND[event.kind].get(lang)),
            ]
        )
    return rows


def events_page(n: News, site_name: str, lang: str) -> str:
    upcoming = n.upcoming()
    past = [item for item in n.events() if item not in upcoming]
    headers = [L[k][lang] for k in ("when", "event", "place", "event_kind")]
    out = [
        f"# {title(EVENTS, lang)}\n",
        notice(n.events(), lang),
        register_note(EVENTS, ("8.3.8",), lang),
        f"{L['events_intro'][lang]}\n",
        dataset_links(EVENTS, ["news"], lang),
    ]
    if not upcoming and not past:
        out.append(no_info(L["no_events"][lang], lang))
        return "\n".join(out)
    out.append(f"## {L['upcoming'][lang]}\n")
    if upcoming:
        out.append(table(headers, _event_rows(upcoming, lang), L["upcoming"][lang]))
        graph = [event_data(item, site_name, lang) for item in upcoming if stated(item)]
        if graph:
            out.append(jsonld_script({"@context": "https://schema.org", "@graph": graph}))
    else:
        out.append(f"<p>{L['none_upcoming'][lang]}</p>\n")
    if past:
        out.append(f"## {L['past'][lang]}\n")
        rows = _event_rows(past[:SHOWN_PAST_EVENTS], lang)
        out.append(table(headers, rows, L["past"][lang]))
    return "\n".join(out)
