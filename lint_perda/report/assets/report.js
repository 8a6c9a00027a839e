/* lint-perda HTML report: filters by severity and rule, outline counts,
   compact view, a click on a highlight shows its note.  No network. */
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var RANK = {info: 0, warning: 1, error: 2};

  function each(sel, fn, root) {
    Array.prototype.forEach.call((root || document).querySelectorAll(sel), fn);
  }

  function apply() {
    var off = {sev: {}, code: {}}, hidden = {};
    boxes.forEach(function (b) { if (!b.checked) { off[b.dataset.filter][b.value] = true; } });
    each("[data-f][data-sev]", function (el) {
      var h = !!(off.sev[el.dataset.sev] || off.code[el.dataset.code]);
      el.classList.toggle("off", h);
      hidden[el.dataset.f] = h;
    });
    each("mark[data-f]", function (m) {
      m.classList.toggle("off", m.dataset.f.split(" ").every(function (k) { return hidden[k]; }));
    });
    // outline counts: the findings still shown below each entry
    each("nav.outline li[data-node]", function (li) {
      var worst = -1, n = 0;
      each("li.of:not(.off)", function (f) { n += 1; worst = Math.max(worst, RANK[f.dataset.sev]); }, li);
      var c = li.querySelector(".cnt");
      if (c) {
        c.textContent = n ? String(n) : "";
        c.className = "cnt " + (["info", "warning", "error"][worst] || "");
      }
    });
  }

  boxes.forEach(function (b) { b.addEventListener("change", apply); });

  // the sticky header wraps on a narrow window: places jumped to land below it
  var header = document.querySelector("header.top");
  function fitTop() {
    if (header) { document.documentElement.style.setProperty("--top", header.offsetHeight + "px"); }
  }
  window.addEventListener("resize", fitTop);
  fitTop();

  var compact = document.getElementById("compact");
  if (compact) {
    compact.addEventListener("change", function () { document.body.classList.toggle("compact", compact.checked); });
  }
  var printBtn = document.getElementById("print");
  if (printBtn) { printBtn.addEventListener("click", function () { window.print(); }); }

  // a click on highlighted words shows the note beside them
  document.addEventListener("click", function (ev) {
    var m = ev.target.closest && ev.target.closest("mark[data-f]");
    if (!m || m.classList.contains("off")) { return; }
    var keys = m.dataset.f.split(" ");
    for (var i = 0; i < keys.length; i++) {
      var note = document.getElementById("d" + keys[i]);
      if (note && !note.classList.contains("off")) {
        note.classList.add("flash");
        note.scrollIntoView({block: "nearest"});
        setTimeout(function (n) { n.classList.remove("flash"); }.bind(null, note), 1600);
        break;
      }
    }
  });
  apply();
})();
