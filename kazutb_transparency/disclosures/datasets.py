"""The disclosures as open data: `programmes`, `disciplines`, `accreditations`, `documents`
and `disclosure-register`.

Statuses (accreditation status, stale) are computed on the build date, like the pages.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.opendata.dataset import (
    REGULATION,
    Dataset,
    Field,
    localized_fields,
    localized_values,
)
from kazutb_transparency.core.provenance import MIXED, STATES, Sourced
from kazutb_transparency.disclosures.accreditation import Status
from kazutb_transparency.disclosures.common import LEVELS, PROGRAMME_CODE, Dated
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.documents import KIND_CLAUSES
from kazutb_transparency.disclosures.labels import FIELD
from kazutb_transparency.organisation import Units

T = Localized


def _f(name: str, kind: Any, kk: str, ru: str, en: str, **extra: Any) -> Field:
    """A field whose description repeats its title (enough for self-explaining columns)."""
    return Field(name, kind, T(kk=kk, ru=ru, en=en), T(kk=kk, ru=ru, en=en), **extra)


def _loc(prefix: str, kk: str, ru: str, en: str, required: bool = False) -> tuple[Field, ...]:
    fields = localized_fields(prefix, T(kk=kk, ru=ru, en=en), T(kk=kk, ru=ru, en=en))
    return tuple(replace(f, required=f.required and required) for f in fields)


PROVENANCE_FIELDS: tuple[Field, ...] = (
    Field(
        "provenance",
        "string",
        T(kk="Дереккөз күйі", ru="Происхождение данных", en="Provenance"),
        T(
            kk="confirmed — университет құжаты растаған; public-source — жария дереккөзден "
            "(мысалы, университет сайтынан) алынған, әлі расталмаған; placeholder — үлгі мән, "
            "университеттің мәні емес; mixed — жазбаның өрістері әртүрлі (provenance_fields "
            "бағанын қараңыз).",
            ru="confirmed — подтверждено документом университета; public-source — взято из "
            "открытого источника (например, сайта университета), ещё не подтверждено; "
            "placeholder — условное значение для примера, не значение университета; mixed — "
            "поля записи различаются (см. столбец provenance_fields).",
            en="confirmed: a document of the university confirms it; public-source: taken from "
            "a public source (such as the university's website), not yet confirmed; "
            "placeholder: an illustration, not the university's value; mixed: the record's "
            "fields differ (see provenance_fields).",
        ),
        required=True,
        enum=(*STATES, MIXED),
    ),
    Field(
        "provenance_fields",
        "string",
        T(kk="Өрістердің дереккөз күйі", ru="Происхождение по полям", en="Provenance per field"),
        T(
            kk="Тек mixed жазбаларда: «өріс=күй» жұптары нүктелі үтірмен бөлінген; «*» — "
            "аталмаған өрістердің бәрі (мысалы, code=public-source; *=placeholder).",
            ru="Только для записей mixed: пары «поле=состояние» через точку с запятой; «*» — "
            "все остальные поля (например, code=public-source; *=placeholder).",
            en="Mixed records only: “field=state” pairs separated by semicolons; “*” stands for "
            "every field not named (e.g. code=public-source; *=placeholder).",
        ),
    ),
)


def _provenance(item: Sourced) -> dict[str, Any]:
    return {"provenance": item.overall, "provenance_fields": item.detail() or None}


META_FIELDS: tuple[Field, ...] = (
    _f("posted", "date", "Жарияланған күні", "Дата размещения", "Date posted", required=True),
    _f("updated", "date", "Жаңартылған күні", "Дата обновления", "Date updated", required=True),
    _f("review_due", "date", "Қайта қарау мерзімі", "Срок пересмотра", "Review due", required=True),
    *PROVENANCE_FIELDS,
    *_loc("source", "Дереккөзі", "Источник", "Source", required=True),
)


def _meta(item: Dated) -> dict[str, Any]:
    return {
        "posted": item.posted,
        "updated": item.updated,
        "review_due": item.review_due(),
        **_provenance(item),
        **localized_values("source", item.source),
    }


def _updated(items: list[Dated], fallback: date) -> date:
    return max((item.updated for item in items), default=fallback)


def _sources(items: list[Dated]) -> tuple[Localized, ...]:
    unique = {item.source.get("en"): item.source for item in items}
    return tuple(unique[key] for key in sorted(unique)) or (T(kk="data/disclosures"),)


def _list(values: list[Localized], lang: str) -> list[str]:
    return [value.get(lang) for value in values]


def _number(value: float) -> int | float:
    return int(value) if value == int(value) else value


STATUS_ENUM = tuple(status.value for status in Status)


def programmes_dataset(d: Disclosures) -> Dataset:
    fields = (
        _f(
            "code",
            "string",
            "Коды",
            "Код",
            "Programme code",
            required=True,
            unique=True,
            pattern=PROGRAMME_CODE,
        ),
        _f("level", "string", "Деңгейі", "Уровень", "Level", required=True, enum=LEVELS),
        _f(
            "field_code",
            "string",
            "Білім беру саласының коды",
            "Код области образования",
            "Field of education (national classifier)",
            required=True,
            enum=tuple(FIELD),
        ),
        *_loc(
            "field", "Білім беру саласы", "Область образования", "Field of education", required=True
        ),
        *_loc("name", "Атауы", "Наименование", "Name"),
        _f("faculty", "string", "Факультет (id)", "Факультет (id)", "Faculty id", required=True),
        *_loc("faculty", "Факультет", "Факультет", "Faculty", required=True),
        _f(
            "languages",
            "array",
            "Оқыту тілдері",
            "Языки обучения",
            "Languages of instruction (kk, ru, en)",
            required=True,
        ),
        _f(
            "forms",
            "array",
            "Оқу нысандары",
            "Формы обучения",
            "Forms of study (ids)",
            required=True,
        ),
        _f(
            "duration_years",
            "number",
            "Оқу мерзімі (жыл)",
            "Срок обучения (лет)",
            "Duration (years)",
            required=True,
            minimum=0.5,
        ),
        _f(
            "time_to_complete",
            "string",
            "Оқу мерзімі (ISO 8601)",
            "Срок обучения (ISO 8601)",
            "Duration (ISO 8601)",
            required=True,
        ),
        _f(
            "credits",
            "integer",
            "Кредиттер (ECTS)",
            "Кредиты (ECTS)",
            "Credits (ECTS)",
            required=True,
            minimum=1,
        ),
        *_loc("qualification", "Берілетін дәреже", "Присуждаемая степень", "Degree awarded"),
        *(
            _f(
                f"learning_outcomes_{lang}",
                "array",
                f"Оқыту нәтижелері ({lang})",
                f"Результаты обучения ({lang})",
                f"Intended learning outcomes ({lang})",
            )
            for lang in ("kk", "ru", "en")
        ),
        _f(
            "disciplines",
            "integer",
            "Пәндер саны",
            "Число дисциплин",
            "Number of disciplines listed",
            required=True,
            minimum=0,
        ),
        _f(
            "accreditation_status",
            "string",
            "Сайт жарияланған күнгі аккредиттеу күйі",
            "Статус аккредитации на дату публикации сайта",
            "Accreditation status on the date the site was published",
            required=True,
            enum=STATUS_ENUM,
        ),
        _f(
            "accredited_until",
            "date",
            "Аккредиттеу мерзімі",
            "Аккредитация до",
            "Last day of the accreditation that decides the status",
        ),
        *META_FIELDS,
    )
    rows, records = [], []
    for p in d.programmes:
        faculty = d.faculty(p.faculty)
        status, record = d.programme_status(p.code)
        row = {
            "code": p.code,
            "level": p.level,
            "field_code": p.field_code,
            **localized_values("field", FIELD[p.field_code]),
            **localized_values("name", p.name),
            "faculty": p.faculty,
            **localized_values("faculty", faculty.name),
            "languages": list(p.languages),
            "forms": list(p.forms),
            "duration_years": _number(p.duration_years),
            "time_to_complete": p.iso_duration,
            "credits": p.credits,
            **localized_values("qualification", p.qualification),
            **{
                f"learning_outcomes_{lang}": _list(p.learning_outcomes, lang)
                for lang in ("kk", "ru", "en")
            },
            "disciplines": len(d.disciplines_of(p.code)),
            "accreditation_status": status.value,
            "accredited_until": record.valid_until if record else None,
            **_meta(p),
        }
        rows.append(row)
        records.append(
            {
                **p.model_dump(mode="json", exclude_none=True),
                "level": p.level,
                "field_code": p.field_code,
                "time_to_complete": p.iso_duration,
                "accreditation_status": status.value,
                "accredited_until": record.valid_until.isoformat() if record else None,
                "review_due": p.review_due().isoformat(),
                **_provenance(p),
                # A count, as in the CSV: the disciplines themselves are the `disciplines`
                # dataset (repeating them here made this file ten times the CSV).
                "disciplines": len(d.disciplines_of(p.code)),
            }
        )
    return Dataset(
        name="programmes",
        title=T(
            kk="Білім беру бағдарламалары",
            ru="Образовательные программы",
            en="Educational programmes",
        ),
        description=T(
            kk="Университеттің білім беру бағдарламаларының каталогы: коды, атауы, деңгейі, "
            "саласы, оқыту тілдері, оқу нысандары, мерзімі, кредиттері, факультеті, "
            "берілетін дәреже, оқыту нәтижелері және аккредиттеу күйі.",
            ru="Каталог образовательных программ университета: код, наименование, уровень, "
            "область, языки и формы обучения, срок, кредиты, факультет, присуждаемая степень, "
            "результаты обучения и статус аккредитации.",
            en="Catalogue of the university's educational programmes: code, name, level, "
            "field, languages and forms of study, duration, credits, faculty, degree awarded, "
            "learning outcomes and accreditation status.",
        ),
        fields=fields,
        rows=rows,
        records=records,
        primary_key=("code",),
        updated=_updated(list(d.programmes), d.today),
        sources=_sources(list(d.programmes)),
        evidence=T(
            kk=f"{REGULATION}, 9.7.1.6; ESG 2015, 1.8",
            ru=f"{REGULATION}, 9.7.1.6; ESG 2015, 1.8",
            en=f"{REGULATION}, 9.7.1.6; ESG 2015, 1.8",
        ),
        pages=("programmes/index.md",),
    )


def disciplines_dataset(d: Disclosures) -> Dataset:
    fields = (
        _f(
            "programme",
            "string",
            "Бағдарлама коды",
            "Код программы",
            "Programme code",
            required=True,
            pattern=PROGRAMME_CODE,
        ),
        _f("semester", "integer", "Семестр", "Семестр", "Semester", required=True, minimum=1),
        *_loc("name", "Пән (модуль)", "Дисциплина (модуль)", "Discipline (module)", required=True),
        _f("code", "string", "Пән коды", "Код дисциплины", "Discipline code"),
        _f(
            "credits",
            "integer",
            "Кредиттер (ECTS)",
            "Кредиты (ECTS)",
            "Credits (ECTS)",
            required=True,
            minimum=1,
        ),
        _f(
            "cycle",
            "string",
            "Цикл",
            "Цикл",
            "Cycle (general, basic, major, final)",
            required=True,
            enum=("general", "basic", "major", "final"),
        ),
        _f(
            "component",
            "string",
            "Компонент",
            "Компонент",
            "Component (compulsory, university, elective)",
            required=True,
            enum=("compulsory", "university", "elective"),
        ),
        replace(PROVENANCE_FIELDS[0], enum=STATES),
    )
    rows = [
        {
            "programme": c.programme,
            "semester": c.semester,
            **localized_values("name", c.name),
            "code": c.code,
            "credits": c.credits,
            "cycle": c.cycle,
            "component": c.component,
            "provenance": p.state("disciplines"),
        }
        for p in d.programmes
        for c in d.disciplines_of(p.code)
    ]
    with_disciplines = [p for p in d.programmes if d.disciplines_of(p.code)]
    return Dataset(
        name="disciplines",
        title=T(
            kk="Бағдарламалардың пәндері мен модульдері",
            ru="Дисциплины и модули программ",
            en="Disciplines and modules of programmes",
        ),
        description=T(
            kk="Әр білім беру бағдарламасының пәндері мен модульдері: семестрі, кредиттері, "
            "циклі және компоненті.",
            ru="Дисциплины и модули каждой образовательной программы: семестр, кредиты, цикл "
            "и компонент.",
            en="The disciplines and modules of each educational programme: semester, credits, "
            "cycle and component.",
        ),
        fields=fields,
        rows=rows,
        primary_key=("programme", "semester", "name_kk"),
        updated=_updated(list(with_disciplines), d.today),
        sources=_sources(list(with_disciplines)),
        evidence=T(
            kk=f"{REGULATION}, 9.7.1.6", ru=f"{REGULATION}, 9.7.1.6", en=f"{REGULATION}, 9.7.1.6"
        ),
        pages=("programmes/index.md",),
    )


def accreditations_dataset(d: Disclosures) -> Dataset:
    fields = (
        _f("id", "string", "Жазба", "Запись", "Record id", required=True, unique=True),
        _f("agency", "string", "Агенттік (id)", "Агентство (id)", "Agency id", required=True),
        *_loc("agency_name", "Агенттік", "Агентство", "Agency", required=True),
        _f(
            "agency_country",
            "string",
            "Агенттіктің елі",
            "Страна агентства",
            "Agency country (ISO 3166)",
            required=True,
        ),
        _f(
            "agency_registers",
            "array",
            "Агенттік енген тізілімдер",
            "Реестры агентства",
            "Registers the agency is listed in (national, eqar, apqr)",
        ),
        _f(
            "activity",
            "string",
            "Түрі",
            "Вид",
            "Activity",
            required=True,
            enum=("institutional", "programme"),
        ),
        _f(
            "basis",
            "string",
            "Негізі",
            "Основание",
            "Obligatory or voluntary",
            required=True,
            enum=("obligatory", "voluntary"),
        ),
        _f(
            "decision",
            "string",
            "Шешім",
            "Решение",
            "Decision",
            required=True,
            enum=("positive", "positive-with-conditions", "negative"),
        ),
        _f(
            "certificate_number",
            "string",
            "Куәлік нөмірі",
            "Номер свидетельства",
            "Certificate number",
        ),
        _f("valid_from", "date", "Басталу күні", "Действует с", "Valid from", required=True),
        _f(
            "valid_until",
            "date",
            "Аяқталу күні",
            "Действует до",
            "Valid until (last day)",
            required=True,
        ),
        _f(
            "status",
            "string",
            "Сайт жарияланған күнгі күйі",
            "Статус на дату публикации сайта",
            "Status on the date the site was published",
            required=True,
            enum=STATUS_ENUM,
        ),
        _f("programmes", "array", "Бағдарламалар", "Программы", "Programme codes covered"),
        _f(
            "certificate_document",
            "string",
            "Куәлік құжаты",
            "Документ свидетельства",
            "Id of the certificate in the documents dataset",
        ),
        _f(
            "report_document",
            "string",
            "Есеп құжаты",
            "Документ отчёта",
            "Id of the review report in the documents dataset",
        ),
        *META_FIELDS,
    )
    rows, records = [], []
    for a in d.accreditations:
        agency = d.agencies[a.agency]
        rows.append(
            {
                "id": a.id,
                "agency": a.agency,
                **localized_values("agency_name", agency.name),
                "agency_country": agency.country,
                "agency_registers": list(agency.registers),
                "activity": a.activity,
                "basis": a.basis,
                "decision": a.decision,
                "certificate_number": a.certificate_number,
                "valid_from": a.valid_from,
                "valid_until": a.valid_until,
                "status": d.status_of(a).value,
                "programmes": list(a.programmes),
                "certificate_document": a.certificate,
                "report_document": a.report,
                **_meta(a),
            }
        )
        records.append(
            {
                **a.model_dump(mode="json", exclude_none=True),
                "status": d.status_of(a).value,
                "agency": agency.model_dump(mode="json", exclude_none=True),
                **_provenance(a),
            }
        )
    return Dataset(
        name="accreditations",
        title=T(kk="Аккредиттеу", ru="Аккредитация", en="Accreditations"),
        description=T(
            kk="Университет пен бағдарламалардың аккредиттеуі, әр шешім — жеке жазба (DEQAR "
            "үлгісімен): агенттік, түрі, шешім, мерзімі, күйі және қамтылған бағдарламалар.",
            ru="Аккредитация университета и программ, каждое решение — отдельная запись (по "
            "образцу DEQAR): агентство, вид, решение, срок, статус и охваченные программы.",
            en="Accreditation of the university and its programmes, one record per decision "
            "(modelled on DEQAR): agency, type, decision, validity, status and programmes "
            "covered.",
        ),
        fields=fields,
        rows=rows,
        records=records,
        primary_key=("id",),
        updated=_updated(list(d.accreditations), d.today),
        sources=_sources(list(d.accreditations)),
        evidence=T(
            kk=f"{REGULATION}, 9.7.1.4, 9.7.2.3",
            ru=f"{REGULATION}, 9.7.1.4, 9.7.2.3",
            en=f"{REGULATION}, 9.7.1.4, 9.7.2.3",
        ),
        pages=("accreditation/index.md",),
    )


def documents_dataset(d: Disclosures) -> Dataset:
    fields = (
        _f("id", "string", "Құжат", "Документ", "Document id", required=True, unique=True),
        _f("kind", "string", "Түрі", "Вид", "Kind", required=True, enum=tuple(KIND_CLAUSES)),
        *_loc("title", "Атауы", "Наименование", "Title", required=True),
        _f("number", "string", "Нөмірі", "Номер", "Number"),
        _f(
            "protocol",
            "string",
            "Бекіткен отырыстың хаттамасы",
            "Протокол заседания, утвердившего документ",
            "Minutes of the meeting that approved it",
        ),
        _f("date", "date", "Күні", "Дата", "Date of the document", required=True),
        *_loc(
            "issuer",
            "Бекіткен / берген",
            "Кем утверждён / выдан",
            "Approved or issued by",
            required=True,
        ),
        _f("period", "string", "Кезеңі", "Период", "Period covered"),
        _f("languages", "array", "Файл тілі", "Язык файла", "Language(s) of the file"),
        _f("file", "string", "Файл", "Файл", "Path of the file in the site (documents/…)"),
        _f("bytes", "integer", "Өлшемі (байт)", "Размер (байт)", "Size in bytes", minimum=0),
        _f(
            "sha256",
            "string",
            "SHA-256",
            "SHA-256",
            "SHA-256 checksum of the file",
            pattern="^[0-9a-f]{64}$",
        ),
        _f(
            "status",
            "string",
            "Күйі",
            "Статус",
            "current or superseded",
            required=True,
            enum=("current", "superseded"),
        ),
        _f(
            "superseded_by",
            "string",
            "Орнына келген құжат",
            "Заменён документом",
            "Id of the document that replaced it",
        ),
        _f("annex_of", "string", "Қосымшасы", "Приложение к", "Id of the main document"),
        _f(
            "clauses",
            "array",
            "Ереже тармақтары",
            "Пункты положения",
            "Clauses of the regulation the document answers",
            required=True,
        ),
        *META_FIELDS,
    )
    rows = []
    for entry in d.documents:
        doc, file = entry.document, entry.file
        rows.append(
            {
                "id": doc.id,
                "kind": doc.kind,
                **localized_values("title", doc.title),
                "number": doc.number,
                "protocol": doc.protocol,
                "date": doc.date,
                **localized_values("issuer", doc.issuer),
                "period": doc.period,
                "languages": list(doc.languages),
                "file": file.published if file else None,
                "bytes": file.size if file else None,
                "sha256": file.sha256 if file else None,
                "status": "current" if doc.current else "superseded",
                "superseded_by": doc.superseded_by,
                "annex_of": doc.annex_of,
                "clauses": list(doc.clauses),
                **_meta(doc),
            }
        )
    items = [e.document for e in d.documents]
    return Dataset(
        name="documents",
        title=T(kk="Құжаттар", ru="Документы", en="Documents"),
        description=T(
            kk="Жарияланған құжаттар: жарғы, лицензия, аккредиттеу куәліктері, әдістемелік "
            "құжаттар, есептер; әр файлдың өлшемі мен SHA-256 бақылау сомасы.",
            ru="Опубликованные документы: устав, лицензия, свидетельства об аккредитации, "
            "методические документы, отчёты; размер и контрольная сумма SHA-256 каждого файла.",
            en="Published documents: charter, licence, accreditation certificates, "
            "methodological documents, reports; each file's size and SHA-256 checksum.",
        ),
        fields=fields,
        rows=rows,
        primary_key=("id",),
        updated=_updated(items, d.today),
        sources=_sources(items),
        evidence=T(
            kk=f"{REGULATION}, 9.7.1.5, 9.7.2, 9.7.3, 8.3.6, 8.5.5",
            ru=f"{REGULATION}, 9.7.1.5, 9.7.2, 9.7.3, 8.3.6, 8.5.5",
            en=f"{REGULATION}, 9.7.1.5, 9.7.2, 9.7.3, 8.3.6, 8.5.5",
        ),
        pages=("about/documents.md", "about/reports.md"),
    )


def register_dataset(d: Disclosures, units: Units) -> Dataset:
    fields = (
        _f("clause", "string", "Тармақ", "Пункт", "Clause", required=True, unique=True),
        _f(
            "block",
            "string",
            "Блок",
            "Блок",
            "Section of the regulation: mandatory or optional",
            required=True,
            enum=("invariant", "variative"),
        ),
        *_loc("requirement", "Талап", "Требование", "Requirement", required=True),
        _f(
            "pages",
            "array",
            "Беттер",
            "Страницы",
            "Pages that satisfy it (inside each language folder)",
            required=True,
        ),
        _f(
            "status",
            "string",
            "Күйі",
            "Статус",
            "complete, incomplete, or not confirmed by the university",
            required=True,
            enum=("complete", "incomplete", "unverified"),
        ),
        *(
            _f(
                f"missing_{lang}",
                "array",
                f"Жоқ мәліметтер ({lang})",
                f"Отсутствующие сведения ({lang})",
                f"Missing items ({lang})",
            )
            for lang in ("kk", "ru", "en")
        ),
        _f("stale", "boolean", "Ескірген", "Устарело", "Past its review date", required=True),
        _f("updated", "date", "Соңғы жаңарту", "Последнее обновление", "Last updated"),
        _f("review_due", "date", "Қайта қарау мерзімі", "Срок пересмотра", "Review due"),
        _f(
            "unit",
            "string",
            "Жауапты бөлімше (id)",
            "Ответственное подразделение (id)",
            "Responsible unit: its id in the university's list of units",
            required=True,
        ),
        *_loc(
            "unit_name",
            "Жауапты бөлімше",
            "Ответственное подразделение",
            "Responsible unit",
            required=True,
        ),
        *PROVENANCE_FIELDS,
    )
    rows = [
        {
            "clause": row.clause.clause,
            "block": row.clause.block,
            **localized_values("requirement", row.clause.requirement),
            "pages": list(row.clause.pages),
            "status": row.status,
            **{f"missing_{lang}": _list(row.missing, lang) for lang in ("kk", "ru", "en")},
            "stale": row.stale,
            "updated": row.updated,
            "review_due": row.review_due,
            "unit": row.clause.unit,
            **localized_values("unit_name", units.get(row.clause.unit).name),
            **_provenance(row.clause),
        }
        for row in d.register
    ]
    dated = [row.updated for row in d.register if row.updated]
    return Dataset(
        name="disclosure-register",
        title=T(kk="Сәйкестік тізілімі", ru="Реестр соответствия", en="Compliance register"),
        description=T(
            kk="Корпоративтік сайт туралы ереженің әр талабы бойынша бір жол: оны орындайтын "
            "беттер, күйі (толық / толық емес / расталмаған), соңғы жаңарту, қайта қарау "
            "мерзімі және жауапты бөлімше.",
            ru="По строке на каждое требование положения о корпоративном сайте: страницы, "
            "которые его выполняют, статус (полностью / не полностью / не подтверждено), "
            "последнее обновление, срок пересмотра и ответственное подразделение.",
            en="One row per requirement of the regulation of the corporate website: the pages "
            "that meet it, status (complete / incomplete / not confirmed), last update, review "
            "date and responsible unit.",
        ),
        fields=fields,
        rows=rows,
        primary_key=("clause",),
        updated=max(dated, default=d.today),
        sources=(
            T(
                kk=f"Корпоративтік сайт туралы ереже {REGULATION}, 8.3, 8.5, 9.7-тармақтар",
                ru=f"Положение о корпоративном сайте {REGULATION}, пп. 8.3, 8.5, 9.7",
                en=f"Regulation of the corporate website {REGULATION}, §8.3, §8.5, §9.7",
            ),
        ),
        evidence=T(
            kk=f"{REGULATION}, 9.7; 14", ru=f"{REGULATION}, 9.7; 14", en=f"{REGULATION}, 9.7; 14"
        ),
        pages=("register/index.md",),
    )


def disclosure_datasets(d: Disclosures, units: Units) -> list[Dataset]:
    return [
        programmes_dataset(d),
        disciplines_dataset(d),
        accreditations_dataset(d),
        documents_dataset(d),
        register_dataset(d, units),
    ]
