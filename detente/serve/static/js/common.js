// Shared by the dashboard scripts. Data from the API reaches the page only through textContent
// (d3's .text()), never as markup.
"use strict";
window.detente = {
  async getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      let detail = response.statusText;
      try {
        const body = await response.json();
        detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
      } catch (_) {
        /* keep the status text */
      }
      throw new Error(response.status + " " + detail);
    }
    return response.json();
  },
  status(id, message) {
    const el = document.getElementById(id);
    if (el) el.textContent = message;
  },
  // Query string of the current page restricted to the given parameter names.
  params(query, names) {
    const source = new URLSearchParams(query || "");
    const out = new URLSearchParams();
    for (const [key, value] of source) if (value && names.includes(key)) out.append(key, value);
    return out;
  },
  colours: ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"],
};
