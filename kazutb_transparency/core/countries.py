"""Countries by their ISO 3166 code, named in kk, ru and en from CLDR (Babel).

The data and the open data keep the code; a page shows the name in its language.
"""

from __future__ import annotations

from babel import Locale

from kazutb_transparency.core.i18n import LANGUAGES, Localized

_TERRITORIES = {lang: Locale(lang).territories for lang in LANGUAGES}


def country(code: str) -> Localized:
    """A country's name in kk, ru and en (the code itself where CLDR has no name)."""
    return Localized(**{lang: _TERRITORIES[lang].get(code, code) for lang in LANGUAGES})
