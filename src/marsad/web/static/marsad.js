// Marsad dashboard: small progressive enhancements (the pages work without this file).
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // filters: submit when a select changes
  document.querySelectorAll("form.filters select").forEach(function (sel) {
    sel.addEventListener("change", function () { sel.form.submit(); });
  });
  // network: hovering a node dims everything it is not connected to
  var svg = document.getElementById("netsvg");
  if (svg) {
    var edges = svg.querySelectorAll("path.edge");
    svg.querySelectorAll("a.node").forEach(function (node) {
      var id = node.getAttribute("data-id");
      node.addEventListener("mouseenter", function () {
        var near = {}; near[id] = true;
        edges.forEach(function (e) {
          var on = e.getAttribute("data-s") === id || e.getAttribute("data-t") === id;
          e.classList.toggle("dim", !on);
          if (on) { near[e.getAttribute("data-s")] = true; near[e.getAttribute("data-t")] = true; }
        });
        svg.querySelectorAll("a.node").forEach(function (n) {
          n.classList.toggle("dim", !near[n.getAttribute("data-id")]);
        });
      });
      node.addEventListener("mouseleave", function () {
        svg.querySelectorAll(".dim").forEach(function (x) { x.classList.remove("dim"); });
      });
    });
  }
  // article: scroll the focused sentence into view
  var focus = document.getElementById("focus");
  if (focus && !location.hash) { focus.scrollIntoView({block: "center"}); }
});
