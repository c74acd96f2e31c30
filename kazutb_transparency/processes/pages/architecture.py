"""The process architecture as an HTML/CSS diagram: no JavaScript, no images, a list underneath.

The diagram is built from ordered lists, so a screen reader reads it as the text
equivalent it is: inputs, then each category with its processes, outputs, feedback.
"""

from __future__ import annotations

from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.markdown import tr
from kazutb_transparency.processes.labels import L as PROCESS_LABELS
from kazutb_transparency.processes.loading import Registry

L: dict[str, dict[str, str]] = catalog("processes_architecture")


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def architecture_page(registry: Registry, lang: str) -> str:
    arch = registry.document.architecture
    columns = []
    for category in ("management", "core", "support"):
        # The architecture's own names; a few differ from the card titles.
        links = [
            f'<a href="{p.slug}.html">{p.number}. {tr(arch.names.get(p.number, p.title), lang)}</a>'
            for p in registry.in_category(category)
        ]
        columns.append(
            f'<li class="arch-column arch-{category}"><h3>{PROCESS_LABELS[category][lang]}</h3>'
            f'<p class="arch-purpose">{tr(arch.purposes[category], lang)}</p>{_list(links)}</li>'
        )

    def stage(name: str, body: str) -> str:
        return f'<li class="arch-stage arch-{name}"><h2>{L[name][lang]}</h2>{body}</li>'

    loop = f'<p class="arch-loop">↺ {L["loop"][lang]}</p>'
    stages = [
        stage("inputs", _list([tr(x, lang) for x in arch.inputs])),
        stage("processes", f'<ol class="arch-columns">{"".join(columns)}</ol>'),
        stage("outputs", _list([tr(x, lang) for x in arch.outputs])),
        stage("feedback", _list([tr(x, lang) for x in arch.feedback]) + loop),
    ]
    diagram = (
        '<figure class="arch" markdown="0" aria-labelledby="arch-caption">\n'
        f'<ol class="arch-flow">\n{chr(10).join(stages)}\n</ol>\n'
        f'<figcaption id="arch-caption">{L["diagram"][lang]}</figcaption>\n</figure>\n'
    )
    report = f"[{PROCESS_LABELS['source_report'][lang]}](discrepancies.md#architecture)"
    return "\n".join([f"# {L['title'][lang]}", "", L["intro"][lang], "", diagram, report, ""])
