from __future__ import annotations

from datetime import UTC, datetime

from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.checklist import (
    CheckAnswer, ChecklistAnswer, checklist_items, declaration_complete, unanswered, unmet,
)
from onsshare_desktop.domain.screening.triage import TriageAssessment, TriageRecommendation, TriageService, missing_services

AT = datetime(2026, 11, 25, tzinfo=UTC)


def ids(answers: dict[str, object]) -> list[str]:
    return [item.id for item in checklist_items(load_question_set(), answers)]


def test_the_four_preconditions_and_the_declaration_always_apply() -> None:
    assert ids({"identifiability": "aggregated", "living_individuals": False}) == [
        "other-routes", "legal-gateway", "public-benefit", "confidentiality", "declaration"]


def test_dpia_item_only_when_data_relate_to_living_individuals() -> None:
    assert "dpia" in ids({"living_individuals": True, "identifiability": "aggregated"})
    assert "dpia" not in ids({"living_individuals": False, "identifiability": "aggregated"})


def test_oversight_item_when_data_are_identifiable_or_identify_organisations() -> None:
    assert "dpo-legal-oversight" in ids({"identifiability": "identifiable"})
    assert "dpo-legal-oversight" in ids({"identifiability": "de_identified"})
    assert "dpo-legal-oversight" in ids({"identifiability": "aggregated", "identifies_organisations": True})
    assert "dpo-legal-oversight" not in ids({"identifiability": "aggregated", "identifies_organisations": False})


def test_unanswered_and_unmet_count_only_applicable_items() -> None:
    items = checklist_items(load_question_set(), {"identifiability": "aggregated"})
    answers = {
        "legal-gateway": ChecklistAnswer("legal-gateway", CheckAnswer.NOT_MET, "no gateway named", "sam", AT),
        "dpia": ChecklistAnswer("dpia", CheckAnswer.NOT_MET, "stale answer", "sam", AT),
        "other-routes": ChecklistAnswer("other-routes", CheckAnswer.UNCLEAR, "", "sam", AT),
    }
    assert unmet(items, answers) == {"legal-gateway"}
    assert unanswered(items, answers) == {"public-benefit", "confidentiality", "declaration"}


def test_declaration_complete() -> None:
    answers = {"declare_truthful": True, "declare_dsa": True, "declare_no_onward": True,
               "declare_transparency": True, "declarant_name": "A", "declarant_role": "B",
               "declaration_date": "2026-11-01"}
    assert declaration_complete(answers)
    assert not declaration_complete({**answers, "declare_dsa": False})
    assert not declaration_complete({**answers, "declarant_role": " "})


def test_missing_triage_services_in_policy_order() -> None:
    done = [TriageAssessment(TriageService.SECURITY, "r", "b", TriageRecommendation.SUPPORT, (), "sam", AT)]
    missing = missing_services(done)
    assert len(missing) == 6 and TriageService.SECURITY not in missing
    assert missing[0] == TriageService.INFORMATION_ASSET_OWNER

