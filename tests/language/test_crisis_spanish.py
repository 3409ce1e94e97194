"""Crisis triage in Spanish: every plain statement flagged, disguised or not, on
every message whatever the client's language; Spanish hyperbole, denials and
other people's words left alone; the fixed reply in Spanish and English."""

from __future__ import annotations

import email
import email.policy
import math
import re
import unicodedata
from collections.abc import Callable
from xml.sax.saxutils import unescape

import pytest
from sqlalchemy import select

from services.intake.app import create_app
from services.simulator.webhooks import new_sid
from services.worker.jobs import _alert_if_pending, send_message
from services.worker.runner import run_worker
from shared.db.models import AlertStatus, Noticing, new_id
from shared.infra.jobs import URGENT
from shared.kernel.config import DEFAULT_CRISIS_REPLY, DEFAULT_CRISIS_REPLY_ES, Settings
from shared.language.crisis import (
    ENGLISH,
    OVERDOSE,
    SELF_HARM,
    SPANISH,
    SUICIDAL_IDEATION,
    CrisisSignal,
    detect_crisis,
)
from shared.outreach import messaging
from shared.roster.clients import get_client
from shared.vault.sealed import NOTICING_BODY
from tests.outreach import test_messaging
from tests.services.intake import test_intake_sms
from tests.services.intake.test_intake_sms import noticings, queued, sms_params
from tests.services.summary import test_summary
from tests.support.paths import TESTS
from tests.support.tagging import evaluate_crisis, read_jsonl
from tests.support.webhooks import signed_post

# An enrolled client and the intake (tests/test_intake_sms.py).
client_id = test_intake_sms.client_id
http = test_intake_sms.http
# The SMTP sink and the clinician's certificate (tests/test_summary.py).
smtp_port = test_summary.smtp_port
inbox = test_summary.inbox
clinician_keys = test_summary.clinician_keys
mail_ctx = test_summary.mail_ctx
# The Twilio stand-in and the intake served over HTTP (tests/test_messaging.py).
stand_in = test_messaging.stand_in
control = test_messaging.control
msg_ctx = test_messaging.msg_ctx

DATA = TESTS / "data" / "tagging"

# The eight texts of the defect: none was flagged before Spanish triage.
PLAINEST = [
    "ya no quiero vivir",
    "me quiero matar",
    "quiero morir",
    "quiero morirme",
    "me voy a suicidar",
    "quiero quitarme la vida",
    "no vale la pena vivir",
    "quiero acabar con todo",
]

SUICIDAL = [
    *PLAINEST,
    "me quiero morir",
    "kiero morir",
    "no quiero vivir más",
    "no quiero seguir viviendo",
    "no quiero existir",
    "no sé si quiero vivir",
    "no quiero vivir sin ti",
    "me voy a quitar la vida",
    "voy a suicidarme",
    "me quiero suicidar",
    "intenté suicidarme",
    "estoy pensando en suicidarme",
    "he pensado en el suicidio",
    "tengo pensamientos de muerte",
    "me siento suicida",
    "tengo pensamientos suicidas",
    "la vida no tiene sentido",
    "la verdad no le veo sentido a la vida",
    "¿qué sentido tiene vivir?",
    "ya no tiene caso vivir",
    "¿qué caso tiene seguir?",
    "quiero que todo se acabe ya",
    "solo quiero que todo termine",
    "si me muriera a nadie le importaría",
    "no merezco seguir viviendo",
    "merezco la muerte",
    "estoy preparada para morir",
    "me quiero dejar morir",
    "sería mejor no existir",
    "ojalá me llevara la muerte",
    "ojalá me pegara un carro",
    "mi vida no vale nada",
    "¿para qué vivir?",
    "no tengo razones para vivir",
    "sin ganas de vivir",
    "mejor estaría muerto",
    "mejor estaría muerta",
    "estaría mejor muerta",
    "prefiero estar muerta",
    "ojalá no despertar",
    "ojalá no despertarme mañana",
    "quisiera dormir y no despertar",
    "no quiero despertar mañana",
    "quiero dormir para siempre",
    "ojalá me muera",
    "ojalá no hubiera nacido",
    "ojalá me atropelle un camión",
    "quiero desaparecer para siempre",
    "quiero dejar de existir",
    "me quiero ir de este mundo",
    "ya no quiero estar aquí",
    "voy a acabar con mi vida",
    "todos estarían mejor sin mí",
    "mi familia estaría mejor sin mí",
    "nadie me extrañaría",
    "a nadie le importaría si me muero",
    "no aguanto más vivir",
    "ya no puedo seguir viviendo",
    "tengo ganas de morirme",
    "estoy harta de vivir",
    "cansado de la vida",
    # Grief is not hyperbole: only embarrassment, laughter, hunger and the like are.
    "me quiero morir de tristeza",
    # "quería", "podría", "iba a" may be the client's own: with no one else named, flagged.
    "quería morir",
    "de niña quería morir",
    "podría matarme",
    "le dije a mi novio que iba a matarme",
    "hoy me mato",
    "si me deja me mato",
    "me mato el viernes",
    "me voy a tirar del puente",
    "quiero tirarme a las vías del metro",
    "me quiero ahorcar",
    "me voy a pegar un tiro",
    "hoy me voy a colgar",
    "compré una soga",
    "mejor desaparezco y ya",
    "dejé una carta de despedida para mi familia",
    "la verdad me mato",
    "esta noche me mato",
]

SELF_HARMING = [
    "me corté otra vez",
    "me volví a cortar",
    "quiero cortarme",
    "cortarme las venas",
    "me corto los brazos",
    "me corto mucho",
    "me hago daño",
    "quiero hacerme daño",
    "ganas de lastimarme",
    "me lastimo a propósito",
    "me lastimo cuando estoy triste",
    "me lastimé los brazos",
    "autolesión",
    "me autolesiono",
    "me quemé los brazos con un encendedor",
    "otra vez me volví a lastimar los brazos",
    "sigo lastimándome",
    "estoy cortándome otra vez",
    "sigo haciéndome daño",
    "tengo heridas en los brazos",
]

OVERDOSING = [
    "me tomé todas las pastillas",
    "tomarme todas las pastillas",
    "me voy a tomar un frasco de pastillas",
    "me tomé la caja entera de paracetamol",
    "me tomé todo el frasco",
    "me tragué todas las pastillas para dormir",
    "me tomé 30 pastillas de clonazepam",
    "sobredosis",
    "una sobredosis de pastillas",
    "estoy juntando pastillas",
    "envenenarme",
    "casi muero de una sobredosis",
    "tengo los calmantes aquí, me los voy a tragar todos",
    "voy a tomarme los calmantes de mi papá",
    "bebí cloro",
]

# Everyday Spanish hyperbole: "I could die of embarrassment" is benign in the
# English rules, and so is "me quiero morir de la vergüenza".
IDIOMS = [
    "me muero de risa",
    "me muero de hambre",
    "me muero de sueño",
    "me muero de calor",
    "me muero de ganas de ir",
    "me muero por verte",
    "me mata el calor",
    "este tráfico me va a matar",
    "mi jefe me va a matar",
    "mi mamá me va a matar",
    "mi mamá me mataría si se entera",
    "el calor va a matarme",
    "me quiero morir de la vergüenza",
    "me quiero morir de la verguenza jaja",
    "me quiero morir de la risa",
    "la película me mató de la risa",
    "me mató el examen",
    "el calor de ayer me mató",
    "la reunión me mató",
    "me mato trabajando",
    "me voy a matar estudiando",
    "me quiero matar de lo aburrida que estoy",
    "estoy muerto de sueño",
    "antes muerta que sencilla",
    "mejor morir de pie que vivir de rodillas",
    "que me parta un rayo si miento",
    "misión suicida",
]

DENIALS = [
    "no quiero morir",
    "no me quiero morir",
    "no quiero morir todavía",
    "ya no me quiero morir",
    "nunca me haría daño",
    "no quiero lastimarme",
    "no me voy a matar",
    "no pienso suicidarme",
    # "I no longer think about killing myself": a clear denial, benign as
    # "no thoughts of ending it this week" is in English.
    "ya no pienso en suicidarme",
    "no tengo ideas suicidas",
    "no he tenido pensamientos de hacerme daño",
    "antes quería morirme, ahora ya no",
    "no merezco morir",
]

# Someone else's life, or someone else acting on the client. Someone close who
# wants to die now is flagged (tests/language/test_crisis_third_party.py); a
# past wish no one reports, a death that happened and a story are not.
OTHER_PEOPLE = [
    "mi abuela quería morir en casa",
    "mi abuela quisiera morir en casa",
    "en la novela el protagonista se quiere matar",
    "mi gato se quiere morir de calor",
    "mi tío se suicidó hace años",
    "mi hermano trató de matarme",
    "me iba a matar un carro y yo ni me movía",
    "pienso mucho en la muerte de mi papá",
    "mi perro se murió",
    "el protagonista se suicida",
    "mi primo murió de sobredosis",
    "mi abuela está lista para morir en paz",
]

EVERYDAY = [
    "me corté el pelo",
    "estoy cortándome el pelo",
    "me voy a cortar el pelo",
    "me corté el dedo cocinando",
    "me corté con un papel",
    "me corté cortando cebolla",
    "me hice una herida en la rodilla jugando",
    "tengo que tomarme las pastillas de la mañana",
    "quiero que todo termine bien",
    "sería mejor morir de viejo",
    "me corté un pedazo de pastel",
    "me van a cortar la luz",
    "mi mamá me cortó el pelo",
    "me lastimé la rodilla jugando fútbol",
    "me lastimó el comentario de mi jefa",
    "me hice daño en el gimnasio",
    "me quemé con el horno",
    "me quemé en la playa",
    "una sobredosis de azúcar",
    "sobredosis de chocolate lol",
    "me tomé mis pastillas como siempre",
    "olvidé tomar mis medicinas",
    "no quiero vivir en esta ciudad",
    "no puedo vivir sin ti",
    "cansada de vivir con mis suegros",
    "quiero acabar con todo el trabajo hoy",
    "voy a terminar con todo lo pendiente",
    "quiero desaparecer para siempre de las redes",
    "me gustaría desaparecer un rato",
    "mejor desaparezco un rato de las redes",
    "escribí mi carta de despedida del trabajo",
    "me voy a colgar la medalla",
    "tengo una soga para el tendedero",
    "nadie me extrañaría en la fiesta",
    "ojalá no despierte el bebé",
    "espero no despertar a mi compañera",
    "quiero que no me despierte nadie",
    "ya no quiero seguir con el tratamiento",
    "no sé qué hacer con mi vida",
    "ya no puedo más con este trabajo",
    "no aguanto más a mi jefe",
    "quiero vivir",
    "me encanta vivir aquí",
]


@pytest.mark.parametrize("text", SUICIDAL)
def test_it_flags_suicidal_ideation_written_in_spanish(text: str) -> None:
    assert detect_crisis(text) == CrisisSignal(SUICIDAL_IDEATION, SPANISH)


@pytest.mark.parametrize("text", SELF_HARMING)
def test_it_flags_self_harm_written_in_spanish(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None
    assert signal.category in {SELF_HARM, SUICIDAL_IDEATION}
    assert signal.language == SPANISH


@pytest.mark.parametrize("text", OVERDOSING)
def test_it_flags_overdose_written_in_spanish(text: str) -> None:
    assert detect_crisis(text) == CrisisSignal(OVERDOSE, SPANISH)


@pytest.mark.parametrize("text", IDIOMS + DENIALS + OTHER_PEOPLE + EVERYDAY)
def test_spanish_hyperbole_denials_and_other_people_stay_benign(text: str) -> None:
    assert detect_crisis(text) is None


def test_the_spanish_held_out_sets_keep_their_figures() -> None:
    crisis = evaluate_crisis(read_jsonl(DATA / "crisis_heldout_es.jsonl"))
    assert set(crisis.expected) >= {"homoglyph", "invisible", "spacing", "digits", "accents"}
    assert crisis.missed == 0, crisis.errors
    idioms = evaluate_crisis(read_jsonl(DATA / "crisis_idioms_es.jsonl"))
    assert idioms.benign["idiom"] >= 20
    assert sum(idioms.false_alarms.values()) <= 2, idioms.errors
    both = evaluate_crisis(read_jsonl(DATA / "crisis_heldout_es2.jsonl"))
    assert both.missed == 0, both.errors
    assert sum(both.false_alarms.values()) <= 2, both.errors


def test_the_spanish_dev_set_finds_every_crisis_of_every_class() -> None:
    dev = evaluate_crisis(read_jsonl(DATA / "crisis_dev_es.jsonl"))
    assert set(dev.expected) >= {"plain", "disguised", "negation_scope", "third_party"}
    assert set(dev.benign) >= {"idiom", "negation", "other_subject", "everyday"}
    assert dev.missed == 0, dev.errors
    assert sum(dev.false_alarms.values()) <= 2, dev.errors


# --- disguises: each crisis form, each disguise -------------------------------------

DISGUISED_FORMS = [
    *PLAINEST,
    "estoy pensando en suicidarme",
    "mejor estaría muerta",
    "ojalá no despertar",
    "todos estarían mejor sin mí",
    "quiero hacerme daño",
    "me corto los brazos",
    "me tomé todas las pastillas",
    "sobredosis",
]


def _longest_word(text: str) -> str:
    return max(text.split(), key=len)


def _in_longest_word(change: Callable[[str], str]) -> Callable[[str], str]:
    """A disguise applied to the longest word only, as a client hides the word that matters."""
    return lambda text: text.replace(_longest_word(text), change(_longest_word(text)), 1)


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _leet(word: str) -> str:
    # Inside the word only: "qu13ro", as "k1ll" is in English.
    return word[0] + word[1:-1].translate(str.maketrans("aeio", "4310")) + word[-1]


DISGUISES: dict[str, Callable[[str], str]] = {
    "accents dropped": _without_accents,
    "accents added": _in_longest_word(lambda w: w.translate(str.maketrans("aiou", "áíóú"))),
    "homoglyphs": lambda text: text.translate(str.maketrans("aeo", "\u0430\u0435\u043e")),
    "invisible": lambda text: (
        "\ufeff" + _in_longest_word(lambda w: w[:2] + "\u00ad" + w[2:4] + "\u200b" + w[4:])(text)
    ),
    "letter spacing": _in_longest_word(lambda w: " ".join(w)),
    "digits for letters": _in_longest_word(_leet),
    "stretched": _in_longest_word(lambda w: w + w[-1] * 4),
    "shouted": str.upper,
    "among ordinary sentences": lambda text: (
        f"Hoy fui al trabajo, todo normal. {text}. Mañana tengo cita con la doctora."
    ),
}


@pytest.mark.parametrize("disguise", DISGUISES)
@pytest.mark.parametrize("text", DISGUISED_FORMS)
def test_every_spanish_crisis_form_is_found_under_every_disguise(text: str, disguise: str) -> None:
    disguised = DISGUISES[disguise](text)
    assert disguised != text or disguise == "accents dropped"
    signal = detect_crisis(disguised)
    assert signal is not None, disguised
    assert signal.language == SPANISH


@pytest.mark.parametrize(
    "text",
    [
        "me voy a m a t a r",  # the "a" of "voy a" is not the first letter of "matar"
        "voy a m-a-t-a-r-m-e",
        "quiero a h o r c a r m e",  # here it is
        "m4t4rme",
    ],
)
def test_one_letter_words_do_not_hide_a_spelled_out_word(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "No. Me quiero matar",
        "no sé, quiero morir",
        "no sé quiero morir",  # "no" with no comma still denies nothing here
        "no puedo más quiero morir",
        "no me importa nada me quiero morir",
        "no dormí y quiero morirme",
        "no más quiero morirme",  # "nomás": just
        "¿estoy bien? no. ya no quiero vivir",
        "quiero morir ya no aguanto",
    ],
)
def test_a_no_elsewhere_in_the_sentence_does_not_deny_the_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text", ["me muero de r i s a", "ME MUERO DE HAMBRE", "me quiero morir de la vergüenza"]
)
def test_disguised_hyperbole_stays_benign(text: str) -> None:
    assert detect_crisis(text) is None


def test_the_language_is_the_one_the_crisis_was_written_in() -> None:
    assert detect_crisis("I want to die") == CrisisSignal(SUICIDAL_IDEATION, ENGLISH)
    assert detect_crisis("ya no quiero vivir") == CrisisSignal(SUICIDAL_IDEATION, SPANISH)
    # Read in English first: a message that is a crisis in both is answered as English.
    assert detect_crisis("I want to die. quiero morir").language == ENGLISH
    signal = detect_crisis("me quiero matar, llámame al 55 1234 5678")
    assert signal is not None and "1234" not in repr(signal)


@pytest.mark.parametrize(
    "unit", ["me mato el ", "no quiero vivir en ", "m a t a r ", "me tomé todas las ", "no sé si "]
)
def test_a_20000_character_spanish_body_is_triaged(unit: str) -> None:
    body = (unit * 20_000)[:20_000].rsplit(" ", 1)[0] + " "
    assert detect_crisis(body) is None
    assert detect_crisis(body + ". ya no quiero vivir") is not None


# --- the fixed reply ------------------------------------------------------------------

# GSM 03.38's basic alphabet: a text using only these is sent 153 characters a
# segment; one character outside it (an "á") makes every segment 67.
GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)


def sms_segments(text: str) -> int:
    if set(text) <= GSM7:
        return 1 if len(text) <= 160 else math.ceil(len(text) / 153)
    return 1 if len(text) <= 70 else math.ceil(len(text) / 67)


def settings() -> Settings:
    return Settings(database_url="sqlite://", redis_url="redis://", master_key=bytes(32))


def test_a_spanish_crisis_gets_the_reply_in_spanish_then_english() -> None:
    reply = messaging.crisis_reply_text(settings(), SPANISH)
    assert reply == f"{DEFAULT_CRISIS_REPLY_ES}\n\n{DEFAULT_CRISIS_REPLY}"
    for words in ("llama al 988 y marca 2", "AYUDA", "al 988", "911", "en tiempo real"):
        assert words in DEFAULT_CRISIS_REPLY_ES


def test_an_english_crisis_from_an_english_client_gets_english_only() -> None:
    assert messaging.crisis_reply_text(settings(), ENGLISH) == DEFAULT_CRISIS_REPLY


def test_the_client_language_can_be_passed_and_is_never_repeated() -> None:
    current = settings()
    assert messaging.crisis_reply_text(current, SPANISH, SPANISH) == DEFAULT_CRISIS_REPLY_ES
    both = f"{DEFAULT_CRISIS_REPLY}\n\n{DEFAULT_CRISIS_REPLY_ES}"
    assert messaging.crisis_reply_text(current, ENGLISH, SPANISH) == both
    # A client language with no fixed reply yet: the crisis's language still answers.
    assert messaging.crisis_reply_text(current, SPANISH, "fr") == DEFAULT_CRISIS_REPLY_ES
    assert messaging.crisis_reply_text(current, "fr", "fr") == DEFAULT_CRISIS_REPLY


def test_the_replies_stay_in_gsm7_and_few_segments() -> None:
    assert set(DEFAULT_CRISIS_REPLY_ES) <= GSM7, set(DEFAULT_CRISIS_REPLY_ES) - GSM7
    assert sms_segments(DEFAULT_CRISIS_REPLY_ES) <= 2
    assert sms_segments(messaging.crisis_reply_text(settings(), SPANISH)) <= 3


# --- end to end: the webhook, the alert, the voice note -------------------------------


def reply_in(response) -> str:
    """The text of the one <Message> in a TwiML answer."""
    [message] = re.findall(r"<Message[^>]*>(.*?)</Message>", response.get_data(as_text=True), re.S)
    return unescape(message)


def test_spanish_crisis_text_gets_988_in_spanish_and_english_and_one_alert(
    mail_ctx, inbox, signer, clinician_keys, tmp_path
) -> None:
    cert_pem, key_path = clinician_keys
    test_summary.enrol(mail_ctx, cert_pem, next_session=test_summary.local_in(30, "UTC"), tz="UTC")
    params = sms_params("no dormí nada. ya no quiero vivir", frm=test_summary.PHONE)
    intake = create_app(mail_ctx).test_client()

    answer = reply_in(signed_post(intake, signer, "/twilio/sms", params))
    assert answer == messaging.crisis_reply_text(mail_ctx.settings, SPANISH)
    for words in ("988", "marca 2", "AYUDA", "911", "not monitored in real time"):
        assert words in answer
    [row] = noticings(mail_ctx)
    assert row.crisis and row.crisis_reply_sent and row.crisis_alert == AlertStatus.PENDING

    # Twilio delivers the same text again: the same reply, still one alert.
    assert reply_in(signed_post(intake, signer, "/twilio/sms", params)) == answer
    run_worker(burst=True, sweep=False)
    run_worker(burst=True, sweep=True)
    [(_, recipients, raw)] = inbox.messages
    assert recipients == ["rivera@example.org"]
    outer = email.message_from_bytes(raw, policy=email.policy.default)
    assert outer["Subject"] == "A client message needs your attention"
    inner = test_summary.parts(test_summary.decrypt(raw, key_path, tmp_path))
    assert "ya no quiero vivir" in inner["text/plain"]


def test_spanish_crisis_from_an_unknown_number_gets_the_spanish_resources(
    ctx, http, signer
) -> None:
    params = sms_params("me quiero matar", frm="+14155559999")
    answer = reply_in(signed_post(http, signer, "/twilio/sms", params))
    assert answer == messaging.crisis_reply_text(ctx.settings, SPANISH)
    assert noticings(ctx) == []


def test_spanish_crisis_sent_to_another_number_gets_the_spanish_resources(
    ctx, http, signer
) -> None:
    params = sms_params("quiero morirme", To="+15005550009")
    answer = reply_in(signed_post(http, signer, "/twilio/sms", params))
    assert answer == messaging.crisis_reply_text(ctx.settings, SPANISH)
    assert noticings(ctx) == []


def test_spanish_hyperbole_is_acknowledged_like_any_noticing(ctx, http, signer, redis) -> None:
    params = sms_params("me muero de risa con el video del perro")
    answer = reply_in(signed_post(http, signer, "/twilio/sms", params))
    assert answer == ctx.settings.ack_reply
    assert not noticings(ctx)[0].crisis
    assert queued(redis, URGENT) == 0


def test_spanish_crisis_in_a_voice_transcript_gets_both_replies_by_sms(msg_ctx, control) -> None:
    ctx = msg_ctx
    client_id = test_messaging.enrol(ctx, "America/Chicago")
    with ctx.db.session() as session:
        noticing = Noticing(
            id=new_id(),
            client_id=client_id,
            kind="voice",
            source_sid=new_sid("RE"),
            status="tagged",
            crisis=True,
            crisis_alert="pending",
        )
        opened = ctx.keys.open_client(session, get_client(session, client_id))
        opened.seal(NOTICING_BODY, noticing, "no sé, me quiero morir")
        session.add(noticing)
    _alert_if_pending(ctx, noticing.id)
    [reply] = test_messaging.rows(ctx, client_id)
    assert send_message(reply.id) == "sent"
    [sent] = control.messages()
    assert sent["body"] == messaging.crisis_reply_text(ctx.settings, SPANISH)
    with ctx.db.session() as session:
        stored = session.execute(select(Noticing).where(Noticing.id == noticing.id)).scalar_one()
        assert stored.crisis_reply_sent
