"""Verifying many files at once: every file of a folder checked on all cores, in worker processes (verification is
pure Python under the GIL, so threads would not help), results in the files' order as they come.

Memory stays bounded however many files: a worker reads, checks and forgets one file at a time, and sends back a
light report (no file bytes, no attachments' contents, no certificate object); at most ``2 * workers`` files are
in flight. ``cancelled()`` stops handing out files; files already being checked finish.
"""

from __future__ import annotations

import dataclasses
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from onsshare_desktop.i18n import ENGLISH, _, current_language, set_language

if TYPE_CHECKING:
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.report import PackReport

PACK_SUFFIXES = (".pdf",)
Progress = Callable[[int, str], None]
MIN_FILES_FOR_WORKERS = 4  # fewer files are checked here: starting workers costs more than they save

_worker_trust: "TrustStore | None" = None


def collect_files(paths: Iterable[Path], suffixes: Sequence[str] = PACK_SUFFIXES) -> list[Path]:
    """Each file given, and every file with one of ``suffixes`` directly inside each folder given (sorted)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in suffixes and p.is_file()))
        else:
            files.append(path)
    return files


def light(report: "PackReport") -> "PackReport":
    """``report`` without the bytes it carries (files, attachments' contents, the signed case.json) or the
    certificate object: what a worker sends back."""
    from onsshare_desktop.pack.report import PackAttachment

    return dataclasses.replace(
        report, certificate=None, case_bytes=None, files=(),
        attachments=tuple(PackAttachment(a.ref, dataclasses.replace(a.file, data=b"")) for a in report.attachments))


def _start_worker(trust_folder: Path, extra_pem: tuple[bytes, ...], language: str = ENGLISH) -> None:
    """Set a worker process up: the trust store, and the language its reports speak (the caller's)."""
    global _worker_trust
    from cryptography import x509

    set_language(language)

    from onsshare_desktop.identity.trust import TrustStore

    _worker_trust = TrustStore(trust_folder, [x509.load_pem_x509_certificate(pem) for pem in extra_pem])


def _verify_in_worker(path: Path) -> "PackReport":
    from onsshare_desktop.pack.verify import verify_pack

    assert _worker_trust is not None, "the worker was not started with a trust store"
    return light(verify_pack(path, _worker_trust))


def worker_count(files: int) -> int:
    return max(1, min(os.cpu_count() or 1, files))


def verify_many(files: Sequence[Path], trust: "TrustStore", *, progress: Progress | None = None,
                cancelled: Callable[[], bool] = lambda: False, workers: int | None = None,
                start_method: str | None = None) -> Iterator["PackReport"]:
    """Light reports of ``files``, in order, checked on ``workers`` processes (default: one per core).

    ``start_method`` is multiprocessing's (default: a fork server on Linux, else spawn; see ``_context``)."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from onsshare_desktop.pack.verify import verify_pack

    count = workers or worker_count(len(files))
    if count <= 1 or len(files) < MIN_FILES_FOR_WORKERS:
        for n, path in enumerate(files):
            if cancelled():
                return
            _report(progress, n, len(files), path)
            yield light(verify_pack(path, trust))
        _report(progress, len(files), len(files), None)
        return
    context = _context(start_method)
    extra = tuple(c.public_bytes(Encoding.PEM) for c in trust.extra_certificates())
    with ProcessPoolExecutor(max_workers=count, mp_context=context, initializer=_start_worker,
                             initargs=(trust.folder, extra, current_language())) as pool:
        pending: deque[Future[PackReport]] = deque()
        done = 0
        try:
            for path in files:
                if cancelled():
                    break
                pending.append(pool.submit(_verify_in_worker, path))
                if len(pending) >= 2 * count:
                    done += 1
                    _report(progress, done, len(files), path)
                    yield pending.popleft().result()
            while pending and not cancelled():
                done += 1
                _report(progress, done, len(files), None)
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
    if not cancelled():
        _report(progress, len(files), len(files), None)


def _context(start_method: str | None) -> Any:
    """Worker processes never start by a plain fork: forking a process whose threads hold locks (the hashing
    threads, a window's) deadlocks the child. Linux uses a fork server (a clean process with the verification
    modules imported once, so each worker starts in milliseconds); other systems spawn."""
    import multiprocessing

    if start_method is None:
        start_method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(start_method)
    if start_method == "forkserver":
        context.set_forkserver_preload(["onsshare_desktop.services.batch_verify", "onsshare_desktop.pack.verify",
                                        "onsshare_desktop.pack.rerender", "pyhanko.sign.validation",
                                        "reportlab.platypus"])
    return context


def _report(progress: Progress | None, done: int, total: int, path: Path | None) -> None:
    if progress is not None:
        progress(int(100 * done / max(total, 1)), _("Checked {done} of {total}").format(done=done, total=total))


def prechecked(files: Sequence[Path], trust: "TrustStore", progress: Progress | None = None,
               cancelled: Callable[[], bool] = lambda: False) -> Callable[[bytes], "PackReport"]:
    """A ``verify(data)`` for importing ``files``: their packs are checked on all cores first, and each file's
    bytes are matched to its light report by SHA-256 (bytes that changed since, or an envelope's pack, are
    checked here and then)."""
    import hashlib

    from onsshare_desktop.pack.verify import verify_pack

    by_digest = {r.file_sha256: r for r in verify_many(files, trust, progress=progress, cancelled=cancelled)
                 if r.file_sha256}

    def verify(data: bytes) -> "PackReport":
        found = by_digest.get(hashlib.sha256(data).hexdigest())
        return found if found is not None else verify_pack(data, trust)

    return verify
