"""Citizens' appeals (§8.3.4): how to write and get an answer, and the yearly counts."""

from __future__ import annotations

from datetime import date

from kazutb_transparency.applicants.figures import Published
from kazutb_transparency.applicants.pages.common import hidden
from kazutb_transparency.core.disclosure_policy import DisclosurePolicy
from kazutb_transparency.core.locale_format import fill
from kazutb_transparency.core.markdown import dataset_links, esc, table, tr
from kazutb_transparency.disclosures.pages.common import (
    dates_line,
    jsonld_script,
    mark,
    no_info,
    notice,
    number,
    register_note,
)
from kazutb_transparency.transparency.appeal_counts import (
    DATASET,
    OUTCOMES,
    count_of,
    published_appeals,
)
from kazutb_transparency.transparency.content import Transparency
from kazutb_transparency.transparency.labels import CHANNEL_KIND, TOPIC, L, title
from kazutb_transparency.transparency.models import Appeals, AppealYear

PAGE = "transparency/appeals.md"


def _names_its_kind(label: str, kind: str) -> bool:
    """Whether a channel's label already says its kind («Электронная почта» is e-mail):
    a column repeating it row by row would say every thing twice."""

    def plain(text: str) -> str:
        return " ".join(text.lower().translate(_QUOTES).split())

    return plain(kind) in plain(label)


_QUOTES = str.maketrans("", "", '«»“”„"')


def _further(appeals: Appeals, lang: str) -> str:
    """Where to turn next, as one sentence: «If the answer does not satisfy you, you can
    appeal to…» (the data give the main clause; an older record's capital is lowered)."""
    clause = tr(appeals.further_appeal, lang)
    if clause[:1].isupper() and clause[1:2].islower():
        clause = clause[0].lower() + clause[1:]
    return fill(L["further"][lang], appeal=clause)


def _channels(appeals: Appeals, today: date, lang: str) -> list[str]:
    kinds = [tr(CHANNEL_KIND[c.kind], lang) for c in appeals.channels]
    show_kind = not all(
        _names_its_kind(tr(c.label, lang), kind)
        for c, kind in zip(appeals.channels, kinds, strict=True)
    )
    rows = [
        [tr(c.label, lang), _address(c.kind, c.address), *([kind] if show_kind else [])]
        for c, kind in zip(appeals.channels, kinds, strict=True)
    ]
    headers = [L["channel"][lang], L["address"][lang]]
    if show_kind:
        headers.append(L["channel_kind"][lang])
    term = L["response_term"][lang].format(days=number(appeals.response_days, lang))
    return [
        table(headers, rows, L["channels"][lang]),
        f"<p><strong>{term}</strong>{mark(appeals, lang, 'response_days')} "
        f"({tr(appeals.response_rule, lang)}).</p>\n",
        f"<p>{_further(appeals, lang)}</p>\n",
        dates_line(appeals, today, lang),
    ]


def _address(kind: str, address: str) -> str:
    if kind == "email":
        return f'<a href="mailto:{esc(address)}">{esc(address)}</a>'
    if address.startswith("https://"):
        return f'<a href="{esc(address)}">{esc(address)}</a>'
    return esc(address)


def _year(year: AppealYear, published: Published | None, min_n: int, lang: str) -> str:
    def cell(topic: str | None, outcome: str | None) -> str:
        value, status = count_of(published, year, topic, outcome)
        return number(value, lang) if value is not None else hidden(min_n, lang, status)

    columns = (None, *OUTCOMES)  # received, then each outcome
    rows = [[tr(TOPIC[t.topic], lang), *(cell(t.topic, c) for c in columns)] for t in year.topics]
    rows.append(
        [
            f"<strong>{L['total'][lang]}</strong>",
            *(f"<strong>{cell(None, c)}</strong>" for c in columns),
        ]
    )
    headers = [L[k][lang] for k in ("topic", "received", "in_term", "late", "pending")]
    caption = f"{L['statistics'][lang]}, {year.year}"
    return f"### {year.year}{mark(year, lang)}\n\n" + table(headers, rows, caption)


def _rule(policy: DisclosurePolicy, lang: str) -> str:
    """Why the counts are published as they are, or that small ones are withheld."""
    exemption = policy.exemption(DATASET)
    if exemption is not None:
        return f'<p class="kz-disclosure">{esc(tr(exemption.reason, lang))}</p>\n'
    return f"<p>{L['appeals_small_counts'][lang].format(n=policy.min_group)}</p>\n"


def _jsonld(appeals: Appeals, lang: str) -> str:
    point: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "ContactPoint",
        "contactType": L["title"][lang],
    }
    if appeals.email:
        point["email"] = appeals.email
    return jsonld_script(point)


def appeals_page(t: Transparency, policy: DisclosurePolicy, lang: str) -> str:
    out = [
        f"# {title(PAGE, lang)}\n",
        notice([t.appeals, *t.appeal_years], lang),
        register_note(PAGE, ("8.3.4",), lang),
        f"{L['appeals_intro'][lang]}\n",
        f"## {L['how_to_write'][lang]}\n",
    ]
    if t.appeals is None:
        out.append(no_info(L["how_to_write"][lang], lang))
    else:
        out += _channels(t.appeals, t.today, lang)
    out.append(f"## {L['statistics'][lang]}\n")
    out.append(dataset_links(PAGE, [DATASET], lang))
    if not t.appeal_years:
        out.append(no_info(L["statistics"][lang], lang))
    else:
        out.append(_rule(policy, lang))
    published = published_appeals(list(t.appeal_years), policy)
    out += [_year(year, published, policy.min_group, lang) for year in t.appeal_years]
    if t.appeals is not None:
        out.append(_jsonld(t.appeals, lang))
    return "\n".join(out)
