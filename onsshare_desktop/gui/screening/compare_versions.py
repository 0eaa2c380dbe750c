"""Compare any two versions of a case in the register (the review workspace's "Compare two versions…"): every
changed, added and removed answer by section, word by word inside long texts, repeating rows matched by content,
and attachments by SHA-256, as ``services.roundtrip.diff_versions`` (``diff REF --from N --to M``) finds them.

The diff reads both versions from the database on a worker (``gui.service_calls``): on a team's server the window
never waits, a slow read says so, and a database fault is said with **Try again**."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from onsshare_desktop.domain.diff import CHANGE_LABELS
from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.gui._generated.screening_compare_versions_ui import Ui_CompareVersionsDialog
from onsshare_desktop.gui.service_calls import ProblemBar, ServiceCall, ServiceCalls

DIFF = "diff"


class CompareVersionsDialog(QDialog):
    """The diff between two versions of ``case_ref``: from ``older`` (by default the one before ``current``) to
    ``current``, among ``versions`` (the case's version numbers, as the workspace read them).

    ``repository`` is the screening repository the workspace holds (what ``services.roundtrip`` takes).
    """

    def __init__(self, repository: Any, question_set: QuestionSet, case_ref: str, current: int,
                 versions: Sequence[int], parent: QWidget | None = None, older: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CompareVersionsDialog()
        self.ui.setupUi(self)
        self.problemBar = ProblemBar(self)
        self.ui.compareLayout.insertWidget(0, self.problemBar)
        self._calls = ServiceCalls(self, self.problemBar)
        self._repository = repository
        self._qs = question_set
        self._case_ref = case_ref
        self._wanted: tuple[int, int] | None = None  # the two versions chosen last (the diff shown follows them)
        versions = sorted(set(versions) | {current})
        for combo in (self.ui.fromCombo, self.ui.toCombo):
            for number in versions:
                combo.addItem(self.tr("Version %1").replace("%1", str(number)), number)
        earlier = [n for n in versions if n < current]
        start = older if older in versions else earlier[-1] if earlier else versions[0]
        self.ui.fromCombo.setCurrentIndex(versions.index(start))
        self.ui.toCombo.setCurrentIndex(versions.index(current))
        self.ui.fromCombo.currentIndexChanged.connect(lambda _i: self.show_diff())
        self.ui.toCombo.currentIndexChanged.connect(lambda _i: self.show_diff())
        self.ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Compare two versions of %1").replace("%1", case_ref))
        self.show_diff()

    @property
    def reading(self) -> bool:
        """Whether a diff is being read (the one shown may be of other versions until it comes)."""
        return self._calls.running(DIFF)

    def show_diff(self) -> None:
        """Show what changed from the "from" version to the "to" version (read on a worker; a newer choice made
        meanwhile is read once this read ends, and this one's result is not shown)."""
        from onsshare_desktop.gui.announce import announce_label

        old, new = self.ui.fromCombo.currentData(), self.ui.toCombo.currentData()
        if old is None or new is None:
            return
        if old == new:
            self._wanted = None
            self.ui.diffBrowser.setHtml("")
            announce_label(self.ui.summaryLabel, self.tr("Choose two different versions."))
            return
        self._wanted = (old, new)
        self._read()

    def _read(self) -> None:
        from onsshare_desktop.services.roundtrip import diff_versions

        if self._wanted is None or self._calls.running(DIFF):
            return
        old, new = self._wanted
        self._calls.run(ServiceCall(
            DIFF, diff_versions, (self._repository, self._case_ref, old, new),
            self.tr("The two versions could not be compared."),
            then=lambda diff, pair=(old, new): self._on_read(pair, diff)))

    def _on_read(self, pair: tuple[int, int], diff: Any) -> None:
        if pair != self._wanted:  # chosen otherwise meanwhile: read those instead
            self._read()
            return
        self._show(*pair, diff)

    def _show(self, old: int, new: int, diff: Any) -> None:
        from onsshare_desktop.gui.announce import announce_label
        from onsshare_desktop.gui.screening.changes_html import change_html

        parts = []
        for section in self._qs.sections:
            changes = [c for c in diff.answers if c.section_id == section.id]
            if changes:
                parts.append(f"<h3>{escape(section.title)}</h3>" + "".join(change_html(c) for c in changes))
        if diff.attachments:
            parts.append("<h3>" + escape(self.tr("Attachments")) + "</h3><ul>" + "".join(
                f"<li>{escape(CHANGE_LABELS[a.change])}: {escape(a.file_name)}</li>" for a in diff.attachments)
                + "</ul>")
        self.ui.diffBrowser.setHtml("".join(parts))
        summary = " ".join((  # each count through Qt's plural forms (issue 12, defect 7: "1 answers changed")
            self.tr("From version %1 to version %2:").replace("%1", str(old)).replace("%2", str(new)),
            self.tr("%n answer(s) changed,", "", len(diff.answers)),
            self.tr("%n attachment(s) added, removed or changed.", "", len(diff.attachments))))
        if not parts:
            summary = self.tr("Nothing changed from version %1 to version %2.").replace("%1", str(old)).replace(
                "%2", str(new))
        announce_label(self.ui.summaryLabel, summary)
