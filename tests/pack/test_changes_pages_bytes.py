"""The pages of a version 2 ("Changes since version 1": marked words, rows, attachments, responses) render to the
same bytes as they always have, in every layout that draws them.

``test_pack_layout_version`` pins first versions only; this pins the section that follows a return note, whose
paragraphs the renderer builds on a quicker path than reportlab's markup parser (``pack.markup``) and, from layout
5, draws with ``pack.marked_text``. A version 2 signed by an earlier build must still match its re-render byte for
byte, so any difference here is a bug in that path, not a reason to record new digests (unless the layout version
was raised on purpose).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

import pytest

from onsshare_desktop.domain.amendments import RequestTarget, Response, TargetKind
from onsshare_desktop.domain.case import AttachmentRef, Case
from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.i18n import use_language
from onsshare_desktop.identity.certificates import SignerInfo
from onsshare_desktop.pack.render import PackInfo, render_pack
from tests.pack.support import EXAMPLES, load_example

SIGNER = SignerInfo("Layout Probe", "Probe Organisation", "probe@example.org", "ab" * 32)
WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
INFO = PackInfo("00000000-0000-4000-8000-000000000000", WHEN, SIGNER, "probe")

# (example, layout, language) -> SHA-256 of the rendered PDF of its version 2 (see ``version_two``)
DIGESTS: dict[tuple[str, int, str], str] = {
    ("charity-aggregated-census", 3, "en"): "ffacfb8b75c9ca5637154c4f9d748d6f5ee609d21e94372a1dcf1c5efdf5d808",
    ("charity-aggregated-census", 4, "en"): "fe69f21a4e6ccb67d55e21b538af395d7829bb35bc40c808eb080cbeae00793d",
    ("university-business-survey", 3, "en"): "50594b836ae15559e7ee941fda2634cddfaacc51aef7def1e3d2863d505fa474",
    ("university-business-survey", 4, "en"): "fc210c10287245e44deb6dd84d76be28012ccb2243c3295730def0da62c5a3fb",
    ("welsh-government-housing", 3, "en"): "724b132c390e144b7a3999627f18d55bb82793f977b3809773f3dba8178a8640",
    ("welsh-government-housing", 4, "en"): "687291dfea8209881650ad7a51a60ab42b98aa5d7a563240a058ff9b3b655344",
    ("charity-aggregated-census", 2, "en"): "2bed014336f3dfc763b20d82151ee742db13ac1bc6b0cb98eda33ea9a8ff9f80",
    ("welsh-government-housing", 4, "cy"): "15693eb457ae3387474b55b4e76a56f9c87cf1fdf2bd42812d834a7c4f28e2b1",
    # layout 5: changed answers drawn by pack.marked_text
    ("charity-aggregated-census", 5, "en"): "7e4a199a11ed917336a0f99a369f9f03005dc993e0369f6115b88bbbf1665ba0",
    ("university-business-survey", 5, "en"): "9d6bde8ab8498229f74f74077e0506814dfeca5de5c1602b15969258c88a5e61",
    ("welsh-government-housing", 5, "en"): "2d0909f406d66f2ee45475341dedb15472a099ac42cd5a8324bc09a497453370",
    ("welsh-government-housing", 5, "cy"): "6868f8a0030bf3c5480dd9739bf4a7f118d82c26bbcd0cfbe7e34a3d40771178",
}

# Typed text that reportlab's markup must carry exactly: escaped characters, runs of spaces, tabs, no-break spaces,
# a word wider than the line, and a line break inside a change.
AWKWARD = ("Tom & Jerry's \"quote\" <b>not bold</b> 5 > 3 &amp; a&b;   three  spaces\tand\ta tab, "
           "no\xa0break\xa0spaces, https://www.ons.gov.uk/aboutus/transparencyandgovernance/datastrategy/"
           "averyveryverylongaddresswithoutanybreakcharactersatallwhichmustbecutsomewhere\nA second typed line.")


def version_two(case: Case, qs: QuestionSet) -> tuple[Case, Case]:
    """Version 1 (``case``) and a version 2 that changes every kind of thing the changes section shows."""
    before = case
    after = case
    for n, question in enumerate(qs.questions()):
        value = case.answers.get(question.id)
        if question.type == "textarea" and isinstance(value, str) and value:
            words = value.split(" ")
            for i in range(n % 5, len(words), 7):  # a word in seven replaced, a little differently per question
                words[i] = ("changed", "altered", "new & improved", "rewritten", "it's")[i % 5]
            text = " ".join(words)
            after = after.with_answer(question.id, text + (" " + AWKWARD if n % 2 else "\n\nAdded paragraph."))
        elif question.type == "text" and isinstance(value, str) and value and n % 3 == 0:
            after = after.with_answer(question.id, value + " (amended)")
        elif question.type == "repeating" and isinstance(value, list) and value:
            rows = [dict(row) for row in value]
            first_text = next((k for k, v in rows[0].items() if isinstance(v, str) and len(v) > 20), None)
            if first_text is not None:
                rows[0][first_text] = rows[0][first_text] + " Now with " + AWKWARD[:60]
            after = after.with_answer(question.id, list(reversed(rows)))
    if case.attachments:
        first = case.attachments[0]
        after = after.with_attachments((AttachmentRef(first.file_name, first.kind, first.size + 1, "c" * 64,
                                                      first.media_type), *case.attachments[1:]))
    after = after.with_response(Response("r-0001", RequestTarget(TargetKind.GENERAL, None),
                                         "Please say more about the <benefit> & the risks.",
                                         "We have rewritten it:\n  - benefits & risks\n  - \"security\""))
    return before, after.after_export("ab" * 32)


def _digest(example: str, layout: int, language: str) -> str:
    path = next(p for p in EXAMPLES if p.stem == example)
    with use_language(language):
        case, qs = load_example(path)
        before, after = version_two(case, qs)
        return hashlib.sha256(render_pack(after, qs, INFO, previous=before, layout=layout).pdf).hexdigest()


@pytest.mark.parametrize("key", sorted(DIGESTS), ids=lambda k: f"{k[0]}-layout{k[1]}-{k[2]}")
def test_a_version_two_renders_as_it_always_has(key: tuple[str, int, str]) -> None:
    assert _digest(*key) == DIGESTS[key]
