"""Fixtures for the reliability tests; ``no_network`` comes from the reusable offline plugin."""

from tests.reliability.offline import no_network  # noqa: F401  (fixture, re-exported for this folder)
