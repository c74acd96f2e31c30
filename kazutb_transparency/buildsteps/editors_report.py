"""The quality office's worklist, printed by `make validate`: what to check in the data.

The site's source report speaks to readers; the file paths, field names and how to mark
an entry resolved belong here, beside the editor's terminal.
"""

from __future__ import annotations

from kazutb_transparency.buildsteps.site import SiteData
from kazutb_transparency.core.datafiles import display_path


def open_discrepancies(site: SiteData) -> list[str]:
    """One line per open note of a process card: file, field, kind, what to check and the
    difference it is about (in English)."""
    lines = []
    folder = site.data_dir / "processes"
    for process in site.registry.processes:
        files = sorted(folder.glob(f"{process.number:02d}-*.yaml"))
        where = display_path(files[0]) if files else display_path(folder)
        for note in process.notes:
            if note.status == "open":
                said = note.text.get("en")
                text = f"{note.action.get('en')} — {said}" if note.action else said
                lines.append(f"{where}: field '{note.field}' ({note.kind}): {text}")
    return lines


def editors_report(site: SiteData) -> str:
    found = open_discrepancies(site)
    if not found:
        return ""
    head = (
        f"For editors: {len(found)} open note(s) on the process cards. Check each against "
        "the approved process map, then set 'status: resolved' on the note in its file:"
    )
    return "\n".join([head, *(f"    - {line}" for line in found)])
