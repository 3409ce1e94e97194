"""Spanish cues met through the repository's catalogues: a word of the cue word's
everyday sense, in any form, and the English a Spanish speaker writes for it;
the catalogues checked as they are loaded."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from shared.language.cues import Cue, CueMatcher, synonyms_es
from shared.language.cues import spanish as spanish_lexicon
from shared.language.cues.bilingual import confirm_pairs
from shared.language.cues.synonyms_es import Catalogue, CatalogueError
from tests.support.tagging import evaluate_by_kind, load_cue_sets, read_jsonl

DATA = Path(__file__).resolve().parents[1] / "data" / "tagging"


def explain(labels: list[str], text: str):
    return CueMatcher([Cue(label) for label in labels], "es").explain(text)


def tagged(labels: list[str], text: str) -> tuple[str, ...]:
    return tuple(why.cue for why in explain(labels, text))


# --- the catalogues -----------------------------------------------------------


@pytest.mark.parametrize("name", [synonyms_es.SENSES_FILE, synonyms_es.SPANGLISH_FILE])
def test_each_catalogue_asks_for_a_clinicians_review(name: str) -> None:
    header = (synonyms_es.DATA / name).read_text(encoding="utf-8")[:1500]
    assert "REVIEW REQUIRED BEFORE PRODUCTION" in header
    assert "Spanish-speaking clinician" in header


def test_the_shipped_catalogues_pass_their_checks() -> None:
    books = Catalogue.load()
    assert len(books.senses) > 600 and len(books.english) > 350
    lines = [
        line
        for line in (synonyms_es.DATA / synonyms_es.SENSES_FILE).read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(lines) == len(set(lines)) == len(books.senses)
    for sense in books.senses:
        assert sense.pos in {"n", "v", "a"}
        assert all(word == word.lower() for word in sense.words)
    for lemma, english in books.english.items():
        assert lemma == lemma.lower() and all(w == w.lower() for w in english)


@pytest.mark.parametrize(
    ("senses", "spanglish", "complaint"),
    [
        ("x\tpelea, bronca\n", "", "not n, v or a"),
        ("n pelea, bronca\n", "", "not n, v or a"),  # a space, not a tab
        ("n\tpelea, Bronca\n", "", "not lower case"),
        ("n\tpelea, bronca\n# a comment\nn\tbronca, pelea\n", "", "the same line as line 1"),
        ("n\tpelea\n", "", "two words"),
        ("n\tpelea, pelea\n", "", "a word twice"),
        ("n\tpelea, bronca2\n", "", "letters"),
        ("n\tpelea, , bronca\n", "", "an empty word"),
        ("n\tpelea, bronca\n", "celular\tphone\ncelular\tcell\n", "has line 1 already"),
        ("n\tpelea, bronca\n", "celular\tPhone\n", "not lower case"),
        ("n\tpelea, bronca\n", "celular phone\n", "no tab"),
    ],
)
def test_a_catalogue_line_that_breaks_the_format_stops_the_load(
    tmp_path: Path, senses: str, spanglish: str, complaint: str
) -> None:
    (tmp_path / synonyms_es.SENSES_FILE).write_text(senses, encoding="utf-8")
    (tmp_path / synonyms_es.SPANGLISH_FILE).write_text(spanglish, encoding="utf-8")
    with pytest.raises(CatalogueError, match=complaint):
        Catalogue.load(tmp_path)


def test_english_may_be_joined_as_english_writes_it(tmp_path: Path) -> None:
    (tmp_path / synonyms_es.SENSES_FILE).write_text("n\tsuegra, madre política\n", "utf-8")
    (tmp_path / synonyms_es.SPANGLISH_FILE).write_text(
        "suegra\tmother-in-law\nlicencia\tdriver's license\n", "utf-8"
    )
    books = Catalogue.load(tmp_path)
    assert books.english["suegra"] == ("mother in law",)
    assert books.english["licencia"] == ("drivers license",)
    assert books.written("madre politica") == "madre política"


def test_the_catalogues_are_read_once_and_cannot_be_changed() -> None:
    books = synonyms_es.catalogue()
    assert synonyms_es.catalogue() is books
    with pytest.raises(TypeError):
        books.english["celular"] = ("mobile",)  # type: ignore[index]


def test_the_dictionaries_confirm_some_of_the_catalogues_pairs() -> None:
    # Measured: of 2,822 pairs of one-word synonyms, 678 are confirmed (FreeDict
    # 43, the thesaurus 670); the rest rest on the catalogue alone.
    books = synonyms_es.catalogue()
    pairs = sorted(
        {
            pair
            for sense in books.senses
            for pair in itertools.combinations(sorted(w for w in sense.folded if " " not in w), 2)
        }
    )
    confirmed = confirm_pairs(pairs)
    assert confirmed.pairs == len(pairs)
    assert confirmed.either == confirmed.pairs - len(confirmed.unconfirmed)
    if spanish_lexicon.related("miedo").english:  # FreeDict and the thesaurus are installed
        assert confirmed.either >= 600
        assert ("miedo", "temor") not in confirmed.unconfirmed


# --- everyday senses ---------------------------------------------------------


def test_a_word_of_the_cue_words_sense_in_any_form_meets_it() -> None:
    label = "discutir con mi hermana"
    (why,) = explain([label], "peleamos con mi hermana otra vez por la herencia")
    assert why.cue == label
    assert "discutir ~ pelear (sinónimo)" in why.describe()


def test_a_plural_reaches_the_catalogues_lemma() -> None:
    label = "apagar el móvil de noche"
    (why,) = explain([label], "apagué los celulares a las 10 de la noche, bien")
    assert "móvil ~ celular (sinónimo)" in why.describe()


def test_why_writes_the_synonym_as_the_catalogue_spells_it() -> None:
    (why,) = explain(["revisar el celular"], "revisé el movil de mi esposo")
    assert "celular ~ móvil (sinónimo)" in why.describe()


def test_a_synonym_of_several_words_meets_the_cue_word() -> None:
    label = "extrañar a mi papá"
    (why,) = explain([label], "hoy echo de menos a mi papá más que nunca")
    assert "extrañar ~ echar de menos (sinónimo)" in why.describe()
    # Negated, it is the cue's word negated.
    assert tagged([label], "ya no echo de menos a mi papá como antes") == ()


def test_a_synonym_stands_for_its_word_only_and_the_others_are_still_needed() -> None:
    assert tagged(["discutir con mi suegra"], "peleamos otra vez, 7/10") == ()
    assert tagged(["discutir con mi suegra"], "peleamos con mi suegra, 7/10")


def test_a_synonym_weighs_a_little_below_the_word_itself() -> None:
    (own,) = explain(["discutir con mi suegra"], "discutimos con mi suegra")
    (other,) = explain(["discutir con mi suegra"], "peleamos con mi suegra")
    assert other.score < own.score
    assert other.score >= 0.9


def test_a_verb_reads_the_verb_senses_and_a_noun_the_noun_senses() -> None:
    # "bronca" is a fight (a noun), not a verb: it meets "la pelea", not "pelear".
    assert tagged(["pelear con mi hermano"], "otra bronca con mi hermano") == ()
    assert tagged(["la pelea con mi hermano"], "otra bronca con mi hermano")


def test_another_cues_word_is_never_a_synonym() -> None:
    labels = ["discutir con mi hermana", "las peleas con mi esposo"]
    assert tagged(labels, "peleamos con mi hermana") == ()
    assert tagged(labels, "discutí con mi hermana") == ("discutir con mi hermana",)


def test_a_word_whose_everyday_sense_is_another_is_left_out() -> None:
    # "mano" (brother, in Mexico) is a hand in most texts.
    assert tagged(["cuidar a mi hermano"], "me cuido la mano lastimada") == ()


# --- other parts of speech, several-word members, when a cue happens -----------


def test_a_cue_word_meets_its_family_in_another_part_of_speech() -> None:
    (why,) = explain(["los celos de mi pareja"], "mi pareja anda celosa otra vez")
    assert ("celos", "celosa", "derived") in {tuple(vars(e).values()) for e in why.evidence}
    assert "“celosa” (a word of the family of “celos”)" in why.describe()
    assert tagged(["la culpa"], "me sentí culpable toda la tarde")
    assert tagged(["el miedo a manejar"], "manejé miedosa hasta la casa de mi tía")


def test_a_short_labels_key_word_in_another_part_of_speech_names_the_cue() -> None:
    # The label's other words need not be there: "pulsaciones" is the pulse.
    assert tagged(["tomarme el pulso", "gritarle a mi hijo"], "contando pulsaciones otra vez")
    # Not when another of the client's cues shares the word.
    labels = ["la culpa con mi mamá", "la culpa con mi papá"]
    assert tagged(labels, "me sentí culpable toda la tarde") == ()
    assert tagged(labels, "me sentí culpable con mi mamá") == ("la culpa con mi mamá",)


def test_a_family_member_weighs_a_little_below_the_word_itself() -> None:
    (own,) = explain(["los celos"], "otra vez los celos")
    (other,) = explain(["los celos"], "otra vez celosa")
    assert own.score > other.score >= 0.9


def test_a_cue_word_meets_its_sense_said_as_another_part_of_speech() -> None:
    # "enojo" (a noun) through the adjective line of its family: "molesto".
    assert tagged(["el enojo con mi hermano"], "ando bien molesta con mi hermano")
    # Only through the word's own family: "bronca" is a fight as well as anger.
    assert tagged(["el enojo con mi hermano"], "una pelea con mi hermano") == ()
    # And only a word made from it: the stemmer also joins "correo" and "correr".
    assert "despedir" not in spanish_lexicon.related("correo").senses


def test_a_labels_verb_meets_the_verbs_the_catalogue_puts_before_the_same_words() -> None:
    # "saltarse la comida" and "brincarse la comida" are one catalogue sense.
    label = "saltarme comidas"
    (why,) = explain([label], "me brinqué la comida por la junta")
    assert "saltarme ~ brincarse (sinónimo)" in why.describe()
    # The label must say those words: the verb alone meets nothing else.
    assert tagged(["saltarme la fila"], "me brinqué la fila del banco") == ()


def test_a_several_word_sense_led_by_a_short_verb_is_found_in_its_forms() -> None:
    label = "evitar el gimnasio"
    (why,) = explain([label], "le saqué la vuelta al gimnasio toda la semana")
    assert "evitar ~ sacarle la vuelta (sinónimo)" in why.describe()


def test_a_reflexive_catalogue_verb_is_reached_from_the_labels_pronoun() -> None:
    assert tagged(["pesarme antes del desayuno"], "me subí a la báscula antes del desayuno")


def test_short_verbs_and_respelt_stems_read_as_their_infinitive() -> None:
    assert tagged(["buscar trabajo en internet"], "busqué trabajo en internet hasta tarde")
    assert tagged(["verme en fotos"], "no soporto ver fotos donde salgo, verme así")
    assert spanish_lexicon.stem("verme") == spanish_lexicon.stem("ver")
    assert spanish_lexicon.stem("saqué") == spanish_lexicon.stem("sacar")


def test_a_re_form_of_a_short_verb_is_the_verb() -> None:
    assert tagged(["subir fotos a instagram"], "resubí las fotos a instagram")
    assert tagged(["pagar la luz"], "apoquiné la luz por fin")


def test_a_label_that_says_when_is_met_by_what_it_says_the_cue_is() -> None:
    label = "pagar la renta a fin de mes"
    assert tagged([label], "pagué la renta y me quedé sin nada")
    # The time with only part of the rest is not the cue.
    label = "quedarme hasta tarde en la oficina"
    assert tagged([label], "me quedé hasta tarde viendo una serie") == ()
    assert tagged([label], "me quedé en la oficina hasta las diez")
    # One word beside the time is any mention of that word.
    assert tagged(["las noches en el hospital"], "el hospital me mandó la cuenta") == ()


def test_a_label_of_the_clients_doing_needs_a_verb_of_theirs() -> None:
    label = "salirme de la fila del banco"
    # Its place without the doing is not the cue.
    assert tagged([label], "la fila del banco iba rapidísimo hoy") == ()
    # A verb of the client's own before it, even one the tagger does not know, is.
    assert tagged([label], "abandoné la fila del banco con todo y papeles") == (label,)
    assert tagged([label], "me salí de la fila del banco") == (label,)


def test_a_labels_verb_on_another_object_is_not_the_cue() -> None:
    label = "buscar vuelos en internet"
    assert tagged([label], "estuve buscando recetas en internet") == ()
    assert tagged([label], "buscando vuelos en internet hasta las 3") == (label,)


def test_a_feeling_someone_else_has_is_theirs() -> None:
    assert tagged(["los celos cuando sale"], "mi sobrina tiene celos del bebé") == ()
    assert tagged(["el miedo a manejar"], "a mi hija le da miedo manejar") == ()
    assert tagged(["el miedo a manejar"], "me da miedo manejar en la noche")
    assert tagged(["los celos cuando sale"], "tengo celos cuando sale sin mí")
    # Said of someone else, a word of its family too ("es bien miedoso").
    assert tagged(["el miedo a manejar"], "mi perro es bien miedoso") == ()
    assert tagged(["la preocupación por el dinero"], "mi esposo está muy preocupado") == ()
    assert tagged(["la preocupación por el dinero"], "ando preocupadísima por el dinero")


# --- Spanglish ------------------------------------------------------------------


def test_an_english_word_in_a_spanish_text_meets_the_spanish_cue_word() -> None:
    label = "gritarle a mi hijo"
    (why,) = explain([label], "le grité al kid por el desorden")
    assert "hijo ~ kid (inglés)" in why.describe()


def test_english_of_several_words_meets_the_cue_word() -> None:
    label = "despertarme de madrugada"
    (why,) = explain([label], "me desperté in the middle of the night, otra vez")
    assert "madrugada ~ middle of the night (inglés)" in why.describe()


def test_an_english_verb_with_spanish_endings_meets_the_cue_word() -> None:
    label = "faltar a clase"
    (why,) = explain([label], "skipeé la clase de mate otra vez")
    assert "faltar ~ skipee (inglés)" in why.describe()


def test_a_longer_label_is_not_met_by_english_alone() -> None:
    label = "los mensajes del jefe de noche"
    assert tagged([label], "boss texts at night again") == ()
    assert tagged([label], "los texts del boss en la noche") == (label,)


def test_english_cue_sets_are_read_as_before() -> None:
    # The catalogues are Spanish: an English speaker's "phone" meets no "celular".
    assert CueMatcher([Cue("hide the phone")], "en").match("hid the cell") == ()


# --- the development set -------------------------------------------------------


def test_dev_es3_keeps_precision_and_what_the_catalogues_gained() -> None:
    rows = read_jsonl(DATA / "dev_es3.jsonl")
    scores, kinds = evaluate_by_kind(rows, load_cue_sets(DATA / "cue_sets_es5.json"), language="es")
    detail = "\n".join(scores.errors)
    # Measured before the catalogues: F1 0.825, precision 0.967, recall 0.720;
    # synonym recall 0.23, Spanglish 0.56.
    # After the catalogues: F1 0.887, precision 0.971. After other parts of speech,
    # several-word members and the client's own doing: F1 0.936, precision 0.986.
    assert scores.precision >= 0.98, detail
    assert scores.f1 >= 0.93, detail
    assert kinds["none"].false_pos == 0, detail
    assert kinds["synonym"].false_pos == 0 and kinds["spanglish"].false_pos == 0, detail
    assert kinds["synonym"].recall >= 0.69, detail
    assert kinds["keyword"].recall >= 0.66, detail
    assert kinds["spanglish"].recall >= 0.85, detail


def test_the_earlier_spanish_sets_keep_what_the_catalogues_gained() -> None:
    rows = read_jsonl(DATA / "dev_es.jsonl")
    scores, kinds = evaluate_by_kind(rows, load_cue_sets(DATA / "cue_sets_es2.json"), language="es")
    # Measured before: synonym 0.00, Spanglish 0.10; after: 0.50 and 0.50.
    assert scores.precision == 1.0, "\n".join(scores.errors)
    # This round: synonym 0.80, Spanglish 0.80, keyword 0.80 (0.70 before).
    assert kinds["synonym"].recall >= 0.8 and kinds["spanglish"].recall >= 0.8
    assert kinds["keyword"].recall >= 0.8
    both = {
        **load_cue_sets(DATA / "cue_sets_es.json"),
        **load_cue_sets(DATA / "cue_sets_es2.json"),
    }
    scores, kinds = evaluate_by_kind(read_jsonl(DATA / "dev_es2.jsonl"), both, language="es")
    # Measured before: synonym 0.20, Spanglish 0.43, precision 0.792.
    # This round: synonym 0.77, Spanglish 0.87, precision 0.961 (0.846 before).
    assert kinds["synonym"].recall >= 0.76 and kinds["spanglish"].recall >= 0.86
    assert scores.precision >= 0.96, "\n".join(scores.errors)


@pytest.mark.parametrize(
    ("labels", "text", "label"),
    [
        # Regional everyday words of the catalogue: the bus in Argentina and
        # Uruguay, the steering wheel in Peru and the Caribbean, searching
        # someone's things in Mexico.
        (
            ["el ruido del colectivo"],
            "el ruido de los bondis toda la noche",
            "el ruido del colectivo",
        ),
        (["las manos sudadas en el volante"], "las manos sudadas en el timón", None),
        (["revisar su cartera"], "le esculqué la cartera mientras se bañaba", None),
        (["el miedo a las alturas"], "el julepe de las alturas, no subí", None),
        (["la junta en la oficina"], "la junta en la ofi se alargó", None),
        # A feminine of "-or" is read as its noun: "counselor" for "orientadora".
        (["la junta con la orientadora"], "la junta con la counselor salió fatal", None),
        # "venza" is a form of "vencer(se)", so a document that "caduca" is it.
        (["que se me venza la visa"], "se me va a caducar la visa", None),
    ],
)
def test_regional_words_and_spellings_meet_the_cue(
    labels: list[str], text: str, label: str | None
) -> None:
    matcher = CueMatcher([Cue(each) for each in labels], "es")
    assert matcher.match(text) == (label or labels[0],)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # The label says a several-word member of the catalogue; the text says its
        # mate, one word for all of them.
        ("la pastilla para dormir", "me tomé el somnífero otra vez a las 2"),
        ("la tarjeta de crédito al límite", "el plástico al límite otra vez"),
        ("la cuenta del banco en rojo", "la cuenta del banco sobregirada"),
    ],
)
def test_a_catalogue_member_of_several_label_words_is_met_by_its_mate(
    label: str, text: str
) -> None:
    assert CueMatcher([Cue(label), Cue("la tos de la mañana")], "es").match(text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # The member's own word is the label's word, not the member's mate.
        ("la tarjeta de crédito al límite", "compré una tarjeta de regalo"),
        ("la pastilla para dormir", "la pastilla para la tos me da sueño"),
    ],
)
def test_a_members_own_word_alone_is_not_the_member(label: str, text: str) -> None:
    assert CueMatcher([Cue(label), Cue("la tos de la mañana")], "es").match(text) == ()


@pytest.mark.parametrize("text", ["peleé con mi mom otra vez", "otra pelea con mi mommy"])
def test_spanglish_is_read_as_the_texts_words_are(text: str) -> None:
    # The text's "mom" and "mommy" are read as "mum": so is the catalogue's.
    label = "pelear con mi mamá"
    assert CueMatcher([Cue(label), Cue("la tos de la mañana")], "es").match(text) == (label,)


# --- relatives and sensations said as a short paraphrase ----------------------


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("pedirle dinero a mi cuñado", "le pedí dinero al marido de mi hermana otra vez"),
        ("las visitas de mi suegro", "otra vez las visitas del papá de mi esposa, todo el finde"),
        ("discutir con mi nuera", "discutí con la esposa de mi hijo por los nietos"),
        ("cuidar a mi sobrina", "me tocó cuidar a la hija de mi hermano toda la tarde"),
        ("la opresión en el pecho", "otra vez el apretón en el pecho antes de la junta"),
        ("el dolor de espalda al levantarme", "amanecí con un lumbago que no me dejaba levantarme"),
        ("las cañas con los compañeros", "unas birras con los compañeros al salir"),
    ],
)
def test_a_relative_or_sensation_said_as_a_paraphrase_meets_the_cue(label: str, text: str) -> None:
    assert tagged([label, "la tos de la mañana"], text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # Someone else's relative is not the client's ("su hermana").
        ("pedirle dinero a mi cuñado", "mi jefe le pidió dinero a su hermana"),
        # Another's husband is no brother-in-law; a mother-in-law is no father-in-law.
        ("las visitas de mi cuñado", "otra vez las visitas del esposo de mi amiga"),
        ("las visitas de mi suegro", "otra vez las visitas de la mamá de mi esposo"),
        # A squeeze of another kind.
        ("la opresión en el pecho", "me dio un apretón de manos muy fuerte en la junta"),
    ],
)
def test_a_paraphrase_is_met_only_whole(label: str, text: str) -> None:
    assert tagged([label, "la tos de la mañana"], text) == ()


def test_going_to_see_a_person_is_visiting_them() -> None:
    whys = explain(["visitar a mi tía", "la tos de la mañana"], "pasé a ver a mi tía al salir")
    said = [(e.text_word, e.how) for why in whys for e in why.evidence]
    assert ("pase a ver a", "sense") in said
    # Going to see a thing is no visit by the catalogue ("ir a ver a" needs its "a").
    whys = explain(["visitar a mi tía", "la tos de la mañana"], "fui a ver la peli con mi tía")
    assert all(e.how != "sense" for why in whys for e in why.evidence)
