"""Render a case as the human-readable PDF of a submission pack (reportlab), before embedding and signing.

Layout: a cover page, contents, every applicable section with its questions and answers, the four policy
preconditions each with the questions that address it (where their answers are: section, page and a link), the
attachments, and the declaration with a box where the visible signature goes. Every page carries the pack ID and
"Page N of M". Fonts are embedded (DejaVu), so text is extractable. Imports reportlab: load this module lazily
(``pack.export`` does), never at GUI start-up.

Layouts are versioned (``LAYOUT_VERSION``): the pages check renders a signed pack again in the layout its manifest
names, so the previous layout stays renderable (``RENDERABLE_LAYOUTS``) and packs made by the previous app version
still match their re-render byte for byte.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache, partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
)

from onsshare_desktop.domain.case import ATTACHMENT_TYPES, Case
from onsshare_desktop.domain.dates import document_time
from onsshare_desktop.domain.questions import ROLE_DECLARATION_SECTION, QuestionSet, Section
from onsshare_desktop.i18n import _
from onsshare_desktop.identity.certificates import SignerInfo
from onsshare_desktop.pack.answers import AnswerView, answer_view, applicable_sections, section_answers
from onsshare_desktop.pack.fonts import BOLD, ITALIC, MONO, REGULAR, register_fonts
from onsshare_desktop.pack.layout import Anchor, ContentsTable, DeferredCanvas, WrapOnceParagraph
from onsshare_desktop.pack.page_text import paragraph_markup
from onsshare_desktop.pack.style import ACCENT, INK, MUTED, PACK_PADDING, RULE, rgb, ruled_table
from onsshare_desktop.store.attachment_files import format_size
from onsshare_desktop.pack.rl_speed import faster_rendering

# The pages check (pack.pages) re-renders a pack byte for byte only when its manifest names a layout this app renders:
# raise it whenever the same case would render differently (tests/pack/test_pack_layout_version.py notices when not),
# and keep the previous one renderable.
# 2: an answer laid out one paragraph per typed line. 3: each answer printed once; the policy preconditions refer to
# the questions that address them (section, page, link) instead of printing their answers a second time. 4: in
# "Changes since version N", long unchanged stretches of a changed answer are shortened to the words around the
# changes, each changed answer is a paragraph per typed line, and words are matched without the space after them
# (``pack.changes``, ``domain.diff.word_segments``; a first version renders as in layout 3). 5: each typed line of a
# changed answer is drawn by ``pack.marked_text`` (one pass per line, not reportlab's paragraph of several styles);
# a first version renders as in layout 3.
LAYOUT_VERSION = 5
RENDERABLE_LAYOUTS = (2, 3, 4, 5)
SIGNATURE_BOX_HEIGHT_MM = 27
SECTION_NEEDS_MM = 110  # a section starts on a fresh page when less than this is left on the current one
SECTION_GAP_MM = 10


@dataclass(frozen=True)
class PackInfo:
    """What the cover and footer say about this pack."""

    pack_id: str
    created_at: datetime
    signer: SignerInfo
    app_version: str


@dataclass
class SignatureBox:
    """Where the signature block landed: page index (0-based) and rectangle in PDF points, set while rendering."""

    page: int = -1
    rect: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


@dataclass(frozen=True)
class RenderedPack:
    pdf: bytes
    page_count: int
    signature_box: SignatureBox = field(default_factory=SignatureBox)


FRAME_PADDING = 6  # reportlab's Frame default, on each side
BODY_WIDTH = A4[0] - 40 * mm - 2 * FRAME_PADDING  # what a paragraph in the body frame may fill


class _Builder:
    """Builds the story (list of flowables) for one pack."""

    def __init__(self, case: Case, qs: QuestionSet, info: PackInfo, box: SignatureBox,
                 section_pages: dict[str, int], previous: Case | None = None,
                 layout: int = LAYOUT_VERSION) -> None:
        register_fonts()
        self.case, self.qs, self.info, self.box = case, qs, info, box
        self.previous = previous  # the version this one follows, for "Changes since version N"
        self.layout = layout
        self.section_pages = section_pages  # filled as the headings (and, from layout 3, questions) are placed
        self.headings: list[tuple[str, str]] = []  # (text, key) of every section heading, in order
        self.question_headings: dict[str, str] = {}  # question id -> the heading of the section it is printed in
        base = ParagraphStyle("base", fontName=REGULAR, fontSize=10, leading=14, textColor=rgb(INK))
        self.s = {
            "body": base,
            "answer": ParagraphStyle("answer", parent=base, leftIndent=10, spaceAfter=9),
            "label": ParagraphStyle("label", parent=base, fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=2,
                                    spaceAfter=2, keepWithNext=1),
            "missing": ParagraphStyle("missing", parent=base, fontName=ITALIC, textColor=rgb(MUTED), leftIndent=10,
                                      spaceAfter=9),
            "entry": ParagraphStyle("entry", parent=base, fontName=BOLD, fontSize=9.5, leftIndent=10,
                                    textColor=rgb(ACCENT), spaceBefore=4, spaceAfter=2, keepWithNext=1),
            "field_label": ParagraphStyle("field_label", parent=base, fontName=BOLD, fontSize=8.5, leading=11,
                                          leftIndent=20, textColor=rgb(MUTED), keepWithNext=1),
            "field": ParagraphStyle("field", parent=base, leftIndent=20, spaceAfter=4),
            "field_missing": ParagraphStyle("field_missing", parent=base, fontName=ITALIC, leftIndent=20,
                                            textColor=rgb(MUTED), spaceAfter=4),
            "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=15, leading=19, textColor=rgb(ACCENT),
                                 spaceBefore=4, spaceAfter=4, keepWithNext=1),
            "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11.5, leading=15,
                                 textColor=rgb(ACCENT), spaceBefore=10, spaceAfter=4, keepWithNext=1),
            "intro": ParagraphStyle("intro", parent=base, fontName=ITALIC, fontSize=9, leading=12.5,
                                    textColor=rgb(MUTED), spaceAfter=10, keepWithNext=1),
            "quote": ParagraphStyle("quote", parent=base, fontName=ITALIC, fontSize=9.5, leading=13,
                                    leftIndent=10, textColor=rgb(MUTED), spaceAfter=6, keepWithNext=1),
            "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11.5, textColor=rgb(MUTED)),
            "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12),
            "cell_label": ParagraphStyle("cell_label", parent=base, fontName=BOLD, fontSize=9, leading=12,
                                         textColor=rgb(MUTED)),
            "mono": ParagraphStyle("mono", parent=base, fontName=MONO, fontSize=8.5, leading=11.5),
            "mono_small": ParagraphStyle("mono_small", parent=base, fontName=MONO, fontSize=7.5, leading=10.5),
            "kicker": ParagraphStyle("kicker", parent=base, fontName=BOLD, fontSize=9.5, textColor=rgb(ACCENT),
                                     spaceAfter=6),
            "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=22, leading=27,
                                    textColor=rgb(INK), spaceAfter=6),
            "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12, leading=16, textColor=rgb(MUTED),
                                       spaceAfter=18),
            "toc": ParagraphStyle("toc", parent=base, fontSize=10.5, leading=18),
            "reference": ParagraphStyle("reference", parent=base, leftIndent=10, leading=16),
        }

    # -- helpers ------------------------------------------------------------------------------------------------
    def p(self, text: str, style: str) -> WrapOnceParagraph:
        return WrapOnceParagraph(text, self.s[style])

    def typed(self, text: str, style: str, width: float = BODY_WIDTH) -> WrapOnceParagraph:
        """A paragraph of text someone typed, as they typed it (see ``pack.page_text``), in a ``width`` column."""
        st = self.s[style]
        room = width - st.leftIndent - st.rightIndent - 1  # a point spare for rounding
        return WrapOnceParagraph(paragraph_markup(text, room, st.fontName, st.fontSize), st)

    def typed_lines(self, text: str, style: str) -> list[Any]:
        """A long answer as one paragraph per typed line (an empty line is a line's height of space), looking as
        one paragraph would. reportlab re-breaks the rest of a paragraph at every page it splits across, so a
        30,000-character answer as one paragraph costs time in the square of its pages; as lines, it is linear."""
        if "\n" not in text:
            return [self.typed(text, style)]
        return self._one_paragraph_per_line(text.split("\n"), style, self.typed)

    def markup_lines(self, lines: list[str], style: str) -> list[Any]:
        """Lines of paragraph markup laid out as ``typed_lines`` lays out typed lines (one paragraph each, an empty
        line a line's height of space), looking as one paragraph would."""
        if len(lines) == 1:
            return [self.p(lines[0], style)]
        return self._one_paragraph_per_line(lines, style, self.p)

    def marked_text_lines(self, lines: list[list[tuple[str, str]]], style: str) -> list[Any]:
        """Typed lines of ``(kind, text)`` runs (``pack.changes.marked_runs``) laid out as ``markup_lines`` lays
        out lines of markup, each line drawn by ``pack.marked_text`` (layout 5 on)."""
        from onsshare_desktop.pack.marked_text import MarkedLine

        looks = _marked_looks()
        return self._one_paragraph_per_line(lines, style, lambda runs, name: MarkedLine(runs, self.s[name], looks))

    def _one_paragraph_per_line(self, lines: list[Any], style: str, make: Callable[[Any, str], Any]) -> list[Any]:
        """``make(line, style)`` for each line, an empty line a line's height of space; only the last line keeps
        the style's space after it, and the first its space before, so the lines look as one paragraph would."""
        st = self.s[style]
        key = f"{style}:line"
        if key not in self.s:
            self.s[key] = ParagraphStyle(key, parent=st, spaceBefore=0, spaceAfter=0)
        out: list[Any] = []
        for n, line in enumerate(lines):
            last = n == len(lines) - 1
            text = line if isinstance(line, str) else "".join(run for _kind, run in line)
            if text.strip(" \t") == "":
                out.append(Spacer(1, st.leading + (st.spaceAfter if last else 0)))
            else:
                out.append(make(line, style if last else key))
        if st.spaceBefore:
            out.insert(0, Spacer(1, st.spaceBefore))
        return out

    def heading(self, text: str, key: str) -> list[Any]:
        """A section heading (in the contents and the PDF outline), on a new page unless most of this one is free."""
        flowable = self.p(escape(text), "h1")
        flowable._toc = (text, key)  # noqa: SLF001 - read back in the doc template's afterFlowable
        self.headings.append((text, key))
        return [CondPageBreak(SECTION_NEEDS_MM * mm), flowable]

    def answer_flowables(self, view: AnswerView) -> list[Any]:
        out: list[Any] = [self.p(escape(view.question.label), "label")]
        if self.layout >= 3:  # a link target for the policy preconditions' references
            out.insert(0, Anchor(question_key(view.question.id), self.section_pages))
        if view.entries:
            noun = view.question.label
            for index, entry in enumerate(view.entries, start=1):
                out.append(self.p(escape(_("{what}: entry {n} of {total}").format(
                    what=noun, n=index, total=len(view.entries))), "entry"))
                for f in entry:
                    out.append(self.p(escape(f.label), "field_label"))
                    out += self.typed_lines(f.text, "field" if f.answered else "field_missing")
            out.append(Spacer(1, 6))
        else:
            out += self.typed_lines(view.text, "answer" if view.answered else "missing")
        return out

    def table(self, rows: list[list[Any]], widths: list[float], header: bool = False) -> Any:
        return ruled_table(rows, widths, header, PACK_PADDING)

    # -- parts --------------------------------------------------------------------------------------------------
    def cover(self) -> list[Any]:
        info, case = self.info, self.case
        fp = info.signer.display_fingerprint
        half = len(fp) // 2 + 1
        signer = ", ".join(x for x in (info.signer.name, info.signer.organisation) if x)
        if info.signer.email:
            signer += f" <{info.signer.email}>"
        rows = [
            (_("Reference"), escape(case.case_ref), "cell"),
            (_("Requesting organisation"), escape(case.organisation or _("Not answered")), "cell"),
            (_("Form"), escape(_("{title}, version {version}").format(title=self.qs.title,
                                                                      version=case.form_version)), "cell"),
            (_("Pack version"), escape(str(case.version)), "cell"),
            (_("Date"), escape(document_time(info.created_at)), "cell"),
            (_("Signed by"), escape(signer), "cell"),
            (_("Certificate fingerprint (SHA-256)"), escape(fp[:half]) + "<br/>" + escape(fp[half:]), "mono"),
            (_("Pack ID"), escape(info.pack_id), "mono"),
        ]
        if case.previous_pack_sha256:
            rows.append((_("Replaces pack (SHA-256)"), escape(case.previous_pack_sha256), "mono"))
        table = self.table([[self.p(escape(k), "cell_label"), self.p(v, style)] for k, v, style in rows],
                           [52 * mm, 118 * mm])
        return [
            Spacer(1, 18 * mm),
            self.p(escape(_("ONS data sharing request · Submission pack")), "kicker"),
            self.p(escape(case.title or _("Untitled request")), "title"),
            self.p(escape(case.organisation), "subtitle"),
            table,
            Spacer(1, 10 * mm),
            self.p(escape(_(
                "This pack is digitally signed. The signature covers the entire file: any change made after "
                "signing invalidates it. The case data (case.json) and every attachment are embedded in this PDF "
                "as associated files. Check the certificate fingerprint with the signer through a separate channel "
                "before trusting it.")), "small"),
            PageBreak(),
        ]

    def contents(self) -> list[Any]:
        """The contents page: every heading made so far, with the page it lands on (drawn once it is known)."""
        return [self.p(escape(_("Contents")), "h1"), ContentsTable(self.headings, self.s["toc"], self.section_pages),
                PageBreak()]

    def section(self, section: Section, number: int) -> list[Any]:
        out = self.heading(f"{number}. {section.title}", f"s-{section.id}")
        if section.intro:
            out.append(self.p(escape(section.intro), "intro"))
        for view in section_answers(self.qs, self.case, section):
            out += self.answer_flowables(view)
        out.append(Spacer(1, SECTION_GAP_MM * mm))
        return out

    def preconditions(self, number: int) -> list[Any]:
        if self.layout < 3:
            return self.preconditions_with_answers(number)
        out = [*self.heading(f"{number}. " + _("Policy preconditions"), "preconditions"),
               self.p(escape(_("The {policy} allows sharing only when all four preconditions below are met. Each "
                               "lists the questions whose answers address it, with the section and page where the "
                               "answer is printed; in a PDF viewer, select a question to go to its answer.").format(
                   policy=self.qs.policy_document)), "intro")]
        for index, pre in enumerate(self.qs.preconditions, start=1):
            clause = self.qs.clause(pre.clause)
            out.append(self.p(escape(f"{number}.{index} {pre.title}"), "h2"))
            out.append(self.p("“" + escape(clause.quote) + "” " + escape(
                _("({policy}, {heading})").format(policy=self.qs.policy_document, heading=clause.heading)), "quote"))
            shown = [qid for qid in pre.questions if qid in self.question_headings]
            if not shown:
                out.append(self.p(escape(_("No question addressing this precondition applies to this request.")),
                                  "missing"))
                continue
            entries = [(_("{question} (in {section})").format(question=self.qs.question(qid).label,
                                                              section=self.question_headings[qid]),
                        question_key(qid)) for qid in shown]
            out.append(ContentsTable(entries, self.s["reference"], self.section_pages,
                                     link_name=f"precondition-{index}-{{key}}"))
        out.append(Spacer(1, SECTION_GAP_MM * mm))
        return out

    def preconditions_with_answers(self, number: int) -> list[Any]:
        """Layout 2: each precondition followed by the answers that address it, printed a second time."""
        out = [*self.heading(f"{number}. " + _("Policy preconditions"), "preconditions"),
               self.p(escape(_("The {policy} allows sharing only when all four preconditions below are met. Each "
                               "is followed by the answers in this request that address it.").format(
                   policy=self.qs.policy_document)), "intro")]
        applicable = {q.id for s in applicable_sections(self.qs, self.case)
                      for q in (v.question for v in section_answers(self.qs, self.case, s))}
        for index, pre in enumerate(self.qs.preconditions, start=1):
            clause = self.qs.clause(pre.clause)
            out.append(self.p(escape(f"{number}.{index} {pre.title}"), "h2"))
            out.append(self.p("“" + escape(clause.quote) + "” " + escape(
                _("({policy}, {heading})").format(policy=self.qs.policy_document, heading=clause.heading)), "quote"))
            shown = [qid for qid in pre.questions if qid in applicable]
            if not shown:
                out.append(self.p(escape(_("No question addressing this precondition applies to this request.")),
                                  "missing"))
            for qid in shown:
                question = self.qs.question(qid)
                out += self.answer_flowables(answer_view(question, self.case.answers.get(qid)))
        out.append(Spacer(1, SECTION_GAP_MM * mm))
        return out

    def attachments(self, number: int) -> list[Any]:
        out = [*self.heading(f"{number}. " + _("Attachments"), "attachments"),
               self.p(escape(_("Each file is embedded in this PDF; its SHA-256 lets anyone check it is the file "
                               "that was signed.")), "intro")]
        if not self.case.attachments:
            out.append(self.p(escape(_("No attachments.")), "missing"))
        else:
            rows = [[self.p(escape(h), "cell_label") for h in (_("File"), _("Type"), _("Size"), _("SHA-256"))]]
            for a in self.case.attachments:
                rows.append([self.typed(a.file_name, "cell", 48 * mm - 10),
                             self.p(escape(ATTACHMENT_TYPES.get(a.kind, a.kind)), "cell"),
                             self.p(escape(format_size(a.size)), "cell"),
                             self.p(escape(a.sha256[:32]) + "<br/>" + escape(a.sha256[32:]), "mono_small")])
            out.append(self.table(rows, [48 * mm, 37 * mm, 21 * mm, 64 * mm], header=True))
        out.append(Spacer(1, SECTION_GAP_MM * mm))
        return out

    def declaration(self, section: Section | None, number: int) -> list[Any]:
        title = section.title if section else _("Declaration")
        out = self.heading(f"{number}. {title}", "declaration")
        if section is not None:
            if section.intro:
                out.append(self.p(escape(section.intro), "intro"))
            for view in section_answers(self.qs, self.case, section):
                out += self.answer_flowables(view)
        out.append(Spacer(1, 6 * mm))
        out.append(KeepTogether([self.p(escape(_("Digital signature")), "h2"),
                                 SignatureBlock(self.info, self.box, self.s, SIGNATURE_BOX_HEIGHT_MM * mm)]))
        return out

    def changes(self) -> list[Any]:
        """"Changes since version N": responses to requests and changed answers (none for a first version)."""
        from onsshare_desktop.domain.diff import diff_cases
        from onsshare_desktop.pack.changes import changes_story

        diff = diff_cases(self.previous, self.case, self.qs, by_word=self.layout >= 4) \
            if self.previous is not None else None
        return changes_story(self.p, self.heading, self.case, self.qs, diff, self.layout, self.markup_lines,
                             self.marked_text_lines)

    def cover_only_story(self) -> list[Any]:
        """The cover and the signature block on one page (used by ``self-test``)."""
        cover = self.cover()[:-1]  # without the page break
        return cover + [Spacer(1, 6 * mm), self.p(escape(_("Digital signature")), "h2"),
                        SignatureBlock(self.info, self.box, self.s, SIGNATURE_BOX_HEIGHT_MM * mm)]

    def note_questions(self, section: Section, heading: str) -> None:
        """Remember under which heading each of ``section``'s printed questions is (for the preconditions)."""
        for view in section_answers(self.qs, self.case, section):
            self.question_headings[view.question.id] = heading

    def story(self) -> list[Any]:
        sections = applicable_sections(self.qs, self.case)
        declaration = next((s for s in sections if s.id == self.qs.role(ROLE_DECLARATION_SECTION)), None)
        body = [s for s in sections
                if s is not declaration and not any(q.type == "attachments" for q in s.questions)]
        parts: list[Any] = self.changes()
        number = 0
        for number, section in enumerate(body, start=1):
            self.note_questions(section, f"{number}. {section.title}")
        if declaration is not None:
            self.note_questions(declaration, f"{len(body) + 3}. {declaration.title}")
        for number, section in enumerate(body, start=1):
            parts += self.section(section, number)
        parts += self.preconditions(number + 1)
        parts += self.attachments(number + 2)
        parts += self.declaration(declaration, number + 3)
        return self.cover() + self.contents() + parts


@lru_cache(maxsize=1)
def _marked_looks() -> dict[str, Any]:
    """How "Changes since version N" draws each kind of run (layout 5 on): as layout 4's markup drew them."""
    from reportlab.lib.colors import HexColor

    from onsshare_desktop.pack.changes import DELETED, ELIDED, INSERTED
    from onsshare_desktop.pack.marked_text import Look

    return {"inserted": Look(HexColor(INSERTED), underline=True), "deleted": Look(HexColor(DELETED), strike=True),
            "elided": Look(HexColor(ELIDED))}


def question_key(question_id: str) -> str:
    """The link target of a question's answer in a pack (layout 3 on)."""
    return f"q-{question_id}"


class SignatureBlock(Flowable):  # type: ignore[misc]
    """The framed signature block; records in ``box`` where it landed, so the signature widget can cover it."""

    def __init__(self, info: PackInfo, box: SignatureBox, styles: dict[str, ParagraphStyle], height: float) -> None:
        super().__init__()
        self._info, self._box, self._styles, self._height = info, box, styles, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self._height
        return self.width, self.height

    def draw(self) -> None:
        canvas, info = self.canv, self._info
        canvas.saveState()
        canvas.setStrokeColor(rgb(ACCENT))
        canvas.setLineWidth(0.8)
        canvas.roundRect(0, 0, self.width, self.height, 4)
        signer = ", ".join(x for x in (info.signer.name, info.signer.organisation) if x)
        lines = [
            (_("Signed digitally by"), escape(signer), "cell"),
            (_("Certificate SHA-256"), escape(info.signer.display_fingerprint), "mono"),
            (_("Pack ID"), escape(info.pack_id), "mono"),
            (_("Signed on"), escape(info.created_at.strftime("%Y-%m-%d %H:%M %Z").strip()), "cell"),
        ]
        y = self.height - 8
        for label, value, style in lines:
            para = WrapOnceParagraph(f"<font name='{BOLD}' color='#60666f'>{escape(label)}</font>  {value}",
                             self._styles[style])
            _width, height = para.wrap(self.width - 16, self.height)
            y -= height
            para.drawOn(canvas, 8, y)
            y -= 3
        canvas.restoreState()
        x0, y0 = canvas.absolutePosition(0, 0)
        self._box.page = canvas.getPageNumber() - 1
        self._box.rect = (x0, y0, x0 + self.width, y0 + self.height)


class PackDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 pages with one frame; section headings feed the PDF outline and ``section_pages`` (for the contents)."""

    def __init__(self, buffer: io.BytesIO, info: PackInfo, case: Case, section_pages: dict[str, int]) -> None:
        super().__init__(
            buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=22 * mm,
            title=f"{case.title} ({case.case_ref})",
            author=", ".join(x for x in (info.signer.name, info.signer.organisation) if x),
            subject=_("ONS data sharing request, submission pack {id}").format(id=info.pack_id),
            initialFontName=REGULAR,  # else every page references a non-embedded Helvetica
            creator=f"onsshare-desktop {info.app_version}",
            producer=f"onsshare-desktop {info.app_version} (reportlab)",
            invariant=1,  # the same case gives the same bytes: verification renders the pages again and compares
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.section_pages = section_pages

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's hook name
        toc = getattr(flowable, "_toc", None)
        if toc is not None:
            text, key = toc
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=0)
            self.section_pages[key] = self.page


class NumberedCanvas(DeferredCanvas):
    """Pages held back until the end, then each footer drawn with "Page N of M"."""

    def __init__(self, *args: Any, footer_text: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer_text = footer_text

    def finish_page(self) -> None:
        width = A4[0]
        self.saveState()
        self.setStrokeColor(rgb(RULE))
        self.setLineWidth(0.5)
        self.line(20 * mm, 15 * mm, width - 20 * mm, 15 * mm)
        self.setFont(REGULAR, 7.5)
        self.setFillColor(rgb(MUTED))
        self.drawString(20 * mm, 10.5 * mm, self._footer_text)
        self.drawRightString(width - 20 * mm, 10.5 * mm,
                             _("Page {n} of {total}").format(n=self._pageNumber, total=self.page_count))
        self.restoreState()


@faster_rendering()
def render_pack(case: Case, qs: QuestionSet, info: PackInfo, *, cover_only: bool = False,
                previous: Case | None = None, layout: int = LAYOUT_VERSION) -> RenderedPack:
    """The pack's pages as PDF bytes, and where the signature block is (``cover_only``: one page, for self-test).

    ``previous`` is the version this pack follows: its pages then open with "Changes since version N".
    ``layout`` is one of ``RENDERABLE_LAYOUTS`` (an older one re-renders a pack made by an older app version).
    """
    if layout not in RENDERABLE_LAYOUTS:
        raise ValueError(f"pack layout {layout} is not one this app renders")  # a bug: callers pick from the list
    buffer = io.BytesIO()
    box = SignatureBox()
    section_pages: dict[str, int] = {}
    builder = _Builder(case, qs, info, box, section_pages, previous, layout)
    doc = PackDocTemplate(buffer, info, case, section_pages)
    story = builder.cover_only_story() if cover_only else builder.story()
    footer = _("{ref} · Pack ID {id}").format(ref=case.case_ref, id=info.pack_id)
    doc.build(story, canvasmaker=partial(NumberedCanvas, footer_text=footer))  # one pass: see pack.layout
    return RenderedPack(buffer.getvalue(), doc.page, box)
