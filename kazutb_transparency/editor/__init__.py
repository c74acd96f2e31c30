"""The editor's desk: a git-based content editor (Decap CMS) over data/.

- `sources.py`: every file and folder of data/ an editor keeps, with the model the build
  validates it with (and the files nobody edits by hand, each with its reason);
- `fields.py`: a model's fields as the editor's form fields (widgets, labels, hints,
  required, pattern, min/max, options), generated from the pydantic models;
- `config.py`: the CMS's config.yml and the file formats of each collection;
- `checks.py`: the check of a saved file, with the build's own functions and messages;
- `server.py`: the local server of `make edit` (the CMS's page, bundle and locales, and the
  local backend's `/api/v1`, on 127.0.0.1 only);
- `roundtrip.py`: a saved form written as the smallest change to its file;
- `problem_text.py`: the build's problems in the interface's language, at their field;
- `sheets.py`: spreadsheets in (`make import`); `sheet_*.py` its parts: the kinds, the
  files (XLSX, ODS, CSV), the table's layout, the headings and words in three languages,
  the checks at a cell, the texts and the templates out.
"""
