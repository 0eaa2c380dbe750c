"""Checking packs and records someone gives you: verify, read the signed case as text, extract its files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from onsshare_desktop.i18n import N_, Labels, _
from onsshare_desktop.services.errors import RefusedError

if TYPE_CHECKING:
    from onsshare_desktop.pack.verify import PackReport as PackReport
    from onsshare_desktop.services.batch_verify import Progress
    from onsshare_desktop.services.trust import TrustService


# Translators: the verdict at the start of each line "verify" prints, in capitals. Scripts read the exit status or
# "verify --json", whose "verdict" stays "trusted", "untrusted" or "refused" in every language.
VERDICT_WORDS: Labels[str] = Labels({"trusted": N_("TRUSTED"), "untrusted": N_("UNTRUSTED"),
                                     "refused": N_("REFUSED")})


class PackRefusedError(RefusedError):
    """A pack failed verification (changed after signing, not a pack, …): exit 2."""


class PackService:
    """Verify packs against the trust store (your own certificate included: see ``services.trust``)."""

    def __init__(self, trust: TrustService) -> None:
        self._trust = trust

    def verify(self, source: Path | bytes) -> PackReport:
        from onsshare_desktop.pack.verify import verify_pack

        return verify_pack(source, self._trust.verifying_store())

    def verify_all(self, sources: list[Path]) -> list[PackReport]:
        from onsshare_desktop.pack.verify import verify_pack

        trust = self._trust.verifying_store()
        return [verify_pack(source, trust) for source in sources]

    def verify_many(self, paths: list[Path], *, progress: Progress | None = None,
                    cancelled: Callable[[], bool] = lambda: False, start_method: str | None = None,
                    workers: int | None = None) -> Iterator[PackReport]:
        """Light reports (no file contents) of the files given and of every PDF in the folders given, in order,
        checked on all cores by worker processes (``services.batch_verify``)."""
        from onsshare_desktop.services.batch_verify import collect_files, verify_many

        return verify_many(collect_files(paths), self._trust.verifying_store(), progress=progress,
                           cancelled=cancelled, start_method=start_method, workers=workers)

    def checked(self, path: Path) -> PackReport:
        """The pack's report; ``PackRefusedError`` when it is refused (an unknown signer is the caller's to say)."""
        from onsshare_desktop.pack.verify import Verdict

        report = self.verify(path)
        if report.verdict is Verdict.REFUSED:
            raise PackRefusedError(_("{file} refused: {reason}").format(file=path, reason=report.reason))
        return report

    @staticmethod
    def verdict_word(report: PackReport) -> str:
        """The verdict as people read it (``VERDICT_WORDS``), in the current language."""
        return VERDICT_WORDS[report.verdict.value]

    @staticmethod
    def is_refused(report: PackReport) -> bool:
        from onsshare_desktop.pack.verify import Verdict

        return report.verdict is Verdict.REFUSED

    @staticmethod
    def is_untrusted(report: PackReport) -> bool:
        from onsshare_desktop.pack.verify import Verdict

        return report.verdict is Verdict.UNTRUSTED

    @staticmethod
    def case_text(report: PackReport) -> str:
        """The signed case as plain text, with the questions of its own question set."""
        from onsshare_desktop.domain.questions import load_question_set
        from onsshare_desktop.pack.text import case_as_text

        assert report.case is not None
        qs = load_question_set(report.case.form_id, report.case.form_version)
        return case_as_text(report.case, qs, report)

    @staticmethod
    def document_bytes(report: PackReport) -> bytes:
        """The signed JSON of a return note, decision letter or benefits report, exactly as embedded."""
        from onsshare_desktop.domain.documents import DOCUMENT_FILES

        assert report.document is not None
        name = DOCUMENT_FILES[report.document.kind]
        return next(f.data for f in report.files if f.name == name)

    @staticmethod
    def document_text(report: PackReport) -> str:
        """A return note, decision letter or benefits report in words."""
        from onsshare_desktop.pack.documents import describe_document

        assert report.document is not None
        return "\n".join(describe_document(report.document))

    @staticmethod
    def extract(report: PackReport, folder: Path) -> list[Path]:
        """Write the case and attachments into ``folder`` (safe names, never overwriting)."""
        from onsshare_desktop.pack.extract import extract_pack

        return extract_pack(report, folder)
