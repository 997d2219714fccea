"""Cleaning: furniture, repeats, glued-on articles, HTML, and the real seed and dev articles.

Expected paragraphs are derived from the article files at test time (never pasted here).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from prisoner_ledger.errors import LedgerError
from prisoner_ledger.ingest import IngestOptions, load_document
from prisoner_ledger.ingest.clean import clean, content_hash, normalize_line
from prisoner_ledger.model import Document, RawDocument

LONG = 12  # words from which a line of an article file is a body paragraph
SENTENCE_END = re.compile(r"[.!?…][\"'”’)]?$")


def is_body(line: str, min_words: int = LONG) -> bool:
    """A body paragraph: long, ending like a sentence (headlines do not), and not a credit or
    sponsor line led by a one-word label ('Sponsor: ...', 'Source: ...')."""
    if re.match(r"^\w+:\s", line):
        return False
    return len(line.split()) >= min_words and bool(SENTENCE_END.search(line))


def raw_txt(text: str, name: str = "page.txt") -> RawDocument:
    return RawDocument(name=name, data=text.encode("utf-8"), fmt="txt", source=name,
                       hints={"encoding": "utf-8", "markup": "text"})


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def missing_paragraphs(paragraphs: list[str], docs: list[Document]) -> list[str]:
    """Paragraphs found in no document, except repeats (same words, or an in-order subset) of an
    earlier paragraph, which the cleaner is meant to drop."""
    text = "\n".join(d.clean_text for d in docs)
    missing: list[str] = []
    seen: list[list[str]] = []
    for p in paragraphs:
        norm = normalize_line(p)
        w = words(norm)
        repeat = any(w == s or is_subsequence(w, s) for s in seen)
        seen.append(w)
        # an inline teaser ('SEE ALSO: <title>') glued in front of a paragraph may be cut
        if norm not in text and norm[-(len(norm) * 3 // 5) :] not in text and not repeat:
            missing.append(p)
    return missing


def clean_lines(doc: Document) -> list[str]:
    return [ln.strip() for ln in doc.clean_text.splitlines() if ln.strip()]


# --- hand-written pages ---------------------------------------------------------------------

BODY_1 = "The council of the imaginary republic voted on Tuesday to pardon eleven detained reporters."
BODY_2 = "Officials in the capital said the decision followed several rounds of quiet talks with envoys."
BODY_3 = "Relatives waiting outside the prison gates were told the group would be freed within a week."
OTHER_1 = "A regional football league announced a new schedule for the autumn season across nine cities."
OTHER_2 = "Club managers welcomed the change, saying longer breaks between matches help players recover."


def test_furniture_lines_are_dropped_with_reasons() -> None:
    page = "\n".join([
        "Council pardons eleven reporters", "", "0", "83", "Share", "Leave a Reply", "Ezoic inline",
        "Subscribe to our newsletter", "You have been successfully subscribed", "EN", "BE/RU",
        "Фото: пресс-служба", "Photo: Someone / Agency", "Category status:",
        "We use cookies to improve your experience. Accept all cookies", "", BODY_1, "", BODY_2, "", BODY_3,
    ])
    [doc] = clean(raw_txt(page), IngestOptions())
    kept = clean_lines(doc)
    assert kept == ["Council pardons eleven reporters", BODY_1, BODY_2, BODY_3]
    dropped = {d.text: d for d in doc.dropped}
    for line in ("0", "83", "Leave a Reply", "Ezoic inline", "EN", "BE/RU", "Category status:"):
        assert line in dropped and dropped[line].reason
    assert dropped["Leave a Reply"].line_no == 6  # line numbers refer to raw_text
    assert doc.raw_text.splitlines()[5] == "Leave a Reply"


def test_value_after_label_and_body_sentences_mentioning_furniture_words_are_kept() -> None:
    body = "Readers who subscribe to the weekly bulletin will read more about the pardon on Friday."
    page = "\n".join(["Category status: released", body, BODY_1])
    [doc] = clean(raw_txt(page), IngestOptions())
    assert clean_lines(doc) == ["Category status: released", body, BODY_1]


def test_repeated_paragraphs_keep_the_first() -> None:
    cut = BODY_2.replace("several rounds of ", "")  # the same paragraph with a clause cut
    page = "\n\n".join([BODY_1, BODY_2, BODY_3, BODY_1, cut])
    [doc] = clean(raw_txt(page), IngestOptions())
    assert clean_lines(doc) == [BODY_1, BODY_2, BODY_3]
    assert [d.reason for d in doc.dropped] == ["repeat", "repeat"]


def test_glued_article_after_marker_becomes_its_own_document() -> None:
    page = "\n".join([
        "Council pardons eleven reporters", BODY_1, BODY_2, BODY_3, "", "Similar articles", "",
        "League moves to a new autumn schedule", "October 02, 2017 11:57", OTHER_1, OTHER_2,
        OTHER_1.replace("nine", "twelve") + " More details follow.", OTHER_2.replace("players", "squads"),
    ])
    docs = clean(raw_txt(page, "x.txt"), IngestOptions())
    assert [d.name for d in docs] == ["x.txt", "x.txt#2"]
    main, glued = docs
    assert glued.parent == "x.txt" and main.parent is None
    assert OTHER_1 not in main.clean_text and BODY_1 not in glued.clean_text
    assert OTHER_1 in glued.clean_text
    assert glued.pub_date.value == "2017-10-02"
    assert any(d.reason == "glued-marker" for d in main.dropped)


def test_short_teaser_list_after_marker_is_dropped_not_a_document() -> None:
    page = "\n".join([BODY_1, BODY_2, "Read more", "Another headline here", "Yet another headline"])
    docs = clean(raw_txt(page), IngestOptions())
    assert len(docs) == 1
    assert clean_lines(docs[0]) == [BODY_1, BODY_2]


def test_inline_teaser_with_glued_body_keeps_the_body() -> None:
    page = "\n".join([BODY_1, "SEE ALSO: Envoy Visits The Capital Again" + BODY_2 + " " + BODY_3])
    [doc] = clean(raw_txt(page), IngestOptions())
    assert doc.clean_text.endswith(BODY_2 + " " + BODY_3)
    assert "Envoy Visits" not in doc.clean_text


def test_mojibake_unicode_and_whitespace_are_normalised() -> None:
    page = "The envoyâ€™s   visit\u00a0ended  on Friday, officials said in a statement."
    [doc] = clean(raw_txt(page), IngestOptions())
    assert doc.clean_text == "The envoy’s visit ended on Friday, officials said in a statement."
    assert doc.content_hash == content_hash(doc.clean_text) and len(doc.content_hash) == 64
    assert doc.language == "en"


def test_html_through_trafilatura_keeps_title_and_date() -> None:
    html = (
        "<html><head><title>Council pardons eleven reporters</title>"
        '<meta name="date" content="2024-03-05"></head><body><nav>Home | About</nav>'
        f"<article><h1>Council pardons eleven reporters</h1><p>{BODY_1}</p><p>{BODY_2}</p><p>{BODY_3}</p>"
        "</article><div class='comments'>Leave a Reply</div></body></html>"
    )
    raw = RawDocument("p.html", html.encode(), "html", "p.html", {"encoding": "utf-8", "markup": "html"})
    [doc] = clean(raw, IngestOptions())
    assert BODY_1 in doc.clean_text and BODY_3 in doc.clean_text
    assert "<p>" not in doc.clean_text and "Leave a Reply" not in doc.clean_text
    assert doc.title == "Council pardons eleven reporters"
    assert doc.pub_date.value == "2024-03-05" and doc.pub_date.method == "hint"


def test_all_script_html_is_e106() -> None:
    html = "<html><body><script>" + "var a = 1;" * 200 + "</script></body></html>"
    raw = RawDocument("s.html", html.encode(), "html", "s.html", {"encoding": "utf-8", "markup": "html"})
    with pytest.raises(LedgerError) as err:
        clean(raw, IngestOptions())
    assert err.value.code == "E106"


def test_text_of_only_furniture_is_e106() -> None:
    with pytest.raises(LedgerError) as err:
        clean(raw_txt("Share\n0\nLeave a Reply\nSubscribe"), IngestOptions())
    assert err.value.code == "E106"


# --- the real seeds -----------------------------------------------------------------------------


def _noise_quotes(gold: dict) -> list[str]:
    return re.findall(r"'([^']+)'", " ".join(gold.get("noise") or []))


def _seed_parts(path: Path, gold: dict) -> tuple[list[str], list[str]]:
    """(body paragraphs, paragraphs after the first quoted noise line that follows the body's start).

    The furniture block at the end starts at the first line the gold quotes as noise after the
    first body paragraph; earlier quoted lines (counters under the title) are skipped.
    """
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    quotes = set(_noise_quotes(gold))
    first_body = next(i for i, ln in enumerate(lines) if is_body(ln))
    cut = next((i for i, ln in enumerate(lines) if i > first_body and ln in quotes), len(lines))
    body = [ln for ln in lines[:cut] if is_body(ln)]
    after = [ln for ln in lines[cut:] if is_body(ln)]
    return body, after


def _seeds(seeds_dir: Path) -> list[Path]:
    return sorted(seeds_dir.glob("*.txt"))


def test_seeds_keep_every_body_paragraph_and_none_of_the_noise(seeds_dir: Path, seed_gold: dict) -> None:
    for path in _seeds(seeds_dir):
        gold = seed_gold[path.name]
        docs = load_document(path)
        body, _ = _seed_parts(path, gold)
        assert body, path.name
        assert missing_paragraphs(body, docs[:1]) == [], path.name
        quotes = _noise_quotes(gold)
        for doc in docs:
            lines = clean_lines(doc)
            joined = {f"{a} {b}" for a, b in zip(lines, lines[1:], strict=False)}
            for q in quotes:
                assert q not in lines and q not in joined, (path.name, q)
            # credits in another script (e.g. a Cyrillic photo line in an English page) are gone
            if doc.language == "en":
                for ln in lines:
                    letters = [c for c in ln if c.isalpha()]
                    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
                    assert cyr <= len(letters) / 2, (path.name, ln)


def test_seed_with_glued_article_is_split(seeds_dir: Path, seed_gold: dict) -> None:
    split = [p for p in _seeds(seeds_dir) if "Similar articles" in _noise_quotes(seed_gold[p.name])]
    assert split, "the seeds hold a page with a glued-on article"
    for path in split:
        docs = load_document(path)
        assert len(docs) == 2
        main, glued = docs
        assert glued.name == f"{path.name}#2" and glued.parent == path.name
        _, after = _seed_parts(path, seed_gold[path.name])
        assert after and missing_paragraphs(after, [glued]) == []
        assert all(normalize_line(p) not in main.clean_text for p in after)
        assert glued.title and glued.title not in main.clean_text


def test_seed_with_repeats_has_no_repeated_paragraph(seeds_dir: Path, seed_gold: dict) -> None:
    repeated = [p for p in _seeds(seeds_dir)
                if any("repeated" in n for n in seed_gold[p.name].get("noise") or [])]
    assert repeated
    for path in repeated:
        lines = path.read_text(encoding="utf-8").splitlines()
        raw_paras = [words(ln) for ln in lines if len(ln.split()) >= LONG]
        assert len(raw_paras) > len({tuple(p) for p in raw_paras}), "the file itself repeats paragraphs"
        [doc] = load_document(path)
        paras = [words(p) for p in clean_lines(doc)]
        assert len(paras) == len({tuple(p) for p in paras})
        for i, p in enumerate(paras):
            assert not any(len(p) >= LONG and is_subsequence(p, q) for q in paras[:i]), doc.name


# --- the dev texts ----------------------------------------------------------------------------


def test_dev_texts_clean_without_losing_body_paragraphs(dev_dir: Path) -> None:
    lost: dict[str, list[str]] = {}
    total = 0
    for path in sorted((dev_dir / "texts").glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
        body = [ln for ln in lines if is_body(ln, 15)]
        total += len(body)
        docs = load_document(path)
        assert docs and docs[0].clean_text
        missing = missing_paragraphs(body, docs)
        if missing:
            lost[path.name] = missing
    print(f"\ndev body paragraphs: {total}, lost: {sum(map(len, lost.values()))} in {sorted(lost)}")
    assert lost == {}
