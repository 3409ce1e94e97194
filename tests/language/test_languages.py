"""The clients' languages, without a database: the catalogue, SMS segments, every
fixed text within one segment of its English, the docs table, Spanish cues."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.cli.texts import committed_table, texts_table
from shared.kernel.config import DEFAULT_CRISIS_REPLY, DEFAULT_CRISIS_REPLY_ES
from shared.language import catalogue
from shared.language.catalogue import (
    LANGUAGES,
    CatalogueError,
    has_text,
    keyword_form,
    placeholders,
    say_voice,
    switch_keywords,
    text_for,
)
from shared.language.cues import Cue, CueMatcher, tag
from shared.language.sms import Encoding, segments
from shared.noticings.fixed_texts import ENGLISH_TEXTS, EXAMPLE_SETTINGS, FIXED_TEXTS
from shared.noticings.incoming import keyword_of
from shared.outreach import texts
from tests.support.paths import TESTS
from tests.support.tagging import evaluate, load_cue_sets, read_jsonl

OTHER_LANGUAGES = [language for language in LANGUAGES if language != "en"]
DOC = TESTS.parent / "docs" / "languages.md"
DATA = TESTS / "data" / "tagging"


# --- the catalogue ---------------------------------------------------------------------


def test_spanish_is_a_language_and_english_is_the_source() -> None:
    assert LANGUAGES[0] == "en"
    assert "es" in LANGUAGES


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_english_text_has_its_entry(language: str) -> None:
    missing = [english for english in ENGLISH_TEXTS if not has_text(language, english)]
    assert missing == []


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_entry_is_a_text_the_code_sends(language: str) -> None:
    found = catalogue.catalogue(language)
    assert found is not None
    assert sorted(set(found.texts) - set(ENGLISH_TEXTS)) == []


def test_the_spanish_crisis_reply_setting_and_the_catalogue_say_the_same() -> None:
    assert text_for("es", DEFAULT_CRISIS_REPLY) == DEFAULT_CRISIS_REPLY_ES


def test_placeholders_are_filled_and_a_language_without_catalogue_gets_english() -> None:
    spanish = text_for("es", texts.FREQUENCY_PLAN, when="lun-vie 08:30", per_week=3)
    assert spanish == "Recordatorios lun-vie 08:30, hasta 3 por semana."
    assert text_for("xx", texts.RESUMED) == texts.RESUMED
    assert placeholders("{cue} → {action}, {{literal}}") == ["action", "cue"]


def _po(tmp_path: Path, msgid: str, msgstr: str, flags: str = "") -> Path:
    path = tmp_path / "fr.po"
    flag_line = f"#, {flags}\n" if flags else ""
    path.write_text(
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\n'
        f'{flag_line}msgid "{msgid}"\nmsgstr "{msgstr}"\n',
        encoding="utf-8",
    )
    return path


def test_a_catalogue_with_a_changed_placeholder_or_a_fuzzy_entry_is_refused(tmp_path) -> None:
    good = catalogue._read(_po(tmp_path, "Hello {name}", "Bonjour {name}"))
    assert good.texts == {"Hello {name}": "Bonjour {name}"}
    with pytest.raises(CatalogueError, match="placeholders"):
        catalogue._read(_po(tmp_path, "Hello {name}", "Bonjour {nom}"))
    with pytest.raises(CatalogueError, match="fuzzy"):
        catalogue._read(_po(tmp_path, "Hello", "Bonjour", flags="fuzzy"))


def test_keywords_ignore_accents_case_and_spanish_marks() -> None:
    assert keyword_form("sí") == keyword_form("SI") == "SI"
    assert keyword_of("¡Ayuda!") == "AYUDA"
    assert keyword_of("Español") == "ESPANOL"
    assert keyword_of("para de escribir") == ""
    assert switch_keywords() == {"ENGLISH": "en", "ESPANOL": "es"}


def test_spanish_is_read_aloud_in_a_us_spanish_voice() -> None:
    voice = say_voice("es")
    assert (voice.language, voice.voice) == ("es-US", "Polly.Lupe")
    assert say_voice("en").voice is None  # English keeps the account's default, as before


def test_weekdays_and_reminder_days_in_spanish() -> None:
    from datetime import UTC, datetime

    from shared.outreach.reminders import ReminderSpec

    saturday = datetime(2026, 3, 14, 18, 0, tzinfo=UTC)
    assert "sábado" in texts.nudge_text(saturday, "America/Chicago", "es")
    assert "Saturday" in texts.nudge_text(saturday, "America/Chicago", "en")
    assert texts.reminder_days(ReminderSpec(frozenset(range(5)), 510), "es") == "lun-vie 08:30"
    assert texts.reminder_days(ReminderSpec(frozenset(range(7)), 510), "es") == "a diario 08:30"


def test_texts_an_operator_rewords_keep_their_spanish_setting() -> None:
    from dataclasses import replace

    default = EXAMPLE_SETTINGS
    assert texts.ack_text(default, "es") == "Recibido, gracias. Se guarda para tu siguiente cita."
    reworded = replace(default, ack_reply_es="Gracias.", help_reply="Help me.", ack_reply="Ok.")
    assert texts.ack_text(reworded, "es") == "Gracias."
    assert texts.help_text(reworded, "en").startswith("Help me.")
    # No acknowledgement at all is none in every language.
    assert texts.ack_text(replace(default, ack_reply=""), "es") == ""


# --- SMS segments ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding", "count"),
    [
        ("", Encoding.GSM7, 0),
        ("a" * 160, Encoding.GSM7, 1),
        ("a" * 161, Encoding.GSM7, 2),
        ("a" * 306, Encoding.GSM7, 2),
        ("a" * 307, Encoding.GSM7, 3),
        ("ñé¿¡ü" * 32, Encoding.GSM7, 1),  # 160 characters, all GSM-7
        ("€" * 80, Encoding.GSM7, 1),  # the extension table: two septets each
        ("€" * 81, Encoding.GSM7, 2),
        ("a" * 152 + "€" + "a" * 100, Encoding.GSM7, 2),  # the escape pair never split...
        ("a" * 157 + "€" * 2, Encoding.GSM7, 2),
        ("a" * 152 + "€" * 2 + "a" * 150, Encoding.GSM7, 3),  # ...so it moves whole
        ("á" + "a" * 69, Encoding.UCS2, 1),
        ("á" + "a" * 70, Encoding.UCS2, 2),
        ("á" + "a" * 133, Encoding.UCS2, 2),
        ("á" + "a" * 134, Encoding.UCS2, 3),
        ("\U0001f62d" * 35, Encoding.UCS2, 1),  # an emoji is two UTF-16 units
        ("\U0001f62d" * 36, Encoding.UCS2, 2),
    ],
)
def test_segments_count_as_carriers_do(text: str, encoding: Encoding, count: int) -> None:
    counted = segments(text)
    assert (counted.encoding, counted.count) == (encoding, count)


@pytest.mark.parametrize("fixed", [f for f in FIXED_TEXTS if not f.spoken], ids=lambda f: f.name)
@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_text_is_within_one_segment_of_its_english(fixed, language: str) -> None:
    english, other = fixed.render("en"), fixed.render(language)
    assert other, fixed.name
    assert segments(other).count <= segments(english).count + 1, (english, other)


@pytest.mark.parametrize(
    "name", ["Welcome, no reminders", "Welcome, reminders Wed,Sat 10:00", "HELP"]
)
def test_the_long_spanish_texts_stay_in_gsm7(name: str) -> None:
    [fixed] = [f for f in FIXED_TEXTS if f.name.startswith(name)]
    assert segments(fixed.render("es")).encoding is Encoding.GSM7
    assert segments(texts.unknown_sender_text(EXAMPLE_SETTINGS)).count == 1


def test_the_docs_table_is_the_generated_one() -> None:
    # Regenerate with: carryback texts --table --write docs/languages.md
    assert committed_table(DOC) == texts_table()


# --- cues in Spanish -------------------------------------------------------------------


def test_a_spanish_cue_meets_its_inflections_missing_accents_and_mixed_texts() -> None:
    matcher = CueMatcher(
        [Cue("gritarles a mis hijos"), Cue("el bajón después de cenar"), Cue("no poder dormir")],
        "es",
    )
    assert matcher.match("hoy les grité a mis hijos") == ("gritarles a mis hijos",)
    assert matcher.match("grite a mis hijos, otra vez") == ("gritarles a mis hijos",)
    assert matcher.match("me dio el bajon despues de la cena") == ("el bajón después de cenar",)
    assert matcher.match("no dormí nada") == ("no poder dormir",)
    assert matcher.match("so tired, no pude dormir again") == ("no poder dormir",)
    assert matcher.match("fuimos al parque") == ()


def test_an_english_client_is_read_in_english_only() -> None:
    cues = [Cue("car rides")]
    # The Spanish stemmer would make "care" and "car" one word; English does not.
    assert CueMatcher(cues, "en").match("I care about it") == ()
    assert tag("grité a mis hijos", [Cue("gritarles a mis hijos")], language="es").cues
    assert CueMatcher(cues, "en").language == "en" and list(CueMatcher(cues)) == cues


def test_the_spanish_held_out_set_is_tagged_in_spanish() -> None:
    cue_sets = load_cue_sets(DATA / "cue_sets_es.json")
    rows = read_jsonl(DATA / "heldout_es.jsonl")
    spanish = evaluate(rows, cue_sets, language="es")
    english = evaluate(rows, cue_sets)
    assert spanish.recall > english.recall
    assert spanish.precision >= 0.95 and spanish.recall >= 0.85
