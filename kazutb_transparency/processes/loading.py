"""Loading the process registry, with the cross-checks an editor needs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kazutb_transparency.core.audit import Audit, Concern, untranslated
from kazutb_transparency.core.datafiles import display_path, load_model, load_yaml, validate
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.organisation import Units
from kazutb_transparency.processes.measurements import Measurements, load_measurements
from kazutb_transparency.processes.models import (
    CATEGORY_RANGES,
    Process,
    RegistryDocument,
)
from kazutb_transparency.processes.sourcereport import Difference, load_source_report


@dataclass(frozen=True)
class Registry:
    document: RegistryDocument
    processes: tuple[Process, ...]
    # How the site differs from the approved map (data/source-report.yaml).
    differences: tuple[Difference, ...] = ()
    # The key indicators' measured values (data/processes/measurements.csv).
    measurements: Measurements = field(default_factory=Measurements)

    def by_number(self, number: int) -> Process:
        return next(p for p in self.processes if p.number == number)

    def in_category(self, category: str) -> list[Process]:
        return [p for p in self.processes if p.category == category]


def load_registry(data_dir: Path, units: Units, audit: Audit) -> Registry:
    document = load_model(data_dir / "registry.yaml", RegistryDocument)
    files = sorted((data_dir / "processes").glob("*.yaml"))
    problems: list[Problem] = []
    processes: list[Process] = []
    seen: dict[int, str] = {}
    codes: dict[str, str] = {}
    for path in files:
        name = display_path(path)
        try:
            data, lines = load_yaml(path)
            if data is None:
                raise DataError([Problem(name, "file is empty", hint="write the process card")])
            process = validate(Process, data, name, lines)
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        record = f"process {process.number}"
        if process.number in seen:
            problems.append(
                Problem(
                    name,
                    f"duplicate number {process.number} (also in {seen[process.number]})",
                    record=record,
                    field="number",
                    line=lines.line_of(("number",)),
                )
            )
        seen[process.number] = name
        if process.code in codes:
            problems.append(
                Problem(
                    name,
                    f"duplicate code '{process.code}' (also in {codes[process.code]})",
                    record=record,
                    field="code",
                    line=lines.line_of(("code",)),
                    hint="every process needs its own identification number",
                )
            )
        codes[process.code] = name
        if process.number not in CATEGORY_RANGES[process.category]:
            problems.append(
                Problem(
                    name,
                    f"process {process.number} cannot be in category '{process.category}'",
                    record=record,
                    field="category",
                    line=lines.line_of(("category",)),
                    hint="management is 1–8, core 9–17, support 18–22",
                )
            )
        if not process.clauses:
            problems.append(
                Problem(
                    name,
                    f"no ISO 9001 clause found in code '{process.code}'",
                    record=record,
                    field="code",
                    line=lines.line_of(("code",)),
                    hint="the code must end like …-4.1/6.3-2026-01",
                )
            )
        for field_name in ("owner", "manager"):
            for index, ref in enumerate(getattr(process, field_name)):
                if ref.unit not in units.by_id:
                    problems.append(
                        Problem(
                            name,
                            f"unknown unit '{ref.unit}'",
                            record=record,
                            field=f"{field_name}.{index}",
                            line=lines.line_of((field_name, index)),
                            hint="use an id from data/units.yaml",
                        )
                    )
                elif ref.head and units.get(ref).head is None:
                    problems.append(
                        Problem(
                            name,
                            f"unit '{ref.unit}' has no 'head' title",
                            record=record,
                            field=f"{field_name}.{index}",
                            line=lines.line_of((field_name, index)),
                            hint="add 'head' to the unit in data/units.yaml, or refer to the unit",
                        )
                    )
        for field_name in ("suppliers", "customers"):
            for index, item in enumerate(getattr(process, field_name)):
                if item.process == process.number:
                    problems.append(
                        Problem(
                            name,
                            "a process cannot supply itself",
                            record=record,
                            field=f"{field_name}.{index}.process",
                            line=lines.line_of((field_name, index, "process")),
                        )
                    )
        audit.extend(Concern.TRANSLATION, untranslated(process, name, lines, record))
        processes.append(process)
    if not problems:
        missing = sorted(set(range(1, 23)) - set(seen))
        if missing:
            problems.append(
                Problem(
                    display_path(data_dir / "processes"),
                    f"missing process(es): {', '.join(map(str, missing))}",
                    hint="the map has 22 processes; add one file per process",
                )
            )
    differences: tuple[Difference, ...] = ()
    try:
        differences = load_source_report(data_dir, audit)
    except DataError as exc:
        problems.extend(exc.problems)
    measurements = Measurements()
    if not problems:
        indicators = {p.number: len(p.key_indicators) for p in processes}
        try:
            measurements = load_measurements(
                data_dir / "processes", indicators, frozenset(units.by_id), audit
            )
        except DataError as exc:
            problems.extend(exc.problems)
    if problems:
        raise DataError(problems)
    ordered = tuple(sorted(processes, key=lambda p: p.number))
    return Registry(document, ordered, differences, measurements)
