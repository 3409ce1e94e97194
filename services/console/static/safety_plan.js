// Carryback console: the safety plan page's live preview. The server renders the
// texts (the one place their template lives); this only asks it again as the
// clinician types. The page works without it (the preview shows the saved plan).
"use strict";

(function safetyPlanPreview() {
  const form = document.getElementById("safety-plan-form");
  const box = document.getElementById("plan-preview");
  const problem = document.getElementById("plan-preview-error");
  if (!form || !box || !problem) return;
  let timer = null;
  let asked = 0;

  function show(messages) {
    box.replaceChildren();
    if (messages.length === 0) {
      const empty = document.createElement("p");
      empty.className = "hint";
      empty.dataset.planEmpty = "";
      empty.textContent = "Nothing written yet.";
      box.append(empty);
      return;
    }
    for (const text of messages) {
      const message = document.createElement("pre");
      message.className = "sms";
      message.dataset.planMessage = "";
      message.textContent = text;
      box.append(message);
    }
  }

  function refresh() {
    const mine = ++asked;
    fetch(form.dataset.previewUrl, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
    })
      .then((answer) => answer.json())
      .then((found) => {
        if (mine !== asked) return; // an older answer arriving late
        problem.hidden = !found.error;
        problem.textContent = found.error || "";
        if (!found.error) show(found.messages || []);
      })
      .catch(() => {});
  }

  form.addEventListener("input", () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  });
})();
