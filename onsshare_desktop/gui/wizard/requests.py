"""ONS's requests for more information in the requester's draft: each request shown beside the question (or at
the top of the section) it concerns, and on the review page a list of the requests with a response field each and
the answered / unanswered count. Export waits until every request has a response."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from onsshare_desktop.domain.amendments import Response, TargetKind
from onsshare_desktop.domain.documents import ReturnedRequest
from onsshare_desktop.gui.announce import announce_label
from onsshare_desktop.i18n import ngettext

REQUEST_STYLE = "background:#fff8e1; border:1px solid #e0c36a; padding:6px;"


def request_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(REQUEST_STYLE)
    label.setObjectName("onsRequestLabel")
    return label


def mark_requests(pages: Mapping[str, QWidget], requests: Sequence[ReturnedRequest]) -> int:
    """Put each request beside the question it concerns (or at the top of its section); returns how many."""
    shown = 0
    for request in requests:
        text = QLabel.tr("ONS asks: %1").replace("%1", request.text)  # type: ignore[attr-defined]
        if request.target.kind is TargetKind.QUESTION:
            for page in pages.values():
                block = getattr(getattr(page, "form", None), "blocks", {}).get(request.target.target_id)
                if block is not None:
                    block.layout().insertWidget(1, request_label(text, block))
                    shown += 1
                    break
        elif request.target.kind is TargetKind.SECTION and request.target.target_id in pages:
            page = pages[request.target.target_id]
            content = getattr(page, "content", page)
            content.layout().insertWidget(1, request_label(text, content))
            shown += 1
    return shown


class RequestsPanel(QGroupBox):
    """Every request of the return note with a response field, and how many are answered.

    Signals:
        response_changed(str, str): the request id and the response as typed (empty: no response).
    """

    response_changed = Signal(str, str)

    def __init__(self, requests: Sequence[ReturnedRequest], responses: Mapping[str, Response],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsPanel")
        self.setTitle(self.tr("Requests from ONS"))
        self._requests = list(requests)
        self.edits: dict[str, QPlainTextEdit] = {}
        layout = QVBoxLayout(self)
        self.countLabel = QLabel(self)
        self.countLabel.setObjectName("requestsCountLabel")
        self.countLabel.setWordWrap(True)
        layout.addWidget(self.countLabel)
        for number, request in enumerate(self._requests, 1):
            about = QLabel(self.tr("%1. About %2: %3").replace("%1", str(number)).replace("%2", request.label)
                           .replace("%3", request.text), self)
            about.setWordWrap(True)
            about.setStyleSheet(REQUEST_STYLE)
            layout.addWidget(about)
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"response_{request.request_id}")
            edit.setAccessibleName(self.tr("Your response to request %1").replace("%1", str(number)))
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(90)
            existing = responses.get(request.request_id)
            if existing is not None:
                edit.setPlainText(existing.response)
            edit.textChanged.connect(lambda rid=request.request_id, e=edit: self._on_edited(rid, e))
            about.setBuddy(edit)
            layout.addWidget(edit)
            self.edits[request.request_id] = edit
        self._update_count()

    def unanswered(self) -> int:
        return sum(1 for e in self.edits.values() if not e.toPlainText().strip())

    def _on_edited(self, request_id: str, edit: QPlainTextEdit) -> None:
        self.response_changed.emit(request_id, edit.toPlainText())
        self._update_count()

    def _update_count(self) -> None:
        total, missing = len(self.edits), self.unanswered()
        text = ngettext("{answered} of {n} request answered.", "{answered} of {n} requests answered.", total).format(
            answered=total - missing, n=total)
        if missing:
            text += " " + self.tr("The pack can be exported once every request has a response.")
        announce_label(self.countLabel, text)

    def focus_widgets(self) -> list[QWidget]:
        return list(self.edits.values())
