"""Cheap first looks at a sentence: which word starts it holds, found in one scan."""

from __future__ import annotations

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
