#!/usr/bin/env python3
"""The editor's desk (`make edit`): a content editor in the browser over data/.

    python scripts/edit.py [--port 8001] [--no-preview] [--no-browser] [--root DIR]
    python scripts/edit.py --config OUT.yml --backend github --repo OWNER/NAME [--lang kk]
    python scripts/edit.py --export DIR --backend gitlab --repo GROUP/NAME

The first form serves Decap CMS on http://127.0.0.1:8001 (this machine only) and starts
the live preview (`make serve`, http://127.0.0.1:8000) beside it: a form saved is checked
with the build's own rules, written to data/, and the preview rebuilds the pages that show
it, in all three languages. The other forms write the configuration (or the whole editor
folder) for the university's git host: handbook/README.md, "The editor in production".
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import webbrowser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kazutb_transparency.core.errors import refused_on_load  # noqa: E402

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
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--preview-port", type=int, default=8000)
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
    try:
        server = EditorServer(args.root, port=args.port, verbose=args.verbose)
    except (FileNotFoundError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    preview = None
    if not args.no_preview:
        preview = subprocess.Popen(
            [sys.executable, str(ROOT / "scripts" / "serve.py"), "--root", str(args.root),
             "--dev-addr", f"127.0.0.1:{args.preview_port}"]
        )  # fmt: skip
        print(f"live preview: http://127.0.0.1:{args.preview_port}/ (make serve)")
    print(f"editor: {server.url} (Ctrl+C stops both)")
    if not args.no_browser:
        webbrowser.open(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        if preview is not None:
            preview.terminate()
            try:
                preview.wait(timeout=10)
            except subprocess.TimeoutExpired:
                preview.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
