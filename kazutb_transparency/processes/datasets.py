"""The process registry as open data: `processes` and `process-indicators`."""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.opendata.dataset import (
    Dataset,
    Field,
    localized_fields,
    localized_values,
)
from kazutb_transparency.core.provenance import provenance_column
from kazutb_transparency.organisation import Units
from kazutb_transparency.organisation.models import UnitRef
from kazutb_transparency.processes.labels import localized_label
from kazutb_transparency.processes.loading import Registry
from kazutb_transparency.processes.models import LIST_FIELDS

T = Localized

# Column titles are the section titles of the process pages: one wording everywhere.
LIST_TITLES: dict[str, Localized] = {name: localized_label(name) for name in LIST_FIELDS}


def _units_text(units: Units, refs: list[UnitRef], lang: str) -> str:
    return "; ".join(units.label(ref).get(lang) for ref in refs)


def _responsible_values(units: Units, refs: list[UnitRef]) -> dict[str, object]:
    return {
        "": [str(ref) for ref in refs],
        **{f"_{lang}": _units_text(units, refs, lang) for lang in ("kk", "ru", "en")},
    }


def _responsible_fields(name: str, title: Localized, names: Localized) -> tuple[Field, ...]:
    """The ids of the owner/manager references, and their names in three languages."""
    ids = Field(
        name,
        "array",
        title,
        T(
            kk="Университет бөлімшелері тізіміндегі сәйкестендіргіштер ('head:' — бөлімше басшысы)",
            ru="Идентификаторы по списку подразделений университета ('head:' — руководитель)",
            en="Ids in the university's list of units ('head:' = head of the unit)",
        ),
        required=True,
    )
    return (ids, *localized_fields(name, title, names))


def process_datasets(registry: Registry, units: Units) -> list[Dataset]:
    doc = registry.document
    source = T(
        kk=f"{doc.code} ({doc.title.kk}, {doc.version}-нұсқа)",
        ru=f"{doc.code} ({doc.title.get('ru')}, версия {doc.version})",
        en=f"{doc.code} ({doc.title.get('en')}, version {doc.version})",
    )
    fields: list[Field] = [
        Field(
            "number",
            "integer",
            T(kk="Нөмірі", ru="Номер", en="Number"),
            T(
                kk="Процестің картадағы нөмірі",
                ru="Номер процесса в карте",
                en="Number of the process in the map",
            ),
            required=True,
            unique=True,
            minimum=1,
            maximum=22,
        ),
        Field(
            "category",
            "string",
            T(kk="Санаты", ru="Категория", en="Category"),
            T(
                kk="management — басқару, core — негізгі, support — қолдаушы",
                ru="management — управления, core — основные, support — поддерживающие",
                en="management, core or support",
            ),
            required=True,
            enum=("management", "core", "support"),
        ),
        Field(
            "code",
            "string",
            T(kk="Сәйкестендіру нөмірі", ru="Идентификационный номер", en="Identification number"),
            T(
                kk="Процестің құжаттағы коды",
                ru="Код процесса в документе",
                en="The process code as printed in the map",
            ),
            required=True,
            unique=True,
        ),
        Field(
            "iso_clauses",
            "array",
            T(kk="ISO 9001 тармақтары", ru="Пункты ISO 9001", en="ISO 9001 clauses"),
            T(
                kk="Кодтан алынған ISO 9001:2015 тармақтары",
                ru="Пункты ISO 9001:2015, взятые из кода",
                en="ISO 9001:2015 clauses read from the code",
            ),
        ),
        *localized_fields(
            "title",
            T(kk="Атауы", ru="Название", en="Title"),
            T(kk="Процестің атауы", ru="Название процесса", en="Process title"),
        ),
        *_responsible_fields(
            "owner",
            T(kk="Процесс иесі", ru="Владелец процесса", en="Process owner"),
            T(kk="Иесінің атауы", ru="Наименование владельца", en="Owner's name"),
        ),
        *_responsible_fields(
            "manager",
            T(kk="Процесс менеджері", ru="Менеджер процесса", en="Process manager"),
            T(kk="Менеджердің атауы", ru="Наименование менеджера", en="Manager's name"),
        ),
        *localized_fields(
            "goal",
            T(kk="Мақсаты", ru="Цель", en="Goal"),
            T(kk="Процестің мақсаты", ru="Цель процесса", en="Process goal"),
        ),
    ]
    for name in LIST_FIELDS:
        title = LIST_TITLES[name]
        fields.append(
            Field(
                f"{name}_kk",
                "array",
                title,
                T(
                    kk=f"{title.kk}, қазақша",
                    ru=f"{title.ru}, на казахском",
                    en=f"{title.en}, in Kazakh",
                ),
            )
        )
    state = provenance_column(
        T(
            kk="confirmed — қазақша мәтін процестердің бекітілген ақпараттық картасынан алынған "
            "(айырмашылықтары дереккөзбен салыстыру есебінде); орысша және ағылшынша мәтіндер — "
            "оның аудармасы.",
            ru="confirmed — казахский текст взят из утверждённой информационной карты "
            "процессов (расхождения — в отчёте о сверке с источником); русский и английский "
            "тексты — её перевод.",
            en="confirmed: the Kazakh text is the approved process information map's "
            "(differences in the source report); the Russian and English texts translate it.",
        )
    )
    fields.append(state)
    rows, records, indicator_rows = [], [], []
    for p in registry.processes:
        row = {
            "number": p.number,
            "category": p.category,
            "code": p.code,
            "iso_clauses": list(p.clauses),
            **localized_values("title", p.title),
            **{
                f"{role}{suffix}": value
                for role in ("owner", "manager")
                for suffix, value in _responsible_values(units, getattr(p, role)).items()
            },
            **localized_values("goal", p.goal),
        }
        for name in LIST_FIELDS:
            row[f"{name}_kk"] = [item.kk for item in getattr(p, name)]
        row["provenance"] = "confirmed"
        rows.append(row)
        record = p.model_dump(mode="json", exclude_none=True)
        record["iso_clauses"] = list(p.clauses)
        record["provenance"] = "confirmed"
        records.append(record)
        for index, indicator in enumerate(p.key_indicators, start=1):
            indicator_rows.append(
                {
                    "process": p.number,
                    "indicator": index,
                    **localized_values("text", indicator),
                    "provenance": "confirmed",
                }
            )
    indicator_fields = (
        Field(
            "process",
            "integer",
            T(kk="Процесс", ru="Процесс", en="Process"),
            T(kk="Процестің нөмірі", ru="Номер процесса", en="Process number"),
            required=True,
            minimum=1,
            maximum=22,
        ),
        Field(
            "indicator",
            "integer",
            T(kk="Көрсеткіш", ru="Показатель", en="Indicator"),
            T(
                kk="Процесс ішіндегі реттік нөмірі",
                ru="Порядковый номер в процессе",
                en="Order within the process",
            ),
            required=True,
            minimum=1,
        ),
        *localized_fields(
            "text",
            T(kk="Көрсеткіш", ru="Показатель", en="Indicator"),
            T(
                kk="Негізгі көрсеткіштің мәтіні",
                ru="Текст ключевого показателя",
                en="Text of the key indicator",
            ),
        ),
        state,
    )
    common = {"updated": doc.updated, "sources": (source,)}
    return [
        Dataset(
            name="processes",
            title=T(
                kk="СМЖ процестерінің тізілімі",
                ru="Реестр процессов СМК",
                en="QMS process registry",
            ),
            description=T(
                kk="Сапа менеджменті жүйесінің 22 процесі: коды, иесі, менеджері, мақсаты, "
                "кірістері мен нәтижелері, тәуекелдері және ISO 9001 тармақтары.",
                ru="22 процесса системы менеджмента качества: код, владелец, менеджер, цель, "
                "входы и выходы, риски и пункты ISO 9001.",
                en="The 22 processes of the quality management system: code, owner, manager, "
                "goal, inputs and outputs, risks and ISO 9001 clauses.",
            ),
            fields=tuple(fields),
            rows=rows,
            records=records,
            primary_key=("number",),
            evidence=T(
                kk="ISO 9001:2015 4.4 — процестік тәсіл",
                ru="ISO 9001:2015 4.4 — процессный подход",
                en="ISO 9001:2015 4.4 — process approach",
            ),
            pages=("processes/index.md",),
            **common,
        ),
        Dataset(
            name="process-indicators",
            title=T(
                kk="Процестердің негізгі көрсеткіштері",
                ru="Ключевые показатели процессов",
                en="Key indicators of the processes",
            ),
            description=T(
                kk="Әр процестің негізгі көрсеткіштері, бір жолда бір көрсеткіш.",
                ru="Ключевые показатели каждого процесса, по одному в строке.",
                en="The key indicators of each process, one per row.",
            ),
            fields=indicator_fields,
            rows=indicator_rows,
            primary_key=("process", "indicator"),
            evidence=T(
                kk="ISO 9001:2015 9.1 — мониторинг және өлшеу",
                ru="ISO 9001:2015 9.1 — мониторинг и измерение",
                en="ISO 9001:2015 9.1 — monitoring and measurement",
            ),
            pages=("processes/index.md",),
            **common,
        ),
    ]
