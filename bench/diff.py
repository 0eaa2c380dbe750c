"""The round trip's measures on the reference case.

- The field-by-field diff of two versions, every long answer changed (goal: <= 50 ms). Version 2 is version 1
  with a seeded edit in every textarea answer (a few words replaced in each paragraph and a sentence added), one
  dataset row edited and one attachment replaced, so every kind of change is in the timing. No baseline.
- Import of version 2 (verify, store, link to version 1, carry the annotations over) with its diff and carried-over
  annotations computed as the review shows them, against the import of version 1 into an empty register
  (goal: <= 1.5x). Each sample uses a fresh data folder made before the clock starts.
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


def _import_samples(settings: Settings) -> tuple[list[float], list[float]]:
    """Timings of importing version 1 into an empty register, and version 2 (with the review's changes)."""
    import tempfile
    from pathlib import Path

    from bench.core import interleaved
    from bench.pack import AppSide
    from onsshare_desktop.domain.screening.annotations import SectionStatus
    from onsshare_desktop.identity.certificates import certificate_pem
    from onsshare_desktop.identity.secrets import MemorySecretStore
    from onsshare_desktop.pack.export import export_pack
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.services.container import Services
    from onsshare_desktop.services.roundtrip import version_changes

    with tempfile.TemporaryDirectory(prefix="bench-roundtrip-") as tmp:
        root = Path(tmp)
        app = AppSide(root / "requester")
        v1_pack, v2_pack = root / "v1.pdf", root / "v2.pdf"
        v1 = export_pack(app.case, app.question_set, app.paths, app.signer, v1_pack)
        _v1, edited = second_version()
        v2_case = replace(edited, attachments=app.case.attachments, previous_pack_sha256=v1.sha256)
        export_pack(v2_case, app.question_set, app.paths, app.signer, v2_pack, previous=app.case)
        pem = certificate_pem(app.signer.certificate)
        folders = iter(range(10_000))

        def screener() -> Services:
            paths = DataPaths(root / f"screener-{next(folders)}").ensure()
            paths.trust.mkdir(parents=True, exist_ok=True)
            services = Services(paths, MemorySecretStore())
            services.trust.store().add(pem)
            services.database  # noqa: B018 - created and migrated before the clock starts
            return services

        def import_v1() -> float:
            services = screener()
            start = time.perf_counter()
            [result] = services.screening.import_packs([v1_pack])
            elapsed = (time.perf_counter() - start) * 1000
            services.close()
            assert result.status.value == "imported", result.reason
            return elapsed

        def import_v2() -> float:
            services = screener()
            [first] = services.screening.import_packs([v1_pack])
            for section in ("benefit", "security", "justification"):
                services.database.screening.annotate(first.pack_id, section, SectionStatus.NEEDS_MORE_INFORMATION,
                                                     "Please say more.", "Bench Screener")
            start = time.perf_counter()
            [result] = services.screening.import_packs([v2_pack])
            changes = version_changes(services.database, result.pack_id)
            elapsed = (time.perf_counter() - start) * 1000
            services.close()
            assert changes is not None and changes.annotations and result.previous_id == first.pack_id
            return elapsed

        if settings.warm_up:
            import_v1()
            import_v2()
        return tuple(interleaved(settings.repeats, import_v1, import_v2))  # type: ignore[return-value]


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
    v1_import, v2_import = _import_samples(settings)
    return [summarise("diff of two versions of the reference case (every long answer changed)", samples, "ms",
                      "<= 50 ms", met=lambda m, _r: m <= 50),
            summarise("import version 2 with diff and carried-over annotations", v2_import, "ms",
                      "<= 1.5 x import of version 1", baseline=v1_import, met=lambda _m, r: r is not None and r <= 1.5)]


if __name__ == "__main__":
    for row in run(Settings.quick()):
        print(row)
