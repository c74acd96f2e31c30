/* The programme catalogue's filter: a box above an A–Z list that hides the rows not
   matching what is typed (name, code, faculty, language or form of study). Ё/е and Kazakh
   letters typed without their diacritics match, as in search. Without JavaScript no box is
   shown: the lists by level and the letter index work without it. */
(function () {
  var MAP = { "ё": "е", "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и" };
  function fold(text) {
    return String(text).toLowerCase().replace(/[ёәғқңөұүһі]/g, function (c) { return MAP[c]; })
      .replace(/\s+/g, " ").trim();
  }
  function setup(hook, number) {
    var region = hook.nextElementSibling;
    while (region && !region.querySelector("table")) region = region.nextElementSibling;
    if (!region) return;
    var rows = Array.prototype.slice.call(region.querySelectorAll("tbody tr"));
    var texts = rows.map(function (row) { return fold(row.textContent); });
    var id = "catalogue-filter-" + number;
    var label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = hook.getAttribute("data-label");
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.autocomplete = "off";
    var status = document.createElement("p");
    status.setAttribute("role", "status");
    function apply() {
      var query = fold(input.value), shown = 0;
      rows.forEach(function (row, index) {
        var hit = !query || texts[index].indexOf(query) !== -1;
        row.hidden = !hit;
        if (hit) shown += 1;
      });
      status.textContent = query ? hook.getAttribute("data-shown").replace("{n}", shown) : "";
    }
    input.addEventListener("input", apply);
    hook.appendChild(label);
    hook.appendChild(input);
    hook.appendChild(status);
  }
  Array.prototype.forEach.call(document.querySelectorAll(".catalogue-filter"), setup);
})();
