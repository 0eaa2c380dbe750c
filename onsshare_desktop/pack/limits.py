"""Limits applied to every PDF read from outside, before and while parsing, so a hostile file cannot exhaust memory."""

from __future__ import annotations

from typing import Any

MiB = 1024 * 1024
MAX_PDF_BYTES = 200 * MiB          # a pack with its attachments
MAX_EMBEDDED_FILES = 250
MAX_PDF_OBJECTS = 100_000          # objects walked in the signed revision (a pack has a few hundred)
MAX_EMBEDDED_FILE_BYTES = 100 * MiB
MAX_DECODED_TOTAL = 600 * MiB      # everything pyHanko may inflate while reading one document


def decode_limits() -> Any:
    """pyHanko ``DecodeLimits`` for untrusted packs: per-stream and whole-document caps on decompression."""
    from pyhanko.pdf_utils.decode_limits import DecodeLimits, DocumentDecodeBudget, StreamDecodeLimits

    return DecodeLimits(
        per_stream=StreamDecodeLimits(max_ratio=1100, ratio_floor=MiB, max_output_size=MAX_EMBEDDED_FILE_BYTES),
        document_budget=DocumentDecodeBudget(base_allowance=64 * MiB, max_ratio=3),
    )
