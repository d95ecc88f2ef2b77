"""Similar texts: IDF-weighted character bigrams with cosine similarity, in an in-memory inverted index.

Chinese titles have no spaces, so a text is cut into overlapping pairs of letters (「停车难」 → 停车,
车难); digits, punctuation and spaces end a run. Each pair a text has is weighed by how rare it is
in the register (inverse document frequency, IDF): the words every title has (关于, 建议, 问题,
进一步, 加强 …) weigh next to nothing in a large register, the words of the subject (停车, 学前,
饮水) weigh most. Only the frame of a title, 「关于……的建议」 / 「……的议案」, is cut off before, so
that a small register (whose frequencies tell little yet) does not match every title on it. A pair
counts once however often it occurs (short texts; a long body repeating a word does not weigh more).

A document has two fields: its title, and its text (the title and the beginning of the body). The
score of a document for a query combines two cosines, title with title (t) and text with text (x):
max(t, (t + x) / 2). A short query is not drowned by long bodies, a body saying the same raises the
score of a case with a reworded title, and words that only the bodies share (a deputy's name, a
place) cannot make two different suggestions look alike by themselves. Scores run from 0 (nothing
in common) to 1 (the same pairs).

The index is plain Python (lists and arrays), no compiled extension: per field one posting list
of document numbers per pair (its length is the pair's document frequency) and one norm per
document. A query adds each of its pairs' weight to the documents on the pair's list, then divides
by the norms. A changed document is added again under a new number and its old number is marked
dead; the owner builds the index again once many are.
"""

from __future__ import annotations

import heapq
import math
import re
from array import array
from bisect import bisect_left
from collections import defaultdict, deque
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from itertools import compress, repeat
from operator import add, mul

BODY_CHARS = 120  # the beginning of the body that counts: where a suggestion states its problem
# The rarest pairs of a query are looked up, at most this many and while their documents add up to no
# more than the budget; the others are common and weigh too little to matter (idf² against idf² of a
# rare one).
MAX_QUERY_TERMS = 40
POSTINGS_BUDGET = 150_000
PAIRS_BUDGET = 10_000  # the same when comparing every case with every other (only high scores matter)
# Pairs in more than a third of a large register add little to a score and cost most: not looked up.
COMMON_SHARE = 1 / 3
COMMON_MIN_DF = 1_000
# Smoothing of the IDF: as if every register had IDF_PRIOR more documents, half of them with any pair.
# A small register's frequencies tell little: its pairs then weigh about the same; from a few
# hundred cases on the register's own frequencies decide.
IDF_PRIOR = 10
_FRAME = re.compile(r"^\s*关于|(?:的|之)?(?:建议|议案|意见|提案)\s*$")
_FULL_WIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_TO_ASCII = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF5B)}  # ＡＰＰ１ → APP1


def normalise(text: str) -> str:
    """Full-width letters and digits as ASCII, in lower case."""
    if _FULL_WIDTH_ALNUM.search(text):
        text = text.translate(_TO_ASCII)
    return text.lower()


def title_core(title: str) -> str:
    """「关于有效缓解主城区停车难的建议」 → 「有效缓解主城区停车难」: the frame every title has, cut off."""
    text = normalise(title).strip()
    return _FRAME.sub("", text) or text


Pairs = dict[str, None]


def bigrams(text: str) -> Pairs:
    """The distinct overlapping pairs of letters of ``text`` (in order of first occurrence)."""
    return dict.fromkeys(filter(str.isalpha, map(add, text, text[1:])))


@dataclass(frozen=True)
class Fields:
    """What is indexed of a document: the pairs of its title, and of its title and body's beginning."""

    title: Pairs
    text: Pairs
    signature: int  # tells a changed text from a save that left title and body alone

    @classmethod
    def of(cls, title: str, body: str) -> Fields:
        core, start = title_core(title), normalise(body[:BODY_CHARS])
        title_pairs = bigrams(core)
        return cls(title_pairs, title_pairs | bigrams(start), hash((core, start)))


def idf(df: int, documents: int) -> float:
    return math.log((documents + IDF_PRIOR) / (df + IDF_PRIOR / 2))


class _Field:
    """The inverted index of one field (see the module docstring)."""

    def __init__(self) -> None:
        self.vocabulary: defaultdict[str, int] = defaultdict()
        self.vocabulary.default_factory = self.vocabulary.__len__  # a new pair gets the next number
        self.postings: list[array[int]] = []  # pair number → document numbers, increasing
        self.inverse_norms: array[float] = array("d")  # document number → 1 / its vector's length

    def terms(self, pairs: Pairs) -> list[int]:
        """The numbers of ``pairs`` (new pairs get one)."""
        terms = list(map(self.vocabulary.__getitem__, pairs))
        grown = len(self.vocabulary) - len(self.postings)
        if grown:
            self.postings.extend(array("i") for _ in range(grown))
        return terms

    def post(self, doc: int, terms: list[int]) -> None:
        deque(map(array.append, map(self.postings.__getitem__, terms), repeat(doc)), maxlen=0)

    def set_norms(self, docs: Iterable[tuple[int, list[int]]], documents: int) -> None:
        """The norms of all the documents, from their pairs' frequencies as they are now."""
        squares = [idf(len(docs_of), documents) ** 2 for docs_of in self.postings]
        norms = self.inverse_norms
        norms.extend(repeat(0.0, documents - len(norms)))
        for doc, terms in docs:
            total = sum(map(squares.__getitem__, terms))
            norms[doc] = 1 / math.sqrt(total) if total else 0.0

    def set_norm(self, doc: int, terms: list[int], documents: int) -> None:
        """The norm of one document added last."""
        total = sum(idf(len(self.postings[term]), documents) ** 2 for term in terms)
        self.inverse_norms.extend(repeat(0.0, documents - len(self.inverse_norms)))
        self.inverse_norms[doc] = 1 / math.sqrt(total) if total else 0.0

    def query(self, pairs: Pairs, documents: int, budget: int = POSTINGS_BUDGET) -> list[tuple[int, float]]:
        """The query's ``pairs`` worth looking up, rarest first, each with what it adds to a
        document's dot product with the normalised query.

        The query's norm counts every pair, also those the register has never seen: a query is only
        as similar to a document as the pairs they share make it."""
        looked_up: list[tuple[float, int]] = []
        total = 0.0
        vocabulary, postings = self.vocabulary, self.postings
        for pair in pairs:
            term = vocabulary.get(pair)
            df = len(postings[term]) if term is not None else 0
            weight = idf(df, documents)
            total += weight * weight
            if term is not None and df and (df < COMMON_MIN_DF or df < documents * COMMON_SHARE):
                looked_up.append((weight, term))
        if not total:
            return []
        norm = math.sqrt(total)
        looked_up.sort(reverse=True)
        chosen: list[tuple[int, float]] = []
        for weight, term in looked_up[:MAX_QUERY_TERMS]:
            budget -= len(postings[term])
            if budget < 0 and chosen:
                break
            chosen.append((term, weight * weight / norm))
        return chosen

    def dots(self, terms: list[tuple[int, float]], documents: int) -> list[float]:
        """Every document's dot product with the query (divided by its norm: its cosine)."""
        dots = [0.0] * documents
        for term, share in terms:
            for doc in self.postings[term]:
                dots[doc] += share
        return dots

    def dots_after(self, terms: list[tuple[int, float]], start: int) -> dict[int, float]:
        """The dot products of the documents numbered ``start`` or more that share a pair with the
        query (times ``inverse_norms[doc]``: their cosines)."""
        dots: dict[int, float] = {}
        get = dots.get
        for term, share in terms:
            docs = self.postings[term]
            for doc in docs[bisect_left(docs, start) :]:
                dots[doc] = get(doc, 0.0) + share
        return dots


def combined(title_score: float, text_score: float) -> float:
    """A document's score from its title's and its text's cosines (see the module docstring)."""
    return max(title_score, (title_score + text_score) / 2)


@dataclass(frozen=True)
class Match:
    key: int
    score: float


class SimilarityIndex:
    """Documents (a key, a title and a body) searchable by similarity; see the module docstring."""

    def __init__(self) -> None:
        self.title = _Field()
        self.text = _Field()
        self.keys: array[int] = array("q")  # document number → key; 0 once the document is dead
        self.numbers: dict[int, int] = {}  # key → its live document number
        self.signatures: dict[int, int] = {}  # key → hash of its indexed texts

    @classmethod
    def build(cls, documents: Iterable[tuple[int, str, str]]) -> SimilarityIndex:
        """Index ``(key, title, body)`` documents (keys positive) in one go."""
        index = cls()
        title_terms: list[list[int]] = []
        text_terms: list[list[int]] = []
        for key, title, body in documents:
            fields = Fields.of(title, body)
            doc = index._number(key, fields)
            terms = index.title.terms(fields.title)
            index.title.post(doc, terms)
            title_terms.append(terms)
            terms = index.text.terms(fields.text)
            index.text.post(doc, terms)
            text_terms.append(terms)
        count = len(index.keys)
        index.title.set_norms(enumerate(title_terms), count)
        index.text.set_norms(enumerate(text_terms), count)
        for doc in (doc for doc, key in enumerate(index.keys) if not key):  # a key given twice
            index.title.inverse_norms[doc] = index.text.inverse_norms[doc] = 0.0
        return index

    def _number(self, key: int, fields: Fields) -> int:
        self.remove(key)
        doc = len(self.keys)
        self.numbers[key] = doc
        self.keys.append(key)
        self.signatures[key] = fields.signature
        return doc

    def __len__(self) -> int:
        return len(self.numbers)

    def __contains__(self, key: object) -> bool:
        return key in self.numbers

    @property
    def dead(self) -> int:
        """Documents replaced or removed since the build (their postings are still walked)."""
        return len(self.keys) - len(self.numbers)

    def unchanged(self, key: int, title: str, body: str) -> bool:
        return self.signatures.get(key) == Fields.of(title, body).signature

    def put(self, key: int, title: str, body: str) -> None:
        """Add a document, or replace the one with this key (its old number dies). The other
        documents keep the norms of the build."""
        fields = Fields.of(title, body)
        doc = self._number(key, fields)
        for field, pairs in ((self.title, fields.title), (self.text, fields.text)):
            terms = field.terms(pairs)
            field.post(doc, terms)
            field.set_norm(doc, terms, doc + 1)

    def remove(self, key: int) -> None:
        doc = self.numbers.pop(key, None)
        if doc is not None:
            self.keys[doc] = 0
            for field in (self.title, self.text):
                if doc < len(field.inverse_norms):
                    field.inverse_norms[doc] = 0.0  # it scores 0 from now on
            self.signatures.pop(key, None)

    def search(
        self,
        title: str,
        body: str = "",
        *,
        min_score: float,
        exclude: Collection[int] = (),
        limit: int | None = None,
    ) -> list[Match]:
        """The documents scoring ``min_score`` or more (and more than 0) for a query, best first."""
        documents = len(self.keys)
        if not documents:
            return []
        fields = Fields.of(title, body)
        titles, texts = self.title, self.text
        by_title = list(map(mul, titles.dots(titles.query(fields.title, documents), documents), titles.inverse_norms))
        by_text = list(map(mul, texts.dots(texts.query(fields.text, documents), documents), texts.inverse_norms))
        threshold = max(min_score, 1e-9)
        # combined(t, x) >= threshold needs t or x >= threshold: only those documents are looked at
        candidates = set(compress(range(documents), map(threshold.__le__, by_title)))
        candidates.update(compress(range(documents), map(threshold.__le__, by_text)))
        keys = self.keys
        scored = [
            (-score, keys[doc])
            for doc in candidates
            if (score := combined(by_title[doc], by_text[doc])) >= threshold and keys[doc] and keys[doc] not in exclude
        ]
        best = sorted(scored) if limit is None else heapq.nsmallest(limit, scored)
        return [Match(key, min(-negative, 1.0)) for negative, key in best]

    def neighbours_after(self, key: int, title: str, body: str, *, min_score: float) -> list[Match]:
        """The live documents numbered after ``key``'s own that score ``min_score`` or more against
        it: each pair of documents is found once, from its earlier one (for grouping the register)."""
        doc = self.numbers.get(key)
        if doc is None:
            return []
        documents = len(self.keys)
        fields = Fields.of(title, body)
        titles, texts = self.title, self.text
        by_title = titles.dots_after(titles.query(fields.title, documents, PAIRS_BUDGET), doc + 1)
        by_text = texts.dots_after(texts.query(fields.text, documents, PAIRS_BUDGET), doc + 1)
        title_norms, text_norms = titles.inverse_norms, texts.inverse_norms
        threshold = max(min_score, 1e-9)
        candidates = {other for other, dot in by_title.items() if dot * title_norms[other] >= threshold}
        candidates.update(other for other, dot in by_text.items() if dot * text_norms[other] >= threshold)
        keys = self.keys
        found = []
        for other in candidates:
            title_score = by_title.get(other, 0.0) * title_norms[other]
            score = combined(title_score, by_text.get(other, 0.0) * text_norms[other])
            if score >= threshold and keys[other]:
                found.append(Match(keys[other], min(score, 1.0)))
        return found


def iter_pairs(
    index: SimilarityIndex, documents: Iterable[tuple[int, str, str]], min_score: float
) -> Iterator[tuple[int, int, float]]:
    """Every pair of the given documents (already in ``index``) scoring ``min_score`` or more."""
    for key, title, body in documents:
        for match in index.neighbours_after(key, title, body, min_score=min_score):
            yield key, match.key, match.score


def connected_groups(keys: Iterable[int], pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The connected components of the graph with these vertices and edges, each in key order."""
    parent: dict[int, int] = {key: key for key in keys}

    def root(key: int) -> int:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for key in sorted(parent):
        groups[root(key)].append(key)
    return list(groups.values())
