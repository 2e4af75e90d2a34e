"""The fabrication check: every figure, date, name and skill in a statement must come from its cited entries.

Code, not the model, decides. A statement is read for *claims* — numbers, percentages, money amounts,
durations and other quantities, dates, month names, proper nouns, acronyms, mixed-case product names,
identifiers with digits, skill terms (from `skills.txt`) and sizes in words (thousands, tripled, a third)
— and each claim must be found, normalised,
in the texts of the entries it cites. The rules are written down in docs/reports.md.

Cited texts are analysed once and cached, so checking many statements over the same entries is cheap.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

CheckStatus = Literal["passed", "flagged"]

SKILLS_FILE = Path(__file__).with_name("skills.txt")


@dataclass(frozen=True, slots=True)
class CheckResult:
    status: CheckStatus
    unsupported: tuple[str, ...] = ()  # the statement's words and figures its citations do not support

    @property
    def passed(self) -> bool:
        return self.status == "passed"


# A claim is a hashable key; the support of a text is a set of such keys.
Claim = tuple[str, ...]

# ---------------------------------------------------------------------------------------------------------
# Quantities and dates

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"}  # fmt: skip
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
_UNIT_WORDS = {"one": 1, **{w: v for w, v in _NUMBER_WORDS.items() if v < 10}}  # the second half of "twenty-five"
_CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR",
               "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP", "pound": "GBP",
               "pounds": "GBP", "¥": "JPY", "jpy": "JPY"}  # fmt: skip
_MAGNITUDES = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "mm": 1_000_000, "mn": 1_000_000,
               "million": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000}  # fmt: skip
_UNITS = {
    "%": "%", "percent": "%", "per cent": "%", "pct": "%",
    "ms": "ms", "msec": "ms", "millisecond": "ms", "milliseconds": "ms",
    "s": "s", "sec": "s", "secs": "s", "second": "s", "seconds": "s",
    "min": "min", "mins": "min", "minute": "min", "minutes": "min",
    "h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h",
    "d": "day", "day": "day", "days": "day",
    "wk": "week", "wks": "week", "week": "week", "weeks": "week",
    "mo": "month", "mos": "month", "month": "month", "months": "month",
    "y": "year", "yr": "year", "yrs": "year", "year": "year", "years": "year",
    "x": "x", "\u00d7": "x",
    "kb": "kb", "mb": "mb", "gb": "gb", "tb": "tb", "pb": "pb",
}  # fmt: skip

_NUM = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
_WORDNUM = (
    r"(?i:(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
    r"(?:-(?:" + "|".join(sorted(_UNIT_WORDS, key=len, reverse=True)) + r"))?)"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"  # no "Jan.": "May. 5 services" is two sentences
)
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
_START = r"(?<![\w.,])(?<![^\W\d_]-)"  # not inside a word, a decimal or an identifier such as COVID-19
_END = r"(?![0-9]|\.[0-9]|,[0-9])"
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True) if u not in {"%", "\u00d7", "x"})

_QUANTITY_PATTERN = rf"""
    {_START}(?:
      (?P<iso>(?P<iy>[0-9]{{4}})-(?P<im>[0-9]{{1,2}})(?:-(?P<id>[0-9]{{1,2}}))?)(?![0-9])
    | (?P<slash>(?P<sa>[0-9]{{1,2}})/(?P<sb>[0-9]{{1,2}})/(?P<sy>[0-9]{{4}}|[0-9]{{2}}))(?![0-9])
    | (?P<mdy>(?P<m1>{_MONTH})[ ](?P<d1>{_DAY})(?:,?[ ](?P<y1>[0-9]{{4}}))?)(?![\w])
    | (?P<dmy>(?P<d2>{_DAY})[ ](?P<m2>{_MONTH})(?:[ ](?P<y2>[0-9]{{4}}))?)(?![\w])
    | (?P<my>(?P<m3>{_MONTH})[ ](?P<y3>[0-9]{{4}}))(?![\w])
    | (?P<money>(?P<cur>US\$|[$€£¥])[ ]?(?P<mnum>{_NUM}){_END}
        (?:(?P<mmag>(?i:mm|mn|bn|k|m|b))(?![\w])|[ ](?P<mmagw>(?i:thousand|million|billion))(?![\w]))?)
    | (?P<qty>(?P<qnum>{_NUM}{{WORDNUM}}){_END}
        (?:(?P<qmag>k|K|M|bn|B|mm)(?![\w])|[ ](?P<qmagw>(?i:thousand|million|billion))(?![\w]))?
        (?:
            [ ]?(?P<pct>%)
          | [ ]?(?P<mult>[x\u00d7])(?![\w])
          | (?:[ ]|-)?(?P<unit>(?i:{_UNIT_ALT}|per[ ]cent))(?![\w])
          | [ ](?P<curw>(?i:usd|eur|gbp|jpy|dollars?|euros?|pounds?))(?![\w])
        )?(?![^\W\d_]))
    )
    """
# Python's regex engine skips quickly to positions where the first character can start a match; number
# words ("two weeks") would let every letter start one, so they get their own pattern, used only when a
# number word is present.
_QUANTITY = re.compile("(?=[0-9$€£¥JFMASONDU])" + _QUANTITY_PATTERN.replace("{WORDNUM}", ""), re.VERBOSE)
_QUANTITY_WITH_WORDS = re.compile(
    "(?=[0-9$€£¥JFMASONDU]|(?i:[tfesnhd]))" + _QUANTITY_PATTERN.replace("{WORDNUM}", rf"|{_WORDNUM}(?![\w-])"),
    re.VERBOSE,
)
_LETTER_RUNS = re.compile(r"[a-z]+")
_RAW_NUMBER = re.compile(rf"(?<![0-9.,]){_NUM}")  # every digit run of a text, whatever it belongs to

# Sizes written as words (docs/reports.md, "Words of scale, multipliers and fractions"). A word of scale
# claims at least this much: a cited figure this large, or a word of scale as large, supports it.
_SCALES = {"dozens": 24, "hundreds": 200, "thousand": 1_000, "thousands": 2_000, "million": 10**6,
           "millions": 2 * 10**6, "billion": 10**9, "billions": 2 * 10**9, "trillion": 10**12,
           "trillions": 2 * 10**12}  # fmt: skip
_MULTIPLIERS = {
    "twice": "2", "doubled": "2", "doubling": "2", "twofold": "2", "two-fold": "2",
    "thrice": "3", "tripled": "3", "tripling": "3", "threefold": "3", "three-fold": "3",
    "quadrupled": "4", "quadrupling": "4", "fourfold": "4", "four-fold": "4",
    "quintupled": "5", "fivefold": "5", "five-fold": "5", "sixfold": "6", "six-fold": "6",
    "sevenfold": "7", "seven-fold": "7", "eightfold": "8", "eight-fold": "8", "ninefold": "9", "nine-fold": "9",
    "tenfold": "10", "ten-fold": "10", "hundredfold": "100", "thousandfold": "1000",
    "halved": "0.5", "halving": "0.5",
}  # fmt: skip
# Fractions: the denominator of each word, singular and plural; hyphenated forms are read whole.
_FRACTIONS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
              "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}  # fmt: skip
_HYPHENATED_FRACTIONS = {"two-thirds": (2, 3), "three-quarters": (3, 4), "three-fourths": (3, 4),
                         "one-third": (1, 3), "one-quarter": (1, 4), "one-half": (1, 2)}  # fmt: skip
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9}  # fmt: skip
_NOT_HALF = frozenset({"first", "second", "1st", "2nd"})  # "the first half of the year" is a period
_FREQUENCY = frozenset({"once", "twice", "times"})  # "once a quarter" is how often
_SIZE_WORDS = frozenset(_SCALES) | frozenset(_MULTIPLIERS) | frozenset(_FRACTIONS) | frozenset(_HYPHENATED_FRACTIONS)
_WORD_SIZES = frozenset({"scale", "mult", "frac"})  # the claims a size in words makes, besides figures
_YEAR_LIKE = re.compile(r"(?:19|20)[0-9]{2}")  # a bare 1900-2099 is read as a year, not as a size


def _value(text: str) -> Decimal:
    word = text.casefold()
    if word[:1].isalpha():
        head, _, tail = word.partition("-")
        return Decimal(_NUMBER_WORDS[head] + (_UNIT_WORDS[tail] if tail else 0))
    return Decimal(word.replace(",", ""))


def _canon(value: Decimal) -> str:
    """One spelling per value: 1,500 / 1500 / 1500.0 / 1.5k all read "1500"."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _date_claims(year: str | None, month: str | None, day: str | None) -> list[Claim]:
    """A date, complete or partial, and the coarser dates it also proves (2024-03-05 proves "March 2024")."""
    y = int(year) if year else 0
    m = _MONTHS.get(month.casefold().rstrip("."), 0) if month and not month.isdigit() else int(month or 0)
    d = int(re.sub(r"[a-z]+$", "", day)) if day else 0
    if not 1 <= m <= 12 or d > 31:
        return []
    return [("date", str(y), str(m), str(d))]


def _date_projections(claim: Claim) -> Iterable[Claim]:
    _, y, m, d = claim
    yield claim
    yield ("date", y, m, "0")
    yield ("date", "0", m, d)
    yield ("date", "0", m, "0")
    yield ("month", m)


@dataclass(slots=True)
class _Quantity:
    start: int
    end: int
    surface: str
    claims: list[Claim]  # any one of them supported → the quantity is supported
    values: list[Claim] = field(default_factory=list)  # bare values it also proves in a source
    numeric_date: bool = False  # 2024-03-05 or 03/05/2024: one word whose parts prove nothing alone


def _date_quantity(g: dict[str, str | None]) -> list[Claim]:
    if g["iso"]:
        claims = _date_claims(g["iy"], g["im"], g["id"])
        if not claims and g["iy"] and g["im"]:  # "2019-2024" is a range of years, not a date
            claims = [("num", _canon(Decimal(g["iy"]))), ("num", _canon(Decimal(g["im"])))]
        return claims
    if g["slash"] and g["sy"]:
        year = g["sy"] if len(g["sy"]) == 4 else "20" + g["sy"]
        return _date_claims(year, g["sa"], g["sb"]) + _date_claims(year, g["sb"], g["sa"])
    return _date_claims(g["y1"] or g["y2"] or g["y3"], g["m1"] or g["m2"] or g["m3"], g["d1"] or g["d2"])


def _scaled(value: Decimal, magnitude: str | None) -> Decimal:
    return value * _MAGNITUDES[magnitude.casefold()] if magnitude else value


def _amount_quantity(g: dict[str, str | None]) -> tuple[list[Claim], list[Claim]]:
    """(claims, bare values) of a money amount or a number with its unit."""
    if g["money"]:
        value = _value(g["mnum"] or "")
        scaled = _scaled(value, g["mmag"] or g["mmagw"])
        claims: list[Claim] = [("money", _CURRENCIES[(g["cur"] or "$").casefold()], _canon(scaled))]
        if g["mmagw"]:  # "$2 million" also vouches for a "$2" cut short
            claims.append(("money", claims[0][1], _canon(value)))
        return claims, [("num", _canon(scaled)), ("num", _canon(value))]
    value = _value(g["qnum"] or "")
    number = _canon(_scaled(value, g["qmag"] or g["qmagw"]))
    if g["pct"]:
        claim: Claim = ("unit", "%", number)
    elif g["mult"]:
        claim = ("unit", "x", number)
    elif g["unit"]:
        claim = ("unit", _UNITS[re.sub(r"\s+", " ", g["unit"].casefold())], number)
    elif g["curw"]:
        claim = ("money", _CURRENCIES[g["curw"].casefold()], number)
    else:
        claim = ("num", number)
    return [claim], [("num", number), ("num", _canon(value))]


def _pattern_for(text: str) -> re.Pattern[str]:
    words = _LETTER_RUNS.findall(text.casefold())
    return _QUANTITY if _NUMBER_WORDS.keys().isdisjoint(words) else _QUANTITY_WITH_WORDS


def _quantities(text: str, pos: int = 0, pattern: re.Pattern[str] | None = None) -> Iterator[_Quantity]:
    for match in (pattern or _pattern_for(text)).finditer(text, pos):
        claims, values, numeric = _reading(match.group())
        if claims:
            yield _Quantity(match.start(), match.end(), match.group().strip(), list(claims), list(values), numeric)


@lru_cache(maxsize=16384)
def _reading(quantity: str) -> tuple[tuple[Claim, ...], tuple[Claim, ...], bool]:
    """(claims, bare values, is a numeric date) of one quantity's text; the same figures recur in a log."""
    match = _QUANTITY_WITH_WORDS.match(quantity)
    if match is None:  # pragma: no cover - the text came from one of the two patterns
        return (), (), False
    g = match.groupdict()
    values: list[Claim] = []
    if g["money"] or g["qty"]:
        claims, values = _amount_quantity(g)
    else:
        claims = _date_quantity(g)
    numeric = bool(claims) and bool(g["iso"] or g["slash"]) and claims[0][0] == "date"
    return tuple(claims), tuple(values), numeric


_WORD_START = re.compile(r"(?<=\s)\S")


def _every_quantity(text: str) -> list[_Quantity]:
    """The quantities of a text as read from its start, and as read from the start of any word that a
    quantity spanning several words ("March 5 2024", "$ 2024") took in: a statement quoting the text from
    that word on reads it that way ("2024 days", "2024-03-05")."""
    pattern = _pattern_for(text)
    found = list(_quantities(text, 0, pattern))
    spans = {(q.start, q.end) for q in found}
    pending = [m.start() for q in found if " " in q.surface for m in _WORD_START.finditer(text, q.start, q.end)]
    seen: set[int] = set()
    while pending:
        start = pending.pop()
        if start in seen:
            continue
        seen.add(start)
        for q in _quantities(text, start, pattern):
            if (q.start, q.end) in spans:
                break  # back in step with the reading from the start
            found.append(q)
            spans.add((q.start, q.end))
            if " " in q.surface:
                pending.extend(m.start() for m in _WORD_START.finditer(text, q.start, q.end))
    return found


# ---------------------------------------------------------------------------------------------------------
# Words: proper nouns, acronyms, mixed-case names, identifiers, skills

# A word starts with a letter or a digit and may hold inner punctuation (node.js, CI/CD, R&D, don't,
# on-call) and end in + or # (C++, C#).
_WORD = re.compile(r"[^\W_][\w'.&/+#-]*[\w+#]|[^\W_]")  # typographic apostrophes are normalised first
_PIECE = re.compile(r"[^\W_][\w'.&+#]*[\w+#]|[^\W_]")  # a word split at hyphens and slashes, for skills
_SENTENCE_END = frozenset(".!?:\n•*·")
_OPENERS = frozenset("\"'“‘([{")  # noqa: RUF001 - typographic quotes are what people type
_IGNORED = frozenset({"i", "i'm", "i've", "i'd", "i'll"})
_PHRASE_GAP = re.compile(r"[ \t]+|-|/")  # "machine learning", "machine-learning"; not "machine - learning"
_DIGIT = re.compile(r"[0-9]")  # what may stand between the words of a multi-word skill


def _fold(word: str) -> str:
    """Case-insensitive form that survives capitalisation: dotless i and I, sharp s and SS fold alike."""
    return word.casefold() if word.isascii() else word.upper().casefold()


@cache
def _stem(word: str) -> str:
    """A light, deterministic stemmer: plurals, possessives and -ed/-ing endings, nothing more."""
    w = _strip_possessive(_fold(word))
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":  # shipped → shipp → ship
        w = w[:-1]
    return w.rstrip("e") if len(w) > 3 else w


def _opens_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and (text[i] in " \t" or text[i] in _OPENERS):
        i -= 1
    if i < 0 or text[i] in _SENTENCE_END:
        return True
    if text[i] not in "-+":
        return False
    j = i - 1  # a "- " or "+ " bullet opening its line
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


def _strip_possessive(word: str) -> str:
    if word.endswith(("'s", "\u2019s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "\u2019")) else word


def _word_claim(word: str, opening: bool) -> Claim | None:
    """The claim a single word makes, if any (skills are found separately)."""
    bare = _strip_possessive(word)
    if not bare or bare.casefold() in _IGNORED:
        return None
    if _DIGIT.search(bare):
        return ("id", _fold(bare))  # Q3, EC2, p95, OAuth2, v3.11, JIRA-1234
    if len(bare) > 2 and bare[-1] == "s" and bare[:-1].isupper():
        bare = bare[:-1]  # the plural of an acronym: APIs, PRs
    tail = bare[1:]
    if bare.isupper() and sum(c.isalpha() for c in bare) >= 2:
        return ("word", _stem(bare))  # acronym: AWS, SQL, CI/CD
    if tail != tail.lower():
        return ("word", _stem(bare))  # mixed case: GraphQL, iOS, eBay, JavaScript, APIs
    if bare[0].isupper() and not opening:
        folded = bare.casefold()
        if folded in _MONTH_NAMES:
            return ("month", str(_MONTHS[folded]))
        return ("word", _stem(bare))  # a capitalised word inside a sentence: a proper noun
    return None


@dataclass(frozen=True, slots=True)
class _Skill:
    canonical: str
    pieces: tuple[str, ...]  # stems
    case_sensitive: bool  # "Go", "Rust", "React": only when written with a capital


@cache
def _skills() -> dict[str, tuple[_Skill, ...]]:
    """skills.txt, indexed by the stem of each term's first word; longest terms first."""
    index: dict[str, list[_Skill]] = {}
    for raw in SKILLS_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        names = [n.strip() for n in line.split("|") if n.strip()]
        canonical = names[0].casefold()
        for name in names:
            pieces = tuple(_stem(p) for p in _PIECE.findall(name))
            if pieces:
                skill = _Skill(canonical, pieces, any(c.isupper() for c in name))
                index.setdefault(pieces[0], []).append(skill)
    return {k: tuple(sorted(v, key=lambda s: -len(s.pieces))) for k, v in index.items()}


def _skill_matches(text: str, *, every: bool) -> list[tuple[int, int, str]]:
    """Skill terms in the text as (start, end, canonical). `every`: all terms at every position, ignoring
    case (what a source supports); otherwise the longest terms without overlap (what a statement claims)."""
    index = _skills()
    pieces = list(_PIECE.finditer(text))
    stems = [_stem(m.group()) for m in pieces]
    found: list[tuple[int, int, str]] = []
    i, count = 0, len(pieces)
    while i < count:
        advance = 1
        for skill in index.get(stems[i], ()):
            n = len(skill.pieces)
            if i + n > count or stems[i : i + n] != list(skill.pieces):
                continue
            if n > 1 and not all(
                _PHRASE_GAP.fullmatch(text, pieces[k - 1].end(), pieces[k].start()) for k in range(i + 1, i + n)
            ):
                continue
            if skill.case_sensitive and not every and not pieces[i].group()[:1].isupper():
                continue
            found.append((pieces[i].start(), pieces[i + n - 1].end(), skill.canonical))
            if not every:
                advance = n
                break
        i += advance
    return found


# ---------------------------------------------------------------------------------------------------------
# Words of scale, multipliers and fractions


def _fraction_keys(numerator: int, denominator: int) -> tuple[Claim, ...]:
    """A fraction and the percentages that say the same (a third: 33, 33.3, 33.33 %)."""
    percent = Decimal(100 * numerator) / Decimal(denominator)
    spellings = {_canon(percent.quantize(Decimal(q))) for q in ("1", "0.1", "0.01")}
    spellings.add(_canon(Decimal(int(percent))))
    keys: list[Claim] = [("frac", f"{numerator}/{denominator}")]
    keys.extend(("unit", "%", p) for p in sorted(spellings))
    if (numerator, denominator) == (1, 2):
        keys.append(("mult", "0.5"))  # "halved" says the same as "half"
    return tuple(keys)  # a statement's "a third" is supported by "33%"; an entry's "third" vouches for no "33%"


def _multiplier_keys(value: str) -> tuple[Claim, ...]:
    if value == "0.5":
        return (("mult", value), *_fraction_keys(1, 2))
    return (("mult", value), ("unit", "x", value))  # "doubled" is "2x"


def _size_claim(
    words: Sequence[re.Match[str]], i: int, text: str, *, strict: bool
) -> tuple[int, tuple[Claim, ...]] | None:
    """(where the claim starts, its keys) for a word of scale, a multiplier or a fraction at words[i].
    `strict` (a statement): only the uses that state a size; otherwise (a cited text) every use, so that
    whatever a statement quotes of its entry is supported."""
    word = words[i].group().casefold()
    if word in _SCALES:
        return words[i].start(), (("scale", word),)
    if word in _MULTIPLIERS:
        if strict and word.startswith("doubl") and _next_word(words, i, text) == "down":
            return None  # "doubled down on testing"
        return words[i].start(), _multiplier_keys(_MULTIPLIERS[word])
    if word in _HYPHENATED_FRACTIONS:
        return words[i].start(), _fraction_keys(*_HYPHENATED_FRACTIONS[word])
    denominator = _FRACTIONS[word]
    before = words[i - 1].group().casefold() if i > 0 else ""
    numerator = _NUMERATORS.get(before)
    if word == "half":
        if strict and before in _NOT_HALF:
            return None
        return words[i].start(), _fraction_keys(1, 2)
    if not strict:
        return words[i].start(), _fraction_keys(numerator or 1, denominator)
    # "a third of the tests", "cut costs by a quarter."; not "a third release", "the third quarter",
    # "once a quarter", "over three quarters" (periods).
    after = _next_word(words, i, text)
    plural = word.endswith("s")
    if numerator is None or (after != "of" if plural else after not in (None, "of")):
        return None  # a plural needs its "of": "three quarters" alone is nine months
    if plural == (numerator == 1):  # "a thirds", "two third": not a fraction as written
        return None
    if i > 1 and words[i - 2].group().casefold() in _FREQUENCY:
        return None
    return words[i - 1].start(), _fraction_keys(numerator, denominator)


def _next_word(words: Sequence[re.Match[str]], i: int, text: str) -> str | None:
    """The next word when only spaces separate it from words[i] (the clause goes on), else None."""
    if i + 1 >= len(words) or text[words[i].end() : words[i + 1].start()].strip(" \t"):
        return None
    return words[i + 1].group().casefold()


def _scale_support(biggest: Decimal) -> Iterator[Claim]:
    return (("scale", w) for w, least in _SCALES.items() if least <= biggest)


# ---------------------------------------------------------------------------------------------------------
# Support of a cited text, and the check


def _normalise(text: str) -> str:
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text)
    return text.replace("’", "'").replace("‘", "'").replace("\u2212", "-")  # noqa: RUF001


@lru_cache(maxsize=8192)
def _support(text: str) -> frozenset[Claim]:
    """Everything a cited text can vouch for."""
    text = _normalise(text)
    support: set[Claim] = set()
    numbers = text
    quantities = _every_quantity(text)
    for q in quantities:
        for claim in q.claims:
            support.update(_date_projections(claim) if claim[0] == "date" else (claim,))
        support.update(q.values)
        if q.numeric_date:  # 2024-03-05 does not vouch for a "3" or a "5"
            numbers = numbers[: q.start] + " " * (q.end - q.start) + numbers[q.end :]
    for raw in _RAW_NUMBER.findall(numbers):
        support.add(("num", _canon(Decimal(raw.replace(",", "")))))
    biggest = Decimal(0)  # the largest size the text states, for words of scale: a figure, not a year or a p99
    for q in quantities:
        sizes = (c for c in q.claims if c[0] in ("money", "num") or (c[0] == "unit" and c[1] not in ("%", "x")))
        if not _YEAR_LIKE.fullmatch(q.surface):
            biggest = max([biggest, *(Decimal(c[-1]) for c in sizes)])
    words = _WORD.findall(text)
    folded = {_fold(_strip_possessive(w)) for w in words}
    support.update(("id", w) for w in folded)
    support.update(("word", _stem(w)) for w in words)
    support.update(("word", _stem(w[:-1])) for w in words if len(w) > 2 and w[-1] == "s" and w[:-1].isupper())
    support.update(("word", _stem(p)) for w in words if "-" in w or "/" in w for p in _PIECE.findall(w))
    support.update(("month", str(_MONTHS[w])) for w in folded & _MONTHS.keys())
    support.update(("num", str(_NUMBER_WORDS[w])) for w in folded & _NUMBER_WORDS.keys())
    biggest = max([biggest, *(Decimal(_NUMBER_WORDS[w]) for w in folded & _NUMBER_WORDS.keys())])
    if not _SIZE_WORDS.isdisjoint(folded):
        matches = list(_WORD.finditer(text))
        for i, m in enumerate(matches):
            if m.group().casefold() in _SIZE_WORDS and (size := _size_claim(matches, i, text, strict=False)):
                # words vouch for words only: "the third quarter" must not vouch for a "25%" or a "33%"
                support.update(k for k in size[1] if k[0] in _WORD_SIZES)
        biggest = max([biggest, *(Decimal(_SCALES[w]) for w in folded & _SCALES.keys())])
    support.update(_scale_support(biggest))
    support.update(("skill", canonical) for _, _, canonical in _skill_matches(text, every=True))
    return frozenset(support)


def _claims(text: str) -> list[tuple[str, tuple[Claim, ...]]]:
    """The statement's claims in reading order: (surface text, the keys any one of which supports it)."""
    text = _normalise(text)
    spans: list[tuple[int, str, tuple[Claim, ...]]] = []
    quantity = bytearray(len(text))  # characters read as part of a quantity or date
    skill = bytearray(len(text))  # characters read as part of a skill term
    for q in _quantities(text):
        spans.append((q.start, q.surface, tuple(q.claims)))
        quantity[q.start : q.end] = b"\x01" * (q.end - q.start)
    for start, end, canonical in _skill_matches(text, every=False):
        if quantity.find(1, start, end) < 0:
            spans.append((start, text[start:end], (("skill", canonical),)))
            skill[start:end] = b"\x01" * (end - start)
    words = list(_WORD.finditer(text))
    numerators: set[int] = set()  # where a fraction's number word ("two thirds") stands
    for i, m in enumerate(words):
        word = m.group()
        has_digit = _DIGIT.search(word) is not None
        if not has_digit and word.casefold() in _SIZE_WORDS:
            if quantity.find(1, m.start(), m.end()) < 0 and (size := _size_claim(words, i, text, strict=True)):
                spans.append((size[0], text[size[0] : m.end()], size[1]))
                if size[0] != m.start():
                    numerators.add(size[0])
            continue
        if word.islower() and not has_digit:
            continue  # most words: nothing to prove
        if quantity.find(1, m.start(), m.end()) >= 0 or (not has_digit and skill.find(1, m.start(), m.end()) >= 0):
            continue  # already read; but JIRA-1234 is an identifier even though "JIRA" is a skill
        claim = _word_claim(word, _opens_sentence(text, m.start()))
        if claim is not None:
            spans.append((m.start(), word, (claim,)))
    spans.sort(key=lambda s: s[0])
    # the number word of "two thirds" is the fraction's, not a count of its own
    return [(surface, keys) for start, surface, keys in spans if start not in numerators or keys[0][0] == "frac"]


def check_statement(text: str, cited_texts: Sequence[str]) -> CheckResult:
    """Passed when every claim of `text` is supported by at least one of `cited_texts`; a statement
    that cites nothing is flagged (with all of its claims as unsupported)."""
    supports = [_support(t) for t in cited_texts]
    unsupported: list[str] = []
    for surface, keys in _claims(text):
        if not any(key in s for s in supports for key in keys) and surface not in unsupported:
            unsupported.append(surface)
    if not supports or unsupported:
        return CheckResult("flagged", tuple(unsupported))
    return CheckResult("passed", ())


def skill_terms(text: str) -> tuple[str, ...]:
    """The skill terms of skills.txt a text names, as written there, in order and without repeats."""
    text = _normalise(text)
    seen: dict[str, str] = {}
    for start, end, canonical in _skill_matches(text, every=False):
        seen.setdefault(canonical, text[start:end])
    return tuple(seen.values())
