"""Capture every page of the requester wizard at 1024×768 into docs/screenshots/wizard-<section>.png.

Run under Xvfb:

    xvfb-run -s "-screen 0 1024x768x24" .venv/bin/python docs/screenshots/capture_wizard.py [OUTPUT_FOLDER] [--lang cy]

With ``--lang cy`` the window is in Welsh and two pages are taken (wizard-cy-requester.png, wizard-cy-benefit.png)
with the review page's problems (wizard-cy-review-problems.png). The editor is opened on the example ``welsh-government-housing`` (which relates to living individuals, so the
DPIA page is shown) with one attachment; ``wizard-review-problems.png`` shows the review page of a new draft;
``wizard-export-encrypted.png`` (and ``wizard-cy-export-encrypted.png``) the export dialog with Encrypt for ONS
ticked and ONS's certificate shown.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.case_io import load_case
from onsshare_desktop.domain.flow import visible_sections
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.gui.services import AppServices
from onsshare_desktop.gui.wizard.editor import RequestEditor
from onsshare_desktop.identity.secrets import MemorySecretStore
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.resources import resource_path
from onsshare_desktop.store.attachment_files import AttachmentStore
from onsshare_desktop.store.database import open_database

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shots_language  # noqa: E402

OUT, LANGUAGE = shots_language.parse()  # tests write elsewhere
EXAMPLE = "welsh-government-housing.json"
WELSH_PAGES = ("requester", "benefit")  # in Welsh: two pages (the longest texts) and the review page


def export_dialog(services: AppServices, case: Case, root: Path) -> QPixmap:
    """The export dialog as it opens when Encrypt for ONS was chosen before, with ONS's certificate."""
    from cryptography.hazmat.primitives.serialization import Encoding
    from PySide6.QtCore import QSettings

    from onsshare_desktop.gui.export_pack_dialog import ENCRYPT_KEY, ENCRYPTION_CERTIFICATE_KEY, ExportPackDialog
    from onsshare_desktop.identity.decryption import DecryptionIdentityStore

    ons = DecryptionIdentityStore(root / "ons")
    ons.create("ONS Data Sharing Team", "Office for National Statistics", "", "screenshot passphrase")
    certificate = root / "ons-encryption.pem"
    certificate.write_bytes(ons.certificate().public_bytes(Encoding.PEM))
    settings = QSettings(str(services.paths.root / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(ENCRYPTION_CERTIFICATE_KEY, str(certificate))
    settings.setValue(ENCRYPT_KEY, True)
    documents = root / "Documents"
    documents.mkdir()
    dialog = ExportPackDialog(services.use_cases.requests, settings,
                              documents / services.use_cases.requests.pack_file_name(case))
    dialog.show()
    QTest.qWait(200)
    picture = dialog.grab()
    dialog.close()
    return picture


def over_the_editor(editor: RequestEditor, dialog: QPixmap) -> QPixmap:
    """``dialog`` centred over the editor in a thin frame, as the window-modal dialog shows on screen."""
    from PySide6.QtGui import QColor, QPainter

    picture = editor.grab()
    painter = QPainter(picture)
    left, top = (picture.width() - dialog.width()) // 2, (picture.height() - dialog.height()) // 3
    painter.fillRect(left - 2, top - 2, dialog.width() + 4, dialog.height() + 4, QColor("#5a5a5a"))
    painter.drawPixmap(left, top, dialog)
    painter.end()
    return picture


def main() -> int:
    qt_app = QApplication(sys.argv[:1])  # noqa: F841 - kept alive for the whole run
    shots_language.use(LANGUAGE)
    root = Path(tempfile.mkdtemp(prefix="onsshare-wizard-shots-"))
    paths = DataPaths(root / "data").ensure()
    services = AppServices(paths, open_database(paths), load_question_set(), MemorySecretStore(),
                           secrets_secure=False)
    sample = root / "DPIA - housing linkage v3.pdf"
    sample.write_bytes(b"%PDF-1.7\n% sample DPIA for the screenshots\n" * 4000)
    dpia = AttachmentStore(paths.attachments).add(sample, "dpia")
    case = load_case(resource_path("examples", EXAMPLE).read_bytes())
    example = services.database.drafts.create(case.with_attachments((dpia,)))
    blank = services.database.drafts.create(Case.new(services.question_set))

    def shoot(editor: RequestEditor, name: str) -> None:
        QTest.qWait(200)  # let layouts settle as they would on screen
        path = OUT / shots_language.named("wizard-", name, LANGUAGE)
        editor.grab().save(str(path))
        print(path)

    editor = RequestEditor(services, example)
    editor.resize(1024, 768)
    editor.show()
    for section in visible_sections(services.question_set, editor.case().answers):
        if LANGUAGE != "en" and section.id not in WELSH_PAGES:
            continue
        editor.go_to(section.id, focus_first=False)
        shoot(editor, section.id)
    editor.close()

    editor = RequestEditor(services, blank)
    editor.resize(1024, 768)
    editor.show()
    editor.go_to("requester", focus_first=False)
    editor.go_to("declaration", focus_first=False)
    shoot(editor, "review-problems")
    editor.close()

    editor = RequestEditor(services, example)
    editor.resize(1024, 768)
    editor.show()
    editor.go_to("declaration", focus_first=False)
    QTest.qWait(200)
    path = OUT / shots_language.named("wizard-", "export-encrypted", LANGUAGE)
    over_the_editor(editor, export_dialog(services, editor.case(), root)).save(str(path))
    print(path)
    editor.close()
    services.database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
