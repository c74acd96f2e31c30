"""The corrective and preventive actions (§7.5.5) as open data: `survey-actions`.

One row per action of data/surveys/actions.yaml, keyed by its id; the indicator it answers is
given by the same six columns as in `survey-indicators`. `overdue` is computed against the
statuses' date (`as_of`, also a column), so the file reads the same on every rebuild of the
same data.
"""

from __future__ import annotations

from datetime import date

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.opendata.dataset import Dataset, Field, localized_fields
from kazutb_transparency.core.provenance import provenance_column
from kazutb_transparency.surveys.action_rules import is_overdue
from kazutb_transparency.surveys.codes import ID_PATTERN, KEY_COLUMNS
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.rows import LANGS, Row

METHODOLOGY = "Regulation on monitoring and feedback, §7.5.5"
STATUSES = ("planned", "in-progress", "done", "effective", "not-effective")


def _t(kk: str, ru: str, en: str) -> Localized:
    return Localized(kk=kk, ru=ru, en=en)


def _date(name: str, title: Localized, description: Localized, required: bool) -> Field:
    return Field(name, "date", title, description, required=required)


def action_fields(indicator_key: tuple[Field, ...]) -> tuple[Field, ...]:
    """The columns; `indicator_key` are the key columns of survey-indicators, defined there."""
    return (*_HEAD, *indicator_key, *_TAIL)


_HEAD: tuple[Field, ...] = (
    Field(
        "id",
        "string",
        _t("Сәйкестендіргіш", "Идентификатор", "Identifier"),
        _t(
            "Әрекеттің тұрақты сәйкестендіргіші.",
            "Постоянный идентификатор действия.",
            "Stable id of the action.",
        ),
        required=True,
        unique=True,
        pattern=ID_PATTERN.removeprefix("^").removesuffix("$"),
    ),
    Field(
        "kind",
        "string",
        _t("Түрі", "Вид", "Kind"),
        _t(
            "corrective — анықталған мәселенің себебін жояды; preventive — тәуекелдің алдын алады.",
            "corrective — устраняет причину выявленной проблемы; preventive — предупреждает риск.",
            "corrective: removes the cause of a problem found; preventive: forestalls a risk.",
        ),
        required=True,
        enum=("corrective", "preventive"),
    ),
)

_TAIL: tuple[Field, ...] = (
    _date(
        "due",
        _t("Мерзімі", "Срок", "Due"),
        _t(
            "Әрекет орындалуға тиіс күн.",
            "Дата, к которой действие должно быть выполнено.",
            "The day by which the action is to be completed.",
        ),
        required=True,
    ),
    Field(
        "status",
        "string",
        _t("Күйі", "Статус", "Status"),
        _t(
            "planned — жоспарланған; in-progress — орындалуда; done — орындалды, тиімділігі "
            "әлі бағаланбаған; effective / not-effective — тиімділігі review күні бағаланды.",
            "planned — запланировано; in-progress — выполняется; done — выполнено, "
            "эффективность ещё не оценена; effective / not-effective — эффективность оценена "
            "в день review.",
            "planned; in-progress; done: completed, effectiveness not yet judged; effective / "
            "not-effective: effectiveness judged on the review day.",
        ),
        required=True,
        enum=STATUSES,
    ),
    _date(
        "review",
        _t("Тиімділікті бағалау", "Оценка эффективности", "Effectiveness review"),
        _t(
            "Тиімділік бағаланған (немесе бағаланатын) күн: мерзімнен кейін 6–12 ай ішінде; "
            "effective және not-effective үшін міндетті, әйтпесе белгіленбесе бос.",
            "Дата, когда эффективность оценена (или будет оценена): через 6–12 месяцев после "
            "срока; обязательна для effective и not-effective, иначе пусто, если не назначена.",
            "The day effectiveness was (or will be) judged: 6–12 months after due; always "
            "given for effective and not-effective, otherwise empty until scheduled.",
        ),
        required=False,
    ),
    Field(
        "overdue",
        "boolean",
        _t("Мерзімі өткен", "Просрочено", "Overdue"),
        _t(
            "as_of күніне мерзімі өтіп кеткен, бірақ әлі жоспарланған немесе орындалуда "
            "болса — true.",
            "true, если к дате as_of срок прошёл, а действие всё ещё запланировано или "
            "выполняется.",
            "True when, as of as_of, the due day has passed and the action is still planned "
            "or in progress.",
        ),
        required=True,
    ),
    *localized_fields(
        "action",
        _t("Әрекет", "Действие", "Action"),
        _t("Не істеледі", "Что делается", "What is done"),
    ),
    Field(
        "responsible",
        "string",
        _t("Жауапты бөлімше", "Ответственное подразделение", "Responsible unit"),
        _t(
            "Жауапты бөлімшенің университет бөлімшелері тізіміндегі сәйкестендіргіші.",
            "Идентификатор ответственного подразделения по списку подразделений университета.",
            "Id of the responsible unit in the university's list of units.",
        ),
        required=True,
    ),
    _date(
        "as_of",
        _t("Күйлер көрсетілген күн", "Статусы на дату", "Statuses as of"),
        _t(
            "Күйлер соңғы рет тексерілген күн; мерзімнің өтуі (overdue) осы күнге қарай "
            "есептеледі.",
            "Дата последней проверки статусов; overdue рассчитывается на эту дату.",
            "The day the statuses were last checked; overdue is computed as of this day.",
        ),
        required=True,
    ),
    Field(
        "demonstration",
        "boolean",
        _t("Демонстрациялық", "Демонстрационные", "Demonstration"),
        _t(
            "Әрекеттер университет қабылдаған шешімдер емес, демонстрациялық мысалдар болса — "
            "true.",
            "true, если действия — демонстрационные примеры, а не решения университета.",
            "True while the actions are demonstration examples, not the university's decisions.",
        ),
        required=True,
    ),
    provenance_column(
        _t(
            "placeholder — демонстрациялық мысал; confirmed — университет қабылдаған әрекет.",
            "placeholder — демонстрационный пример; confirmed — действие, принятое университетом.",
            "placeholder for a demonstration example; confirmed for an action the university "
            "has adopted.",
        )
    ),
)


def survey_action_records(data: SurveyData) -> list[Row]:
    rows = []
    for action in data.actions.actions:
        ref = action.indicator
        row: Row = {"id": action.id, "kind": action.kind}
        row |= dict(zip(KEY_COLUMNS, ref.key(), strict=True))
        row |= {
            "due": action.due.isoformat(),
            "status": action.status,
            "review": action.review.isoformat() if action.review else None,
            "overdue": is_overdue(action, data.as_of),
        }
        row |= {f"action_{lang}": getattr(action.action, lang) for lang in LANGS}
        row |= {
            "responsible": action.responsible,
            "as_of": data.as_of.isoformat(),
            "demonstration": data.actions.demonstration,
            "provenance": "placeholder" if data.actions.demonstration else "confirmed",
        }
        rows.append(row)
    return rows


def actions_dataset(
    data: SurveyData, indicator_key: tuple[Field, ...], latest_wave: date
) -> Dataset:
    as_of_text = data.as_of.isoformat()
    return Dataset(
        name="survey-actions",
        title=_t(
            "Түзету және алдын алу әрекеттері",
            "Корректирующие и предупреждающие действия",
            "Corrective and preventive actions",
        ),
        description=_t(
            "Сауалнама көрсеткіштері бойынша қабылданған түзету және алдын алу әрекеттері "
            "(мониторинг әдістемесі §7.5.5): әрекет жауап беретін көрсеткіш (survey-indicators "
            "жиынтығының survey, wave, unit_type, unit, block, question бағандары), мерзімі, "
            f"күйі, тиімділікті бағалау күні және {as_of_text} күнге мерзімі өткені; бір "
            "жолда бір әрекет.",
            "Корректирующие и предупреждающие действия по показателям опросов (§7.5.5 "
            "методики мониторинга): показатель, на который отвечает действие (столбцы survey, "
            "wave, unit_type, unit, block, question набора survey-indicators), срок, статус, "
            f"дата оценки эффективности и просрочка на {as_of_text}; по одному действию в "
            "строке.",
            "Corrective and preventive actions taken on survey indicators (§7.5.5 of the "
            "monitoring methodology): the indicator each answers (the survey, wave, unit_type, "
            "unit, block and question columns of survey-indicators), due day, status, "
            f"effectiveness review and whether it is overdue as of {as_of_text}; one action "
            "per row.",
        ),
        fields=action_fields(indicator_key),
        rows=survey_action_records(data),
        primary_key=("id",),
        # The statuses' date if the file has one; else the data's latest survey wave, so
        # that the package's dates never depend on the day of the build.
        updated=data.actions.as_of or latest_wave,
        sources=(data.actions.source.get("en"), METHODOLOGY),
        evidence=_t(
            "Мониторинг әдістемесі §7.5.5 — кері байланыс циклін тұйықтау (CAPA)",
            "Методика мониторинга §7.5.5 — замыкание цикла обратной связи (CAPA)",
            "Monitoring methodology §7.5.5 — closing the loop (CAPA)",
        ),
        pages=("quality/actions.md",),
    )
