"""Students' grade appeals and complaints: whom, how, in what time, the appeal commission.

Distinct from citizens' appeals (`transparency/appeals.md`, §8.3.4). The procedure is part
of the academic policy (§9.7.1.5); the integrity survey asks students whether they know it,
and the page links that survey's results.
"""

from __future__ import annotations

from collections.abc import Mapping

from kazutb_transparency.core.counted import counted
from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.jsonld import stated
from kazutb_transparency.core.markdown import esc, href, page_href, tr
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.pages.common import (
    dates_line,
    jsonld_script,
    mark,
    no_info,
    notice,
    register_note,
)
from kazutb_transparency.students.content import Students
from kazutb_transparency.students.labels import APPEALS, L, title
from kazutb_transparency.students.models import GradeAppeals

CITIZENS = "transparency/appeals.md"


def _policy(a: GradeAppeals, d: Disclosures, lang: str) -> str:
    if a.policy is None:
        return ""
    entry = d.document(a.policy)
    name = tr(entry.document.title, lang)
    if entry.file is not None:
        name = f'<a href="{href(APPEALS, entry.file.published, lang)}">{name}</a>'
    return f"<p>{L['set_by'][lang]}: {name}.</p>\n"


def _procedure(a: GradeAppeals, d: Disclosures, dated: str, lang: str) -> list[str]:
    facts = [
        (L["submit_to"][lang], f"{tr(a.submit_to, lang)}{mark(a, lang, 'submit_to')}"),
        (L["how"][lang], f"{tr(a.how, lang)}{mark(a, lang, 'how')}"),
        (
            L["submit_within"][lang],
            counted(a.submit_within_days, "working_days", lang)
            + mark(a, lang, "submit_within_days"),
        ),
        (
            L["decided_within"][lang],
            counted(a.decided_within_days, "working_days", lang)
            + mark(a, lang, "decided_within_days"),
        ),
        (L["commission"][lang], f"{tr(a.commission, lang)}{mark(a, lang, 'commission')}"),
    ]
    if a.email:
        facts.append((L["email"][lang], f'<a href="mailto:{esc(a.email)}">{esc(a.email)}</a>'))
    items = "".join(f"<li><strong>{name}:</strong> {value}</li>" for name, value in facts)
    steps = "".join(f"<li>{tr(step, lang)}</li>" for step in a.steps)
    return [
        f"<ul>{items}</ul>\n",
        f"### {L['steps'][lang]}\n",
        f"<ol>{steps}</ol>\n",
        _policy(a, d, lang),
        dated,
    ]


def _survey(a: GradeAppeals, surveys: Mapping[str, Localized], lang: str) -> str:
    """Where the integrity survey asks whether students know this procedure."""
    asked = a.survey_question
    if asked is None or asked.survey not in surveys:
        return ""
    link = page_href(APPEALS, f"quality/{asked.survey}.md")
    name = f'<a href="{link}">{tr(surveys[asked.survey], lang)}</a>'
    return f"<p>{L['survey_asks'][lang].format(survey=name, question=esc(asked.question))}</p>\n"


def _jsonld(a: GradeAppeals, lang: str) -> str:
    # schema.org HowTo: the procedure as the steps a student takes.
    return jsonld_script(
        {
            "@context": "https://schema.org",
            "@type": "HowTo",
            "name": L["grade_heading"][lang],
            "inLanguage": lang,
            "step": [
                {"@type": "HowToStep", "position": n, "text": tr(step, lang)}
                for n, step in enumerate(a.steps, start=1)
            ],
        }
    )


def appeals_page(s: Students, d: Disclosures, surveys: Mapping[str, Localized], lang: str) -> str:
    """The grade-appeal procedure and students' complaints; `surveys` names each survey."""
    a = s.appeals
    out = [
        f"# {title(APPEALS, lang)}\n",
        notice([a] if a else [], lang),
        register_note(APPEALS, ("9.7.1.5",), lang),
        f"<p>{L['appeals_intro'][lang]}</p>\n",
        f"<p>{L['not_citizens'][lang]} "
        f'<a href="{page_href(APPEALS, CITIZENS)}">{title(CITIZENS, lang)}</a>.</p>\n',
        f"## {L['grade_heading'][lang]}\n",
    ]
    if a is None:
        out.append(no_info(L["grade_heading"][lang], lang))
    else:
        out += _procedure(a, d, dates_line(a, s.today, lang), lang)
        out.append(_survey(a, surveys, lang))
    out.append(f"## {L['complaints_heading'][lang]}\n")
    if a is None:
        out.append(no_info(L["complaints_heading"][lang], lang))
    else:
        out.append(f"<p>{tr(a.complaints, lang)}{mark(a, lang, 'complaints')}</p>\n")
    out.append(f'<p class="register-note">{L["national_law"][lang]} {L["esg_appeals"][lang]}</p>\n')
    if a is not None and stated(a):
        out.append(_jsonld(a, lang))
    return "\n".join(out)
