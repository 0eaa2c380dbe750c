"""Who uses this data folder: name, organisation and e-mail, kept before (or without) a signing key.

The first-run set-up asks for these first and the signing key second. A screener who stops after the first step
still works under their own name (not the computer's login name); once a signing identity exists, its certificate
is the authority and this profile only pre-fills forms.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from onsshare_desktop.identity.store import IdentityStore

PROFILE_FILE = "profile.json"


@dataclass(frozen=True)
class Profile:
    """A person's name, organisation and e-mail address as they gave them."""

    name: str
    organisation: str
    email: str

    @property
    def actor(self) -> str:
        """``Name <email>``: how the person is recorded in a case's history."""
        return f"{self.name} <{self.email}>" if self.email else self.name


def load_profile(folder: Path) -> Profile | None:
    """The profile saved in the identity ``folder``; None if there is none or it cannot be read."""
    try:
        data = json.loads((folder / PROFILE_FILE).read_text(encoding="utf-8"))
        profile = Profile(str(data["name"]), str(data.get("organisation", "")), str(data.get("email", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return profile if profile.name.strip() else None


def save_profile(folder: Path, profile: Profile) -> None:
    """Write the profile atomically (a crash leaves the old one or the new one, never half of one)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / PROFILE_FILE
    partial = folder / f".{PROFILE_FILE}.part"
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump({"name": profile.name, "organisation": profile.organisation, "email": profile.email}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)


def current_person(folder: Path) -> Profile | None:
    """Who works here: the signing identity's holder if there is one, else the saved profile, else None."""
    store = IdentityStore(folder)
    if store.exists():
        info = store.info()
        return Profile(info.name, info.organisation, info.email)
    return load_profile(folder)
