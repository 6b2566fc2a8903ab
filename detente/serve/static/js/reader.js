// Article reader: highlight the sentence named in the URL (#s-N) and the spans of a side-panel item.
// It only toggles classes; it never writes markup.
"use strict";
(function () {
  const text = document.getElementById("article-text");
  if (!text) return;

  function markSentence() {
    text.querySelectorAll(".seg.current").forEach((el) => el.classList.remove("current"));
    const match = /^#s-(\d+)$/.exec(window.location.hash);
    if (!match) return;
    const segs = text.querySelectorAll('.seg[data-s="' + match[1] + '"]');
    segs.forEach((el) => el.classList.add("current"));
  }

  function refsOf(item) {
    if (item.dataset.ref) return (el) => (el.dataset.refs || "").split(" ").includes(item.dataset.ref);
    const prefix = item.dataset.refPrefix;
    return (el) => (el.dataset.refs || "").split(" ").some((r) => r.startsWith(prefix));
  }

  document.querySelectorAll(".side-panel li.item").forEach((item) => {
    item.addEventListener("click", () => {
      const on = !item.classList.contains("focus");
      document.querySelectorAll(".focus").forEach((el) => el.classList.remove("focus"));
      if (!on) return;
      item.classList.add("focus");
      const covers = refsOf(item);
      let first = null;
      text.querySelectorAll(".seg[data-refs]").forEach((el) => {
        if (covers(el)) {
          el.classList.add("focus");
          first = first || el;
        }
      });
      if (first && !item.querySelector("a")) first.scrollIntoView({ block: "center" });
    });
  });
  window.addEventListener("hashchange", markSentence);
  markSentence();
})();
