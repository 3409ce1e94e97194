// Carryback console: progressive enhancement only. Every page works without it.
"use strict";

// A refused submit: focus the summary of what to fix, so it is read out first
// and each problem is one Tab away.
(function focusErrors() {
  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();
})();

// Idle timeout: the server ends a session left idle; when that time has
// passed, reload so an unattended screen stops showing client material.
// Typing or tapping is activity: it tells the server (at most once a minute),
// so a long co-building conversation never loses what was typed.
(function idleSignOut() {
  const seconds = Number(document.body.dataset.idleSeconds || 0);
  const aliveUrl = document.body.dataset.aliveUrl;
  if (!seconds || !aliveUrl) return;
  const pingEveryMs = Math.min(60, seconds / 2) * 1000;
  let timer = null;
  let lastPing = Date.now();
  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => window.location.reload(), (seconds + 1) * 1000);
  };
  const active = () => {
    if (Date.now() - lastPing < pingEveryMs) return;
    lastPing = Date.now();
    fetch(aliveUrl, { credentials: "same-origin", redirect: "follow" }).then((answer) => {
      if (answer.redirected || answer.status !== 204) window.location.reload();
      else arm();
    });
  };
  for (const kind of ["input", "keydown", "pointerdown"]) {
    document.addEventListener(kind, active, { passive: true });
  }
  arm();
})();

// The practice page: a live preview of the texts the client will receive,
// built with the same fixed wording the server uses (read from data-*).
(function practicePreview() {
  const form = document.getElementById("practice-form");
  const preview = document.getElementById("sms-preview");
  if (!form || !preview) return;
  const words = preview.dataset;
  const summaryBox = document.getElementById("preview-summary");
  const cuesBox = document.getElementById("preview-cues");
  const value = (name) => {
    const field = form.elements.namedItem(name);
    return field ? field.value.trim() : "";
  };
  const labels = () =>
    Array.from(form.querySelectorAll("[data-cue] input"))
      .map((input) => input.value.trim())
      .filter((label) => label.length > 0);

  function render() {
    const cues = labels();
    const nothing = form.elements.namedItem("nothing_this_week").checked;
    const action = value("action");
    const carryBack = value("carry_back");
    if (nothing) {
      summaryBox.textContent = words.nothing;
    } else {
      const lines = [words.summaryHeader];
      // The templates' one placeholder each, filled as the server fills it.
      if (cues.length) lines.push(words.when.replace("{cues}", () => cues.join("; ")));
      if (action) lines.push(words.try.replace("{action}", () => action));
      if (carryBack) lines.push(words.bringBack.replace("{carry_back}", () => carryBack));
      lines.push(words.signOff);
      summaryBox.textContent = lines.join("\n");
    }
    if (!cues.length) {
      cuesBox.textContent = words.noCues;
    } else {
      const numbered = cues.map((label, i) => `${i + 1}. ${label}`);
      cuesBox.textContent = [words.cuesHeader, ...numbered, words.cuesFooter].join("\n");
    }
  }

  // "Add another cue": copy the last slot with the next index, empty.
  const add = document.getElementById("add-cue");
  const list = document.getElementById("cue-list");
  if (add && list) {
    add.hidden = false;
    add.addEventListener("click", () => {
      const slots = list.querySelectorAll("[data-cue]");
      const last = slots[slots.length - 1];
      const next = last.cloneNode(true);
      const index = slots.length;
      next.querySelectorAll("input, textarea, label").forEach((el) => {
        for (const attr of ["id", "name", "for"]) {
          const old = el.getAttribute(attr);
          if (old) el.setAttribute(attr, old.replace(/cues-\d+-/, `cues-${index}-`));
        }
        if (el.tagName !== "LABEL") el.value = "";
      });
      next.querySelectorAll(".error").forEach((el) => el.remove());
      list.appendChild(next);
      next.querySelector("input").focus();
    });
  }
  form.addEventListener("input", render);
  form.addEventListener("change", render);
  render();
})();
