/* The site's search (search.html of each language): fetches the index's manifest, the
   term files of the query's words (in the folder the manifest names, which every
   language shares) and one text block per result shown, never the whole index
   (kazutb_transparency/buildsteps/search_index.py writes them). Folding, the token
   pattern and the endings cut from query words come from the manifest, so the query is
   read by the same rules as the pages were. Results are written with DOM methods only. */
(function () {
  "use strict";
  var root = document.querySelector(".kz-search");
  if (!root || !window.fetch) return;
  var PAGE_SIZE = 10;
  var text = root.dataset;
  var base = text.index;
  var form = root.querySelector(".kz-search-form");
  var input = form.querySelector("input[name=q]");
  var status = root.querySelector(".kz-search-status");
  var list = root.querySelector(".kz-search-results");
  var more = root.querySelector(".kz-search-more");
  var files = {};
  var shown = [];
  var run = 0;

  function get(path) {
    if (!files[path]) {
      files[path] = fetch(base + path).then(function (response) {
        if (!response.ok) throw new Error(path + ": " + response.status);
        return response.json();
      });
    }
    return files[path];
  }

  function say(message, state) {
    status.textContent = message;
    status.setAttribute("data-kz-search-state", state);
  }

  function folder(manifest) {
    var fold = manifest.fold;
    var token = new RegExp(manifest.token, "gu");
    return {
      fold: function (value) {
        var out = "";
        var lower = value.toLowerCase();
        for (var i = 0; i < lower.length; i++) out += fold[lower[i]] || lower[i];
        return out;
      },
      words: function (folded) {
        var found = [];
        var match;
        token.lastIndex = 0;
        while ((match = token.exec(folded)) !== null) found.push([match[0], match.index]);
        return found;
      },
      stem: function (word) {
        for (var i = 0; i < manifest.endings.length; i++) {
          var ending = manifest.endings[i];
          if (word.endsWith(ending) && word.length - ending.length >= manifest.min_stem) {
            return word.slice(0, -ending.length);
          }
        }
        return word;
      },
    };
  }

  /* page -> [score, block] for one query word: every indexed word its stem begins. */
  function matches(manifest, word, stem) {
    var keys = Object.keys(manifest.terms).filter(function (key) {
      return key.indexOf(stem) === 0 || stem.indexOf(key) === 0;
    });
    return Promise.all(
      keys.map(function (key) {
        return get(manifest.term_folder + manifest.terms[key] + ".json");
      })
    ).then(function (shards) {
      var pages = {};
      shards.forEach(function (terms) {
        Object.keys(terms).forEach(function (term) {
          if (term.indexOf(stem) !== 0) return;
          var postings = terms[term];
          var exact = term === word ? 2 : 1;
          for (var i = 0; i < postings.length; i += 3) {
            var score = postings[i + 1] * exact;
            var seen = pages[postings[i]];
            if (!seen || seen[0] < score) pages[postings[i]] = [score, postings[i + 2]];
          }
        });
      });
      return pages;
    });
  }

  function snippet(read, stems, body) {
    var folded = read.fold(body);
    var words = read.words(folded);
    var hit = function (pair) {
      return stems.some(function (stem) {
        return pair[0].indexOf(stem) === 0;
      });
    };
    var first = words.filter(hit)[0];
    var start = first ? Math.max(0, first[1] - 80) : 0;
    var end = Math.min(body.length, start + 240);
    if (start > 0) start = body.indexOf(" ", start) + 1 || start;
    if (end < body.length) end = body.lastIndexOf(" ", end) > start ? body.lastIndexOf(" ", end) : end;
    var p = document.createElement("p");
    if (start > 0) p.appendChild(document.createTextNode("… "));
    var at = start;
    words.forEach(function (pair) {
      var from = pair[1];
      var to = from + pair[0].length;
      if (from < start || to > end || !hit(pair)) return;
      p.appendChild(document.createTextNode(body.slice(at, from)));
      var mark = document.createElement("mark");
      mark.textContent = body.slice(from, to);
      p.appendChild(mark);
      at = to;
    });
    p.appendChild(document.createTextNode(body.slice(at, end) + (end < body.length ? " …" : "")));
    return p;
  }

  function showMore(read, stems, current) {
    var batch = shown.splice(0, PAGE_SIZE);
    more.hidden = shown.length === 0;
    return Promise.all(
      batch.map(function (result) {
        var item = document.createElement("li");
        list.appendChild(item);
        return get("text/" + result.page + "-" + result.block + ".json").then(function (block) {
          if (current !== run) return;
          var link = document.createElement("a");
          link.className = "kz-search-result";
          link.href = block.u;
          link.textContent = block.t;
          item.appendChild(link);
          item.appendChild(snippet(read, stems, block.x));
        });
      })
    );
  }

  function search(query) {
    var current = ++run;
    list.textContent = "";
    more.hidden = true;
    say(text.loading, "loading");
    get("manifest.json")
      .then(function (manifest) {
        var read = folder(manifest);
        var words = {};
        read.words(read.fold(query)).forEach(function (pair) {
          if (pair[0].length >= 2) words[pair[0]] = read.stem(pair[0]);
        });
        var queryWords = Object.keys(words);
        if (!queryWords.length) {
          say(text.tooShort, "done");
          return null;
        }
        var stems = queryWords.map(function (word) {
          return words[word];
        });
        return Promise.all(
          queryWords.map(function (word) {
            return matches(manifest, word, words[word]);
          })
        ).then(function (perWord) {
          if (current !== run) return null;
          // Every word must be found on a page; the rarest word's block gives the snippet.
          var order = perWord.slice().sort(function (a, b) {
            return Object.keys(a).length - Object.keys(b).length;
          });
          var results = Object.keys(order[0])
            .filter(function (page) {
              return perWord.every(function (pages) {
                return page in pages;
              });
            })
            .map(function (page) {
              var score = perWord.reduce(function (sum, pages) {
                return sum + pages[page][0];
              }, 0);
              return { page: Number(page), block: order[0][page][1], score: score };
            })
            .sort(function (a, b) {
              return b.score - a.score || a.page - b.page;
            });
          if (!results.length) {
            say(text.none.replace("{query}", query), "done");
            return null;
          }
          shown = results;
          say(text.found.replace("{count}", String(results.length)), "loading");
          return showMore(read, stems, current).then(function () {
            if (current === run) status.setAttribute("data-kz-search-state", "done");
            more.onclick = function () {
              showMore(read, stems, current);
            };
          });
        });
      })
      .catch(function () {
        if (current === run) say(text.offline, "done");
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value.trim();
    var address = new URL(location.href);
    address.searchParams.set("q", query);
    history.replaceState(null, "", address);
    search(query);
  });
  var query = new URLSearchParams(location.search).get("q");
  if (query && query.trim()) {
    input.value = query;
    search(query.trim());
  } else {
    say(text.ready, "idle");
  }
})();
