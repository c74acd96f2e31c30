#!/usr/bin/env python3
"""The editor's desk (`make edit`): a content editor in the browser over data/.

    python scripts/edit.py [--port 8001] [--preview-port 8000] [--no-preview] [--no-browser]
                           [--root DIR]
    python scripts/edit.py --config OUT.yml --backend github --repo OWNER/NAME [--lang kk]
    python scripts/edit.py --export DIR --backend gitlab --repo GROUP/NAME

The first form serves Decap CMS on http://127.0.0.1:8001 (this machine only) and starts
the live preview (`make serve`, http://127.0.0.1:8000) beside it: a form saved is checked
with the build's own rules, written to data/, and the preview rebuilds the pages that show
it, in all three languages. The other forms write the configuration (or the whole editor
folder) for the university's git host: handbook/README.md, "The editor in production".

Given only --port, the preview takes the port after it (`make edit PORT=8124`: the editor
on 8124, the preview on 8125). A port another program holds is said in one line, before
anything starts. Ctrl-C (or SIGTERM) stops the editor and its preview in well under two
seconds.
"""

from __future__ import annotations

import argparse
import errno
import shutil
import signal
import subprocess
import sys
import webbrowser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kazutb_transparency.core.errors import refused_on_load  # noqa: E402
from scripts.serve import (  # noqa: E402
    PORT_TAKEN,
    Stopped,
    kill_at_deadline,
    parse_port,
    port_problem,
    say_stopped,
    stop_on_signals,
)

with refused_on_load():
    from kazutb_transparency.editor.config import EDITOR_LANGUAGES, config_yaml, formats
    from kazutb_transparency.editor.server import STATIC, EditorServer, vendor_files


def git_backend(name: str, repo: str, branch: str, base_url: str | None) -> dict:
    backend = {"name": name, "repo": repo, "branch": branch}
    if base_url:
        backend["base_url"] = base_url  # the OAuth proxy, or the self-hosted Gitea/GitLab
        if name in ("gitea", "gitlab"):
            backend["api_root"] = base_url.rstrip("/") + (
                "/api/v1" if name == "gitea" else "/api/v4"
            )
    if name == "gitlab":
        backend["auth_type"] = "pkce"
    return backend


EDIT = "make edit"
EDITOR_PORT, PREVIEW_PORT = 8001, 8000
HOST = "127.0.0.1"
# How long the preview is given to stop by itself (it stops in a fraction of a second)
# before it is killed, within the two seconds Ctrl-C may take (serve.STOP_DEADLINE_S).
PREVIEW_STOP_S = 1.2


def stop_preview(preview: subprocess.Popen[bytes]) -> None:
    """Stop the preview as Ctrl-C does (it had the terminal's own, when there was one: a
    second is ignored), killed if it is not done in time."""
    if preview.poll() is None:
        preview.send_signal(signal.SIGINT)
    try:
        preview.wait(timeout=PREVIEW_STOP_S)
    except subprocess.TimeoutExpired:
        preview.kill()
        preview.wait()


def ports(parser: argparse.ArgumentParser, args: argparse.Namespace) -> tuple[int, int]:
    """The editor's port and the preview's: 8001 and 8000, or the one after the editor's
    when only that was chosen."""
    editor = args.port or EDITOR_PORT
    preview = args.preview_port or (editor + 1 if args.port else PREVIEW_PORT)
    if preview > 65535:
        preview = editor - 1
    if preview == editor:
        parser.error(f"the editor and the preview cannot share port {editor}")
    return editor, preview


def export(folder: Path, backend: dict, lang: str) -> None:
    """The editor as a folder of static files for the git host (not the public site)."""
    import json

    folder.mkdir(parents=True, exist_ok=True)
    for path in STATIC.iterdir():
        shutil.copy2(path, folder / path.name)
    vendor = vendor_files()
    (folder / "vendor").mkdir(exist_ok=True)
    shutil.copy2(vendor["vendor/js-yaml.js"], folder / "vendor" / "js-yaml.js")
    shutil.copytree(vendor["decap"], folder / "decap", dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("*.map", "cms.js*"))  # fmt: skip
    (folder / "formats.json").write_text(json.dumps(formats(), ensure_ascii=False), "utf-8")
    (folder / "config.yml").write_text(config_yaml(lang, backend), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the folder holding data/")
    parser.add_argument("--port", type=parse_port, help=f"the editor's (default {EDITOR_PORT})")
    parser.add_argument(
        "--preview-port",
        type=parse_port,
        help=f"the preview's (default {PREVIEW_PORT}; given --port only, the port after it)",
    )
    parser.add_argument("--no-preview", action="store_true", help="do not start make serve")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--config", type=Path, help="write the CMS's config.yml here and stop")
    parser.add_argument("--export", type=Path, help="write the whole editor folder here")
    parser.add_argument("--backend", choices=("github", "gitlab", "gitea"), default="github")
    parser.add_argument("--repo", help="OWNER/NAME of the repository on the git host")
    parser.add_argument("--branch", default="main")
    parser.add_argument("--base-url", help="OAuth proxy (GitHub) or the host (GitLab, Gitea)")
    parser.add_argument("--lang", choices=EDITOR_LANGUAGES, default="kk")
    args = parser.parse_args(argv)
    if args.config or args.export:
        if not args.repo:
            parser.error("--repo OWNER/NAME is needed for the git host's configuration")
        backend = git_backend(args.backend, args.repo, args.branch, args.base_url)
        if args.export:
            export(args.export, backend, args.lang)
            print(f"{args.export}: the editor for {args.backend}:{args.repo}")
        if args.config:
            args.config.write_text(config_yaml(args.lang, backend), encoding="utf-8")
            print(f"{args.config}: written")
        return 0
    editor_port, preview_port = ports(parser, args)
    # The first Ctrl-C or SIGTERM stops the editor; another while it stops the preview is
    # ignored, so that the preview is never left running.
    stop_on_signals(EDIT)
    # Both ports before anything starts (the preview's first build takes seconds): one line.
    if not args.no_preview and (
        taken := port_problem(HOST, preview_port, EDIT, "PREVIEW_PORT", frozenset({editor_port}))
    ):
        print(taken, file=sys.stderr)
        return PORT_TAKEN
    try:
        server = EditorServer(args.root, port=editor_port, verbose=args.verbose)
    except OSError as exc:
        if exc.errno in (errno.EADDRINUSE, errno.EACCES):
            avoid = frozenset({preview_port})
            taken = port_problem(HOST, editor_port, EDIT, "PORT", avoid, found=exc)
            print(taken, file=sys.stderr)
            return PORT_TAKEN
        print(f"error: {exc}", file=sys.stderr)
        return 2
    preview = None
    ctrl_c = True
    try:
        if not args.no_preview:
            preview = subprocess.Popen(
                [sys.executable, str(ROOT / "scripts" / "serve.py"), "--root", str(args.root),
                 "--dev-addr", f"{HOST}:{preview_port}",
                 "--command", EDIT, "--port-variable", "PREVIEW_PORT"]
            )  # fmt: skip
            kill_at_deadline(preview)
            print(f"live preview: http://{HOST}:{preview_port}/ (make serve)")
        print(f"editor: {server.url} (Ctrl+C stops both)")
        if not args.no_browser:
            webbrowser.open(server.url)
        server.serve_forever()
    except KeyboardInterrupt as stop:
        ctrl_c = not isinstance(stop, Stopped)
    finally:
        server.server_close()
        if preview is not None:
            stop_preview(preview)
    say_stopped(ctrl_c)
    return 0


if __name__ == "__main__":
    sys.exit(main())
