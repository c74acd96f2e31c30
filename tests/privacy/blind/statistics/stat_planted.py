"""The planted look-alike values of the statistics corpus, each computed here (not typed in)."""

from .stat_common import iin_check, luhn_complete, make_iin

# --- 12-digit IIN look-alikes inside PUBLIC files -------------------------------
# The brief's literal example 0.870715401234 does NOT pass: the check digit for
# 87071540123 is 9, so the planted value is 870715401239.
IIN_A = make_iin("8707154", "0123")  # 870715401239 (1987-07-15, century 4)
IIN_B = make_iin("9512033", "0456")  # used as a 3-3-3-3 grouped tenge amount
IIN_C = make_iin("0208146", "0071")  # used as a JSON float fraction 0.0208...
IIN_D = make_iin("9903154", "1207")  # used in a packed fixed-width digit run
IIN_E = make_iin("8801204", "0310")  # unrounded negative z-score (ru)


# KATO district code (9 digits, positions 7-9 = 000) + a 3-digit count, written
# without separator: checksum passes, but century digit 0 -> not an IIN.
def _kato_count():
    kato = "751110000"
    for ab in range(12, 100):
        c = iin_check(kato + f"{ab:02d}")
        if c is not None:
            return kato + f"{ab:02d}" + str(c)


KATO_COUNT = _kato_count()

# Organisation BIN (legal entity): YYMM + type 4 + attribute 0 + serial + check.
# Same checksum as IIN, but "day" = 40 and 7th digit = 0 -> not a person's IIN.
BIN_ORG = "99014000123" + str(iin_check("99014000123"))

# --- phone look-alikes ----------------------------------------------------------
PHONE_JOIN = ["8", "701", "234", "56", "78"]  # cells -> 87012345678 (8 7xx xxx xx xx)
PHONE_DEC = "0.87012345678"  # 11 digits after the point
PHONE_FW = ["8", "702", "518", "45", "91"]  # fixed-width right-aligned cells

# --- card look-alikes (16 digits, Luhn) ----------------------------------------
CARD_JOIN = luhn_complete("440043012345678")  # 4 cells of applications
CARD_JOIN_CELLS = [CARD_JOIN[i : i + 4] for i in range(0, 16, 4)]
CARD_MD = luhn_complete("312544785032604")  # citations per year, md table
CARD_MD_CELLS = [CARD_MD[i : i + 4] for i in range(0, 16, 4)]
YEARS_HDR = ["2017", "2018", "2019", "2020"]  # header row "2017 2018 2019 2020"
SCI_CARD = luhn_complete("440043012345679")  # mantissa of 4.40043...E+15


def _luhn_fraction():
    """16-digit Luhn-valid fraction that survives float repr round-trip."""
    import random

    rr = random.Random(7)
    while True:
        s15 = "5" + "".join(rr.choice("0123456789") for _ in range(14))
        s = luhn_complete(s15)
        if s[-1] != "0" and repr(float("0." + s)) == "0." + s:
            return s


LUHN_FRAC = _luhn_fraction()

# KATO 750000000 (Almaty city) + 7-digit population, joined = 16 digits, Luhn-valid.
KATO_POP = luhn_complete("750000000222867")
KATO_POP_VALUE = int(KATO_POP[9:])

# --- packed 2-digit monthly series (one long run, >= 24 digits) ---------------
# begins with an IIN-valid 12-digit prefix and contains a Luhn-valid 16 digit
# window aligned on 2-digit boundaries.
PACKED_HEAD = IIN_D  # 99 03 15 41 20 7x
PACKED_CARD = luhn_complete("421734581236495")
