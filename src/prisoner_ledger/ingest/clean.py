"""RawDocument -> cleaned Documents: HTML to text, page furniture, repeats, glued-on articles.

``clean`` works line by line on the (extracted) text and records every line it drops, with its
line number in ``raw_text`` and the reason, so a reader can audit what was removed. Steps:

1. decode; HTML through trafilatura (no comments; title/date/site name kept as hints);
2. per line: mojibake repaired (ftfy), NFC, whitespace collapsed;
3. the collection stamp ' date YYYY-MM-DD' and header lines that are only a date are removed
   (dates.py reads them back from the dropped lines);
4. furniture lines (share counters, 'Leave a Reply', newsletter boxes, language switchers,
   photo credits, cookie banners, teaser links ...) are dropped;
5. from a 'Similar articles' / 'Read more' marker on, a different article is cut off and becomes
   its own document ('<name>#2'); a tail made mostly of furniture is dropped;
6. paragraphs repeated verbatim (or nearly) are dropped, the first kept.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from html import unescape
from typing import TYPE_CHECKING, Any

from ..errors import Errors, LedgerError
from ..model import Document, DroppedLine, RawDocument
from . import dates, meta
from .sources import DecodeError, decode_bytes

if TYPE_CHECKING:
    from . import IngestOptions

# A paragraph counts as body text from this many words on; shorter lines are titles, captions,
# menu items. 12 separates every body paragraph of the seeds from every furniture line there.
LONG_WORDS = 12
# Repeats: lines of at least this many words are compared (shorter lines repeat legitimately:
# 'Sponsor', section names); 5 is the shortest repeated title seen in the seeds.
REPEAT_MIN_WORDS = 5
# A later paragraph whose words are an in-order subset of an earlier one and at least this
# share of its length is the same paragraph re-published with a clause cut (seed 001).
NEAR_REPEAT_MIN_SHARE = 0.6
# Glued-on article: after a marker, what follows is a different article when a new header (a
# title then a date line) opens it, or when its content words (5+ letters) overlap the page's
# by less than this share. Overlap alone tells little: the two halves of one dev article overlap
# 0.07-0.44 (median ~0.2), 002's glued article 0.16; so only a very low overlap counts and the
# header signal does most of the work (it is what separates 002).
GLUED_MAX_OVERLAP = 0.1
# Tail furniture: the last block is dropped when furniture makes up at least this share of its
# lines and it holds at most one long paragraph (004's newsletter box: 8 of 11 lines).
TAIL_FURNITURE_SHARE = 0.6
# Furniture patterns only apply to lines up to this long: a longer line is prose even when it
# happens to start with 'Read more' or 'Photo:'.
MAX_FURNITURE_CHARS = 160

_I = re.IGNORECASE
RE_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
# The <title> sits in the page's head: 200 KB covers heads with inline scripts and styles.
MAX_HEAD_CHARS = 200_000
LANG_CODES = "EN|RU|BE|BY|UA|UK|PL|DE|FR|LT|LV|ET|ES|IT|KA|AZ|AR|ZH|TR|PT|NL|CZ|CS|SK|RO|HU|SR|HR|KK|UZ|HY|FA"
MARKER = re.compile(
    r"^(?:similar|related|recommended|more|other|latest)\s+(?:articles?|news|posts?|stories|materials?|reading)"
    r"|^read\s+(?:more|also|next)|^see\s+also|^more\s+on\s+(?:this|the)\s+(?:topic|subject)"
    r"|^you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested)|^related(?:\s+content|\s+coverage)?", _I)
FURNITURE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^[\d\s.,+%]{1,12}$"), "counter"),
    (re.compile(r"^[\d.,]+\s*[km]?\s*(?:shares?|comments?|views?|likes?|reads?|reactions?)$", _I), "counter"),
    (re.compile(r"^(?:share|tweet|pin|email|e-mail|print|like|follow\s+us|comments?)"
                r"(?:\s+(?:on|this|article|page|via|to)\b.{0,30})?$", _I), "share"),
    (re.compile(r"^(?:leave\s+a\s+(?:reply|comment)|(?:post|add)\s+a\s+comment|\d+\s+comments?)\b", _I),
     "comments"),
    (re.compile(r"^subscribe\b[^.]{0,60}$|^sign\s+up\b[^.]{0,60}$", _I), "newsletter"),
    (re.compile(r"^(?:you\s+have\s+been|you\s+are|you'?re)\s+(?:successfully\s+)?subscribed"
                r"|^thanks?\s+(?:you\s+)?for\s+subscribing", _I), "newsletter"),
    (re.compile(rf"^(?:{LANG_CODES})(?:\s*[/|·,]?\s*(?:{LANG_CODES}))*$"), "language-switcher"),
    (re.compile(r"^ezoic\b", _I), "ad"),
    (re.compile(r"^(?:advertisement|advertising|sponsored|anzeige|реклама)$|^sponsor(?:ed)?\s*:", _I), "ad"),
    (re.compile(r"^(?:photo|photos|фото|foto|image|picture|illustration|source|credit|источник)s?"
                r"(?:\s+credit)?\s*[:©]", _I), "photo-credit"),
    (re.compile(r"^(?:[\w.]+\s+)?photo\s*/\s*\S", _I), "photo-credit"),
    (re.compile(r"^(?:[\w/-]+\s){0,2}[\w/-]+\s*:$"), "empty-label"),
    (re.compile(r"\bcookies?\b.*\b(?:use|accept|consent|policy|settings|agree)\b"
                r"|\b(?:use|accept|consent|policy|settings|agree)\b.*\bcookies?\b", _I), "cookie-banner"),
    (re.compile(r"^(?:view\s+all|show\s+more|load\s+more|back\s+to\s+top|skip\s+to\s+(?:main\s+)?content|"
                r"home|menu|search|log\s*in|sign\s+in|register|next|previous|back|topic|tags?|"
                r"\d+\s+min(?:ute)?s?\s+read|print\s+this\s+(?:page|article)|make\s+your\s+home\s+page|"
                r"all\s+news|news\s+feed|top\s+stories|most\s+read|trending)$", _I), "navigation"),
    (re.compile(r"^by$|^(?:text|written|words|edited|photos?)\s+by\s*:", _I), "byline"),
    (re.compile(r"^[Bb][Yy]\s*:?\s*[A-Z][^.!?]{0,50}$"), "byline"),
    (re.compile(r"https?://\S+\.(?:webp|jpe?g|png|gif)\b", _I), "markup"),
]


@dataclass
class _Line:
    no: int  # 1-based line number in raw_text
    raw: str
    text: str  # normalised
    keep: bool = True


# --- normalisation ------------------------------------------------------------------------------


_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


@lru_cache(maxsize=1)
def _ftfy_config() -> Any:
    import ftfy

    # Quotes stay curly: offsets and quotations should match what the outlet printed.
    return ftfy.TextFixerConfig(uncurl_quotes=False, normalization="NFC")


def normalize_line(text: str) -> str:
    """Mojibake repaired, NFC, invisible characters removed, whitespace collapsed and stripped."""
    import ftfy

    text = ftfy.fix_text(text, config=_ftfy_config())
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return _SPACES.sub(" ", text).strip()


def content_hash(clean_text: str) -> str:
    """sha256 of the clean text with whitespace collapsed (so re-wrapping is not a change)."""
    norm = " ".join(unicodedata.normalize("NFC", clean_text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def furniture_reason(text: str) -> str | None:
    """Why a (normalised, non-empty) line is page furniture, or None when it is content."""
    if len(text) > MAX_FURNITURE_CHARS:
        return _ui_glyph_soup(text) or _url_heavy(text)
    if MARKER.match(text) and len(text.split()) <= 12 and not text.endswith("."):
        return "teaser"
    for rx, reason in FURNITURE:
        if rx.search(text):
            return reason
    return _ui_glyph_soup(text)


def _ui_glyph_soup(text: str) -> str | None:
    # Icon-font names leaked as text ('icon bookmark-bicon cameraicon ...'): a third of the
    # tokens naming an icon never happens in prose.
    tokens = text.split()
    icons = sum(1 for t in tokens if "icon" in t.lower())
    return "markup" if icons >= 5 and icons >= len(tokens) / 3 else None


def _url_heavy(text: str) -> str | None:
    # Image srcsets and link lists: URLs take up more than half of the line (prose quoting a
    # link stays far below).
    url_chars = sum(len(u) for u in re.findall(r"https?://\S+", text))
    return "markup" if url_chars > len(text) / 2 else None


# --- steps ------------------------------------------------------------------------------------


def _split_teaser(line: _Line, dropped: list[DroppedLine]) -> None:
    """'SEE ALSO: Some Title<Body glued on>' keeps the glued body and drops the teaser."""
    m = re.match(r"^(?:see\s+also|read\s+(?:more|also|next))\s*:\s*", line.text, _I)
    if not m or len(line.text) <= MAX_FURNITURE_CHARS:
        return
    rest = line.text[m.end():]
    junction = re.search(r"[a-z\d”\"')](?=[A-Z][a-z])", rest)
    if junction is None:
        return
    body = rest[junction.end():]
    if len(body.split()) < LONG_WORDS:
        return
    dropped.append(DroppedLine(line.no, line.text[: m.end() + junction.end()], "teaser"))
    line.text = body


def _header_dates(lines: list[_Line], dropped: list[DroppedLine]) -> None:
    first = next((ln for ln in lines if ln.text), None)
    if first is not None:
        hit = dates.split_stamp(first.text)
        if hit:
            dropped.append(DroppedLine(first.no, hit[1].strip(), "date-stamp"))
            first.text = hit[2].strip()
            first.keep = bool(first.text)
    for d in dates.header_date_lines([ln.text if ln.keep else "" for ln in lines]):
        ln = lines[d.line_no - 1]
        if ln.keep:
            ln.keep = False
            dropped.append(DroppedLine(ln.no, ln.text, d.reason))


def _content_words(lines: list[_Line]) -> set[str]:
    return {w for ln in lines for w in _words(ln.text) if len(w) >= 5 and not w.isdigit()}


def _opens_new_article(after: list[_Line]) -> bool:
    head = [ln for ln in after if ln.text][:4]
    for i, ln in enumerate(head[:-1]):
        words = ln.text.split()
        if 3 <= len(words) <= 25 and not ln.text.endswith(".") and any(
            dates.is_date_only(nxt.text) or dates.is_dated_byline(nxt.text) for nxt in head[i + 1 : i + 3]
        ):
            return True
    return False


def _find_glued(lines: list[_Line], options: IngestOptions) -> tuple[int, bool] | None:
    """(index of the marker line, whether what follows is an article of its own) or None."""
    seen_body = False
    for i, ln in enumerate(lines):
        if not ln.keep or not ln.text:
            continue
        if len(ln.text.split()) >= LONG_WORDS:
            seen_body = True
            continue
        if not seen_body or not MARKER.match(ln.text) or len(ln.text.split()) > 4:
            continue
        after = [x for x in lines[i + 1 :] if x.keep and x.text]
        long_after = [x for x in after if len(x.text.split()) >= LONG_WORDS]
        if sum(len(x.text) for x in long_after) < options.min_glued_chars:
            return i, False
        before = [x for x in lines[:i] if x.keep and len(x.text.split()) >= LONG_WORDS]
        a, b = _content_words(before), _content_words(long_after)
        overlap = len(a & b) / max(1, min(len(a), len(b)))
        if _opens_new_article(after) or overlap < GLUED_MAX_OVERLAP:
            return i, True
        ln.keep = False  # a marker inside one article: only the marker line goes
    return None


def _drop_tail_furniture(lines: list[_Line], dropped: list[DroppedLine]) -> None:
    # Lines already dropped as furniture still count: they are what marks the block.
    live = [ln for ln in lines if ln.text]
    cut: int | None = None
    for start in range(len(live) - 1, -1, -1):
        block = live[start:]
        if furniture_reason(block[0].text) is None:
            continue
        furn = sum(1 for ln in block if furniture_reason(ln.text) or dates.is_date_only(ln.text))
        longs = sum(1 for ln in block if len(ln.text.split()) >= LONG_WORDS and not furniture_reason(ln.text))
        if furn / len(block) >= TAIL_FURNITURE_SHARE and longs <= 1:
            cut = start
    if cut is None:
        return
    for ln in live[cut:]:
        if ln.keep:
            ln.keep = False
            dropped.append(DroppedLine(ln.no, ln.text, "tail-furniture"))


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _drop_repeats(lines: list[_Line], dropped: list[DroppedLine]) -> None:
    kept: list[list[str]] = []
    seen: set[tuple[str, ...]] = set()
    for ln in lines:
        if not ln.keep or not ln.text:
            continue
        words = _words(ln.text)
        if len(words) < REPEAT_MIN_WORDS:
            continue
        key = tuple(words)
        near = len(words) >= LONG_WORDS and any(
            NEAR_REPEAT_MIN_SHARE * len(k) <= len(words) <= len(k) and _is_subsequence(words, k)
            for k in kept
        )
        if key in seen or near:
            ln.keep = False
            dropped.append(DroppedLine(ln.no, ln.text, "repeat"))
            continue
        seen.add(key)
        kept.append(words)


def _clean_lines(lines: list[_Line], dropped: list[DroppedLine], options: IngestOptions) -> int | None:
    """Mark lines to drop; returns the index where a glued-on article starts (or None)."""
    for ln in lines:
        if ln.keep and ln.text:
            _split_teaser(ln, dropped)
            reason = furniture_reason(ln.text)
            if reason and not MARKER.match(ln.text):
                ln.keep = False
                dropped.append(DroppedLine(ln.no, ln.text, reason))
    glued_at: int | None = None
    glued = _find_glued(lines, options)
    if glued is not None:
        index, separate = glued
        marker = lines[index]
        marker.keep = False
        dropped.append(DroppedLine(marker.no, marker.text, "glued-marker"))
        for ln in lines[index + 1 :]:
            if ln.keep and ln.text and not separate:
                dropped.append(DroppedLine(ln.no, ln.text, "after-marker"))
            ln.keep = ln.keep and separate
        if separate:
            glued_at = index + 1
    # what is left of marker lines (inline markers kept nothing after them)
    for ln in lines[: glued_at or len(lines)]:
        if ln.keep and ln.text and furniture_reason(ln.text):
            ln.keep = False
            dropped.append(DroppedLine(ln.no, ln.text, "teaser"))
    head = lines[: glued_at or len(lines)]
    _drop_tail_furniture(head, dropped)
    _drop_repeats(head, dropped)
    return glued_at


# --- entry point ------------------------------------------------------------------------------


def _decode(raw: RawDocument) -> str:
    encoding = raw.hints.get("encoding")
    if isinstance(encoding, str) and encoding:
        return raw.data.decode(encoding if encoding != "utf-8" else "utf-8-sig", errors="replace")
    try:
        return decode_bytes(raw.data, raw.source)[0]
    except DecodeError as err:
        raise LedgerError(str(err)) from err


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """Main text of an HTML page (trafilatura, comments excluded) and its metadata hints."""
    import trafilatura

    result: Any = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    if result is None or not (getattr(result, "text", "") or "").strip():
        return "", {}
    hints = {k: getattr(result, k, None) for k in ("title", "date", "sitename", "url")}
    # The raw <title> keeps what trafilatura strips from it: the site's name ('Headline | Outlet').
    page_title = RE_HTML_TITLE.search(html[:MAX_HEAD_CHARS])
    if page_title:
        hints["page_title"] = " ".join(unescape(re.sub(r"<[^>]+>", " ", page_title.group(1))).split())
    return str(result.text), {k: v for k, v in hints.items() if isinstance(v, str) and v}


def _language(text: str) -> str | None:
    if len(text.strip()) < 20:
        return None
    import py3langid

    lang, _ = py3langid.classify(text)
    return str(lang)


def _make_doc(raw: RawDocument, name: str, raw_lines: list[_Line], dropped: list[DroppedLine],
              parent: str | None, hints: dict[str, Any]) -> Document:
    clean_text = "\n\n".join(ln.text for ln in raw_lines if ln.keep and ln.text)
    doc = Document(
        name=name, source=raw.source, fmt=raw.fmt, raw_text="\n".join(ln.raw for ln in raw_lines),
        clean_text=clean_text, content_hash=content_hash(clean_text), parent=parent,
        dropped=sorted(dropped, key=lambda d: d.line_no), language=_language(clean_text),
        url=hints.get("url") if isinstance(hints.get("url"), str) else None,
    )
    return meta.annotate(doc, hints if parent is None else {"url": doc.url})


def clean(raw: RawDocument, options: IngestOptions) -> list[Document]:
    """Clean one raw input into one Document, or more when a second article is glued on.

    Raises LedgerError (E106) when no article text is left.
    """
    text = _decode(raw)
    hints: dict[str, Any] = dict(raw.hints)
    if raw.hints.get("markup") == "html":
        text, meta = html_to_text(text)
        if not text:
            raise LedgerError(Errors.E106.format(path=raw.source if raw.name == "-" else raw.name))
        for key, value in meta.items():
            hints.setdefault("outlet" if key == "sitename" else key, value)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_Line(i, s, normalize_line(s)) for i, s in enumerate(text.split("\n"), start=1)]
    dropped: list[DroppedLine] = []
    _header_dates(lines, dropped)
    glued_at = _clean_lines(lines, dropped, options)
    main_lines = lines[:glued_at] if glued_at is not None else lines
    main_dropped = [d for d in dropped if glued_at is None or d.line_no <= lines[glued_at - 1].no]
    doc = _make_doc(raw, raw.name, main_lines, main_dropped, None, hints)
    if not doc.clean_text.strip():
        raise LedgerError(Errors.E106.format(path=raw.name))
    docs = [doc]
    if glued_at is not None:
        tail = [_Line(ln.no, ln.raw, ln.text) for ln in lines[glued_at:]]
        tail_dropped: list[DroppedLine] = []
        _header_dates(tail, tail_dropped)
        nested = _clean_lines(tail, tail_dropped, options)
        glued_doc = _make_doc(raw, f"{raw.name}#2", tail[:nested] if nested else tail,
                              tail_dropped, raw.name, hints)
        if glued_doc.clean_text.strip():
            docs.append(glued_doc)
    return docs
