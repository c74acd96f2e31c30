"""Part A of the statistics corpus: public statistics files (the scanner must report nothing)."""

from . import stat_planted as P
from .stat_common import (
    MINUS,
    NBSP,
    NDASH,
    NNBSP,
    THIN,
    R,
    ci,
    dec,
    group,
    jdump,
    likert,
    likert_stats,
    pct_ru,
    pval_str,
)

FAC = {
    "kk": [
        "Ақпараттық технологиялар факультеті",
        "Экономика және бизнес факультеті",
        "Филология факультеті",
        "Тарих және археология факультеті",
        "Химия және химиялық технология факультеті",
        "Құқық факультеті",
        "Педагогика және психология факультеті",
        "Физика-техникалық факультет",
    ],
    "ru": [
        "Факультет информационных технологий",
        "Факультет экономики и бизнеса",
        "Филологический факультет",
        "Факультет истории и археологии",
        "Факультет химии и химической технологии",
        "Юридический факультет",
        "Факультет педагогики и психологии",
        "Физико-технический факультет",
    ],
    "en": [
        "Faculty of Information Technology",
        "Faculty of Economics and Business",
        "Faculty of Philology",
        "Faculty of History and Archaeology",
        "Faculty of Chemistry and Chemical Technology",
        "Faculty of Law",
        "Faculty of Education and Psychology",
        "Faculty of Physics and Engineering",
    ],
}

PROG = [  # code, kk, ru, en
    ("6B06102", "Ақпараттық жүйелер", "Информационные системы", "Information Systems"),
    ("6B06101", "Информатика", "Информатика", "Computer Science"),
    ("6B04101", "Экономика", "Экономика", "Economics"),
    ("6B04102", "Менеджмент", "Менеджмент", "Management"),
    ("6B02301", "Филология", "Филология", "Philology"),
    ("6B02201", "Тарих", "История", "History"),
    ("6B05301", "Химия", "Химия", "Chemistry"),
    ("6B04201", "Құқықтану", "Юриспруденция", "Law"),
    (
        "6B01101",
        "Педагогика және психология",
        "Педагогика и психология",
        "Education and Psychology",
    ),
    ("6B05302", "Физика", "Физика", "Physics"),
    (
        "7M06101",
        "Информатика (магистратура)",
        "Информатика (магистратура)",
        "Computer Science (MSc)",
    ),
    (
        "8D06101",
        "Информатика (докторантура)",
        "Информатика (докторантура)",
        "Computer Science (PhD)",
    ),
]
LIDX = {"kk": 1, "ru": 2, "en": 3}

REGIONS = [  # kk, ru, en, KATO, population 01.01.2024 (approximate, synthetic)
    ("Абай облысы", "Абайская область", "Abai Region", "100000000", 603_954),
    ("Ақмола облысы", "Акмолинская область", "Akmola Region", "110000000", 787_523),
    ("Ақтөбе облысы", "Актюбинская область", "Aktobe Region", "150000000", 920_961),
    ("Алматы облысы", "Алматинская область", "Almaty Region", "190000000", 1_516_427),
    ("Атырау облысы", "Атырауская область", "Atyrau Region", "230000000", 696_233),
    (
        "Батыс Қазақстан облысы",
        "Западно-Казахстанская область",
        "West Kazakhstan Region",
        "270000000",
        689_012,
    ),
    ("Жамбыл облысы", "Жамбылская область", "Zhambyl Region", "310000000", 1_213_388),
    ("Жетісу облысы", "Область Жетісу", "Zhetysu Region", "330000000", 697_481),
    ("Қарағанды облысы", "Карагандинская область", "Karaganda Region", "350000000", 1_133_916),
    ("Қостанай облысы", "Костанайская область", "Kostanay Region", "390000000", 830_128),
    ("Қызылорда облысы", "Кызылординская область", "Kyzylorda Region", "430000000", 843_475),
    ("Маңғыстау облысы", "Мангистауская область", "Mangystau Region", "470000000", 786_354),
    ("Павлодар облысы", "Павлодарская область", "Pavlodar Region", "550000000", 751_022),
    (
        "Солтүстік Қазақстан облысы",
        "Северо-Казахстанская область",
        "North Kazakhstan Region",
        "590000000",
        532_697,
    ),
    ("Түркістан облысы", "Туркестанская область", "Turkistan Region", "610000000", 2_138_331),
    ("Ұлытау облысы", "Область Улытау", "Ulytau Region", "620000000", 221_804),
    (
        "Шығыс Қазақстан облысы",
        "Восточно-Казахстанская область",
        "East Kazakhstan Region",
        "630000000",
        722_419,
    ),
    ("Астана қаласы", "г. Астана", "Astana city", "710000000", 1_423_726),
    ("Алматы қаласы", "г. Алматы", "Almaty city", "750000000", P.KATO_POP_VALUE),
    ("Шымкент қаласы", "г. Шымкент", "Shymkent city", "790000000", 1_222_129),
]

MON_KK = ["қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"]
MON_RU = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]


def csv(rows, sep=";"):
    return "\n".join(sep.join(str(c) for c in r) for r in rows) + "\n"


def seasonal(base, years=10, amp=0.35, trend=0.04):
    out = []
    for y in range(years):
        for m in range(12):
            s = 1 + amp * (1 if m in (5, 6, 7) else (-0.5 if m in (0, 11) else 0))
            out.append(max(0, int(base * s * (1 + trend) ** y * R.uniform(0.9, 1.1))))
    return out


# =============================================================================
def a01():
    rows = [
        [
            "Факультет",
            "Шақырылғандар",
            "Респонденттер",
            "Жауап беру деңгейі",
            "Жауап беру деңгейі, %",
            "Қанағаттанғандар үлесі (дөңгелектенбеген)",
            "95% сенімділік аралығы",
            "Орташа балл (1–5)",
            "Стандартты ауытқу",
            "p-мәні (2023 жылмен салыстыру)",
        ]
    ]
    tot_i = tot_n = 0
    for i, f in enumerate(FAC["kk"]):
        inv = R.randint(420, 2600)
        n = int(inv * R.uniform(0.38, 0.74))
        tot_i += inv
        tot_n += n
        rate = n / inv
        if i == 2:
            share_s = "0." + P.IIN_A  # planted: 12 decimals, digits pass IIN check
            share = float(share_s)
        else:
            share = R.uniform(0.62, 0.91)
            share_s = f"{share:.12f}"
        lo, hi = ci(share, n)
        m, sd = R.uniform(3.6, 4.5), R.uniform(0.71, 1.12)
        p = R.choice([0.0031, 0.0472, 0.214, 0.0008, 0.0127, 0.563, 0.0049, 0.388])
        rows.append(
            [
                f,
                inv,
                n,
                f"{rate:.3f}",
                pct_ru(rate),
                share_s,
                f"[{lo:.3f}; {hi:.3f}]",
                f"{m:.2f}".replace(".", ","),
                f"{sd:.2f}".replace(".", ","),
                pval_str(p),
            ]
        )
    rows.append(
        [
            "Университет бойынша",
            tot_i,
            tot_n,
            f"{tot_n / tot_i:.3f}",
            pct_ru(tot_n / tot_i),
            "",
            "",
            "",
            "",
            "",
        ]
    )
    return csv(rows)


def a02():
    L = [
        "# Результаты опроса «Удовлетворённость обучающихся качеством образовательных услуг», 2024",
        "",
        "Отдел мониторинга качества образования. Дата публикации: 22.04.2024. "
        "Период сбора данных: 04.03.2024–29.03.2024. Метод: CAWI, анонимно.",
        "",
        "## 1. Охват",
        "",
    ]
    n_total, invited = 5431, 9582
    L.append(
        f"Приглашено {group(invited, NBSP)} обучающихся, ответили {group(n_total, NBSP)} "
        f"(уровень ответа {pct_ru(n_total / invited)}; в 2023 году — 51,2 %). "
        f"Предельная ошибка выборки при 95 % доверии — ±0,9 п. п."
    )
    L += [
        "",
        "## 2. Распределение ответов (шкала Лайкерта, 1 — «полностью не согласен», 5 — «полностью согласен»)",
        "",
        "| № | Утверждение | 1 | 2 | 3 | 4 | 5 | n | Доля «4–5» | 95 % ДИ | Среднее | SD |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    items = [
        "Преподаватели доступны для консультаций",
        "Расписание удобно",
        "Библиотечные ресурсы достаточны",
        "Оценивание прозрачно и справедливо",
        "Аудитории и лаборатории оснащены",
        "Цифровые сервисы (LMS, портал) работают стабильно",
        "Я рекомендовал бы университет знакомым",
    ]
    for k, it in enumerate(items, 1):
        c = likert(R.randint(4700, 5400), R.uniform(0.2, 0.9))
        n = sum(c)
        p = (c[3] + c[4]) / n
        lo, hi = ci(p, n)
        m, sd = likert_stats(c)
        L.append(
            f"| {k} | {it} | "
            + " | ".join(str(x) for x in c)
            + f" | {group(n, NBSP)} | {pct_ru(p)} | {dec(100 * lo, 1, True)}–{dec(100 * hi, 1, True)} | "
            f"{dec(m, 2, True)} | {dec(sd, 2, True)} |"
        )
    L += [
        "",
        "## 3. Технические параметры обработки (пропуски и «затрудняюсь ответить»)",
        "",
        "Код шкалы — внутренний трёхзначный код справочника шкал (с ведущими нулями).",
        "",
        "| № вопроса | Код шкалы | n ответов | Затрудняюсь | Пропуск |",
        "|---:|---:|---:|---:|---:|",
    ]
    tech = [
        (12, "014", 5112, 88, 231),
        (31, "022", 4987, 140, 304),
        (54, "047", 610, 23, 41),
        (
            int(P.IIN_A[0:2]),
            P.IIN_A[2:5],
            int(P.IIN_A[5:8]),
            int(P.IIN_A[8:10]),
            int(P.IIN_A[10:12]),
        ),
        (93, "071", 498, 17, 52),
        (104, "102", 5030, 61, 340),
    ]
    for q, code, n, dk, miss in tech:
        L.append(f"| {q} | {code} | {n} | {dk} | {miss} |")
    L += [
        "",
        "Различия между 2023 и 2024 годами по доле «4–5» проверены z-критерием для долей: "
        "z = 3,12; p = 0.0018 (утверждение 4); z = −1,47; p = 0.142 (утверждение 2).",
        "",
        "Доля удовлетворённых по университету: 0.567 (56,7 %), 95 % ДИ [0.548; 0.582].",
        "",
    ]
    return "\n".join(L)


def a03():
    rows = [
        [
            "year",
            "programme_code",
            "programme",
            "graduates",
            "employed_within_6m",
            "employment_rate",
            "further_study",
            "stipend_fund_kzt_thousand",
            "avg_starting_salary_kzt",
            "employment_rate_ci95",
        ]
    ]
    planted_row = (2022, "6B04101")
    for y in range(2019, 2024):
        for code, _, _, en in PROG[:10]:
            g = R.randint(38, 260)
            e = int(g * R.uniform(0.58, 0.93))
            fs = R.randint(0, max(1, g // 8))
            if (y, code) == planted_row:
                fund, sal = P.IIN_A[:6], P.IIN_A[6:]  # adjacent cells join to 870715401239
            else:
                fund, sal = str(R.randint(41_000, 990_000)), str(R.randint(185_000, 520_000))
            r = e / g
            lo, hi = ci(r, g)
            rows.append([y, code, en, g, e, f"{r:.3f}", fs, fund, sal, f'"[{lo:.3f}; {hi:.3f}]"'])
    return csv(rows, ",")


def a04():
    rows = [
        [
            "Код ОП",
            "Образовательная программа",
            "№ факультета",
            "Контингент на 01.10.2024",
            "Выпуск 2024",
            "Отчислено за 2023–2024",
            "Переведено",
            "Форма обучения",
            "Заявлений 2021",
            "Заявлений 2022",
            "Заявлений 2023",
            "Заявлений 2024",
        ]
    ]
    for k, (code, _, ru, _) in enumerate(PROG):
        fac = str(1 + k % 8)
        cont, vyp, otch, perev = (
            R.randint(180, 1400),
            R.randint(40, 320),
            R.randint(3, 60),
            R.randint(2, 40),
        )
        apps = [str(R.randint(300, 3900)) for _ in range(4)]
        if k == 1:
            fac, cont, vyp, otch, perev = P.PHONE_JOIN  # 8;701;234;56;78 -> 8 7xx xxx xx xx shape
        if k == 6:
            apps = P.CARD_JOIN_CELLS  # joins to a Luhn-valid 16-digit run
        rows.append([code, ru, fac, cont, vyp, otch, perev, "очная", *apps])
    tot = [sum(int(r[c]) for r in rows[1:]) for c in (3, 4, 5, 6, 8, 9, 10, 11)]
    rows.append(["", "Итого", "", *tot[:4], "", *tot[4:]])
    return csv(rows)


def a05():
    kpis = [
        ("Білім алушылар контингенті", "адам", 11_800, 12_450, 12_100, 12_934),
        ("Түлектердің жұмысқа орналасуы", "%", 82.0, 84.7, 83.0, 86.1),
        ("Scopus/WoS жарияланымдары", "бірлік", 310, 287, 340, 362),
        ("Хирш индексі (университет, Scopus)", "", 38, 39, 41, 43),
        ("Ғылыми жобаларды қаржыландыру", "млн ₸", 1_450.0, 1_512.4, 1_600.0, 1_587.9),
        ("Шетелдік студенттер үлесі", "%", 3.5, 3.1, 4.0, 4.4),
        ("PhD дәрежесі бар ПОҚ үлесі", "%", 41.0, 42.3, 44.0, 45.8),
        ("Академиялық ұтқырлық (шығыс)", "адам", 120, 134, 140, 129),
    ]
    L = [
        "<!DOCTYPE html>",
        '<html lang="kk">',
        '<head><meta charset="utf-8">',
        "<title>Стратегиялық KPI: жоспар мен факт, 2023–2024</title></head>",
        "<body>",
        "<h1>Университеттің стратегиялық KPI көрсеткіштері</h1>",
        "<p>Даму стратегиясы 2022–2026. Есепті кезең: 2023 және 2024 жылдар. Жаңартылған күні: 14.01.2025.</p>",
        '<table border="1">',
        "<thead><tr><th>Көрсеткіш</th><th>Бірлік</th><th>2023 жоспар</th><th>2023 факт</th>"
        "<th>Орындалуы</th><th>2024 жоспар</th><th>2024 факт</th><th>Орындалуы</th></tr></thead>",
        "<tbody>",
    ]
    for name, unit, t1, a1, t2, a2 in kpis:

        def f(x):
            return group(x, NBSP) if isinstance(x, int) else dec(x, 1, True)

        L.append(
            f"<tr><td>{name}</td><td>{unit}</td><td>{f(t1)}</td><td>{f(a1)}</td><td>{pct_ru(a1 / t1)}</td>"
            f"<td>{f(t2)}</td><td>{f(a2)}</td><td>{pct_ru(a2 / t2)}</td></tr>"
        )
    L += [
        "</tbody>",
        "</table>",
        "<p>Орындалу деңгейі = факт / жоспар. 100&nbsp;% және одан жоғары — жасыл, 90–99,9&nbsp;% — сары.</p>",
        f"<footer><p>«Университет» КеАҚ, БСН {P.BIN_ORG}. Стратегиялық даму және сапа департаменті.</p></footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(L)


def a06():
    facs = []
    for _i, name in enumerate(FAC["en"]):
        pubs = [[y, R.randint(8, 95)] for y in range(2019, 2025)]
        cites = [[y, R.randint(40, 2100)] for y in range(2019, 2025)]
        q = [R.randint(0, 30) for _ in range(4)]
        facs.append(
            {
                "faculty": name,
                "publications_by_year": pubs,
                "citations_by_year": cites,
                "h_index_scopus": R.randint(6, 31),
                "quartiles_q1_q4": q,
                "fwci": round(R.uniform(0.41, 1.62), 2),
                "share_open_access": round(R.uniform(0.2, 0.7), 4),
            }
        )
    doc = {
        "dataset": "Research output by faculty, Scopus and Web of Science",
        "period": "2019–2024",
        "extracted": "2025-02-03",
        "totals": {
            "publications": sum(sum(p[1] for p in f["publications_by_year"]) for f in facs),
            "citations": sum(sum(c[1] for c in f["citations_by_year"]) for f in facs),
            "h_index_university": 43,
        },
        "faculties": facs,
        # unrounded min-max normalised composite scores, as exported by the dashboard
        "composite_score_normalised": [
            0.1893,
            float("0." + P.LUHN_FRAC),
            0.7310002214,
            1.0,
            0.0,
            0.4417,
        ],
        "matrix_collaboration_counts": [[0, 12, 3, 0], [12, 0, 7, 1], [3, 7, 0, 22], [0, 1, 22, 0]],
    }
    return jdump(doc) + "\n"


def a07():
    unis = [
        (
            "Әл-Фараби атындағы Қазақ ұлттық университеті",
            "Казахский национальный университет им. аль-Фараби",
            150,
            155,
            163,
            167,
        ),
        (
            "Л.Н. Гумилев атындағы Еуразия ұлттық университеті",
            "Евразийский национальный университет им. Л.Н. Гумилева",
            329,
            321,
            309,
            291,
        ),
        ("Назарбаев Университеті", "Назарбаев Университет", "—", "—", "—", "—"),
        (
            "Қ.И. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу университеті",
            "Satbayev University",
            431,
            467,
            453,
            451,
        ),
        (
            "Абай атындағы Қазақ ұлттық педагогикалық университеті",
            "КазНПУ им. Абая",
            "601–650",
            "601–650",
            "651–700",
            "651–700",
        ),
        (
            "М. Әуезов атындағы Оңтүстік Қазақстан университеті",
            "ЮКУ им. М. Ауэзова",
            "701–750",
            "651–700",
            "651–700",
            "601–650",
        ),
        (
            "С. Сейфуллин атындағы Қазақ агротехникалық зерттеу университеті",
            "КАТИУ им. С. Сейфуллина",
            "801–1000",
            "801–1000",
            "751–800",
            "701–710",
        ),
        (
            "Е.А. Бөкетов атындағы Қарағанды университеті",
            "Карагандинский университет им. Е.А. Букетова",
            "801–1000",
            "751–800",
            "701–750",
            "651–700",
        ),
    ]
    L = [
        "# Позиции казахстанских университетов в мировом рейтинге (сводка для сравнения)",
        "",
        "Источник: открытые публикации рейтинговых агентств, выпуски 2022–2025. "
        "Прочерк — университет не участвовал в выпуске. Данные сведены отделом стратегического развития.",
        "",
        "| Университет | 2022 | 2023 | 2024 | 2025 |",
        "|---|---:|---:|---:|---:|",
    ]
    for _kk, ru, *pos in unis:
        L.append(f"| {ru} | " + " | ".join(str(p) for p in pos) + " |")
    L += [
        "",
        "## Национальный рейтинг образовательных программ (наш университет)",
        "",
        "| Код ОП | Программа | Место 2023 | Место 2024 | Изменение |",
        "|---|---|---:|---:|---:|",
    ]
    for code, _, ru, _ in PROG[:8]:
        a, b = R.randint(1, 25), R.randint(1, 25)
        d = a - b
        L.append(
            f"| {code} | {ru} | {a} | {b} | {('+' if d > 0 else (MINUS if d < 0 else '')) + str(abs(d)) if d else '0'} |"
        )
    L += [
        "",
        "Методологическая заметка: изменения методологии рейтинга в 2024 году (вес индикатора "
        "«Citations per Faculty» снижен с 20 % до 15 %) ограничивают сопоставимость рядов 2022–2025.",
        "",
    ]
    return "\n".join(L)


def a08():
    L = [
        "# Determinants of graduate employment within 6 months: logistic regression",
        "",
        f"Sample: graduates of 2019–2023 cohorts, N = {group(12_418, THIN)}; outcome = employed (1/0). "
        "Estimation: maximum likelihood, robust (HC1) standard errors clustered by programme (k = 41).",
        "",
        "| Variable | Coef. | Std. err. | z | p | 95% CI | Odds ratio |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    vars_ = [
        ("Intercept", -2.134, 0.412),
        ("GPA (4-point scale)", 0.873, 0.091),
        ("Internship completed (1/0)", 0.615, 0.104),
        ("State grant (1/0)", 0.127, 0.088),
        ("Female (1/0)", -0.041, 0.067),
        ("Kazakh-medium instruction (1/0)", 0.052, 0.071),
        ("Regional unemployment rate, %", -0.094, 0.029),
        ("Cohort 2020 (COVID)", -0.338, 0.112),
    ]
    from math import erf, exp, sqrt

    for name, b, se in vars_:
        z = b / se
        p = 2 * (1 - 0.5 * (1 + erf(abs(z) / sqrt(2))))
        ps = "< 1e-16" if p < 1e-16 else (f"{p:.2e}" if p < 0.001 else f"{p:.4f}")
        L.append(
            f"| {name} | {b:.3f} | {se:.3f} | {z:.2f} | {ps} | [{b - 1.96 * se:.3f}; {b + 1.96 * se:.3f}] | {exp(b):.3f} |"
        )
    L += [
        "",
        "Log-likelihood = −6 912.44; pseudo-R² (McFadden) = 0.1187; AIC = 13 842.9; "
        "Wald χ²(7) = 611.2, p = 1.3e-127.",
        "",
        "## Full-precision estimates (appendix, as exported)",
        "",
        "```",
        "term                         estimate               std_error",
        f"tuition_kzt_per_year          {float('8.' + P.IIN_A[1:] + 'e-07')!r:<22} 2.113e-07",
        f"distance_home_km              {-0.0004417203:<22} 0.0001923",
        f"gpa                           {0.8731540921:<22} 0.09118",
        f"gpa_sq                        {-0.0154487311:<22} 0.00722",
        "```",
        "",
    ]
    return "\n".join(L)


def a09():
    hdr = ["Өңір", "КАТО коды", "Халық саны, 01.01.2024", "Өзгеріс 2023–2024", "Үлесі, %"] + [
        f"{y} ж." for y in range(2014, 2024)
    ]
    rows = [hdr]
    total = sum(r[4] for r in REGIONS)
    for kk, _, _, kato, pop in REGIONS:
        ch = 7745 if kato == "190000000" else R.randint(-9000, 45000)
        series = []
        p = pop - ch
        for _y in range(2023, 2013, -1):
            series.insert(0, p)
            p = int(p / R.uniform(1.001, 1.021))
        chs = ("+" if ch > 0 else MINUS) + group(abs(ch), NBSP)
        rows.append(
            [kk, kato, group(pop, NBSP), chs, dec(100 * pop / total, 3, True)]
            + [group(v, NBSP) for v in series]
        )
    rows.append(
        ["Қазақстан Республикасы", "000000000", group(total, NBSP), "", "100,000"] + [""] * 10
    )
    return csv(rows)


def a10():
    districts = [
        ("Алмалинский", "751110000"),
        ("Алатауский", "751210000"),
        ("Ауэзовский", "751310000"),
        ("Бостандыкский", "751410000"),
        ("Жетысуский", "751510000"),
        ("Медеуский", "751610000"),
        ("Наурызбайский", "751710000"),
        ("Турксибский", "751810000"),
    ]
    L = [
        "ОБРАЩЕНИЯ АБИТУРИЕНТОВ В ПРИЁМНУЮ КОМИССИЮ ПО РАЙОНАМ Г. АЛМАТЫ, ЯНВ 2014 – ДЕК 2023",
        "Формат записи (фиксированная ширина): поз. 1–9 код КАТО района, поз. 10–12 число обращений",
        "за январь 2024 (с ведущими нулями), поз. 14–27 название района, далее 120 месячных значений",
        "(янв 2014 … дек 2023), каждое в поле шириной 4 символа.",
        "",
    ]
    for name, kato in districts:
        jan = R.randint(40, 480)
        head = P.KATO_COUNT if kato == "751110000" else kato + f"{jan:03d}"
        vals = seasonal(R.randint(60, 300))
        L.append(f"{head} {name:<14}" + "".join(f"{v:>4}" for v in vals))
    L += [
        "",
        "УПАКОВАННАЯ СТРОКА ДЛЯ ОБМЕНА С ИС «ПРИЁМ» (двузначные значения без разделителей, 120 полей,",
        "доля заполненных анкет по месяцам, %, янв 2014 … дек 2023):",
    ]
    vals = [P.PACKED_HEAD[i : i + 2] for i in range(0, 12, 2)]
    vals += [f"{R.randint(10, 99):02d}" for _ in range(20)]
    vals += [P.PACKED_CARD[i : i + 2] for i in range(0, 16, 2)]
    while len(vals) < 120:
        vals.append(f"{R.randint(10, 99):02d}")
    L.append("".join(vals))
    L += ["", "Контрольная сумма строки (сумма полей): " + str(sum(int(v) for v in vals)), ""]
    return "\n".join(L)


def a11():
    inv, resp = 9_582, 5_431
    L = [
        "GRADUATE EXIT SURVEY 2024 — RESPONSE RATE REPORT",
        "=" * 50,
        "",
        "Prepared by the Office of Institutional Research. Fieldwork: 15 May – 30 June 2024.",
        "",
        f"Invited: {inv:,}    Completed: {resp:,}    Partial: 312    Refusals: 41",
        "",
        f"Overall response rate (AAPOR RR1): {100 * resp / inv:.10f}%",
        "",
        "Response rate by faculty (unrounded values from the survey platform):",
        "",
    ]
    for i, f in enumerate(FAC["en"]):
        # 87.0715401239% on the fifth faculty
        rr = P.IIN_A[:2] + "." + P.IIN_A[2:] if i == 4 else f"{R.uniform(38, 79):.10f}"
        L.append(f"  {f:<46} {rr}%")
    L += [
        "",
        "Non-response bias check (respondents vs. population, two-proportion z-test):",
        "  female share     0.567 vs 0.541   z = 2.41   p = 0.016",
        "  state grant      0.612 vs 0.598   z = 1.03   p = 0.303",
        "  GPA >= 3.0       0.701 vs 0.655   z = 3.92   p = 0.00009",
        "",
        "Weighted estimates use raking on faculty x gender x funding (max weight 3.12, design effect 1.27).",
        "Share satisfied overall: 56.7% [54.8; 58.2].",
        "",
    ]
    return "\n".join(L)


def a12():
    progs = []
    for code, kk, _, _ in PROG[:8]:
        series = []
        for y in range(2019, 2024):
            g = R.randint(40, 240)
            e = int(g * R.uniform(0.6, 0.93))
            series.append([y, g, e, round(e / g, 4)])
        progs.append(
            {
                "ББ_коды": code,
                "атауы": kk,
                "түлектер": series,
                "орташа_жалақы_₸": [R.randint(190_000, 480_000) for _ in range(5)],
            }
        )
    doc = {
        "атауы": "Түлектердің жұмысқа орналасуы, 2019–2023 шығарылымдар",
        "дереккөз": "ЗТБ (ЕНПФ) дерекқорымен салыстыру, 6 ай ішінде",
        "жалпы": {
            "түлектер": 7_318,
            "жұмыспен_қамтылғандар": 5_904,
            "үлес": 0.8068,
            "үлес_%": "80,7 %",
        },
        "бағдарламалар": progs,
        "калибрлеу_коэффициенттері": [
            [1.0, float("0." + P.IIN_C)],
            [0.98, 0.0412],
            [1.02, -0.0077],
        ],
        "әдістеме_нұсқасы": "3.1",
    }
    return jdump(doc, sep=",") + "\n"


def a13():
    deps = [
        "Информационные системы",
        "Вычислительная техника",
        "Экономика",
        "Финансы и учёт",
        "Русская филология",
        "Казахская филология",
        "Всемирная история",
        "Органическая химия",
        "Гражданское право",
        "Педагогика",
        "Теоретическая физика",
    ]
    rows = [
        ["Организация", "НАО «Университет»", "БИН", P.BIN_ORG, "", "", "", "", ""],
        [
            "Кафедра",
            "ППС (ставок)",
            "С учёной степенью, %",
            "Публикаций Scopus/WoS 2024",
            "План",
            "Выполнение, %",
            "Средний h-индекс",
            "Медиана h-индекса",
            "Цитирований 2019–2024",
        ],
    ]
    for d in deps:
        st = round(R.uniform(8, 42), 2)
        deg = R.uniform(0.3, 0.75)
        pubs = R.randint(2, 38)
        hm = R.uniform(1.2, 9.8)
        plan = max(3, int(pubs * R.uniform(0.75, 1.3)))
        rows.append(
            [
                d,
                dec(st, 2, True),
                pct_ru(deg),
                pubs,
                plan,
                pct_ru(pubs / plan),
                dec(hm, 1, True),
                max(0, int(hm * R.uniform(0.5, 0.9))),
                R.randint(12, 2200),
            ]
        )
    return csv(rows)


def a14():
    L = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>Enrolment trends 2015–2024</title></head><body>',
        "<h1>Enrolment by programme, 2015–2024 (headcount on 1 October)</h1>",
        "<p>Thousands separated by a thin space. CAGR = compound annual growth rate over 2015–2024.</p>",
        "<table>",
        "<tr><th>Code</th><th>Programme</th>"
        + "".join(f"<th>{y}</th>" for y in range(2015, 2025))
        + "<th>CAGR</th></tr>",
    ]
    tot = [0] * 10
    for code, _, _, en in PROG:
        v = R.randint(150, 1300)
        vals = []
        for _ in range(10):
            vals.append(v)
            v = int(v * R.uniform(0.95, 1.09))
        tot = [a + b for a, b in zip(tot, vals, strict=False)]
        cagr = (vals[-1] / vals[0]) ** (1 / 9) - 1
        L.append(
            f"<tr><td>{code}</td><td>{en}</td>"
            + "".join(f"<td>{group(x, THIN)}</td>" for x in vals)
            + f"<td>{100 * cagr:.2f}&nbsp;%</td></tr>"
        )
    L.append(
        "<tr><th></th><th>Total</th>"
        + "".join(f"<th>{group(x, NNBSP)}</th>" for x in tot)
        + "<th></th></tr>"
    )
    L += [
        "</table>",
        f"<p>Net change 2015–2024: +{group(tot[-1] - tot[0], THIN)} students "
        f"({100 * (tot[-1] / tot[0] - 1):.1f}%). Peak year: {2015 + tot.index(max(tot))}.</p>",
        "</body></html>",
        "",
    ]
    return "\n".join(L)


def a15():
    L = [
        "# Ғылыми жарияланымдар мен дәйексөздер, 2019–2024",
        "",
        "Дереккөз: Scopus (2025 жылғы 10 қаңтардағы үзінді). Ғылым және инновациялар департаменті.",
        "",
        "## Факультеттер бойынша жарияланымдар саны",
        "",
        "| Факультет | 2019 | 2020 | 2021 | 2022 | 2023 | 2024 | Барлығы | Q1–Q2 үлесі |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for f in FAC["kk"]:
        v = [R.randint(6, 90) for _ in range(6)]
        L.append(
            f"| {f} | "
            + " | ".join(map(str, v))
            + f" | {sum(v)} | {pct_ru(R.uniform(0.18, 0.61))} |"
        )
    L += [
        "",
        "## Университет бойынша дәйексөздер (жыл сайынғы)",
        "",
        "| Көрсеткіш | 2021 | 2022 | 2023 | 2024 |",
        "|---|---:|---:|---:|---:|",
        "| Дәйексөздер саны (Scopus) | " + " | ".join(P.CARD_MD_CELLS) + " |",
        "| Өздігінен дәйексөздерсіз | 2871 | 3902 | 4410 | 5233 |",
        "| Хирш индексі | 37 | 39 | 41 | 43 |",
        "",
        "Field-Weighted Citation Impact (FWCI): 0,87 (2023) → 0,94 (2024). Хирш индексі (h-index) — "
        "университет деңгейінде есептелген.",
        "",
    ]
    return "\n".join(L)


def a16():
    months = []
    for y in range(2014, 2024):
        months.append([y, [R.randint(12, 190) for _ in range(12)]])
    doc = {
        "название": "Опрос работодателей о качестве подготовки выпускников, 2024",
        "выборка": {
            "приглашено_организаций": 412,
            "ответили": 233,
            "уровень_ответа": 0.5655,
            "уровень_ответа_текст": "56,6 %",
        },
        "оценки": [
            {
                "критерий": "Профессиональные знания",
                "среднее": 4.12,
                "sd": 0.81,
                "ди95": [4.02, 4.22],
                "распределение": [3, 9, 31, 102, 88],
            },
            {
                "критерий": "Цифровые навыки",
                "среднее": 3.87,
                "sd": 0.93,
                "ди95": [3.75, 3.99],
                "распределение": [6, 14, 49, 97, 67],
            },
            {
                "критерий": "Работа в команде",
                "среднее": 4.31,
                "sd": 0.74,
                "ди95": [4.21, 4.41],
                "распределение": [1, 5, 22, 92, 113],
            },
            {
                "критерий": "Владение государственным языком",
                "среднее": 3.96,
                "sd": 0.88,
                "ди95": [3.85, 4.07],
                "распределение": [4, 11, 44, 104, 70],
            },
        ],
        "вакансии_для_выпускников_по_месяцам_2014_2023": months,
        "вакансии_одной_строкой": [v for _, m in months for v in m],
        "сравнение_с_2023": {"z": -1.96, "p": 0.0500, "разница_пп": -3.4},
    }
    return jdump(doc, step=1) + "\n"


def a17():
    rows = [
        [
            "item_id",
            "statement",
            "n",
            "strongly_disagree",
            "disagree",
            "neutral",
            "agree",
            "strongly_agree",
            "mean",
            "sd",
            "median",
            "top2_share",
            "design_weight",
        ]
    ]
    st = [
        "The programme met my expectations",
        "Feedback on assignments was timely",
        "Workload was manageable",
        "Teaching staff were competent",
        "Career services were useful",
        "I felt safe on campus",
        "The library met my needs",
        "Online learning tools worked well",
    ]
    for i, s in enumerate(st, 1):
        c = likert(R.randint(600, 2100), R.uniform(0.1, 0.95))
        m, sd = likert_stats(c)
        med = 4 if (c[3] + c[4]) / sum(c) > 0.5 else 3
        w = P.PHONE_DEC if i == 5 else f"{R.uniform(0.8, 1.3):.11f}"
        rows.append(
            [
                f"Q{i:02d}",
                f'"{s}"',
                sum(c),
                *c,
                f"{m:.2f}",
                f"{sd:.2f}",
                med,
                f"{(c[3] + c[4]) / sum(c):.3f}",
                w,
            ]
        )
    return csv(rows, ",")


def a18():
    W = 5
    yrs = P.YEARS_HDR
    L = [
        "ҚАБЫЛДАУ СТАТИСТИКАСЫ, 2017–2020 (бакалавриат, күндізгі оқу)",
        "",
        "Кесте 1. Өтініштер мен қабылдау",
        "",
        f"{'Көрсеткіш':<28}" + " ".join(f"{y:>{W - 1}}" for y in yrs),
    ]
    data = {
        "Өтініштер": [R.randint(5000, 9000) for _ in yrs],
        "Мемлекеттік грант": [R.randint(900, 1500) for _ in yrs],
        "Ақылы негізде": [R.randint(700, 1300) for _ in yrs],
    }
    data["Қабылданды, барлығы"] = [
        a + b for a, b in zip(data["Мемлекеттік грант"], data["Ақылы негізде"], strict=False)
    ]
    for k, v in data.items():
        L.append(f"{k:<28}" + " ".join(f"{x:>{W - 1}}" for x in v))
    L.append(
        f"{'Конкурс (өтініш/орын)':<28}"
        + " ".join(
            f"{dec(a / b, 1, True):>{W - 1}}"
            for a, b in zip(data["Өтініштер"], data["Қабылданды, барлығы"], strict=False)
        )
    )
    L += [
        "",
        "Кесте 2. ҰБТ орташа балы (140 ұпайдан)",
        "",
        f"{'Бағыт':<28}" + " ".join(f"{y:>{W - 1}}" for y in yrs),
    ]
    for b in ["Педагогика", "Инженерия", "Бизнес", "Жаратылыстану"]:
        L.append(f"{b:<28}" + " ".join(f"{dec(R.uniform(62, 104), 1, True):>{W - 1}}" for _ in yrs))
    L += [
        "",
        "Ескерту: 2020 жылы құжаттарды қабылдау қашықтан жүргізілді; 2017–2019 деректері салыстырмалы.",
        "",
    ]
    return "\n".join(L)


def a19():
    L = [
        "# Стандартизованные отклонения факультетов от среднего по университету (z-оценки), 2024",
        "",
        "z = (x − μ) / σ; μ и σ — среднее и стандартное отклонение по 8 факультетам. "
        "Значения |z| > 1,96 выделены (**).",
        "",
        "| Факультет | Средний GPA | z (GPA) | Отсев, % | z (отсев) | Удовлетворённость | z (удовл.) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    allz = []
    for i, f in enumerate(FAC["ru"]):
        gpa = R.uniform(2.71, 3.42)
        zs = [R.uniform(-2.4, 2.3) for _ in range(3)]
        allz += zs
        zt = [
            (MINUS if z < 0 else "") + dec(abs(z), 2, True) + (" **" if abs(z) > 1.96 else "")
            for z in zs
        ]
        if i == 5:
            zt[2] = MINUS + "0," + P.IIN_E  # unrounded z left by the export
        L.append(
            f"| {f} | {dec(gpa, 2, True)} | {zt[0]} | {dec(R.uniform(2.1, 9.8), 1, True)} | {zt[1]} | "
            f"{pct_ru(R.uniform(0.52, 0.88))} | {zt[2]} |"
        )
    lo, hi = min(allz), max(allz)
    L += [
        "",
        f"σ(GPA) = 0,214; σ(отсев) = 2,37 п. п.; σ(удовл.) = 0,081. Минимум z: {MINUS if lo < 0 else ''}{dec(abs(lo), 2, True)}; "
        f"максимум z: {dec(hi, 2, True)}.",
        "Изменение среднего GPA 2023 → 2024: −0,04 (t = −1,12; p = 0.263).",
        "",
    ]
    return "\n".join(L)


def a20():
    g = P.IIN_B
    big = NBSP.join([g[0:3], g[3:6], g[6:9], g[9:12]])
    L = [
        "# Research funding by source, 2019–2024 (KZT)",
        "",
        "Amounts in tenge, thousands separated by a no-break space, as published in the annual report.",
        "",
        "| Source | 2019 | 2020 | 2021 | 2022 | 2023 | 2024 | Total 2019–2024 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    srcs = [
        "Grant funding (MSHE)",
        "Programme-targeted funding",
        "Commercial contracts",
        "International grants",
        "Own funds",
    ]
    for s, base in zip(
        srcs, [520_000_000, 310_000_000, 140_000_000, 65_000_000, 38_000_000], strict=False
    ):
        v = [int(base * (1.1**k) * R.uniform(0.85, 1.15)) for k in range(6)]
        L.append(
            f"| {s} | " + " | ".join(group(x, NBSP) for x in v) + f" | {group(sum(v), NBSP)} |"
        )
    L += [
        "",
        "## Context: national figures",
        "",
        f"- State educational order for higher and postgraduate education, all HEIs, 2024: {big} ₸ "
        "(republican budget, approved allocation).",
        f"- Basic research funding nationwide, 2024: {group(48_211_730_000, NBSP)} ₸.",
        "- Our share of competitive grant funding: 3.87% (2023: 3.41%; 2019: 2.96%).",
        "",
        "Growth of total research income 2019–2024: +61.4%; CAGR 10.1%. "
        "Inflation-adjusted (CPI 2019 = 100): +18.9%.",
        "",
    ]
    return "\n".join(L)


def a21():
    rows = [["Туған жылы", "Әйел", "Ер", "Барлығы", "Үлесі, %", "Жас тобы (2024 ж.)"]]
    tot = 0
    tmp = []
    for y in range(1996, 2007):
        peak = 700 * 2.718 ** (-((y - 2003.5) ** 2) / 6)
        f_, m_ = int(peak * R.uniform(0.95, 1.25)) + 3, int(peak * R.uniform(0.8, 1.1)) + 2
        tmp.append((y, f_, m_))
        tot += f_ + m_
    for y, f_, m_ in tmp:
        age = 2024 - y
        grp = (
            "17–19"
            if age <= 19
            else ("20–22" if age <= 22 else ("23–25" if age <= 25 else "26–28"))
        )
        rows.append([y, f_, m_, f_ + m_, dec(100 * (f_ + m_) / tot, 2, True), grp])
    rows.append(["Барлығы", sum(t[1] for t in tmp), sum(t[2] for t in tmp), tot, "100,00", ""])
    rows.append(
        [
            "Ескерту: туған жылы бойынша тек агрегатталған деректер жарияланады; жеке туған күндер жинақталмайды.",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    return csv(rows)


def a22():
    L = [
        "<!DOCTYPE html>",
        '<html lang="ru"><head><meta charset="utf-8"><title>Мониторинг успеваемости, 2023–2024</title></head><body>',
        "<h1>Мониторинг успеваемости по итогам 2023–2024 учебного года</h1>",
        "<p>Утверждено решением Учёного совета, протокол № 7 от 27.06.2024.</p>",
        "<h2>Распределение GPA по курсам</h2>",
        "<table>",
        "<tr><th>Курс</th><th>n</th><th>&lt; 2,00</th><th>2,00–2,66</th><th>2,67–3,32</th><th>3,33–4,00</th><th>Средний GPA</th><th>SD</th></tr>",
    ]
    for k in range(1, 5):
        n = R.randint(2400, 3300)
        w = [R.uniform(0.03, 0.06), R.uniform(0.18, 0.26), R.uniform(0.38, 0.45), 0]
        d = [int(n * x) for x in w[:3]]
        d.append(n - sum(d))
        L.append(
            f"<tr><td>{k}</td><td>{group(n, NBSP)}</td>"
            + "".join(f"<td>{x} ({pct_ru(x / n)})</td>" for x in d)
            + f"<td>{dec(R.uniform(2.8, 3.3), 2, True)}</td><td>{dec(R.uniform(0.45, 0.7), 2, True)}</td></tr>"
        )
    L += [
        "</table>",
        "<h2>Сравнение групп</h2>",
        "<ul>",
        "<li>Грант vs платное обучение: t-критерий Стьюдента t(10 882) = 6,41; p &lt; 0,001; d Коэна = 0,12.</li>",
        "<li>Очная vs дистанционная сессия: U-критерий Манна–Уитни, U = 4,1·10<sup>6</sup>; p = 0,0217.</li>",
        "<li>Различия между факультетами: критерий Краскела–Уоллиса H(7) = 88,3; p = 2,6·10<sup>−16</sup>.</li>",
        "<li>Связь посещаемости и GPA: ρ Спирмена = 0,41 [0,39; 0,43].</li>",
        "</ul>",
        "<p>Доля обучающихся с академической задолженностью: 4,87 % (2022–2023: 5,31 %).</p>",
        "</body></html>",
        "",
    ]
    return "\n".join(L)


def a23():
    doc = {
        "report": "Annual KPI report",
        "academic_year": "2023/2024",
        "generated_at_ms": 1_710_460_800_000,
        "schema_version": "2.4.1",
        "kpis": [],
    }
    defs = [
        ("KPI-01.1", "Graduate employment rate", 0.83, 0.861, "share"),
        ("KPI-01.2", "Median starting salary, KZT", 290_000, 311_500, "amount"),
        ("KPI-02.1", "Scopus/WoS publications", 340, 362, "count"),
        ("KPI-02.2", "Publications in Q1–Q2 journals", 120, 131, "count"),
        ("KPI-03.1", "International students share", 0.04, 0.044, "share"),
        ("KPI-03.2", "Outbound mobility, students", 140, 129, "count"),
        ("KPI-04.1", "Student satisfaction (top-2 box)", 0.6, 0.567, "share"),
    ]
    for code, name, t, a, kind in defs:
        doc["kpis"].append(
            {
                "id": code,
                "name": name,
                "kind": kind,
                "target": t,
                "actual": a,
                "achievement": round(a / t, 6),
                "quarterly": [
                    round(a * x, 4 if kind == "share" else 0) for x in (0.22, 0.49, 0.76, 1.0)
                ],
                "history": [
                    [y, round(a * R.uniform(0.8, 1.0), 4 if kind == "share" else 0)]
                    for y in range(2019, 2023)
                ],
            }
        )
    return jdump(doc) + "\n"


def a24():
    L = [
        "# Зерттеу әдістемесі: студенттердің қанағаттануын бағалау сауалнамасы",
        "",
        "Құжат нұсқасы 2.3, 2024 жылғы 12 ақпан. Сапаны қамтамасыз ету бөлімі.",
        "",
        "## Іріктеме көлемі",
        "",
        "Іріктеме Кохран формуласымен есептелді: n₀ = z²·p·(1 − p) / e², мұнда z = 1,96; p = 0,5; e = 0,03, "
        "бұдан n₀ = 1 067,1. Бас жиынтық N = 12 934 болғанда түзетілген көлем n = n₀ / (1 + (n₀ − 1) / N) = 985,8 ≈ 986.",
        "",
        "## Сенімділік",
        "",
        "| Шкала | Тармақтар саны | Кронбах α | McDonald ω | Орташа тармақаралық r |",
        "|---|---:|---:|---:|---:|",
    ]
    for s in ["Оқыту сапасы", "Инфрақұрылым", "Цифрлық сервистер", "Студенттік қолдау"]:
        L.append(
            f"| {s} | {R.randint(4, 9)} | {dec(R.uniform(0.72, 0.93), 3, True)} | "
            f"{dec(R.uniform(0.74, 0.94), 3, True)} | {dec(R.uniform(0.31, 0.55), 2, True)} |"
        )
    L += [
        "",
        "## Өлшемдер",
        "",
        "Ликерт шкаласы (1–5), Net Promoter Score (0–10). Топтар арасындағы айырмашылықтар "
        "Манн–Уитни және Краскел–Уоллис критерийлерімен, үлестер z-критерийімен тексеріледі. "
        "Көптік салыстыруларға Бонферрони түзетуі қолданылады (α = 0,05 / 28 = 0,00179).",
        "",
        "## Әдебиеттер",
        "",
        "1. Cochran, W. G. (1977). *Sampling Techniques* (3rd ed.). New York: Wiley.",
        "2. Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests. *Psychometrika*, 16(3), 297–334.",
        "3. Likert, R. (1932). A technique for the measurement of attitudes. *Archives of Psychology*, 140, 1–55.",
        "4. Hirsch, J. E. (2005). An index to quantify an individual's scientific research output. *PNAS*, 102(46), 16569–16572.",
        "",
    ]
    return "\n".join(L)


def a25():
    rows = [
        [
            "Показатель",
            "Интервал h-индекса",
            "Число авторов (ППС)",
            "Доля, %",
            "Публикаций 2019–2024",
            "Цитирований 2019–2024",
            "Медиана цитирований на статью",
        ]
    ]
    bins = ["0", "1–2", "3–5", "6–9", "10–14", "15–19", "20+"]
    counts = [int(c * R.uniform(0.9, 1.1)) for c in (412, 298, 231, 142, 61, 24, 9)]
    tot = sum(counts)
    for k, (b, c) in enumerate(zip(bins, counts, strict=False)):
        pubs = int(c * (0.6 + 2.2 * k) * R.uniform(0.9, 1.1))
        cites = 0 if k == 0 else int(pubs * (1.5 + 3.1 * k) * R.uniform(0.9, 1.1))
        rows.append(
            [
                "Распределение ППС по h-индексу (Scopus)",
                b,
                c,
                dec(100 * c / tot, 2, True),
                pubs,
                cites,
                dec(cites / pubs * 0.7 if pubs else 0, 1, True),
            ]
        )
    rows.append(["Итого", "", tot, "100,00", "", "", ""])
    rows.append([""] * 7)
    rows.append(
        [
            "Журнал университета",
            "ISSN (print)",
            "ISSN (online)",
            "Выпусков 2024",
            "Статей 2024",
            "Доля зарубежных авторов",
            "DOI префикс",
        ]
    )
    rows.append(
        ["Вестник. Серия экономическая", "1563-0358", "2617-7242", 4, 61, "23,0 %", "10.26577"]
    )
    rows.append(
        ["Вестник. Серия филологическая", "1563-0223", "2617-7250", 4, 78, "11,5 %", "10.26577"]
    )
    rows.append(["Пример DOI статьи", "10.26577/be.2024.v148.i2.07", "", "", "", "", ""])
    return csv(rows)


def a26():
    L = [
        "SCIENTIFIC-NOTATION OUTPUT FROM THE STATISTICS PIPELINE (for reproducibility)",
        "",
        "Each line: quantity = value, exactly as printed by the analysis scripts.",
        "",
        "chi2_gender_by_faculty          = 2.1148e+02   (df = 7, p = 3.2e-42)",
        "kruskal_H_gpa_by_faculty        = 8.83E+01     (df = 7, p = 2.6E-16)",
        f"tuition_elasticity              = {P.IIN_A[0]}.{P.IIN_A[1:]}e-05",
        "total_tuition_income_kzt        = 1.2e+11",
        f"cpu_cycles_bootstrap_total      = {P.SCI_CARD[0]}.{P.SCI_CARD[1:]}E+15  (raw counter)",
        "mean_session_length_s           = 3.4170e+02",
        "variance_gpa                    = 4.5796e-02",
        "bayes_factor_BF10               = 1.87e+06",
        "smallest_p_value                = 6.022e-23",
        "bootstrap_replicates            = 1e4 (seed fixed)",
        "",
        "Values with |x| < 1e-3 are printed in E-notation by default; counts above 1e9 are printed in E-notation.",
        "",
    ]
    return "\n".join(L)


def a27():
    rows = [
        [
            "Жыл",
            "Ғылым саласы",
            "Қорғалған PhD диссертациялар",
            "Оның ішінде мерзімінде",
            "Мерзімінде қорғау үлесі",
            "Шетелдік кеңесшімен",
            "Орташа оқу ұзақтығы, жыл",
        ]
    ]
    fields = [
        "Жаратылыстану ғылымдары",
        "Инженерия",
        "Әлеуметтік ғылымдар",
        "Гуманитарлық ғылымдар",
        "Педагогика",
    ]
    for y in range(2019, 2025):
        for f in fields:
            n = R.randint(2, 34)
            t = R.randint(0, n)
            rows.append(
                [y, f, n, t, f"{t / n:.3f}", R.randint(0, n), dec(R.uniform(3.0, 4.6), 1, True)]
            )
    return csv(rows)


def a28():
    W = 5
    L = [
        "ВЫПУСК ОБУЧАЮЩИХСЯ ПО ГОДАМ, 2019–2024 (бакалавриат)",
        "",
        "Таблица фиксированной ширины: каждое поле шириной 5 символов, выравнивание вправо.",
        "",
        "Фак — номер факультета; далее — выпускники, из них трудоустроено, поступили в магистратуру, с отличием.",
        "",
        f"{'Год':<6}" + "".join(f"{h:>{W}}" for h in ["Фак", "Вып", "Труд", "Маг", "Отл"]),
    ]
    for y in range(2019, 2025):
        for fac in range(1, 9):
            if (y, fac) == (2021, 8):
                cells = P.PHONE_FW  # "    8  702  518   45   91"
            else:
                v = R.randint(90, 480)
                cells = [
                    str(fac),
                    str(v),
                    str(int(v * R.uniform(0.55, 0.9))),
                    str(R.randint(5, 70)),
                    str(R.randint(5, 60)),
                ]
            L.append(f"{y:<6}" + "".join(f"{c:>{W}}" for c in cells))
    L += [
        "",
        f"Всего за 2019{NDASH}2024: выпускников {group(R.randint(9000, 12000), NBSP)}, из них с отличием 8,7 %.",
        "",
    ]
    return "\n".join(L)


PUBLIC = [
    (
        "a01_kk_saualnama_natizheleri.csv",
        a01,
        "faculty survey results; planted share 0.870715401239 (12 decimals, digits pass IIN check); 0.567 and 56,7 % styles, CIs, p-values",
    ),
    (
        "a02_ru_opros_udovletvorennost.md",
        a02,
        'Likert tables; technical row "87 | 071 | 540 | 12 | 39" joins to an IIN-valid 12-digit run',
    ),
    (
        "a03_en_graduate_employment.csv",
        a03,
        "employment by programme/year; adjacent cells 870715,401239 join to IIN-valid digits",
    ),
    (
        "a04_ru_kontingent_po_programmam.csv",
        a04,
        "enrolment counts; cells 8;701;234;56;78 join to 8 7xx phone shape, 4 application cells join to Luhn-valid 16 digits; 6B/7M/8D programme codes",
    ),
    (
        "a05_kk_kpi_dashboard.html",
        a05,
        "KPI targets vs actuals; organisation BIN (checksum ok, day 40, 7th digit 0) labelled БСН",
    ),
    (
        "a06_en_research_output.json",
        a06,
        "nested arrays of publications/citations; float with 16-digit Luhn-valid fraction",
    ),
    (
        "a07_ru_reyting_pozitsii.md",
        a07,
        "ranking positions and ranges; university names containing initials + surnames of historical figures",
    ),
    (
        "a08_en_regression_table.md",
        a08,
        "logistic regression table; sci notation; full-precision estimate 8.70715401239e-07",
    ),
    (
        "a09_kk_halyq_sany_oblys.csv",
        a09,
        "population by region with KATO codes, NBSP separators, +7 745 change; KATO+population joins to Luhn-valid 16 digits",
    ),
    (
        "a10_ru_mesyachnye_ryady.txt",
        a10,
        "fixed-width: KATO+count 12-digit run passes checksum but century digit 0; 120-month series; 240-digit packed run with IIN/Luhn windows",
    ),
    (
        "a11_en_response_rates.txt",
        a11,
        "response rates with 10 decimals; 87.0715401239% (digits = IIN-valid)",
    ),
    (
        "a12_kk_tulekter_zhumyspen.json",
        a12,
        "graduate employment JSON; nested arrays; float 0.020814600711 (fraction digits pass IIN check)",
    ),
    (
        "a13_ru_kpi_kafedr.csv",
        a13,
        "department-level aggregated KPIs; organisation BIN in header row",
    ),
    (
        "a14_en_enrolment_trends.html",
        a14,
        "10-year enrolment series with thin / narrow no-break space thousands separators",
    ),
    (
        "a15_kk_gylymi_basylymdar.md",
        a15,
        "publication counts; citations row of four 4-digit cells joins to Luhn-valid 16 digits",
    ),
    (
        "a16_ru_opros_rabotodateley.json",
        a16,
        "employer survey; 10 years of monthly figures, also flattened to one 120-number array",
    ),
    (
        "a17_en_likert_distribution.csv",
        a17,
        "Likert distributions; design weight 0.87012345678 (11 decimals, 8 7xx shape)",
    ),
    (
        "a18_kk_qabyldau_statistikasy.txt",
        a18,
        'fixed-width admissions table; header "2017 2018 2019 2020" is Luhn-valid when joined',
    ),
    (
        "a19_ru_z_otsenki.md",
        a19,
        "z-scores with negative values; unrounded −0,880120403104 (digits pass IIN check)",
    ),
    (
        "a20_en_research_funding.md",
        a20,
        "amounts with NBSP; national allocation 951 203 304 561 ₸ (grouped 3-3-3-3, digits IIN-valid)",
    ),
    (
        "a21_kk_respondentter_demografiyasy.csv",
        a21,
        'aggregated distribution by birth YEAR only (word "туған жылы"), no dates',
    ),
    (
        "a22_ru_monitoring_uspevaemosti.html",
        a22,
        "GPA distribution; eponymous tests (Стьюдент, Манн–Уитни, Краскел–Уоллис, Спирмен); protocol date",
    ),
    (
        "a23_en_kpi_annual_report.json",
        a23,
        "KPI JSON; 13-digit epoch-ms timestamp; nested history arrays",
    ),
    (
        "a24_kk_zertteu_adistemesi.md",
        a24,
        "methodology; Cochran formula; bibliographic references with author initials",
    ),
    ("a25_ru_naukometriya.csv", a25, "h-index distribution; ISSNs and DOIs"),
    (
        "a26_en_scientific_notation.txt",
        a26,
        "E-notation values; mantissa digits IIN-valid (8.70715401239e-05) and Luhn-valid (4.400430123456797E+15)",
    ),
    (
        "a27_kk_phd_qorgau.csv",
        a27,
        "PhD defences per year and field; year next to counts and shares",
    ),
    (
        "a28_ru_vypusk_po_godam.txt",
        a28,
        'fixed-width width-5 counts; row "    8  702  518   45   91" looks like 8 7xx xxx xx xx',
    ),
]
