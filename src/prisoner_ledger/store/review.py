"""The review component's tables (see the package docstring for how migrations work)."""

from __future__ import annotations

COMPONENT = "review"
MIGRATIONS: list[str] = []
