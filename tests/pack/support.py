"""Helpers shared by the pack and pack-CLI tests: an identity, example cases with attachments, external tools."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from pathlib import Path

from onsshare_desktop.domain.case import AttachmentRef, Case
from onsshare_desktop.domain.case_io import load_case
from onsshare_desktop.domain.conditions import is_answered
from onsshare_desktop.domain.flow import visible_answers
from onsshare_desktop.domain.questions import QuestionSet, load_question_set
from onsshare_desktop.identity.store import IdentityStore, UnlockedIdentity
from onsshare_desktop.pack.answers import format_value
from onsshare_desktop.paths import DataPaths

PASSPHRASE = "correct horse battery staple"
EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "examples").glob("*.json"))
ATTACHMENTS = (
    ("DPIA v3 – signed off.pdf", "dpia", b"%PDF-1.4\n% a stand-in DPIA\n" * 40, "application/pdf"),
    ("ethics self-assessment.docx", "ethics", b"PK\x03\x04 stand-in docx " * 25,
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
)


def make_identity(paths: DataPaths, name: str = "Rhian Pritchard", org: str = "Welsh Government",
                  email: str = "rhian.pritchard@example.org") -> UnlockedIdentity:
    store = IdentityStore(paths.identity)
    store.create(name, org, email, PASSPHRASE)
    return store.unlock(PASSPHRASE)


def load_example(path: Path) -> tuple[Case, QuestionSet]:
    case = load_case(path.read_bytes())
    return case, load_question_set(case.form_id, case.form_version)


def store_attachment(paths: DataPaths, name: str, kind: str, data: bytes, media_type: str) -> AttachmentRef:
    paths.attachments.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()
    (paths.attachments / digest).write_bytes(data)
    return AttachmentRef(name, kind, len(data), digest, media_type)


def with_attachments(case: Case, paths: DataPaths,
                     files: tuple[tuple[str, str, bytes, str], ...] = ATTACHMENTS) -> Case:
    return case.with_attachments(tuple(store_attachment(paths, *f) for f in files))


def normalised(text: str) -> str:
    return " ".join(text.split())


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def expected_answer_texts(case: Case, qs: QuestionSet) -> list[str]:
    """Every answer as the pack should print it (choice labels, Yes/No, repeating fields one by one)."""
    texts: list[str] = []
    for qid, value in visible_answers(qs, case.answers).items():
        question = qs.question(qid)
        if question.type == "repeating":
            for item in value:
                texts += [format_value(f, item[f.id]) for f in question.fields if is_answered(item.get(f.id))]
        elif is_answered(value):
            texts.append(format_value(question, value))
    return texts


FOOTER_LINE = re.compile(r"^(?:.* · Pack ID \S+|Page \d+ of \d+)$")


def body_text(pdf: bytes) -> str:
    """What pdftotext reads on the pages, without the footers that interrupt text running over a page break."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, check=True,
                          capture_output=True).stdout.decode()
    return "\n".join(line for line in text.splitlines() if not FOOTER_LINE.match(line.strip("\f")))


def without_whitespace(text: str) -> str:
    return "".join(text.split())


def pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)


def pypdf_embedded(path: Path) -> dict[str, bytes]:
    """Embedded files read by pypdf (a PDF library nobody here wrote)."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return {name: contents[0] for name, contents in reader.attachments.items()}


def pypdf_mime_types(path: Path) -> dict[str, str]:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    names = reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"]
    found = {}
    for i in range(0, len(names), 2):
        spec = names[i + 1].get_object()
        found[str(names[i])] = str(spec["/EF"]["/F"].get_object()["/Subtype"])
    return found


def json_of(data: bytes) -> object:
    return json.loads(data.decode("utf-8"))


def fonts_all_embedded(path: Path) -> bool:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line for line in out.splitlines()[2:] if line.strip()]
    return bool(rows) and all(re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", r) for r in rows)
