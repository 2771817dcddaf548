"""The layout of tests/: test modules live in folders that mirror the packages, and every fixture is
defined once (shared ones in a conftest.py), so that two copies cannot drift apart."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent
TOP_LEVEL_TESTS = {
    "test_layout.py",
    "test_docs.py",
    "test_architecture.py",
}  # about the repository as a whole, not one package


def _is_fixture(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return ast.unparse(target) in {"pytest.fixture", "fixture"}


def fixture_definitions() -> dict[str, list[str]]:
    """Fixture name -> the modules (paths relative to tests/) that define it."""
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted(TESTS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
                _is_fixture(d) for d in node.decorator_list
            ):
                found[node.name].append(str(path.relative_to(TESTS)))
    return found


def test_no_fixture_is_defined_twice() -> None:
    definitions = fixture_definitions()
    assert {"slack", "bot", "store", "clock", "ws", "env"} <= definitions.keys()  # the check sees them
    twice = {name: where for name, where in definitions.items() if len(where) > 1}
    assert twice == {}, f"define each of these once, in the nearest shared conftest.py: {twice}"


def test_test_modules_live_in_package_folders() -> None:
    stray = sorted(p.name for p in TESTS.glob("test_*.py") if p.name not in TOP_LEVEL_TESTS)
    assert stray == [], f"move these into the tests/ sub-folder of the package they test: {stray}"


def test_every_test_folder_is_a_package() -> None:
    folders = {p.parent for p in TESTS.rglob("test_*.py")} | {p.parent for p in TESTS.rglob("conftest.py")}
    missing = sorted(str(f.relative_to(TESTS)) for f in folders if not (f / "__init__.py").exists())
    assert missing == [], f"add an __init__.py to: {missing}"
