"""A Spanish-speaking client in a real browser: enrolled in Spanish, the practice
previewed in Spanish as it is typed, the language changed on the client's page."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Console, onboard, shot

pytestmark = pytest.mark.browser
ROSA = "rosa.medina@clinic.test"


def test_a_client_enrolled_in_spanish_sees_spanish_previews(page: Page, console: Console) -> None:
    link = console.invite("Dr. Rosa Medina", ROSA)
    onboard(page, link, ROSA)

    page.get_by_role("link", name="Enrol a client").first.click()
    page.get_by_label("Name or alias").fill("Lucía Ramírez")
    page.get_by_label("Mobile number").fill("(312) 555-0177")
    page.get_by_label("Time zone").select_option("America/Chicago")
    language = page.get_by_label("Language the client writes in")
    expect(language).to_have_value("en")
    language.select_option(label="Español")
    page.get_by_label("The client agreed in session").check()
    shot(page, "lang-01-enrol-spanish")
    page.get_by_role("button", name="Enrol").click()

    # The live preview (the page's script) fills the Spanish templates as cues are typed.
    expect(page.locator("#preview-cues")).to_have_text(
        "Por ahora no hay señales. Lo que notes sigue siendo bienvenido."
    )
    page.get_by_label("Cue, in the client's words").nth(0).fill("gritarles a mis hijos")
    page.get_by_label("One small action").fill("salir al patio un minuto")
    expect(page.locator("#preview-cues")).to_have_text(
        "Tus señales:\n1. gritarles a mis hijos\n"
        "Empieza un mensaje con un número para marcar esa señal."
    )
    expect(page.locator("#preview-summary")).to_contain_text("Señales: gritarles a mis hijos")
    expect(page.locator("#preview-summary")).to_contain_text("Prueba: salir al patio un minuto")
    shot(page, "lang-02-practice-spanish")
    page.get_by_role("button", name="Save the practice").click()
    expect(page.get_by_text("Practice saved as version 1.")).to_be_visible()
    # The welcome, read together in Spanish, then sent.
    expect(page.locator("#welcome-text")).to_contain_text("tu terapeuta lo puso en marcha contigo")
    page.get_by_role("button", name="Send the welcome now").click()

    # The clinician's page stays English and names the client's language.
    expect(page.locator("#client-language")).to_have_text("Spanish")
    page.get_by_label("Language the client writes in").select_option("en")
    page.get_by_role("button", name="Change language").click()
    expect(
        page.get_by_text("From now on Carryback writes to this client in English.")
    ).to_be_visible()
    expect(page.locator("#client-language")).to_have_text("English")
    shot(page, "lang-03-client-language")
