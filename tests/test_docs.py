"""README is the user's and operator's manual: it fails here when something they can type or set is not in
it (sqlite-utils' ``tests/test_docs.py`` does the same for its commands)."""

from __future__ import annotations

import argparse
import re

import pytest

from bot.cli import build_parser
from bot.slash.registry import SUBCOMMANDS
from tests.paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
ENV_NAME = re.compile(r"""["'](?P<name>(?:MPN|SLACK)_[A-Z0-9_]+)["']""")


def _cli_commands() -> list[str]:
    parser = build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(sub.choices)


def _environment_variables() -> list[str]:
    names = set()
    for folder in ("bot", "benchmarks"):
        for path in (ROOT / folder).rglob("*.py"):
            names |= {m["name"] for m in ENV_NAME.finditer(path.read_text(encoding="utf-8"))}
    return sorted(names)


@pytest.mark.parametrize("name", [s.name for s in SUBCOMMANDS])
def test_every_subcommand_is_in_the_readme(name: str) -> None:
    assert f"`/mpn {name}" in README, f"/mpn {name} is not documented in README.md"


@pytest.mark.parametrize("word", sorted({w for s in SUBCOMMANDS for w in s.words}))
def test_every_word_a_subcommand_answers_to_is_in_the_readme(word: str) -> None:
    assert f"`{word}`" in README, f"/mpn answers to {word!r}, but README.md does not say so"


@pytest.mark.parametrize("command", _cli_commands())
def test_every_cli_command_is_in_the_readme(command: str) -> None:
    assert f"mpn-bot {command}" in README, f"mpn-bot {command} is not documented in README.md"


@pytest.mark.parametrize("name", _environment_variables())
def test_every_environment_variable_is_in_the_readme(name: str) -> None:
    assert f"`{name}`" in README, f"{name} is read by the code but not documented in README.md"


def test_the_lists_are_not_empty() -> None:
    assert len(_cli_commands()) >= 6 and len(_environment_variables()) >= 10 and len(SUBCOMMANDS) >= 14
