"""Right-to-left words in a left-to-right report: Arabic names in visual order.

reportlab shapes each word with HarfBuzz, which joins the letters of an Arabic word and
lays them right to left; the order of the words is still the reading order. This puts a
run of right-to-left words (with the neutral words between them) in visual order, the
word-level part of the Unicode bidirectional algorithm that names and short labels need.
"""

from __future__ import annotations

import unicodedata

_RTL_CLASSES = frozenset({"R", "AL"})
_LTR_CLASSES = frozenset({"L"})
_TRAILING = ",;:.!?)"


def _direction(word: str) -> str | None:
    """"R" for a word whose first strong letter is right to left, "L" for left to right,
    None for a word without a strong letter (digits, punctuation)."""
    for char in word:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return "R"
        if kind in _LTR_CLASSES:
            return "L"
    return None


def has_rtl(text: str) -> bool:
    """Whether the text holds any right-to-left letter."""
    return any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text)


def visual_order(text: str) -> str:
    """The text with each run of right-to-left words reversed (word order only: the
    letters of each word are laid out by the shaper). Left-to-right text comes back as is."""
    if not has_rtl(text):
        return text
    words = text.split(" ")
    directions = [_direction(w) for w in words]
    out: list[str] = []
    i = 0
    while i < len(words):
        if directions[i] != "R":
            out.append(words[i])
            i += 1
            continue
        # A run: right-to-left words and the neutral words between them.
        j = i
        last_rtl = i
        while j < len(words) and directions[j] != "L":
            if directions[j] == "R":
                last_rtl = j
            j += 1
        run = words[i : last_rtl + 1]
        # Punctuation after the run ("القاهرة, Paris") belongs to the left-to-right
        # text that follows: it goes to the right of the reversed run, not inside it.
        last = run[-1]
        core = last.rstrip(_TRAILING)
        tail = last[len(core):]
        run[-1] = core
        out.extend(reversed(run))
        if tail:  # its own word: the shaper would put it back at the word's left
            out.append(tail)
        i = last_rtl + 1
    return " ".join(out)
