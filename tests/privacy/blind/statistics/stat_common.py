"""Shared helpers of the statistics corpus (validators, formatters, seeded RNG).

Everything is deterministic: one seeded random.Random, no clock, no environment.
"""

import datetime
import random

SEED = 20240515
R = random.Random(SEED)

NBSP = "\u00a0"  # no-break space
THIN = "\u2009"  # thin space
NNBSP = "\u202f"  # narrow no-break space
MINUS = "\u2212"  # minus sign
NDASH = "\u2013"  # en dash

# ---------------------------------------------------------------- validators
W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def iin_check(d11):
    """Check digit for 11 leading digits, or None when the number cannot be completed."""
    d = [int(c) for c in d11]
    s = sum(a * b for a, b in zip(W1, d, strict=False)) % 11
    if s == 10:
        s = sum(a * b for a, b in zip(W2, d, strict=False)) % 11
        if s == 10:
            return None
    return s


def iin_checksum_ok(s):
    return len(s) == 12 and s.isdigit() and iin_check(s[:11]) == int(s[11])


CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


def iin_date(s):
    c = int(s[6])
    if c not in CENTURY:
        return None
    try:
        return datetime.date(CENTURY[c] + int(s[:2]), int(s[2:4]), int(s[4:6]))
    except ValueError:
        return None


REF_DATE = datetime.date(2025, 1, 1)  # fixed, so the output never depends on the clock


def iin_valid(s):
    """Full IIN validity: 12 digits, real past date, century digit 1-6, check digit."""
    d = iin_date(s) if len(s) == 12 and s.isdigit() else None
    return iin_checksum_ok(s) and d is not None and d < REF_DATE


def make_iin(prefix7, serial4):
    """prefix7 = YYMMDD + century digit; bumps the serial until a check digit exists."""
    n = int(serial4)
    while True:
        base = prefix7 + f"{n:04d}"
        c = iin_check(base)
        if c is not None:
            full = base + str(c)
            assert iin_valid(full), full
            return full
        n += 1


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def luhn_complete(s15):
    for d in "0123456789":
        if luhn_ok(s15 + d):
            return s15 + d
    raise AssertionError(s15)


# ---------------------------------------------------------------- formatters
def group(n, sep):
    """Integer with a thousands separator (sign handled)."""
    sign = "-" if n < 0 else ""
    s = str(abs(n))
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sign + sep.join(parts)


def dec(x, nd, comma=False):
    s = f"{x:.{nd}f}"
    if s.startswith("-"):
        s = MINUS + s[1:] if comma else s
    return s.replace(".", ",") if comma else s


def pct_ru(x, nd=1):
    """0.567 -> '56,7 %' (Russian / Kazakh style with NBSP before %)."""
    return dec(100 * x, nd, comma=True) + NBSP + "%"


def pct_en(x, nd=1):
    return f"{100 * x:.{nd}f}%"


def ci(p, n, z=1.96):
    se = (p * (1 - p) / n) ** 0.5
    return max(0.0, p - z * se), min(1.0, p + z * se)


def likert(n, skew):
    """Five counts summing to n, skewed towards the agree side by `skew` (0..1)."""
    w = [
        0.04 + 0.04 * (1 - skew),
        0.08 + 0.06 * (1 - skew),
        0.18,
        0.35 + 0.1 * skew,
        0.25 + 0.25 * skew,
    ]
    w = [x * R.uniform(0.8, 1.2) for x in w]
    tot = sum(w)
    c = [int(n * x / tot) for x in w]
    c[4] += n - sum(c)
    return c


def likert_stats(c):
    n = sum(c)
    m = sum((i + 1) * k for i, k in enumerate(c)) / n
    v = sum(k * ((i + 1) - m) ** 2 for i, k in enumerate(c)) / (n - 1)
    return m, v**0.5


def pval_str(p):
    if p < 0.001:
        return "p < 0.001"
    return f"p = {p:.4f}"


def jdump(o, ind=0, step=2, sep=", "):
    """JSON with indentation for objects, but flat arrays (and arrays of flat arrays) on one line,
    the way many dashboards export numeric series."""
    import json as _j

    def scalar(x):
        return not isinstance(x, (dict, list))

    def flat(x):
        return scalar(x) or (isinstance(x, list) and all(scalar(y) for y in x))

    def inline(x):
        if scalar(x):
            return _j.dumps(x, ensure_ascii=False)
        return "[" + sep.join(inline(y) for y in x) + "]"

    sp = " " * (ind + step)
    if isinstance(o, dict):
        if not o:
            return "{}"
        items = [
            f"{sp}{_j.dumps(k, ensure_ascii=False)}: {jdump(v, ind + step, step, sep)}"
            for k, v in o.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + " " * ind + "}"
    if isinstance(o, list):
        if all(flat(x) for x in o):
            return inline(o)
        items = [sp + jdump(v, ind + step, step, sep) for v in o]
        return "[\n" + ",\n".join(items) + "\n" + " " * ind + "]"
    return _j.dumps(o, ensure_ascii=False)
