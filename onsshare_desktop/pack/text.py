"""A verified case as plain text (``show``): sections, questions and answers as the pack presents them."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from onsshare_desktop.domain.case import ATTACHMENT_TYPES, Case
from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.i18n import _
from onsshare_desktop.pack.answers import applicable_sections, section_answers
from onsshare_desktop.store.attachment_files import format_size

if TYPE_CHECKING:
    from onsshare_desktop.pack.verify import PackReport

WIDTH = 100


def _indent(text: str, prefix: str) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines += textwrap.wrap(paragraph, WIDTH, initial_indent=prefix, subsequent_indent=prefix) or [prefix]
    return lines


def case_as_text(case: Case, qs: QuestionSet, report: "PackReport | None" = None) -> str:
    out = [f"{case.title}", f"{case.organisation}", ""]
    out.append(_("Reference: {ref}   version {v}   form {form} {fv}").format(
        ref=case.case_ref, v=case.version, form=case.form_id, fv=case.form_version))
    if report is not None and report.signer is not None and report.manifest is not None:
        out.append(_("Signed by: {name}, {org}   fingerprint {fp}").format(
            name=report.signer.name, org=report.signer.organisation or "-", fp=report.signer.display_fingerprint))
        out.append(_("Pack ID:   {id}   signed at {t}").format(
            id=report.manifest.pack_id, t=report.signing_time.isoformat() if report.signing_time else "?"))
    for section in applicable_sections(qs, case):
        if any(q.type == "attachments" for q in section.questions):
            out += ["", f"== {section.title} =="]
            if not case.attachments:
                out.append("  " + _("No attachments."))
            for a in case.attachments:
                out.append(f"  {a.file_name}  ({ATTACHMENT_TYPES.get(a.kind, a.kind)}, {format_size(a.size)})")
                out.append(f"    SHA-256 {a.sha256}")
            continue
        out += ["", f"== {section.title} =="]
        for view in section_answers(qs, case, section):
            out.append(f"* {view.question.label}")
            if view.entries:
                for n, entry in enumerate(view.entries, start=1):
                    out.append("  " + _("Entry {n}").format(n=n))
                    for f in entry:
                        out.append(f"    {f.label}:")
                        out += _indent(f.text, "      ")
            else:
                out += _indent(view.text, "    ")
    return "\n".join(out)
