"""Compare any two versions of a case in the register (the review workspace's "Compare two versions…"): every
changed, added and removed answer by section, word by word inside long texts, repeating rows matched by content,
and attachments by SHA-256, as ``services.roundtrip.diff_versions`` (``diff REF --from N --to M``) finds them."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from onsshare_desktop.domain.diff import CHANGE_LABELS
from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.gui._generated.screening_compare_versions_ui import Ui_CompareVersionsDialog


class CompareVersionsDialog(QDialog):
    """The diff between two versions of ``case_ref``: from ``older`` (by default the one before ``current``) to
    ``current``.

    ``repository`` is the screening repository the workspace holds (what ``services.roundtrip`` takes).
    """

    def __init__(self, repository: Any, question_set: QuestionSet, case_ref: str, current: int,
                 parent: QWidget | None = None, older: int | None = None) -> None:
        super().__init__(parent)
        from onsshare_desktop.services.roundtrip import version_numbers

        self.ui = Ui_CompareVersionsDialog()
        self.ui.setupUi(self)
        self._repository = repository
        self._qs = question_set
        self._case_ref = case_ref
        versions = version_numbers(repository, case_ref)
        for combo in (self.ui.fromCombo, self.ui.toCombo):
            for number in versions:
                combo.addItem(self.tr("Version %1").replace("%1", str(number)), number)
        earlier = [n for n in versions if n < current]
        start = older if older in versions else earlier[-1] if earlier else versions[0]
        self.ui.fromCombo.setCurrentIndex(versions.index(start))
        self.ui.toCombo.setCurrentIndex(versions.index(current) if current in versions else len(versions) - 1)
        self.ui.fromCombo.currentIndexChanged.connect(lambda _i: self.show_diff())
        self.ui.toCombo.currentIndexChanged.connect(lambda _i: self.show_diff())
        self.ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Compare two versions of %1").replace("%1", case_ref))
        self.show_diff()

    def show_diff(self) -> None:
        """Show what changed from the "from" version to the "to" version."""
        from onsshare_desktop.gui.announce import announce_label
        from onsshare_desktop.gui.screening.changes_html import change_html
        from onsshare_desktop.services.roundtrip import diff_versions

        old, new = self.ui.fromCombo.currentData(), self.ui.toCombo.currentData()
        if old is None or new is None:
            return
        if old == new:
            self.ui.diffBrowser.setHtml("")
            announce_label(self.ui.summaryLabel, self.tr("Choose two different versions."))
            return
        diff = diff_versions(self._repository, self._case_ref, old, new)
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
