/* The comparison of every programme (applicants/compare.html). Each column's header links
   to the table pre-sorted by it, with JavaScript or without (an in-place sort would order
   one page's rows only on a paged table). With JavaScript each row gets a box to choose it,
   and two to four chosen programmes are shown side by side at a shareable address:
   compare.html?p=6B02101,6B04103. */
(function () {
  var table = document.querySelector("table.compare-table");
  var side = document.querySelector(".side-by-side");
  if (!table || !side) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);

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
