"""Read inputs (files, folders, globs, stdin, URLs) into RawDocuments, or Failures with a reason.

Each input format is a reader function registered by suffix in ``READERS``; a reader yields
``RawDocument`` or ``Failure`` items and never raises for bad content, so one broken file (or one
broken JSONL line) is recorded and the batch goes on.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..errors import Errors
from ..model import Failure, RawDocument

# How many leading bytes are scanned for NUL bytes: binary formats (images, PDFs, zips, UTF-16)
# show them in their first kilobytes; 8 KiB is what git uses for the same test.
BINARY_SNIFF_BYTES = 8192
# A decoded text is "text" when at most 1% of its characters are control characters other
# than tab/newline/return; real articles have none, binary junk decoded as latin-1 has ~10%+.
MAX_CONTROL_RATIO = 0.01
# For the cp1251 / latin-1 fallbacks, at least 80% of the non-ASCII characters must be letters
# of the script the encoding is for (Cyrillic / Latin-1 letters); mis-decoded UTF-8 or random
# bytes give mostly symbols and C1 controls and fall far below.
MIN_SCRIPT_RATIO = 0.8

JSONL_TEXT_FIELDS = ("text", "content", "body")
JSONL_HTML_FIELDS = ("html",)
GLOB_CHARS = set("*?[")

Item = RawDocument | Failure
Reader = Callable[[str, bytes, "ReadOptions"], Iterator[Item]]


@dataclass(frozen=True)
class ReadOptions:
    """What the readers need to know (a slice of ``IngestOptions``)."""

    max_bytes: int = 5_000_000
    allow_private_urls: bool = False  # loopback/private addresses are refused unless asked (SSRF)


class DecodeError(ValueError):
    """Bytes that are not text: ``code`` is the catalogue code (E102/E103/E104)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _failure(source: str, message: str) -> Failure:
    return Failure(input=source, code=message[1:5], reason=message)


# --- decoding ---------------------------------------------------------------------------------


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    return bad / len(text)


def _script_ratio(text: str, script: str) -> float:
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return 1.0
    if script == "cyrillic":
        # Cyrillic letters inside Latin words ('Liberaciуn') mean latin-1 text read as cp1251.
        mixed = {w for w in re.findall(r"\w+", text)
                 if re.search(r"[A-Za-z]", w) and re.search(r"[^\x00-\x7f]", w)}
        bad = sum(len(w) for w in mixed)
        good = sum(1 for ch in non_ascii if "\u0400" <= ch <= "\u04ff" or ch in "«»—–№…’“”„") - bad
    else:
        good = sum(1 for ch in non_ascii if ("\u00c0" <= ch <= "\u00ff" and ch not in "×÷") or ch in "«»°£€§")
    return good / len(non_ascii)


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode input bytes to text; returns (text, encoding) or raises DecodeError.

    UTF-8 first (a BOM is dropped); then cp1251 and latin-1, each accepted only when the result
    looks like text in that encoding's script. Binary (NUL bytes) is E102, undecodable E103,
    empty or whitespace-only E104.
    """
    if not data.strip():
        raise DecodeError("E104", Errors.E104.format(path=source))
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise DecodeError("E102", Errors.E102.format(path=source))
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text, encoding = "", ""
        for enc, script in (("cp1251", "cyrillic"), ("latin-1", "latin")):
            try:
                candidate = data.decode(enc)
            except UnicodeDecodeError:
                continue
            textlike = _control_ratio(candidate) <= MAX_CONTROL_RATIO
            if textlike and _script_ratio(candidate, script) >= MIN_SCRIPT_RATIO:
                text, encoding = candidate, enc
                break
        if not encoding:
            raise DecodeError("E103", Errors.E103.format(path=source)) from None
    if _control_ratio(text) > MAX_CONTROL_RATIO:
        raise DecodeError("E102", Errors.E102.format(path=source))
    return text, encoding


def _text_doc(name: str, data: bytes, fmt: str, source: str, markup: str,
              hints: dict[str, Any] | None = None) -> Item:
    """A RawDocument whose bytes were checked to decode; the encoding goes into the hints."""
    try:
        _, encoding = decode_bytes(data, source)
    except DecodeError as err:
        return Failure(input=source, code=err.code, reason=str(err))
    h = dict(hints or {})
    h.update(encoding=encoding, markup=markup)
    return RawDocument(name=name, data=data, fmt=fmt, source=source, hints=h)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<p>" in head


# --- readers ----------------------------------------------------------------------------------


def read_txt(source: str, data: bytes, options: ReadOptions) -> Iterator[Item]:
    yield _text_doc(Path(source).name if source != "-" else "-", data, "txt", source, "text")


def read_html(source: str, data: bytes, options: ReadOptions) -> Iterator[Item]:
    yield _text_doc(Path(source).name, data, "html", source, "html")


def _first(record: dict[str, Any], fields: Iterable[str]) -> str | None:
    for f in fields:
        value = record.get(f)
        if isinstance(value, str) and value.strip():
            return value
    return None


def read_jsonl(source: str, data: bytes, options: ReadOptions) -> Iterator[Item]:
    """One record per line; a bad line is a Failure named '<file>#<line>' and the rest go on."""
    base = Path(source).name
    try:
        text, _ = decode_bytes(data, source)
    except DecodeError as err:
        yield Failure(input=source, code=err.code, reason=str(err))
        return
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}#{line_no}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _failure(where, Errors.E108.format(line=line_no, path=source, reason=exc.msg))
            continue
        if not isinstance(record, dict):
            yield _failure(where, Errors.E108.format(line=line_no, path=source,
                                                     reason=f"found {type(record).__name__}"))
            continue
        body = _first(record, JSONL_TEXT_FIELDS)
        markup = "text"
        if body is None:
            body, markup = _first(record, JSONL_HTML_FIELDS), "html"
        if body is None:
            yield _failure(where, Errors.E109.format(line=line_no, path=source))
            continue
        if markup == "text" and looks_like_html(body):
            markup = "html"
        hints = {k: record[k] for k in ("url", "title", "date") if isinstance(record.get(k), str)}
        outlet = record.get("outlet") or record.get("source")
        if isinstance(outlet, str):
            hints["outlet"] = outlet
        yield RawDocument(name=f"{base}#{line_no}", data=body.encode("utf-8"), fmt="jsonl", source=source,
                          hints={**hints, "encoding": "utf-8", "markup": markup})


def read_warc(source: str, data: bytes, options: ReadOptions) -> Iterator[Item]:
    """HTML response records of a WARC (gzipped or not), named '<file>#<n>' (n counts responses)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    base = Path(source).name
    n = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if "html" not in ctype.lower():
                continue
            n += 1
            body = record.content_stream().read()
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            hints = {"url": url, "crawl_date": record.rec_headers.get_header("WARC-Date") or ""}
            item = _text_doc(f"{base}#{n}", body, "warc", source, "html", hints)
            if isinstance(item, Failure):
                item.input = f"{source}#{n}"
            yield item
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield _failure(source, Errors.E112.format(path=source, reason=exc))


READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}


def register_reader(suffix: str, reader: Reader) -> None:
    """Add a reader for a new suffix (lower-case, with the dot)."""
    READERS[suffix.lower()] = reader


def reader_for(path: str) -> Reader | None:
    name = path.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None


# --- inputs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Input:
    """One thing to read: a file path, '-' for stdin, or a URL."""

    kind: str  # 'file' | 'stdin' | 'url'
    location: str


def expand_inputs(inputs: Iterable[str]) -> list[Input | Failure]:
    """Turn command-line arguments into inputs: folders recurse, globs expand, '-' is stdin."""
    out: list[Input | Failure] = []
    for arg in inputs:
        if arg == "-":
            out.append(Input("stdin", "-"))
        elif arg.startswith(("http://", "https://")):
            out.append(Input("url", arg))
        elif Path(arg).is_dir():
            files = sorted(p for p in Path(arg).rglob("*") if p.is_file() and reader_for(p.name))
            if not files:
                out.append(_failure(arg, Errors.E111.format(pattern=arg)))
            out.extend(Input("file", str(p)) for p in files)
        elif Path(arg).exists():
            out.append(Input("file", arg))
        elif GLOB_CHARS & set(arg):
            matches = sorted(m for m in glob.glob(arg, recursive=True) if Path(m).is_file())
            if not matches:
                out.append(_failure(arg, Errors.E111.format(pattern=arg)))
            out.extend(Input("file", m) for m in matches)
        else:
            out.append(_failure(arg, Errors.E101.format(path=arg, reason="no such file or folder")))
    return out


def _read_limited(stream: IO[bytes], limit: int) -> bytes:
    return stream.read(limit + 1)


def read_input(item: Input, options: ReadOptions, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Read one input and yield its RawDocuments (several for JSONL/WARC) or Failures."""
    if item.kind == "stdin":
        data = _read_limited(stdin or sys.stdin.buffer, options.max_bytes)
        if len(data) > options.max_bytes:
            yield _failure("-", Errors.E105.format(path="-", size=f"more than {options.max_bytes}",
                                                   limit=options.max_bytes))
            return
        try:
            text, _ = decode_bytes(data, "-")
        except DecodeError as err:
            yield Failure(input="-", code=err.code, reason=str(err))
            return
        yield _text_doc("-", data, "txt", "-", "html" if looks_like_html(text) else "text")
        return
    if item.kind == "url":
        yield from _read_url(item.location, options)
        return
    path = Path(item.location)
    reader = reader_for(path.name)
    if reader is None:
        suffix = "".join(path.suffixes) or "(none)"
        yield _failure(item.location, Errors.E107.format(path=item.location, suffix=suffix))
        return
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            yield _failure(item.location,
                           Errors.E105.format(path=item.location, size=size, limit=options.max_bytes))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield _failure(item.location, Errors.E101.format(path=item.location, reason=exc.strerror or exc))
        return
    if path.name.lower().endswith(".gz") and reader is not read_warc:
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield _failure(item.location, Errors.E101.format(path=item.location, reason=exc))
            return
    yield from reader(item.location, data, options)


def _read_url(url: str, options: ReadOptions) -> Iterator[Item]:
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    if options.allow_private_urls:
        config.set("DEFAULT", "SSRF_PROTECTION", "off")
    page = trafilatura.fetch_url(url, config=config)
    if page is None:
        yield _failure(url, Errors.E110.format(url=url, reason="no answer or an error status"))
        return
    data = page.encode("utf-8")
    if len(data) > options.max_bytes:
        yield _failure(url, Errors.E105.format(path=url, size=len(data), limit=options.max_bytes))
        return
    yield _text_doc(url, data, "url", url, "html" if looks_like_html(page) else "text", {"url": url})


def iter_raw(inputs: Iterable[str], options: ReadOptions, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every RawDocument or Failure the inputs give, in order."""
    for item in expand_inputs(inputs):
        if isinstance(item, Failure):
            yield item
        else:
            yield from read_input(item, options, stdin)
