"""What editors keep in data/, file by file, with the model the build validates each with.

Every file and folder of data/ is either here (a collection of the editor) or in
`NOT_EDITED` with the reason nobody keeps it in the editor; tests/editor compares the data
tree with both, so a new data file without a form fails a test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field, create_model

from kazutb_transparency.applicants.models import (
    Admission,
    Costs,
    Group,
    ProgrammeFigures,
    Staff,
)
from kazutb_transparency.core.disclosure_policy import DisclosurePolicy
from kazutb_transparency.core.glossary import Term
from kazutb_transparency.core.opendata.writer import OpenDataSettings
from kazutb_transparency.core.provenance import STATES
from kazutb_transparency.disclosures.accreditation import Accreditation, Agency
from kazutb_transparency.disclosures.calendar import AcademicCalendar
from kazutb_transparency.disclosures.documents import Document
from kazutb_transparency.disclosures.models import About, Clause, Faculty, FormOfStudy, Resource
from kazutb_transparency.disclosures.programmes import (
    DISCIPLINE_COLUMNS,
    DISCIPLINE_OPTIONAL_COLUMNS,
    Discipline,
    Programme,
)
from kazutb_transparency.editor.labels import catalog
from kazutb_transparency.international.models import MobilityProgramme, Partner, StudentYear
from kazutb_transparency.news.models import MediaContact, NewsItem
from kazutb_transparency.organisation.models import Unit
from kazutb_transparency.privacy.allowlist import AllowlistFile
from kazutb_transparency.processes import measurements
from kazutb_transparency.processes.models import Process, RegistryDocument
from kazutb_transparency.processes.sourcereport import Difference
from kazutb_transparency.quality.models import AuditsFile, DocumentsFile, Policy
from kazutb_transparency.students.models import GradeAppeals, SupportService
from kazutb_transparency.surveys.models import (
    ActionsFile,
    Catalogue,
    Meta,
    SurveyQuestions,
    SurveyTargets,
)
from kazutb_transparency.transparency.models import (
    AntiCorruption,
    Appeals,
    AppealYear,
    Body,
    Competition,
    Consultation,
    FinancialYear,
    Inspection,
    Procurement,
)

Kind = Literal["record", "list", "folder", "map", "csv", "csv-folder"]
# The key a list file's records are wrapped under in the form (a form is a group of
# fields, a list file is a list): no top-level model has a field of this name (a test).
LIST_KEY = "records"
# The key a map file's entries are listed under in the form.
MAP_KEY = "entries"
CSV_ROWS = "rows"


@dataclass(frozen=True)
class Source:
    """One file (or folder of files) of data/ and how the editor shows it."""

    path: str  # relative to data/
    kind: Kind
    model: type[BaseModel]  # a record of the file (list, csv: one item; map: one value)
    label: dict[str, str]  # kk, ru, en
    name: str  # the file's name in its collection, or the folder collection's
    identifier: str | None = None  # folder: the field the file is named after
    key: str | None = None  # list: the records' key; map: the name of the key field
    columns: tuple[str, ...] = ()  # csv: the header, in its order
    create: bool = True  # folder: new files may be added

    @property
    def extension(self) -> str:
        return self.path.rsplit(".", 1)[-1] if "." in self.path.rsplit("/", 1)[-1] else ""


@dataclass(frozen=True)
class Collection:
    name: str
    label: dict[str, str]
    sources: tuple[Source, ...]
    folder: bool = False
    description: dict[str, str] = field(default_factory=dict)


_TITLES: dict[str, dict[str, str]] = catalog()["collections"]


def _l(key: str) -> dict[str, str]:
    """A collection's or file's title in kk, ru and en (editor/labels.yaml, `collections`)."""
    return dict(_TITLES[key])


# --- the measurements' row, from the rules processes/measurements.py checks them with ---

_unit_names = tuple(measurements.UNITS)
MeasurementRow = create_model(
    "MeasurementRow",
    process=(int, Field(ge=1, le=22)),
    indicator=(int, Field(ge=1)),
    period=(str, Field(pattern=measurements.PERIOD.pattern)),
    value=(float | None, Field(default=None, ge=0)),
    unit=(Literal[_unit_names], ...),  # type: ignore[valid-type]
    target=(float | None, Field(default=None, ge=0)),
    better=(measurements.Better, ...),
    source=(str, Field(pattern=measurements.SOURCE.pattern)),
    provenance=(Literal[STATES], ...),  # type: ignore[valid-type]
)
assert tuple(MeasurementRow.model_fields) == measurements.COLUMNS

DISCIPLINE_HEADER = (DISCIPLINE_COLUMNS[0], *DISCIPLINE_OPTIONAL_COLUMNS, *DISCIPLINE_COLUMNS[1:])


# --- the collections, in the order of the editor's menu --------------------------------

UNIVERSITY = Collection(
    "university",
    _l("the_university"),
    (
        Source(
            "disclosures/about.yaml",
            "record",
            About,
            _l("about_the_university"),
            "about",
        ),
        Source(
            "units.yaml",
            "list",
            Unit,
            _l("structure_and_governing_bodies"),
            "units",
            key="id",
        ),
        Source(
            "disclosures/faculties.yaml",
            "list",
            Faculty,
            _l("faculties"),
            "faculties",
            key="id",
        ),
        Source(
            "disclosures/forms.yaml",
            "list",
            FormOfStudy,
            _l("forms_of_study"),
            "forms",
            key="id",
        ),
        Source(
            "disclosures/resources.yaml",
            "list",
            Resource,
            _l("resources"),
            "resources",
            key="id",
        ),
        Source(
            "disclosures/calendar.yaml",
            "list",
            AcademicCalendar,
            _l("academic_calendar"),
            "calendar",
            key="academic_year",
        ),
    ),
)

PROGRAMMES = Collection(
    "programmes",
    _l("educational_programmes"),
    (
        Source(
            "disclosures/programmes",
            "folder",
            Programme,
            _l("educational_programmes"),
            "programmes",
            identifier="code",
        ),
    ),
    folder=True,
)

PROGRAMME_FIGURES = Collection(
    "programme-figures",
    _l("programme_fees_students_graduates"),
    (
        Source(
            "applicants/programmes",
            "folder",
            ProgrammeFigures,
            _l("programme_fees_students_graduates"),
            "programme-figures",
            identifier="programme",
        ),
    ),
    folder=True,
)

DISCIPLINES = Collection(
    "disciplines",
    _l("disciplines"),
    (
        Source(
            "disclosures/disciplines",
            "csv-folder",
            Discipline,
            _l("disciplines"),
            "disciplines",
            identifier="programme",
            columns=DISCIPLINE_HEADER,
        ),
    ),
    folder=True,
)

APPLICANTS = Collection(
    "applicants",
    _l("for_applicants"),
    (
        Source(
            "applicants/admission.yaml",
            "record",
            Admission,
            _l("admission"),
            "admission",
        ),
        Source(
            "applicants/groups.yaml",
            "list",
            Group,
            _l("groups_of_programmes_places_and_admissio"),
            "groups",
            key="id",
        ),
        Source(
            "applicants/costs.yaml",
            "record",
            Costs,
            _l("other_fees_dormitory_support"),
            "costs",
        ),
        Source(
            "applicants/staff.yaml",
            "list",
            Staff,
            _l("teaching_staff"),
            "staff",
            key="faculty",
        ),
    ),
)

ACCREDITATION = Collection(
    "accreditation",
    _l("accreditation_and_documents"),
    (
        Source(
            "disclosures/documents.yaml",
            "list",
            Document,
            _l("documents"),
            "documents",
            key="id",
        ),
        Source(
            "disclosures/accreditations.yaml",
            "list",
            Accreditation,
            _l("accreditation"),
            "accreditations",
            key="id",
        ),
        Source(
            "disclosures/agencies.yaml",
            "list",
            Agency,
            _l("accreditation_agencies"),
            "agencies",
            key="id",
        ),
        Source(
            "disclosures/register.yaml",
            "list",
            Clause,
            _l("compliance_register"),
            "register",
            key="clause",
        ),
    ),
)

TRANSPARENCY = Collection(
    "transparency",
    _l("transparency"),
    (
        Source(
            "transparency/appeals.yaml",
            "record",
            Appeals,
            _l("appeals_how_to_write"),
            "appeals",
        ),
        Source(
            "transparency/appeals-statistics.yaml",
            "list",
            AppealYear,
            _l("appeals_yearly_counts"),
            "appeals-statistics",
            key="year",
        ),
        Source(
            "transparency/bodies.yaml",
            "list",
            Body,
            _l("public_council_and_collegial_bodies"),
            "bodies",
            key="id",
        ),
        Source(
            "transparency/consultations.yaml",
            "list",
            Consultation,
            _l("consultations"),
            "consultations",
            key="id",
        ),
        Source(
            "transparency/anti-corruption.yaml",
            "record",
            AntiCorruption,
            _l("anti_corruption"),
            "anti-corruption",
        ),
        Source(
            "transparency/procurement.yaml",
            "list",
            Procurement,
            _l("procurement"),
            "procurement",
            key="id",
        ),
        Source(
            "transparency/competitions.yaml",
            "list",
            Competition,
            _l("competitions_for_posts"),
            "competitions",
            key="id",
        ),
        Source(
            "transparency/inspections.yaml",
            "list",
            Inspection,
            _l("inspections_by_supervisory_bodies"),
            "inspections",
            key="id",
        ),
        Source(
            "transparency/finances.yaml",
            "list",
            FinancialYear,
            _l("income_and_expenditure"),
            "finances",
            key="year",
        ),
    ),
)

STUDENTS = Collection(
    "students",
    _l("for_students"),
    (
        Source(
            "students/grade-appeals.yaml",
            "record",
            GradeAppeals,
            _l("grade_appeals"),
            "grade-appeals",
        ),
        Source(
            "students/support.yaml",
            "list",
            SupportService,
            _l("student_support"),
            "student-support",
            key="id",
        ),
    ),
)

NEWS = Collection(
    "news",
    _l("news_and_events"),
    (
        Source(
            "news/news.yaml",
            "list",
            NewsItem,
            _l("news_items"),
            "news",
            key="id",
        ),
        Source(
            "news/media-contact.yaml",
            "record",
            MediaContact,
            _l("media_contact"),
            "media-contact",
        ),
    ),
)

INTERNATIONAL = Collection(
    "international",
    _l("international_cooperation"),
    (
        Source(
            "international/partners.yaml",
            "list",
            Partner,
            _l("partners_and_agreements"),
            "partners",
            key="id",
        ),
        Source(
            "international/mobility.yaml",
            "list",
            MobilityProgramme,
            _l("exchange_and_double_degree"),
            "mobility",
            key="id",
        ),
        Source(
            "international/students.yaml",
            "list",
            StudentYear,
            _l("international_students"),
            "international-students",
            key="year",
        ),
    ),
)

QUALITY = Collection(
    "quality",
    _l("quality_management_system"),
    (
        Source(
            "quality/documents.yaml",
            "record",
            DocumentsFile,
            _l("qms_documents_register"),
            "qms-documents",
        ),
        Source(
            "quality/policy.yaml",
            "record",
            Policy,
            _l("quality_policy"),
            "policy",
        ),
        Source(
            "quality/audits.yaml",
            "record",
            AuditsFile,
            _l("internal_audits_management_reviews_corre"),
            "audits",
        ),
        Source(
            "registry.yaml",
            "record",
            RegistryDocument,
            _l("the_process_map_document"),
            "registry",
        ),
        Source(
            "source-report.yaml",
            "list",
            Difference,
            _l("how_the_site_differs_from_the_process_ma"),
            "source-report",
            key="id",
        ),
    ),
)

PROCESSES = Collection(
    "processes",
    _l("process_cards"),
    (
        Source(
            "processes",
            "folder",
            Process,
            _l("process_cards"),
            "processes",
            identifier="code",
            create=False,  # the 22 processes of the approved map
        ),
    ),
    folder=True,
)

MEASUREMENTS = Collection(
    "measurements",
    _l("process_measurements"),
    (
        Source(
            "processes/measurements.csv",
            "csv",
            MeasurementRow,
            _l("process_measurements"),
            "measurements",
            columns=measurements.COLUMNS,
        ),
    ),
)

SURVEYS = Collection(
    "surveys",
    _l("surveys"),
    (
        Source(
            "surveys/catalogue.yaml",
            "record",
            Catalogue,
            _l("survey_catalogue"),
            "catalogue",
        ),
        Source(
            "surveys/meta.yaml",
            "record",
            Meta,
            _l("about_the_indicators"),
            "meta",
        ),
        Source(
            "surveys/actions.yaml",
            "record",
            ActionsFile,
            _l("corrective_and_preventive_actions"),
            "actions",
        ),
    ),
)

SURVEY_TARGETS = Collection(
    "survey-targets",
    _l("survey_targets"),
    (
        Source(
            "surveys/targets.yaml",
            "map",
            SurveyTargets,
            _l("survey_targets"),
            "targets",
            key="survey",
        ),
    ),
)

QUESTIONNAIRE = Collection(
    "questionnaire",
    _l("questionnaires"),
    (
        Source(
            "surveys/questionnaire.yaml",
            "map",
            SurveyQuestions,
            _l("questionnaires"),
            "questionnaire",
            key="survey",
        ),
    ),
)

GLOSSARY = Collection(
    "glossary",
    _l("glossary"),
    (
        Source(
            "glossary.yaml",
            "map",
            Term,
            _l("glossary"),
            "glossary",
            key="term",
        ),
    ),
)

SETTINGS = Collection(
    "settings",
    _l("publishing_settings"),
    (
        Source(
            "opendata.yaml",
            "record",
            OpenDataSettings,
            _l("open_data_licence_and_publisher"),
            "opendata",
        ),
        Source(
            "disclosure.yaml",
            "record",
            DisclosurePolicy,
            _l("small_group_disclosure_control"),
            "disclosure",
        ),
        Source(
            "privacy/allowlist.yaml",
            "record",
            AllowlistFile,
            _l("contacts_that_may_be_published"),
            "allowlist",
        ),
    ),
)

COLLECTIONS: tuple[Collection, ...] = (
    UNIVERSITY,
    PROGRAMMES,
    PROGRAMME_FIGURES,
    DISCIPLINES,
    APPLICANTS,
    ACCREDITATION,
    TRANSPARENCY,
    STUDENTS,
    NEWS,
    INTERNATIONAL,
    QUALITY,
    PROCESSES,
    MEASUREMENTS,
    SURVEYS,
    SURVEY_TARGETS,
    QUESTIONNAIRE,
    GLOSSARY,
    SETTINGS,
)

# The documents' files: the media folder of the editor (uploaded with their record).
MEDIA_FOLDER = "documents"

# Files of data/ nobody keeps in the editor, each with the reason (patterns on the path
# relative to data/).
NOT_EDITED: dict[str, str] = {
    r"(.+/)?README\.md": "the folder's explanations, for the people who keep the files",
    r"interface/.+": "the site's own interface texts: translators keep them with the code "
    "(the catalogs and the methodology pages are checked by tests/test_interface_catalog.py)",
    r"offices\.yaml": "which unit keeps which data files, as patterns of file names (make "
    "status): set once by the quality office with whoever keeps the repository",
    r"style\.yaml": "the style guides' patterns (regular expressions) that tests check every "
    "page with: translators keep them with style/",
    r"surveys/(indicators|distributions)\.csv": "written by scripts/aggregate_surveys.py from "
    "the answers, never by hand (handbook: 'Load a survey's answers')",
    rf"{MEDIA_FOLDER}/[^/]+": "the documents' files: uploaded with their record in "
    "'Accreditation and documents → Documents' (the media folder)",
    r"news/media/[^/]+": "the news' pictures: copied into the folder and named in the "
    "item's 'photos' (the personal-data gate reads each before the build; see "
    "data/news/README.md)",
}


def sources() -> list[Source]:
    return [source for collection in COLLECTIONS for source in collection.sources]


def not_edited_reason(relative: str) -> str | None:
    """Why nobody keeps `relative` (a path under data/) in the editor, or None."""
    return next(
        (reason for pattern, reason in NOT_EDITED.items() if re.fullmatch(pattern, relative)),
        None,
    )


def source_of(relative: str) -> Source | None:
    """The source a file of data/ (path relative to data/) belongs to, or None."""
    for source in sources():
        if source.kind in ("folder", "csv-folder"):
            folder, ext = source.path, "csv" if source.kind == "csv-folder" else "yaml"
            if re.fullmatch(rf"{re.escape(folder)}/[^/]+\.{ext}", relative):
                if source.path == "processes" and relative == "processes/measurements.csv":
                    continue
                return source
        elif source.path == relative:
            return source
    return None
