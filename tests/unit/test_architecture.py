"""The import rules of the package, read from the source with ``ast`` (lazy imports inside
functions included, type-only imports under ``if TYPE_CHECKING:`` excepted):

- the core (``vigilance_app`` outside ``ui/``) never imports ``vigilance_app.ui`` or PySide6;
  the one exception is the entry point, ``vigilance_app.cli``, which starts the window
  through ``vigilance_app.ui.shell`` (lazily);
- in the window layer, ``shell`` above ``settings`` above the feature packages (``custody``,
  ``check``, ``journal``, ``reviews``, ``guidance``) above ``kit``: a package imports only
  packages below it, and the feature packages never import one another;
- a feature package with a facade (``ui/journal/api.py``, ``ui/reviews/api.py``) reaches its
  part of the core only through it: no other module of the package imports that core package.

A breach that must exist for a while is listed in ``ALLOWED``; any other breach fails, and
so does an entry of ``ALLOWED`` that is no longer needed.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "vigilance_app"
UI = "vigilance_app.ui"
FEATURES = ("custody", "check", "journal", "reviews", "guidance", "help")
# What each package of the window layer may import from the other packages of the layer.
MAY_IMPORT: dict[str, set[str]] = {
    "kit": set(),
    **{feature: {"kit"} for feature in FEATURES},
    "settings": {"kit", *FEATURES},
    "shell": {"kit", "settings", *FEATURES},
}
# The entry point may start the window, and reaches the evidence PDF renderer for the
# ``evidence --format pdf`` command (lazily; the core receives it as a callable). Nothing
# else of the core may reach the window layer.
ENTRY_POINTS = {"vigilance_app.cli": (f"{UI}.shell", f"{UI}.journal.evidence_pdf")}

# The facade of a feature package, and the core packages only it may import.
FACADES: dict[str, tuple[str, ...]] = {
    "journal": ("vigilance_app.journal",),
    "reviews": ("vigilance_app.reviews", "vigilance_app.store"),
}

# Breaches that exist today, as (importing module, imported module). Remove an entry when
# the code stops needing it (the test fails while a listed entry is no longer used).
ALLOWED: set[tuple[str, str]] = set()


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imported_modules(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module ``source`` imports at run time (top level, inside functions, and string
    paths given to ``importlib.import_module``/``__import__``), but not the imports under
    ``if TYPE_CHECKING:``. For ``from a import b`` both ``a`` and ``a.b`` are returned (``b``
    may be a submodule)."""
    found: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            if base.split(".")[0] == "vigilance_app":  # the name may be a submodule
                found.update(f"{base}.{a.name}" for a in node.names if a.name != "*")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if (name in ("import_module", "__import__") and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(source))
    return found


def known_modules() -> set[str]:
    return {module_name(path) for path in PACKAGE.rglob("*.py")}


def resolve(names: set[str], known: set[str]) -> set[str]:
    """Each name of ``vigilance_app`` as the module it lies in (``from a import b`` gave both
    ``a`` and ``a.b``; ``a.b`` counts only when ``b`` is a module); other names unchanged."""
    resolved = set()
    for name in names:
        if name.split(".")[0] == "vigilance_app":
            while name not in known and "." in name:
                name = name.rpartition(".")[0]
        resolved.add(name)
    return resolved


def ui_package(module: str) -> str | None:
    """``kit``, ``shell``, … for a module of the window layer; ``None`` outside it."""
    if module != UI and not module.startswith(UI + "."):
        return None
    parts = module.split(".")
    return parts[2] if len(parts) > 2 else ""


def breaches_of(module: str, imports: set[str]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    own = ui_package(module)
    for target in imports:
        top = target.split(".")[0]
        target_package = ui_package(target)
        if own is None:  # the core
            allowed_ui = ENTRY_POINTS.get(module, ())
            qt = top in ("PySide6", "shiboken6")
            window = target_package is not None and not any(
                target == a or target.startswith(a + ".") for a in allowed_ui)
            if qt or window:
                found.add((module, target))
        elif own in MAY_IMPORT and target_package not in (None, "", own) \
                and target_package not in MAY_IMPORT[own]:
            found.add((module, target))
    return found


def all_breaches() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    known = known_modules()
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        imports = imported_modules(path.read_text(encoding="utf-8"), module,
                                   is_package=path.name == "__init__.py")
        found |= breaches_of(module, resolve(imports, known))
    return found


def test_every_window_package_has_a_rule() -> None:
    packages = {p.name for p in (PACKAGE / "ui").iterdir() if (p / "__init__.py").exists()}
    assert packages == set(MAY_IMPORT)
    assert not [p.name for p in (PACKAGE / "ui").glob("*.py") if p.name != "__init__.py"], \
        "every module of the window layer lives in one of its packages"


def test_no_new_breach_of_the_import_rules() -> None:
    breaches = all_breaches()
    new = sorted(breaches - ALLOWED)
    assert not new, "Imports that break the layering (see the module docstring):\n" + "\n".join(
        f"{module} imports {target}" for module, target in new)


def test_the_allow_list_holds_only_breaches_that_still_exist() -> None:
    stale = sorted(ALLOWED - all_breaches())
    assert not stale, "No longer needed, remove from ALLOWED:\n" + "\n".join(
        f"{module} -> {target}" for module, target in stale)


def test_the_reader_sees_lazy_imports_and_skips_type_only_ones() -> None:
    source = '''
import os
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from vigilance_app.ui.shell.main_window import MainWindow
else:
    import json

def later():
    from vigilance_app.ui.check.result import explain_lang
    from . import labels
    from ..kit import theme
    importlib.import_module("vigilance_app.ui.reviews.tray")
'''
    found = resolve(imported_modules(source, "vigilance_app.ui.journal.detail"),
                    known_modules())
    assert "vigilance_app.ui.shell.main_window" not in found
    assert {"os", "json", "vigilance_app.ui.check.result", "vigilance_app.ui.journal.labels",
            "vigilance_app.ui.kit.theme", "vigilance_app.ui.reviews.tray"} <= found
    breaches = breaches_of("vigilance_app.ui.journal.detail", found)
    assert breaches == {("vigilance_app.ui.journal.detail", "vigilance_app.ui.check.result"),
                        ("vigilance_app.ui.journal.detail", "vigilance_app.ui.reviews.tray")}
    assert breaches_of("vigilance_app.store.store", {"PySide6.QtCore"})
    assert breaches_of("vigilance_app.cli", {"vigilance_app.ui.shell.app"}) == set()
    assert breaches_of("vigilance_app.cli", {"vigilance_app.ui.journal.page"})
    assert breaches_of("vigilance_app.ui.kit.theme", {"vigilance_app.ui.settings.page"})
    assert breaches_of("vigilance_app.ui.settings.page", {"vigilance_app.ui.shell.lock"})
    assert not breaches_of("vigilance_app.ui.settings.page",
                           {"vigilance_app.ui.custody.recovery_sheet"})


def facade_breaches() -> list[str]:
    """Modules of ``ui/<feature>`` other than its ``api.py`` that import the feature's core."""
    found: list[str] = []
    for feature, cores in FACADES.items():
        for path in sorted((PACKAGE / "ui" / feature).rglob("*.py")):
            if path.name == "api.py":
                continue
            module = module_name(path)
            imports = imported_modules(path.read_text(encoding="utf-8"), module,
                                       is_package=path.name == "__init__.py")
            found += [f"{module} imports {target}" for target in sorted(imports)
                      if any(target == core or target.startswith(core + ".")
                             for core in cores)]
    return found


def test_each_feature_reaches_its_core_only_through_its_facade() -> None:
    for feature in FACADES:
        assert (PACKAGE / "ui" / feature / "api.py").is_file()
    breaches = facade_breaches()
    assert not breaches, "Use the feature's api.py instead:\n" + "\n".join(breaches)
