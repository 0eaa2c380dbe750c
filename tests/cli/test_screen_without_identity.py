"""Screen commands record the login name when there is no signing identity yet (``cli.screen``'s contract), the
round-trip ones (``screen request``, ``withdraw``) as much as ``annotate`` and ``move``: never a database error."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

from onsshare_desktop.cli import run
from tests.screening_data import signed_pack, trusted_requester  # noqa: F401 - fixture

REF = "ONS-DSR-EXAMPLE-0001"


def test_a_request_and_its_withdrawal_are_recorded_under_the_login_name(capsys, tmp_path: Path,
                                                                        trusted_requester) -> None:  # noqa: ANN001, F811
    pack = tmp_path / "pack.pdf"
    pack.write_bytes(signed_pack())
    assert run(["import", str(pack)]) == 0
    assert run(["screen", "move", REF, "start_first_screening"]) == 0
    capsys.readouterr()
    assert run(["screen", "request", REF, "general", "Name the accredited environment."]) == 0, capsys.readouterr()
    request_id = capsys.readouterr().out.split()[1]
    assert run(["screen", "withdraw", REF, request_id]) == 0, capsys.readouterr()
    capsys.readouterr()
    assert run(["screen", "requests", REF, "--json"]) == 0
    [request] = json.loads(capsys.readouterr().out)
    assert request["author"] == getpass.getuser() and request["status"] == "withdrawn"
