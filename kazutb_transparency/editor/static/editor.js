// The site's file formats and interface languages for Decap CMS, then the CMS itself.
//
// formats.json (generated from the data models by kazutb_transparency/editor/config.py)
// says, per collection, how its files become the form's shape and back:
//   - YAML: a list file is edited as `records`, a mapping with free keys (a survey's
//     blocks, the process names) as a list of entries; the header comment is kept; empty
//     optional values are left out; yes/no and date-like texts are quoted so that the
//     build reads back exactly what was typed;
//   - CSV: `rows`, a text's three language columns (name_kk, name_ru, name_en) as one
//     group, Kazakh first; a column every row shares (the programme) as one field.
(function () {
  'use strict';

  var LANGS = ['kk', 'ru', 'en'];
  var HEADER = '__header';

  function chosenLanguage() {
    var asked = new URLSearchParams(window.location.search).get('lang');
    try {
      if (LANGS.indexOf(asked) >= 0) {
        window.localStorage.setItem('kazutb-editor-lang', asked);
        return asked;
      }
      var kept = window.localStorage.getItem('kazutb-editor-lang');
      if (LANGS.indexOf(kept) >= 0) return kept;
    } catch (e) {
      if (LANGS.indexOf(asked) >= 0) return asked;
    }
    return 'kk';
  }

  // --- values ----------------------------------------------------------------------

  function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  // Empty optional values are left out: an empty text is no value, and the build
  // refuses a text of spaces. Empty lists and false stay.
  function clean(value) {
    if (Array.isArray(value)) {
      return value.map(clean).filter(function (v) { return v !== undefined; });
    }
    if (isObject(value)) {
      var out = {};
      Object.keys(value).forEach(function (key) {
        var v = clean(value[key]);
        if (v !== undefined) out[key] = v;
      });
      return Object.keys(out).length ? out : undefined;
    }
    if (value === '' || value === null || value === undefined) return undefined;
    if (typeof value === 'string' && value.trim() === '') return undefined;
    return value;
  }

  // --- maps with free keys as lists of entries (shape from formats.json) -------------

  function toForm(value, shape) {
    if (!shape || value === undefined || value === null) return value;
    if (shape.map) {
      if (!isObject(value)) return value;
      return Object.keys(value).map(function (key) {
        var inner = toForm(value[key], shape.value);
        var entry = {};
        entry[shape.map] = key;
        if (shape.scalar || !isObject(inner)) {
          entry.value = inner;
        } else {
          Object.keys(inner).forEach(function (k) { entry[k] = inner[k]; });
        }
        return entry;
      });
    }
    if (shape.list) {
      return Array.isArray(value) ? value.map(function (v) { return toForm(v, shape.list); }) : value;
    }
    if (shape.object && isObject(value)) {
      var out = {};
      Object.keys(value).forEach(function (key) {
        out[key] = shape.object[key] ? toForm(value[key], shape.object[key]) : value[key];
      });
      return out;
    }
    return value;
  }

  function toFile(value, shape) {
    if (!shape || value === undefined || value === null) return value;
    if (shape.map) {
      if (!Array.isArray(value)) return value;
      var out = {};
      value.forEach(function (entry) {
        if (!isObject(entry)) return;
        var key = entry[shape.map];
        var rest = {};
        Object.keys(entry).forEach(function (k) { if (k !== shape.map) rest[k] = entry[k]; });
        var inner = shape.scalar ? rest.value : rest;
        out[key] = toFile(inner, shape.value);
      });
      return out;
    }
    if (shape.list) {
      return Array.isArray(value) ? value.map(function (v) { return toFile(v, shape.list); }) : value;
    }
    if (shape.object && isObject(value)) {
      var copy = {};
      Object.keys(value).forEach(function (key) {
        copy[key] = shape.object[key] ? toFile(value[key], shape.object[key]) : value[key];
      });
      return copy;
    }
    return value;
  }

  // --- YAML ------------------------------------------------------------------------

  // The comment lines at the top of a file (what it is, where its fields are explained).
  function splitHeader(content) {
    var lines = content.replace(/^\uFEFF/, '').split('\n');
    var header = [];
    while (lines.length && (/^\s*#/.test(lines[0]) || (header.length && lines[0].trim() === ''))) {
      header.push(lines.shift());
    }
    while (header.length && header[header.length - 1].trim() === '') header.pop();
    return { header: header.join('\n'), body: lines.join('\n') };
  }

  function yamlFormat(spec) {
    return {
      fromFile: function (content) {
        var parts = splitHeader(content || '');
        // The core schema: dates stay the text written (the form's date fields read and
        // write YYYY-MM-DD), yes/no are texts.
        var data = window.jsyaml.load(parts.body, { schema: window.jsyaml.CORE_SCHEMA });
        var form;
        if (spec.shape && spec.shape.root) {
          form = {};
          form[spec.shape.root] = toForm(data || {}, spec.shape);
        } else if (Array.isArray(data)) {
          form = {};
          form[spec.list] = toForm(data, spec.shape && spec.shape.object && spec.shape.object[spec.list]);
        } else {
          form = toForm(data || {}, spec.shape);
        }
        if (parts.header) form[HEADER] = parts.header;
        return form;
      },
      toFile: function (data, sortedKeys) {
        var header = data[HEADER];
        var rest = {};
        var order = (sortedKeys || []).concat(Object.keys(data));
        order.forEach(function (key) {
          if (key !== HEADER && key in data && !(key in rest)) rest[key] = data[key];
        });
        var value;
        var keys = Object.keys(rest);
        if (spec.shape && spec.shape.root) {
          value = toFile(rest[spec.shape.root] || [], spec.shape);
        } else if (keys.length === 1 && keys[0] === spec.list && Array.isArray(rest[spec.list])) {
          value = toFile(rest[spec.list], spec.shape && spec.shape.object && spec.shape.object[spec.list]);
        } else {
          value = toFile(rest, spec.shape);
        }
        value = clean(value);
        if (value === undefined) value = Array.isArray(rest[spec.list]) ? [] : {};
        // The default schema when writing: texts that YAML would read as a date, a number
        // or yes/no are quoted; no anchors or aliases (the build refuses them).
        var text = window.jsyaml.dump(value, { lineWidth: -1, noRefs: true });
        return (header ? header + '\n' : '') + text;
      },
    };
  }

  // --- CSV -------------------------------------------------------------------------

  function parseCsv(text) {
    text = text.replace(/^\uFEFF/, '');
    var first = text.split('\n', 1)[0].replace(/"[^"]*"/g, '');
    var delimiter = (first.split(';').length > first.split(',').length) ? ';' : ',';
    var rows = [];
    var row = [];
    var cell = '';
    var quoted = false;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') { cell += '"'; i++; } else { quoted = false; }
        } else {
          cell += c;
        }
      } else if (c === '"') {
        quoted = true;
      } else if (c === delimiter) {
        row.push(cell); cell = '';
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') i++;
        row.push(cell); cell = '';
        rows.push(row); row = [];
      } else {
        cell += c;
      }
    }
    if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
    rows = rows.filter(function (r) { return r.some(function (v) { return v.trim() !== ''; }); });
    if (delimiter === ';') {
      rows = rows.map(function (r) {
        return r.map(function (v) { return /^-?[0-9]+,[0-9]+$/.test(v) ? v.replace(',', '.') : v; });
      });
    }
    return rows;
  }

  function csvCell(value) {
    var text = value === undefined || value === null ? '' : String(value);
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function csvFormat(spec) {
    var localized = spec.localized || [];
    var numbers = spec.numbers || [];
    function group(column) {
      var m = /^(.*)_(kk|ru|en)$/.exec(column);
      return m && localized.indexOf(m[1]) >= 0 ? m : null;
    }
    return {
      fromFile: function (content) {
        var rows = parseCsv(content || '');
        var header = (rows.shift() || spec.columns).map(function (h) { return h.trim(); });
        var out = rows.map(function (cells) {
          var item = {};
          header.forEach(function (column, i) {
            var value = (cells[i] || '').trim();
            var m = group(column);
            if (m) {
              item[m[1]] = item[m[1]] || {};
              if (value !== '') item[m[1]][m[2]] = value;
            } else if (column !== spec.lifted && value !== '') {
              item[column] = numbers.indexOf(column) >= 0 && /^-?[0-9]+(\.[0-9]+)?$/.test(value)
                ? Number(value) : value;
            }
          });
          return item;
        });
        var form = {};
        if (spec.lifted) {
          var at = header.indexOf(spec.lifted);
          form[spec.lifted] = rows.length && at >= 0 ? (rows[0][at] || '').trim() : '';
        }
        form[spec.rows] = out;
        return form;
      },
      toFile: function (data) {
        var lines = [spec.columns.join(',')];
        (data[spec.rows] || []).forEach(function (item) {
          lines.push(spec.columns.map(function (column) {
            if (column === spec.lifted) return csvCell(data[spec.lifted]);
            var m = group(column);
            var value = m ? (item[m[1]] || {})[m[2]] : item[column];
            return csvCell(value);
          }).join(','));
        });
        return lines.join('\n') + '\n';
      },
    };
  }


  // --- the build's problems at their fields ------------------------------------------

  // Before a form is saved, the desk's server checks it with the build's own rules
  // (server.py `checkEntry`) and answers in the interface's language. A refused form is
  // not saved; each problem is shown under the field it names, with the field marked,
  // and stays there until that value is changed; a problem of a whole record (appeals
  // that do not add up) marks the fields it names. On a git host there is no such server:
  // the form is saved as it is and the host's checks answer in the pull request.
  var FORMATTERS = {};
  var FORMATS = {};
  var store = { key: null, list: [], listeners: [] };

  function notify() {
    store.listeners.slice().forEach(function (listener) { listener(); });
    setTimeout(showPanel, 0);  // after the fields have drawn (or taken away) their messages
  }

  function subscribe(listener) {
    store.listeners.push(listener);
    return function () {
      store.listeners = store.listeners.filter(function (l) { return l !== listener; });
    };
  }

  function entryPath(entry, collection) {
    var path = entry && entry.get && entry.get('path');
    if (path) return path;
    var spec = FORMATS['kazutb-' + collection];
    if (!spec || !spec.folder || !entry || !entry.get) return null;
    var data = entry.get('data');
    var id = data && data.get ? data.get(spec.identifier) : null;
    return id ? spec.folder + '/' + id + '.' + spec.extension : null;
  }

  function same(a, b) {
    var empty = function (v) { return v === undefined || v === null || v === ''; };
    if (empty(a) || empty(b)) return empty(a) && empty(b);
    if (a && a.toJS) a = a.toJS();
    if (b && b.toJS) b = b.toJS();
    return String(a) === String(b);
  }

  // The values each record of the form shows now, by its list item (Decap's parentIds):
  // a widget is rendered again when its own value changes, so it reports it here; its
  // `entry` prop is not renewed then, and cannot tell what the record's other fields hold.
  var shownRecords = {};

  function recordOf(props) {
    return (props.parentIds || []).join('/');
  }

  function remember(props) {
    var name = props.field && props.field.get('name');
    if (!name) return;
    var values = shownRecords[recordOf(props)] || (shownRecords[recordOf(props)] = {});
    var value = props.value && props.value.toJS ? props.value.toJS() : props.value;
    if (name in values && same(values[name], value)) return;
    values[name] = value;
    // The record's problem may have been corrected by this field: its siblings look again.
    if (store.list.length) setTimeout(notify, 0);
  }

  // Whether the record still has the values a record's problem was about (once one of
  // them is changed, the problem is being corrected); a field not shown is taken as kept.
  function holds(props, record, marks) {
    var values = shownRecords[recordOf(props)] || {};
    return marks.every(function (k) { return !(k in values) || same(values[k], record[k]); });
  }

  function problemFor(props) {
    if (!store.list.length || !props.field || !props.collection) return null;
    var key = props.collection.get('name') + ':' + entryPath(props.entry, props.collection.get('name'));
    if (key !== store.key) return null;
    var name = props.field.get('name');
    for (var i = 0; i < store.list.length; i++) {
      var p = store.list[i];
      if (p.name === name && same(p.value, props.value)) return p;
      if (p.record && p.marks[0] === name && same(p.record[name], props.value) &&
          holds(props, p.record, p.marks)) return p;
    }
    return null;
  }

  // The box lists the problems that still stand: one shown at its field goes from the
  // box once its field is corrected; one no field can show stays until the next save.
  // A click on a problem brings its field into view.
  function showPanel() {
    var panel = document.getElementById('kazutb-problems');
    if (!panel) return;
    var shown = Array.prototype.map.call(
      document.querySelectorAll('.kazutb-problem'), function (node) { return node.textContent; });
    var standing = store.list.filter(function (p) {
      if (shown.indexOf(p.text) >= 0) p.placed = true;
      return !p.placed || shown.indexOf(p.text) >= 0;
    });
    panel.textContent = '';
    panel.hidden = !standing.length;
    if (!standing.length) return;
    var heading = document.createElement('h2');
    heading.textContent = standing[0].heading;
    panel.appendChild(heading);
    var list = document.createElement('ul');
    standing.forEach(function (p) {
      var item = document.createElement('li');
      var go = document.createElement('button');
      go.type = 'button';
      go.className = 'kazutb-goto';
      go.textContent = p.text;
      go.addEventListener('click', function () { bringIntoView(p.text); });
      item.appendChild(go);
      list.appendChild(item);
    });
    panel.appendChild(list);
  }

  function bringIntoView(text) {
    var found = Array.prototype.filter.call(
      document.querySelectorAll('.kazutb-problem'), function (node) { return node.textContent === text; });
    var field = found.length ? found[0].closest('.kazutb-field') : document.querySelector('.kazutb-refused');
    if (!field) return;
    field.scrollIntoView({ block: 'center' });
    var input = field.querySelector('input, textarea, select');
    if (input) input.focus({ preventScroll: true });
  }

  // The documents' files chosen in the form, which the save brings along (the check of
  // the whole data must not find them missing before they are written).
  function uploadsOf(entry) {
    var files = entry.get('mediaFiles');
    if (!files || !files.toJS) return [];
    return files.toJS().map(function (f) { return f.path || f.name || ''; }).filter(Boolean);
  }

  function checkEntry(entry, lang) {
    var collection = entry.get('collection');
    var formatter = FORMATTERS['kazutb-' + collection];
    var path = entryPath(entry, collection);
    if (!formatter || !path) return Promise.resolve();
    var raw = formatter.toFile(entry.get('data').toJS());
    return fetch('api/v1', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'checkEntry', params: {
        path: path, raw: raw, lang: lang, media: uploadsOf(entry) } }),
    }).then(function (response) {
      return response.ok ? response.json() : { problems: [] };  // no desk server: no check
    }, function () { return { problems: [] }; }).then(function (answer) {
      store.key = collection + ':' + path;
      store.list = answer.problems || [];
      notify();
      if (store.list.length) {
        // The first refused field in view, once the form has drawn the messages.
        setTimeout(function () { bringIntoView(store.list[0].text); }, 50);
        // Not an Error: the CMS's notice would read "Error: …" in front of our words.
        var said = store.list.map(function (p) { return p.text; }).join('\n');
        throw { message: said, toString: function () { return said; } };
      }
    });
  }

  // A widget of Decap's own, with the build's problem under it while it stands.
  function withProblems(CMS, name) {
    var base = CMS.getWidget(name);
    if (!base || !window.createClass || !window.h) return;
    var h = window.h;
    var Control = base.control;
    var Wrapped = window.createClass({
      componentDidMount: function () { this.off = subscribe(this.forceUpdate.bind(this)); },
      componentWillUnmount: function () { if (this.off) this.off(); },
      isValid: function () {
        var inner = this.inner;
        var result = inner && inner.isValid ? inner.isValid() : true;
        var failed = result === false || (result && result.error) || (result && result.then);
        if (failed) return result;
        var problem = problemFor(this.props);
        if (problem) {
          return { error: { type: 'CUSTOM', parentIds: this.props.parentIds, message: problem.text } };
        }
        return result;
      },
      render: function () {
        var self = this;
        remember(this.props);
        var problem = problemFor(this.props);
        var props = {};
        Object.keys(this.props).forEach(function (k) { props[k] = self.props[k]; });
        props.ref = function (ref) {
          self.inner = ref && ref.getWrappedInstance ? ref.getWrappedInstance() : ref;
        };
        return h('div', { className: problem ? 'kazutb-field kazutb-refused' : 'kazutb-field' },
          h(Control, props),
          problem ? h('p', { className: 'kazutb-problem', role: 'alert', lang: chosenLanguage() }, problem.text) : null);
      },
    });
    CMS.registerWidget({
      name: name,
      controlComponent: Wrapped,
      previewComponent: base.preview,
      schema: base.schema,
      globalStyles: base.globalStyles,
      allowMapValue: base.allowMapValue,
    });
  }

  // --- dates as offices write them -----------------------------------------------------

  // 01.09.2025, 1.9.2025, 01/09/2025, 01-09-2025 (day first, as in Kazakhstan) and
  // 2025-09-01 are read as the same day and kept as 2025-09-01; a day the calendar does
  // not have (31.02.2025) is refused with the reason, never moved to another day.
  var DATE_WORDS = {
    kk: { notDate: 'күн емес: КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы 01.09.2025', noMonth: '%m-ай деген ай жоқ', noDay: 'бұл айда %d күн ғана бар' },
    ru: { notDate: 'не дата: напишите в виде ДД.ММ.ГГГГ, например 01.09.2025', noMonth: 'месяца %m не бывает', noDay: 'в этом месяце только %d дн.' },
    en: { notDate: 'not a date: write it as DD.MM.YYYY, e.g. 01.09.2025', noMonth: 'there is no month %m', noDay: 'that month has %d days' },
  };

  function readDate(text) {
    var t = String(text || '').trim();
    var m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
    var y, mo, d;
    if (m) { y = +m[1]; mo = +m[2]; d = +m[3]; } else {
      m = /^(\d{1,2})[.\/-](\d{1,2})[.\/-](\d{4})$/.exec(t);
      if (!m) return { error: 'notDate' };
      d = +m[1]; mo = +m[2]; y = +m[3];
    }
    if (mo < 1 || mo > 12) return { error: 'noMonth', month: mo };
    var last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (d < 1 || d > last) return { error: 'noDay', days: last };
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return { iso: y + '-' + pad(mo) + '-' + pad(d) };
  }

  function shownDate(value) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value || ''));
    return m ? m[3] + '.' + m[2] + '.' + m[1] : (value || '');
  }

  function dateWidget(CMS, lang) {
    var h = window.h;
    var words = DATE_WORDS[lang] || DATE_WORDS.en;
    var DateControl = window.createClass({
      getInitialState: function () { return { text: shownDate(this.props.value) }; },
      componentDidUpdate: function (before) {
        if (before.value !== this.props.value && readDate(this.state.text).iso !== this.props.value) {
          this.setState({ text: shownDate(this.props.value) });
        }
      },
      isValid: function () {
        var text = this.state.text;
        if (!text) return true;
        var read = readDate(text);
        if (read.iso) return true;
        var why = words[read.error].replace('%m', read.month).replace('%d', read.days);
        var label = this.props.field.get('label', this.props.field.get('name'));
        return { error: { type: 'CUSTOM', parentIds: this.props.parentIds, message: label + ': ' + text + ' — ' + why } };
      },
      onInput: function (event) {
        var text = event.target.value;
        var read = readDate(text);
        this.setState({ text: text });
        this.props.onChange(read.iso || text);  // an unreadable text stays what was typed
      },
      render: function () {
        return h('input', {
          type: 'text',
          id: this.props.forID,
          inputMode: 'numeric',
          autoComplete: 'off',
          className: this.props.classNameWrapper,
          placeholder: this.props.field.get('placeholder') || '',
          value: this.state.text,
          onChange: this.onInput,
          onFocus: this.props.setActiveStyle,
          onBlur: this.props.setInactiveStyle,
        });
      },
    });
    var DatePreview = function (props) { return h('span', null, shownDate(props.value)); };
    CMS.registerWidget('kazutb-date', DateControl, DatePreview, {
      properties: { placeholder: { type: 'string' } },
    });
  }


  // --- the desk: what the office still has to do ---------------------------------------

  // The first screen lists the chosen office's missing, sample and stale items (the same
  // list as `make status`), each a link to its form; the office is remembered. Closed, it
  // opens again from the languages bar. Built with textContent: data are text.
  function element(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    Object.keys(attributes || {}).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    return node;
  }

  // Any record by any of its names, in any language: the CMS's own search looks only in
  // what its lists show.
  function searchBox(lang, labels) {
    var box = element('div', null, { class: 'kazutb-find' });
    var label = element('label', labels.search, { for: 'kazutb-find' });
    var input = element('input', null, { type: 'search', id: 'kazutb-find', autocomplete: 'off' });
    var results = element('ul', null, { 'aria-live': 'polite' });
    var timer = null;
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 2) { results.textContent = ''; return; }
        fetch('find.json?lang=' + lang + '&q=' + encodeURIComponent(q), { credentials: 'same-origin' })
          .then(function (response) { return response.json(); })
          .then(function (answer) {
            results.textContent = '';
            (answer.found || []).forEach(function (hit) {
              var item = element('li');
              var link = element('a', hit.name, { href: hit.link });
              link.addEventListener('click', function () {
                document.getElementById('kazutb-desk').hidden = true;
              });
              item.appendChild(link);
              item.appendChild(document.createTextNode(' — '));
              item.appendChild(element('small', hit.where, { class: 'kazutb-data' }));
              results.appendChild(item);
            });
            if (!(answer.found || []).length) results.appendChild(element('li', labels.nothing_found));
          });
      }, 250);
    });
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(results);
    return box;
  }

  function showDesk(lang, office) {
    var panel = document.getElementById('kazutb-desk');
    if (!panel) return;
    var query = 'desk.json?lang=' + lang + (office ? '&office=' + encodeURIComponent(office) : '');
    fetch(query, { credentials: 'same-origin' }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (desk) {
      if (!desk) return;
      panel.textContent = '';
      // The first screen: over the collections, not over a form opened by its address.
      panel.hidden = /\/entries\//.test(window.location.hash);
      panel.appendChild(element('h2', desk.heading, { id: 'kazutb-desk-heading' }));
      var label = element('label', desk.labels.office + ' ', { for: 'kazutb-office' });
      var select = element('select', null, { id: 'kazutb-office' });
      desk.offices.forEach(function (o) {
        var option = element('option', o.name + ' — ' + o.count, { value: o.id });
        if (o.id === desk.office) option.selected = true;
        select.appendChild(option);
      });
      select.addEventListener('change', function () {
        try { window.localStorage.setItem('kazutb-office', select.value); } catch (e) { /* private mode */ }
        showDesk(lang, select.value);
      });
      label.appendChild(select);
      panel.appendChild(label);
      panel.appendChild(searchBox(lang, desk.labels));
      var list = element('ol');
      desk.items.forEach(function (item) {
        var entry = element('li');
        var head = item.link ? element('a', item.kind, { href: item.link }) : element('strong', item.kind);
        if (item.link) {
          head.addEventListener('click', function () { panel.hidden = true; });
        }
        entry.appendChild(head);
        entry.appendChild(document.createTextNode(' — '));
        entry.appendChild(element('span', item.where, { class: 'kazutb-data' }));  // file, record
        entry.appendChild(element('div', item.todo, { class: 'kazutb-todo' }));
        // A due date only where one is set: "no due date" on every item says nothing.
        entry.appendChild(element('small', item.message + (item.due ? ' · ' + desk.labels.due + ': ' + item.due : '')));
        list.appendChild(entry);
      });
      if (!desk.items.length) panel.appendChild(element('p', desk.labels.none));
      panel.appendChild(list);
      var close = element('button', desk.labels.close, { type: 'button', class: 'kazutb-close' });
      close.addEventListener('click', function () { panel.hidden = true; });
      panel.insertBefore(close, panel.firstChild);
      var opener = document.getElementById('kazutb-desk-open');
      if (opener) {
        opener.onclick = function (event) { event.preventDefault(); panel.hidden = false; };
      }
    }, function () { /* no desk server (a git host): the CMS alone */ });
  }

  // --- the interface languages -------------------------------------------------------

  // The message at a field that breaks a rule is the build's own: the form shows it as
  // it is (pattern messages come from the models, bounds in pydantic's words).
  var BUILD_WORDS = {
    en: {
      regexPattern: '%{fieldLabel}: %{pattern}',
      range: '%{fieldLabel}: Input should be greater than or equal to %{minValue} and less than or equal to %{maxValue}',
      min: '%{fieldLabel}: Input should be greater than or equal to %{minValue}',
      max: '%{fieldLabel}: Input should be less than or equal to %{maxValue}',
    },
    ru: {
      regexPattern: '%{fieldLabel}: %{pattern}',
      range: '%{fieldLabel}: значение должно быть от %{minValue} до %{maxValue} (Input should be greater than or equal to %{minValue} and less than or equal to %{maxValue})',
      min: '%{fieldLabel}: значение должно быть не меньше %{minValue} (Input should be greater than or equal to %{minValue})',
      max: '%{fieldLabel}: значение должно быть не больше %{maxValue} (Input should be less than or equal to %{maxValue})',
    },
    kk: {
      regexPattern: '%{fieldLabel}: %{pattern}',
      range: '%{fieldLabel}: мән %{minValue} мен %{maxValue} аралығында болуы керек (Input should be greater than or equal to %{minValue} and less than or equal to %{maxValue})',
      min: '%{fieldLabel}: мән %{minValue} санынан кем болмауы керек (Input should be greater than or equal to %{minValue})',
      max: '%{fieldLabel}: мән %{maxValue} санынан аспауы керек (Input should be less than or equal to %{maxValue})',
    },
  };

  function merge(into, from) {
    Object.keys(from).forEach(function (key) {
      if (isObject(from[key]) && isObject(into[key])) merge(into[key], from[key]);
      else into[key] = from[key];
    });
    return into;
  }

  function registerLocales(CMS) {
    var kk = window.KAZUTB_LOCALE_KK || {};
    CMS.registerLocale('kk', kk);
    LANGS.forEach(function (lang) {
      var phrases = merge({}, CMS.getLocale(lang) || {});
      if (lang === 'ru') merge(phrases, window.KAZUTB_LOCALE_RU || {});
      merge(phrases, { editor: { editorControlPane: { widget: BUILD_WORDS[lang] } } });
      CMS.registerLocale(lang, phrases);
    });
  }

  function markLanguage(lang) {
    document.documentElement.lang = lang;
    var sheet = document.getElementById('kazutb-import-open');
    if (sheet) sheet.setAttribute('href', 'import.html?lang=' + lang);
    var links = document.querySelectorAll('#kazutb-languages a');
    Array.prototype.forEach.call(links, function (link) {
      link.setAttribute('aria-current', link.getAttribute('hreflang') === lang ? 'true' : 'false');
    });
  }

  function start() {
    var CMS = window.CMS;
    var lang = chosenLanguage();
    markLanguage(lang);
    var link = document.createElement('link');
    link.rel = 'cms-config-url';
    link.type = 'text/yaml';
    link.href = 'config.yml?lang=' + lang;
    document.head.appendChild(link);
    return fetch('formats.json', { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (formats) {
        Object.keys(formats).forEach(function (name) {
          var spec = formats[name];
          var formatter = spec.type === 'csv' ? csvFormat(spec) : yamlFormat(spec);
          FORMATS[name] = spec;
          FORMATTERS[name] = formatter;
          CMS.registerCustomFormat(name, spec.extension, formatter);
        });
        registerLocales(CMS);
        dateWidget(CMS, lang);
        ['string', 'text', 'number', 'select', 'boolean', 'relation', 'kazutb-date'].forEach(function (name) {
          withProblems(CMS, name);
        });
        CMS.registerEventListener({
          name: 'preSave',
          handler: function (event) { return checkEntry(event.entry, lang); },
        });
        CMS.init();
        var office = null;
        try { office = window.localStorage.getItem('kazutb-office'); } catch (e) { /* private mode */ }
        showDesk(lang, office);
        window.addEventListener('hashchange', function () {
          var panel = document.getElementById('kazutb-desk');
          if (panel && /\/entries\//.test(window.location.hash)) panel.hidden = true;
        });
      });
  }

  window.KAZUTB_EDITOR = { clean: clean, toForm: toForm, toFile: toFile, parseCsv: parseCsv, readDate: readDate };
  start();
})();
