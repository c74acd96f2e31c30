"""Everything the site publishes, loaded and validated from data/ in one place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from kazutb_transparency.applicants import (
    REGISTER_RULES,
    Applicants,
    inconsistent_figures,
    load_applicants,
)
from kazutb_transparency.buildsteps.forked import in_child
from kazutb_transparency.core.audit import Audit, Concern
from kazutb_transparency.core.datafiles import display_path, parse_ahead
from kazutb_transparency.core.dates import add_months
from kazutb_transparency.core.disclosure_policy import POLICY_FILE, DisclosurePolicy, load_policy
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.glossary import check_translations
from kazutb_transparency.core.incremental import remembered, remembered_view, remembering
from kazutb_transparency.core.keptcheck import FILE as TERMINOLOGY
from kazutb_transparency.core.keptcheck import kept_check
from kazutb_transparency.core.keptvalue import keeping
from kazutb_transparency.core.parsecache import FILE as PARSES
from kazutb_transparency.core.withhold import Withheld, publishing_view, withhold_refused
from kazutb_transparency.core.withhold import active as withholding
from kazutb_transparency.disclosures import (
    Disclosures,
    academic_structure,
    compliance_register,
    load_disclosures,
)
from kazutb_transparency.disclosures.pages import unit_pages
from kazutb_transparency.disclosures.register_rows import RegisterRow
from kazutb_transparency.international import CLAUSES as INTERNATIONAL_CLAUSES
from kazutb_transparency.international import International, load_international
from kazutb_transparency.international import register_evidence as international_evidence
from kazutb_transparency.news import CLAUSES as NEWS_CLAUSES
from kazutb_transparency.news import News, load_news
from kazutb_transparency.news import register_evidence as news_evidence
from kazutb_transparency.organisation import Units, load_units
from kazutb_transparency.processes import Registry, load_registry
from kazutb_transparency.processes.survey_values import take_survey_values
from kazutb_transparency.quality.actions import duplicate_ids
from kazutb_transparency.quality.loading import QualitySystem, load_quality
from kazutb_transparency.students import CLAUSES as STUDENT_CLAUSES
from kazutb_transparency.students import Students, load_students
from kazutb_transparency.students import register_evidence as student_evidence
from kazutb_transparency.surveys import (
    SurveyData,
    load_survey_data,
    sample_data_notices,
    stale_status_notices,
)
from kazutb_transparency.transparency import (
    CLAUSES,
    Transparency,
    document_kinds,
    load_transparency,
    register_evidence,
)


@dataclass(frozen=True)
class SiteData:
    data_dir: Path
    today: date
    units: Units
    registry: Registry
    audit: Audit
    disclosures: Disclosures
    register: tuple[RegisterRow, ...]  # the compliance register's rows, one per clause
    surveys: SurveyData
    transparency: Transparency
    news: News
    quality: QualitySystem
    applicants: Applicants
    students: Students
    disclosure: DisclosurePolicy  # the small-group rule of every count (data/disclosure.yaml)
    international: International
    # Loaded through the publishing view (core/withhold.py): what is missing is published as
    # "not yet published", with the unit responsible for it.
    publishing: bool = False

    def unit_pages(self) -> dict[tuple[str, str], str]:
        """Where the catalogue shows each faculty and programme (the survey pages link to
        them). A method, so that in the live preview a page that asks depends on the answer,
        not on all of the disclosures: an accreditation's term renders no survey page."""
        return unit_pages(self.disclosures)


def load_site(data_dir: Path, today: date, cache_dir: Path | None = None) -> SiteData:
    """Load and cross-check all of data/; raises DataError listing every problem found.
    `cache_dir` (a build's .cache/): where the last build's parses of data/, its glossary
    check and its largest steps are kept (core/parsecache.py, keptcheck.py, keptvalue.py)."""
    if remembering():  # the preview: each file's parse is remembered from one rebuild on
        return _load_site(data_dir, today)
    kept_parses = cache_dir / PARSES if cache_dir is not None else None
    with parse_ahead(sorted(data_dir.rglob("*.yaml")), kept_parses), keeping(cache_dir):
        return _load_site(data_dir, today, cache_dir)


# Each round withholds what the last one found depending on a withheld value: a programme,
# then its disciplines and figures, then what names those. Real data settle in a few.
MOST_ROUNDS = 12


def load_published_site(data_dir: Path, today: date) -> tuple[SiteData, Withheld]:
    """data/ as the publishing build publishes it (core/withhold.py): without placeholder
    and sample values, nor what depends on them. Called after `load_site` has found the
    full data valid, so that every problem here comes of what the view leaves out; one that
    names nothing the view can leave out is raised as it is."""
    withheld = Withheld()
    for _ in range(MOST_ROUNDS):
        try:
            with publishing_view(withheld):
                return replace(_load_site(data_dir, today), publishing=True), withheld
        except DataError as exc:
            if not withhold_refused(exc.problems, withheld):
                raise
    raise DataError(
        [
            Problem(
                display_path(data_dir),
                f"the publishing view did not settle in {MOST_ROUNDS} rounds",
                hint="report this with the data: each round left out what depends on a "
                "placeholder, and more was still found",
            )
        ]
    )


def _applicants(
    d: Disclosures, data_dir: Path, policy: DisclosurePolicy, today: date, audit: Audit
) -> Applicants:
    """The applicants' data, watching what they read of the disclosures (the programmes,
    forms, faculties): an edit of the "About" texts does not load them again."""
    return load_applicants(data_dir, d, policy, today, audit)


def _one_minimum(policy: DisclosurePolicy, surveys: SurveyData, data_dir: Path) -> list[Problem]:
    """The survey indicators were aggregated with the policy's minimum group, or not."""
    if surveys.meta.min_n == policy.min_group:
        return []
    return [
        Problem(
            display_path(data_dir / "surveys" / "meta.yaml"),
            f"min_n is {surveys.meta.min_n}, but the disclosure policy's min_group is "
            f"{policy.min_group} ({display_path(data_dir / POLICY_FILE)})",
            field="min_n",
            hint="one minimum for every count: aggregate the surveys again with "
            f"--min-n {policy.min_group} and write it here, or change the policy",
        )
    ]


def _load_site(data_dir: Path, today: date, cache_dir: Path | None = None) -> SiteData:
    audit = Audit()
    problems: list[Problem] = []
    register: tuple[RegisterRow, ...] | None = None
    units = registry = disclosures = surveys = transparency = quality = applicants = None
    students = news = international = None
    policy = None
    # The glossary check reads data/ on its own: it runs on the other core meanwhile.
    # The preview runs it here, each file's texts remembered (a child would forget them).
    # A build with a cache keeps the check's problems while data/ does not change.
    terminology: Callable[[], list[Problem]]
    if remembering():
        terminology = lambda: check_translations(data_dir)  # noqa: E731
    elif cache_dir is None:
        terminology = in_child(check_translations, data_dir)
    else:
        terminology = kept_check(cache_dir / TERMINOLOGY, data_dir,
                                 lambda: in_child(check_translations, data_dir))  # fmt: skip
    try:
        units = remembered("units", load_units, data_dir, audit)
    except DataError as exc:
        problems.extend(exc.problems)
    try:
        policy = remembered("disclosure policy", load_policy, data_dir)
    except DataError as exc:
        problems.extend(exc.problems)
    if units is not None:
        try:
            registry = remembered("registry", load_registry, data_dir, units, audit)
        except DataError as exc:
            problems.extend(exc.problems)
        try:
            disclosures = remembered(
                "disclosures",
                load_disclosures,
                data_dir,
                units,
                today,
                audit,
                {
                    *CLAUSES,
                    *INTERNATIONAL_CLAUSES,
                    *NEWS_CLAUSES,
                    *REGISTER_RULES,
                    *STUDENT_CLAUSES,
                },
            )
        except DataError as exc:
            problems.extend(exc.problems)
        if disclosures is not None:
            try:
                kinds = document_kinds(disclosures)
                transparency = remembered(
                    "transparency", load_transparency, data_dir, units, kinds, today, audit
                )
            except DataError as exc:
                problems.extend(exc.problems)
            try:
                news = remembered("news", load_news, data_dir, units, kinds, today, audit)
            except DataError as exc:
                problems.extend(exc.problems)
        try:
            names = {unit.id: unit.name for unit in units}
            structure = academic_structure(disclosures) if disclosures is not None else None
            surveys = remembered("surveys", load_survey_data, data_dir, names, today, structure)
            notices = sample_data_notices(surveys, data_dir)
            if withholding():
                # The publishing view reads no demonstration figures or actions; the
                # catalogue, adapted from the methodology, is published as not confirmed.
                notices = [n for n in notices if n.field == "verified"]
                audit.extend(Concern.PUBLIC_SOURCE, notices)
            else:
                audit.extend(Concern.UNVERIFIED, notices)
            audit.extend(Concern.STALE, stale_status_notices(surveys, data_dir, today))
            if registry is not None:
                # Indicators that are survey figures take the survey engine's value.
                registry, more = remembered(
                    "survey values", take_survey_values, registry, surveys, data_dir, audit
                )
                problems.extend(more)
        except DataError as exc:
            problems.extend(exc.problems)
        try:
            quality = remembered("quality", load_quality, data_dir, units, audit)
            if surveys is not None:
                problems.extend(duplicate_ids(quality, surveys, data_dir))
        except DataError as exc:
            problems.extend(exc.problems)
        if surveys is not None and policy is not None:
            problems.extend(_one_minimum(policy, surveys, data_dir))
        if disclosures is not None and surveys is not None:
            try:
                # The grade-appeal procedure names its academic policy and the survey
                # question that asks whether students know it.
                questions = {
                    survey: frozenset(q.id for q in entry.questions)
                    for survey, entry in surveys.questionnaire.items()
                }
                students = remembered(
                    "students",
                    load_students,
                    data_dir,
                    units,
                    document_kinds(disclosures),
                    questions,
                    today,
                    audit,
                )
            except DataError as exc:
                problems.extend(exc.problems)
        if disclosures is not None and policy is not None:
            try:
                # One small-group rule for every count (data/disclosure.yaml).
                applicants = remembered_view(
                    "applicants", _applicants, disclosures, data_dir, policy, today, audit
                )
            except DataError as exc:
                problems.extend(exc.problems)
        if disclosures is not None and policy is not None:
            try:
                # International students follow the same small-group rule as every count.
                international = remembered(
                    "international",
                    load_international,
                    data_dir,
                    tuple(p.code for p in disclosures.programmes),
                    document_kinds(disclosures),
                    policy,
                    today,
                    audit,
                )
            except DataError as exc:
                problems.extend(exc.problems)
        if disclosures is not None and surveys is not None and applicants is not None:
            # Figures that must agree from one file to another: admission, students,
            # graduates, survey invitations (applicants/consistency.py, its rules).
            audit.extend(
                Concern.INCONSISTENT,
                inconsistent_figures(applicants, disclosures, surveys.indicators, data_dir),
            )
        if (
            disclosures is not None
            and transparency is not None
            and applicants is not None
            and students is not None
            and news is not None
            and international is not None
        ):
            try:
                # The register's rows, with the evidence other domains give for their clauses:
                # the transparency mechanisms (§8.3, §9.7.3), the applicants' pages (§8.5,
                # §8.6.1), the students' appeals and support (§9.7.1.5, §9.7.1.8), the news
                # (§8.3.8, §8.3.10), international cooperation (§9.8).
                evidence = {
                    **register_evidence(transparency, disclosures),
                    **student_evidence(students),
                    **news_evidence(news),
                    **international_evidence(international),
                    **{c: rule(applicants, disclosures) for c, rule in REGISTER_RULES.items()},
                }
                register = remembered(
                    "register", compliance_register, disclosures, units, data_dir, audit, evidence
                )
            except DataError as exc:
                problems.extend(exc.problems)
    try:
        # One term, one translation across the whole of data/ (data/glossary.yaml).
        audit.extend(Concern.TERMINOLOGY, terminology())
    except DataError as exc:
        problems.extend(exc.problems)
    if problems:
        raise DataError(problems)
    assert units is not None and registry is not None
    assert disclosures is not None and surveys is not None
    assert transparency is not None and quality is not None and applicants is not None
    assert students is not None and news is not None and international is not None
    assert register is not None and policy is not None
    due = add_months(registry.document.updated, registry.document.review_months)
    if due < today:
        audit.add(
            Concern.STALE,
            Problem(
                display_path(data_dir / "registry.yaml"),
                f"review was due on {due.isoformat()}",
                field="updated",
                hint="check the registry against the approved document, then update 'updated'",
            ),
        )
    return SiteData(
        data_dir=data_dir,
        today=today,
        units=units,
        registry=registry,
        audit=audit,
        disclosures=disclosures,
        register=register,
        surveys=surveys,
        transparency=transparency,
        news=news,
        quality=quality,
        applicants=applicants,
        students=students,
        disclosure=policy,
        international=international,
    )
