"""The site's languages, as plain constants: read by light modules (the engine adapter in a
render process) that must not load pydantic for them; core/i18n.py re-exports them."""

from __future__ import annotations

from typing import Literal

Lang = Literal["kk", "ru", "en"]
LANGUAGES: tuple[Lang, ...] = ("kk", "ru", "en")
DEFAULT_LANGUAGE: Lang = "kk"
