// Carryback console: progressive enhancement only. Every page works without it.
"use strict";

// A refused submit: focus the summary of what to fix, so it is read out first
// and each problem is one Tab away.
(function focusErrors() {
  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();
})();

// "Copy the link": the invitation link to the clipboard (the button shows only with script).
(function copyButtons() {
  for (const button of document.querySelectorAll("button[data-copy]")) {
    const source = document.getElementById(button.dataset.copy);
    const done = document.getElementById("copy-done");
    if (!source || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", () => {
      navigator.clipboard.writeText(source.textContent.trim()).then(
        () => { if (done) done.textContent = "Copied."; },
        () => { if (done) done.textContent = "Not copied: select the link and copy it."; },
      );
    });
  }
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
  reminderPreview(form, words);
})();

// The reminder texts, written as the clinician ticks days and types times (the same
// fixed texts and headings the server writes), and their SHA-256 in the form: the
// server then knows these exact texts were on screen, and one save keeps them. If
// anything differs from what the server would send, it shows its own and asks again.
function reminderPreview(form, words) {
  const box = document.getElementById("reminder-preview");
  if (!box || !words.reminder) return;
  const fullDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
  const daysInWords = (days) => {
    const names = days.map((d) => fullDays[d]);
    const run = days.length > 2 && days[days.length - 1] - days[0] === days.length - 1;
    if (days.length === 7) return "every day";
    if (run) return `${names[0]} to ${names[names.length - 1]}`;
    if (names.length === 1) return names[0];
    return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  };
  const value = (name) => {
    const field = form.elements.namedItem(name);
    return field ? field.value.trim() : "";
  };
  async function fingerprint(lines) {
    const joined = lines.map((line) => `${line.heading}\n${line.text}`).join("\n");
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(joined));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  }
  function render() {
    const days = Array.from(form.querySelectorAll("input[name=remind_days]"))
      .map((box, index) => (box.checked ? index : -1))
      .filter((index) => index >= 0);
    const at = value("remind_time");
    const nudgeAt = value("nudge");
    const nothing = form.elements.namedItem("nothing_this_week").checked;
    const cue = nothing ? "" : (Array.from(form.querySelectorAll("[data-cue] input"))
      .map((input) => input.value.trim()).find((label) => label.length > 0) || "");
    const action = nothing ? "" : value("action");
    const lines = [];
    if (days.length && at) {
      const text = cue && action
        ? words.reminder.replace("{cue}", () => cue).replace("{action}", () => action)
        : words.noReminder;
      lines.push({ heading: `Reminders on ${daysInWords(days)} at ${at}:`, text });
    }
    if (nudgeAt) lines.push({ heading: words.nudgeHeading.replace("{at}", nudgeAt), text: words.nudge });
    box.replaceChildren();
    for (const line of lines) {
      const heading = document.createElement("p");
      heading.className = "hint";
      heading.dataset.reminderHeading = "";
      heading.textContent = line.heading;
      const text = document.createElement("pre");
      text.className = "sms";
      text.dataset.reminderText = "";
      text.textContent = line.text;
      box.append(heading, text);
    }
    if (!lines.length) {
      const none = document.createElement("p");
      none.className = "hint";
      none.textContent = "No reminders: Carryback texts only to answer.";
      box.append(none);
    }
    const shown = form.elements.namedItem("reminders_shown");
    if (shown && window.crypto && crypto.subtle) {
      fingerprint(lines).then((hex) => { shown.value = lines.length ? hex : ""; });
    }
  }
  form.addEventListener("input", render);
  form.addEventListener("change", render);
}
