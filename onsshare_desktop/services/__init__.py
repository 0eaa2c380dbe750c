"""Qt-free use cases, written once for the window (``gui/``) and the command line (``cli/``) alike.

Each service takes the store, pack and identity layers through its constructor, raises typed errors
(``services.errors``) and reports progress through a ``(percent, message)`` callback. ``Services`` builds them all
over one data folder.
"""
