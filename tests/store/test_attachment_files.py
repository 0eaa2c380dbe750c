"""The attachment file store: content-addressed copies, size limit, files changing while added."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store import attachment_files
from onsshare_desktop.store.attachment_files import (
    DEFAULT_SIZE_LIMIT,
    AttachmentChanged,
    AttachmentStore,
    AttachmentTooLarge,
    AttachmentUnreadable,
    format_size,
)


@pytest.fixture
def store(data_paths: DataPaths) -> AttachmentStore:
    return AttachmentStore(data_paths.attachments)


def test_add_copies_the_file_under_its_sha256(store: AttachmentStore, tmp_path: Path) -> None:
    source = tmp_path / "DPIA v2.pdf"
    content = b"%PDF-1.7\n" + bytes(range(256)) * 5000
    source.write_bytes(content)

    ref = store.add(source, "dpia")

    digest = hashlib.sha256(content).hexdigest()
    assert (ref.file_name, ref.kind, ref.size, ref.sha256) == ("DPIA v2.pdf", "dpia", len(content), digest)
    assert ref.media_type == "application/pdf"
    assert store.path_of(digest).read_bytes() == content
    assert store.contains(ref)
    assert [p.name for p in store.folder.iterdir()] == [digest]  # no temporary file left behind


def test_adding_the_same_content_twice_keeps_one_copy(store: AttachmentStore, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"same")
    (tmp_path / "b.txt").write_bytes(b"same")
    first, second = store.add(tmp_path / "a.txt", "other"), store.add(tmp_path / "b.txt", "mou")
    assert first.sha256 == second.sha256 and (first.file_name, second.file_name) == ("a.txt", "b.txt")
    assert len(list(store.folder.iterdir())) == 1


def test_default_limit_is_25_megabytes() -> None:
    assert DEFAULT_SIZE_LIMIT == 25 * 1024 * 1024
    assert format_size(DEFAULT_SIZE_LIMIT) == "25 MB"


def test_file_over_the_limit_is_refused_with_the_sizes(data_paths: DataPaths, tmp_path: Path) -> None:
    store = AttachmentStore(data_paths.attachments, size_limit=1000)
    (tmp_path / "big.pdf").write_bytes(b"x" * 1001)
    (tmp_path / "fits.pdf").write_bytes(b"x" * 1000)

    with pytest.raises(AttachmentTooLarge) as refused:
        store.add(tmp_path / "big.pdf", "dpia")

    assert "big.pdf" in str(refused.value) and "1001 bytes" in str(refused.value)
    assert "1000 bytes limit" in str(refused.value)
    assert not data_paths.attachments.exists() or not any(data_paths.attachments.iterdir())
    assert store.add(tmp_path / "fits.pdf", "dpia").size == 1000


def test_file_growing_while_copied_is_refused(store: AttachmentStore, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "log.txt"
    source.write_bytes(b"a" * (3 * 1024 * 1024))
    monkeypatch.setattr(attachment_files, "CHUNK_SIZE", 1024 * 1024)
    calls = []

    def append_during_copy(percent: int, name: str) -> None:
        calls.append(percent)
        if len(calls) == 1:
            with source.open("ab") as fh:
                fh.write(b"more")

    with pytest.raises(AttachmentChanged, match="changed while it was being attached"):
        store.add(source, "other", progress=append_during_copy)
    assert list(store.folder.iterdir()) == []


def test_file_growing_past_the_limit_during_copy_is_refused(data_paths: DataPaths, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    store = AttachmentStore(data_paths.attachments, size_limit=2 * 1024 * 1024)
    source = tmp_path / "growing.bin"
    source.write_bytes(b"a" * (2 * 1024 * 1024))
    monkeypatch.setattr(attachment_files, "CHUNK_SIZE", 1024 * 1024)

    def grow(percent: int, name: str) -> None:
        if percent < 100:
            with source.open("ab") as fh:
                fh.write(b"b" * (1024 * 1024))

    with pytest.raises(AttachmentTooLarge):
        store.add(source, "other", progress=grow)
    assert list(store.folder.iterdir()) == []


def test_missing_file_is_explained(store: AttachmentStore, tmp_path: Path) -> None:
    with pytest.raises(AttachmentUnreadable, match="gone.pdf"):
        store.add(tmp_path / "gone.pdf", "dpia")


def test_folder_is_not_a_file(store: AttachmentStore, tmp_path: Path) -> None:
    with pytest.raises(AttachmentUnreadable, match="not a file"):
        store.add(tmp_path, "dpia")


def test_progress_reaches_100(store: AttachmentStore, tmp_path: Path) -> None:
    (tmp_path / "x.bin").write_bytes(b"z" * 10)
    seen: list[int] = []
    store.add(tmp_path / "x.bin", "other", progress=lambda p, _n: seen.append(p))
    assert seen[-1] == 100


def test_unknown_type_and_bad_hash_are_bugs(store: AttachmentStore, tmp_path: Path) -> None:
    (tmp_path / "x.bin").write_bytes(b"z")
    with pytest.raises(ValueError):
        store.add(tmp_path / "x.bin", "holiday_photos")
    with pytest.raises(ValueError):
        store.path_of("../../etc/passwd")


@pytest.mark.parametrize(("size", "text"), [(0, "0 bytes"), (1023, "1023 bytes"), (1536, "1.5 KB"),
                                             (10 * 1024 * 1024, "10 MB"), (3 * 1024**3, "3 GB")])
def test_format_size(size: int, text: str) -> None:
    assert format_size(size) == text
