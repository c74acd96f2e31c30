"""A phone number in its E.164 form if a person could have it: its own module, because the
detectors, the address scan and the parser of numbers written in words all need it."""

from __future__ import annotations

import phonenumbers

_SERVICE_NUMBERS = frozenset(
    {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.UAN,
    }
)


def phone_e164(candidate: str) -> str | None:
    """E.164 form of a valid personal-capable phone number, else None."""
    try:
        number = phonenumbers.parse(candidate, "KZ")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    if phonenumbers.number_type(number) in _SERVICE_NUMBERS:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
