"""Pages that the W3C Nu HTML Checker accepts: what the theme and the Markdown helpers
write that HTML does not allow, set right on the written page (engine-free, so any engine's
output gets the same treatment).

- The tables' own styles (the column labels of the phone layout) are <style> elements in
  the body, whose selectors reach outside their table: moved into <head>.
- md_in_html leaves `markdown="0"` on the blocks it was told not to read: removed.
- The theme marks its checkbox toggles `autocomplete="off"`, which HTML allows only on
  text-like inputs: removed (browsers do not restore checkboxes from it anyway).
- The table of contents' title is a label for a `__toc` toggle that pruned navigation
  does not write: without its control, the label's `for` is removed.
"""

from __future__ import annotations

import re

_BODY_STYLE = re.compile(r"<style\b[^>]*>.*?</style\s*>", re.I | re.S)
_MARKDOWN_ZERO = re.compile(r'\smarkdown="0"')
_CHECKBOX_AUTOCOMPLETE = re.compile(
    r'(<input\b[^>]*\btype="(?:checkbox|radio)"[^>]*?)\s+autocomplete="off"|'
    r'(<input\b[^>]*?)\s+autocomplete="off"([^>]*\btype="(?:checkbox|radio)")',
    re.I,
)
_INPUT = re.compile(r"<input\b[^>]*(?:>|\Z)", re.I)  # a match of the pattern above is inside one
_LABEL_FOR = re.compile(r'(<label\b[^>]*?)\s+for="([^"]+)"')


def valid_html(html: str) -> str:
    head_end = html.find("</head>")
    if head_end < 0:
        return html
    head, body = html[:head_end], html[head_end:]
    styles = _BODY_STYLE.findall(body)
    if styles:
        body = _BODY_STYLE.sub("", body)
        head += "".join(styles)
    if 'markdown="0"' in body:  # found in C first: the pattern starts with a class
        body = _MARKDOWN_ZERO.sub("", body)
    # Tag by tag: the same result as over the whole body, without its slow search there.
    body = _INPUT.sub(lambda tag: _CHECKBOX_AUTOCOMPLETE.sub(_without_autocomplete, tag[0]), body)
    if _LABEL_FOR.search(body):
        # Each of the few labels' targets looked for, rather than every id of the page
        # collected (most of this function's time).
        body = _LABEL_FOR.sub(
            lambda m: m.group(0) if _has_id(body, m.group(2)) else m.group(1), body
        )
    return head + body


def _has_id(body: str, target: str) -> bool:
    """Whether an element of `body` has id="target" (written as the theme writes ids)."""
    quoted = f'id="{target}"'
    at = body.find(quoted)
    while at > 0:
        if body[at - 1].isspace():
            return True
        at = body.find(quoted, at + 1)
    return False


def _without_autocomplete(match: re.Match[str]) -> str:
    if match.group(1) is not None:
        return match.group(1)
    return match.group(2) + match.group(3)
