"""The web dashboard and JSON API (``create_app`` in ``app.py``; ``prisoner-ledger serve`` runs it)."""
