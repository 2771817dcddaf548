"""The shape DESIGN.md draws, checked on the source: no import cycle among the project's modules (imports
under ``TYPE_CHECKING`` count), ``storage`` and ``rules`` never import ``bot``, at most six modules at the top
of ``bot/``, and the app factory does not pull in the local Slack stand-in."""

from __future__ import annotations

import ast
import pathlib

from tests.paths import ROOT

PACKAGES = ("bot", "rules", "storage")


def _module_name(path: pathlib.Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, pathlib.Path]:
    return {_module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}


def _imports(name: str, path: pathlib.Path, known: set[str]) -> set[str]:
    """Project modules ``name`` imports, anywhere in the file (TYPE_CHECKING blocks and functions too)."""
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else [])
                )
            targets = [base] + [f"{base}.{a.name}" for a in node.names]
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(name, path, known) for name, path in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def _reaches(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for nxt in graph[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def test_no_import_cycles() -> None:
    # a package's __init__ re-exporting its own modules is not a cycle of concerns; leave those edges out
    graph = {
        name: {t for t in targets if not (name and t.startswith(name + "."))}
        for name, targets in _graph().items()
    }
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_storage_and_rules_never_import_bot() -> None:
    graph = _graph()
    for name, targets in graph.items():
        if name.split(".")[0] in ("rules", "storage"):
            assert not {t for t in targets if t.split(".")[0] == "bot"}, name
        if name.split(".")[0] == "rules":
            assert not {t for t in targets if t.split(".")[0] == "storage"}, name


def test_at_most_six_modules_at_the_top_of_bot() -> None:
    top = sorted(p.name for p in (ROOT / "bot").glob("*.py"))
    assert len(top) <= 6, top


def test_the_app_factory_does_not_import_the_local_slack_stand_in() -> None:
    assert not {m for m in _reaches(_graph(), "bot.app") if m.startswith("bot.local")}
