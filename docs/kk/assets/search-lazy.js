/* The search index (hundreds of KB) is fetched when the search is opened, not with every
   page: Material requests it at start-up, so its request is held back until the search
   field gets the focus, the search toggle is switched on, or the page was opened from a
   search result (?h=…, to highlight the terms). Loaded before Material's bundle. */
(function () {
  var INDEX = /\/search\/search_index\.json(?:[?#]|$)/;
  var held = [];
  var released = /[?&]h=/.test(location.search);
  function release() {
    if (released) return;
    released = true;
    held.splice(0).forEach(function (send) { send(); });
  }
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.kazutbIndex = INDEX.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this, args = arguments;
    if (!xhr.kazutbIndex || released) return send.apply(xhr, args);
    held.push(function () { send.apply(xhr, args); });
  };
  document.addEventListener("focusin", function (event) {
    if (event.target.classList && event.target.classList.contains("md-search__input")) release();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) release();
  });
})();
