"""The field-by-field diff of two versions of the reference case, every long answer changed (goal: <= 50 ms).

Version 2 is version 1 with a seeded edit in every textarea answer (a few words replaced in each paragraph and a
sentence added), one dataset row edited and one attachment replaced, so every kind of change is in the timing.
No baseline: the goal is absolute.
"""

from __future__ import annotations

import random
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from bench.core import Row, Settings, summarise
from bench.reference_case import SEED, WORDS, reference_case

if TYPE_CHECKING:
    from onsshare_desktop.domain.case import Case


def _edited(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(max(1, len(words) // 12)):
        words[rng.randrange(len(words))] = rng.choice(WORDS)
    return " ".join(words) + " " + " ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "."


def second_version() -> tuple["Case", "Case"]:
    """The reference case and its version 2 with every long answer changed."""
    from onsshare_desktop.domain.case import AttachmentRef
    from onsshare_desktop.domain.questions import load_question_set

    rng = random.Random(SEED + 2)
    v1, _files = reference_case()
    qs = load_question_set(v1.form_id, v1.form_version)
    answers = dict(v1.answers)
    for question in qs.questions():
        value = answers.get(question.id)
        if question.type == "textarea" and isinstance(value, str) and value:
            answers[question.id] = _edited(value, rng)
    datasets = [dict(row) for row in answers.get("datasets", [])]
    if datasets:
        datasets[0]["dataset_variables"] = _edited(str(datasets[0].get("dataset_variables", "")), rng)
        answers["datasets"] = list(reversed(datasets))
    first = v1.attachments[0]
    attachments = (AttachmentRef(first.file_name, first.kind, first.size, "f" * 64, first.media_type),
                   *v1.attachments[1:])
    v2 = replace(v1, version=2, previous_pack_sha256="e" * 64, answers=answers, attachments=attachments)
    return v1, v2


def run(settings: Settings) -> list[Row]:
    from onsshare_desktop.domain.diff import diff_cases
    from onsshare_desktop.domain.questions import load_question_set

    v1, v2 = second_version()
    qs = load_question_set(v1.form_id, v1.form_version)
    if settings.warm_up:
        diff_cases(v1, v2, qs)
    samples = []
    for _ in range(settings.repeats * 3):
        start = time.perf_counter()
        diff = diff_cases(v1, v2, qs)
        samples.append((time.perf_counter() - start) * 1000)
    if len(diff.answers) < 10 or not diff.attachments:  # the edits must really be there to be measured
        raise RuntimeError("the benchmark's version 2 does not differ as intended")
    return [summarise("diff of two versions of the reference case (every long answer changed)", samples, "ms",
                      "<= 50 ms", met=lambda m, _r: m <= 50)]


if __name__ == "__main__":
    for row in run(Settings.quick()):
        print(row)
