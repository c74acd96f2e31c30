"""Loading data/surveys/ for the build, with every cross-check between its files."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from kazutb_transparency.core import withhold
from kazutb_transparency.core.datafiles import Lines, display_path, load_yaml, validate
from kazutb_transparency.core.dates import add_months
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.incremental import remembered
from kazutb_transparency.organisation.structure import (
    FACULTIES_FILE,
    AcademicStructure,
    read_structure,
)
from kazutb_transparency.surveys.action_rules import date_issues
from kazutb_transparency.surveys.codes import OVERALL
from kazutb_transparency.surveys.disclosure import check_disclosure
from kazutb_transparency.surveys.distribution_file import read_distributions
from kazutb_transparency.surveys.evidence import approval_issues, evidence_issues, unit_kinds
from kazutb_transparency.surveys.indicators import (
    Context,
    IndicatorKey,
    IndicatorRow,
    kept_indicators,
)
from kazutb_transparency.surveys.models import (
    Action,
    ActionsFile,
    Catalogue,
    Meta,
    Questionnaire,
    SurveyDef,
    SurveyQuestions,
    SurveyTargets,
    Target,
    Targets,
)
from kazutb_transparency.surveys.page_names import page_name_problems


@dataclass(frozen=True)
class SurveyData:
    """Everything the survey pages and open data are made from: published values only."""

    meta: Meta
    structure: AcademicStructure  # the faculties and programmes the units refer to
    catalogue: Catalogue
    questionnaire: dict[str, SurveyQuestions]
    targets: dict[str, SurveyTargets]
    indicators: tuple[IndicatorRow, ...]
    actions: ActionsFile
    unit_names: dict[str, Localized]  # data/units.yaml: id → name
    # What "overdue" is judged against: actions.yaml's as_of, or else the build date.
    as_of: date
    # distributions.csv: shares (thousandths) at points 1..k, by published question row
    distributions: dict[IndicatorKey, tuple[int, ...]] = field(default_factory=dict)
    # The build date (KAZUTB_TODAY in tests): an action becomes overdue on the day after its
    # due day, whenever the statuses were last checked, so a daily build shows it that day.
    today: date | None = None
    # Indexes built from the fields above; not arguments, so that dataclasses.replace()
    # builds fresh ones rather than filling the original's again.
    _by_key: dict[IndicatorKey, IndicatorRow] = field(default_factory=dict, init=False, repr=False)
    _by_wave: dict[tuple[str, str], list[IndicatorRow]] = field(
        default_factory=dict, init=False, repr=False
    )
    _names: dict[tuple[str, str], Localized] = field(default_factory=dict, init=False, repr=False)
    _waves: dict[str, list[str]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for faculty in self.structure.faculties:
            self._names.setdefault(("faculty", faculty.id), faculty.name)
            for programme in faculty.programmes:
                if programme.name is not None:
                    self._names.setdefault(("programme", programme.code), programme.name)
        # The live preview reads the indicators again only when their file changed, so an
        # edit of a target or an action gives the same tuple, and its indexes are the same
        # objects too: the steps that read them find them unchanged at once instead of
        # comparing 100,000 rows.
        by_key, by_wave, waves = remembered("survey indicator indexes", _indexes, self.indicators)
        object.__setattr__(self, "_by_key", by_key)
        object.__setattr__(self, "_by_wave", by_wave)
        object.__setattr__(self, "_waves", waves)

    @property
    def overdue_day(self) -> date:
        """The day "overdue" is judged on: the build date, or `as_of` without one."""
        return self.today or self.as_of

    @cached_property
    def surveys(self) -> list[SurveyDef]:
        """In their order; one list (the preview compares what a page read with this)."""
        return sorted(self.catalogue.surveys, key=lambda s: s.number)

    def survey(self, survey_id: str) -> SurveyDef:
        return next(s for s in self.catalogue.surveys if s.id == survey_id)

    def survey_waves(self) -> list[tuple[str, str]]:
        """Every (survey, wave) with indicators, in order."""
        return [(survey, wave) for survey, waves in sorted(self._waves.items()) for wave in waves]

    def waves(self, survey_id: str) -> list[str]:
        """The survey's waves, oldest first (asked for every unit on every page)."""
        return list(self._waves.get(survey_id, ()))

    def row(
        self,
        survey: str,
        wave: str,
        unit_type: str = "university",
        unit: str = "",
        block: str = OVERALL,
        question: str = "",
    ) -> IndicatorRow | None:
        return self._by_key.get((survey, wave, unit_type, unit, block, question))

    def rows(self, survey: str, wave: str) -> Iterator[IndicatorRow]:
        return iter(self._by_wave.get((survey, wave), []))

    def target(self, survey: str, block: str = OVERALL) -> Target:
        targets = self.targets[survey]
        return targets.overall if block == OVERALL else targets.for_block(block)

    @property
    def faculty_of(self) -> dict[str, str]:
        return self.structure.faculty_of

    def unit_name(self, unit_type: str, code: str) -> Localized | None:
        return self._names.get((unit_type, code))


Indexes = tuple[
    dict[IndicatorKey, IndicatorRow],
    dict[tuple[str, str], list[IndicatorRow]],
    dict[str, list[str]],
]


def _indexes(indicators: tuple[IndicatorRow, ...]) -> Indexes:
    """Rows by key, by (survey, wave), and each survey's waves in order (never changed
    once built: the pages and datasets only read them)."""
    by_key: dict[IndicatorKey, IndicatorRow] = {}
    by_wave: dict[tuple[str, str], list[IndicatorRow]] = {}
    waves: dict[str, list[str]] = {}
    for row in indicators:
        by_key[row.key()] = row
        by_wave.setdefault((row.survey, row.wave), []).append(row)
    for survey, wave in sorted(by_wave):
        waves.setdefault(survey, []).append(wave)
    return by_key, by_wave, waves


def _load(path: Path, model: Any, problems: list[Problem]) -> tuple[Any, Lines | None]:
    try:
        data, lines = load_yaml(path)
        return validate(model, data, display_path(path), lines), lines
    except DataError as exc:
        problems.extend(exc.problems)
        return None, None


def _unit_names(path: Path, problems: list[Problem]) -> dict[str, Localized]:
    """Ids and names from data/units.yaml (its own loader checks the rest of it)."""
    try:
        data, _ = load_yaml(path)
    except DataError as exc:
        problems.extend(exc.problems)
        return {}
    names = {}
    for item in data if isinstance(data, list) else []:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            try:
                names[item["id"]] = Localized.model_validate(item.get("name"))
            except ValueError:
                names[item["id"]] = Localized(kk=item["id"])
    return names


def _check_catalogue(
    catalogue: Catalogue, lines: Lines | None, units: dict[str, Localized], file: str
) -> list[Problem]:
    problems = []
    ids: set[str] = set()
    numbers: set[int] = set()
    for index, survey in enumerate(catalogue.surveys):
        line = lines.line_of(("surveys", index)) if lines else None
        if survey.id in ids:
            problems.append(Problem(file, "duplicate id", record=survey.id, field="id", line=line))
        if survey.number in numbers:
            problems.append(
                Problem(file, "duplicate number", record=survey.id, field="number", line=line)
            )
        ids.add(survey.id)
        numbers.add(survey.number)
        for unit in survey.responsible:
            if unit not in units:
                problems.append(
                    Problem(
                        file,
                        f"unknown unit '{unit}'",
                        record=survey.id,
                        field="responsible",
                        line=lines.line_of(("surveys", index, "responsible")) if lines else None,
                        hint="use an id from data/units.yaml",
                    )
                )
    return problems


def _check_questionnaire(
    questionnaire: dict[str, SurveyQuestions], surveys: set[str], lines: Lines | None, file: str
) -> list[Problem]:
    problems = []
    for survey in sorted(surveys - set(questionnaire)):
        problems.append(Problem(file, "no questionnaire", record=survey, hint="add its questions"))
    for survey, entry in questionnaire.items():
        line = lines.line_of((survey,)) if lines else None
        if survey not in surveys:
            problems.append(Problem(file, "survey not in catalogue.yaml", record=survey, line=line))
        ids = [q.id for q in entry.questions]
        for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
            problems.append(Problem(file, f"duplicate question id '{duplicate}'", record=survey))
        used = set(entry.block_ids())
        for block in sorted(used - set(entry.blocks)):
            problems.append(
                Problem(
                    file,
                    f"block '{block}' has no name",
                    record=survey,
                    field="blocks",
                    line=line,
                    hint="add it under blocks: with its kk, ru and en names",
                )
            )
        for block in sorted(set(entry.blocks) - used):
            problems.append(
                Problem(file, f"block '{block}' has no questions", record=survey, field="blocks")
            )
    return problems


def _check_targets(
    targets: dict[str, SurveyTargets],
    questionnaire: dict[str, SurveyQuestions],
    surveys: set[str],
    file: str,
) -> list[Problem]:
    problems = [
        Problem(file, "no target", record=survey, hint="add overall: {target: …, threshold: …}")
        for survey in sorted(surveys - set(targets))
    ]
    for survey, entry in targets.items():
        if survey not in surveys:
            problems.append(Problem(file, "survey not in catalogue.yaml", record=survey))
            continue
        known = set(questionnaire[survey].block_ids()) if survey in questionnaire else set()
        for block in sorted(set(entry.blocks) - known):
            problems.append(Problem(file, f"unknown block '{block}'", record=survey))
    return problems


def needs_action(row: IndicatorRow, target: Target) -> bool:
    """Below threshold, or flagged: the indicators a corrective action answers."""
    below = row.satisfaction is not None and row.satisfaction < target.threshold
    return not row.suppressed and (below or bool(row.flags))


def _action_issues(
    action: Action, data: SurveyData, kinds: dict[str, str]
) -> list[tuple[str, str, str | None]]:
    """(field, message, hint) for everything wrong with one action."""
    issues: list[tuple[str, str, str | None]] = []
    if action.responsible not in data.unit_names:
        issues.append(("responsible", f"unknown unit '{action.responsible}'", "see units.yaml"))
    issues += date_issues(action, data.as_of)
    issues += approval_issues(action, kinds)
    issues += evidence_issues(action, data)
    ref = action.indicator
    row = data.row(*ref.key())
    if row is None:
        issues.append(("indicator", "no such indicator in indicators.csv", None))
    elif row.suppressed:
        issues.append(("indicator", "the indicator is suppressed: link a published one", None))
    elif action.kind == "corrective" and not needs_action(row, data.target(ref.survey, ref.block)):
        issues.append(
            (
                "indicator",
                "a corrective action needs an indicator below its threshold or flagged",
                "link the indicator that triggered it, or make it a preventive action",
            )
        )
    return issues


def _check_actions(
    actions: ActionsFile, lines: Lines | None, data: SurveyData, file: str, kinds: dict[str, str]
) -> list[Problem]:
    problems = []
    ids: set[str] = set()
    for index, action in enumerate(actions.actions):
        issues = _action_issues(action, data, kinds)
        if action.id in ids:
            issues.append(("id", "duplicate id", None))
        ids.add(action.id)
        for field_name, message, hint in issues:
            line = lines.line_of(("actions", index, field_name)) if lines else None
            problems.append(
                Problem(file, message, record=action.id, field=field_name, line=line, hint=hint)
            )
    return problems


def _without_results(
    meta: Meta,
    structure: AcademicStructure,
    catalogue: Catalogue,
    questionnaire: Questionnaire,
    targets: Targets,
    actions: ActionsFile,
    units: dict[str, Localized],
    today: date | None,
) -> SurveyData:
    """The survey data with no indicator, distribution or action: what the publishing
    build has while the indicators are demonstration data."""
    actions = actions.model_copy(update={"actions": []})
    as_of = actions.as_of or today or date.today()
    return SurveyData(meta, structure, catalogue, questionnaire.root, targets.root, (),
                      actions, units, as_of, {}, today)  # fmt: skip


def load_survey_data(
    data_dir: Path,
    unit_names: dict[str, Localized] | None = None,
    today: date | None = None,
    structure: AcademicStructure | None = None,
) -> SurveyData:
    """Read `data_dir`/surveys/*; unit names and the academic structure come from the
    caller's loaded data, or else from `data_dir`'s units.yaml and disclosures (standalone
    use). `today` is the build date: actions are judged overdue against actions.yaml's
    `as_of`, or else against it (or the clock).

    Raises DataError listing every problem found in any of the files.
    """
    folder = data_dir / "surveys"
    problems: list[Problem] = []
    units = unit_names if unit_names is not None else _unit_names(data_dir / "units.yaml", problems)
    if structure is None:
        try:
            structure = read_structure(data_dir)
        except DataError as exc:
            problems.extend(exc.problems)
            structure = AcademicStructure(())
    meta, _ = _load(folder / "meta.yaml", Meta, problems)
    catalogue, catalogue_lines = _load(folder / "catalogue.yaml", Catalogue, problems)
    questionnaire, q_lines = _load(folder / "questionnaire.yaml", Questionnaire, problems)
    targets, _ = _load(folder / "targets.yaml", Targets, problems)
    actions, action_lines = _load(folder / "actions.yaml", ActionsFile, problems)
    if None in (meta, catalogue, questionnaire, targets, actions):
        raise DataError(problems)
    name = display_path
    surveys = {s.id for s in catalogue.surveys}
    problems += _check_catalogue(catalogue, catalogue_lines, units, name(folder / "catalogue.yaml"))
    problems += _check_questionnaire(
        questionnaire.root, surveys, q_lines, name(folder / "questionnaire.yaml")
    )
    problems += _check_targets(
        targets.root, questionnaire.root, surveys, name(folder / "targets.yaml")
    )
    problems += page_name_problems(
        [s.id for s in catalogue.surveys],
        [f.id for f in structure.faculties],
        name(folder / "catalogue.yaml"),
        name(data_dir / FACULTIES_FILE),
    )
    if problems:
        raise DataError(problems)
    faculty_of = structure.faculty_of
    path = folder / "indicators.csv"
    if withhold.active():
        # Demonstration figures and actions are never published (core/withhold.py): the
        # publishing build reads the survey data as not yet published.
        if meta.demonstration:
            return _without_results(meta, structure, catalogue, questionnaire, targets,
                                    actions, units, today)  # fmt: skip
        if actions.demonstration:
            actions = actions.model_copy(update={"actions": []})
    faculties = frozenset(f.id for f in structure.faculties)
    context = Context(surveys, questionnaire.root, faculty_of, meta.min_n, faculties)
    # The preview reads the indicators again only when their files or context changed,
    # not at an edit of a target or an action.
    rows = remembered("survey indicators", kept_indicators, path, context)
    problems += remembered(
        "survey disclosure", check_disclosure, name(path), rows, faculty_of, meta.min_n
    )
    try:
        shares = remembered(
            "survey distributions",
            read_distributions,
            *(folder / "distributions.csv", rows, questionnaire.root, meta.min_n),
        )
    except DataError as exc:
        problems += exc.problems
        shares = {}
    as_of = actions.as_of or today or date.today()
    data = SurveyData(
        meta,
        structure,
        catalogue,
        questionnaire.root,
        targets.root,
        tuple(rows),
        actions,
        units,
        as_of,
        shares,
        today,
    )
    kinds = unit_kinds(data_dir / "units.yaml")
    problems += _check_actions(actions, action_lines, data, name(folder / "actions.yaml"), kinds)
    if problems:
        raise DataError(problems)
    return data


def sample_data_notices(data: SurveyData, data_dir: Path) -> list[Problem]:
    """What is sample or unconfirmed in data/surveys/, for the audit (the strict build)."""
    folder = data_dir / "surveys"
    notices = []
    if data.meta.demonstration:
        notices.append(
            Problem(
                display_path(folder / "meta.yaml"),
                "the survey indicators are demonstration data",
                field="demonstration",
                hint="aggregate real answers with scripts/aggregate_surveys.py, then set false",
            )
        )
    if data.actions.demonstration:
        notices.append(
            Problem(
                display_path(folder / "actions.yaml"),
                "the corrective actions are demonstration data",
                field="demonstration",
            )
        )
    if not data.catalogue.verified:
        notices.append(
            Problem(
                display_path(folder / "catalogue.yaml"),
                "the survey catalogue is not confirmed by the university",
                field="verified",
            )
        )
    return notices


def stale_status_notices(data: SurveyData, data_dir: Path, today: date) -> list[Problem]:
    """Action statuses are checked monthly (§7.5.5): an `as_of` more than a month before the
    build, or after it, no longer says where the actions stand today."""
    as_of = data.actions.as_of
    if as_of is None or not data.actions.actions:
        return []
    file = display_path(data_dir / "surveys" / "actions.yaml")
    if as_of > today:
        message = f"as_of {as_of.isoformat()} is after the build date {today.isoformat()}"
    elif add_months(as_of, 1) < today:
        message = f"the statuses were last checked on {as_of.isoformat()}, over a month ago"
    else:
        return []
    hint = "check every action's status, then set as_of to that day"
    return [Problem(file, message, field="as_of", hint=hint)]
