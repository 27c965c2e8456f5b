"""Which lines of an article can hold a stance: the sentence-level filter before the parser.

An article that concerns a race still spends most of its lines on other things: the summit's agenda, the
candidate's career, the alliance's budget. A stance needs a stance word ("back", "veto", "undecided", "bid",
"pull out", "every ally except"), so a line without one cannot state a stance. ``focus`` keeps the lines that
have one (*anchors*), and the context the components read around them:

- the line before each anchor (a pronoun's antecedent, a question before an answer), and the line after it
  when the anchor quotes someone (the attribution may follow) or the line could matter (it is short, like a
  post's signature line, or names someone, or holds a quote);
- the article's first line (the lede, whose dateline dates the story) and, in an interview, every line
  before the first question (where the interviewee is named), and in one set out without "Q:" labels, every
  question;
- every line that uses a name (a capitalised word, not a common one) that an anchor uses: where "Tsahkna" is
  introduced as "Estonian Foreign Minister Margus Tsahkna", where "him" last named the candidate;
- every line that names a tracked office, a title of one or a body that fills one (a stance's office can come
  from the article's other lines).

Runs of kept lines are copied exactly (with the whitespace between them); runs are joined by a blank line. The
result maps each offset back to the original text, so evidence offsets point into the article as stored. Where
the filter would keep most of an article anyway, it keeps all of it. ``tests/test_prefilter.py`` holds the
filtered path to the same stances and claims as the unfiltered one on every gold corpus.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from ..reference import Reference
from .attribution import LOOKBACK, interview_questions
from .claims import _ALL_EXCEPT, _COUNT, _HOLDOUT, _OUTCOME

# Irregular forms of the lexicon's verbs (``_inflections`` makes the regular ones: backs, backed, backing).
_IRREGULAR = {
    "run": ("ran",),
    "stand": ("stood",),
    "seek": ("sought",),
    "withdraw": ("withdrew", "withdrawn"),
    "give": ("gave", "given"),
    "throw": ("threw", "thrown"),
    "choose": ("chose", "chosen"),
    "bid": ("bade",),
    "lead": ("led",),
}
# A capitalised word: a name (of a person, place or body) unless it is a common word starting a sentence.
_NAME = re.compile(r"(?<![\w-])[A-ZÀ-Þ][\w-]*[a-zà-ÿ][\w-]*")
_NOT_NAMES = frozenset(
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday".split()
)
_QUESTION = re.compile(r"(?m)^Q:")
# a line that runs on into the next one: it ends inside a sentence (a word or a comma) and the next line goes on
# in lower case ("...said on\nTuesday" is not caught, "...the\nalliance" is)
_WRAPPED = re.compile(r"[\w,;]\n[ \t]*[a-z]")
# Keep everything when the anchors and their context already cover this share of the lines.
_WORTH_IT = 0.8


@dataclass(frozen=True, slots=True)
class Focus:
    """The kept text and, for each run of kept lines, where it starts in ``text`` and in the original."""

    text: str
    starts: tuple[int, ...]  # run starts in ``text``
    origins: tuple[int, ...]  # the same runs' starts in the original
    whole: bool  # nothing was left out

    def to_original(self, offset: int) -> int:
        if self.whole:
            return offset
        run = bisect.bisect_right(self.starts, offset) - 1
        return self.origins[max(run, 0)] + offset - self.starts[max(run, 0)]


_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Cues:
    """Every word or phrase that can make a line state a stance or claim. A set of word forms and one pattern
    of phrases: much faster than one alternation of hundreds of words (Python's ``re`` tries them in turn)."""

    words: frozenset[str]  # lower case
    phrases: re.Pattern[str]  # lower case, for lower-cased text

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Does ``text[pos:endpos]`` hold a cue?"""
        segment = text[pos:endpos].lower()
        return any(w in self.words for w in _WORD.findall(segment)) or self.phrases.search(segment) is not None

    def fullmatch(self, text: str) -> bool:
        return text.lower() in self.words or self.phrases.fullmatch(text.lower()) is not None


def cue_pattern(reference: Reference) -> Cues:
    """The cues for a reference's stance lexicon and the claim finder's patterns.

    The words are the lexicon's stance verbs, nouns and adjectives in all their inflections. Verbs that only
    end or reverse something ("ended his bid", "dropped its objection") are not cues themselves: what they end
    or reverse (a bid, an objection) is."""
    lexicon = reference.stance_lexicon
    forms: set[str] = set()
    # aggregate claims and outcomes: the claim finder's own patterns ("every ally except", "28 of 32 allies")
    phrases: list[str] = [p.pattern for p in (_ALL_EXCEPT, _HOLDOUT, _COUNT, _OUTCOME)]
    for key, entry in lexicon.items():
        if not isinstance(entry, dict) or key in ("confidence", "negated"):
            continue
        for part in ("verbs", "nouns", "adjectives"):
            for word in entry.get(part, []):
                forms.update(_inflections(word.lower()))
        phrases.extend(entry.get("phrases", []))
    forms.update(misspellings(lexicon.get("misspellable", ())))
    # Matched against lower-cased text, so without re.I (four times faster: the patterns are lower case). The
    # phrases that start at a word boundary share one leading \b: elsewhere in a line the whole alternation then
    # fails in one step instead of trying each phrase in turn (twice as fast on news text). A lexicon phrase is one
    # unit (no top-level "|"), so its own leading \b may go.
    bounded = [p[2:] for p in phrases if p.startswith(r"\b")]
    other = [p for p in phrases if not p.startswith(r"\b")]
    pattern = r"\b(?:" + "|".join(f"(?:{p})" for p in bounded) + ")"
    return Cues(words=frozenset(forms), phrases=re.compile("|".join([pattern, *(f"(?:{p})" for p in other)])))


def misspellings(words: Iterable[str]) -> dict[str, str]:
    """The forms of ``words`` typed with one letter dropped or two neighbours swapped ("suport", "oposes",
    "endrose"), each to its word: only forms of six letters or more, whose slips are no English words."""
    words = list(words)
    correct = {form for word in words for form in _inflections(word)}
    out: dict[str, str] = {}
    for word in words:
        for form in sorted(_inflections(word)):
            if len(form) < 6:
                continue
            for i in range(len(form)):
                out.setdefault(form[:i] + form[i + 1 :], word)
            for i in range(len(form) - 1):
                out.setdefault(form[:i] + form[i + 1] + form[i] + form[i + 2 :], word)
    return {slip: word for slip, word in out.items() if slip not in correct}


def _inflections(word: str) -> set[str]:
    """A word's regular and irregular inflections (over-generating is harmless: it only keeps a line)."""
    out = {word, word + "s", word + "es", word + "d", word + "ed", word + "ing", *_IRREGULAR.get(word, ())}
    if word.endswith("e"):
        out.add(word[:-1] + "ing")
    if word.endswith("y"):
        out.update({word[:-1] + "ies", word[:-1] + "ied"})
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", word):  # bid → bidding, run → running
        out.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each unit the filter keeps or leaves out, its newline excluded: a line, or where the
    text's paragraphs run over several lines (hard-wrapped text), a paragraph, so a sentence is never cut."""
    separator = r"\n" if not _WRAPPED.search(text) else r"\n[ \t]*\n"
    out = []
    start = 0
    for m in re.finditer(separator, text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def focus(text: str, cues: Cues, names_an_office: Callable[[str], bool] = lambda line: False) -> Focus:
    """The lines of ``text`` worth parsing: those that match ``cues``, with their context (see above), and
    every line for which ``names_an_office`` is true (a stance's office may come from any of them)."""
    lines = _lines(text)
    content = [i for i, (s, e) in enumerate(lines) if text[s:e].strip()]
    anchors = [i for i in content if cues.search(text, lines[i][0], lines[i][1])]
    if not anchors:
        return Focus(text=text, starts=(0,), origins=(0,), whole=True)
    keep: set[int] = {i for i in content if names_an_office(text[lines[i][0] : lines[i][1]])}
    position = {line: k for k, line in enumerate(content)}
    for i in anchors:
        k = position[i]
        keep.update(content[max(k - LOOKBACK, 0) : k + 1])  # the lines before: a pronoun's antecedent, a question
        quoted = _has_quote(text[lines[i][0] : lines[i][1]])  # the attribution may follow the quote
        for j in content[k + 1 : k + 2]:
            if quoted or _context(text[lines[j][0] : lines[j][1]]):
                keep.add(j)
    # the lede (the dateline dates the story), and an interview's introduction (it names the interviewee)
    keep.add(content[0])
    question = _QUESTION.search(text)
    if question is not None:
        keep.update(i for i in content if lines[i][1] <= question.start())
    else:
        # an interview set out without labels (questions on lines of their own, after "we spoke to X"): its
        # introduction and every question, which tell the answers from the rest (see attribution)
        asked = interview_questions(text)
        if asked:
            starts = {m.start() for m in asked}
            keep.update(i for i in content if lines[i][1] <= asked[0].start() or lines[i][0] in starts)
    # every line that uses a name an anchor uses (where a person is introduced; a pronoun's antecedent)
    names = {name for i in anchors for name in _names(text[lines[i][0] : lines[i][1]])}
    if names:
        named = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names))) + r")(?![\w-])")
        keep.update(i for i in content if named.search(text, lines[i][0], lines[i][1]))
    if len(keep) >= _WORTH_IT * len(content):
        return Focus(text=text, starts=(0,), origins=(0,), whole=True)
    return _assemble(text, lines, sorted(keep))


def _context(line: str) -> bool:
    """Can the line after an anchor matter to it? It can name someone, hold or close a quote, or be short (a
    post's signature, a question, a dateline)."""
    return len(line) <= 100 or bool(_names(line)) or _has_quote(line)


def _has_quote(line: str) -> bool:
    return any(q in line for q in '"“”«»')


def _names(line: str) -> set[str]:
    return {w for m in _NAME.finditer(line) if (w := m.group(0)) not in _NOT_NAMES and w.lower() not in STOP_WORDS}


def _assemble(text: str, lines: list[tuple[int, int]], kept: Iterable[int]) -> Focus:
    runs: list[list[int]] = []
    for i in kept:
        # a run goes on over blank lines between kept lines
        if runs and all(not text[lines[j][0] : lines[j][1]].strip() for j in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    parts: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    at = 0
    for run in runs:
        if parts:
            parts.append("\n\n")
            at += 2
        s, e = lines[run[0]][0], lines[run[-1]][1]
        starts.append(at)
        origins.append(s)
        parts.append(text[s:e])
        at += e - s
    return Focus(text="".join(parts), starts=tuple(starts), origins=tuple(origins), whole=False)


__all__ = ["Cues", "Focus", "cue_pattern", "focus"]
