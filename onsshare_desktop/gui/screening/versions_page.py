"""The review workspace's "Versions" page: every pack received for the case, oldest first, with its pack SHA-256,
when it was received, its stage and status; open any of them in its own tab, or compare it with the version shown.

The register lists a case once, by its latest version (``ScreeningRepository.register``); this page is where its
earlier versions are found. The versions are read with the rest of the case (``services.case_review.CaseState``)
and compared in ``compare_versions.CompareVersionsDialog`` (the same diff as ``diff REF --from N --to M``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget,
)

from onsshare_desktop.domain.dates import local_time
from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.domain.screening.register import REGISTER_STATUS_LABELS, RegisterRow
from onsshare_desktop.domain.screening.stages import STAGE_LABELS
from onsshare_desktop.i18n import ngettext

ID_ROLE = Qt.ItemDataRole.UserRole
SHA_COLUMN, SHA_SHOWN = 4, 16  # the list shows a SHA-256's first 16 characters; the chosen one is shown whole


class VersionsPage(QWidget):
    """The versions of ``case_ref`` in ``repository`` (the screening repository the workspace holds); the one
    the workspace shows is ``shown_id``.

    Signals:
        version_opened(int): the screener asked to open this received pack (a version of the case).
    """

    version_opened = Signal(int)

    def __init__(self, repository: Any, question_set: QuestionSet, case_ref: str, shown_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsPage")
        self._repository = repository
        self._qs = question_set
        self._case_ref = case_ref
        self._shown_id = shown_id
        self._versions: list[RegisterRow] = []
        layout = QVBoxLayout(self)
        self.introLabel = QLabel(self.tr(
            "Every version of this case received, oldest first. The register lists the case once, by its latest "
            "version. Open a version to read it as it was signed, or compare it with the version shown here."))
        self.introLabel.setWordWrap(True)
        self.introLabel.setObjectName("versionsIntroLabel")
        layout.addWidget(self.introLabel)
        self.versionsTree = tree = QTreeWidget()
        tree.setObjectName("versionsTree")
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setHeaderLabels([self.tr("Version"), self.tr("Received"), self.tr("Stage"), self.tr("Status"),
                              self.tr("Pack SHA-256"), self.tr("Signed by")])
        tree.setAccessibleName(self.tr("Versions of this case"))
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setStretchLastSection(True)
        layout.addWidget(tree, 1)
        self.chosenLabel = QLabel()  # the chosen version's whole SHA-256 (the list shows its start), to read or copy
        self.chosenLabel.setObjectName("chosenVersionLabel")
        self.chosenLabel.setWordWrap(True)
        self.chosenLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.chosenLabel)
        buttons = QHBoxLayout()
        self.openButton = QPushButton(self.tr("&Open this version"))
        self.openButton.setObjectName("openVersionButton")
        self.openButton.setToolTip(self.tr("Open the chosen version in its own tab (or press Enter on it)"))
        self.compareButton = QPushButton(self.tr("Co&mpare with the version shown…"))
        self.compareButton.setObjectName("compareVersionButton")
        self.compareButton.setToolTip(self.tr("What changed between the chosen version and the one shown here, "
                                              "word by word"))
        for button in (self.openButton, self.compareButton):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.statusLabel = QLabel()
        self.statusLabel.setObjectName("versionsStatusLabel")
        self.statusLabel.setWordWrap(True)
        layout.addWidget(self.statusLabel)
        tree.itemActivated.connect(lambda _item, _column: self._on_open_clicked())
        tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.openButton.clicked.connect(self._on_open_clicked)
        self.compareButton.clicked.connect(lambda: self.compare_chosen())

    @property
    def versions(self) -> list[RegisterRow]:
        """The versions listed, oldest first."""
        return list(self._versions)

    def show_versions(self, versions: list[RegisterRow]) -> None:
        """Show ``versions`` (the case's, oldest first, read with the rest of the case: ``CaseReview.state``),
        keeping the one chosen."""
        chosen = self.chosen_id()
        self._versions = list(versions)
        tree = self.versionsTree
        tree.clear()
        for row in self._versions:
            version = str(row.version)
            if row.id == self._shown_id:
                version = self.tr("%1 (shown here)").replace("%1", version)
            item = QTreeWidgetItem([version, local_time(row.imported_at), STAGE_LABELS[row.stage],
                                    REGISTER_STATUS_LABELS[row.status], row.sha256[:SHA_SHOWN] + "…",
                                    row.signer_name])
            item.setData(0, ID_ROLE, row.id)
            item.setToolTip(SHA_COLUMN, row.sha256)
            item.setToolTip(SHA_COLUMN + 1, row.signer_name)
            if row.id == self._shown_id:
                font = item.font(0)
                font.setBold(True)
                for column in range(tree.columnCount()):
                    item.setFont(column, font)
            tree.addTopLevelItem(item)
        wanted = chosen if chosen is not None else self._shown_id
        for index in range(tree.topLevelItemCount()):
            if tree.topLevelItem(index).data(0, ID_ROLE) == wanted:
                tree.setCurrentItem(tree.topLevelItem(index))
        self.statusLabel.setText(ngettext("{n} version received.", "{n} versions received.",
                                          len(self._versions)).format(n=len(self._versions)))
        self._update_buttons()

    def chosen_id(self) -> int | None:
        """The received pack id of the version chosen in the list."""
        item = self.versionsTree.currentItem()
        return None if item is None else int(item.data(0, ID_ROLE))

    def _chosen(self) -> RegisterRow | None:
        chosen = self.chosen_id()
        return next((row for row in self._versions if row.id == chosen), None)

    def _shown(self) -> RegisterRow | None:
        return next((row for row in self._versions if row.id == self._shown_id), None)

    def _update_buttons(self) -> None:
        chosen = self._chosen()
        self.chosenLabel.setText("" if chosen is None else self.tr("Version %1: pack SHA-256 %2, received %3")
                                 .replace("%1", str(chosen.version)).replace("%2", chosen.sha256)
                                 .replace("%3", local_time(chosen.imported_at)))
        self.openButton.setEnabled(chosen is not None and chosen.id != self._shown_id)
        shown = self._shown()
        comparable = chosen is not None and shown is not None and chosen.version != shown.version
        self.compareButton.setEnabled(comparable)

    @Slot()
    def _on_open_clicked(self) -> None:
        chosen = self.chosen_id()
        if chosen is not None and chosen != self._shown_id:
            self.version_opened.emit(chosen)

    def compare_chosen(self) -> QWidget | None:
        """The diff between the chosen version and the one shown (the older one first)."""
        from onsshare_desktop.gui.screening.compare_versions import CompareVersionsDialog

        chosen, shown = self._chosen(), self._shown()
        if chosen is None or shown is None or chosen.version == shown.version:
            return None
        older, newer = sorted((chosen.version, shown.version))
        dialog = CompareVersionsDialog(self._repository, self._qs, self._case_ref, newer,
                                       [v.version for v in self._versions], self, older=older)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
