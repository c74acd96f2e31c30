"""A domain's datasets titled from its section of the interface catalogue.

Every domain describes its datasets the same way: a field's title is the catalogue's `key`
and its description `key.meaning` (what it counts or says, its unit, where it comes from);
a dataset's title and description are `<name>.title` and `<name>.description`; a dataset of
dated records is as recent as its latest record, cites the sources its records name (or says
that it has none yet) and the regulation's clause it serves. One builder, bound to a section,
instead of the same three helpers in each domain.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.opendata.dataset import REGULATION, Dataset, Field, localized_fields


@dataclass(frozen=True)
class DatasetTexts:
    texts: Mapping[str, Localized]  # a section of data/interface/<lang>.yaml (core.interface)
    meta: tuple[Field, ...] = ()  # the fields every record's dataset ends with (its dates…)

    def field(self, name: str, kind: Any, key: str, **extra: Any) -> Field:
        return Field(name, kind, self.texts[key], self.texts[f"{key}.meaning"], **extra)

    def localized(self, prefix: str, key: str, required: bool = False) -> tuple[Field, ...]:
        """Three columns, one per language; the Kazakh one required if `required`."""
        fields = localized_fields(prefix, self.texts[key], self.texts[f"{key}.meaning"])
        return tuple(replace(f, required=f.required and required) for f in fields)

    def records(
        self,
        name: str,
        fields: tuple[Field, ...],
        rows: list[dict[str, Any]],
        key: tuple[str, ...],
        items: Sequence[Any],
        today: date,
        clause: str,
        pages: tuple[str, ...],
        declare: bool = True,
    ) -> Dataset:
        """The dataset of `items` (records with `updated` and `source`), one row each or
        more; with no record it is empty and says where its figures will come from."""
        dates = [i.updated for i in items] or [r["updated"] for r in rows if r.get("updated")]
        sources = {item.source.get("en"): item.source for item in items}
        cited = f"{REGULATION}, {clause}"
        return Dataset(
            name=name,
            title=self.texts[f"{name}.title"],
            description=self.texts[f"{name}.description"],
            fields=(*fields, *self.meta),
            rows=rows,
            primary_key=key,
            updated=max(dates, default=today),
            sources=tuple(sources[k] for k in sorted(sources)) or (self.texts["no_records"],),
            evidence=Localized(kk=cited, ru=cited, en=cited),
            pages=pages,
            declare_primary_key=declare,
        )
