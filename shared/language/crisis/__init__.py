"""Crisis triage: a deterministic, conservative check run on every noticing.

Every message is read in English and in Spanish, whatever language the client
usually writes in: a Spanish speaker in crisis may write in Spanish to an
English-speaking practice. Each language has its own lexicon (rules and the
guards that read them) and the same defences.

Regexes over text read through :mod:`shared.language.text` (look-alike letters from
other alphabets, full-width forms and invisible characters cannot hide a
word; accents are dropped, so "suicidarme" and "suicídarme" are one word),
with guards for the everyday hyperbole clients use ("this traffic is killing
me", "dying to see it", "me muero de risa"), explicit negation ("I'm not
suicidal", "no quiero morir") and other people as the subject ("mum wanted to
die at home", "mi abuela quería morir en casa"). A guard only reaches within
its own clause: "Nope. Going to end it tonight" is not negated by the "Nope".
Words spelled out ("k i l l", "m a t a r m e", "s.u.i.c.i.d.a.l"), stretched
("kiiill") or with digits for letters ("k1ll", "m4t4rme") are read a second
time with those disguises removed. When a statement about the client's own
life or safety is clear, it is flagged: a false alert costs the clinician a
minute, a miss costs far more.

Every pattern and guard looks at a bounded window around a match, so triage
is linear in the length of the message.

Where no rule matched and none read its words as benign, a linear model trained on
every labelled text in the repository reads the message as a whole
(:mod:`shared.language.crisis.model`): a second reading for crises said in words
no rule names. It never overrules a rule.

The result carries a category and the language of the rule that matched,
never client text, so it is safe to log.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from shared.language.crisis import model
from shared.language.crisis.answers import (
    AINT_BEFORE,
    AN_EVENT_BEFORE,
    AT_WORK_AFTER,
    AT_WORK_BEFORE,
    BARE_ANSWER_AFTER,
    CLEAN_IN_PAST_BEFORE,
    DONE_ANYWAY_AFTER,
    DURATION_BEFORE,
    FORM_ANSWER_TAKEN_BACK,
    FORM_ITEM_AFTER,
    FORM_ITEM_BEFORE,
    FORM_ITEM_NEXT,
    FORM_NONE_AFTER_EN,
    FORM_NONE_BEFORE_EN,
    FORM_NONE_BEFORE_ES,
    FORM_NONE_UNLESS_AFTER_ES,
    FREE_AFTER,
    IF_A_GAME,
    INSTEAD_BEFORE,
    INVERTED_QUESTION_BEFORE,
    JOKING,
    LIE_ADMITTED,
    ME_AFTER,
    MORE_AFTER,
    NEVER_THOUGHT_BEFORE_ES,
    NEVER_THOUGHT_UNLESS_AFTER_ES,
    NO_REASON_LEFT,
    NONE_UNLESS_AFTER,
    NOT_BACK_AFTER,
    NOT_WELL,
    OTHERS_LOSS_BEFORE,
    OWN_AFTER,
    PAST_AFTER,
    PAST_BEFORE,
    PAST_LATER,
    POPULATION_AFTER,
    POPULATION_BEFORE,
    RECOVERED_NOW,
    RELAPSE_AFTER,
    SEEN_WRONG_AFTER,
    SERIOUS_STAKES,
    SOFT_DENIAL_SENTENCE,
    SOMEONE_SAYS,
    SOMEONE_WITH_BEFORE,
    TOPIC_BEFORE,
    TOPIC_OWN_AFTER,
    WISH_ENDS_AFTER,
    ZERO_OR_NONE_BEFORE,
)
from shared.language.crisis.arranged import put_off_to_a_day
from shared.language.crisis.english import ENGLISH_LEXICON
from shared.language.crisis.means import names_means
from shared.language.crisis.respell import respelt
from shared.language.crisis.rules import (  # noqa: F401 (the package's public names)
    ENGLISH,
    OVERDOSE,
    SELF_HARM,
    SPANISH,
    SUICIDAL_IDEATION,
    CrisisSignal,
    Lexicon,
    Rule,
)
from shared.language.crisis.short import short_crisis
from shared.language.crisis.spanish import SPANISH_LEXICON
from shared.language.crisis.spanish_at_hand import saved_then_taken
from shared.language.crisis.spanish_words import SOFT_NEGATION_BEFORE_ES
from shared.language.crisis.spelled import (
    is_a_word,
    likeliest_reading,
    run_together,
    spelled_apart,
)
from shared.language.text import fold, looks_disguised, single_letters, undisguise, unmask

# How far a guard looks either side of a match, in characters of normalised text.
_WINDOW = 80

# A sentence ends here; a guard never reaches past it. "¿" and "¡" open one.
_REPEATED_LETTER = re.compile(r"([a-z])\1+")
_SENTENCE_END = re.compile(r"[.!?;\n\r¿¡]+|\s[-–—]+\s|[-–—]{2,}")
_NON_WORD = re.compile(r"[^0-9a-z,]+")


@dataclass(frozen=True)
class _Compiled:
    category: str
    pattern: re.Pattern[str]
    benign_after: re.Pattern[str] | None
    benign_before: re.Pattern[str] | None
    negatable: bool
    other_subject_guard: bool
    hyperbole_prone: bool
    needs: re.Pattern[str] | None
    net: bool


class _Ruleset:
    """One language's rules and guards compiled for one reading of the text.

    The disguised reading squeezes every repeated letter to one ("kill" ->
    "kil") in the text, so its patterns are squeezed the same way.
    """

    def __init__(self, lexicon: Lexicon, squeeze: bool) -> None:
        def compiled(source: str) -> re.Pattern[str]:
            # Letters only: a letter after a backslash is an escape, kept whole.
            return re.compile(_squeeze_pattern(source) if squeeze else source)

        def guard(source: str) -> re.Pattern[str]:
            return re.compile(_squeeze_guard(source) if squeeze else source)

        def optional(source: str | None) -> re.Pattern[str] | None:
            return compiled(source) if source else None

        def optional_guard(source: str | None) -> re.Pattern[str] | None:
            return guard(source) if source else None

        self.language = lexicon.language
        self.triggers = compiled(lexicon.triggers)
        self.negation_before = guard(lexicon.negation_before)
        self.none_of_before = guard(lexicon.none_of_before)
        self.other_subject_before = guard(lexicon.other_subject_before)
        self.over_now_after = guard(lexicon.over_now_after)
        self.clause_break = compiled(lexicon.clause_break)
        self.trivial_cause = optional_guard(lexicon.trivial_cause)
        self.earnest = optional(lexicon.earnest)
        self.farewell = optional(lexicon.farewell)

        # The disguised reading squeezes the kinds' group names too ("afection").
        def kinds(names: frozenset[str]) -> frozenset[str]:
            return frozenset(_REPEATED_LETTER.sub(r"\1", n) if squeeze else n for n in names)

        self.lesser_kinds = kinds(lexicon.lesser_kinds)
        self.courtesy_kinds = kinds(lexicon.courtesy_kinds)
        self.asked_or_past_before = optional_guard(lexicon.asked_or_past_before)
        self.answered_no_after = optional_guard(lexicon.answered_no_after)
        self.denial_sentence = optional_guard(lexicon.denial_sentence)
        self.trifle_before = optional_guard(lexicon.trifle_before)
        # One compiled pattern for every rule that shares the same words needed.
        needs = {rule.needs: optional(rule.needs) for rule in lexicon.rules}
        # Needs that name single word starts are read on the sentence's distinct
        # words: a long body repeating a few words is then scanned once, not per rule.
        self.word_only = {
            pattern for source, pattern in needs.items() if source and _names_words_only(source)
        }
        # Needs that a single word answers are looked up word by word, each word's answer kept:
        # a sentence then reaches only the rules whose needs it meets, instead of every rule
        # asking in turn (300 short distinct sentences took 74 ms that way). Needs are known by
        # number: hashing or comparing a compiled pattern walks its whole program every time.
        number = {pattern: n for n, pattern in enumerate(p for p in needs.values() if p)}
        self.per_word = tuple(
            (number[pattern], pattern)
            for source, pattern in needs.items()
            if source and pattern in self.word_only and _within_one_word(source)
        )
        per_word = {pattern for _n, pattern in self.per_word}
        # (number, pattern, read on the distinct words rather than the sentence)
        self.per_sentence = tuple(
            (number[pattern], pattern, pattern in self.word_only)
            for source, pattern in needs.items()
            if source and pattern not in per_word
        )
        # needs_in_message reads a message as one run of words: a look-behind there could
        # see the sentence before and miss a need its own sentence meets.
        behind = [p.pattern for _n, p, _w in self.per_sentence if "(?<" in p.pattern]
        if behind:
            raise ValueError(f"a need read on whole sentences looks behind: {behind[0][:80]}")
        self._word_needs: dict[str, frozenset[int]] = {}
        self._rules_met: dict[frozenset[int], tuple[int, ...]] = {}
        self.rules = tuple(
            _Compiled(
                rule.category,
                compiled(rule.pattern),
                optional_guard(rule.benign_after),
                optional_guard(rule.benign_before),
                rule.negatable,
                rule.other_subject_guard,
                rule.hyperbole_prone,
                needs[rule.needs],
                rule.net,
            )
            for rule in lexicon.rules
            if rule.read_disguised or not squeeze
        )
        self.always = tuple(index for index, rule in enumerate(self.rules) if rule.needs is None)
        self.rules_needing: dict[int, tuple[int, ...]] = {}
        for index, rule in enumerate(self.rules):
            if rule.needs is not None:
                n = number[rule.needs]
                self.rules_needing[n] = (*self.rules_needing.get(n, ()), index)

    def needs_in_message(self, folded: str) -> tuple[tuple[int, re.Pattern[str], bool], ...]:
        """The needs read on whole sentences that the message meets anywhere: one look at
        the message spares each of its sentences a look for the others."""
        # Every sentence's words stand in this text side by side, as in the sentence,
        # so a need a sentence meets is met here too (needs have no look-behind).
        words = " " + " ".join(_NON_WORD.sub(" ", folded.replace(",", " ")).split()) + " "
        vocabulary = " " + " ".join(dict.fromkeys(words.split())) + " "
        return tuple(
            need for need in self.per_sentence if need[1].search(vocabulary if need[2] else words)
        )

    def rules_for(
        self, sentence: _Sentence, needs: tuple[tuple[int, re.Pattern[str], bool], ...]
    ) -> tuple[int, ...]:
        """The indices, in order, of the rules whose needed words the sentence has;
        ``needs`` are the whole-sentence needs worth a look (:meth:`needs_in_message`)."""
        met: set[int] = set()
        for word in set(sentence.text.split()):
            met |= self._needs_of_word(word)
        for n, pattern, on_words in needs:
            if pattern.search(sentence.vocabulary if on_words else sentence.text):
                met.add(n)
        key = frozenset(met)
        ordered = self._rules_met.get(key)
        if ordered is None:
            indices = [i for n in met for i in self.rules_needing.get(n, ())]
            ordered = tuple(sorted((*self.always, *indices)))
            if len(self._rules_met) < _WORDS_REMEMBERED:
                self._rules_met[key] = ordered
        return ordered

    def _needs_of_word(self, word: str) -> frozenset[int]:
        found = self._word_needs.get(word)
        if found is None:
            padded = f" {word} "
            found = frozenset(n for n, pattern in self.per_word if pattern.search(padded))
            if len(self._word_needs) < _WORDS_REMEMBERED:
                self._word_needs[word] = found
        return found

    def guarded(
        self,
        rule: _Compiled,
        before: str,
        after: str,
        answer: str | None,
        following: str = "",
        taken_back: bool = True,
        recovered_later: bool = False,
        past_later: bool = False,
        shape: str = "",
        head: str = "",
        soft: bool = False,
        lie_later: bool = False,
        closing: str = "",
        parted: bool = False,
    ) -> str | None:
        """How the clause before a match, or the words after it, make it benign: a
        denial, a past wish answered no, or someone else (:data:`_DENIED`), which speaks
        for the whole message; a use of the words that is no crisis (:data:`_BENIGN`:
        an idiom, a purpose, a story), which speaks for its sentence; or None.

        ``answer`` is the rest of the match's clause up to a comma, or None when the next
        sentence is a denial and nothing else (see ``answered_no``); ``following`` is the
        next sentence with words, which a bare "no" must not be followed by;
        ``taken_back`` is True when a later sentence may take a form's answer back;
        ``recovered_later`` when a later sentence says the client is well now, and
        ``past_later`` when one puts what was said in the past ("Eso fue hace años.");
        ``shape`` holds "?" when the sentence was a question, ":" when it has a colon;
        ``head`` is the whole sentence before the match, past its clause; ``soft`` is True
        when the next sentence answers no softly (``SOFT_DENIAL_SENTENCE``); ``lie_later``
        is True when the client says later that a denial was a lie (``LIE_ADMITTED``), and
        then no denial excuses the words; ``closing`` is the whole sentence after them;
        ``parted`` is True when a comma follows the words straight away."""
        verdict = self.done_with(before, after, following, taken_back)
        if verdict:
            return verdict
        # The rest of the sentence and the next, past the clause: "en clase hablaron del
        # suicidio y yo solo pienso en hacerlo" is the client's own.
        rest = f"{closing} {following}"
        if (
            _TOPIC_BEFORE.search(before)
            or _POPULATION_BEFORE.search(before)
            or _POPULATION_AFTER.search(after)
        ) and not _TOPIC_OWN_AFTER.search(rest):
            return _BENIGN
        if _SOMEONE_WITH_BEFORE.search(before):
            return _BENIGN
        if (
            _AT_WORK_BEFORE.search(before)
            or (_AN_EVENT_BEFORE.search(before) and _AT_WORK_AFTER.search(after))
        ) and not _ME_AFTER.search(f"{after} {following}"):
            return _BENIGN
        if (
            rule.other_subject_guard
            and not taken_back
            and _OTHERS_LOSS_BEFORE.search(before)
            and not _OWN_AFTER.search(f"{after} {following}")
        ):
            return _BENIGN
        if lie_later:
            # Every denial below is said to be a lie.
            return None
        if (
            rule.negatable
            and self.language == SPANISH
            and _SOFT_NEGATION_BEFORE_ES.search(before)
            and not _MORE_AFTER.search(after)
            and not _BUT_AFTER.search(after)
        ):
            # "ni ganas de hacerme daño", "ningún pensamiento de muerte": its sentence only.
            return _BENIGN
        if (
            rule.negatable
            and not taken_back
            and _ZERO_OR_NONE_BEFORE.search(before)
            and not _NONE_UNLESS_AFTER.search(after)
        ):
            return _BENIGN
        if not taken_back and _NOT_BACK_AFTER.search(after):
            return _BENIGN
        if rule.category == SUICIDAL_IDEATION and self.over_now_after.search(after):
            return _DENIED
        if (
            rule.category == SUICIDAL_IDEATION
            and self.language == SPANISH
            and _NO_MORE_AFTER_ES.search(after)
            and (_A_PAST_WISH_BEFORE_ES.search(before) or _A_TIME_GONE_AFTER_ES.search(after))
        ):
            # "quería matarme el año pasado, ya no más": a wish gone by, over. After a wish
            # said now, "ya no más" is "enough" ("quiero matarme, ya no más").
            return _DENIED
        if self.answered_no(before, answer):
            if not soft:
                return _DENIED
            if _WISH_ENDS_AFTER.search(after):
                # Softly: its sentence only, and the model reads the rest.
                return _BENIGN
        if self.answered_bare_no(before, after, following):
            return _BENIGN
        if not taken_back and self.form_item_answered_no(before, after, answer, following, shape):
            return _BENIGN
        well_now = (
            recovered_later or _RECOVERED_NOW.search(after) or _SEEN_WRONG_AFTER.search(after)
        )
        if well_now and not taken_back and (past_later or self.in_the_past(head or before, after)):
            # "Hace un año estaba internada por intento de suicidio. Hoy me gradué y estoy
            # bien.": a time gone by, and the client well now. Its sentence only: the model
            # still reads what follows.
            return _BENIGN
        if (
            rule.negatable
            and not _MORE_AFTER.search(after)
            and (self.negation_before.search(before) or self.none_of_before.search(before))
        ):
            # Not "i've never wanted to die more".
            return _DENIED
        if rule.other_subject_guard and self.other_subject_before.search(before):
            return _DENIED
        if rule.benign_before and rule.benign_before.search(before):
            return _BENIGN
        if self.language == SPANISH and parted and _THINKING_HOW_BEFORE_ES.search(before):
            # "pensando en cómo matarme, limpiando oficinas": a way thought of, and what the
            # client was doing after a comma, is no "me mato limpiando" (effort); "planeando
            # cómo matarme estudiando para el final jaja" is.
            return None
        return _BENIGN if rule.benign_after and rule.benign_after.search(after) else None

    def answered_no(self, before: str, answer: str | None) -> bool:
        """True when a question or a past wish ("asked if i want to hurt myself", "i
        used to want to die") is answered no: in its clause ("and i said no,"), or by
        the whole next sentence ("Not anymore.", given as ``answer`` None)."""
        if self.asked_or_past_before is None or not self.asked_or_past_before.search(before):
            return False
        if answer is None:
            return True
        return bool(self.answered_no_after and self.answered_no_after.search(answer))

    def answered_bare_no(self, before: str, after: str, following: str) -> bool:
        """True when a question or a past wish is answered by "no" alone, its sentence
        ends there or with a courtesy ("me preguntó si he pensado en matarme: no,
        doctora"), and the message ends there too or goes on only to deny again: a
        next sentence may take the answer back ("...: no. Ya lo tengo planeado."). Not
        a question whose "no" is the crisis ("asked if anything stops me: no")."""
        if self.asked_or_past_before is None or not self.asked_or_past_before.search(before):
            return False
        if following and not self.denies(following):
            return False
        return not _INVERTED_QUESTION_BEFORE.search(before) and bool(
            _BARE_ANSWER_AFTER.search(after)
        )

    @staticmethod
    def done_with(before: str, after: str, following: str, taken_back: bool) -> str | None:
        """How a wish is done with (:data:`_DONE_WITH`): a form's item answered none, a
        skill used instead, weeks clean of it, never thought of; its sentence only, and
        not when what follows takes it back or says it happened again."""
        for done in _DONE_WITH:
            if not done.before.search(before):
                continue
            read = after if done.must_match else f"{after} {following}"
            if bool(done.after.search(read)) != done.must_match:
                continue
            if done.later_takes_back and taken_back:
                continue
            if done.may_relapse and (
                _RELAPSE_AFTER.search(f"{after} {following}") or _CLEAN_IN_PAST.search(before)
            ):
                continue
            return _BENIGN
        return None

    def in_the_past(self, before: str, after: str) -> bool:
        """True when the words are put in a time gone by, before them or right after."""
        asked_or_past = self.asked_or_past_before
        if _REGRET_BEFORE.search(before):
            return False  # "should have killed myself a long time ago": regretted now
        return bool(
            (asked_or_past is not None and asked_or_past.search(before))
            or _PAST_BEFORE.search(before)
            or _PAST_AFTER.search(after)
        )

    def form_item_answered_no(
        self, before: str, after: str, answer: str | None, following: str, shape: str
    ) -> bool:
        """True when the crisis words are a form's item ("Ideas de muerte: 0.",
        "Suicidal? No.") answered no in their sentence or by the whole next one, and
        what follows is another item or nothing. Benign for its sentence only."""
        if not (_FORM_ITEM_BEFORE.search(before) and _FORM_ITEM_AFTER.search(after)):
            return False
        if answer is None:
            # Asked, and answered by the next sentence: "Suicidal? No."
            return "?" in shape
        if ":" not in shape:
            # Answered in its own sentence only after a colon: "no me despertara nunca" is
            # the wish itself.
            return False
        if following and not (self.denies(following) or _FORM_ITEM_NEXT.search(following)):
            return False
        return not _INVERTED_QUESTION_BEFORE.search(before) and bool(
            _BARE_ANSWER_AFTER.search(after)
        )

    def denies(self, sentence: str) -> bool:
        """True when a whole sentence is a denial and nothing else ("honestly, no, never")."""
        # A denial is a few words: a longer sentence is not read at all.
        if self.denial_sentence is None or not sentence or len(sentence) > _LONGEST_DENIAL:
            return False
        return bool(self.denial_sentence.search(sentence))

    def put_up_with(self, before: str, sentence: str, folded: str) -> bool:
        """True when the clause before a match names a trifle put up with once more
        ("if i have to sit through one more zoom", "si me vuelven a poner reguetón") and
        nothing else in the message makes it earnest ("... pero de verdad ya decidí").
        The trifle's own sentence is not read for that: its "kill myself" is the joke."""
        if self.trifle_before is None or not self.trifle_before.search(before):
            return False
        rest = folded.replace(sentence, " ", 1)
        return not (self.earnest and self.earnest.search(rest))

    def about_a_mishap(self, sentence: str, folded: str) -> bool:
        """True when the wish's own sentence names a trivial mishap and nothing in the
        message makes it earnest. A mishap in another sentence excuses nothing: "i want
        to die. my mic was on when i cried" is a wish, and then a reason."""
        if self.trivial_cause is None or not self.trivial_cause.search(sentence):
            return False
        return not (self.earnest and self.earnest.search(folded))

    def says_goodbye(self, folded: str, excused: _Excused) -> bool:
        """True when the message holds two different kinds of goodbye that weigh enough
        together (:attr:`Lexicon.lesser_kinds`, :attr:`Lexicon.courtesy_kinds`)."""
        if self.farewell is None:
            return False
        kinds = {_SAME_KIND.get(m.lastgroup, m.lastgroup) for m in self.farewell.finditer(folded)}
        if None in kinds:  # a plain reason for the goodbyes: a move, a trip, a wedding
            excused.whole = True
            return False
        weighty = kinds - self.lesser_kinds
        return (
            len(weighty) >= 2
            or (len(kinds - self.courtesy_kinds) >= 2 and bool(weighty - self.courtesy_kinds))
            # Three lesser kinds (the clauses above read any weightier one): "Guardé el
            # cordel en la barbacoa. Ya está decidido. Ya no quiero seguir así."
            or len(kinds - self.courtesy_kinds) >= 3
        )

    def first_signal(self, folded: str, excused: _Excused) -> CrisisSignal | None:
        # A message repeating itself repeats its contexts: each is judged once.
        judged: dict[
            tuple[int, str, str, int, str, bool, bool, bool, str, str, bool, bool, str, bool],
            str | None,
        ] = {}
        # A sentence's verdict depends only on its own words, the next sentence's (a denial
        # and nothing else answers it) and the whole message (the same for all): a sentence
        # already read before the same next one is not read again ("ok. ok. ok." x 600
        # took 115 ms).
        seen: set[tuple[str, str]] = set()
        parts = _SENTENCE_END.split(folded)
        # What ended each sentence: a question's "?" makes a form's item of it.
        stops = _SENTENCE_END.findall(folded)
        # A message repeating itself repeats its sentences: each is normalised once.
        normalised: dict[str, str] = {}
        sentences = [
            normalised.get(part) or normalised.setdefault(part, " ".join(part.split()))
            for part in parts
        ]
        # A few different sentences look for their needs themselves; many gain from one
        # look at the message first.
        few = len(normalised) <= _FEW_SENTENCES
        needs = self.per_sentence if few else self.needs_in_message(folded)
        # For each sentence, whether a later one may take a form's answer back: worked out
        # when a match first asks.
        taken_later: list[bool] | None = None
        recovered: list[bool] = []
        past: list[bool] = []
        last_said: list[bool] | None = None
        for position, (part, words, following) in enumerate(
            zip(parts, sentences, _next_with_words(sentences), strict=True)
        ):
            if (words, following) in seen:
                continue
            seen.add((words, following))
            if not self.triggers.search(part):
                continue
            denied_next = self.denies(following)
            # Softly only when that answer ends the message: "That's behind me. Now I'm just
            # going to do it." goes on.
            soft = not denied_next and _softly_denies(following)
            if soft:
                if last_said is None:
                    last_said = _next_ends_the_message(sentences)
                soft = last_said[position]
            sentence = _Sentence(part, self.clause_break)
            # Read once a sentence, and only when a wish people exaggerate is found in it.
            mishap: bool | None = None
            # Where a specific rule matched and was found benign: the net leaves it so.
            benign_spans: list[tuple[int, int]] = []
            for index in self.rules_for(sentence, needs):
                rule = self.rules[index]
                for match in rule.pattern.finditer(sentence.text):
                    if rule.net and _overlaps(match.span(), benign_spans):
                        continue
                    before, after = sentence.around(match)
                    if self.put_up_with(before, part, folded):
                        # A trifle put up with once more is no crisis, but it excuses
                        # nothing else: the model still reads the message as a whole.
                        continue
                    # Answered in its own clause ("and i said no,"), or by the next sentence
                    # (-1): where the clause's comma falls is all the answer adds to the key.
                    reach = -1 if denied_next or soft else sentence.comma_reach(match.end())
                    if taken_later is None:
                        # Each later sentence with the one after it: "¿Ganas de vivir?
                        # Ninguna." is one answer.
                        pairs = [
                            f"{one} {two}"
                            for one, two in zip(sentences, _next_with_words(sentences), strict=True)
                        ]
                        taken_later = _said_later(pairs, _FORM_ANSWER_TAKEN_BACK)
                        recovered = _said_later(sentences, _RECOVERED_NOW)
                        past = _said_later(sentences, _PAST_LATER)
                    taken_back = taken_later[position]
                    well_now = recovered[position]
                    past_later = past[position]
                    # "no, no pienso hacerme daño... bueno mentira, sí lo pienso": the denial
                    # said to be a lie, later in its sentence or after it.
                    lie_later = _admits_a_lie(after) or _admits_a_lie(following)
                    shape = ("?" if position < len(stops) and "?" in stops[position] else "") + (
                        ":" if ":" in part else ""
                    )
                    head = sentence.text[: match.start()] if well_now else ""
                    closing = sentence.text[match.end() :]
                    parted = match.end() + 1 in sentence.commas
                    key = (
                        index, before, after, reach, following, taken_back, well_now, past_later,
                        shape, head, soft, lie_later, closing, parted,
                    )  # fmt: skip
                    if key not in judged:
                        answer = None if denied_next or soft else after[:reach]
                        judged[key] = self.guarded(
                            rule, before, after, answer, following, taken_back, well_now,
                            past_later, shape, head, soft, lie_later, closing, parted,
                        )  # fmt: skip
                    if judged[key]:
                        excused.note(judged[key], part)
                        if not rule.net:
                            bisect.insort(benign_spans, match.span())
                        continue
                    if rule.hyperbole_prone and mishap is None:
                        mishap = self.about_a_mishap(part, folded)
                    if _joke_on_a_game(part) and not _MEANT_NOW.search(following):
                        # "si pierde el América me tiro por la ventana jajaja": its
                        # sentence only; the model reads the rest.
                        excused.note(_BENIGN, part)
                        continue
                    if not (rule.hyperbole_prone and mishap):
                        return CrisisSignal(rule.category, self.language)
                    excused.note(_BENIGN, part)
        if self.says_goodbye(folded, excused):
            return CrisisSignal(SUICIDAL_IDEATION, self.language)
        return None


# Up to this many different sentences, each looks for the needs read on whole
# sentences itself (see needs_in_message).
_FEW_SENTENCES = 8

# No rule's match is longer than this: only spans starting this close are looked at.
_LONGEST_MATCH = 400


# "honestly, no, never, thank god": longer than any sentence a denial pattern accepts.
_LONGEST_DENIAL = 60


def _next_ends_the_message(sentences: list[str]) -> list[bool]:
    """For each sentence, True when the next one with words is the last with words, or
    only courtesies follow it ("Wanted to tell you.", "Gracias.")."""
    ends = [False] * len(sentences)
    later = 0  # sentences with words after the one looked at
    for index in range(len(sentences) - 1, -1, -1):
        ends[index] = later == 1
        if later < 2 and sentences[index] and not _COURTESY_ONLY.search(sentences[index]):
            later += 1
    return ends


def _softly_denies(sentence: str) -> bool:
    """True when a whole next sentence answers no softly: "That's long gone."."""
    return (
        bool(sentence)
        and len(sentence) <= _LONGEST_DENIAL
        and bool(_SOFT_DENIAL_SENTENCE.search(sentence))
    )


def _joke_on_a_game(sentence: str) -> bool:
    """True when a sentence laughs at what it says and hangs it on a game or a song ("si
    pierde el América me tiro por la ventana jajaja")."""
    return bool(
        _IF_A_GAME.search(sentence)
        and _JOKED_LAST.search(sentence)
        and not _MEANT_NOW.search(sentence)
        and not _SERIOUS_STAKES.search(sentence)
    )


def _admits_a_lie(words: str) -> bool:
    """True when ``words`` (the rest of a denial's sentence, or the next sentence) say the
    denial was a lie: "bueno mentira, sí lo pienso", "that's a lie, I am". Not a lie
    someone else is said to have told about anything ("Mum says I never call, that's a
    lie")."""
    # Said soon after the denial: a long message is read only this far for it, and only
    # when one of its words is there (every sentence of a long message asks).
    words = words[:_LIE_REACH]
    if not _LIE_HINT.search(words):
        return False
    lie = _LIE_ADMITTED.search(words)
    return lie is not None and not _SOMEONE_SAYS.search(words, 0, lie.start())


def _said_later(sentences: list[str], pattern: re.Pattern[str]) -> list[bool]:
    """For each sentence, True when a later one says ``pattern``."""
    later = [False] * len(sentences)
    seen_later = False
    for index in range(len(sentences) - 1, -1, -1):
        later[index] = seen_later
        seen_later = seen_later or bool(pattern.search(sentences[index]))
    return later


def _next_with_words(sentences: list[str]) -> list[str]:
    """For each sentence, the next one that has words in it ("" when none follows)."""
    following = [""] * len(sentences)
    ahead = ""
    for index in range(len(sentences) - 1, -1, -1):
        following[index] = ahead
        if sentences[index]:
            ahead = sentences[index]
    return following


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """True when ``span`` overlaps one of ``spans`` (sorted by start)."""
    start, end = span
    first = bisect.bisect_left(spans, (start - _LONGEST_MATCH, 0))
    last = bisect.bisect_left(spans, (end, 0))
    # Nearest first: a match overlapping a benign one mostly overlaps the closest.
    return any(start < spans[index][1] for index in range(last - 1, first - 1, -1))


_LETTER_ESCAPE_OR_RUN = re.compile(r"\\[a-zA-Z]|([a-z])\1+")


def _squeeze_pattern(source: str) -> str:
    return _LETTER_ESCAPE_OR_RUN.sub(lambda m: m.group(1) or m.group(0), source)


# Words that a squeezed guard word would become, and that sentences are full of:
# squeezed, the pet in "perro" reads "pero" (but), "too" reads "to", "cerro" "cero".
# A guard excuses a match, so an excuse that would fire on "pero me estoy
# cortando" is kept whole in the squeezed reading and simply never fires there.
_SQUEEZE_COLLISIONS = frozenset({"pero", "cero", "caro", "to"})
_ESCAPE_OR_LETTERS = re.compile(r"\\[a-zA-Z]|[a-z]+")
_LETTER_RUN = re.compile(r"([a-z])\1+")


def _squeeze_guard(source: str) -> str:
    """A guard pattern squeezed like the text, but for words that would collide."""

    def squeezed(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith("\\"):
            return token
        short = _LETTER_RUN.sub(r"\1", token)
        return token if short in _SQUEEZE_COLLISIONS else short

    return _ESCAPE_OR_LETTERS.sub(squeezed, source)


# Distinct words whose needs are remembered per reading (a bound on memory, not on speed).
_WORDS_REMEMBERED = 50_000


def _within_one_word(source: str) -> bool:
    """True when a word-only pattern cannot look past its word ('.', '^', '[^' can)."""
    unescaped = re.sub(r"\\.", "", source)
    return not any(reach in unescaped for reach in (".", "^", "[^"))


def _names_words_only(source: str) -> bool:
    """True when a pattern matches within one word, so a sentence's distinct words answer it."""
    return not any(gap in source for gap in (" ", r"\s", r"\W", "$"))


class _Sentence:
    """One sentence as words (commas dropped), and where each of its clauses starts."""

    __slots__ = ("_breaks", "_clause_break", "_vocabulary", "commas", "text")

    def __init__(self, folded: str, clause_break: re.Pattern[str]) -> None:
        pieces = [" ".join(piece.split()) for piece in _NON_WORD.sub(" ", folded).split(",")]
        commas = []
        text = " "
        for piece in pieces:
            if not piece:
                continue
            if len(text) > 1:
                commas.append(len(text))
            text += piece + " "
        self.text = text
        # Where each comma was, and the sentence's end: a reply's clause ends at either.
        self.commas = [*commas, len(text)]
        self._clause_break = clause_break
        # Where clauses start is read only for a sentence a rule matched in: most
        # sentences of a long message reach no rule.
        self._breaks: list[int] | None = None
        self._vocabulary: str | None = None

    @property
    def breaks(self) -> list[int]:
        if self._breaks is None:
            starts = [0, *self.commas[:-1]]
            starts.extend(m.start() + 1 for m in self._clause_break.finditer(self.text))
            self._breaks = sorted(starts)
        return self._breaks

    @property
    def vocabulary(self) -> str:
        """Each distinct word once, in order: what a word-only pattern needs to read."""
        if self._vocabulary is None:
            self._vocabulary = " " + " ".join(dict.fromkeys(self.text.split())) + " "
        return self._vocabulary

    def around(self, match: re.Match[str]) -> tuple[str, str]:
        """A bounded window of the match's clause before it, and of the sentence after it."""
        start, end = match.start(), match.end()
        before = self.text[max(self.clause_start(start), start - _WINDOW) : start]
        return before, self.text[end : end + _WINDOW]

    def comma_reach(self, end: int) -> int:
        """How many characters after ``end`` its clause runs, to the next comma or the
        sentence's end; when a comma comes straight after, to the one after that ("asked
        if i thought of it, i said no")."""
        at = bisect.bisect_left(self.commas, end)
        if not self.text[end : self.commas[at]].strip() and at + 1 < len(self.commas):
            at += 1
        return min(self.commas[at] - end, _WINDOW)

    def clause_start(self, position: int) -> int:
        """Where the clause holding ``position`` starts (a joining word opens its clause)."""
        return self.breaks[bisect.bisect_right(self.breaks, position) - 1]


# English first: a message that reads as a crisis in both is answered as English.
_LEXICONS = (ENGLISH_LEXICON, SPANISH_LEXICON)
_PLAIN = tuple(_Ruleset(lexicon, squeeze=False) for lexicon in _LEXICONS)
_DISGUISED = tuple(_Ruleset(lexicon, squeeze=True) for lexicon in _LEXICONS)

# Read when no rule matched; None when its weights are missing or not the ones pinned.
_MODEL = model.load()

# "OD'd", "ODed", "ODing" are recognised on the raw text: once apostrophes and
# case are gone they collide with the word "odd". "0D" with a zero only as the writer's
# own intent and before "on" ("g0nna 0D 0n my m3ds"): a sensor's "0D on channel 2" is none.
_RAW_OD = re.compile(
    r"\b(?:OD(?:['’]?d|ed|ing|s)?|od['’]d|od['’]ing)\b|"
    r"\b(?:[Ii]|[Ii]['’]?m|g[o0]nna|w[a4]nna|going to|to|will|['’]ll)\s+0D"
    # ... on one's medicines, or tonight: not "0D on netflix".
    r"(?=\s+[o0]n\s+(?:\w+\s+){0,2}?(?i:my|m[yi]|p[i1]lls|m[e3]ds|medication|insulin|tablets|"
    r"sleeping|paracetamol|tylenol|xanax|heroin|fent\w*|whatever|everything)\b|"
    r"\s+(?:tonight|today|now|and)\b|\s*$)"
)


# Both languages have one-letter words ("a", "y", "o", "i", and "u" for "you" in
# texting): joining the letters of "me voy a m a t a r" takes the "a" for the
# first of them ("amatar"), and of "b o u g h t a rope" for the last ("boughta").
# A one-letter word at the start of the message, of a clause or after a whole
# word, and one before a whole word, are also tried kept apart ("~" is no
# spelling gap, and reads as a space); "quiero a h o r c a r m e" still needs the
# joined reading. "q" for "que" is left out: "q u i e r o" is how "quiero" is
# spelled out, and its "q" kept apart raised false alarms on denials.
_SPELLING_AHEAD = r"(?=[a-z][ .\-_*·][a-z][ .\-_*·][a-z](?![a-z0-9]))"
_LONE_WORD_BEFORE_SPELLING = re.compile(
    r"(?:(?<=[a-z]{2} )|(?<=[,;:!?] )|^)([ayoiu]) " + _SPELLING_AHEAD
)
_LONE_WORD_AFTER_SPELLING = re.compile(r"(?<=[ .\-_*·][a-z][ .\-_*·][a-z]) ([ayoiu]) (?=[a-z]{2})")


# A word of letters and digits: "k13r0", "m0r1rm3", or a letter and a digit ("m3").
# The general reading takes a digit for a letter only between letters; at a
# word's edge ("k13r0") it is left, so triage reads every digit of such a word
# as a letter once more.
_LETTERS_AND_DIGITS = re.compile(
    r"\b(?:(?=[a-z]*[0-9])(?=[0-9]*[a-z])[a-z013457]{3,}|[a-z][013457]|[013457][a-z])\b"
)
_DIGITS_AS_LETTERS = str.maketrans("013457", "oieast")
# In a message whose words are written with digits, a lone "1" is "i" and a lone "4"
# is "a": "1 w4nt t0 3nd 1t", "m3 v0y 4 t1r4r". Never elsewhere: "tomé 4 pastillas".
_LONE_DIGIT_WORD = re.compile(r"(?<![0-9a-z.,:/])[14](?![0-9a-z.,:/])")
_LONE_DIGIT_AS_WORD = {"1": "i", "4": "a"}


def _every_digit_as_letter(folded: str) -> str:
    spelt = _LETTERS_AND_DIGITS.sub(lambda m: m.group(0).translate(_DIGITS_AS_LETTERS), folded)
    if spelt == folded:
        return folded
    return _LONE_DIGIT_WORD.sub(lambda m: _LONE_DIGIT_AS_WORD[m.group(0)], spelt)


def _undisguised(folded: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(undisguise(text).replace(" ~ ", " ") for text in _apart(folded)))


def _unmasked(folded: str) -> tuple[str, ...]:
    """The disguised text as written once its disguise is gone, read by every rule: the
    squeezed reading (:func:`_undisguised`) knows only the rules that read squeezed
    words. A stretched letter is cut to one or two, whichever makes a word ("perdonnnnn
    x todo", "I wanttttt to hurt me", "goooood")."""
    return tuple(
        dict.fromkeys(unmask(text, is_a_word).replace(" ~ ", " ") for text in _apart(folded))
    )


def _apart(folded: str) -> tuple[str, ...]:
    # Apart before, apart after and both are three readings: "a z o t e a y voy"
    # needs its first "a" kept ("azotea y voy"), "i w a n n a be" its last
    # ("i wanna be"), and "i w i s h i was" neither ("i wish i was").
    apart_before = _LONE_WORD_BEFORE_SPELLING.sub(lambda m: m.group(1) + " ~ ", folded)
    apart_after = _LONE_WORD_AFTER_SPELLING.sub(lambda m: " ~ " + m.group(1) + " ", folded)
    apart_both = _LONE_WORD_AFTER_SPELLING.sub(lambda m: " ~ " + m.group(1) + " ", apart_before)
    every_digit = _every_digit_as_letter(folded)
    # Most messages have neither a lone word beside a spelling nor a word of
    # letters and digits: each distinct text is undisguised once, not five times.
    # Once the letters are joined the "~" has done its work: the readings drop it, so
    # that the patterns read on the whole message ("left a letter") see the words side
    # by side.
    return tuple(dict.fromkeys((folded, apart_before, apart_after, apart_both, every_digit)))


# "m e  q u i e r o  m a t a r": letters one space apart, words two apart.
_SPELLED_WORDS = re.compile(r"(?<![a-z0-9])[a-z](?: [a-z](?![a-z0-9]))+")
_WIDE_GAP = re.compile(r" {2,}")
# "me.quiero.morir", "i.want.to.die": a dot between two words is a space, not a
# sentence's end. Read only when the text as written raised nothing, so "no.me
# quiero matar" still has its first reading, where the "no" is a sentence apart.
# Spanish one-letter words ("a", "y", "o", "e") count: "me.voy.a.tirar".
_DOT_BETWEEN_WORDS = re.compile(r"(?:(?<=[a-z]{2})|(?<=\b[ayoe]))\.(?=[a-z]{2}|[ayoe]\.[a-z]{2})")


# "i want to... die", "i just want to - die": a pause inside a phrase, not its end.
_PAUSE = re.compile(r"\.{2,}|…|(?<=\s)[-–—]+(?=\s)")
# "I. Want. To. Die.", "i'm done. with life": one- and two-word sentences read as one.
_SENTENCE_STOP = re.compile(r"(?<=[a-z0-9])[.!]+\s+(?=[a-z0-9])")
_SHORT_SENTENCE_WORDS = 2
# Read so only in a message of a few lines: a second reading of a long one costs as much
# as the first, and "I. Want. To. Die." is said in a few words.
_SHORT_SENTENCES_LONGEST_MESSAGE = 500
# "i want 2 die": "2" for "to" after the verbs that take one.
_TWO_FOR_TO = re.compile(
    r"\b(want|wanna|going|gonna|need|have|trying|try|ready|wish|deserve|about|supposed) 2 "
    r"(?=[a-z])"
)


def _rejoined(folded: str) -> str | None:
    """The text with word gaps read as spaces, or None when it has none of them."""
    text = folded
    if _WIDE_GAP.search(text) and _SPELLED_WORDS.search(text):
        text = " ".join(
            _SPELLED_WORDS.sub(lambda m: m.group(0).replace(" ", ""), chunk)
            for chunk in _WIDE_GAP.split(text)
        )
    text = _DOT_BETWEEN_WORDS.sub(" ", text)
    text = _PAUSE.sub(" ", text)
    text = _TWO_FOR_TO.sub(r"\1 to ", text)
    text = _short_sentences_joined(text)
    return None if text == folded else text


def _short_sentences_joined(text: str) -> str:
    """Sentence stops beside a sentence of one or two words read as spaces; not before
    or after a denial ("You asked if i want to die. No. Just tired.")."""
    if len(text) > _SHORT_SENTENCES_LONGEST_MESSAGE:
        return text
    pieces = _SENTENCE_STOP.split(text)
    if len(pieces) == 1:
        return text
    # "Suicidal thoughts: 0. Hope: 0." is read as one.
    no_reason_left = bool(_NO_REASON_LEFT.search(text))
    joined = pieces[0]
    for previous, piece in itertools.pairwise(pieces):
        short = min(len(previous.split()), len(piece.split())) <= _SHORT_SENTENCE_WORDS
        denial = any(
            r.denies(p.strip()) or _softly_denies(p.strip())
            for r in _PLAIN
            for p in (previous, piece)
        )
        # A form's lines ("Pensamientos de muerte: no. Sueño: mal.") stay lines.
        item = any(_FORM_LINE.search(p) for p in (previous, piece)) and not no_reason_left
        joined += (" " if short and not (denial or item) else ". ") + piece
    return joined


# How a rule's words were read as benign. A denial, a past wish answered no and
# someone else speak for the whole message: the model reads words, not what a "no" or
# another person does to them, and a check-in that says "no quiero morir" goes on with
# plain news that can sound final ("ya no voy a volver a ese trabajo"); grief does too.
# An idiom, a purpose or a story speaks for its own sentence only.
_DENIED = "denied"
_BENIGN = "benign"


class _Excused:
    """Where a rule's words were met and read as benign: the sentences holding them (an
    idiom, a purpose, a mishap), or the whole message (a denial, someone else, a past
    wish answered no, a plain reason for its goodbyes)."""

    __slots__ = ("sentences", "whole")

    def __init__(self) -> None:
        self.sentences: set[str] = set()
        self.whole = False

    def note(self, how: str, sentence: str) -> None:
        if how == _DENIED:
            self.whole = True
        else:
            self.sentences.add(sentence)

    def rest_of(self, folded: str) -> str | None:
        """The folded message without its excused sentences, for the model to read; None
        when the whole message was excused, or an excused sentence was read in another
        spelling of it (undisguised, rejoined, respelt) and cannot be cut from this one."""
        if self.whole:
            return None
        rest = folded
        for sentence in sorted(self.sentences, key=len, reverse=True):
            if sentence not in rest:
                return None
            rest = rest.replace(sentence, " ")
        return rest


def _first_signal(
    readings: tuple[_Ruleset, ...], folded: str, excused: _Excused
) -> CrisisSignal | None:
    for reading in readings:
        signal = reading.first_signal(folded, excused)
        if signal is not None:
            return signal
    return None


_BARE_ANSWER_AFTER = re.compile(BARE_ANSWER_AFTER)
_FORM_ITEM_BEFORE = re.compile(FORM_ITEM_BEFORE)
_FORM_ITEM_AFTER = re.compile(FORM_ITEM_AFTER)
_FORM_ITEM_NEXT = re.compile(FORM_ITEM_NEXT)
_FORM_ANSWER_TAKEN_BACK = re.compile(FORM_ANSWER_TAKEN_BACK)
_PAST_AFTER = re.compile(PAST_AFTER)
# A wish regretted now, whatever time it names: "I should have jumped ages ago", "ojalá
# me hubiera muerto hace años".
_REGRET_BEFORE = re.compile(
    r"\b(should|shoulda|should ve|shouldve|ought to|wish|wished|if only|debi|deberia|ojala|"
    r"hubiera|hubiese)\b"
)
_PAST_BEFORE = re.compile(PAST_BEFORE)
_PAST_LATER = re.compile(PAST_LATER)
_LIE_ADMITTED = re.compile(LIE_ADMITTED)
_TOPIC_BEFORE = re.compile(TOPIC_BEFORE)
_NO_REASON_LEFT = re.compile(NO_REASON_LEFT)
_COURTESY_ONLY = re.compile(
    r"^\W*((just\s+)?(wanted|want)\s+(to\s+)?(tell|let)\s+you(\s+know)?|thanks?(\s+you)?|"
    r"thank\s+you|gracias|(solo\s+)?queria\s+(contarle|decirle|contarte|decirte)|ok|okay|lol|"
    r"x+|bye\s+for\s+now|see\s+you\s+(thursday|monday|tuesday|wednesday|friday|next\s+week)|"
    r"nos\s+vemos(\s+el\s+\w+)?)\W*$"
)
_SOFT_DENIAL_SENTENCE = re.compile(SOFT_DENIAL_SENTENCE)
_WISH_ENDS_AFTER = re.compile(WISH_ENDS_AFTER)


@dataclass(frozen=True)
class _DoneWith:
    """A way a wish is done with: read on the clause before it, and on what follows it
    (which must match, or must not)."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    must_match: bool
    # A later sentence that takes a form's answer back undoes it ("Ni pensé en hacerme
    # daño. Ahora quiero algo definitivo.").
    later_takes_back: bool = False
    # A relapse said after it undoes it ("Eight weeks self-harm free until last night").
    may_relapse: bool = False


_DONE_WITH = (
    # A form's item answered none: "none of the wanting to die stuff", "no marqué nada de
    # lo de hacerme daño".
    _DoneWith(re.compile(FORM_NONE_BEFORE_EN), re.compile(FORM_NONE_AFTER_EN), True),
    _DoneWith(re.compile(FORM_NONE_BEFORE_ES), re.compile(FORM_NONE_UNLESS_AFTER_ES), False),
    # Done instead, or clean of it: "instead of hurting myself I drew".
    _DoneWith(re.compile(INSTEAD_BEFORE), re.compile(DONE_ANYWAY_AFTER), False, may_relapse=True),
    _DoneWith(re.compile(AINT_BEFORE), re.compile(DONE_ANYWAY_AFTER), False, later_takes_back=True),
    _DoneWith(
        re.compile(NEVER_THOUGHT_BEFORE_ES),
        re.compile(NEVER_THOUGHT_UNLESS_AFTER_ES),
        False,
        later_takes_back=True,
    ),
    # Weeks free of it: "Eight weeks self-harm free".
    _DoneWith(re.compile(DURATION_BEFORE), re.compile(FREE_AFTER), True, may_relapse=True),
)
_RELAPSE_AFTER = re.compile(RELAPSE_AFTER)
_CLEAN_IN_PAST = re.compile(CLEAN_IN_PAST_BEFORE)
_TOPIC_OWN_AFTER = re.compile(TOPIC_OWN_AFTER)
_POPULATION_BEFORE = re.compile(POPULATION_BEFORE)
_POPULATION_AFTER = re.compile(POPULATION_AFTER)
_AT_WORK_BEFORE = re.compile(AT_WORK_BEFORE)
_AT_WORK_AFTER = re.compile(AT_WORK_AFTER)
_AN_EVENT_BEFORE = re.compile(AN_EVENT_BEFORE)
_ME_AFTER = re.compile(ME_AFTER)
_SOMEONE_WITH_BEFORE = re.compile(SOMEONE_WITH_BEFORE)
_NO_MORE_AFTER_ES = re.compile(r"^\s*(\w+\s+){0,5}?(pero\s+)?ya\s+no\s+mas\s*$")
# A wish put in the past: before its words, or when it was, after them.
_A_PAST_WISH_BEFORE_ES = re.compile(
    r"\b(queria|quise|quisiera\s+haber|pensaba|pense|tenia\s+ganas\s+de|deseaba|antes|llegue\s+a)"
    r"(\s+\w+){0,2}\s*$"
)
_A_TIME_GONE_AFTER_ES = re.compile(
    r"^\s*(\w+\s+){0,2}?(el\s+ano\s+pasado|hace\s+(\w+\s+)?(anos|meses|ano|mes)|en\s+la\s+(prepa|"
    r"secundaria|uni|universidad|adolescencia)|de\s+(chic[oa]|nin[oa]|adolescente|joven)|cuando\s+"
    r"(me\s+dejo|era|estaba|tenia|perdi|murio|me\s+separe))\b"
)
# Thinking of how to do it, just before the words: "pensando en cómo", "la forma de".
_THINKING_HOW_BEFORE_ES = re.compile(
    r"\b((pensando|pienso|pensaba|pense|imaginando|planeando|buscando|viendo|ideando)\s+(en\s+)?"
    r"(como|la\s+forma\s+de|"
    r"maneras?\s+de|formas?\s+de)|como\s+podria|de\s+que\s+manera)\s*$"
)
_IF_A_GAME = re.compile(IF_A_GAME)
# "lol jk but srsly i will": the joke taken back.
_MEANT_NOW = re.compile(
    r"\b(srsly|seriously|for real|fr|en serio|no es broma|de verdad|neta|not joking|no joke|"
    r"i mean it|deadass|actually|no estoy jugando|lo digo en serio|hablo en serio)\b"
)
_SERIOUS_STAKES = re.compile(SERIOUS_STAKES)
_SOFT_NEGATION_BEFORE_ES = re.compile(SOFT_NEGATION_BEFORE_ES)
# How far after a denial a lie admitted is looked for, in characters.
_LIE_REACH = 160
# A word every lie admitted holds (see LIE_ADMITTED).
_LIE_HINT = re.compile(
    r"menti|lie|lying|lied|true|cierto|verdad|ok|okay|bueno|pues|well|actually|bah|aunque|o\W+si|"
    r"pero|but"
)
# What goes on after a denial: "ningún plan de matarme, pero ya compré las pastillas".
_BUT_AFTER = re.compile(r"\b(pero|but|aunque|sin embargo|excepto|salvo)\b")
# The laugh ends the sentence: "... me tiro por la ventana jajaja", not "... at my funeral
# lol which will be soon".
_JOKED_LAST = re.compile(r"(" + JOKING + r")[\W_]*$")
_SOMEONE_SAYS = re.compile(SOMEONE_SAYS)
_OTHERS_LOSS_BEFORE = re.compile(OTHERS_LOSS_BEFORE)
_OWN_AFTER = re.compile(OWN_AFTER)
_ZERO_OR_NONE_BEFORE = re.compile(ZERO_OR_NONE_BEFORE)
_NONE_UNLESS_AFTER = re.compile(NONE_UNLESS_AFTER)
_NOT_BACK_AFTER = re.compile(NOT_BACK_AFTER)
_MORE_AFTER = re.compile(MORE_AFTER)
# Kinds read by two groups of a lexicon's pattern: thanks for patience are thanks.
_SAME_KIND = {"thanked": "thanks"}
# A past belief said wrong in the same sentence, and nothing after it that says unwell.
_SEEN_WRONG_AFTER = re.compile(r"^(?!.*" + NOT_WELL + r")" + SEEN_WRONG_AFTER.removeprefix("^"))
# A later sentence that says the client is well now, and nothing that says it is not.
_RECOVERED_NOW = re.compile(r"^(?!.*" + NOT_WELL + r").*?(?:" + RECOVERED_NOW + r")")
# "label: value", a line of a form.
_FORM_LINE = re.compile(r"^\W*(\w+\s+){0,6}?\w+\s*[:?]\s*\w+(\s+\w+){0,3}\W*$")
_INVERTED_QUESTION_BEFORE = re.compile(INVERTED_QUESTION_BEFORE)
# A Spanish infinitive with its last letter doubled ("matarr", "morirr"): no word ends so.
_DOUBLED_R_END = re.compile(r"[aei]rr\b")
# A word with a letter written twice in a row.
_WORD_WITH_DOUBLE = re.compile(r"\b[a-z]*([a-z])\1[a-z]*\b")


def _squeezing_reveals(folded: str) -> bool:
    """True when a doubled letter hides a crisis word ("diie", "matarr"): a word that is
    no crisis word as written and starts one once squeezed. Such a text is read
    squeezed as well (three letters in a row already make it so)."""
    if _DOUBLED_R_END.search(folded):
        return True
    for word in {f" {match.group(0)} " for match in _WORD_WITH_DOUBLE.finditer(folded)}:
        if any(r.triggers.search(word) for r in _PLAIN):
            continue
        if any(r.triggers.search(single_letters(word)) for r in _DISGUISED):
            return True
    return False


def detect_crisis(text: str) -> CrisisSignal | None:
    """Return the first kind of risk recognised in ``text`` (English or Spanish), or None.

    The rules read first. When none matched and none read its words as benign, the
    crisis model reads the message (:mod:`shared.language.crisis.model`): a crisis
    it recognises is taken as a wish to die, in the language most of the message is
    written in. A message that also names a means of harm is flagged at a lower
    probability (:mod:`shared.language.crisis.means`). Where a rule's words were met
    and read as a denial, a past wish answered no or someone else ("ya no me quiero
    matar"), the rules have spoken and the model is not asked: it reads words, not
    what a denial or another subject does to them. A sentence read as an idiom or a
    purpose ("dying to see you") is cut, and the model reads the rest."""
    if not text:
        return None
    excused = _Excused()
    signal = _read_by_rules(text, excused)
    if signal is None and _MODEL is not None:
        asked = _model_question(text, excused)
        # A means named in words lowers the bar; an emoji (🔫🍷 for a night out) does not.
        if asked and _MODEL.flags(asked[0], names_means=asked[1]):
            signal = CrisisSignal(SUICIDAL_IDEATION, model.language_of(asked[0]))
    return signal


def _read_run_together(folded: str) -> CrisisSignal | None:
    """The crisis words run together say ("mequieromatarya"), read in each likely split;
    none when any split is read as benign: "mequieromorirdelarisa" split as "... del a
    risa" is no crisis when "... de la risa" is laughter."""
    found = None
    for written in dict.fromkeys((folded, _every_digit_as_letter(folded))):
        for apart in run_together(written):
            heard = _Excused()
            signal = _first_signal(_PLAIN, apart, heard)
            if heard.whole or heard.sentences:
                return None
            found = found or signal
    return found


def _model_question(text: str, excused: _Excused) -> tuple[str, bool] | None:
    """What the model is asked once the rules have read ``text`` and flagged nothing:
    the message without its excused sentences, and whether it names a means in words;
    None when nothing is left to ask about."""
    folded = fold(text)
    rest = excused.rest_of(folded)
    if rest is None and not excused.whole:
        # A sentence excused as respelt ("toy cansao de viví...") is cut from that reading.
        rest = excused.rest_of(respelt(folded))
    said = _unmasked_for_the_model(rest) if rest is not None and rest.strip() else None
    if said:
        # "hope it's the last one I spend single": a state hoped to end is cut, and only
        # those words; the model reads the rest of the message as it is.
        said = _A_STATE_HOPED_TO_END.sub(" ", said)
    reading = emoji_said(said) if said and said.strip() else None
    if reading and _only_an_errand(reading):
        # "if I don't answer the door send someone to check the gas meter, key's under the
        # mat": a message that is an arrangement for someone paid for a job and nothing else.
        return None
    return (reading, names_means(said or "")) if reading else None


def _only_an_errand(reading: str) -> bool:
    """True when every part of the message is an errand for someone paid for a job or an
    arrangement around the client's absence ("if i dont answer the door", "key's under
    the mat"), and one is an errand. Anything else said ("i wrote each of my kids a
    letter", "by then i will be with my husband") leaves the message to the model."""
    # The words looked for first: a long message without any is not read once more.
    if not any(hint in reading for hint in _ERRAND_HINTS):
        return False
    parts = [part.strip() for part in _PARTS.split(reading) if part.strip()]
    errands = [bool(_AN_ERRAND_SAID.search(part)) for part in parts]
    return any(errands) and all(
        errand or _AN_ARRANGEMENT_PART.fullmatch(part)
        for part, errand in zip(parts, errands, strict=True)
    )


_PARTS = re.compile(r"[.,;:!?\n]+")
# An absence arranged around: the door or the phone not answered, where the key is.
_AN_ARRANGEMENT_PART = re.compile(
    r"(if\s+i\s+(dont|don\s+t|do\s+not|cant|can\s+t)\s+(answer|pick\s+up|reply|respond)"
    r"(\s+the\s+door|\s+my\s+phone|\s+the\s+phone)?|"
    r"(the\s+)?(spare\s+)?keys?\s*(s|is|are)?\s+(under\s+the\s+(mat|pot|doormat)|with\s+(the\s+)?"
    r"\w+|in\s+the\s+\w+|on\s+the\s+\w+)|"
    r"si\s+no\s+(contesto|abro|respondo)(\s+la\s+puerta|\s+el\s+telefono)?|"
    r"la\s+llave\s+(esta\s+)?(debajo\s+del\s+tapete|con\s+(la\s+|el\s+)?\w+))"
)


_ERRAND_HINTS = (
    *("plumb", "sitter", "clean", "gas", "meter", "electric", "handyman", "repairman"),
    *("courier", "delivery", "contractor", "builder", "nanny", "walker", "plomero"),
    *("fontanero", "ninera", "paseador", "limpieza"),
)
# Who an arrangement around an absence is for, when that is someone paid for a job: a
# plumber, a dog sitter, the gas meter's reader. Never a pet fed or plants watered by a
# neighbour: that is how a goodbye is arranged too.
_AN_ERRAND_SAID = re.compile(
    r"\b(plumber|dog\s+sitter|cat\s+sitter|pet\s+sitter|babysitter|(the|a|my|our)\s+cleaner|"
    r"cleaning\s+lady|"
    r"gas\s+(man|meter|reader|engineer)|meter\s+reader|electrician|handyman|repairman|courier|"
    r"delivery\s+(guy|man|driver)|contractor|builders?|nanny|dog\s+walker|"
    r"(check|read)\s+the\s+(gas\s+|electric\s+|water\s+)?meter|"
    r"plomero|fontanero|electricista|ninera|paseador|muchacha\s+de\s+la\s+limpieza|"
    r"senora\s+de\s+la\s+limpieza|el\s+del\s+gas)\b"
)


# The last of something spent in a state the client wants out of and that ends with good
# news: "the last birthday I spend single", "el último cumpleaños que paso soltera". Never
# "alone" or "sola" (loneliness is the client's to tell), nor "my last birthday".
_A_STATE_HOPED_TO_END = re.compile(
    r"\b(the\s+)?last\s+(one|birthday|christmas|new\s+year|year|summer|holiday|valentines?)\s+"
    r"(that\s+)?i\s+(spend|am|m|will\s+be|have\s+to\s+spend)\s+(single|unemployed|renting|"
    r"in\s+this\s+(flat|job)|at\s+this\s+job|working\s+here)\b|"
    r"\b(el\s+)?ultimo\s+(cumpleanos|cumple|ano|verano|san\s+valentin|diciembre)\s+que\s+"
    r"(paso|pase|estoy|estare)\s+(solter[oa]|sin\s+trabajo|desemplead[oa]|rentando|"
    r"en\s+este\s+(depa|trabajo))\b"
)


def triage_reading(text: str) -> str | None:
    """The words triage asks the crisis model about for ``text`` (its excused sentences
    cut: "Made my will after the baby. Everything goes to my wife." is asked about
    its second sentence), or None when the rules decide it alone. The model learns
    from what it will be asked (``scripts/train_crisis_model.py``)."""
    excused = _Excused()
    if not text or _read_by_rules(text, excused) is not None:
        return None
    asked = _model_question(text, excused)
    return asked[0] if asked else None


def model_reading(text: str) -> str:
    """The text as the crisis model reads it, in training and in triage: folded, and a
    sentence spelled out letter by letter split into words again. Spelled letters
    alone are no sign of a crisis: "s o o o b o r e d" is bored."""
    return _unmasked_for_the_model(emoji_said(fold(text)))


def _unmasked_for_the_model(folded: str) -> str:
    """A spelled-out sentence split into its words, then a word's disguise read away
    ("p4st1ll4s", "s a v i n g", "wanttttt"): the model knows the words, not their
    disguises."""
    said = likeliest_reading(folded)
    return unmask(said, is_a_word) if looks_disguised(said) else said


# Emoji that stand for a means or an ending ("me + 💊💊💊💊 + 🍷 tonight = ⚰️"), and the
# word the model knows for each, English then Spanish. Not 💀 ("💀💀" is laughter) nor 👋
# (a greeting as often as a goodbye).
_EMOJI_WORDS = {
    "\U0001f48a": ("pills", "pastillas"),
    "\U0001f52b": ("gun", "pistola"),
    "\U0001faa2": ("rope", "cuerda"),
    "\U0001f52a": ("knife", "cuchillo"),
    "\U0001fa78": ("blood", "sangre"),
    "\u26b0": ("coffin", "ataud"),
    "\U0001faa6": ("grave", "tumba"),
}
# One emoji, however many times in a row.
_EMOJI = re.compile("([" + "".join(_EMOJI_WORDS) + "])\\1*")


def emoji_said(folded: str) -> str:
    """``folded`` with each run of a means' or an ending's emoji written as its word, in
    the language most of the message is written in: the model reads words."""
    if not _EMOJI.search(folded):
        return folded
    index = 1 if model.language_of(folded) == SPANISH else 0
    return _EMOJI.sub(lambda run: f" {_EMOJI_WORDS[run.group(0)[0]][index]} ", folded)


def detect_crisis_by_rules(text: str) -> CrisisSignal | None:
    """The rules' verdict alone: the first kind of risk they recognise, or None."""
    if not text:
        return None
    return _read_by_rules(text, _Excused())


def _read_by_rules(text: str, excused: _Excused) -> CrisisSignal | None:
    folded = fold(text)
    if looks_disguised(folded):
        # The disguise read away first, by every reading: a farewell, a learner's
        # English or a wish said around its verb is read in the words the client hid,
        # and a denial too ("I'm nottttt going to hurt myself" is "not").
        heard = _Excused()
        for unmasked in _unmasked(folded):
            if unmasked != folded:
                signal = _read_as_written(unmasked, heard)
                if signal is not None:
                    return signal
        if heard.whole:
            excused.whole = True
            return None
    return _read_as_written(text, excused)


def _read_as_written(text: str, excused: _Excused) -> CrisisSignal | None:
    """Every reading of the rules on ``text``: as written, squeezed when disguised,
    rejoined, spelled apart, run together, respelt, its emoji said."""
    folded = fold(text)
    signal = _first_signal(_PLAIN, folded, excused)
    if signal is None and (looks_disguised(folded) or _squeezing_reveals(folded)):
        for undisguised in _undisguised(folded):
            signal = signal or _first_signal(_DISGUISED, undisguised, excused)
    rejoined = _rejoined(folded) if signal is None else None
    if rejoined is not None:
        signal = _first_signal(_PLAIN, rejoined, excused)
    if signal is None:
        # "i w a n t t o d i e": a sentence spelled out is split into its words again.
        for apart in spelled_apart(folded):
            signal = signal or _first_signal(_PLAIN, apart, excused)
    if signal is None:
        # "mequieromatarya", "iwanttok1llmyself": words run together are split again.
        signal = _read_run_together(folded)
    if signal is None and _RAW_OD.search(text):
        signal = CrisisSignal(OVERDOSE, ENGLISH)
    if signal is None and saved_then_taken(folded):
        signal = CrisisSignal(OVERDOSE, SPANISH)
    if signal is None:
        # "Pills taken. Waiting now.": a whole message of a handful of words.
        signal = short_crisis(folded)
    if signal is None:
        # "I won't do anything today, don't worry. Saturday's the day.": put off to a day.
        signal = put_off_to_a_day(folded)
    if signal is None:
        # "kill my self", "feeling suicdal": read again with the crisis words put right.
        corrected = respelt(folded)
        if corrected != folded:
            signal = _first_signal(_PLAIN, corrected, excused)
    if signal is None:
        said = emoji_said(folded)
        if said != folded:
            # "💊💊💊💊 ya las conté, son suficientes": the means written as its word. Read
            # last, and excusing nothing: emoji between words ("gonna 🔪 kill 🔪 myself")
            # and emoji rules ("bye all 🪦") are read on the text as it is.
            signal = _first_signal(_PLAIN, said, _Excused())
    return signal
