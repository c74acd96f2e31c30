"""Closing the loop with evidence: every action names the body that approved it, and a
judged status names the re-measured value, its wave and whether the change is significant;
"effective" without that evidence is an error."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest
import yaml

from kazutb_transparency.core.errors import DataError
from kazutb_transparency.surveys.evidence import judged
from kazutb_transparency.surveys.loading import SurveyData, load_survey_data
from kazutb_transparency.surveys.pages.labels import L
from kazutb_transparency.surveys.pages.quality import actions_page

from .helpers import REPO

ACTIONS = REPO / "data" / "surveys" / "actions.yaml"


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "data" / "surveys", tmp_path / "surveys")
    shutil.copytree(REPO / "data" / "disclosures", tmp_path / "disclosures")
    shutil.copy(REPO / "data" / "units.yaml", tmp_path / "units.yaml")
    return tmp_path


def refused(folder: Path, change) -> list:
    """The problems of actions.yaml after `change(first effective action)`."""
    content = yaml.safe_load(ACTIONS.read_text("utf-8"))
    first = next(a for a in content["actions"] if a["status"] == "effective")
    change(first)
    text = yaml.safe_dump(content, allow_unicode=True, sort_keys=False)
    path = folder / "surveys" / "actions.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(DataError) as caught:
        load_survey_data(folder)
    lines = text.splitlines()
    for problem in caught.value.problems:
        assert problem.file.endswith("surveys/actions.yaml") and problem.record == first["id"]
        assert problem.line is not None and problem.hint
        # The field's line, or the record's when the field is missing.
        line = lines[problem.line - 1].strip()
        assert line.startswith(f"{problem.field}:") or line.startswith("- id:")
    return caught.value.problems


def test_effective_without_evidence_is_an_error(data_copy):
    [problem] = refused(data_copy, lambda a: a.pop("evidence"))
    assert problem.field == "evidence" and "without evidence" in problem.message


def test_an_action_says_who_approved_it(data_copy):
    [problem] = refused(data_copy, lambda a: a.pop("approved_by"))
    assert problem.field == "approved_by" and "who approved" in problem.message


def test_the_approving_body_is_a_unit_or_collegial_body(data_copy):
    def by_the_rector(action: dict) -> None:
        action["approved_by"]["body"] = "rector"  # an executive, not a body

    [problem] = refused(data_copy, by_the_rector)
    assert "not a unit or collegial body" in problem.message

    def unknown(action: dict) -> None:
        action["approved_by"]["body"] = "no-such-body"

    [problem] = refused(data_copy, unknown)
    assert "unknown body" in problem.message


def test_the_evidence_is_a_later_published_wave_by_the_review(data_copy):
    def same_wave(action: dict) -> None:
        action["evidence"]["wave"] = action["indicator"]["wave"]

    [problem] = refused(data_copy, same_wave)
    assert "not after the indicator's wave" in problem.message

    def unknown_wave(action: dict) -> None:
        action["evidence"]["wave"] = "2026-05"

    [problem] = refused(data_copy, unknown_wave)
    assert "not published in wave 2026-05" in problem.message

    def after_review(action: dict) -> None:
        action["evidence"]["wave"] = "2027-06"

    [problem] = refused(data_copy, after_review)
    assert "after the review" in problem.message


def test_effective_with_a_significant_fall_is_refused(data_copy):
    # Employers, university: 2024-06 → 2025-06 is a significant fall (p = 0.021).
    def claimed_on_a_fall(action: dict) -> None:
        action["kind"] = "preventive"
        action["indicator"] = {"survey": "employers", "wave": "2024-06", "unit_type": "university"}
        action["evidence"]["wave"] = "2025-06"

    [problem] = refused(data_copy, claimed_on_a_fall)
    assert problem.field == "status" and "fell significantly" in problem.message


def test_evidence_without_a_judged_status_is_refused(data_copy):
    def done(action: dict) -> None:
        action["status"] = "done"

    [problem] = refused(data_copy, done)
    assert problem.field == "evidence" and "status is 'done'" in problem.message


def test_committed_judged_actions_rest_on_tested_evidence(committed_data: SurveyData):
    judged_actions = [
        a for a in committed_data.actions.actions if a.status in ("effective", "not-effective")
    ]
    assert judged_actions
    for action in judged_actions:
        found = judged(action, committed_data)
        assert found is not None and found.after.wave == action.evidence.wave
        if action.status == "effective":
            assert found.test.direction != "down"
    # Computed by hand from the two published rows (the demonstration figures change when
    # the sample is made again): the pooled two-proportion z-test, n = respondents.
    effective = next(a for a in judged_actions if a.status == "effective")
    found = judged(effective, committed_data)
    assert found is not None
    z, p = two_proportion_test(found.before, found.after)
    assert found.test.z == pytest.approx(z, abs=1e-3)
    assert found.test.p_value == pytest.approx(p, abs=1e-3)
    assert found.test.direction == "up" and p < 0.05  # the demonstration's effective action


def two_proportion_test(before, after) -> tuple[float, float]:
    p1, n1 = float(before.satisfaction), before.respondents
    p2, n2 = float(after.satisfaction), after.respondents
    pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p2 - p1) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return z, math.erfc(abs(z) / math.sqrt(2))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_actions_page_shows_body_decision_and_evidence(committed_data: SurveyData, lang):
    page = actions_page(committed_data, lang)
    for action in committed_data.actions.actions:
        assert action.approved_by is not None and action.approved_by.decision in page
    assert L["approved_by"][lang] in page and L["evidence"][lang] in page
    row = next(x for x in page.split("<tr>") if 'id="capa-2025-03"' in x)
    action = next(a for a in committed_data.actions.actions if a.id == "capa-2025-03")
    found = judged(action, committed_data)
    assert found is not None
    after = f"{float(found.after.satisfaction) * 100:.1f}"
    p_value = f"{found.test.p_value:.3f}"
    assert (
        found.after.wave in row
        and (after in row or after.replace(".", ",") in row)
        and p_value.replace(".", ",") in row.replace(p_value, p_value.replace(".", ","))
    )
    assert L["up"][lang] in row
    row = next(x for x in page.split("<tr>") if 'id="capa-2025-01"' in x)
    assert L["flat"][lang] in row
