"""``manifest.json``: what a pack is (its ID, when and by what it was made) beside the case it carries."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from onsshare_desktop.domain.case_io import parse_json_strict
from onsshare_desktop.domain.errors import InvalidCaseError
from onsshare_desktop.i18n import ENGLISH, LANGUAGES

MANIFEST_FORMAT = "onsshare-pack-manifest"
MANIFEST_FORMAT_VERSION = 1
CASE_FILE = "case.json"
MANIFEST_FILE = "manifest.json"
PREVIOUS_CASE_FILE = "previous-case.json"  # the version a pack follows, when its pages show the changes since it


class InvalidManifestError(ValueError):
    pass


class UnknownLanguageError(InvalidManifestError):
    """The manifest names a language this app does not speak, so it cannot render the document's pages again."""

    def __init__(self, language: str) -> None:
        super().__init__(f"unknown language {language!r}")
        self.language = language


@dataclass(frozen=True)
class Renderer:
    """What drew a document's pages: the library and its version, and the app's layout of that kind of document
    (``layout`` goes up whenever the same data would render differently). Verification re-renders byte for byte
    only when all three are this app's own (see ``pack.pages``)."""

    name: str
    version: str
    layout: str

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "version": self.version, "layout": self.layout}

    @classmethod
    def from_json(cls, raw: Any) -> "Renderer":
        if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) and len(raw[k]) <= 100
                                                for k in ("name", "version", "layout")):
            raise InvalidManifestError("the renderer is not described as name, version and layout")
        return cls(raw["name"], raw["version"], raw["layout"])


@dataclass(frozen=True)
class PackManifest:
    pack_id: str
    created_at: str  # ISO 8601, UTC
    app_version: str
    form_id: str
    form_version: str
    case_ref: str
    version: int
    case_sha256: str
    history_head: str | None = None
    kind: str = "pack"
    renderer: Renderer | None = None  # None: made before renderers were recorded (pages checked by their text)
    previous_case_sha256: str | None = None  # of previous-case.json, when the pack embeds it
    language: str = ENGLISH  # what its pages are written in (i18n.LANGUAGES); made before languages: English

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format": MANIFEST_FORMAT,
            "format_version": MANIFEST_FORMAT_VERSION,
            "kind": self.kind,
            "pack_id": self.pack_id,
            "created_at": self.created_at,
            "app_version": self.app_version,
            "form": {"id": self.form_id, "version": self.form_version},
            "case_ref": self.case_ref,
            "version": self.version,
            "case_sha256": self.case_sha256,
            "history_head": self.history_head,
            "language": self.language,
        }
        if self.renderer is not None:
            out["renderer"] = self.renderer.to_json()
        if self.previous_case_sha256 is not None:
            out["previous_case_sha256"] = self.previous_case_sha256
        return out

    def dump(self) -> bytes:
        return (json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    @classmethod
    def load(cls, data: bytes) -> "PackManifest":
        """Parse a manifest from an untrusted pack; ``InvalidManifestError`` says what is wrong."""
        try:
            raw = parse_json_strict(data)
        except InvalidCaseError as err:
            raise InvalidManifestError(str(err)) from None
        if not isinstance(raw, dict) or raw.get("format") != MANIFEST_FORMAT:
            raise InvalidManifestError("not a pack manifest")
        if raw.get("format_version") != MANIFEST_FORMAT_VERSION:
            raise InvalidManifestError(f"unsupported manifest version {raw.get('format_version')!r}")
        try:
            form = raw["form"]
            fields = dict(pack_id=raw["pack_id"], created_at=raw["created_at"], app_version=raw["app_version"],
                          form_id=form["id"], form_version=form["version"], case_ref=raw["case_ref"],
                          case_sha256=raw["case_sha256"], kind=raw["kind"])
            history_head = raw.get("history_head")
            renderer = Renderer.from_json(raw["renderer"]) if raw.get("renderer") is not None else None
            previous = raw.get("previous_case_sha256")
            version = raw["version"]
            language = raw.get("language", ENGLISH)
        except (KeyError, TypeError) as missing:
            raise InvalidManifestError(f"missing {missing}") from None
        if not all(isinstance(v, str) and len(v) <= 200 for v in fields.values()) \
                or not isinstance(version, int) or isinstance(version, bool) \
                or not (history_head is None or (isinstance(history_head, str) and len(history_head) <= 200)) \
                or not (previous is None or (isinstance(previous, str) and len(previous) <= 200)):
            raise InvalidManifestError("a field has the wrong type")
        if not isinstance(language, str) or language not in LANGUAGES:
            raise UnknownLanguageError(language[:20] if isinstance(language, str) else json.dumps(language)[:20])
        return cls(version=version, history_head=history_head, renderer=renderer, previous_case_sha256=previous,
                   language=language, **fields)
