"""The ``prisoner-ledger`` command: a thin layer over the library.

Every verb lives in a module of this package with a ``register(app)`` function; the list
below is the one place verbs are wired in. Each verb calls a library function that a test
also calls, and ``tests/test_docs.py`` checks every verb is documented in the README.
"""

from __future__ import annotations

from typing import Annotated

import typer

from . import common

app = typer.Typer(
    name="prisoner-ledger",
    help="Turn news articles about political prisoners into a ledger of releases and deals, with evidence.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def _root(
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More diagnostics on stderr.")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or diagnostics on stderr.")] = False,
) -> None:
    common.STATE.verbose = verbose
    common.STATE.quiet = quiet


def _register_all() -> None:
    from . import actors_cmd, eval_cmd, extract_cmd, ingest_cmd, ledger_cmd, web_cmd

    for module in (ingest_cmd, extract_cmd, eval_cmd, web_cmd, ledger_cmd, actors_cmd):
        module.register(app)


_register_all()


def main() -> None:
    app()
