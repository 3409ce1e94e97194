"""Cheap first looks at a sentence: which word starts it holds, found in one scan."""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]

from shared.language.crisis.english_net import word_starts


def top_level_branches(alternation: str) -> list[str]:
    """The top-level branches of ``a|b(c|d)|e``: ["a", "b(c|d)", "e"]."""
    branches, depth, start, index = [], 0, 0, 0
    while index < len(alternation):
        char = alternation[index]
        if char == "\\":
            index += 1  # an escaped character is never a bracket or a bar
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(alternation[start:index])
            start = index + 1
        index += 1
    return [*branches, alternation[start:]]


def starts_scan(*alternations: str) -> str:
    """One pattern for a first look at a sentence: does it hold any of these starts?

    Plain word starts are factored into one tree (a flat alternation of a few
    hundred words is tried word by word at every position, and a long message
    paid for that on every look); the few starts written as patterns ("ya se",
    "dan[aeo]") are kept beside it. No ``\\b`` in front: a start found inside a
    word only runs the rules, which still read whole words, and without it the
    scan skips every position whose letter starts none of the words.
    """
    branches = [branch for each in alternations for branch in top_level_branches(each)]
    literal = [branch for branch in branches if branch.isalpha() and branch.isascii()]
    patterned = list(dict.fromkeys(branch for branch in branches if branch not in literal))
    tree = word_starts(dict.fromkeys(literal))
    # One flat alternation whose every branch opens with a letter: the scan then
    # skips each position whose letter opens none of them (a nested group first
    # would make it try the whole tree at every position).
    if tree.startswith("(?:"):
        tree = tree[3:-1]
    return "(?:" + "|".join([tree, *patterned]) + ")"


def _opening(items: list) -> tuple[set[str] | None, bool]:
    """What ``items`` can start with, and whether they can match without a character."""
    letters: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "ASSERT" and arg[0] == 1:
            # A look ahead must match where the pattern starts: it gives the first character.
            ahead, ahead_empty = _opening(list(arg[1]))
            if ahead is not None and not ahead_empty:
                return letters | ahead, False
            continue
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: the next item gives the first character
        if name == "LITERAL":
            return letters | {chr(arg)}, False
        if name == "IN":
            for kind, value in arg:
                if str(kind) == "LITERAL":
                    letters.add(chr(value))
                elif str(kind) == "RANGE":
                    letters.update(chr(code) for code in range(value[0], value[1] + 1))
                else:
                    return None, False
            return letters, False
        if name in ("SUBPATTERN", "BRANCH", "MAX_REPEAT", "MIN_REPEAT"):
            if name == "SUBPATTERN":
                branches, optional = [arg[-1]], False
            elif name == "BRANCH":
                branches, optional = arg[1], False
            else:
                branches, optional = [arg[2]], arg[0] == 0
            empty = optional
            for branch in branches:
                inner, inner_empty = _opening(list(branch))
                if inner is None:
                    return None, False
                letters |= inner
                empty = empty or inner_empty
            if not empty:
                return letters, False
            continue  # it may match nothing: what follows may come first
        return None, False
    return letters, True


def first_letter_first(pattern: str) -> str:
    """The pattern behind a look at its first character: a message position whose
    character starts none of its words is left after one test, not after every word."""
    letters, may_be_empty = _opening(list(_parser.parse(pattern)))
    # A pattern that may match nothing matches wherever it is tried: no first look.
    if not letters or may_be_empty:
        return pattern
    return (
        "(?=[" + "".join(sorted(re.escape(letter) for letter in letters)) + "])(?:" + pattern + ")"
    )
