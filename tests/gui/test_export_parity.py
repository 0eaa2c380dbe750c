"""The window and the command line export a draft the same way (one RequestService): the manifests agree field by
field (version, previous pack hash, history head, signer), first export and second alike."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from onsshare_desktop.cli import run
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.gui.pack_export import PackExportFlow
from onsshare_desktop.gui.services import AppServices
from onsshare_desktop.identity.secrets import MemorySecretStore
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.services.container import Services
from tests.gui.export_support import save_by_browsing
from tests.pack.support import EXAMPLES, PASSPHRASE, pypdf_embedded


def _signed_facts(pack: Path) -> dict[str, object]:
    from onsshare_desktop.pack.verify import verify_pack
    from onsshare_desktop.identity.trust import TrustStore

    files = pypdf_embedded(pack)
    manifest, case = json.loads(files["manifest.json"]), json.loads(files["case.json"])
    report = verify_pack(pack, TrustStore(pack.parent / "no-trust"))
    return {"case_ref": manifest["case_ref"], "version": manifest["version"], "case_version": case["version"],
            "previous_pack_sha256": case["previous_pack_sha256"], "history_head": manifest["history_head"],
            "signer": report.signer.fingerprint if report.signer else None, "kind": manifest["kind"],
            "form": manifest["form"], "case_sha256": manifest["case_sha256"]}


def _cli(*argv: str) -> None:
    assert run(list(argv)) == 0, argv


def _window_export(qtbot, monkeypatch, services: AppServices, draft_id: int, out: Path) -> PackExportFlow:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    save_by_browsing(monkeypatch)
    monkeypatch.setattr(PackExportFlow, "ask_passphrase", lambda self, prompt: PASSPHRASE)
    monkeypatch.setattr(PackExportFlow, "tell_exported", lambda self, result: None)
    flow = PackExportFlow(services, parent)
    case = services.database.drafts.get(draft_id).case
    with qtbot.waitSignal(flow.exported, timeout=60_000):
        flow.start(case, draft_id)
    return flow


def test_the_window_and_the_command_line_export_a_draft_alike(qtbot, monkeypatch, tmp_path: Path) -> None:
    cli_folder, window_folder = tmp_path / "cli", tmp_path / "window"
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    _cli("--data-dir", str(cli_folder), "identity", "create", "--name", "Rhian Pritchard", "--org",
         "Welsh Government", "--email", "rhian@example.org", "--passphrase-file", str(passphrase))
    _cli("--data-dir", str(cli_folder), "import-case", str(EXAMPLES[0]))
    shutil.copytree(cli_folder, window_folder)  # the same draft, history and signing key in both folders

    paths = DataPaths(window_folder)
    secrets = MemorySecretStore()  # nothing remembered: the window asks for the passphrase
    database = Services.open_database(paths, secrets)
    services = AppServices(paths=paths, database=database, question_set=load_question_set(), secrets=secrets,
                           secrets_secure=True)
    try:
        (draft,) = services.database.drafts.list()
        cli_packs = [tmp_path / "cli-v1.pdf", tmp_path / "cli-v2.pdf"]
        window_packs = [tmp_path / "window-v1.pdf", tmp_path / "window-v2.pdf"]
        for out in cli_packs:
            _cli("--data-dir", str(cli_folder), "export", str(draft.id), "-o", str(out), "--passphrase-file",
                 str(passphrase))
        flows = [_window_export(qtbot, monkeypatch, services, draft.id, out) for out in window_packs]

        first_cli, first_window = _signed_facts(cli_packs[0]), _signed_facts(window_packs[0])
        assert first_cli == first_window  # field by field: version 1, no previous pack, same history head, signer
        assert first_cli["version"] == 1 and first_cli["previous_pack_sha256"] is None
        assert first_cli["history_head"] and first_cli["signer"]

        second_cli, second_window = _signed_facts(cli_packs[1]), _signed_facts(window_packs[1])
        import hashlib

        for second, first_pack in ((second_cli, cli_packs[0]), (second_window, window_packs[0])):
            assert (second["version"], second["case_version"]) == (2, 2)
            assert second["previous_pack_sha256"] == hashlib.sha256(first_pack.read_bytes()).hexdigest()
        differing = {k for k in second_cli if second_cli[k] != second_window[k]}
        assert differing <= {"previous_pack_sha256", "history_head", "case_sha256"}  # each names its own first pack
        assert flows[-1].next_case is not None and flows[-1].next_case.version == 3
        assert services.database.drafts.get(draft.id).case.version == 3  # the window's draft moved on, too
    finally:
        services.database.close()
