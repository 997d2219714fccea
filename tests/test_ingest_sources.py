"""Reading inputs: every format, stdin, a local HTTP URL, and every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from prisoner_ledger.ingest import IngestOptions, ingest_paths, load_document
from prisoner_ledger.ingest.sources import ReadOptions, decode_bytes, iter_raw
from prisoner_ledger.model import Failure, RawDocument
from prisoner_ledger.store import Store
from prisoner_ledger.store import documents as store_docs

BODY = ("The council of the imaginary republic voted to pardon eleven detained reporters on Tuesday. "
        "Officials said the decision followed several rounds of quiet talks with foreign envoys.")
HTML = (f"<html><head><title>Council pardons reporters</title></head><body><article>"
        f"<h1>Council pardons reporters</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>")


def items(*inputs: str, max_bytes: int = 5_000_000) -> list[RawDocument | Failure]:
    return list(iter_raw(inputs, ReadOptions(max_bytes=max_bytes)))


def failures(found: list[RawDocument | Failure]) -> list[Failure]:
    return [x for x in found if isinstance(x, Failure)]


def test_txt_html_and_names(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "c.htm").write_text(HTML, encoding="utf-8")
    found = items(str(tmp_path / "a.txt"), str(tmp_path / "b.html"), str(tmp_path / "c.htm"))
    assert [(r.name, r.fmt, r.hints["markup"]) for r in found if isinstance(r, RawDocument)] == [
        ("a.txt", "txt", "text"), ("b.html", "html", "html"), ("c.htm", "html", "html")]
    docs = load_document(tmp_path / "b.html")
    assert docs[0].name == "b.html" and BODY in docs[0].clean_text


def test_folder_is_recursive_and_glob_expands(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "one.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "two.txt").write_text(BODY + " Two.", encoding="utf-8")
    (tmp_path / "sub" / "notes.md").write_text("ignored", encoding="utf-8")
    names = sorted(r.name for r in items(str(tmp_path)) if isinstance(r, RawDocument))
    assert names == ["one.txt", "two.txt"]
    globbed = items(str(tmp_path / "**" / "t*.txt"))
    assert [r.name for r in globbed if isinstance(r, RawDocument)] == ["two.txt"]


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": BODY, "url": "https://example.org/2024/01/02/x", "title": "T1",
                    "source": "Outlet"}),
        "{not json",
        json.dumps({"html": HTML, "date": "2024-02-03"}),
        json.dumps({"url": "https://example.org/no-text"}),
        json.dumps(["a", "list"]),
        json.dumps({"body": BODY + " Body field."}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = items(str(path))
    raws = [r for r in found if isinstance(r, RawDocument)]
    assert [r.name for r in raws] == ["feed.jsonl#1", "feed.jsonl#3", "feed.jsonl#6"]
    assert raws[0].hints["outlet"] == "Outlet" and raws[0].hints["title"] == "T1"
    assert raws[1].hints["markup"] == "html"
    assert [(f.input.rsplit("#", 1)[1], f.code) for f in failures(found)] == [("2", "E108"), ("4", "E109"),
                                                                              ("5", "E108")]
    docs = [d for r in raws for d in load_document(r)]
    assert docs[0].outlet == "Outlet" and docs[0].title == "T1" and docs[0].pub_date.value == "2024-01-02"
    assert docs[1].pub_date.value == "2024-02-03" and BODY in docs[1].clean_text


def _warc(path: Path, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for i, (ctype, body) in enumerate([("text/html", HTML), ("image/png", "PNG"), ("text/html", HTML)]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            rec = writer.create_warc_record(f"https://example.org/p{i}", "response",
                                            payload=io.BytesIO(body.encode()), http_headers=headers)
            writer.write_record(rec)


@pytest.mark.parametrize("suffix, gz", [(".warc", False), (".warc.gz", True)])
def test_warc_html_responses(tmp_path: Path, suffix: str, gz: bool) -> None:
    path = tmp_path / f"crawl{suffix}"
    _warc(path, gz)
    raws = items(str(path))
    assert [(r.name, r.hints["url"]) for r in raws if isinstance(r, RawDocument)] == [
        (f"crawl{suffix}#1", "https://example.org/p0"), (f"crawl{suffix}#2", "https://example.org/p2")]


def test_damaged_warc_is_e112(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(gzip.compress(b"WARC/1.0\r\nnonsense") + b"garbage")
    assert [f.code for f in failures(items(str(path)))] == ["E112"]


@pytest.mark.parametrize("data, code", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E102"),
    (bytes(range(0x80, 0x100)) * 4, "E103"),
    (b"", "E104"),
    (b"  \n\n \t", "E104"),
])
def test_bad_bytes(tmp_path: Path, data: bytes, code: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    assert [f.code for f in failures(items(str(path)))] == [code]


def test_legacy_encodings_are_accepted_when_they_look_like_text() -> None:
    assert decode_bytes("Вызвалены палітвязні".encode("cp1251"), "x") == ("Вызвалены палітвязні", "cp1251")
    assert decode_bytes("Liberación de presos".encode("latin-1"), "x") == ("Liberación de presos", "latin-1")
    assert decode_bytes("\ufeffBOM text".encode(), "x") == ("BOM text", "utf-8")


def test_size_limit_missing_path_no_match_and_unsupported(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(BODY * 10, encoding="utf-8")
    (tmp_path / "data.pdf").write_bytes(b"%PDF")
    found = items(str(big), str(tmp_path / "nope.txt"), str(tmp_path / "*.none"), str(tmp_path / "data.pdf"),
                  max_bytes=100)
    assert [f.code for f in failures(found)] == ["E105", "E101", "E111", "E107"]
    assert all(f.reason.startswith(f"[{f.code}]") for f in failures(found))


def test_stdin() -> None:
    opts = IngestOptions(stdin=io.BytesIO(BODY.encode()))
    [doc] = load_document("-", opts)
    assert doc.name == "-" and doc.clean_text == BODY
    with pytest.raises(Exception, match="E104"):
        load_document("-", IngestOptions(stdin=io.BytesIO(b"")))


@pytest.fixture
def http_root(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "article.html").write_text(HTML, encoding="utf-8")
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    SimpleHTTPRequestHandler.log_message = lambda *a, **k: None  # type: ignore[method-assign]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_local_http_url(http_root: str, store: Store) -> None:
    url = f"{http_root}/article.html"
    blocked = ingest_paths(store, [url])  # loopback is refused by default (SSRF guard)
    assert blocked.failed == 1 and blocked.failures[0].code == "E110"
    report = ingest_paths(store, [url, f"{http_root}/missing.html"], IngestOptions(allow_private_urls=True))
    assert report.new == 1 and report.failed == 1
    doc = store_docs.get_document_by_name(store, url)
    assert doc is not None and BODY in doc.clean_text and doc.url == url
    assert [f["code"] for f in store_docs.list_failures(store)] == ["E110"]


def test_batch_goes_on_past_bad_inputs(tmp_path: Path, store: Store) -> None:
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "script.html").write_text("<html><body><script>" + "x=1;" * 300 + "</script></body></html>")
    other = "A different story about a harvest festival in a small mountain town, with music and food stalls."
    (tmp_path / "z_good.txt").write_text(other, encoding="utf-8")
    report = ingest_paths(store, [str(tmp_path)])
    assert report.new == 2 and report.failed == 3
    codes = {Path(f["input"]).name: f["code"] for f in store_docs.list_failures(store)}
    assert codes == {"empty.txt": "E104", "binary.txt": "E102", "script.html": "E106"}
