// prisoner-ledger dashboard: small progressive enhancements, no framework.
// Data from the page is only ever inserted with textContent, never as HTML.
"use strict";

function chartReadout() {
  const out = document.getElementById("chart-readout");
  if (!out) return;
  document.querySelectorAll("svg.chart .pt").forEach((pt) => {
    const show = () => {
      document.querySelectorAll("svg.chart .pt.hot").forEach((p) => p.classList.remove("hot"));
      pt.classList.add("hot");
      const kind = pt.classList.contains("dot") ? "freed in all by" : "freed in";
      out.textContent = `${pt.dataset.state}: ${pt.dataset.value} ${kind} ${pt.dataset.month}`;
    };
    pt.addEventListener("mouseenter", show);
    pt.addEventListener("focus", show);
    pt.setAttribute("tabindex", "0");
  });
}

function ledgerFilters() {
  const form = document.getElementById("ledger-filters");
  if (!form) return;
  form.querySelectorAll("select").forEach((sel) => sel.addEventListener("change", () => form.submit()));
}

function reviewForms() {
  document.querySelectorAll("form.review").forEach((form) => {
    const action = form.querySelector(".review-action");
    if (!action) return;
    const sync = () => form.classList.toggle("accepting", action.value !== "correct");
    action.addEventListener("change", sync);
    sync();
  });
}

document.addEventListener("DOMContentLoaded", () => {
  chartReadout();
  ledgerFilters();
  reviewForms();
});
