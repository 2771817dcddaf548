"""``storage/`` keeps to its layer: no import cycle among its modules (``TYPE_CHECKING`` and function-level
imports count too: a cycle hidden behind them still couples the modules) and nothing from Slack or ``bot``."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.paths import ROOT

STORAGE = ROOT / "storage"


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, anywhere in the file; ``from storage import x`` counts as both the
    package and ``storage.x``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {
        ("storage" if p.name == "__init__.py" else f"storage.{p.stem}"): p for p in STORAGE.glob("*.py")
    }
    return {name: _imports(path) & set(modules) for name, path in modules.items()}


def test_storage_modules_import_each_other_without_a_cycle() -> None:
    graph = _graph()
    # The package's __init__ only re-exports; what matters is that no module imports its way back to itself.
    for module in graph:
        graph[module].discard("storage")
    state: dict[str, str] = {}
    cycles: list[list[str]] = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = "open"
        for dep in sorted(graph[module]):
            if state.get(dep) == "open":
                cycles.append([*path[path.index(dep) :], dep])
            elif dep not in state:
                visit(dep, [*path, dep])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_storage_modules_import_the_package_only_through_its_modules() -> None:
    """``from storage import x`` inside storage runs ``storage/__init__`` (which imports ``store``) first."""
    assert {m for m, deps in _graph().items() if m != "storage" and "storage" in deps} == set()


def test_storage_knows_nothing_of_slack_or_the_bot() -> None:
    for path in STORAGE.glob("*.py"):
        banned = {m for m in _imports(path) if m.split(".")[0] in ("bot", "slack_bolt", "slack_sdk")}
        assert banned == set(), path.name
