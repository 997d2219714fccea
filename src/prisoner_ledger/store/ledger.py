"""The ledger component's tables (see the package docstring for how migrations work)."""

from __future__ import annotations

COMPONENT = "ledger"
MIGRATIONS: list[str] = []
