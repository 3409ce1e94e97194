"""WordNet in the cue matcher: checked bytes, lemmas, synonyms, and the reasons a tag carries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shared.language.cues import Cue, CueMatcher, tag
from shared.language.cues import wordnet as wordnet_module
from shared.language.cues.wordnet import PINNED_SHA256, WordNet, WordNetUnavailable

FAMILY = [Cue("calling my brother"), Cue("dad going silent", ("the silent treatment",))]

needs_wordnet = pytest.mark.skipif(
    wordnet_module.wordnet() is None, reason="wordnet-base is not installed (make system-deps)"
)


@needs_wordnet
def test_a_synonym_of_the_cues_word_tags_it_and_says_so() -> None:
    tags = tag("rang my brother twice, no answer", CueMatcher(FAMILY))
    assert tags.cues == ("calling my brother",)
    why = tags.why_for("calling my brother")
    assert why is not None and why.by == "label"
    assert ("calling", "rang", "synonym") in {
        (e.cue_word, e.text_word, e.how) for e in why.evidence
    }
    assert "a synonym of “calling”" in why.describe()


@needs_wordnet
def test_synonyms_alone_never_tag_a_cue() -> None:
    # "phoned" is a synonym of "calling", but nothing of the brother is there.
    assert tag("phoned the dentist about friday", CueMatcher(FAMILY)).cues == ()


@needs_wordnet
def test_lemmas_come_from_the_exception_lists_and_the_rules() -> None:
    data = wordnet_module.wordnet()
    assert data is not None
    assert "hide" in data.base_forms("hid")
    assert "skip" in data.base_forms("skipped")
    assert "fail" in data.related("failure").forms


def test_data_that_differs_from_the_pinned_bytes_is_refused(tmp_path: Path) -> None:
    source = Path(wordnet_module.DEFAULT_DIR)
    if not all((source / name).exists() for name in PINNED_SHA256):
        pytest.skip("wordnet-base is not installed")
    for name in PINNED_SHA256:
        shutil.copy(source / name, tmp_path / name)
    with open(tmp_path / "data.verb", "r+b") as handle:
        handle.seek(5000)
        byte = handle.read(1)
        handle.seek(5000)
        handle.write(bytes([byte[0] ^ 1]))
    with pytest.raises(WordNetUnavailable, match=r"data\.verb"):
        WordNet(tmp_path)


def test_without_wordnet_the_matcher_reads_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An empty directory: nothing to check, so no synonyms; cue words still match.
    monkeypatch.setenv("CARRYBACK_WORDNET_DIR", str(tmp_path))
    monkeypatch.setattr(wordnet_module, "_LOADED", {})
    wordnet_module.forget()
    try:
        matcher = CueMatcher(FAMILY)
        assert tag("rang my brother twice", matcher).cues == ()
        assert tag("calling my brother tonight", matcher).cues == ("calling my brother",)
    finally:
        wordnet_module.forget()


def test_a_word_a_recogniser_half_heard_counts_only_in_a_voice_note_beside_a_cue_word() -> None:
    matcher = CueMatcher([Cue("jaw clenching", ("grinding my teeth",)), Cue("skipping lunch")])
    text = "I was clenching my jar the whole drive home"
    assert tag(text, matcher, spoken=True).cues == ("jaw clenching",)
    assert tag(text, matcher).cues == ()  # typed, "jar" is a jar
    assert tag("the jar was empty", matcher, spoken=True).cues == ()  # nothing heard as written
    why = tag(text, matcher, spoken=True).why_for("jaw clenching")
    assert ("jaw", "jar", "sound") in {(e.cue_word, e.text_word, e.how) for e in why.evidence}
