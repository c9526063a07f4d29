(function () {
  "use strict";
  var form = document.getElementById("filters");
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
  var conflicts = Array.prototype.slice.call(document.querySelectorAll(".conflict"));
  function allowed(name) {
    return boxes.filter(function (b) { return b.name === name && b.checked; })
      .map(function (b) { return b.value; });
  }
  function apply() {
    var kinds = allowed("kind"), severities = allowed("severity"), shown = 0;
    conflicts.forEach(function (c) {
      var on = kinds.indexOf(c.dataset.kind) >= 0 && severities.indexOf(c.dataset.severity) >= 0;
      c.hidden = !on;
      if (on) { shown += 1; }
    });
    document.querySelectorAll(".subject, .story-section").forEach(function (s) {
      s.hidden = !s.querySelector(".conflict:not([hidden])");
    });
    document.querySelectorAll("[data-conflicts]").forEach(function (m) {
      var visible = m.dataset.conflicts.split(" ").some(function (id) {
        // A conflict on another page (a report split by story) is not filtered here.
        var c = document.getElementById(id);
        return !c || !c.hidden;
      });
      m.classList.toggle("dim", !visible);
    });
    document.getElementById("shown").textContent =
      shown + " of " + conflicts.length + (conflicts.length === 1 ? " conflict" : " conflicts") + " shown";
  }
  function fromHash() {
    var hash = location.hash.slice(1);
    if (hash.indexOf("=") < 0) { return; }
    var params = new URLSearchParams(hash);
    boxes.forEach(function (b) {
      var want = params.get(b.name);
      b.checked = want === null || want.split(",").indexOf(b.value) >= 0;
    });
    apply();
  }
  function toHash() {
    var parts = [];
    ["kind", "severity"].forEach(function (name) {
      var all = boxes.filter(function (b) { return b.name === name; });
      var on = allowed(name);
      if (on.length < all.length) { parts.push(name + "=" + on.join(",")); }
    });
    history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
  }
  boxes.forEach(function (b) {
    b.addEventListener("change", function () { apply(); toHash(); });
  });
  window.addEventListener("hashchange", fromHash);
  form.hidden = false;
  fromHash();
}());
