"""prisoner-ledger: a ledger of political-prisoner releases and the bargaining around them.

The library comes first; the CLI (`prisoner_ledger.cli`) and the web app
(`prisoner_ledger.web`) are thin faces on top of it.
"""

__version__ = "0.1.0"
