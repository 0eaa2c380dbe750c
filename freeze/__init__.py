"""Build-time material for the PyInstaller bundle (``build.spec``): what goes in, what stays out, how to look inside.

Not part of the app: nothing under ``onsshare_desktop/`` imports it. ``build.spec``, ``tests/test_bundle.py`` and
``bench/bundle.py`` do.
"""
