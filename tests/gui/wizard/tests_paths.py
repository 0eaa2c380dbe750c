"""Paths the wizard tests use."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]
