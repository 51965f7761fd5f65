// Rasd web UI: the only script. No inline handlers, no eval; works on the server-rendered HTML.
"use strict";

/** Timeline: a click on a point shows its evidence in the panel instead of leaving the page. */
function wireTimeline() {
  const panel = document.getElementById("evidence");
  if (!panel) return;
  const meta = panel.querySelector(".meta");
  const quote = panel.querySelector("blockquote");
  const open = panel.querySelector("a.open");
  for (const point of document.querySelectorAll("svg.timeline a.point")) {
    point.addEventListener("click", (event) => {
      event.preventDefault();
      for (const p of document.querySelectorAll("svg.timeline a.point.selected"))
        p.classList.remove("selected");
      point.classList.add("selected");
      const d = point.dataset;
      meta.textContent = `${d.date} · ${d.type}${d.outlet ? ` · ${d.outlet}` : ""}${d.sources ? ` · ${d.sources} مصدر` : ""}`;
      quote.textContent = d.evidence;
      open.setAttribute(
        "href",
        `/documents/${encodeURIComponent(d.document)}#event-${encodeURIComponent(d.event)}`,
      );
      panel.hidden = false;
    });
  }
}

/** Document: the event named in the address is outlined. */
function flashEvent() {
  const m = /^#event-(v\d+)$/.exec(location.hash);
  if (!m) return;
  for (const mark of document.querySelectorAll("mark.ev")) {
    if ((mark.dataset.events || "").split(" ").includes(m[1])) mark.classList.add("flash");
  }
}

/** Event filters: a changed select applies at once. */
function autoSubmit() {
  const form = document.getElementById("event-filters");
  if (!form) return;
  for (const select of form.querySelectorAll("select"))
    select.addEventListener("change", () => form.submit());
}

document.addEventListener("DOMContentLoaded", () => {
  wireTimeline();
  flashEvent();
  autoSubmit();
});
window.addEventListener("hashchange", flashEvent);
