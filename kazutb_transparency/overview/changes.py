"""What changed, for people and machines: a page per language and an Atom feed per language.

Law No. 401-V (art. 16) asks for posting and update dates; an accreditation agency wants
to know what changed since its last visit. Every dated item of the data (disclosures,
documents, programmes, accreditations, the academic calendar, the process map, survey
waves) becomes an entry, newest first, linking to its page. Everything follows from the
data: the same data give the same page and the same feed, byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from xml.sax.saxutils import escape, quoteattr

from kazutb_transparency.core.i18n import LANGUAGES, Localized
from kazutb_transparency.core.interface import localized
from kazutb_transparency.core.locale_format import fill, format_date, year_range
from kazutb_transparency.core.markdown import esc, tr
from kazutb_transparency.disclosures import Disclosures
from kazutb_transparency.disclosures.documents import Document
from kazutb_transparency.international import International
from kazutb_transparency.news import News
from kazutb_transparency.processes.loading import Registry
from kazutb_transparency.students import Students
from kazutb_transparency.surveys.action_rules import is_overdue
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.page_names import survey_page_name
from kazutb_transparency.transparency import Transparency

PAGE = "changes/index.md"
FEED = "feed.xml"
MAX_FEED_ENTRIES = 100
# The page lists the newest changes only, so that it stays within the page-weight budget on
# a large university's site; every record's dates are in the open data.
MAX_PAGE_ENTRIES = 200


def _l(kk: str, ru: str, en: str) -> Localized:
    return Localized(kk=kk, ru=ru, en=en)


SECTIONS = localized("changes_sections")
ABOUT_ITEMS = localized("changes_about_items")
TEXT = localized("changes")
# A feed reader shows an entry's summary beside its title: what happened, where, when.
FEED_TEXT = localized("changes_feed")


@dataclass(frozen=True)
class Change:
    day: date
    section: str  # a key of SECTIONS
    title: Localized
    page: str  # path inside a language folder, e.g. "programmes/6B04105.md"
    key: str  # stable id of the item
    what: str = "updated"  # what happened: a key of FEED_TEXT (updated, published, …)
    text: Localized | None = None  # the feed's summary when the item has its own (a news item)


def _code_title(code: str, name: Localized | None) -> Localized:
    if name is None:
        return _l(code, code, code)
    return _l(*(f"{code} — {name.get(lang)}" for lang in LANGUAGES))


def collect_changes(
    d: Disclosures,
    registry: Registry,
    surveys: SurveyData,
    transparency: Transparency | None = None,
    students: Students | None = None,
    news: News | None = None,
    international: International | None = None,
) -> list[Change]:
    """Every dated item, newest first (ties in a stable order)."""
    found: list[Change] = []
    for field, label in ABOUT_ITEMS.items():
        item = getattr(d.about, field, None)
        if item is not None and hasattr(item, "updated"):
            found.append(Change(item.updated, "about", label, "about/index.md", f"about-{field}"))
    if d.about.structure is not None:
        found.append(
            Change(d.about.structure.updated, "structure", SECTIONS["structure"],
                   "about/structure.md", "structure")
        )  # fmt: skip
    found += [
        Change(f.updated, "forms", f.name, "about/forms-of-study.md", f"form-{f.id}")
        for f in d.forms
        if hasattr(f, "name")
    ]
    found += [
        Change(p.updated, "programmes", _code_title(p.code, p.name), f"programmes/{p.code}.md",
               f"programme-{p.code}")
        for p in d.programmes
    ]  # fmt: skip
    for a in d.accreditations:
        agency = d.agencies.get(a.agency)
        name = agency.name if agency is not None and hasattr(agency, "name") else None
        found.append(
            Change(a.updated, "accreditation", _code_title(a.certificate_number or a.id, name),
                   "accreditation/index.md", f"accreditation-{a.id}")
        )  # fmt: skip
    curricula: dict[str, str] = {}  # a curriculum's id: the first programme naming it
    for p in sorted(d.programmes, key=lambda p: p.code):
        if p.curriculum:
            curricula.setdefault(p.curriculum, p.code)
    found += [
        Change(e.document.updated, "documents", e.document.title,
               _document_page(e.document, curricula), f"document-{e.document.id}")
        for e in d.documents
    ]  # fmt: skip
    found += [
        Change(c.updated, "calendar",
               _code_title(year_range(c.academic_year), SECTIONS["calendar"]),
               "about/calendar.md", f"calendar-{c.academic_year}")
        for c in d.calendars
    ]  # fmt: skip
    found += [
        Change(r.updated, "resources", r.name, "about/resources.md", f"resource-{r.id}")
        for r in d.resources
    ]
    found.append(
        Change(
            registry.document.updated, "processes", TEXT["map"], "processes/index.md", "process-map"
        )
    )
    found += _survey_waves(surveys)
    if transparency is not None:
        found += _transparency(transparency)
    if students is not None:
        found += _students(students)
    if news is not None:
        found += news_changes(news)
    if international is not None:
        found += _international(international)
    found += _status_changes(d, surveys)
    return sorted(found, key=lambda c: (-c.day.toordinal(), c.section, c.key))


# Documents a reader looks for on another page than the list of documents: the contract
# and the fee order on the costs page, where an applicant reads about paying.
_KIND_PAGES = {
    "paid-education-contract": "applicants/costs.md",
    "tuition-fee-order": "applicants/costs.md",
}


def _document_page(doc: Document, curricula: dict[str, str]) -> str:
    """The page a change of `doc` links to: the programme whose curriculum it is (the first
    by code, if several share it), the costs page for paid education, else the documents."""
    if doc.id in curricula:
        return f"programmes/{curricula[doc.id]}.md"
    return _KIND_PAGES.get(doc.kind, "about/documents.md")


def _transparency(t: Transparency) -> list[Change]:
    """Appeals, bodies, consultations, procurement, competitions, inspections and income
    and expenditure (§8.3, §9.7.3)."""
    section = "transparency"
    page = "transparency/{}.md".format
    found = []
    if t.appeals is not None:
        found.append(Change(t.appeals.updated, section, SECTIONS["appeals"], page("appeals"),
                            "appeals"))  # fmt: skip
    found += [
        Change(y.updated, section, _code_title(str(y.year), SECTIONS["appeals"]),
               page("appeals"), f"appeals-{y.year}")
        for y in t.appeal_years
    ]  # fmt: skip
    found += [
        Change(b.updated, section, b.name, page("councils"), f"body-{b.id}") for b in t.bodies
    ]
    found += [
        Change(c.updated, section, c.title, page("consultations"), f"consultation-{c.id}")
        for c in t.consultations
    ]
    if t.anti_corruption is not None:
        found.append(Change(t.anti_corruption.updated, section, SECTIONS["anti_corruption"],
                            page("anti-corruption"), "anti-corruption"))  # fmt: skip
    found += [
        Change(p.updated, section, p.title, page("procurement"), f"procurement-{p.id}")
        for p in t.procurement
    ]
    found += [
        Change(c.updated, section, c.post, page("competitions"), f"competition-{c.id}")
        for c in t.competitions
    ]
    found += [
        Change(i.updated, section, i.subject, page("inspections"), f"inspection-{i.id}")
        for i in t.inspections or ()
    ]
    found += [
        Change(y.updated, section, _code_title(str(y.year), SECTIONS["finances"]),
               page("finances"), f"finances-{y.year}")
        for y in t.finances or ()
    ]  # fmt: skip
    return found


def _students(s: Students) -> list[Change]:
    """The grade-appeal procedure and each support service."""
    found = []
    if s.appeals is not None:
        found.append(Change(s.appeals.updated, "students", SECTIONS["grade_appeals"],
                            "students/appeals.md", "grade-appeals"))  # fmt: skip
    found += [
        Change(x.updated, "students", x.name, "students/support.md", f"support-{x.id}")
        for x in s.services
    ]
    return found


def news_changes(n: News) -> list[Change]:
    """Each news item on its own page, dated the day it was published or last corrected,
    its summary what a feed reader shows (§8.3.8)."""
    return [
        Change(item.updated, "news", item.title, item.page, f"news-{item.id}", text=item.summary)
        for item in n.items
    ]


def _international(i: International) -> list[Change]:
    """Partners, exchange and double-degree programmes, international students (§9.8)."""
    section, partners, mobility = (
        "international",
        "international/index.md",
        "international/mobility.md",
    )
    found = [
        Change(p.updated, section, p.name, partners, f"partner-{p.id}") for p in i.partners or ()
    ]
    found += [
        Change(m.updated, section, _code_title(m.programme, i.partner(m.partner).name), mobility,
               f"mobility-{m.id}")
        for m in i.mobility or ()
    ]  # fmt: skip
    students = SECTIONS["international_students"]
    found += [
        Change(y.updated, section, _code_title(f"{y.year}–{y.year + 1}", students), mobility,
               f"international-students-{y.year}")
        for y in i.student_years or ()
    ]  # fmt: skip
    return found


def _status_changes(d: Disclosures, surveys: SurveyData) -> list[Change]:
    """What changed with the calendar, not with an edit, dated the day it happened: an
    accreditation that expired, an action that became overdue (the daily build shows both)."""
    found = []
    for a in d.accreditations:
        ended = a.valid_until + timedelta(days=1)
        if a.decision != "negative" and ended <= d.today:
            code = a.certificate_number or a.id
            title = _l(*(f"{code}: {TEXT['expired'].get(lang)}" for lang in LANGUAGES))
            found.append(
                Change(ended, "accreditation", title, "accreditation/index.md",
                       f"accreditation-{a.id}-expired", "expired")
            )  # fmt: skip
    for action in surveys.actions.actions:
        if is_overdue(action, surveys.overdue_day):
            title = _l(*(f"{action.id}: {TEXT['overdue'].get(lang)}" for lang in LANGUAGES))
            found.append(
                Change(action.due + timedelta(days=1), "surveys", title, "quality/actions.md",
                       f"action-{action.id}-overdue", "overdue")
            )  # fmt: skip
    return found


def _survey_waves(data: SurveyData) -> list[Change]:
    """The published waves of each survey, dated by the first day of the wave's month."""
    names = {s.id: s.name for s in data.catalogue.surveys}
    out = []
    for survey, wave in data.survey_waves():
        year, month = (int(part) for part in wave.split("-"))
        name = names.get(survey, _l(survey, survey, survey))
        # Each language places the wave's id on its own side of the word («волна 2026-06»).
        title = _l(
            *(f"{name.get(lang)}: {fill(TEXT['wave'].get(lang), wave=wave)}" for lang in LANGUAGES)
        )
        page = f"quality/{survey_page_name(survey)}.md"
        out.append(
            Change(date(year, month, 1), "surveys", title, page, f"wave-{survey}-{wave}",
                   "published")
        )  # fmt: skip
    return out


def _relative(page: str, target: str) -> str:
    """Link from the changes page to a page in the same language folder."""
    depth = page.count("/")
    return "../" * depth + target


def changes_page(changes: list[Change], lang: str) -> str:
    title = TEXT["title"].get(lang)
    lines = [f"# {title}", "", TEXT["intro"].get(lang), ""]
    lines += [f'[{TEXT["feed"].get(lang)}](../{FEED}){{ type="application/atom+xml" }}', ""]
    if not changes:
        return "\n".join([*lines, TEXT["none"].get(lang), ""])
    lines += [
        f"| {TEXT['date'].get(lang)} | {TEXT['section'].get(lang)} | {TEXT['item'].get(lang)} |",
        "|---|---|---|",
    ]
    for change in changes[:MAX_PAGE_ENTRIES]:
        link = _relative(PAGE, change.page)
        lines.append(
            f'| <time datetime="{change.day.isoformat()}">{format_date(change.day, lang)}</time> '
            f"| {esc(SECTIONS[change.section].get(lang))} "
            f"| [{tr(change.title, lang)}]({link}) |"
        )
    if len(changes) > MAX_PAGE_ENTRIES:
        older = len(changes) - MAX_PAGE_ENTRIES
        lines += ["", TEXT["older"].get(lang).format(n=older)]
    return "\n".join(lines) + "\n"


def _page_url(site_url: str, lang: str, page: str) -> str:
    prefix = "" if lang == "kk" else f"{lang}/"
    html = page.removesuffix(".md") + ".html"
    return site_url.rstrip("/") + "/" + prefix + html


def summary(change: Change, lang: str) -> str:
    """What changed, in the feed's language, from what the changes page shows of it (a news
    item: its own summary)."""
    if change.text is not None:
        return change.text.get(lang)
    template = FEED_TEXT["summary"].get(lang)
    return template.format(
        what=FEED_TEXT[change.what].get(lang),
        item=change.title.get(lang),
        section=SECTIONS[change.section].get(lang),
        date=format_date(change.day, lang),
    )


def atom_feed(
    changes: list[Change],
    lang: str,
    site_url: str,
    feed: str = FEED,
    title: Localized | None = None,
    home_page: str = "index.md",
) -> bytes:
    """Valid Atom 1.0: a feed id and updated time, each entry with id, title, its own
    updated date, a summary of what changed and a link to the page. `feed` is its path in
    a language folder, `title` its name (what changed, unless another), `home_page` the
    page it belongs to."""
    updated = max((c.day for c in changes), default=date(2000, 1, 1))
    home = _page_url(site_url, lang, home_page)
    feed_url = site_url.rstrip("/") + "/" + ("" if lang == "kk" else f"{lang}/") + feed
    name = (title or TEXT["title"]).get(lang)
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">',
        f"  <title>{escape(TEXT['site'].get(lang))}: {escape(name)}</title>",
        f"  <id>{escape(feed_url)}</id>",
        f"  <updated>{updated.isoformat()}T00:00:00Z</updated>",
        f'  <link rel="self" type="application/atom+xml" href={quoteattr(feed_url)}/>',
        f'  <link rel="alternate" type="text/html" href={quoteattr(home)}/>',
        f"  <author><name>{escape(TEXT['site'].get(lang))}</name></author>",
    ]
    for change in changes[:MAX_FEED_ENTRIES]:
        url = _page_url(site_url, lang, change.page)
        parts += [
            "  <entry>",
            f"    <title>{escape(change.title.get(lang))}</title>",
            f"    <id>{escape(feed_url)}#{escape(change.key)}-{change.day.isoformat()}</id>",
            f"    <updated>{change.day.isoformat()}T00:00:00Z</updated>",
            f'    <summary type="text">{escape(summary(change, lang))}</summary>',
            f'    <link rel="alternate" type="text/html" href={quoteattr(url)}/>',
            f"    <category term={quoteattr(change.section)} "
            f"label={quoteattr(SECTIONS[change.section].get(lang))}/>",
            "  </entry>",
        ]
    parts.append("</feed>")
    return ("\n".join(parts) + "\n").encode("utf-8")


def render_changes_page(changes: list[Change], lang: str) -> dict[str, str]:
    """{path inside the language folder: page}."""
    return {PAGE: changes_page(changes, lang)}


def render_feeds(
    changes: list[Change],
    site_url: str,
    feed: str = FEED,
    title: Localized | None = None,
    home_page: str = "index.md",
) -> dict[str, bytes]:
    """{docs path: Atom feed} for every language: what changed, or (given `feed`, `title`
    and `home_page`) another list of dated items such as the news."""
    return {
        f"{lang}/{feed}": atom_feed(changes, lang, site_url, feed, title, home_page)
        for lang in LANGUAGES
    }
