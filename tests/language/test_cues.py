"""Tagging: cue matching, intensity, barriers, cue-set validation, and the
evaluation sets in tests/data/tagging (dev was used for tuning; heldout and
heldout2 were never tuned on)."""

import json

import pytest

from shared.language.cues import (
    Cue,
    CueMatcher,
    CueSetError,
    Tags,
    extract_intensity,
    has_barrier,
    normalise,
    parse_cue_option,
    parse_cue_set,
    tag,
)
from tests.support.paths import TESTS
from tests.support.tagging import evaluate, evaluate_by_kind, load_cue_sets, read_jsonl

DATA = TESTS / "data" / "tagging"
SETS = ("dev", "heldout", "heldout2")
CUE_SETS = load_cue_sets(DATA / "cue_sets.json")

WORK = [
    Cue("tight chest before the meeting", ("standup", "all hands")),
    Cue("rereading emails before sending", ("checking the email again",)),
    Cue("foreman yelling at me", ("shouting at me",)),
    Cue("scrolling in bed", ("doomscrolling",)),
]
MATCHER = CueMatcher(WORK)


# --- evaluation sets ------------------------------------------------------


@pytest.mark.parametrize("name", SETS)
def test_evaluation_set_meets_the_targets(name: str) -> None:
    scores = evaluate(read_jsonl(DATA / f"{name}.jsonl"), CUE_SETS)
    detail = "\n".join(scores.errors)
    assert scores.total >= 60
    assert scores.f1 >= 0.95, detail
    assert scores.precision >= 0.97, detail
    assert scores.intensity_accuracy >= 0.90, detail
    assert scores.barrier_recall >= 0.80, detail
    assert scores.barrier_accuracy >= 0.90, detail
    assert scores.crisis_found == scores.crisis_expected, detail
    assert scores.crisis_false_alarms == 0, detail


def test_plain_writing_set_meets_the_targets() -> None:
    """Contractions, tenses, key words alone, plurals, short-word typos, synonyms,
    voice notes (heldout3, never tuned on), and near-misses that must not match."""
    rows = read_jsonl(DATA / "heldout3.jsonl")
    scores, kinds = evaluate_by_kind(rows, load_cue_sets(DATA / "cue_sets3.json"))
    detail = "\n".join(scores.errors)
    assert scores.total >= 80 and kinds["near_miss"].total >= 20
    assert scores.f1 >= 0.95, detail
    assert scores.precision >= 0.97, detail
    assert kinds["near_miss"].false_pos == 0, detail
    for kind, got in kinds.items():
        if kind != "near_miss":
            assert got.recall >= 0.8, (kind, detail)


def test_evaluation_rows_are_well_formed() -> None:
    for name in SETS:
        for row in read_jsonl(DATA / f"{name}.jsonl"):
            labels = [cue.label for cue in CUE_SETS[row["cue_set"]]]
            assert set(row["cues"]) <= set(labels), row["text"]
            assert row["intensity"] is None or 0 <= row["intensity"] <= 10


# --- cue matching ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chest got tight before standup", ["tight chest before the meeting"]),
        ("TIGHT CHEST before the MEETING!!!", ["tight chest before the meeting"]),
        ("tightness in my chest before the meetings", ["tight chest before the meeting"]),
        ("chest tight b4 the meating 😩😩", ["tight chest before the meeting"]),
        ("forman was yelling again", ["foreman yelling at me"]),
        ("forman yellin at me", ["foreman yelling at me"]),
        ("the foreman kept shouting at me", ["foreman yelling at me"]),
        ("doom scrolling till 2", ["scrolling in bed"]),
        ("chest went tight at stand-up", ["tight chest before the meeting"]),
        ("in bed scrolling again", ["scrolling in bed"]),
        ("checked the email again and again", ["rereading emails before sending"]),
        (
            "standup then the foreman yelling",
            ["tight chest before the meeting", "foreman yelling at me"],
        ),
    ],
)
def test_it_matches_cues_the_way_clients_write_them(text: str, expected: list[str]) -> None:
    assert list(MATCHER.match(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the meeting went fine",  # one of three content words
        "went to bed early",  # "bed" alone is not scrolling in bed
        "the foreman was off sick",  # the label's two words are both needed
        "chess club before work",  # short words get no typo tolerance
        "at the in on a",  # stopwords never match
        "couldn't handle it all",  # "hand" is not a prefix of "handle" here
        "",
    ],
)
def test_it_does_not_match_on_a_stray_word(text: str) -> None:
    assert MATCHER.match(text) == ()


def test_accents_are_ignored_on_both_sides() -> None:
    matcher = CueMatcher([Cue("café small talk"), Cue("Zoë's texts")])
    assert matcher.match("small talk at the cafe") == ("café small talk",)
    assert matcher.match("zoes texts again") == ("Zoë's texts",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#foreman 7/10", "foreman yelling at me"),
        ("#tight-chest again", "tight chest before the meeting"),
        ("#tightchest", "tight chest before the meeting"),
        ("#scrolling_in_bed", "scrolling in bed"),
        ("#Doomscrolling", "scrolling in bed"),
    ],
)
def test_an_explicit_hashtag_tags_its_cue(text: str, expected: str) -> None:
    assert MATCHER.match(text) == (expected,)


def test_unknown_hashtag_tags_nothing() -> None:
    assert MATCHER.match("#grateful for today") == ()


def test_matches_come_back_in_the_cue_set_order() -> None:
    text = "scrolling in bed after the foreman yelling and a tight chest before the meeting"
    assert MATCHER.match(text) == (
        "tight chest before the meeting",
        "foreman yelling at me",
        "scrolling in bed",
    )


def test_normalise_strips_case_accents_emoji_and_punctuation() -> None:
    assert normalise("Café—TIGHT chest!!! 😩\u200b\tdon’t") == "cafe tight chest dont"


# --- intensity ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7/10", 7),
        ("it was 7 / 10 tbh", 7),
        ("7 out of 10", 7),
        ("seven out of ten", 7),
        ("Eight out of Ten!", 8),
        ("like a 6", 6),
        ("about a 4 tonight", 4),
        ("maybe a 5ish", 5),
        ("like an 8.", 8),
        ("intensity 5", 5),
        ("intensity: 5", 5),
        ("Intensity was 3", 3),
        ("chest tight, 8/10 in the meeting", 8),
        ("0/10 stress 😎", 0),
        ("10/10 awful", 10),
        ("mirror checking after gym, 6", 6),
        ("#tight-chest 6", 6),
        ("jaw clenching, 6/10, did the breathing and it dropped to a 3", 6),
        ("honestly a 9 today", 9),
        ("a solid 7", 7),
        ("6-7/10", 7),
        ("8 outta 10", 8),
        ("anxiety at a 4 before bed", 4),
    ],
)
def test_it_reads_each_intensity_form(text: str, expected: int) -> None:
    assert extract_intensity(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "reread it 5 times",
        "meeting at 9am",
        "my 2 kids",
        "3 meetings back to back",
        "a 10 minute walk",
        "24/7 anxiety",
        "moved to 3/4",
        "call me on 07700 900123",
        "11/10 rage",
        "took a 2 hour nap",
        "at 7:45 we left",
        "count to 10 next time",
        "the 5 4 3 2 1 thing",
        "my kids are 2 and 5",
        "on 5/10/2024 it happened",
        "slept great, 8 hours",
        "got a 5 on the test",
        "",
    ],
)
def test_it_never_reads_counts_times_or_dates_as_intensity(text: str) -> None:
    assert extract_intensity(text) is None


# --- barriers -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "didn't do the breathing",
        "did not do it",
        "couldn't get to it",
        "could not find the time",
        "can't make myself do it",
        "forgot the breathing",
        "what got in the way was work",
        "no time today",
        "too tired",
        "wasn't able to go",
        "skipped the practice",
        "never got to it",
        "not able to try it",
        "didnt do the pause",
        "couldnt do it",
        "cant face it... no, cant do it",
        "didn’t do it",  # curly apostrophe
        "too scared to try",
        "didn't feel like it",
        "ran out of time",
        "didn't get round to it",
    ],
)
def test_it_flags_each_barrier_form(text: str) -> None:
    assert has_barrier(text)


@pytest.mark.parametrize(
    "text",
    [
        "can't stop thinking about it",
        "I didn't expect it to help but it did",
        "couldn't breathe on the platform",
        "cant fall asleep",
        "I didn't yell!!",
        "skipped lunch again",
        "did the breathing and it helped",
        "nothing this week",
        "finished it in no time",
        "her chair wasn't there",
        "it was too good to be true",
    ],
)
def test_it_does_not_flag_symptoms_or_successes_as_barriers(text: str) -> None:
    assert not has_barrier(text)


# --- tag() ----------------------------------------------------------------


def test_tag_gives_everything_at_once() -> None:
    tags = tag("chest tight before standup, 7/10, didnt do the breathing", MATCHER)
    assert tags == Tags(("tight chest before the meeting",), 7, True, False)
    assert tags.as_dict() == {
        "cues": ["tight chest before the meeting"],
        "intensity": 7,
        "barrier": True,
        "crisis": False,
        "why": [
            {
                "cue": "tight chest before the meeting",
                "by": "label",
                "source": "tight chest before the meeting",
                "words": [["tight", "tight", "word"], ["chest", "chest", "word"]],
                "score": 0.67,
            }
        ],
    }
    assert json.loads(json.dumps(tags.as_dict())) == tags.as_dict()


def test_tag_accepts_a_plain_cue_list() -> None:
    assert tag("forman yelling", WORK).cues == ("foreman yelling at me",)


def test_tag_flags_crisis_language() -> None:
    assert tag("I want to die", WORK).crisis is True


def test_nothing_this_week_is_a_plain_noticing() -> None:
    assert tag("nothing this week", WORK) == Tags((), None, False, False)


# --- cue sets -------------------------------------------------------------


def test_parse_cue_set_reads_labels_and_optional_phrases() -> None:
    data = [{"label": " tight chest ", "phrases": ["standup"]}, {"label": "jaw"}]
    assert parse_cue_set(data) == [Cue("tight chest", ("standup",)), Cue("jaw")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"label": "x"}, "cue set must be a JSON array of cues"),
        (["x"], "cue 1: must be an object with a 'label'"),
        ([{"label": "a"}, {"label": ""}], "cue 2: 'label' must be a non-empty string"),
        ([{"label": "a"}, {"phrases": []}], "cue 2: 'label' must be a non-empty string"),
        ([{"label": 3}], "cue 1: 'label' must be a non-empty string"),
        ([{"label": "a", "phrases": "b"}], "cue 1: 'phrases' must be a list of strings"),
        ([{"label": "a", "phrases": ["b", ""]}], "cue 1: phrase 2 must be a non-empty string"),
        ([{"label": "a", "colour": "red"}], "cue 1: unknown field(s) colour"),
        ([{"label": "Jaw"}, {"label": "jaw"}], "cue 2: duplicate label"),
    ],
)
def test_parse_cue_set_explains_what_is_wrong(data: object, message: str) -> None:
    with pytest.raises(CueSetError) as error:
        parse_cue_set(data)
    assert str(error.value) == message


def test_parse_cue_option_splits_label_and_phrases() -> None:
    assert parse_cue_option("tight chest|standup| all hands ") == Cue(
        "tight chest", ("standup", "all hands")
    )
    assert parse_cue_option("jaw clenching") == Cue("jaw clenching")


@pytest.mark.parametrize("value", ["", "  ", "|standup", "tight chest||standup"])
def test_parse_cue_option_rejects_empty_parts(value: str) -> None:
    with pytest.raises(CueSetError):
        parse_cue_option(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("maybe 7ish", 7),
        ("7 on the scale", 7),
        ("it was a 3ish", 3),
        ("leaving at 9ish", None),
        ("home by 6ish", None),
    ],
)
def test_hedged_ratings_without_a_scale(text: str, expected: int | None) -> None:
    assert extract_intensity(text) == expected


def test_no_chance_is_a_barrier() -> None:
    assert has_barrier("had no chance, meetings back to back")


# --- how people really write ------------------------------------------------

REAL_WRITING = [
    Cue("the spiral before bed", ("overthinking at night",)),
    Cue("freezing up in meetings"),
    Cue("doom scrolling"),
    Cue("tight chest before standup"),
    Cue("foreman yelling at me"),
    Cue("mum's empty chair"),
    Cue("guilt about the hospital", ("should have been there",)),
]
REAL_MATCHER = CueMatcher(REAL_WRITING)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("froze in the budget meeting", "freezing up in meetings"),
        ("totally frozen in my 1:1 meeting", "freezing up in meetings"),
        ("spiralled hard last night", "the spiral before bed"),
        ("started to spiral around 11", "the spiral before bed"),
        ("doomscrolling til 2", "doom scrolling"),
        ("doom-scrolled for an hour", "doom scrolling"),
        ("tigth chset before the standup", "tight chest before standup"),
        ("forman yelled at me again", "foreman yelling at me"),
        ("sat in moms chair, it was empty", "mum's empty chair"),
        ("i shouldve been there", "guilt about the hospital"),
    ],
)
def test_inflections_compounds_typos_and_dropped_apostrophes(text: str, expected: str) -> None:
    assert REAL_MATCHER.match(text) == (expected,)


@pytest.mark.parametrize(
    "text",
    [
        "freezing cold on the walk in today",
        "the foreman was alright today",
        "my chest is fine",
        "went to bed early, slept well",
    ],
)
def test_a_cue_word_in_another_moment_does_not_tag(text: str) -> None:
    assert REAL_MATCHER.match(text) == ()


# --- voice transcripts ---------------------------------------------------------


@pytest.mark.parametrize(
    ("transcript", "cue_set", "expected"),
    [
        ("the four men were yelling at me on site", "foreman_anger", ["foreman yelling at me"]),
        ("I raided the pan tree after dinner", "eating", ["grazing after dinner"]),
        ("I was snaking at night in front of the telly", "eating", ["grazing after dinner"]),
        (
            "the all hans went on and my chest got tight",
            "work_anxiety",
            ["tight chest before the meeting"],
        ),
        ("I was dooms crawling in bed until two", "sleep", ["scrolling in bed"]),
        ("I started to spy roll about eleven", "evening", ["the spiral before bed"]),
    ],
)
def test_spoken_mode_hears_through_mishearings(
    transcript: str, cue_set: str, expected: list[str]
) -> None:
    cues = CUE_SETS[cue_set]
    assert list(tag(transcript, cues, spoken=True).cues) == expected


@pytest.mark.parametrize(
    ("transcript", "cue_set"),
    [
        ("I raided the pan tree after dinner", "eating"),
        ("I started to spy roll about eleven", "evening"),
    ],
)
def test_written_mode_does_not_guess_at_sounds(transcript: str, cue_set: str) -> None:
    assert tag(transcript, CUE_SETS[cue_set]).cues == ()


@pytest.mark.parametrize(
    ("transcript", "cue_set"),
    [
        ("we had a nice day at the beach with the kids", "parent"),
        ("I went for a walk around the block after tea", "foreman_anger"),
        ("slept right through, no problems", "sleep"),
        ("I like a good jest at work", "foreman_anger"),
        ("the man at the door", "foreman_anger"),
    ],
)
def test_spoken_mode_invents_no_cue(transcript: str, cue_set: str) -> None:
    assert tag(transcript, CUE_SETS[cue_set], spoken=True).cues == ()


def test_spoken_set_is_tagged_with_full_precision() -> None:
    scores = evaluate(read_jsonl(DATA / "spoken.jsonl"), CUE_SETS, spoken=True)
    assert scores.precision == 1.0, scores.errors
    assert scores.recall >= 0.85, scores.errors


@pytest.mark.parametrize("name", SETS[1:])
def test_spoken_mode_keeps_precision_on_written_sets(name: str) -> None:
    scores = evaluate(read_jsonl(DATA / f"{name}.jsonl"), CUE_SETS, spoken=True)
    assert scores.precision >= 0.97, scores.errors


# --- linear time: each of these bodies took seconds (the '#' one 30 s) before ---


@pytest.mark.parametrize("unit", ["#", "#a", "a 5 ", "dont want to die ", "7ish, "])
def test_a_20000_character_pathological_body_is_tagged(unit: str) -> None:
    body = (unit * 20_000)[:20_000]
    tags = tag(body + " tight chest before the meeting 6/10", WORK)
    assert tags.cues == ("tight chest before the meeting",)
    assert tags.crisis is False
