"""The window's "About you" page says at once when a name, organisation or e-mail address carries a control
character (pasted from a terminal, say) and will not go on: it would be in every history entry and signed document,
and refused there. The reason is the app's one for control characters (``services.free_text``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from onsshare_desktop.gui.identity.setup import IdentitySetupWizard
from onsshare_desktop.identity.secrets import MemorySecretStore
from onsshare_desktop.services.errors import InvalidInputError
from onsshare_desktop.services.identity import Profile, save_profile, saved_profile


def test_the_about_you_page_names_a_control_character_and_waits(qtbot, tmp_path: Path) -> None:
    wizard = IdentitySetupWizard(tmp_path / "identity", MemorySecretStore(), True, "intro")
    qtbot.addWidget(wizard)
    about = wizard.about
    about.name_edit.setText("Ana Jones")
    about.organisation_edit.setText("Cardiff University")
    about.email_edit.setText("ana@example.ac.uk")
    assert about.isComplete() and about.problem_label.text() == ""
    about.name_edit.setText("Ana\x1b[31m Jones")
    assert not about.isComplete()
    assert "the name contains the control character U+001B (ESCAPE)" in about.problem_label.text()
    about.name_edit.setText("Ana Jones")
    assert about.isComplete() and about.problem_label.text() == ""


def test_a_profile_with_a_control_character_is_not_kept(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="the e-mail address contains the control character U\\+0007"):
        save_profile(tmp_path, Profile("Ana Jones", "Cardiff University", "ana\x07@example.ac.uk"))
    assert saved_profile(tmp_path) is None
