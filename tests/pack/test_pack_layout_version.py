"""The pack and record layouts are versioned: a pack is re-rendered byte for byte only when its manifest names this
app's layout (``pack.pages``), so a change to what the same data renders as must come with a new layout version.
Otherwise packs signed before the change would be refused as ``pages-differ`` after it.

When this test fails after a deliberate change to the pages: raise ``LAYOUT_VERSION`` in ``pack/render.py`` (the
record's is in ``pack/record.py``) and add the new digests below (the failure prints them). The previous layout stays
in ``RENDERABLE_LAYOUTS`` so packs made by the previous app version still re-render byte for byte; older ones are
checked by their text.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

import pytest

from onsshare_desktop.identity.certificates import SignerInfo
from onsshare_desktop.pack import render as render_module
from onsshare_desktop.pack.render import PackInfo, render_pack
from tests.pack.support import EXAMPLES, load_example

# layout version -> SHA-256 of the rendered PDF of each example (fixed pack ID, time and signer)
PACK_LAYOUTS: dict[int, dict[str, str]] = {
    1: {"charity-aggregated-census": "a39cf100469cf25d3658632455b3fb9a75bcd2894366cdc6e04ceaa1cb245832",
        "university-business-survey": "46ca24611ce445b67947918f4ee0289922e0c61686a3cd83086dfd64b9f00855",
        "welsh-government-housing": "7e68364489e987f3fad3ea5d65c56cd1864ba73d27e3dc0826c65a6f9675fe60"},
    # 2: an answer laid out one paragraph per typed line (issue 12: long answers in linear time)
    2: {"charity-aggregated-census": "5756537ef8818da4be16f2a6b5053829f5ee3a765ffd2db491d920d289fb88e5",
        "university-business-survey": "8d2bdd0d3d524eb58aee8c079550eafc400a17caabd47207cec7d00ae813163b",
        "welsh-government-housing": "5546c8189085e778cfcf31bfaff874287ad1a53ed76d708de4f59b4da2046dba"},
    # 3: each answer printed once; the policy preconditions refer to the questions (section, page, link)
    3: {"charity-aggregated-census": "9a262f495e137fcb890e8d6e31477807dcedcab91071d578ffeb6d1132c13477",
        "university-business-survey": "3968d1de572509fef6712248347c7773e4a5615baec2015ccf6f896dea011f1d",
        "welsh-government-housing": "3780616dc84196d635b2b01088827a9ae3e1e6c3555a4a8775a2f66e7dda39e3"},
    # 4: "Changes since version N" shortens long unchanged stretches (a first version, as these, is as in 3)
    4: {"charity-aggregated-census": "9a262f495e137fcb890e8d6e31477807dcedcab91071d578ffeb6d1132c13477",
        "university-business-survey": "3968d1de572509fef6712248347c7773e4a5615baec2015ccf6f896dea011f1d",
        "welsh-government-housing": "3780616dc84196d635b2b01088827a9ae3e1e6c3555a4a8775a2f66e7dda39e3"},
    # 5: "Changes since version N" draws each changed answer's lines by pack.marked_text (a first version is as in 3)
    5: {"charity-aggregated-census": "9a262f495e137fcb890e8d6e31477807dcedcab91071d578ffeb6d1132c13477",
        "university-business-survey": "3968d1de572509fef6712248347c7773e4a5615baec2015ccf6f896dea011f1d",
        "welsh-government-housing": "3780616dc84196d635b2b01088827a9ae3e1e6c3555a4a8775a2f66e7dda39e3"},
}
SIGNER = SignerInfo("Layout Probe", "Probe Organisation", "probe@example.org", "ab" * 32)
WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def _pack_digests(layout: int = render_module.LAYOUT_VERSION) -> dict[str, str]:
    info = PackInfo("00000000-0000-4000-8000-000000000000", WHEN, SIGNER, "probe")
    digests = {}
    for example in EXAMPLES:
        case, qs = load_example(example)
        digests[example.stem] = hashlib.sha256(render_pack(case, qs, info, layout=layout).pdf).hexdigest()
    return digests


def test_the_same_case_renders_to_the_same_bytes_twice() -> None:
    assert _pack_digests() == _pack_digests()


def test_a_changed_pack_layout_has_a_new_layout_version() -> None:
    digests = _pack_digests()
    known = PACK_LAYOUTS.get(render_module.LAYOUT_VERSION)
    assert known == digests, (
        f"the pages of the examples changed (or layout {render_module.LAYOUT_VERSION} is new): raise LAYOUT_VERSION "
        f"in pack/render.py if it was not raised, and record {render_module.LAYOUT_VERSION}: {digests!r}")


def test_the_previous_layout_still_renders_as_it_did() -> None:
    """Packs made by the previous app version name the previous layout: their pages must re-render byte for byte."""
    older = [n for n in render_module.RENDERABLE_LAYOUTS if n != render_module.LAYOUT_VERSION]
    assert render_module.LAYOUT_VERSION - 1 in older
    for layout in older:
        assert _pack_digests(layout) == PACK_LAYOUTS[layout], f"layout {layout} no longer renders as it did"


def _version_two(layout: int) -> tuple[str, str]:
    """The pages' text of a version 2 whose long answer changed one word, in ``layout``; and that answer."""
    from tests.pack.support import body_text, normalised

    case, qs = load_example(EXAMPLES[0])
    long_id = next(q.id for q in qs.questions() if q.type == "textarea" and len(str(case.answers.get(q.id) or "")) > 200)
    words = [f"word{n}" for n in range(120)]
    before = case.with_answer(long_id, " ".join(words))
    words[60] = "CHANGED"
    after = before.with_answer(long_id, " ".join(words)).after_export("ab" * 32)
    info = PackInfo("00000000-0000-4000-8000-000000000000", WHEN, SIGNER, "probe")
    pdf = render_pack(after, qs, info, previous=before, layout=layout).pdf
    return normalised(body_text(pdf)), " ".join(words)


@pytest.mark.parametrize("layout", [4, 5])
def test_layouts_4_and_5_shorten_unchanged_stretches_in_the_changes_section_and_layout_3_does_not(layout: int) -> None:
    shortened, answer = _version_two(layout)
    start = shortened.index("What changed from version 1")
    changes = shortened[start:shortened.index("1. Requesting party", start)]
    assert "[…] word52 word53 word54 word55 word56 word57 word58 word59 word60" in changes  # 8 words before
    assert "CHANGED word61 word62 word63 word64 word65 word66 word67 word68 […]" in changes  # 8 words after
    assert "word10 " not in changes and "unchanged passages are shortened" in changes
    assert answer in shortened  # printed whole in its own section
    whole, _answer = _version_two(3)
    assert "[…]" not in whole and "word10 " in whole[whole.index("What changed from version 1"):]


def test_shortening_keeps_short_stretches_and_the_edges_of_an_answer_and_splits_lines() -> None:
    from onsshare_desktop.domain.diff import Mark, Segment
    from onsshare_desktop.pack.changes import marked_lines, marked_words

    first = " ".join(f"a{n}" for n in range(30)) + " "
    segments = (Segment(Mark.SAME, first), Segment(Mark.INSERTED, "new\nline "), Segment(Mark.SAME, "b1 b2 b3 "),
                Segment(Mark.DELETED, "old "), Segment(Mark.SAME, " ".join(f"c{n}" for n in range(30))))
    lines = marked_lines(segments)
    assert len(lines) == 2 and lines[0].endswith('<u><font color="#1a6b2f">new</font></u>')  # the typed line break
    assert lines[0].startswith('<font color="#5f6368">[…]</font> a22 a23') and "a21" not in lines[0]  # none before
    assert lines[1].startswith('<u><font color="#1a6b2f">line </font></u>b1 b2 b3')
    assert lines[1].endswith('c7 <font color="#5f6368">[…]</font>') and "c8" not in lines[1]
    assert "[…]" not in "".join(marked_lines(segments, shorten=False)) and "a0 a1" in marked_words(segments)


def test_layout_3_still_matches_words_with_their_spaces_and_layout_4_without() -> None:
    from tests.pack.support import body_text, normalised

    case, qs = load_example(EXAMPLES[0])
    long_id = next(q.id for q in qs.questions() if q.type == "textarea" and len(str(case.answers.get(q.id) or "")) > 200)
    before = case.with_answer(long_id, "Shared with the council.")
    after = before.with_answer(long_id, "Shared with the council. And the board.").after_export("ab" * 32)
    info = PackInfo("00000000-0000-4000-8000-000000000000", WHEN, SIGNER, "probe")
    texts = {}
    for layout in (3, 4, 5):
        text = normalised(body_text(render_pack(after, qs, info, previous=before, layout=layout).pdf))
        start = text.index("Changed answers (1)")
        texts[layout] = text[start:text.index("1. Requesting party", start)]
    assert "council.council. And the board." in texts[3]  # as layout 3 packs were drawn: they re-render so
    assert "Shared with the council. And the board." in texts[4] and texts[5] == texts[4]
