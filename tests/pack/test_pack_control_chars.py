"""A pack carrying control characters is refused at verification with a named reason, and no command prints a raw
control character, whatever a file carries (issue 12, defect 3)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from onsshare_desktop.cli import run
from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.case_io import dump_case
from onsshare_desktop.identity.store import UnlockedIdentity
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack.reading import Refusal
from onsshare_desktop.pack.verify import Verdict, verify_pack
from tests.pack.conftest import ExportedPack

RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def signed_pack_of(case: Case, one_pack: ExportedPack, signer: UnlockedIdentity) -> bytes:
    """A pack of ``case`` as the app would sign it, bypassing export's own checks (a hostile sender's pack)."""
    from onsshare_desktop.pack.manifest import PackManifest
    from onsshare_desktop.pack.render import PackInfo, render_pack
    from onsshare_desktop.pack.sign import FileToEmbed, embed_and_sign

    case_bytes = dump_case(case, one_pack.qs)
    manifest = PackManifest("x", "2026-01-01T00:00:00Z", "test", case.form_id, case.form_version, case.case_ref,
                            case.version, hashlib.sha256(case_bytes).hexdigest())
    files = [FileToEmbed("case.json", case_bytes, "application/json", "case"),
             FileToEmbed("manifest.json", manifest.dump(), "application/json", "manifest")]
    info = PackInfo("x", datetime.now(timezone.utc), signer.info, "test")
    rendered = render_pack(case, one_pack.qs, info, cover_only=True)
    return embed_and_sign(rendered.pdf, files, signer, rendered.signature_box, info.created_at, "test")


def hostile_signer() -> UnlockedIdentity:
    from onsshare_desktop.identity.certificates import new_signing_key, self_signed_certificate

    key = new_signing_key()
    return UnlockedIdentity(self_signed_certificate(key, "Mallory\x1b[2J\x1b]0;pwned\x07", "Evil\x9b31m Ltd",
                                                    "m@example.org"), key, ())


@pytest.mark.parametrize("char", ["\x1b", "\x00", "\x07", "\x0b", "\x0c", "\x7f"])
def test_a_pack_whose_case_carries_a_control_character_is_refused_with_a_named_reason(
        one_pack: ExportedPack, trust: TrustStore, char: str) -> None:
    case = replace(one_pack.case.with_attachments(()),
                   answers={**one_pack.case.answers, "legal_gateway": f"Section 45A{char}[8m hidden"})
    report = verify_pack(signed_pack_of(case, one_pack, one_pack.signer), trust)
    assert report.verdict is Verdict.REFUSED and report.refusal is Refusal.INVALID_CASE
    assert "control character" in report.reason and "legal_gateway" in report.reason
    assert f"U+{ord(char):04X}" in report.reason
    assert report.case is None


def test_no_command_prints_a_raw_control_character_from_a_file(one_pack: ExportedPack, tmp_path: Path,
                                                               capsysbinary) -> None:
    signer = hostile_signer()
    pack = tmp_path / "pack.pdf"
    pack.write_bytes(signed_pack_of(one_pack.case.with_attachments(()), one_pack, signer))
    bad = tmp_path / "bad\x1b[2J.pdf"
    titled = {**one_pack.case.answers, "project_title": "Title\x1b[31m"}
    bad.write_bytes(signed_pack_of(replace(one_pack.case.with_attachments(()), answers=titled), one_pack, signer))
    outputs = []
    for argv in (["verify", str(pack)], ["verify", "--json", str(pack)], ["show", str(pack)],
                 ["verify", str(bad)], ["import", str(tmp_path)], ["register", "list"],
                 ["register", "list", "--json"]):
        status = run(argv)
        out, err = capsysbinary.readouterr()
        outputs.append((argv, status, out.decode(), err.decode()))
    for argv, _status, out, err in outputs:
        assert not RAW_CONTROL.search(out + err), (argv, out + err)
    verify_text = outputs[0][2]
    assert "Mallory\\u001b[2J\\u001b]0;pwned\\u0007" in verify_text
    (row,) = json.loads(outputs[1][2])
    assert row["signer"]["name"] == "Mallory\x1b[2J\x1b]0;pwned\x07"  # JSON keeps the value, escaped
    assert outputs[3][1] == 2 and "control character" in outputs[3][2] + outputs[3][3]
    assert "bad\\u001b[2J.pdf" in outputs[4][2] + outputs[4][3]
