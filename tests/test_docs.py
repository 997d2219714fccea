"""Every CLI verb is documented in the README and has help text (after sqlite-utils' test_docs)."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from prisoner_ledger.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, object]:
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def test_there_are_commands() -> None:
    assert "ingest" in _commands()


def test_every_command_is_documented_in_readme() -> None:
    documented = set(re.findall(r"^### `prisoner-ledger ([a-z-]+)", README, flags=re.M))
    missing = sorted(set(_commands()) - documented)
    assert not missing, f"commands missing a '### `prisoner-ledger NAME`' section in README.md: {missing}"


def test_every_command_has_help_text() -> None:
    for name, cmd in _commands().items():
        assert (cmd.help or "").strip(), f"command {name} has no help text"  # type: ignore[attr-defined]


def test_readme_shows_the_two_setup_commands() -> None:
    assert "make run" in README and "make test" in README
