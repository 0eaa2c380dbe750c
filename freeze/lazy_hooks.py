"""Run PyInstaller's run-time hooks for ``inspect``, ``multiprocessing`` and ``pkgutil`` when those modules are first
imported, not at every start.

PyInstaller runs ``pyi_rth_inspect`` (imports ``inspect``, ``zipfile`` and reads the name list of
``base_library.zip``) and ``pyi_rth_multiprocessing`` (imports ``multiprocessing``, ``multiprocessing.spawn`` and
``subprocess``) and ``pyi_rth_pkgutil`` (imports ``pkgutil``) before the app's first line. ``--version``,
``verify`` of one file and the window never use ``multiprocessing`` or ``pkgutil``, and ``--version`` never uses
``inspect``: together they cost about a third of a hello-world bundle's whole start. ``lazy_hook_source`` writes one run-time hook that registers an import finder which runs
each original hook, unchanged (its text is embedded at build time, so it follows the PyInstaller in use), right
after its module has loaded, before the code that imported it sees it. A process that multiprocessing starts
(``-c 'from multiprocessing.forkserver import main'``, ``--multiprocessing-fork``) still runs the hook first
thing: ``onsshare_desktop.__main__`` imports multiprocessing and calls ``freeze_support()`` for it.
"""

from __future__ import annotations

from pathlib import Path

LAZY_HOOKS = {"pyi_rth_inspect": "inspect", "pyi_rth_multiprocessing": "multiprocessing", "pyi_rth_pkgutil": "pkgutil"}
"""PyInstaller's run-time hooks that are deferred, and the module whose first import runs each."""

TEMPLATE = '''\
"""Bundle run-time hook written by freeze/lazy_hooks.py: PyInstaller's hooks {names} run when their module is
first imported instead of at start-up."""


def _pyi_lazy_hooks():
    import sys

    pending = {hooks!r}

    class _ThenHook:
        """The module's own loader, then the hook."""

        def __init__(self, loader, name, source):
            self.loader, self.name, self.source = loader, name, source

        def create_module(self, spec):
            return self.loader.create_module(spec)

        def exec_module(self, module):
            module.__loader__ = module.__spec__.loader = self.loader
            self.loader.exec_module(module)
            exec(compile(self.source, "<run-time hook for " + self.name + ">", "exec"), {{"__name__": "__main__"}})

    class _RunHookAfterImport:
        def find_spec(self, name, path=None, target=None):
            if name not in pending:
                return None
            source = pending.pop(name)
            if not pending:
                sys.meta_path.remove(self)
            for finder in sys.meta_path:
                find = getattr(finder, "find_spec", None)
                spec = find(name, path, target) if finder is not self and find is not None else None
                if spec is not None and spec.loader is not None:
                    spec.loader = _ThenHook(spec.loader, name, source)
                    return spec
            return None

    sys.meta_path.insert(0, _RunHookAfterImport())


_pyi_lazy_hooks()
del _pyi_lazy_hooks
'''


def lazy_hook_source(hook_paths: dict[str, str]) -> str:
    """The text of one run-time hook deferring each hook in ``hook_paths`` (hook name -> its file), keyed by the
    module ``LAZY_HOOKS`` names for it."""
    hooks = {LAZY_HOOKS[name]: Path(path).read_text(encoding="utf-8") for name, path in hook_paths.items()}
    return TEMPLATE.format(names=", ".join(sorted(hook_paths)), hooks=hooks)


def defer_hooks(scripts: list[tuple[str, str, str]], folder: Path) -> list[tuple[str, str, str]]:
    """``scripts`` (``Analysis.scripts``) with the hooks of ``LAZY_HOOKS`` replaced by one lazy hook written into
    ``folder``, which takes the place (and the name) of the first of them, so it runs where they ran."""
    found = {name: path for name, path, _kind in scripts if name in LAZY_HOOKS}
    if not found:
        return scripts
    folder.mkdir(parents=True, exist_ok=True)
    hook = folder / "pyi_rth_lazy.py"
    hook.write_text(lazy_hook_source(found), encoding="utf-8")
    first = next(name for name, _path, _kind in scripts if name in found)
    return [(name, str(hook) if name == first else path, kind) for name, path, kind in scripts
            if name == first or name not in found]
