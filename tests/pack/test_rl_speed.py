"""``pack.rl_speed``: the stand-ins for reportlab's hot spots give exactly reportlab's results, forget everything
when a render ends, and leave reportlab as it was."""

from __future__ import annotations

import os
import random

import reportlab.pdfbase.pdfdoc
import reportlab.pdfbase.ttfonts
import reportlab.pdfgen.textobject
from reportlab.lib import rl_accel

from onsshare_desktop.pack import rl_speed
from onsshare_desktop.pack.fonts import REGULAR, register_fonts


def test_base85_matches_reportlab_for_every_length_and_zero_runs() -> None:
    rng = random.Random(7)
    samples = [bytes(n) for n in range(12)] + [os.urandom(n) for n in range(64)] + [
        bytes(rng.choice((0, 0, 0, 255, rng.randrange(256))) for _ in range(rng.randrange(1, 400)))
        for _ in range(300)]
    for data in samples:
        assert rl_speed.a85_encode(data) == rl_accel.asciiBase85Encode(data), data


def test_numbers_are_written_as_reportlab_writes_them() -> None:
    rng = random.Random(5)
    numbers = [0, 1, -1, 10, 100, 1000, 1e6, 0.1, 0.01, 0.001, 1e-4, 1e-6, 1e-7, 1.5e-7, 2e-7, -2e-7, 5e-7, 0.5,
               -0.5, 0.9999999, 1.0000001, 9.9999999, 99.99995, 595.2756, -0.0, True, 12, 2**40]
    numbers += [10.0 ** e for e in range(-8, 9)] + [-(10.0 ** e) for e in range(-8, 9)]
    numbers += [sign * 10.0 ** e * (1 + step * 4.9 * 10.0 ** -k) for e in range(-7, 8) for k in range(1, 12)
                for step in (1, -1) for sign in (1, -1)]  # where the number of decimals changes
    numbers += [rng.choice((1, -1)) * rng.random() * 10 ** rng.randrange(-8, 8) for _ in range(20_000)]
    numbers += [rng.randrange(-5000, 5000) / rng.choice((1, 2, 4, 8, 10, 100, 1000, 3)) for _ in range(5_000)]
    assert [rl_speed._number_text((n,)) for n in numbers] == [rl_accel._py_fp_str(n) for n in numbers]  # noqa: SLF001
    assert rl_speed._number_text(([1, 2.5, -0.25],)) == rl_accel._py_fp_str([1, 2.5, -0.25])  # noqa: SLF001
    assert rl_speed._number_text((1, 2.5, -0.25)) == rl_accel._py_fp_str(1, 2.5, -0.25)  # noqa: SLF001


def test_numbers_are_reportlabs_and_forgotten_after_the_render() -> None:
    rng = random.Random(11)
    numbers = [0, 1, -1, 1.0, 0.5, 1e-8, -0.0, 595.2756, 12, 12.000001, 1e6 / 3] + [
        rng.uniform(-2000, 2000) for _ in range(500)]
    with rl_speed.faster_rendering():
        assert reportlab.pdfgen.textobject.fp_str is rl_speed.fp_str
        for _round in range(2):  # the second time from what was remembered
            assert [rl_speed.fp_str(n) for n in numbers] == [rl_accel.fp_str(n) for n in numbers]
            assert rl_speed.fp_str([1, 2.5, 3]) == rl_accel.fp_str([1, 2.5, 3])  # a list: not remembered
    assert reportlab.pdfgen.textobject.fp_str is rl_accel.fp_str  # reportlab as it was
    assert reportlab.pdfbase.ttfonts.TTFont.splitString is not rl_speed.split_string
    assert reportlab.pdfbase.pdfdoc.asciiBase85Encode is rl_accel.asciiBase85Encode
    assert not hasattr(rl_speed._memory, "fp_str")  # noqa: SLF001 - nothing remembered past the render


class _Doc:
    """Stands for a PDF document: fonts keep their subsets per document (weakly)."""


def test_characters_map_to_reportlabs_subset_codes() -> None:
    """The same (subset, bytes) runs as reportlab's loop, for text whose characters are new, known, in a second
    subset, missing from the font, or no-break spaces; both documents end with the same assignments."""
    from reportlab.pdfbase.pdfmetrics import getFont

    register_fonts()
    font = getFont(REGULAR)
    rng = random.Random(3)
    alphabet = [chr(c) for c in range(32, 127)] + list("ŵŷâêîôûáéíóú\xa0€") + [chr(0x3400)]  # the last: no glyph
    alphabet += [chr(c) for c in range(0x400, 0x4ff)]  # Cyrillic: past 256 codes, a second subset
    texts = ["".join(rng.choice(alphabet[:100] if n < 150 else alphabet) for _ in range(rng.randrange(1, 40)))
             for n in range(400)]
    plain_doc, fast_doc = _Doc(), _Doc()
    expected = [reportlab.pdfbase.ttfonts.TTFont.splitString(font, t, plain_doc) for t in texts]
    with rl_speed.faster_rendering():
        got = [font.splitString(t, fast_doc) for t in texts]
        got_again = [font.splitString(t, fast_doc) for t in texts]
    assert got == expected and got_again == [
        reportlab.pdfbase.ttfonts.TTFont.splitString(font, t, plain_doc) for t in texts]
    assert font.state[plain_doc].assignments == font.state[fast_doc].assignments
    assert any(subset > 0 for runs in expected for subset, _codes in runs)
