"""Survey pages (quality/…) and their charts: overview, catalogue, one page per survey,
one page per survey and faculty (its programmes), methodology, actions. Only published
values of data/surveys/ reach them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from kazutb_transparency.core.incremental import remembered_view
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.jsonld import jsonld_script
from kazutb_transparency.core.locale_format import format_date
from kazutb_transparency.core.markdown import (
    dataset_links,
    esc,
    href,
    page_href,
    page_path,
    published_datasets,
    table,
    tr,
)
from kazutb_transparency.organisation.structure import FacultyNode as Faculty
from kazutb_transparency.surveys.codes import CI_MIN_RESPONDENTS, OVERALL
from kazutb_transparency.surveys.indicators import IndicatorRow
from kazutb_transparency.surveys.loading import SurveyData, needs_action
from kazutb_transparency.surveys.models import Action, SurveyDef
from kazutb_transparency.surveys.page_names import check_page_names, faculty_page_name
from kazutb_transparency.surveys.pages.chart_view import Drawn, chart_table, draw_charts
from kazutb_transparency.surveys.pages.charts import spec_json
from kazutb_transparency.surveys.pages.distribution_chart import Drawn as DistributionDrawn
from kazutb_transparency.surveys.pages.distribution_chart import (
    distribution_section,
    draw_distributions,
)
from kazutb_transparency.surveys.pages.fmt import count, interval, percent
from kazutb_transparency.surveys.pages.fragments import (
    block_label,
    demo,
    flags_cell,
    hidden_cell,
    rate_cell,
    responsible_unit,
    share_cell,
    status_cell,
    t,
    target_cell,
    trend_cell,
    unit_label,
    university_cell,
)
from kazutb_transparency.surveys.pages.jsonld import survey_page as survey_jsonld
from kazutb_transparency.surveys.pages.loop import (
    action_status,
    approval_cell,
    as_of_lines,
    catalogue_intro,
    dynamics_section,
    evidence_cell,
    review_cell,
    timing_cell,
    years_lines,
)
from kazutb_transparency.surveys.pages.methodology_text import TITLE, methodology_markdown
from kazutb_transparency.surveys.pages.plain import F as FAMILY
from kazutb_transparency.surveys.pages.plain import family_result, family_sentence
from kazutb_transparency.surveys.pages.views import latest, status

ALL_ACTIONS: dict[str, dict[str, str]] = catalog("quality")


def _heading(title: str, wide: bool = False) -> list[str]:
    """The page's title; `wide`: a page of wide tables (eight columns of results by unit)
    leaves out the table of contents beside it, so that every column fits a desktop."""
    head = ["---", "hide:", "  - toc", "---", ""] if wide else []
    return [*head, f"# {title}", ""]


def _day(value: date, lang: str) -> str:
    return f'<time datetime="{value.isoformat()}">{format_date(value, lang)}</time>'


def render_survey_assets(data: SurveyData, lang: str, cache_dir: Path | None) -> dict[str, bytes]:
    """Chart files of the survey pages, by path inside the language folder."""
    assets: dict[str, bytes] = {}
    for survey_id, (_, spec, svg) in draw_charts(data, lang, cache_dir).items():
        assets[f"quality/charts/{survey_id}.svg"] = svg.encode("utf-8")
        assets[f"quality/charts/{survey_id}.vl.json"] = spec_json(spec)
    for survey_id, (_, spec, svg) in draw_distributions(data, lang, cache_dir).items():
        assets[f"quality/charts/{survey_id}-distribution.svg"] = svg.encode("utf-8")
        assets[f"quality/charts/{survey_id}-distribution.vl.json"] = spec_json(spec)
    return assets


# --- pages ---------------------------------------------------------------------------------


def overview_page(data: SurveyData, lang: str) -> str:
    headers = [
        t("survey", lang),
        t("wave", lang),
        t("satisfaction", lang),
        t("ci", lang),
        t("target_threshold", lang),
        t("status", lang),
        t("trend", lang),
        t("response_rate", lang),
    ]
    rows = []
    for survey in data.surveys:
        row = latest(data, survey.id)
        rows.append(
            [
                f'<a href="{survey.id}.html">{tr(survey.name, lang)}</a>',
                esc(row.wave) if row else "—",
                share_cell(row, data, lang),
                "—" if row is None else interval(row.ci_low, row.ci_high, lang),
                target_cell(data, survey.id, OVERALL, lang),
                status_cell(row, data, lang),
                trend_cell(row, data, lang),
                rate_cell(row, lang),
            ]
        )
    out = _heading(esc(t("overview_title", lang)))
    out += [demo(data, lang), *_plain_overview(data, lang)]
    out += [esc(t("overview_intro", lang)), ""]
    out += [dataset_links("quality/index.md", "survey-indicators", lang)]
    out += [table([esc(h) for h in headers], rows, esc(t("overview_caption", lang))), ""]
    out += [t("more", lang), ""]
    return "\n".join(out)


def _plain_overview(data: SurveyData, lang: str) -> list[str]:
    """Each survey's university figure as a family reads it, the first thing on the page;
    the table under it holds the statistics."""
    items = []
    for survey in data.surveys:
        row = latest(data, survey.id)
        if row is not None:
            name = f'<a href="{survey.id}.html">{tr(survey.name, lang)}</a>'
            items.append(f"<li>{name}. {family_sentence(data, row, lang)}</li>")
    return [f'<ul class="survey-family">{"".join(items)}</ul>', ""] if items else []


def catalogue_page(data: SurveyData, lang: str) -> str:
    headers = [
        t("number", lang),
        t("survey", lang),
        t("target_group", lang),
        t("periodicity", lang),
        t("timing", lang),
        t("responsible", lang),
        t("waves_published", lang),
    ]
    rows = []
    for survey in data.surveys:
        waves = data.waves(survey.id)
        rows.append(
            [
                str(survey.number),
                f'<a href="{survey.id}.html">{tr(survey.name, lang)}</a>',
                tr(survey.target_group, lang),
                tr(survey.periodicity, lang),
                timing_cell(survey, lang),
                "; ".join(responsible_unit(data, unit, lang) for unit in survey.responsible),
                f"{esc(waves[0])}–{esc(waves[-1])} ({len(waves)})" if waves else "—",
            ]
        )
    out = _heading(esc(t("catalogue_title", lang)))
    out += [dataset_links("quality/surveys.md", "survey-catalogue", lang)]
    out += [demo(data, lang), catalogue_intro(data, lang), ""]
    if not data.catalogue.verified:
        out += [f'!!! info "{esc(t("source", lang))}"', "", f"    {esc(t('unverified', lang))}"]
        out += ["", f"    {tr(data.catalogue.source, lang)}", ""]
    out += [table([esc(h) for h in headers], rows, esc(t("catalogue_caption", lang))), ""]
    for survey in data.surveys:
        if survey.note is not None:
            out += [f"- **{tr(survey.name, lang)}**: {tr(survey.note, lang)}"]
    out += [""]
    return "\n".join(out)


def _unit_headers(lang: str) -> list[str]:
    keys = ("unit", "respondents", "invited", "response_rate", "satisfaction", "ci", "status")
    # The change since the previous wave: the programme pages name this table for it.
    keys += ("trend", "vs_university")
    return [esc(t(key, lang)) for key in keys]


def _unit_cells(data: SurveyData, row: IndicatorRow, label: str, lang: str) -> list[str]:
    """One unit's row: a suppressed figure says why it is hidden, never a number or zero."""
    hidden = hidden_cell(row, data, lang) if row.suppressed else None
    return [
        label,
        hidden or count(row.respondents, lang),
        count(row.invited, lang),
        "—" if hidden else rate_cell(row, lang),
        hidden or percent(row.satisfaction, lang),
        "—" if hidden else interval(row.ci_low, row.ci_high, lang),
        status_cell(row, data, lang),
        trend_cell(row, data, lang),
        university_cell(row, data, lang),
    ]


def faculties_with_data(data: SurveyData, survey_id: str) -> list[Faculty]:
    """Faculties (in the order of the academic structure) with a published or suppressed
    row in any wave of the survey: each has its own page of programmes."""
    waves = data.waves(survey_id)
    return [
        f
        for f in data.structure.faculties
        if any(data.row(survey_id, w, "faculty", f.id) is not None for w in waves)
    ]


def _faculties_table(
    data: SurveyData, survey: SurveyDef, wave: str, linked: set[str], lang: str
) -> str:
    """University and faculties of one wave: as long as the list of faculties, whatever the
    number of programmes (those are on the faculty pages)."""
    rows = []
    university = data.row(survey.id, wave)
    if university is not None:
        rows.append(_unit_cells(data, university, unit_label(data, "university", "", lang), lang))
    for faculty in data.structure.faculties:
        row = data.row(survey.id, wave, "faculty", faculty.id)
        if row is None:
            continue
        label = unit_label(data, "faculty", faculty.id, lang)
        if faculty.id in linked:
            label = f'<a href="{faculty_page_name(survey.id, faculty.id)}.html">{label}</a>'
        rows.append(_unit_cells(data, row, f"<strong>{label}</strong>", lang))
    caption = esc(t("faculties_caption", lang, wave=wave))
    return table(_unit_headers(lang), rows, caption)


def _programmes_table(
    data: SurveyData,
    survey: SurveyDef,
    faculty: Faculty,
    wave: str,
    lang: str,
    linked: Callable[[str, str], str] = lambda unit, label: label,
) -> str | None:
    """A faculty and its programmes in one wave; None if the faculty has no row in it.
    `linked(unit, label)` links a programme's label to its page."""
    row = data.row(survey.id, wave, "faculty", faculty.id)
    if row is None:
        return None
    name = unit_label(data, "faculty", faculty.id, lang)
    rows = [_unit_cells(data, row, f"<strong>{name}</strong>", lang)]
    for programme in faculty.programmes:
        found = data.row(survey.id, wave, "programme", programme.code)
        if found is not None:
            label = unit_label(data, "programme", programme.code, lang)
            label = f"&emsp;{linked(programme.code, label)}"
            rows.append(_unit_cells(data, found, label, lang))
    faculty_name = tr(faculty.name, lang)
    caption = t("programmes_caption", lang, wave=esc(wave), faculty=faculty_name)
    return table(_unit_headers(lang), rows, caption)


def _programme_sentences(
    data: SurveyData,
    survey: SurveyDef,
    faculty: Faculty,
    wave: str,
    lang: str,
    linked: Callable[[str, str], str],
) -> list[str]:
    """Each programme's figure of the wave as a family reads it, one list item a line
    (the statistics of all of them are the table, one tap away)."""
    items = []
    for programme in faculty.programmes:
        found = data.row(survey.id, wave, "programme", programme.code)
        if found is not None:
            name = linked(programme.code, unit_label(data, "programme", programme.code, lang))
            items.append(f"<li>{name}. {family_sentence(data, found, lang)}</li>")
    return ['<ul class="survey-family">', *items, "</ul>", ""] if items else []


def _blocks_table(
    data: SurveyData,
    survey: SurveyDef,
    wave: str,
    lang: str,
    procedures: Mapping[str, str] | None = None,
) -> str:
    """The latest wave by block and question; `procedures` gives the page explaining what a
    question asks about (question id → page: "Do you know how to appeal a grade?")."""
    explained = procedures or {}
    headers = [
        t("block", lang),
        t("question", lang),
        t("scale", lang),
        t("valid", lang),
        t("satisfaction", lang),
        t("ci", lang),
        t("target_threshold", lang),
        t("status", lang),
    ]
    entry = data.questionnaire[survey.id]
    rows = []
    for block in [OVERALL, *entry.block_ids()]:
        row = data.row(survey.id, wave, block=block)
        label = f"<strong>{block_label(data, survey.id, block, lang)}</strong>"
        rows.append(_item_cells(data, row, label, "", "", survey.id, block, lang))
        if block == OVERALL:
            continue
        for question in (q for q in entry.questions if q.block == block):
            row = data.row(survey.id, wave, block=block, question=question.id)
            if row is None:
                continue
            text = tr(question.text, lang)
            if question.reversed:
                text += f" <small>({esc(t('reversed', lang))})</small>"
            if question.id in explained:
                link = page_href(f"quality/{survey.id}.md", explained[question.id])
                text += f' (<a href="{link}">{esc(t("procedure", lang))}</a>)'
            scale = f"1–{question.scale}"
            rows.append(
                _item_cells(data, row, esc(question.id), text, scale, survey.id, block, lang)
            )
    return table([esc(h) for h in headers], rows, esc(t("blocks_caption", lang, wave=wave)))


def _item_cells(
    data: SurveyData,
    row: IndicatorRow | None,
    label: str,
    text: str,
    scale: str,
    survey: str,
    block: str,
    lang: str,
) -> list[str]:
    hidden = hidden_cell(row, data, lang) if row is not None and row.suppressed else None
    return [
        label,
        text,
        scale,
        "—"
        if row is None or (row.valid is None and not hidden)
        else hidden or count(row.valid, lang),
        share_cell(row, data, lang),
        "—" if row is None or hidden else interval(row.ci_low, row.ci_high, lang),
        target_cell(data, survey, block, lang),
        status_cell(row, data, lang),
    ]


def _headline(data: SurveyData, survey: SurveyDef, lang: str) -> list[str]:
    """The university's latest figure as a family reads it, the first thing on the survey's
    page; the wave, interval, trend, target and status one tap away under it."""
    row = latest(data, survey.id)
    if row is None:
        return [esc(t("no_data", lang)), ""]
    target = data.target(survey.id)
    found = None if row.suppressed else status(row, target)
    against = t(
        "against_target",
        lang,
        target=percent(target.target, lang),
        threshold=percent(target.threshold, lang),
        status=t(found, lang) if found else "—",
    )
    more = ((esc(t("target_threshold", lang)), against),)
    return [family_result(data, row, lang, more=more)]


def survey_page(
    data: SurveyData,
    survey: SurveyDef,
    lang: str,
    chart: Drawn | None,
    distribution: DistributionDrawn | None = None,
    procedures: Mapping[str, str] | None = None,
) -> str:
    out = _heading(tr(survey.name, lang), wide=True)
    out += [demo(data, lang), *_headline(data, survey, lang)]
    out += [dataset_links(f"quality/{survey.id}.md", "survey-indicators", lang)]
    facts = [
        ("target_group", tr(survey.target_group, lang)),
        ("periodicity", tr(survey.periodicity, lang)),
        ("timing", timing_cell(survey, lang)),
        ("responsible", "; ".join(responsible_unit(data, u, lang) for u in survey.responsible)),
    ]
    out += [f"- **{esc(t(key, lang))}:** {value}" for key, value in facts]
    out += [""]
    if survey.note is not None:
        out += [tr(survey.note, lang), ""]
    out += [f"## {esc(t('trend_heading', lang))}", ""]
    out += years_lines(data, survey.id, lang, charted=chart is not None)
    if chart is None:
        out += [esc(t("no_data", lang)), ""]
    else:
        trend_chart, _, svg = chart
        out += [
            f'<figure class="survey-chart-figure">{svg}'
            f"<figcaption>{esc(trend_chart.title)}</figcaption></figure>",
            "",
            esc(trend_chart.description),
            "",
            chart_table(data, survey, trend_chart, lang),
            f"{esc(t('download', lang))}: [{esc(t('svg', lang))}](charts/{survey.id}.svg) · "
            f"[{esc(t('vl_json', lang))}](charts/{survey.id}.vl.json)",
            "",
        ]
    waves = data.waves(survey.id)
    out += [f"## {esc(t('faculties_heading', lang))}", ""]
    if waves and any(r.unit_type != "university" for r in data.rows(survey.id, waves[-1])):
        linked = {f.id for f in faculties_with_data(data, survey.id)}
        out += [esc(t("units_intro", lang)), "", esc(t("faculty_pages", lang)), ""]
        out += [_faculties_table(data, survey, waves[-1], linked, lang)]
        for wave in reversed(waves[:-1]):
            out += [
                f"<details><summary>{esc(t('earlier', lang))} {esc(wave)}</summary>",
                _faculties_table(data, survey, wave, linked, lang),
                "</details>",
                "",
            ]
    else:
        out += [esc(t("no_units", lang)), ""]
    if waves:
        out += [f"## {esc(t('blocks_heading', lang))}", ""]
        out += [_blocks_table(data, survey, waves[-1], lang, procedures), ""]
    out += distribution_section(data, survey, lang, distribution)
    out += [f"## {esc(t('survey_actions', lang))}", ""]
    actions = [a for a in data.actions.actions if a.indicator.survey == survey.id]
    if actions:
        out += [
            f"- [{tr(a.action, lang)}](actions.md#{a.id}) — {action_status(a, data, lang)}"
            for a in actions
        ]
    else:
        out += [esc(t("no_actions", lang))]
    out += ["", f"[{esc(t('see_methodology', lang))}](methodology.md)", ""]
    out.append(jsonld_script(survey_jsonld(data, survey, lang)))
    return "\n".join(out)


def faculty_page(
    data: SurveyData,
    survey: SurveyDef,
    faculty: Faculty,
    lang: str,
    unit_pages: Mapping[tuple[str, str], str] | None = None,
) -> str:
    """One survey's results for one faculty and its programmes, latest wave only: earlier
    waves are in the open data, so the page does not grow with the number of waves.
    `unit_pages` gives the pages of the faculty and its programmes elsewhere on the site
    ((unit type, id) → path in the language folder), linked from here."""
    name = faculty_page_name(survey.id, faculty.id)
    page = f"quality/{name}.md"
    pages = unit_pages or {}

    def linked(code: str, label: str) -> str:
        target = pages.get(("programme", code))
        return f'<a href="{page_href(page, target)}">{label}</a>' if target else label

    survey_name = tr(survey.name, lang)
    title = t("faculty_title", lang, survey=survey_name, faculty=tr(faculty.name, lang))
    out = _heading(title, wide=True)
    out += [demo(data, lang)]
    back = f"[{t('back_to_survey', lang, survey=survey_name)}]({survey.id}.md)"
    if ("faculty", faculty.id) in pages:
        # A Markdown link names the page's source (.md): MkDocs checks and rewrites it.
        catalogue = page_path(page, pages[("faculty", faculty.id)])
        back += f" · [{esc(t('faculty_catalogue', lang))}]({catalogue})"
    out += [back, ""]
    waves = data.waves(survey.id)
    wave = waves[-1] if waves else ""
    out += [f"## {esc(t('programmes_heading', lang, wave=wave))}", ""]
    own = data.row(survey.id, wave, "faculty", faculty.id) if waves else None
    if own is not None:
        # The faculty's figure as a family reads it first; the table is the statistics.
        out += [family_result(data, own, lang), ""]
    found = _programmes_table(data, survey, faculty, wave, lang, linked) if waves else None
    if found is None:
        out += [esc(t("no_latest", lang, wave=wave)), ""]
    else:
        out += _programme_sentences(data, survey, faculty, wave, lang, linked)
        out += [esc(t("units_intro", lang)), ""]
        # One block for the whole table, not one per programme: the page stays light
        # however many programmes the faculty has.
        summary = FAMILY["statistics_table"][lang]
        out += [
            f'<details class="survey-statistics"><summary>{summary}</summary>',
            found,
            "</details>",
            "",
        ]
    out += [esc(t("earlier_opendata", lang)), "", dataset_links(page, "survey-indicators", lang)]
    out += [f"[{esc(t('see_methodology', lang))}](methodology.md)", ""]
    return "\n".join(out)


def methodology_page(data: SurveyData, lang: str) -> str:
    page = "quality/methodology.md"
    out = _heading(esc(TITLE[lang]))
    out += [demo(data, lang), methodology_markdown(lang, data.meta.min_n, CI_MIN_RESPONDENTS), ""]
    headers = [t("survey", lang), t("block", lang), t("target", lang), t("threshold", lang)]
    rows = []
    for survey in data.surveys:
        for block in [OVERALL, *data.targets[survey.id].blocks]:
            target = data.target(survey.id, block)
            rows.append(
                [
                    tr(survey.name, lang),
                    block_label(data, survey.id, block, lang),
                    percent(target.target, lang),
                    percent(target.threshold, lang),
                ]
            )
    out += [f"## {esc(t('target_threshold', lang))}", ""]
    out += [table([esc(h) for h in headers], rows, esc(t("target_threshold", lang))), ""]
    out += dynamics_section(data, lang)
    names = published_datasets(
        (
            "survey-catalogue",
            "survey-indicators",
            "survey-distributions",
            "survey-questions",
            "survey-actions",
        )
    )
    links = " · ".join(
        f'<a href="{href(page, f"opendata/{name}.{ext}", lang)}">{name}.{ext}</a>'
        for name in names
        for ext in ("csv", "json")
    )
    out += [f"<p>{links}</p>", ""] if links else []
    return "\n".join(out)


def _indicator_label(data: SurveyData, action: Action, lang: str) -> str:
    ref = action.indicator
    survey = data.survey(ref.survey)
    row = data.row(*ref.key())
    parts = [
        f'<a href="{survey.id}.html">{tr(survey.name, lang)}</a>',
        esc(ref.wave),
        unit_label(data, ref.unit_type, ref.unit, lang),
        block_label(data, ref.survey, ref.block, lang),
    ]
    if ref.question:
        parts.append(esc(ref.question))
    if row is not None and not row.suppressed:
        target = data.target(ref.survey, ref.block)
        value = f"{percent(row.satisfaction, lang)} ({t('threshold', lang).lower()} "
        value += f"{percent(target.threshold, lang)})"
        if row.flags:
            value += f"; {flags_cell(row, lang)}"
        parts.append(value)
    return ", ".join(parts)


def actions_page(data: SurveyData, lang: str) -> str:
    headers = [
        t("action", lang),
        t("kind", lang),
        t("indicator", lang),
        t("responsible_one", lang),
        t("approved_by", lang),
        t("due", lang),
        t("status", lang),
        t("review", lang),
        t("evidence", lang),
    ]
    rows = [
        [
            f'<span id="{esc(a.id)}">{tr(a.action, lang)}</span>',
            esc(t(a.kind, lang)),
            _indicator_label(data, a, lang),
            responsible_unit(data, a.responsible, lang),
            approval_cell(a, data, lang),
            _day(a.due, lang),
            action_status(a, data, lang),
            review_cell(a, lang),
            evidence_cell(a, data, lang),
        ]
        for a in sorted(data.actions.actions, key=lambda a: (a.due, a.id))
    ]
    out = _heading(esc(t("actions_title", lang)))
    out += [demo(data, lang), esc(t("actions_intro", lang)), ""]
    out += [dataset_links("quality/actions.md", "survey-actions", lang)]
    # The one list of every corrective action, of internal audits too (issue 32).
    out += [f"[{ALL_ACTIONS['all_actions_link'][lang]}](../qms/actions.md)", ""]
    out += as_of_lines(data, lang)
    out += [table([esc(h) for h in headers], rows, esc(t("actions_caption", lang))), ""]
    out += [f"## {esc(t('open_heading', lang))}", "", esc(t("open_intro", lang)), ""]
    linked = {a.indicator.key() for a in data.actions.actions}
    open_rows = []
    for survey in data.surveys:
        waves = data.waves(survey.id)
        if not waves:
            continue
        for row in data.rows(survey.id, waves[-1]):
            if row.unit_type == "programme" or row.question or row.key() in linked:
                continue
            if needs_action(row, data.target(row.survey, row.block)):
                open_rows.append(
                    [
                        f'<a href="{survey.id}.html">{tr(survey.name, lang)}</a>',
                        esc(row.wave),
                        unit_label(data, row.unit_type, row.unit, lang),
                        block_label(data, row.survey, row.block, lang),
                        percent(row.satisfaction, lang),
                        target_cell(data, row.survey, row.block, lang),
                        flags_cell(row, lang),
                    ]
                )
    if open_rows:
        headers = [
            t("survey", lang),
            t("wave", lang),
            t("unit", lang),
            t("block", lang),
            t("satisfaction", lang),
            t("target_threshold", lang),
            t("flags", lang),
        ]
        out += [table([esc(h) for h in headers], open_rows, esc(t("open_caption", lang))), ""]
    else:
        out += [esc(t("open_none", lang)), ""]
    return "\n".join(out)


def render_survey_pages(
    data: SurveyData,
    lang: str,
    cache_dir: Path | None = None,
    unit_pages: Mapping[tuple[str, str], str] | None = None,
    procedures: Mapping[tuple[str, str], str] | None = None,
) -> dict[str, str]:
    """Markdown pages by path inside the language folder. Charts are drawn inline (and kept
    in memory for render_survey_assets, which writes the same SVGs as files).

    Pages that exist once per survey show the university and faculties only; each faculty
    with data has a page of its programmes (quality/<survey>-<faculty>.md), so no page's
    weight grows with the number of programmes of the whole university. Raises DataError if
    two pages would share a file name (see page_names)."""
    charts = draw_charts(data, lang, cache_dir)
    distributions = draw_distributions(data, lang, cache_dir)
    pages = {
        "quality/index.md": overview_page(data, lang),
        "quality/surveys.md": catalogue_page(data, lang),
        "quality/methodology.md": methodology_page(data, lang),
        "quality/actions.md": actions_page(data, lang),
    }
    check_page_names([s.id for s in data.surveys], [f.id for f in data.structure.faculties])
    # Each survey's pages on their own step (the live preview): a survey's target or a
    # wave of it renders that survey's pages again, not every survey's. What each page
    # reads of the data is watched (core/incremental.py), its targets through `target`.
    for survey in data.surveys:
        chart, shares = charts.get(survey.id), distributions.get(survey.id)
        # The pages elsewhere that explain what a question of this survey asks about.
        explained = {q: page for (s, q), page in (procedures or {}).items() if s == survey.id}
        pages[f"quality/{survey.id}.md"] = remembered_view(
            f"survey page {survey.id} {lang}",
            survey_page,
            *(data, survey, lang, chart, shares, explained),
        )
        for faculty in faculties_with_data(data, survey.id):
            name = faculty_page_name(survey.id, faculty.id)
            pages[f"quality/{name}.md"] = remembered_view(
                f"survey page {name} {lang}", faculty_page, data, survey, faculty, lang, unit_pages
            )
    return pages
