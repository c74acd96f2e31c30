"""The three languages of the site and the text type every human-readable field uses."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, field_validator

from kazutb_transparency.core.languages import DEFAULT_LANGUAGE, LANGUAGES, Lang

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "TRANSLATION_PENDING", "Lang", "Localized"]

# Shown beside Kazakh text that stands in for a missing translation.
TRANSLATION_PENDING: dict[str, str] = {
    "kk": "аударма дайындалуда",
    "ru": "перевод готовится",
    "en": "translation pending",
}


class Localized(BaseModel):
    """A text in kk (required), ru and en; a missing translation is visible, never silent."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    kk: str
    ru: str | None = None
    en: str | None = None

    @field_validator("kk", "ru", "en")
    @classmethod
    def _not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("must not be empty (leave the language out if not translated yet)")
        return value.strip() if value is not None else None

    def get(self, lang: str) -> str:
        """The text in `lang`, or the Kazakh text when the translation is missing."""
        return getattr(self, lang) or self.kk

    def has(self, lang: str) -> bool:
        return getattr(self, lang) is not None

    def missing(self) -> list[str]:
        return [lang for lang in LANGUAGES if not self.has(lang)]
