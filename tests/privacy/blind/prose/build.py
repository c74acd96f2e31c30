"""Prose corpus: personal data of private persons in running text (kk/ru/en),
plus public look-alikes that must NOT be reported.

Standard library only. Deterministic: `build(folder)` writes byte-identical
files on every run.  Run directly to build into /tmp/corpus5/prose-out/.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ANY = "any"


@dataclass(frozen=True)
class Entry:
    name: str
    category: str | None
    cls: str
    part: str
    lang: str
    datum: str
    reason: str


# ---------------------------------------------------------------- generators
def _iin_check(d11: str) -> int | None:
    digits = [int(c) for c in d11]
    s = sum(w * d for w, d in zip(range(1, 12), digits, strict=False)) % 11
    if s == 10:
        s = (
            sum(w * d for w, d in zip([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2], digits, strict=False))
            % 11
        )
        if s == 10:
            return None
    return s


def _iin(prefix7: str, serial_start: int) -> str:
    """YYMMDD + century/sex digit, then the first 4-digit serial giving a valid check."""
    for serial in range(serial_start, 10000):
        d11 = prefix7 + f"{serial:04d}"
        c = _iin_check(d11)
        if c is not None:
            return d11 + str(c)
    raise ValueError(prefix7)


def _luhn(prefix15: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(prefix15)):
        d = int(ch)
        if i % 2 == 0:  # these digits get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix15 + str((10 - total % 10) % 10)


def _kz_iban(bban: str) -> str:
    assert len(bban) == 16
    s = bban + "KZ00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"KZ{98 - int(num) % 97:02d}{bban}"


def _group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


IIN_KK = _iin("0303056", 123)  # born 2003-03-05, female, 21st century
IIN_RU = _iin("0511205", 4410)  # born 2005-11-20, male
BIN_UNI = _iin("0304400", 123)  # BIN-shaped: YYMM + 4 (legal entity); "day" 40 is no date
CARD_KK = _luhn("440043021873564")
CARD_EN = _luhn("516949310627418")
IBAN_KK = _kz_iban("722S000418236957")
IBAN_EN = _kz_iban("601A861000327415")

# ---------------------------------------------------------------- content
MANIFEST: list[Entry] = []
_TEXT: dict[str, str] = {}


def _add(name, category, cls, part, lang, datum, reason, text):
    MANIFEST.append(Entry(name, category, cls, part, lang, datum, reason))
    _TEXT[name] = text


def _html(lang: str, title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n'
        "<head>\n"
        '  <meta charset="utf-8">\n'
        f"  <title>{title}</title>\n"
        "</head>\n"
        "<body>\n"
        f"{body}"
        "</body>\n"
        "</html>\n"
    )


# ================================================================ POSITIVES kk
_add(
    "r01-news-winner-genitive-kk.md",
    "person-name",
    "name-kk-genitive",
    "body",
    "kk",
    "Айгерім Сапарованың",
    "private student's full name in genitive case inside a news item",
    """# Студенттік ғылыми конференцияның жеңімпаздары анықталды

Университетте «Жас ғалым – 2024» студенттік ғылыми конференциясы өтті. Оған он екі кафедрадан 140-тан астам студент қатысты.

Қазылар алқасы ең үздік жұмыс ретінде «Қаржылық технологиялар» бағдарламасының 3-курс студенті Айгерім Сапарованың зерттеуін таныды. Жас зерттеуші шағын кәсіпкерлікке арналған мобильді есеп жүйесін ұсынып, оның экономикалық тиімділігін дәлелдеді.

Жеңімпаздарға дипломдар мен бағалы сыйлықтар табысталды. Үздік жобалар келесі жылы республикалық байқауға жіберіледі.
""",
)

_add(
    "r02-volunteer-dative-kk.md",
    "person-name",
    "name-kk-dative",
    "body",
    "kk",
    "Ерлан Жұмабековке",
    "private student's name in dative case (-ке) in an award note",
    """# Еріктілерге алғыс айтылды

Қала әкімдігі ұйымдастырған «Таза Есіл» экологиялық акциясында белсенділік танытқан студенттер марапатталды.

Ерекше алғыс хат «Тамақ өнімдерінің технологиясы» білім беру бағдарламасының 2-курс студенті Ерлан Жұмабековке табысталды. Ол акция барысында отыздан астам еріктіні жинап, өзен жағалауын тазалау жұмысына өзі жетекшілік етті.

«Бұл – бәріміздің ортақ еңбегіміз. Келесі жылы тағы да шығамыз», – деді ол марапаттау рәсімінен кейін.
""",
)

_add(
    "r03-scholarship-patronymic-dative-kk.md",
    "person-name",
    "name-kk-patronymic-surname",
    "body",
    "kk",
    "Данияр Сейітқалиұлына",
    "private student's name with -ұлы surname in dative case",
    """# Атаулы стипендия иегері

Ғылыми кеңестің шешімімен биылғы атаулы стипендия «Ақпараттық жүйелер» бағдарламасының 4-курс студенті Данияр Сейітқалиұлына берілді.

Жас маман төрт жыл бойы тек «үздік» бағаға оқып, екі халықаралық хакатонда жүлделі орын алған. Қазір ол дипломдық жобасы ретінде ауыл шаруашылығына арналған дрондарды басқару бағдарламасын жасап жатыр.

Стипендия оқу жылының соңына дейін ай сайын төленеді.
""",
)

_add(
    "r04-family-surname-plural-kk.md",
    "person-name",
    "name-kk-family-plural",
    "body",
    "kk",
    "Ахметовтердің",
    "private family identified by surname with plural + genitive endings (-тер-дің)",
    """# Бір әулеттен үш студент

Биыл университеттің бірінші курсына Ахметовтердің отбасынан үшінші бала оқуға түсті. Үлкен ұлы бұдан үш жыл бұрын «Есеп және аудит» мамандығын бітірсе, ортаншы қызы қазір дизайн бағдарламасында оқиды.

Отбасының анасы бізге берген сұхбатында балаларының осы оқу орнын таңдауы кездейсоқ емес екенін айтты: «Оқытушылардың ықыласы мен жатақхананың жайлылығы бізге ұнады».

Университет ұжымы жас студентке сәттілік тілейді.
""",
)

_add(
    "r05-dorm-patronymic-only-kk.md",
    "person-name",
    "name-kk-given-plus-patronymic",
    "body",
    "kk",
    "Ерлан Болатұлы",
    "non-official staff member named by given name + patronymic only",
    """# Жатақханадағы түнгі оқиға

Өткен аптада №2 жатақханада электр желісінде ақау пайда болды. Түнгі ауысымдағы кезекші Ерлан Болатұлы жағдайды дер кезінде байқап, студенттерді ғимараттан тез әрі тәртіппен шығарды.

Төтенше жағдайлар қызметінің қызметкерлері келгенге дейін ол өрт сөндіргішпен алғашқы ошақты сөндіріп үлгерді. Ешкім зардап шеккен жоқ.

Жатақхана тұрғындары кезекшіге алғыстарын білдірді.
""",
)

_add(
    "r06-testimonial-signature-kk.html",
    "person-name",
    "name-kk-testimonial-signature",
    "signature",
    "kk",
    "Айгерім",
    "testimonial signed with a private student's first name and course",
    _html(
        "kk",
        "Студенттер пікірі",
        """<main>
  <h1>Студенттер біз туралы</h1>
  <blockquote>
    <p>«Университетке түскенде қаладағы ешкімді танымайтын едім. Бірінші аптада-ақ кураторымыз бізді топ болып театрға апарды, сол күннен бастап мұнда өзімді үйдегідей сезінемін. Әсіресе ағылшын тілі курстары мен спорт секциялары ұнайды.»</p>
    <footer>— Айгерім, 2-курс студенті</footer>
  </blockquote>
</main>
""",
    ),
)

_add(
    "r07-photo-caption-initials-kk.html",
    "person-name",
    "name-initial-surname-caption",
    "caption",
    "kk",
    "А. Сейтқали",
    "photo caption with initial + surname of a private student",
    _html(
        "kk",
        "Зертханалық апталық",
        """<article>
  <h1>Химия зертханасында ашық сабақ</h1>
  <p>Тағам қауіпсіздігі кафедрасы мектеп оқушыларына арналған ашық сабақ өткізді. Оқушылар сүттің құрамын анықтау тәжірибесін өз қолдарымен жасап көрді.</p>
  <figure>
    <img src="lab-2024.jpg" alt="Зертхана">
    <figcaption>Суретте: 3-курс студенті А. Сейтқали оқушыларға центрифуганың жұмысын көрсетіп тұр.</figcaption>
  </figure>
</article>
""",
    ),
)

_add(
    "r08-alumnus-tulegi-kk.md",
    "person-name",
    "name-kk-after-tulegi",
    "body",
    "kk",
    "Нұрлан Қасымов",
    "private alumnus named after the word 'түлегі'",
    """# Түлектеріміз – мақтанышымыз

Университеттің 2019 жылғы түлегі Нұрлан Қасымов бүгінде Алматыдағы ірі IT-компанияда жетекші бағдарламашы болып еңбек етеді.

Ол студент кезінде бағдарламалау үйірмесіне қатысып, алғашқы мобильді қосымшасын үшінші курста жасағанын еске алды. «Оқытушыларым маған қателесуден қорықпауды үйретті», – дейді ол.

Түлек келесі айда қазіргі студенттерге арналған шеберлік сыныбын өткізуге уәде берді.
""",
)

_add(
    "r09-parent-apasy-kk.txt",
    "person-name",
    "name-kk-after-apasy",
    "body",
    "kk",
    "Гүлнар Төлеуқызы",
    "private relative (older sister) named after 'апасы'",
    """Ата-аналар жиналысы өтті

Сенбі күні бірінші курс студенттерінің ата-аналарымен кездесу ұйымдастырылды. Кездесуде оқу үдерісі, жатақханадағы тәртіп және стипендия төлеу мерзімдері туралы айтылды.

Жиналыста сөз алған бір студенттің апасы Гүлнар Төлеуқызы туыстарынан алыста жүрген жастарға кураторлардың көбірек көңіл бөлуін сұрады. Оның ұсынысы бойынша әр топта ата-аналар чаты ашылатын болды.

Келесі кездесу қаңтар айында өтеді.
""",
)

_add(
    "r10-parent-akesi-kk.md",
    "person-name",
    "name-kk-after-akesi",
    "body",
    "kk",
    "Бауыржан Оспанов",
    "private parent named after 'әкесі'",
    """# Күрестен республика чемпионы

Университет құрамасының мүшесі қазақ күресінен республикалық жастар чемпионатында алтын медаль жеңіп алды.

Жеңімпаздың әкесі Бауыржан Оспанов – Шымкенттегі ауылдық мектептің дене шынықтыру мұғалімі. Баласын күреске алғаш жетелеген де сол кісі. «Ұлымның жеңісіне бүкіл ауыл болып қуанып отырмыз», – деді ол бізбен телефон арқылы сөйлескенде.

Спортшы енді Азия чемпионатына дайындалады.
""",
)

_add(
    "r11-story-birth-date-kk.md",
    "birth-date",
    "birth-date-kk-prose",
    "body",
    "kk",
    "2003 жылы 5 наурызда",
    "private student's date of birth written in Kazakh prose",
    """# Біздің кейіпкер: ауылдан шыққан программист

Бүгінгі кейіпкеріміз 2003 жылы 5 наурызда Қостанай облысындағы шағын ауылда дүниеге келген. Мектепте информатика пәнін жақсы көріп, облыстық олимпиадада екі рет жүлдегер атанған.

Университетке грант негізінде түсіп, қазір «Бағдарламалық инженерия» бағдарламасының төртінші курсында оқиды. Бос уақытында ауыл мектебінің оқушыларына онлайн сабақ береді.

Оның арманы – өз ауылында IT-мектеп ашу.
""",
)

_add(
    "r12-housing-mobile-kk.txt",
    "phone",
    "phone-kk-prose-8",
    "body",
    "kk",
    "8 701 384 27 65",
    "private student's mobile number after 'ұялы телефоны'",
    """Хабарландыру

Жатақханадан орын тимеген бірінші курс студенті университетке жақын маңнан бөлме іздейді. Бір бөлмелі пәтерді бірге жалдайтын көршіге де келіседі.

Ұялы телефоны 8 701 384 27 65, кешкі сағат 18:00-ден кейін хабарласуға болады.

Студенттер кеңесі ұқсас хабарландыруларды осы бетте апта сайын жариялайды.
""",
)

_add(
    "r13-team-whatsapp-kk.md",
    "phone",
    "phone-kk-whatsapp",
    "body",
    "kk",
    "8 777 415 62 09",
    "WhatsApp number of a private student (team captain)",
    """# Футзал командасына ойыншылар қажет

Факультетаралық футзал турниріне дайындалып жатқан «Бизнес» командасы жаңа ойыншылар іздейді. Жаттығулар сейсенбі және бейсенбі күндері спорт залында өтеді.

Қатысқысы келетіндер команда капитанына жазсын, WhatsApp: 8 777 415 62 09.

Турнир сәуір айының соңында басталады.
""",
)

_add(
    "r14-family-address-kk.md",
    "address",
    "address-kk-full",
    "body",
    "kk",
    "Қарағанды облысы, Теміртау қаласы, Мира көшесі, 12-үй, 45-пәтер",
    "private family's home address written in Kazakh prose",
    """# Көпбалалы отбасына көмек

Студенттер кеңесі қайырымдылық акциясы аясында екінші курс студентінің отбасына қысқы киім мен азық-түлік жинады.

Бұл отбасы Қарағанды облысы, Теміртау қаласы, Мира көшесі, 12-үй, 45-пәтерде тұрады. Отбасында бес бала бар, үлкені – біздің студентіміз.

Жиналған заттар демалыс күндері еріктілер арқылы жеткізілді. Акцияға қолдау көрсеткен барлық оқытушылар мен студенттерге алғыс білдіреміз.
""",
)

_add(
    "r15-fee-iin-kk.txt",
    "iin",
    "iin-kk-prose",
    "body",
    "kk",
    IIN_KK,
    "valid IIN of a private student in Kazakh prose ('ЖСН-і ... болатын')",
    f"""Бухгалтерия хабарлайды

Оқу ақысын төлеу кезінде банк түбіртегінде студенттің деректері дұрыс көрсетілмей қалған жағдай анықталды.

ЖСН-і {IIN_KK} болатын студенттің төлемі басқа шотқа түсіп кеткен, сондықтан оның өзі немесе ата-анасы бухгалтерияға түбіртектің түпнұсқасымен келуі қажет.

Бухгалтерия дүйсенбіден жұмаға дейін 9:00–18:00 аралығында жұмыс істейді.
""",
)

_add(
    "r16-essay-contest-email-kk.md",
    "email",
    "email-kk-prose",
    "body",
    "kk",
    "dana.nurlankyzy@gmail.com",
    "private student organiser's personal e-mail in Kazakh prose",
    """# «Менің Астанам» эссе байқауы

Студенттер кеңесі «Менің Астанам» атты эссе байқауын жариялайды. Эссе көлемі – үш беттен аспауы тиіс, қазақ, орыс немесе ағылшын тілінде жазуға болады.

Жұмыстарыңызды байқауды ұйымдастырушы студентке dana.nurlankyzy@gmail.com поштасы арқылы 15 сәуірге дейін жіберіңіздер.

Жеңімпаздар студенттер күнінде марапатталады.
""",
)

_add(
    "r17-artist-instagram-kk.md",
    "social-handle",
    "handle-kk-instagram",
    "body",
    "kk",
    "@aruzhan.bakyt",
    "private student's Instagram handle in Kazakh prose",
    """# Студент-суретшінің жеке көрмесі

Дизайн бағдарламасының 3-курс студентінің «Дала бояулары» атты алғашқы жеке көрмесі кітапхананың фойесінде ашылды. Көрмеге акварельмен салынған отыздан астам жұмыс қойылған.

Жас суретшінің басқа да жұмыстарын Instagram-дағы @aruzhan.bakyt парақшасынан көруге болады.

Көрме айдың соңына дейін жұмыс істейді, кіру тегін.
""",
)

_add(
    "r18-lost-student-card-kk.txt",
    "student-id",
    "student-id-kk-prose",
    "body",
    "kk",
    "22К0871",
    "private student's student-ticket number in a lost-and-found note",
    """Табылған зат

Оқу корпусының екінші қабатындағы дәлізден студенттік билет табылды.

Студенттік билеттің нөмірі 22К0871. Иесі оны тіркеу кеңсесінен жеке басын куәландыратын құжатпен келіп ала алады.

Құжаттарыңызды ұқыпты сақтауды сұраймыз.
""",
)

_add(
    "r19-obituary-librarian-kk.md",
    "person-name",
    "name-kk-obituary-staff",
    "body",
    "kk",
    "Сәуле Мұхамедқызы Әбенова",
    "obituary of a non-official staff member (librarian), full name with patronymic",
    """# Көңіл айту

Университет ұжымы ғылыми кітапханада отыз жылдан астам уақыт еңбек еткен Сәуле Мұхамедқызы Әбенова өмірден озғанын қабырғамыз қайыса хабарлаймыз.

Ол мыңдаған студенттің кітапқа деген сүйіспеншілігін оятып, кітапхананың электронды каталогын құруға зор үлес қосты. Әріптестері оны қашанда мейірімді, ақылшы жан ретінде есте сақтайды.

Марқұмның отбасы мен туған-туыстарына терең қайғырып, көңіл айтамыз. Жаны жәннатта болсын.
""",
)

_add(
    "r20-birthday-congrats-kk.json",
    "birth-date",
    "birth-date-kk-json-value",
    "json-value",
    "kk",
    "2004 жылғы 17 қазанда",
    "private student's birth date inside a JSON text value",
    "{\n"
    '  "type": "congratulation",\n'
    '  "title": "Туған күніңмен, топтасымыз!",\n'
    '  "body": "Бүгін біздің топтың старостасы 20 жасқа толды. Ол 2004 жылғы 17 қазанда Павлодарда туған. '
    'Саған зор денсаулық, оқуыңда табыс және таусылмас шабыт тілейміз! ФК-22 тобы.",\n'
    '  "published": "2024-10-17"\n'
    "}\n",
)

_add(
    "r21-charity-card-kk.md",
    "bank-card",
    "card-kk-prose",
    "body",
    "kk",
    _group4(CARD_KK),
    "private person's payment card number (Luhn-valid) in a charity appeal",
    f"""# Көмек қолын созайық

Бірінші курс студентінің анасы ауыр отадан кейін ұзақ емделуді қажет етеді. Отбасына дәрі-дәрмек пен оңалту курсына қаражат жетпей отыр.

Қайырымдылық көрсеткісі келетіндер студенттің анасының картасына аударым жасай алады: {_group4(CARD_KK)}.

Әр теңгеңіз – үлкен көмек. Студенттер кеңесі жиналған соманы ай соңында жариялайды.
""",
)

_add(
    "r22-charity-iban-kk.txt",
    "iban",
    "iban-kk-prose",
    "body",
    "kk",
    IBAN_KK,
    "private person's KZ IBAN (mod-97 valid) in a charity appeal",
    f"""Қайырымдылық жәрмеңкесі

Студенттер кеңесі өрт салдарынан баспанасыз қалған түлегіміздің отбасына көмек ретінде қайырымдылық жәрмеңкесін ұйымдастырады.

Жәрмеңкеге келе алмағандар ақшалай көмекті отбасы иесінің жеке шотына аудара алады, шот нөмірі {IBAN_KK}.

Жәрмеңке жұма күні 12:00-де бас корпустың фойесінде өтеді.
""",
)

_add(
    "r23-lost-id-card-kk.txt",
    "id-document",
    "id-card-kk-notice",
    "body",
    "kk",
    "045678912",
    "private person's identity-card number in a lost-document notice",
    """Жоғалған құжат туралы хабарландыру

Университеттің магистранты жеке куәлігін жоғалтты. Жеке куәліктің нөмірі 045678912, 2021 жылы Қазақстан Республикасы ІІМ берген.

Аталған құжат жарамсыз деп есептелсін. Құжатты тапқандар университеттің тіркеу кеңсесіне тапсыруын сұраймыз.
""",
)

_add(
    "r24-master-student-kk.md",
    "person-name",
    "name-kk-after-magistrant",
    "body",
    "kk",
    "Әсем Жақыпбекова",
    "private person named after 'магистрант'",
    """# Халықаралық конференцияда баяндама жасады

Түркияның Анкара қаласында өткен халықаралық экономикалық форумда университетіміздің атынан магистрант Әсем Жақыпбекова баяндама жасады.

Оның зерттеуі Қазақстандағы шағын кәсіпорындардың цифрлық трансформациясына арналған. Баяндама шетелдік ғалымдардың қызығушылығын тудырып, форум жинағына енгізілді.

Магистрант ғылыми жетекшісіне және кафедра ұжымына алғысын білдірді.
""",
)

_add(
    "r25-interview-instrumental-kk.md",
    "person-name",
    "name-kk-instrumental",
    "body",
    "kk",
    "Мадина Ерболқызымен",
    "private student's name in instrumental case (-мен)",
    """# «Еңбек еткен адам ұтылмайды»

Біз «Мейрамханалық іс және қонақ үй бизнесі» бағдарламасының 4-курс студенті Мадина Ерболқызымен әңгімелестік. Ол оқумен қатар қаладағы қонақүйде әкімші болып жұмыс істейді.

– Уақытты қалай үлгересіз?
– Кестемді апта басында жоспарлап аламын. Сабақтан кейін жұмысқа барамын, демалыс күндері курстық жұмысқа отырамын.

– Болашақта қандай жоспарыңыз бар?
– Өзімнің шағын қонақ үйімді ашқым келеді.
""",
)

_add(
    "r26-congrats-accusative-kk.html",
    "person-name",
    "name-kk-accusative",
    "body",
    "kk",
    "Тимур Әлиевті",
    "private student's name in accusative case (-ті)",
    _html(
        "kk",
        "Құттықтау",
        """<section>
  <h2>Шахматтан облыс чемпионы</h2>
  <p>Кафедра ұжымы мен топтастары облыстық шахмат турнирінде бірінші орын алған 2-курс студенті Тимур Әлиевті шын жүректен құттықтайды!</p>
  <p>Турнирге 60-тан астам шахматшы қатысып, жеті турдың нәтижесінде біздің студент бірде-бір ұтылмай чемпион атанды.</p>
</section>
""",
    ),
)

# ================================================================ POSITIVES ru
_add(
    "r27-award-dative-fullname-ru.md",
    "person-name",
    "name-ru-dative-surname-first",
    "body",
    "ru",
    "Ахметовой Айгерим Маратовне",
    "private student's full name (surname first) in Russian dative case",
    """# Благодарственные письма волонтёрам

По итогам Недели добрых дел ректорат отметил студентов, которые помогали организовать благотворительный концерт.

Благодарственное письмо вручено Ахметовой Айгерим Маратовне, студентке второго курса образовательной программы «Маркетинг», за координацию работы волонтёров.

Собранные на концерте средства переданы в детский дом города Астаны.
""",
)

_add(
    "r28-watchman-name-patronymic-ru.md",
    "person-name",
    "name-ru-given-patronymic-dative",
    "body",
    "ru",
    "Сергею Петровичу",
    "non-official staff member by given name + patronymic in dative case",
    """# Спасибо за неравнодушие

Студенты общежития № 1 попросили редакцию передать слова благодарности.

Особую признательность выражаем вахтёру Сергею Петровичу, который в морозную ночь помог первокурснику, потерявшему ключи и телефон, дозвониться до родных и устроил его на ночлег в комнате отдыха.

«Такие люди делают общежитие настоящим домом», — пишут ребята.
""",
)

_add(
    "r29-diminutive-ru.md",
    "person-name",
    "name-ru-diminutive",
    "body",
    "ru",
    "Саша Иванов",
    "private student's diminutive first name + surname",
    """# Первокурсник собрал робота из конструктора

На выставке технического творчества больше всего внимания привлёк робот-сортировщик мусора. Его автор — первокурсник Саша Иванов, который собрал устройство из школьного конструктора и старых датчиков.

Робот умеет отличать пластик от бумаги по цвету и весу. Преподаватели кафедры предложили студенту доработать проект до участия в республиканском конкурсе.
""",
)

_add(
    "r30-studentka-ru.txt",
    "person-name",
    "name-ru-after-studentka",
    "body",
    "ru",
    "Полина Ким",
    "private person's name after 'студентка'",
    """Новости кафедры иностранных языков

В областной олимпиаде по английскому языку среди студентов неязыковых специальностей приняли участие представители восьми вузов.

Второе место заняла студентка Полина Ким, которая всего год назад начала заниматься в разговорном клубе университета.

Поздравляем и желаем новых побед!
""",
)

_add(
    "r31-double-surname-ru.md",
    "person-name",
    "name-ru-double-surname",
    "body",
    "ru",
    "Елена Смирнова-Айтбаева",
    "private teacher (not an official) with a hyphenated double surname",
    """# Мастер-класс по латте-арту

В учебном кафе университета прошёл мастер-класс по приготовлению кофе. Занятие провела выпускница программы «Ресторанное дело» Елена Смирнова-Айтбаева, которая сегодня работает бариста-тренером в сети кофеен.

Участники научились взбивать молоко и рисовать на пенке простые узоры. Следующий мастер-класс будет посвящён заварочному чаю.
""",
)

_add(
    "r32-winners-list-ova-ru.yaml",
    "person-name",
    "name-ru-ova-in-winners-list",
    "yaml-value",
    "ru",
    "Бекова Жанар",
    "private student with an '-ова' surname in a list of winners (YAML text values)",
    """title: "Итоги турнира по интеллектуальным играм"
date: "2024-03-15"
intro: "В финал вышли 12 команд и 20 участников личного зачёта."
results:
  - "1 место — команда «Квант» (факультет информационных технологий)"
  - "2 место — команда «Старт» (экономический факультет)"
  - "Лучший игрок личного зачёта — Бекова Жанар, группа ФК-21"
note: "Награждение состоится на общем собрании факультетов."
""",
)

_add(
    "r33-birthday-date-ru.md",
    "birth-date",
    "birth-date-ru-numeric",
    "body",
    "ru",
    "12.04.2006",
    "private student's numeric birth date in Russian prose",
    """# С днём рождения!

Самой юной участнице нашей команды КВН на днях исполнилось 19 лет. Она родилась 12.04.2006 в Кокшетау и уже на первом курсе стала автором половины шуток команды.

Желаем ей вдохновения, удачи на сессии и победы в осенней лиге!
""",
)

_add(
    "r34-email-ru.md",
    "email",
    "email-ru-prose",
    "body",
    "ru",
    "aigerim.s@mail.ru",
    "private student's personal e-mail ('пишите ... на')",
    """# Набор в студенческий театр

Студенческий театр «Жас сахна» объявляет набор актёров, звукорежиссёров и художников по костюмам. Опыт не обязателен — главное желание.

По всем вопросам пишите Айгерим на aigerim.s@mail.ru, она руководит театром уже второй год.

Первая репетиция состоится в начале октября.
""",
)

_add(
    "r35-volunteer-phone-ru.txt",
    "phone",
    "phone-ru-plus7",
    "body",
    "ru",
    "+7 705 118 43 27",
    "private volunteer's mobile number in an announcement",
    """Поиск пропавшего котёнка

Из общежития № 3 пропал рыжий котёнок, которого студенты взяли под опеку прошлой зимой. Откликается на кличку Мандарин.

Если вы видели его, пожалуйста, звоните студентке-волонтёру по номеру +7 705 118 43 27 в любое время.

Заранее спасибо!
""",
)

_add(
    "r36-address-kenesary-ru.md",
    "address",
    "address-ru-street-named-after-person",
    "body",
    "ru",
    "г. Астана, ул. Кенесары, д. 40, кв. 112",
    "private student's home address; the street is named after a historical figure",
    """# Студенческий домашний театр

Третьекурсники превратили съёмную квартиру в маленький театр и по выходным показывают спектакли для соседей и друзей.

Ребята проживают по адресу: г. Астана, ул. Кенесары, д. 40, кв. 112, — и, по их словам, соседи только рады таким вечерам.

В ближайшую субботу покажут чеховскую «Шуточку».
""",
)

_add(
    "r37-record-book-ru.txt",
    "student-id",
    "student-id-ru-zachetka",
    "body",
    "ru",
    "21Б0456",
    "private student's record-book number",
    """Объявление деканата

В деканате находится зачётная книжка, оставленная после экзамена по высшей математике.

Номер зачетки 21Б0456. Владельцу необходимо забрать её до конца недели в кабинете деканата.
""",
)

_add(
    "r38-lost-passport-ru.md",
    "id-document",
    "passport-ru-notice",
    "body",
    "ru",
    "N09876543",
    "private person's passport number in a lost-document notice",
    """# Утерянный документ

Студентом магистратуры утерян паспорт гражданина Республики Казахстан № N09876543, выданный МВД РК.

Документ считать недействительным. Нашедших просим вернуть паспорт в отдел регистрации университета.
""",
)

_add(
    "r39-iin-ru.txt",
    "iin",
    "iin-ru-prose",
    "body",
    "ru",
    IIN_RU,
    "valid IIN of a private student in Russian prose",
    f"""Информация для студентов-грантников

При проверке списков на выплату стипендии обнаружена ошибка в номере банковского счёта.

Студенту с ИИН {IIN_RU} необходимо до 25 числа предоставить в бухгалтерию справку из банка с реквизитами.

Без справки стипендия за текущий месяц не будет перечислена.
""",
)

_add(
    "r40-telegram-handle-ru.md",
    "social-handle",
    "handle-ru-telegram",
    "body",
    "ru",
    "@dima_kz_2004",
    "private student's Telegram handle",
    """# Клуб настольных игр

В библиотеке по четвергам собирается клуб настольных игр: «Каркассон», «Мафия», шахматы и многое другое. Приходить можно со своими играми.

Чтобы попасть в чат клуба, напишите организатору в Telegram: @dima_kz_2004.

Вход свободный, нужен только студенческий билет.
""",
)

_add(
    "r41-obituary-lab-ru.html",
    "person-name",
    "name-ru-obituary-staff",
    "body",
    "ru",
    "Галина Ивановна Шевчук",
    "obituary of a non-official staff member (lab assistant), full name with patronymic",
    _html(
        "ru",
        "Память",
        """<article>
  <h1>Светлая память</h1>
  <p>На 72-м году жизни скончалась Галина Ивановна Шевчук, много лет проработавшая лаборантом кафедры химии.</p>
  <p>Её знали несколько поколений студентов: она всегда помогала с лабораторными работами и угощала чаем тех, кто засиживался допоздна.</p>
  <p>Коллектив университета выражает глубокие соболезнования родным и близким.</p>
</article>
""",
    ),
)

_add(
    "r42-applicant-instrumental-ru.md",
    "person-name",
    "name-ru-instrumental",
    "body",
    "ru",
    "Тимуром Нургалиевым",
    "private applicant's name in Russian instrumental case",
    """# Абитуриент из Жезказгана

Мы поговорили с абитуриентом Тимуром Нургалиевым, который приехал на День открытых дверей за 500 километров.

— Почему вы выбрали наш университет?
— Брат учился здесь на технолога, и ему сразу предложили работу на молочном заводе. Я хочу так же.

— Какие баллы ЕНТ вы ожидаете?
— Надеюсь набрать больше ста.
""",
)

_add(
    "r43-nickname-ru.txt",
    ANY,
    "name-ru-nickname-only",
    "body",
    "ru",
    "Айко",
    "private student referred to only by a diminutive nickname; weakly identifying",
    """Студенческая жизнь

В нашем общежитии каждую пятницу проходят вечера домашней кухни. Главный повар этих вечеров — Айко, как её ласково зовут соседки по этажу.

Она готовит бешбармак по бабушкиному рецепту и учит первокурсников раскатывать тесто.

Присоединяйтесь, приносите свои рецепты!
""",
)

# ================================================================ POSITIVES en
_add(
    "r44-profile-birth-date-en.md",
    "birth-date",
    "birth-date-en-prose",
    "body",
    "en",
    "1 May 2004",
    "private student's birth date in English prose",
    """# Student profile: from Taraz to Tokyo

Our exchange scholar of the year was born on 1 May 2004 in a small village near Taraz. She learned Japanese from anime subtitles and online courses before she ever took a formal class.

This autumn she leaves for a semester at a partner university in Tokyo, where she will study food technology.

"I want to bring home recipes and new ideas," she says.
""",
)

_add(
    "r45-instagram-en.md",
    "social-handle",
    "handle-en-instagram",
    "body",
    "en",
    "@aigerim_s",
    "private student's Instagram handle in English prose",
    """# Baking club goes online

The student baking club has started posting weekly recipes. The club's founder, a second-year student of the Food Technology programme, films every bake herself.

You can follow the recipes on her Instagram @aigerim_s, and the club meets every Wednesday in the training kitchen.

New members are always welcome.
""",
)

_add(
    "r46-exchange-student-en.html",
    "person-name",
    "name-en-transliterated",
    "body",
    "en",
    "Dias Omarov",
    "private exchange student's transliterated Kazakh name",
    _html(
        "en",
        "Exchange semester",
        """<article>
  <h1>A semester in Poland</h1>
  <p>Exchange student Dias Omarov has returned from a semester at a partner university in Poznań, where he studied logistics and supply-chain management.</p>
  <p>He says the most useful part was a group project with a local warehouse company. He now plans to write his thesis on cold-chain logistics in Kazakhstan.</p>
</article>
""",
    ),
)

_add(
    "r47-whatsapp-en.txt",
    "phone",
    "phone-en-whatsapp",
    "body",
    "en",
    "+7 747 562 19 08",
    "private student's WhatsApp number in English prose",
    """Roommate wanted

A fourth-year student is looking for a roommate to share a two-room flat ten minutes from the main building. Non-smokers only, quiet study evenings preferred.

Message her on WhatsApp +7 747 562 19 08 after 6 pm.
""",
)

_add(
    "r48-club-contact-en.json",
    "email",
    "email-en-json-value",
    "json-value",
    "en",
    "madina.t2002@gmail.com",
    "private student's personal e-mail inside a JSON text value",
    "{\n"
    '  "section": "clubs",\n'
    '  "title": "Debate club recruits new members",\n'
    '  "body": "The English debate club meets on Fridays at 4 pm. If you would like to join, '
    'reach Madina, the club captain, at madina.t2002@gmail.com before the end of September.",\n'
    '  "lang": "en"\n'
    "}\n",
)

_add(
    "r49-address-abai-ave-en.md",
    "address",
    "address-en-street-named-after-person",
    "body",
    "en",
    "15 Abai Avenue, apt. 37, Kokshetau",
    "private student's home address; the avenue is named after a public figure",
    """# Home-grown start-up

A third-year student runs a small 3D-printing business from her parents' flat. Orders come from schools and local shops.

The family lives at 15 Abai Avenue, apt. 37, Kokshetau, and the spare bedroom has become a workshop with four printers.

She plans to register the business officially after graduation.
""",
)

_add(
    "r50-testimonial-en.html",
    "person-name",
    "name-en-testimonial-initial",
    "signature",
    "en",
    "Zhanel K.",
    "testimonial signed with a private student's first name + surname initial",
    _html(
        "en",
        "Testimonials",
        """<section class="testimonials">
  <blockquote>
    <p>"The internship programme got me my first real job. My supervisor at the bank still calls me for advice on the reports we built together."</p>
    <footer>— Zhanel K., 3rd-year student</footer>
  </blockquote>
</section>
""",
    ),
)

_add(
    "r51-student-id-en.txt",
    "student-id",
    "student-id-en-prose",
    "body",
    "en",
    "22B1134",
    "private student's ID number in English prose",
    """Library notice

A laptop was left in reading room 2 on Tuesday evening. It has a sticker with the owner's student ID 22B1134 on the lid.

The owner can collect it from the library front desk with an identity document.
""",
)

_add(
    "r52-father-name-en.md",
    "person-name",
    "name-en-after-father",
    "body",
    "en",
    "Marat Seitkali",
    "private parent named after 'her father'",
    """# Graduation day: a family celebration

Among the guests at this year's graduation ceremony was a family that travelled 1,000 kilometres by bus.

"I never went to university myself," said her father, Marat Seitkali, a bus driver from Taraz. "Today my daughter got a diploma with honours."

The graduate will start work at a food-processing plant in Astana next month.
""",
)

_add(
    "r53-charity-card-en.md",
    "bank-card",
    "card-en-prose",
    "body",
    "en",
    _group4(CARD_EN),
    "private person's payment card number (Luhn-valid) in an appeal",
    f"""# Help for a student's family

A fire destroyed the house of one of our first-year students in the Akmola region last week. Nobody was hurt, but the family lost almost everything.

If you would like to help, you can send money to his mother's card {_group4(CARD_EN)}.

The Student Council will also collect warm clothes in room 104 until Friday.
""",
)

_add(
    "r54-iban-en.txt",
    "iban",
    "iban-en-prose",
    "body",
    "en",
    IBAN_EN,
    "private person's KZ IBAN in an English appeal",
    f"""Support for a graduate's treatment

Our 2018 graduate needs surgery abroad. Classmates have organised a fundraiser.

Donations can be transferred to the personal account of his wife, IBAN {IBAN_EN}.

Thank you for your kindness.
""",
)

_add(
    "r55-obituary-en.md",
    "person-name",
    "name-en-obituary-staff",
    "body",
    "en",
    "Nina Pavlovna Koval",
    "obituary of non-official staff, full name with patronymic in English",
    """# In memory

It is with great sadness that we announce the death of Nina Pavlovna Koval, who worked as a senior laboratory assistant at the Department of Food Safety for 25 years.

Generations of students remember her patience and her famous lab-safety briefings. Our deepest condolences go to her family.
""",
)

_add(
    "r56-lost-passport-en.txt",
    "id-document",
    "passport-en-notice",
    "body",
    "en",
    "N12839475",
    "private person's passport number in an English notice",
    """Lost document

An international student has lost a Kazakhstan residence-permit folder containing passport number N12839475.

If found, please return it to the International Office in the main building.
""",
)

# ================================================================ LOOK-ALIKES kk
_add(
    "r57-president-address-kk.md",
    None,
    "public-figure-president",
    "body",
    "kk",
    "Қасым-Жомарт Тоқаевтың",
    "the President is a public official; event date and count are not personal",
    """# Мемлекет басшысының Жолдауы талқыланды

2024 жылғы 3 қыркүйекте университеттің мәжіліс залында Мемлекет басшысы Қасым-Жомарт Тоқаевтың Қазақстан халқына Жолдауын талқылауға арналған кездесу өтті.

Жиынды университет ректоры Л.К. Байболова ашып, Жолдаудағы білім беру мен ғылымға қатысты міндеттерге тоқталды. Кездесуге 300-ден астам оқытушы мен студент қатысты.

Талқылау қорытындысы бойынша кафедралар нақты іс-шаралар жоспарын әзірлейді.
""",
)

_add(
    "r58-abai-birthdate-kk.md",
    None,
    "public-figure-birth-date",
    "body",
    "kk",
    "1845 жылы 10 тамызда",
    "birth date of the national poet Abai (public historical figure), in the same form as a private birth date",
    """# «Абай оқулары» – 2024

Университетте дәстүрлі «Абай оқулары» байқауы өтті. Студенттер ұлы ақынның өлеңдері мен қара сөздерін жатқа оқып, ән-романстарын орындады.

Абай Құнанбайұлы 1845 жылы 10 тамызда Шыңғыстау баурайында дүниеге келген. Ақынның «Ғылымды іздеп, дүниені көздеп» деген өсиеті бүгінгі жастар үшін де өзекті.

Байқау жеңімпаздары Абай атындағы сыйлықпен марапатталды.
""",
)

_add(
    "r59-library-exhibition-kk.md",
    None,
    "public-works-of-art",
    "body",
    "kk",
    "«Абай жолы»",
    "titles of literary works and films that contain personal names",
    """# Кітапханада жаңа көрме

Ғылыми кітапханада Мұхтар Әуезовтің шығармашылығына арналған кітап көрмесі ашылды. Көрмеде «Абай жолы» роман-эпопеясының әр жылдардағы басылымдары, «Қараш-Қараш оқиғасы» мен «Көксерек» әңгімелері қойылған.

Сондай-ақ, кітапхананың медиазалында «Қыз Жібек» фильмі көрсетіледі.

Көрме бір ай бойы жұмыс істейді.
""",
)

_add(
    "r60-named-places-kk.md",
    None,
    "public-eponymous-places",
    "body",
    "kk",
    "Гумилев атындағы",
    "institutions and streets named after public figures",
    """# Университетаралық спартакиада

Астана қаласының жоғары оқу орындары арасындағы спартакиада Гумилев атындағы Еуразия ұлттық университетінің спорт кешенінде өтті. Сайысқа Қ. Құлажанов атындағы Қазақ технология және бизнес университетінің құрамасы да қатысты.

Жарыс күні Абай даңғылы мен Сарыарқа даңғылының қиылысында қозғалыс уақытша шектелді.

Құрамамыз жалпы есепте үшінші орын алды.
""",
)

_add(
    "r61-names-as-words-kk.md",
    None,
    "public-names-as-common-words",
    "body",
    "kk",
    "бақыт",
    "words that are also personal names used as ordinary nouns (flower, happiness, star, light)",
    """# Көктемгі экологиялық экспедиция

Биология үйірмесінің мүшелері көктемде таулы аймаққа экспедицияға шықты. Олар сирек кездесетін айгүл гүлін алғаш рет өз көздерімен көрді.

«Табиғатпен етене араласу – үлкен бақыт», – деді үйірме жетекшісі. Түнде балалар аспандағы әр жұлдызды санап, таңғы күннің нұрын тауда қарсы алды.

Экспедиция материалдары негізінде фотокөрме ұйымдастырылады.
""",
)

_add(
    "r62-nauryz-kk.txt",
    None,
    "public-holiday-and-dates",
    "body",
    "kk",
    "Наурыз",
    "public holiday and event dates, not personal",
    """Наурыз мерекесі

Университетте Наурыз мейрамы кең көлемде тойланды. 2024 жылғы 20 наурызда бас корпустың алдында киіз үйлер тігіліп, наурыз көже таратылды.

Студенттер ұлттық ойындардан жарысып, «Қыз Жібек» операсынан үзінді қойды.

Мереке 21–23 наурыз аралығындағы демалыс күндерінің алдында өтті.
""",
)

_add(
    "r63-rector-eponym-kk.md",
    None,
    "public-officials-rector-eponym",
    "body",
    "kk",
    "Л.К. Байболова",
    "the rector (public official) and the eponym of the university",
    """# Түлектерге диплом табысталды

2024 жылғы 28 маусымда Қ. Құлажанов атындағы Қазақ технология және бизнес университетінде салтанатты диплом тапсыру рәсімі өтті.

Университет ректоры Л.К. Байболова түлектерді құттықтап, оларға кәсіби жолда табыс тіледі. Биыл 1 250 түлек диплом алды, оның 180-і үздік диплом иегері.

Рәсім университет әнұранымен аяқталды.
""",
)

_add(
    "r64-contacts-kk.html",
    None,
    "public-institutional-contacts",
    "body",
    "kk",
    "+7 (7172) 57 88 15",
    "university's institutional phones and role mailboxes",
    _html(
        "kk",
        "Байланыс",
        """<section>
  <h1>Қабылдау комиссиясы</h1>
  <p>Құжат қабылдау 20 маусымнан 25 тамызға дейін бас корпустың 104-аудиториясында жүргізіледі.</p>
  <p>Анықтама телефоны: +7 (7172) 57 88 15, ұялы: +7 708 425 06 60.</p>
  <p>Электрондық пошта: admissions@example.org. Жалпы сұрақтар бойынша office@example.org мекенжайына жазыңыздар.</p>
</section>
""",
    ),
)

_add(
    "r65-anniversary-counts-kk.md",
    None,
    "public-ages-and-counts",
    "body",
    "kk",
    "университетке 65 жыл",
    "age of the institution and counts; no person",
    """# Мерейтой қарсаңында

Биыл университетке 65 жыл толады. Осы жылдар ішінде оқу орны 40 мыңнан астам маман даярлады.

Қазір мұнда 1 250 студент бірінші курста оқиды, ал жалпы контингент 8 000 адамнан асады. Университетте 300-ден астам оқытушы еңбек етеді, олардың 45 пайызы ғылыми дәрежелі.

Мерейтойлық іс-шаралар қазан айында өтеді.
""",
)

_add(
    "r66-fees-codes-kk.txt",
    None,
    "public-fees-rooms-codes",
    "body",
    "kk",
    "6B04101",
    "programme codes, tuition fee, room numbers — administrative numbers, not personal",
    """Оқу ақысы туралы ақпарат

2024–2025 оқу жылында 6B04101 «Экономика» білім беру бағдарламасы бойынша оқу ақысы жылына 1 250 000 теңгені құрайды.

6B07201 «Тамақ өнімдерінің технологиясы» бағдарламасы бойынша – 1 100 000 теңге.

Төлем бойынша кеңесті бас корпустың 215-аудиториясынан алуға болады. Келісімшарт нөмірі ретінде сізге 2024/0315 форматындағы нөмір беріледі.
""",
)

_add(
    "r67-alash-kk.md",
    None,
    "public-historical-figures",
    "body",
    "kk",
    "Әлихан Бөкейхан",
    "historical public figures (Alash leaders, poets)",
    """# Алаш зиялыларын еске алу

Тарих кафедрасы «Алаш мұрасы» атты дөңгелек үстел өткізді. Студенттер Әлихан Бөкейхан, Ахмет Байтұрсынұлы және Міржақып Дулатұлының қоғамдық қызметі туралы баяндама жасады.

Шәкәрім Құдайбердіұлының «Үш анық» еңбегінен үзінділер оқылып, ақынның философиялық көзқарасы талқыланды.

Іс-шара соңында студенттерге Алаш қайраткерлері туралы кітаптар сыйға тартылды.
""",
)

_add(
    "r68-wise-star-words-kk.md",
    None,
    "public-names-as-common-words",
    "body",
    "kk",
    "Дана",
    "'дана' (wise), 'Жұлдыз' (star, as a title), 'Сұлу' used as words, not as persons",
    """# Ақыл-ой сайысы

Дана халқымыз «Білім – таусылмас кен» деп бекер айтпаған. Осы қағиданы басшылыққа алған студенттер клубы «Жас Жұлдыз» интеллектуалдық сайысын ұйымдастырды.

Сайыс «Сұлу сөз», «Дана ойлар» және «Тапқыр жауап» кезеңдерінен тұрды. Жеңімпаз команда келесі маусымда қалалық лигаға қатысады.
""",
)

# ================================================================ LOOK-ALIKES ru
_add(
    "r69-faith-hope-love-ru.md",
    None,
    "public-names-as-common-words",
    "body",
    "ru",
    "Надежда",
    "'вера', 'надежда', 'любовь' used as common nouns (capitalised at sentence start)",
    """# Слово психолога перед сессией

Сессия — время, когда особенно важна вера в себя. Надежда на удачу — плохой помощник, а вот системная подготовка работает всегда.

Любовь к профессии начинается с маленьких побед: сданного зачёта, понятой темы, решённой задачи.

Психологическая служба университета работает ежедневно в кабинете 118.
""",
)

_add(
    "r70-victory-day-ru.md",
    None,
    "public-holiday-and-dates",
    "body",
    "ru",
    "9 мая 1945 года",
    "holiday 'Победа' and historical dates, not personal",
    """# День Победы

В преддверии Дня Победы студенты университета возложили цветы к Вечному огню. Митинг прошёл 8 мая у монумента «Отан қорғаушылар».

Победа, одержанная 9 мая 1945 года, стоила миллионов жизней. Студенты исполнили песни военных лет и прочитали стихи.

В музее университета открылась выставка писем с фронта.
""",
)

_add(
    "r71-rector-contacts-ru.txt",
    None,
    "public-officials-and-contacts",
    "body",
    "ru",
    "+7 701 602 53 53",
    "rector (public official) and the university's institutional phone numbers",
    """Приёмная кампания — 2024

Ректор университета Байболова Л.К. провела совещание о ходе приёмной кампании. Документы принимаются до 25 августа.

Телефон приёмной комиссии: +7 701 602 53 53, городской: +7 (7172) 57 88 15.

Электронная почта: admissions@example.org.
""",
)

_add(
    "r72-farabi-ru.md",
    None,
    "public-historical-figures",
    "body",
    "ru",
    "Аль-Фараби",
    "quotes from public historical thinkers",
    """# Неделя философии

Кафедра социально-гуманитарных дисциплин провела неделю философии. Открыла её лекция о наследии Аль-Фараби, которого называют «вторым учителем» после Аристотеля.

Студенты обсуждали трактат «Гражданские политики», а также «Слова назидания» Абая Кунанбаева.

Завершилась неделя студенческими дебатами.
""",
)

_add(
    "r73-event-schedule-ru.md",
    None,
    "public-event-dates-rooms",
    "body",
    "ru",
    "28 апреля 2024 года",
    "event date, time and room number — not personal",
    """# Объявление

28 апреля 2024 года в 10:00 в аудитории 215 состоится научный семинар «Цифровая экономика Казахстана».

Регистрация участников с 9:30 в холле второго этажа. Продолжительность семинара — 3 часа.

Для участия необходимо заполнить форму на сайте до 25.04.2024.
""",
)

_add(
    "r74-programmes-fees-ru.txt",
    None,
    "public-fees-rooms-codes",
    "body",
    "ru",
    "6В07201",
    "programme codes, fees and counts (with Cyrillic В in the code)",
    """Образовательные программы бакалавриата

6В07201 «Технология продовольственных продуктов» — 4 года обучения, стоимость 1 100 000 тенге в год.
6В04102 «Менеджмент» — 4 года, 1 250 000 тенге в год.

В 2024 году выделено 350 государственных грантов. Всего на первый курс зачислено 1 250 студентов.
""",
)

_add(
    "r75-president-ru.md",
    None,
    "public-figure-president",
    "body",
    "ru",
    "Касым-Жомарт Токаев",
    "the President of Kazakhstan (public official)",
    """# Студенты о Послании Президента

Президент Республики Казахстан Касым-Жомарт Токаев в Послании народу Казахстана уделил особое внимание подготовке кадров для цифровой экономики.

На кураторских часах студенты обсудили основные положения документа. Особый интерес вызвала тема развития искусственного интеллекта.
""",
)

_add(
    "r76-opera-nauryz-ru.html",
    None,
    "public-works-of-art",
    "body",
    "ru",
    "Кыз Жибек",
    "titles of operas and holiday names containing personal names",
    _html(
        "ru",
        "Культура",
        """<article>
  <h1>Студенты в театре</h1>
  <p>В рамках проекта «Культурный код» студенты первого курса посетили оперы «Абай» и «Кыз Жибек» в театре «Астана Опера».</p>
  <p>Следующий культпоход запланирован на праздник Наурыз — 21 марта.</p>
</article>
""",
    ),
)

_add(
    "r77-order-license-ru.txt",
    None,
    "public-administrative-numbers",
    "body",
    "ru",
    "Приказ № 145-П от 12.03.2024",
    "order and licence numbers; the licence number starts with KZ but is not an IBAN",
    """Нормативные документы

Приказ № 145-П от 12.03.2024 «О проведении промежуточной аттестации».

Университет осуществляет образовательную деятельность на основании государственной лицензии № KZ36LAA00011387.

Аккредитация образовательных программ действует до 2029 года.
""",
)

_add(
    "r78-bin-ru.md",
    None,
    "public-bin-iin-shaped",
    "body",
    "ru",
    BIN_UNI,
    "BIN of a legal entity (12 digits with valid check digit, 5th digit 4, 'day' 40): not a person's IIN",
    f"""# Реквизиты для оплаты обучения

Получатель: университет.
БИН {BIN_UNI}.
Назначение платежа: оплата за обучение, с указанием ФИО обучающегося и номера договора.

Оплату можно произвести через любое отделение банка или мобильное приложение.
""",
)

_add(
    "r79-uni-address-ru.md",
    None,
    "public-institutional-address",
    "body",
    "ru",
    "ул. Кайыма Мухамедханова, 37А",
    "the university's own postal address (institutional, street named after a scholar)",
    """# Как нас найти

Главный корпус университета расположен по адресу: г. Астана, ул. Кайыма Мухамедханова, 37А.

Добраться можно на автобусах маршрутов № 10, 12 и 40. Ближайшая остановка — «Университет».

Приёмная комиссия работает с 9:00 до 18:00.
""",
)

# ================================================================ LOOK-ALIKES en
_add(
    "r80-thinkers-en.md",
    None,
    "public-historical-figures",
    "body",
    "en",
    "Al-Farabi",
    "public historical figures and the President",
    """# Philosophy week

The week opened with a lecture on Al-Farabi, the medieval thinker known as the "Second Teacher". Students then discussed the Book of Words by Abai Kunanbayev.

The closing debate focused on President Kassym-Jomart Tokayev's address on education and artificial intelligence.
""",
)

_add(
    "r81-words-en.md",
    None,
    "public-names-as-common-words",
    "body",
    "en",
    "Victory Day",
    "holiday names and names used as ordinary words (faith, hope, grace, joy)",
    """# Spring events

The university marked Victory Day with a concert on 8 May. Students sang songs about faith, hope and love, and the choir performed "Amazing Grace".

The Joy of Reading marathon follows next week in the library reading room.
""",
)

_add(
    "r82-contacts-en.html",
    None,
    "public-institutional-contacts",
    "body",
    "en",
    "office@example.org",
    "institutional mailboxes and phones",
    _html(
        "en",
        "Contacts",
        """<section>
  <h1>Contact us</h1>
  <p>General enquiries: office@example.org, phone +7 (7172) 57 88 15.</p>
  <p>Admissions office: admissions@example.org, mobile +7 708 425 06 60 (Mon–Fri, 9:00–18:00).</p>
</section>
""",
    ),
)

_add(
    "r83-schedule-fees-en.txt",
    None,
    "public-event-dates-rooms",
    "body",
    "en",
    "15 September 2024",
    "event dates, room numbers and tuition fees",
    """Orientation week

Orientation for first-year students begins on 15 September 2024 at 10:00 in the assembly hall (room 301).

Tuition for the 2024-2025 academic year is 1 250 000 KZT. Payment deadline: 1 October 2024.

Over 1,250 new students are expected.
""",
)

_add(
    "r84-eponyms-en.md",
    None,
    "public-eponymous-places",
    "body",
    "en",
    "L.N. Gumilyov Eurasian National University",
    "institutions and streets named after public figures; rector as official",
    """# Inter-university hackathon

Teams from L.N. Gumilyov Eurasian National University and Kazakh University of Technology and Business named after K. Kulazhanov met at the hackathon on Abai Avenue.

Rector L.K. Baibolova welcomed the participants. Twenty-four teams competed for 48 hours.
""",
)

_add(
    "r85-faq-en.json",
    None,
    "public-faq-json",
    "json-value",
    "en",
    "admissions@example.org",
    "FAQ answers with institutional mailbox, fees and dates",
    "{\n"
    '  "faq": [\n'
    '    {"q": "When does admission start?", "a": "Documents are accepted from 20 June to 25 August."},\n'
    '    {"q": "How much is tuition?", "a": "From 1 100 000 to 1 250 000 KZT per year depending on the programme."},\n'
    '    {"q": "Whom can I write to?", "a": "Send your questions to admissions@example.org or call +7 (7172) 57 88 15."}\n'
    "  ]\n"
    "}\n",
)

_add(
    "r86-events-kk.yaml",
    None,
    "public-events-yaml",
    "yaml-value",
    "kk",
    "Абай оқулары",
    "events list in YAML text values: holidays, eponymous events, dates",
    """events:
  - title: "Наурыз мерекесі"
    date: "2024-03-20"
    text: "Бас корпустың алдында киіз үйлер тігіледі, наурыз көже таратылады."
  - title: "Абай оқулары"
    date: "2024-08-10"
    text: "Ұлы ақынның туған күніне орай дәстүрлі мәнерлеп оқу байқауы."
  - title: "Тәуелсіздік күні"
    date: "2024-12-16"
    text: "Салтанатты жиын 305-аудиторияда өтеді."
""",
)


# ---------------------------------------------------------------- build
def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    names = [e.name for e in MANIFEST]
    assert len(names) == len(set(names)), "duplicate names"
    out: list[Path] = []
    for e in MANIFEST:
        text = _TEXT[e.name]
        assert e.datum in text, f"datum not in text: {e.name}"
        p = folder / e.name
        p.write_bytes(text.encode("utf-8"))
        out.append(p)
    return sorted(out)


if __name__ == "__main__":
    dest = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/corpus5/prose-out")
    for p in build(dest):
        print(p)
