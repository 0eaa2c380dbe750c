"""One screener process of the load test: random moves, annotations and checklist answers on shared cases.

    python -m tests.team.load_worker URL DATA_DIR WORKER OPERATIONS SEED FINGERPRINT PACK_ID...

Every change is based on the version the worker has just read (as a screener's window would be). Prints one JSON
line per operation: what was tried, whether it was acknowledged (with the stored version), refused by a rule, or
refused as a conflict (with who and when, as the screener would be told), and how long it took.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from onsshare_desktop.domain.screening.annotations import SectionStatus
from onsshare_desktop.domain.screening.checklist import CheckAnswer
from onsshare_desktop.domain.screening.conflicts import EditConflict
from onsshare_desktop.domain.screening.stages import Move, MoveRefused, Outcome, Stage
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.database import open_database

SECTIONS = ("general", "purpose", "security", "legal")
ITEMS = ("declaration", "dpia")
MOVES = {Stage.RECEIVED: Outcome.START_FIRST_SCREENING, Stage.FIRST_SCREENING: Outcome.PROCEED_TO_DSWG,
         Stage.SECOND_SCREENING: Outcome.ESCALATE_TO_DGC}


def main(argv: list[str]) -> int:
    url, data_dir, worker, operations, seed, fingerprint, *packs = argv
    rng = random.Random(int(seed))
    actor = f"Screener {worker} <s{worker}@ons.gov.uk>"
    db = open_database(DataPaths(Path(data_dir)).ensure(), url=url,
                       trusted_fingerprints=lambda: frozenset({fingerprint}))
    screening = db.screening
    try:
        for n in range(int(operations)):
            pack_id = int(rng.choice(packs))
            kind = rng.choices(("annotate", "check", "move"), (5, 3, 2))[0]
            received = screening.get(pack_id)  # what the screener sees before changing it
            time.sleep(rng.random() * 0.004)  # the screener thinks (others may write meanwhile)
            record: dict[str, object] = {"worker": worker, "n": n, "pack": pack_id, "op": kind}
            started = time.perf_counter()
            try:
                if kind == "annotate":
                    section = rng.choice(SECTIONS)
                    seen = received.annotations.get(section)
                    comment = f"w{worker} n{n}: {rng.random():.6f}"
                    status = rng.choice(list(SectionStatus))
                    done = screening.annotate(pack_id, section, status, comment, actor,
                                              based_on=seen.version if seen else 0)
                    record.update(key=section, value=[status.value, comment], version=done.version)
                elif kind == "check":
                    item = rng.choice(ITEMS)
                    seen_answer = received.checklist.get(item)
                    answer = rng.choice((CheckAnswer.MET, CheckAnswer.MET, CheckAnswer.UNCLEAR))
                    note = f"w{worker} n{n}"
                    done_answer = screening.answer_check(pack_id, item, answer, note, actor,
                                                         based_on=seen_answer.version if seen_answer else 0)
                    record.update(key=item, value=[answer.value, note], version=done_answer.version)
                else:
                    outcome = MOVES.get(received.row.stage)
                    if outcome is None:
                        record.update(outcome="refused", reason="no move offered at this stage")
                        print(json.dumps(record), flush=True)
                        continue
                    event = screening.move(pack_id, Move(outcome, note=f"w{worker} n{n}"), actor,
                                           based_on=received.row_version)
                    record.update(key="stage", value=event.to_stage.value)
                record["outcome"] = "ack"
            except EditConflict as conflict:
                record.update(outcome="conflict", who=conflict.who, when=conflict.when.isoformat()
                              if conflict.when else None, message=str(conflict))
            except MoveRefused as refused:
                record.update(outcome="refused", reason=str(refused))
            record["ms"] = round((time.perf_counter() - started) * 1000, 3)
            print(json.dumps(record), flush=True)
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
