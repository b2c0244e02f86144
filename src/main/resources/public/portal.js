/* The public portal's one script: on the recommendations' list, filters that combine (mechanism, cycle,
   status, institution, theme) without a round trip, in place of the lists of links. Without it, each
   filter value is a page of its own. */
(function () {
  "use strict";
  var box = document.querySelector("[data-filters]");
  var list = document.getElementById("recommendation-list");
  if (!box || !list) { return; }
  var fields = ["mechanism", "cycle", "status", "institution", "theme"];
  var form = document.createElement("form");
  form.className = "filters";
  form.setAttribute("role", "search");
  var selects = {};
  fields.forEach(function (field) {
    var links = box.querySelectorAll('a[data-field="' + field + '"]');
    if (!links.length) { return; }
    var details = links[0].closest("details");
    var label = document.createElement("label");
    label.textContent = details.querySelector("summary").textContent;
    var select = document.createElement("select");
    var all = document.createElement("option");
    all.value = "";
    all.textContent = details.querySelector("li a").textContent;
    select.appendChild(all);
    links.forEach(function (a) {
      var o = document.createElement("option");
      o.value = a.getAttribute("data-code");
      o.textContent = a.textContent;
      if (a.getAttribute("aria-current") === "page") { o.selected = true; }
      select.appendChild(o);
    });
    select.addEventListener("change", apply);
    label.appendChild(select);
    form.appendChild(label);
    selects[field] = select;
  });
  box.insertBefore(form, box.firstChild);
  var lists = box.querySelectorAll("details");
  for (var d = 0; d < lists.length; d++) { lists[d].hidden = true; }
  function apply() {
    var items = list.children;
    for (var i = 0; i < items.length; i++) {
      var li = items[i];
      var shown = true;
      for (var field in selects) {
        var want = selects[field].value;
        if (!want) { continue; }
        var have = (li.getAttribute("data-" + field) || "").split("|");
        if (have.indexOf(want) < 0) { shown = false; }
      }
      li.hidden = !shown;
    }
  }
  apply();
}());
