(() => {
  "use strict";
  const tip = document.getElementById("tip");
  let lit = [];
  const clear = () => { lit.forEach(e => e.classList.remove("lit", "hot")); lit = []; };
  const light = (e, cls) => { e.classList.add(cls); lit.push(e); };
  const linked = p => (p.dataset.links || "").split(" ").filter(Boolean)
    .map(id => document.getElementById(id)).filter(Boolean);
  const showTip = mark => {
    tip.textContent = mark.dataset.evidence;
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    tip.style.left = (window.scrollX + r.left) + "px";
    tip.style.top = (window.scrollY + r.bottom + 4) + "px";
  };
  // Only the element under the pointer or the focus and its own links are touched.
  const enter = target => {
    clear();
    const passage = target.closest && target.closest(".passage");
    const mark = target.closest && target.closest("mark[data-evidence]");
    if (!passage) { tip.hidden = true; return; }
    const others = linked(passage);
    others.forEach(p => light(p, "lit"));
    if (!mark) { tip.hidden = true; return; }
    showTip(mark);
    if (mark.dataset.link) {
      const selector = 'mark[data-link="' + mark.dataset.link + '"]';
      [passage, ...others].forEach(p => p.querySelectorAll(selector).forEach(m => light(m, "hot")));
    }
  };
  document.addEventListener("mouseover", e => enter(e.target));
  document.addEventListener("focusin", e => enter(e.target));
  // j / k: the next and previous pair.
  const stops = Array.from(document.querySelectorAll(".row, .column .passage:not(.alone)"));
  const position = new Map(stops.map((e, i) => [e, i]));
  document.addEventListener("keydown", e => {
    if (e.target.matches("input") || !["j", "k"].includes(e.key)) return;
    const here = document.activeElement && document.activeElement.closest(".row, .passage");
    let i = here ? position.get(here.closest(".row") || here) : undefined;
    i = i === undefined ? (e.key === "j" ? 0 : stops.length - 1) : i + (e.key === "j" ? 1 : -1);
    const next = stops[Math.max(0, Math.min(stops.length - 1, i))];
    if (!next) return;
    const focus = next.matches(".passage") ? next : next.querySelector(".passage");
    focus.focus();
    focus.scrollIntoView({ block: "center" });
  });
  window.addEventListener("hashchange", () => {
    const target = document.getElementById(location.hash.slice(1));
    if (target) target.focus();
  });
  document.querySelectorAll(".filters input").forEach(box => box.addEventListener("change", () => {
    document.querySelectorAll('.finding[data-kind="' + box.dataset.kind + '"]')
      .forEach(f => { f.hidden = !box.checked; });
  }));
})();
