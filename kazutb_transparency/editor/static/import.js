// The desk's import page (import.html): the chosen spreadsheet is sent to the desk's own
// server, which imports it as `make import` does and answers in the office's language.
(function () {
  'use strict';

  var form = document.getElementById('kazutb-import');
  var result = document.getElementById('kazutb-import-result');
  if (!form || !result) return;
  var lang = form.getAttribute('data-lang') || 'kk';
  var working = form.getAttribute('data-working') || '…';

  function show(lines, imported) {
    result.textContent = '';
    result.className = imported ? 'kazutb-imported' : 'kazutb-refused-sheet';
    var list = document.createElement('ul');
    lines.forEach(function (line) {
      var item = document.createElement('li');
      item.textContent = line;  // data are text
      list.appendChild(item);
    });
    result.appendChild(list);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = form.querySelector('input[type=file]').files[0];
    if (!file) return;
    result.textContent = working;
    var reader = new FileReader();
    reader.onload = function () {
      var content = String(reader.result).split(',', 2)[1] || '';
      fetch('api/v1', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          action: 'importSheet',
          params: { name: file.name, content: content, kind: form.querySelector('select').value, lang: lang },
        }),
      }).then(function (response) { return response.json(); }).then(function (answer) {
        show(answer.lines || [answer.error || ''], answer.imported);
      }, function (error) { show([String(error)], false); });
    };
    reader.readAsDataURL(file);
  });
})();
