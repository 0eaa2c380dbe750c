"""Offline help: HTML pages shipped in ``resources/help/`` shown in an in-app viewer, F1 for the current screen."""
