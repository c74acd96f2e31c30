"""The local server of `make edit`: the CMS's page and bundle, and its local backend.

Decap CMS's local backend protocol (decap-server's `/api/v1`: POST {action, params}) is
answered here, in Python, on 127.0.0.1 only, for three reasons decap-server (which can
bind to one address with BIND_HOST) does not meet: every file it writes passes the build's
check first (editor/checks.py: a refused save names file, line, field and the build's
message), it writes only the data/ files editors keep and the documents' folder (not any
path of the repository), and the CMS's page, bundle, locales and API come from one origin
under a Content-Security-Policy that names no other host. The page is never part of the
public site.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import json
import re
import sys
import threading
import traceback
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kazutb_transparency.buildsteps.pipeline import build_date, check_data
from kazutb_transparency.buildsteps.status import (
    office_tasks,
    read_assignments,
    status_html,
    workbook_bytes,
)
from kazutb_transparency.core.datawrite import UnsafePath, data_lock, data_path, write_all
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.localhost import local_hosts
from kazutb_transparency.editor import checks, problem_text, roundtrip
from kazutb_transparency.editor.config import (
    EDITOR_LANGUAGES,
    config_yaml,
    formats,
    reference_files,
)
from kazutb_transparency.editor.desk import desk, find
from kazutb_transparency.editor.import_page import import_html, import_upload, template_bytes
from kazutb_transparency.editor.sheets import KINDS
from kazutb_transparency.editor.sources import MEDIA_FOLDER, source_of

REPO = Path(__file__).resolve().parents[2]
STATIC = Path(__file__).with_name("static")
LOOPBACK = ("127.0.0.1", "localhost", "::1")
# The largest request: a 50 MB PDF, base64 (4/3) in JSON.
MAX_REQUEST = 70 * 1024 * 1024
CSP = "; ".join(
    [
        "default-src 'self'",
        # Decap compiles its configuration's schema (ajv) and runs WebAssembly: eval, but
        # only of what the page itself loaded, and from no other host.
        "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' blob: data:",
        "font-src 'self' data:",
        "connect-src 'self' blob: data:",  # an uploaded file is read back from its blob
        "media-src 'self' blob:",
        "worker-src 'self' blob:",
        "frame-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ]
)
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".yml": "text/yaml; charset=utf-8",
    ".pdf": "application/pdf",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}


class EditorError(Exception):
    """A request refused, with the problems to show in the CMS."""

    def __init__(self, problems: list[Problem] | str, status: int = 422) -> None:
        self.problems = [Problem("(editor)", problems)] if isinstance(problems, str) else problems
        self.status = status
        super().__init__(self.message)

    @property
    def message(self) -> str:
        lines = [str(p) for p in self.problems[:20]]
        if len(self.problems) > 20:
            lines.append(f"… and {len(self.problems) - 20} more")
        return "\n".join(lines)


def vendor_files(repo: Path = REPO) -> dict[str, Path]:
    """The third-party files the page loads, from this repository's node_modules."""
    return {
        "vendor/js-yaml.js": repo / "node_modules/js-yaml/dist/browser/js-yaml.umd.min.js",
        "decap": repo / "node_modules/decap-cms/dist",
    }


class Backend:
    """Decap's local backend over the working copy `root` (the folder holding data/)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.data = self.root / checks.DATA
        self.lock = threading.Lock()

    # --- paths ---------------------------------------------------------------------

    def relative(self, path: str) -> str:
        """A path of a request as a path under data/; anything else is refused."""
        if not isinstance(path, str) or "\x00" in path or "\\" in path:
            raise EditorError("not a path")
        parts = Path(path.lstrip("/")).parts
        if not parts or parts[0] != checks.DATA or ".." in parts or len(parts) < 2:
            raise EditorError(f"'{path}': the editor reads and writes only data/")
        resolved = (self.root / Path(*parts)).resolve()
        if not resolved.is_relative_to(self.data):
            raise EditorError(f"'{path}': outside data/")
        return Path(*parts[1:]).as_posix()

    def file(self, relative: str) -> Path:
        return self.data / relative

    def _existing(self, relative: str) -> Path | None:
        """The file, or the one of its folder whose name differs only by case (the CMS
        writes a new file's name in lower case: 6b02101.yaml for 6B02101)."""
        path = self.file(relative)
        if path.is_file():
            return path
        folder = path.parent
        if folder.is_dir():
            for other in folder.iterdir():
                if other.name.lower() == path.name.lower() and other.is_file():
                    return other
        return None

    def entry(self, relative: str, label: str | None = None) -> dict[str, Any]:
        path = self._existing(relative)
        shown = f"{checks.DATA}/{relative}"
        if path is None:
            return {"data": None, "file": {"path": shown, "label": label, "id": None}}
        content = path.read_bytes()
        return {
            "data": content.decode("utf-8"),
            "file": {
                "path": f"{checks.DATA}/{path.relative_to(self.data).as_posix()}",
                "label": label,
                "id": hashlib.sha256(content).hexdigest(),
            },
        }

    # --- actions -------------------------------------------------------------------

    def handle(self, body: dict[str, Any]) -> Any:
        action = body.get("action")
        params = body.get("params") or {}
        if not isinstance(params, dict):
            raise EditorError("params must be an object")
        handler = getattr(self, f"do_{action}", None) if isinstance(action, str) else None
        if handler is None:
            if (isinstance(action, str) and "npublished" in action) or action == (
                "updateUnpublishedEntryStatus"
            ):
                raise EditorError(
                    "the local editor saves straight into data/: the editorial workflow "
                    "(a branch and a pull request for each change) is the git host's, in "
                    "production (handbook/README.md)"
                )
            raise EditorError(f"Unknown action {action}")
        return handler(params)

    def do_info(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"repo": self.root.name, "publish_modes": ["simple"], "type": "local_fs"}

    def do_entriesByFolder(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        relative = self.relative(params.get("folder", ""))
        extension = str(params.get("extension", ""))
        folder = self.file(relative)
        if not folder.is_dir():
            return []
        found = []
        for path in sorted(folder.iterdir()):
            name = f"{relative}/{path.name}"
            if path.is_file() and path.name.endswith(extension) and source_of(name) is not None:
                found.append(self.entry(name))
        return found

    def do_entriesByFiles(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        files = params.get("files") or []
        return [self.entry(self.relative(f.get("path", "")), f.get("label")) for f in files]

    def do_getEntry(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.entry(self.relative(params.get("path", "")))

    def do_persistEntry(self, params: dict[str, Any]) -> dict[str, str]:
        data_files = params.get("dataFiles") or ([params["entry"]] if params.get("entry") else [])
        if not isinstance(data_files, list):
            raise EditorError("dataFiles must be a list")
        # Read, merged, checked and written under data/'s lock: `make import` or another
        # save at the same time waits, and then reads what this one wrote.
        with self.lock, data_lock(self.data):
            writes: dict[str, str | bytes] = {}
            problems: list[Problem] = []
            for data_file in data_files:
                if not isinstance(data_file, dict):
                    raise EditorError("each data file must be an object")
                relative = self.relative(data_file.get("path", ""))
                raw = data_file.get("raw")
                if not isinstance(raw, str):
                    raise EditorError(f"{relative}: no content")
                target = self._target(relative, raw)
                if target.is_file():  # only the values that changed: one value, one line
                    raw = roundtrip.merged(relative, target.read_text(encoding="utf-8"), raw)
                problems.extend(checks.check_text(self.data, relative, raw))
                writes[target.relative_to(self.data).as_posix()] = raw
            for asset in params.get("assets") or []:
                relative, content = self._asset(asset)
                problems.extend(checks.media_problems(relative, content))
                writes[relative] = content
            if problems:
                raise EditorError(problems)
            self._write(writes)
        return {"message": "entry persisted"}

    def _write(self, contents: dict[str, str | bytes]) -> None:
        """All files of one save or none (core/datawrite.py, the one write path of data/)."""
        try:
            write_all(self.data, contents)
        except UnsafePath as exc:
            raise EditorError(
                f"{checks.DATA}/{exc.relative}: a symbolic link in data/ is never written "
                "through; replace it by the file itself"
            ) from None

    def do_checkEntry(self, params: dict[str, Any]) -> dict[str, Any]:
        """The build's problems with a form about to be saved, as the form shows them
        (editor.js, before it saves): in the interface's language, with the field and value
        each is about, so that the message stays at its field until the value is corrected."""
        lang = params.get("lang") if params.get("lang") in EDITOR_LANGUAGES else "kk"
        relative = self.relative(params.get("path", ""))
        raw = params.get("raw")
        if not isinstance(raw, str):
            raise EditorError(f"{relative}: no content")
        try:
            target = self._target(relative, raw)
        except EditorError as exc:
            return {"problems": [problem_text.shown(p, lang) for p in exc.problems]}
        if target.is_file():
            raw = roundtrip.merged(relative, target.read_text(encoding="utf-8"), raw)
        found = checks.check_text(self.data, relative, raw)
        if not found:  # what only the whole data show: a faculty or a count of another file
            media = params.get("media") if isinstance(params.get("media"), list) else []
            uploads = frozenset(PurePosixPath(m).name for m in media if isinstance(m, str))
            found = checks.whole_data_problems(self.data, relative, raw, uploads)
        return {"problems": [problem_text.shown(p, lang, raw) for p in found[:50]]}

    def do_importSheet(self, params: dict[str, Any]) -> dict[str, Any]:
        """A spreadsheet sent from the desk's import page (import.js), imported as
        `make import` does; the answer in the office's language."""
        lang = params.get("lang") if params.get("lang") in EDITOR_LANGUAGES else "kk"
        name, content = params.get("name"), params.get("content")
        if not isinstance(name, str) or not isinstance(content, str):
            raise EditorError("send the file's name and content")
        kind = params.get("kind") if isinstance(params.get("kind"), str) else None
        with self.lock:
            imported, lines = import_upload(name, content, kind, self.data, build_date(), lang)
        return {"imported": imported, "lines": lines}

    def _target(self, relative: str, raw: str) -> Path:
        """Where a saved entry goes: its own file, or a new file named as the build wants
        it (the CMS lower-cases a new file's name)."""
        existing = self._existing(relative)
        if existing is not None and existing.name == Path(relative).name:
            return existing
        source = source_of(relative)
        if source is not None and source.identifier and source.kind == "folder":
            import yaml

            try:
                data = yaml.safe_load(raw)
            except yaml.YAMLError:
                return self.file(relative)
            value = data.get(source.identifier) if isinstance(data, dict) else None
            if value is not None and str(value).lower() == Path(relative).stem.lower():
                wanted = self.file(relative).with_name(f"{value}{Path(relative).suffix}")
                if existing is not None or wanted.exists():
                    raise EditorError(
                        [
                            Problem(
                                f"{checks.DATA}/{relative}",
                                f"'{value}' exists already",
                                field=source.identifier,
                                hint="open it from the list to change it",
                            )
                        ]
                    )
                return wanted
        if source is not None and source.kind == "csv-folder" and existing is not None:
            return existing
        return self.file(relative)

    def _asset(self, asset: dict[str, Any]) -> tuple[str, bytes]:
        relative = self.relative(asset.get("path", ""))
        if asset.get("encoding") != "base64":
            raise EditorError("a file must be sent base64-encoded")
        try:
            content = base64.b64decode(asset.get("content", ""), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise EditorError("the file is not valid base64") from exc
        return relative, content

    def media_file(self, relative: str) -> dict[str, Any]:
        path = self.file(relative)
        content = path.read_bytes()
        return {
            "id": hashlib.sha256(content).hexdigest(),
            "content": base64.b64encode(content).decode("ascii"),
            "encoding": "base64",
            "path": f"{checks.DATA}/{relative}",
            "name": path.name,
        }

    def do_getMedia(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        relative = self.relative(params.get("mediaFolder", ""))
        folder = self.file(relative)
        if relative != MEDIA_FOLDER or not folder.is_dir():
            return []
        return [
            self.media_file(f"{relative}/{p.name}") for p in sorted(folder.iterdir()) if p.is_file()
        ]

    def do_getMediaFile(self, params: dict[str, Any]) -> dict[str, Any]:
        relative = self.relative(params.get("path", ""))
        if not relative.startswith(f"{MEDIA_FOLDER}/") or not self.file(relative).is_file():
            raise EditorError(f"no file {relative}", HTTPStatus.NOT_FOUND)
        return self.media_file(relative)

    def do_persistMedia(self, params: dict[str, Any]) -> dict[str, Any]:
        relative, content = self._asset(params.get("asset") or {})
        problems = checks.media_problems(relative, content)
        if problems:
            raise EditorError(problems)
        with self.lock, data_lock(self.data):
            self._write({relative: content})
        return self.media_file(relative)

    def _deletable(self, path: str) -> str:
        relative = self.relative(path)
        if not relative.startswith(f"{MEDIA_FOLDER}/"):
            raise EditorError(
                f"{relative}: the editor deletes only documents' files; a record is removed "
                "in its form (a list's ✕), a file of data/ only in a change reviewed in git"
            )
        return relative

    def do_deleteFile(self, params: dict[str, Any]) -> dict[str, str]:
        relative = self._deletable(params.get("path", ""))
        with self.lock, data_lock(self.data):
            data_path(self.data, relative).unlink(missing_ok=True)
        return {"message": f"deleted file {checks.DATA}/{relative}"}

    def do_deleteFiles(self, params: dict[str, Any]) -> dict[str, str]:
        paths = [self._deletable(p) for p in params.get("paths") or []]
        with self.lock, data_lock(self.data):
            for relative in paths:
                data_path(self.data, relative).unlink(missing_ok=True)
        return {"message": f"deleted files {', '.join(paths)}"}

    def do_getDeployPreview(self, params: dict[str, Any]) -> None:
        return None


class EditorHandler(BaseHTTPRequestHandler):
    server: EditorServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    # --- what is asked, and from where -----------------------------------------------

    def _host_ok(self) -> bool:
        """Only this machine's names (a page of another site that resolves its own name to
        127.0.0.1 — DNS rebinding — gets nothing)."""
        return self.headers.get("Host", "") in local_hosts(self.server.server_address[1])

    def _same_origin(self) -> bool:
        origin = self.headers.get("Origin")
        if origin is not None and origin != f"http://{self.headers.get('Host', '')}":
            return False
        site = self.headers.get("Sec-Fetch-Site")
        return site in (None, "same-origin", "none")

    def _send(self, status: int, body: bytes, content_type: str, cache: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        self.send_header("Cache-Control", "max-age=3600" if cache else "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, value: Any) -> None:
        self._send(status, json.dumps(value, ensure_ascii=False).encode("utf-8"), TYPES[".json"])

    def _not_found(self) -> None:
        self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8")

    # --- GET: the page, its scripts, the configuration ----------------------------------

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        if not self._host_ok():
            self._send(HTTPStatus.MISDIRECTED_REQUEST, b"wrong host\n", "text/plain")
            return
        url = urlsplit(self.path)
        path = url.path
        if path in ("/", "/index.html"):
            self._file(STATIC / "index.html")
        elif path == "/config.yml":
            lang = (parse_qs(url.query).get("lang") or ["kk"])[0]
            lang = lang if lang in EDITOR_LANGUAGES else "kk"
            self._send(HTTPStatus.OK, self.server.config_text(lang).encode(), TYPES[".yml"])
        elif path == "/import.html":
            lang = (parse_qs(url.query).get("lang") or ["kk"])[0]
            lang = lang if lang in EDITOR_LANGUAGES else "kk"
            self._send(HTTPStatus.OK, import_html(lang).encode("utf-8"), TYPES[".html"])
        elif path == "/template.xlsx":
            query = parse_qs(url.query)
            kind = (query.get("kind") or [""])[0]
            lang = (query.get("lang") or ["kk"])[0]
            if kind not in KINDS or lang not in EDITOR_LANGUAGES:
                self._not_found()
                return
            xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            self._send(HTTPStatus.OK, template_bytes(kind, lang, self.server.backend.data), xlsx)
        elif path == "/find.json":
            query = parse_qs(url.query)
            lang = (query.get("lang") or ["kk"])[0]
            lang = lang if lang in EDITOR_LANGUAGES else "kk"
            found = find(self.server.backend.data, (query.get("q") or [""])[0][:100], lang)
            self._json(HTTPStatus.OK, {"found": found})
        elif path == "/desk.json":
            query = parse_qs(url.query)
            lang = (query.get("lang") or ["kk"])[0]
            office = (query.get("office") or [None])[0]
            self._desk(lang if lang in EDITOR_LANGUAGES else "kk", office)
        elif path in ("/status.html", "/office-status.xlsx"):
            lang = (parse_qs(url.query).get("lang") or ["kk"])[0]
            self._office_status(path, lang if lang in EDITOR_LANGUAGES else "kk")
        elif path == "/formats.json":
            body = json.dumps(formats(), ensure_ascii=False).encode("utf-8")
            self._send(HTTPStatus.OK, body, TYPES[".json"])
        elif path.count("/") == 1 and (STATIC / path[1:]).is_file() and path[1:] != "index.html":
            self._file(STATIC / path[1:])
        elif path == "/vendor/js-yaml.js":
            self._file(self.server.vendor["vendor/js-yaml.js"], cache=True)
        elif path.startswith("/decap/") and path.count("/") == 2:
            name = path.rsplit("/", 1)[1]
            dist = self.server.vendor["decap"]
            if name and not name.startswith(".") and (dist / name).is_file():
                self._file(dist / name, cache=True)
            else:
                self._not_found()
        elif path.startswith(f"/{MEDIA_FOLDER}/") and path.count("/") == 2:
            target = self.server.backend.data / MEDIA_FOLDER / path.rsplit("/", 1)[1]
            if target.is_file() and not target.name.startswith("."):
                self._file(target)
            else:
                self._not_found()
        elif path == "/favicon.ico":
            self._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")
        else:
            self._not_found()

    def _tasks(self) -> tuple[Any, list[Any]]:
        data = self.server.backend.data
        with self.server.backend.lock:
            site = check_data(data, build_date(), False, lambda _: None)
        return site, office_tasks(site, read_assignments(data))

    def _desk(self, lang: str, office: str | None) -> None:
        """The desk's first screen: the office's own list, each item a link to its form."""
        try:
            site, tasks = self._tasks()
        except DataError as exc:
            shown = [problem_text.shown(p, lang)["text"] for p in exc.problems[:50]]
            self._json(HTTPStatus.UNPROCESSABLE_ENTITY, {"problems": shown})
            return
        self._json(HTTPStatus.OK, desk(site, tasks, lang, office))

    def _office_status(self, path: str, lang: str) -> None:
        """What each office still has to supply (`make status`), as a page or a workbook."""
        try:
            site, tasks = self._tasks()
        except DataError as exc:
            body = html.escape(str(exc)).encode("utf-8")
            self._send(HTTPStatus.UNPROCESSABLE_ENTITY, b"<pre>" + body + b"</pre>", TYPES[".html"])
            return
        if path.endswith(".xlsx"):
            xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            self._send(HTTPStatus.OK, workbook_bytes(site, tasks), xlsx)
        else:
            self._send(
                HTTPStatus.OK, status_html(site, tasks, lang).encode("utf-8"), TYPES[".html"]
            )

    def _file(self, path: Path, cache: bool = False) -> None:
        try:
            body = path.read_bytes()
        except OSError:
            self._not_found()
            return
        self._send(HTTPStatus.OK, body, TYPES.get(path.suffix, "application/octet-stream"), cache)

    # --- POST: the local backend --------------------------------------------------------

    def do_POST(self) -> None:
        if not self._host_ok() or not self._same_origin():
            self._json(HTTPStatus.FORBIDDEN, {"error": "requests come from the editor's page only"})
            return
        if urlsplit(self.path).path != "/api/v1":
            self._json(HTTPStatus.NOT_FOUND, {"error": "not found"})
            return
        if not self.headers.get("Content-Type", "").startswith("application/json"):
            self._json(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, {"error": "send JSON"})
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_REQUEST:
            self._json(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": "the request is too large"})
            return
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
            if not isinstance(body, dict):
                raise EditorError("send an object")
            _well_formed(body)
            result = self.server.backend.handle(body)
        except EditorError as exc:
            if self.server.verbose:
                print(exc.message, file=sys.stderr)
            self._json(exc.status, {"error": exc.message})
            return
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
            self._json(HTTPStatus.BAD_REQUEST, {"error": "not JSON, or nested too deeply"})
            return
        except (TypeError, AttributeError, KeyError) as exc:
            # A parameter of another shape than the CMS sends (a list for an object, a
            # number for a path): the request's fault, said in one line.
            self._json(HTTPStatus.BAD_REQUEST, {"error": f"malformed parameters ({exc})"})
            return
        except Exception as exc:  # a bug of the editor: said, and the server goes on
            traceback.print_exc()
            self._json(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": f"editor error: {exc!r}"})
            return
        self._json(HTTPStatus.OK, result)


# What the CMS sends is a few levels deep; text with a lone surrogate can be held by no
# file (UTF-8 has no encoding for it).
MAX_DEPTH = 40
_SURROGATE = re.compile("[\ud800-\udfff]")


def _well_formed(value: Any, depth: int = 0) -> None:
    if depth > MAX_DEPTH:
        raise EditorError("the request is nested too deeply", HTTPStatus.BAD_REQUEST)
    if isinstance(value, str):
        if _SURROGATE.search(value):
            raise EditorError(
                "the text holds a character no file can hold (a lone surrogate)",
                HTTPStatus.BAD_REQUEST,
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            _well_formed(key, depth + 1)
            _well_formed(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _well_formed(item, depth + 1)


class EditorServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        root: Path,
        host: str = "127.0.0.1",
        port: int = 8001,
        repo: Path = REPO,
        verbose: bool = False,
    ) -> None:
        if host not in LOOPBACK:
            raise ValueError(
                f"the editor answers on this machine only (127.0.0.1), not on '{host}': in "
                "production the university's git host serves it (handbook/README.md)"
            )
        self.backend = Backend(root)
        self.vendor = vendor_files(repo)
        missing = [str(p) for p in self.vendor.values() if not p.exists()]
        if missing:
            raise FileNotFoundError(
                f"{', '.join(missing)} missing: run `make browser-deps` (npm ci) first"
            )
        self.verbose = verbose
        self._configs: dict[str, str] = {}
        if host == "::1":
            self.address_family = __import__("socket").AF_INET6
        super().__init__((host, port), EditorHandler)

    def config_text(self, lang: str) -> str:
        """The form in `lang`, made again when a file of the references' choices changed."""
        data = self.backend.data
        stamp = tuple(p.stat().st_mtime_ns if p.exists() else 0 for p in reference_files(data))
        key = f"{lang}:{stamp}"
        if key not in self._configs:
            self._configs[key] = config_yaml(lang, data_dir=data)
        return self._configs[key]

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser that closed its tab mid-answer is no error of the desk: nothing is
        printed; anything else is, as the standard server does."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"
