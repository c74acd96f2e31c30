/* The comparison of every programme (applicants/compare.html). Without JavaScript each
   column's header links to the table pre-sorted by it. With it, a header sorts the table in
   place, each row gets a box to choose it, and two to four chosen programmes are shown side
   by side at a shareable address: compare.html?p=6B02101,6B04103. */
(function () {
  var table = document.querySelector("table.compare-table");
  var side = document.querySelector(".side-by-side");
  if (!table || !side) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var DESCENDING = { places: 1, scores: 1, students: 1, employment: 1, completion: 1, satisfaction: 1 };

  function value(row, index) {
    var text = row.cells[index].getAttribute("data-sort");
    if (text === null || text === "") return null;
    var number = Number(text);
    return isNaN(number) ? text : number;
  }
  function sortBy(index) {
    var key = heads[index].getAttribute("data-key");
    var down = !!DESCENDING[key];
    var sorted = rows.slice().sort(function (a, b) {
      var x = value(a, index), y = value(b, index);
      if (x === null && y === null) return a.getAttribute("data-code") < b.getAttribute("data-code") ? -1 : 1;
      if (x === null) return 1;
      if (y === null) return -1;
      if (x === y) return a.getAttribute("data-code") < b.getAttribute("data-code") ? -1 : 1;
      var order = x < y ? -1 : 1;
      return down ? -order : order;
    });
    sorted.forEach(function (row) { tbody.appendChild(row); });
    heads.forEach(function (th, i) {
      var link = th.querySelector("a");
      if (i === index) {
        th.setAttribute("aria-sort", down ? "descending" : "ascending");
        if (link) link.setAttribute("aria-current", "page");
      } else {
        th.removeAttribute("aria-sort");
        if (link) link.removeAttribute("aria-current");
      }
    });
  }
  heads.forEach(function (th, index) {
    var link = th.querySelector("a");
    if (!link) return;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      sortBy(index);
    });
  });

  // Choosing programmes: a box in each row; the button leads to the shareable address.
  var chosen = [];
  var button = document.createElement("a");
  button.className = "md-button md-button--primary compare-chosen";
  button.textContent = side.getAttribute("data-compare");
  function update() {
    var ready = chosen.length >= 2 && chosen.length <= 4;
    button.href = "?p=" + chosen.join(",");
    button.setAttribute("aria-disabled", ready ? "false" : "true");
    button.hidden = !ready;
  }
  rows.forEach(function (row) {
    var code = row.getAttribute("data-code");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.className = "compare-choose";
    box.value = code;
    box.setAttribute("aria-label", side.getAttribute("data-choose").replace("{code}", code));
    box.addEventListener("change", function () {
      var at = chosen.indexOf(code);
      if (box.checked && at === -1) chosen.push(code);
      if (!box.checked && at !== -1) chosen.splice(at, 1);
      if (chosen.length > 4) { box.checked = false; chosen.pop(); }
      update();
    });
    row.cells[0].insertBefore(box, row.cells[0].firstChild);
  });
  var bar = document.createElement("p");
  bar.appendChild(button);
  side.appendChild(bar);
  update();

  // The side-by-side view of ?p=CODE,CODE (two to four programmes found in the table).
  var wanted = (new URLSearchParams(window.location.search).get("p") || "")
    .split(",").map(function (c) { return c.trim().toUpperCase(); }).filter(Boolean);
  var picked = [];
  wanted.forEach(function (code) {
    rows.forEach(function (row) {
      if (row.getAttribute("data-code") === code && picked.indexOf(row) === -1) picked.push(row);
    });
  });
  picked = picked.slice(0, 4);
  if (picked.length < 1) return;
  var view = document.createElement("table");
  view.className = "side-by-side-table";
  var caption = view.createCaption();
  caption.textContent = side.getAttribute("data-title");
  var head = view.createTHead().insertRow();
  var corner = document.createElement("td");
  head.appendChild(corner);
  picked.forEach(function (row) {
    var th = document.createElement("th");
    th.scope = "col";
    th.textContent = row.getAttribute("data-code");
    head.appendChild(th);
  });
  var body = view.createTBody();
  heads.forEach(function (th, index) {
    var line = body.insertRow();
    var label = document.createElement("th");
    label.scope = "row";
    label.textContent = side.getAttribute("data-label-" + th.getAttribute("data-key"));
    line.appendChild(label);
    picked.forEach(function (row) {
      var cell = line.insertCell();
      var copy = row.cells[index].cloneNode(true);
      Array.prototype.forEach.call(copy.querySelectorAll("input"), function (i) { i.remove(); });
      while (copy.firstChild) cell.appendChild(copy.firstChild);
    });
  });
  var heading = document.createElement("h2");
  heading.id = "side-by-side";
  heading.textContent = side.getAttribute("data-title");
  var wrap = document.createElement("div");
  wrap.className = "table-wrap";
  wrap.tabIndex = 0;
  wrap.appendChild(view);
  var clear = document.createElement("a");
  clear.href = window.location.pathname;
  clear.textContent = side.getAttribute("data-clear");
  var back = document.createElement("p");
  back.appendChild(clear);
  side.insertBefore(back, side.firstChild);
  side.insertBefore(wrap, side.firstChild);
  side.insertBefore(heading, side.firstChild);
  picked.forEach(function (row) {
    var box = row.querySelector("input.compare-choose");
    if (box) { box.checked = true; chosen.push(row.getAttribute("data-code")); }
  });
  update();
})();
