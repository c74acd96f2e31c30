"""The demonstration indicators: synthetic answers → the real aggregation → indicators.csv."""

from __future__ import annotations

from pathlib import Path

from kazutb_transparency.core.datafiles import load_model
from kazutb_transparency.core.demo_university import University
from kazutb_transparency.organisation.structure import read_structure
from kazutb_transparency.surveys.inputs import load_questionnaire
from kazutb_transparency.surveys.models import Meta
from kazutb_transparency.surveys.personal_data import Scanner
from kazutb_transparency.surveys.pipeline import Result, run
from kazutb_transparency.surveys.synthetic import generate, write_sample


def build_demonstration(
    surveys_dir: Path, raw_dir: Path, seed: int | None = None, scanner: Scanner | None = None
) -> Result:
    """Generate the raw sample into `raw_dir` for the faculties and programmes of the data
    folder around `surveys_dir`, and aggregate it with meta.yaml's min-n and seed. Who is
    invited comes from the demonstration university of that folder's catalogue, the model
    of the applicants' sample files too."""
    meta = load_model(surveys_dir / "meta.yaml", Meta)
    structure = read_structure(surveys_dir.parent)
    questionnaire_path = surveys_dir / "questionnaire.yaml"
    questionnaire = load_questionnaire(questionnaire_path)
    university = University.of_data(surveys_dir.parent)
    seed = seed if seed is not None else meta.seed or 0
    sample = generate(questionnaire, structure, seed, university)
    responses, population = write_sample(sample, raw_dir)
    return run(
        responses, questionnaire_path, population, meta.min_n, scanner, questionnaire, structure
    )
