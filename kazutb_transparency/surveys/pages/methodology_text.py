"""The prose of the methodology page in kk, ru and en (Markdown; {placeholders} filled in)."""

from __future__ import annotations

from kazutb_transparency.surveys.distribution import STEPS
from kazutb_transparency.surveys.pages.labels import fewer_than, kk_ablative

_KK = """
## Деректер қайдан алынады

Сауалнамаларды [каталогта](surveys.md) аталған бөлімшелер университеттің ақпараттық жүйесі
арқылы жүргізеді. Қатысу ерікті. Бастапқы жауаптар ешқашан жарияланбайды және кемінде 5 жыл
сақталады (әдістеме, §7.9); сайтта дербес деректерсіз тек жиынтық көрсеткіштер жарияланады
(§7.5.4). Есептеу ережелері мониторинг және кері байланыс әдістемесінің §7.5.3 тармағынан
алынған.

## Әр көрсеткіш қалай есептеледі

1. **Жарамды жауап** — шкала бойынша 1-ден k-ға дейінгі бүтін сан (k — шкала балдарының
   саны). «Қолданылмайды» (`na`), «жауап беру қиын» (`dk`) және бос жауаптар барлық
   есептеулерден алынып тасталады.
2. **Қайталанған жауаптар.** Бір респондент бір сұраққа бір толқында қайта жауап берсе,
   соңғы жауабы ғана есептеледі.
3. **Кері кодтау.** Теріс тұжырымдалған сұрақтарда шкала аударылады: жауап′ = k + 1 − жауап.
4. **Оң жауап** — шкаланың жоғарғы 40 %-ы, яғни ⌈0,4·k⌉ жоғарғы балл: 5 балдық шкалада
   4–5, 7 балдықта 5–7, 10 балдықта 7–10.
5. **Қанағаттану деңгейі** = оң жауаптар / жарамды жауаптар. Блок пен бүкіл сауалнама
   бойынша барлық сұрақтардың жауаптары біріктіріледі, яғни әр сұрақ өзінің жарамды
   жауаптар санымен өлшенеді.
6. **Респонденттер** — қарастырылатын аяда кемінде бір жарамды жауап берген әртүрлі
   адамдар саны.
7. **Жауап бергендер үлесі** = респонденттер / шақырылғандар. 30 %-дан төмен болса, көрсеткіш
   «жауап бергендер үлесі 30 %-дан төмен» деп белгіленеді: бұл — ерте ескерту көрсеткіші (§9.2).
8. **95 % сенімділік аралығы** — Уилсон аралығы, z = 1,96, n = респонденттер саны:
   (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n). Ол {ci_min} және одан көп
   респондент болғанда ғана көрсетіледі.
9. **Мақсатпен салыстыру.** Мақсатты мән мен шек әр сауалнама (қажет болса, блок) үшін
   белгіленеді. 95 % сенімділік аралығы толығымен мақсаттан төмен болмаса — «мақсатқа
   жетті»; толығымен мақсаттан төмен болса — «мақсатқа жетпеді» (мәні шектен де төмен
   болса — «шектен төмен: түзету әрекеті қажет»); аралық мақсатты қамтыса немесе аралық
   жарияланбаса — «мақсаттан ажыратылмайды».
10. **Динамика** алдыңғы толқынмен салыстырылады. Өзгеріс екі үлестің айырмасына арналған
    екі жақты z-критерийімен тексеріледі (біріктірілген үлес, әр үлес үшін n = респонденттер
    саны): z = (p₁ − p₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)). p < 0,05 болса ғана өзгеріс ↑ өсу
    немесе ↓ төмендеу деп аталады, әйтпесе «статистикалық мәнді өзгеріс жоқ»; екі толқында
    да кемінде {ci_min} респондент болмаса, өзгеріс тексерілмейді. Ашық деректерде әр
    өзгерістің жанында z, p және қорытынды беріледі.
11. **Бөлімше мен университетті салыстыру.** Факультет пен бағдарлама сол толқындағы
    университет көрсеткішімен сол критериймен салыстырылады (NSS пен Discover Uni
    бенчмаркпен айырмашылықты осылай белгілейді): p < 0,05 болса ғана «жоғары» немесе
    «төмен». Бөлімшенің респонденттері университет көрсеткішіне де кіреді, сондықтан
    тексеру сақ (айырмашылықты азырақ табады).
12. **N жылдық динамика** толқындардың күндерінен есептеледі: бірінші және соңғы
    жарияланған толқындар арасындағы толық айлар саны 12-ге бөлінеді. Бір жыл аралықпен
    өткен үш толқын 24 айды, яғни екі жылдық динамиканы қамтиды.

Үлестер үтірден кейін үш таңбаға дейін дөңгелектенеді (0,0005 жоғары қарай) және бір
ондық таңбасы бар пайызбен көрсетіледі.

## Шағын топтарды қорғау

**Бастапқы жасыру.** Респонденттер саны {min_n}-{abl} аз болса, нәтиже жарияланбайды;
кестеде «{fewer}» деп жазылады, ешқашан нөл болып көрсетілмейді.

**Қосымша (екінші) жасыру.** Жарияланған жалпы сомадан жарияланған бөліктерін шегеру
арқылы жасырылған топты есептеп шығаруға болмауы тиіс. Сондықтан әр «жиынтық — бөліктер»
тобында (университет → факультеттер, факультет → бағдарламалар; бір бөлімше ішінде
блок → сұрақтар, бүкіл сауалнама → блоктар) жасырылған бөлік жалғыз болса немесе
жасырылған бөліктер бірігіп {min_n}-{abl} аз респондент құраса, ең аз респонденті бар
жарияланған бөлік те жасырылады; жасырылған жиынтық өзінің жарияланған бөліктерінің
қосындысына тең болмауы үшін де бір бөлік жасырылады. Бұл ереже ештеңе өзгермейінше
барлық топтарға қайта қолданылады. Ережені қолдану үшін ішкі сандар пайдаланылады, бірақ
олар жарияланбайды.

**Жасырылған жолда не көрсетіледі.** Сауалнама, толқын, бөлімше, блок, сұрақ, шақырылғандар
саны және жасыру себебі (бастапқы немесе қосымша). Респонденттер, жарамды жауаптар,
қанағаттану деңгейі, сенімділік аралығы, жауап бергендер үлесі және белгілер бос қалады:
жауап бергендер үлесі × шақырылғандар = респонденттер, ал «жауап бергендер үлесі төмен»
белгісі респонденттер санының жоғарғы шегін береді. Шақырылғандар саны қалдырылады — ол
жауап бергендерді емес, шақырылғандарды санайды.

Сайтты жинау кезінде жарияланатын файл қайта тексеріледі: жасырылған жолдағы сан немесе
жалпы сомадан шегеру арқылы ашылатын топ болса, сайт жарияланбайды.

## Жауаптардың шкала бойынша бөлінуі

Жарияланған әр сұрақ бойынша шкаланың әр балына келетін жарамды жауаптардың үлесі де
беріледі (§7.5.3) — кері кодтаудан кейін, сондықтан ең жоғары балл әрқашан ең жағымды баға.
Бөліну көрсеткішке ереді: сұрақтың жасырылған жолында ол ешқашан болмайды.

Үлестер олар арқылы шағын топты санап шығуға болмайтындай дөңгелектенеді. Олар бір қадамға
еселі: 0,1 %, 0,2 %, 0,5 %, 1 %, 2 %, 5 % және 10 % ішінен бір қадамы кемінде {min_n}
жауапқа тең болатын ең ұсағы алынады (қадам × жарамды жауаптар ≥ {min_n}). Әр балл өзінің
бүтін қадамдарын алады, қалған қадамдар ең үлкен қалдықтарға беріледі, сондықтан үлестердің
қосындысы дәл 100 %. Сондықтан {min_n}-{abl} аз адам таңдаған балл 0 немесе бір қадам болып
көрсетіледі — ешкім таңдамаған немесе бір қадамдық топ таңдаған балл сияқты, ал үлесті
жарамды жауаптар санына көбейту ешбір санды қайтармайды. Жарамды жауаптары {dist_min}-{abl_dist}
аз сұрақ үшін (10 % қадамға тым аз) бөліну берілмейді. Мысалы, ең аз сан 10 және 450 жарамды
жауап болғанда қадам 2 % (9 жауап) емес, 5 % (22,5 жауап) болады.

## Бастапқы деректер

Сапа қызметі сауалнама жүйесінен үш нәрсе алады: жауаптарды (бір жолда бір жауап:
сауалнама, толқын, респонденттің бүркеншік коды, оқу деңгейі, факультет пен бағдарламаның
коды, сұрақ, жауап), сұрақнаманы (әр сұрақтың блогы, шкаласы, кері кодталатыны және үш
тілдегі мәтіні) және әр бөлімшеге шақырылғандар санын. Бүркеншік код — жауап берген адамды
ашпайтын әріптер мен цифрлар; аты-жөні, ЖСН, телефон нөмірі мен e-mail жиналмайды.
Есептеу әр жолды тексереді: белгісіз сауалнама не сұрақ, шкаладан тыс жауап, еркін мәтін
немесе дербес деректерге ұқсайтын мән кездессе, деректер толығымен қабылданбайды және
ештеңе жарияланбайды. Жауаптардың өзі сайтта жарияланбайды: мұнда тек жинақталған
көрсеткіштер мен жауаптардың бөлінуі беріледі.

Толқын — деректер жинау аяқталған ай (мысалы, 2025-06).

## Түсіндірудің шектеулері

- Қатысу ерікті: жауап бергендер барлық шақырылғандардан өзгеше болуы мүмкін; жауап бергендер үлесі
  төмен болғанда нәтижені сақтықпен түсіндіру керек.
- Сенімділік аралығы респонденттер санына негізделген; бір адамның бірнеше жауабы өзара
  байланысты болғандықтан, блоктар мен жалпы көрсеткіш үшін ол жуық шама.
- Жылына екі рет өтетін сауалнамаларда көрші толқындар әртүрлі маусымға келеді.
- Жасырылған топтар жарияланбайтындықтан, факультет көрсеткіштеріне көрсетілмеген
  бағдарламалар да кіреді.

## Кері байланыс циклін тұйықтау

Шектен төмен немесе белгіленген көрсеткіштер бойынша түзету және алдын алу әрекеттері,
жауапты бөлімше, мерзімі мен күйі [түзету әрекеттері](actions.md) бетінде берілген
(§7.5.5).
"""

_RU = """
## Откуда берутся данные

Опросы проводят подразделения, указанные в [каталоге](surveys.md), через информационную
систему университета. Участие добровольное. Первичные ответы никогда не публикуются и
хранятся не менее 5 лет (методика, §7.9); на сайте публикуются только сводные показатели
без персональных данных (§7.5.4). Правила расчёта взяты из §7.5.3 методики мониторинга и
обратной связи.

## Как рассчитывается каждый показатель

1. **Содержательный ответ** — целое число от 1 до k по шкале (k — число баллов шкалы). Ответы
   «не применимо» (`na`), «затрудняюсь ответить» (`dk`) и пропуски исключаются из всех
   расчётов.
2. **Повторные ответы.** Если респондент в одной волне ответил на вопрос повторно,
   учитывается только последний ответ.
3. **Обратное кодирование.** Для отрицательно сформулированных вопросов шкала
   переворачивается: ответ′ = k + 1 − ответ.
4. **Положительный ответ** — верхние 40 % шкалы, то есть ⌈0,4·k⌉ верхних баллов: 4–5 на
   5-балльной шкале, 5–7 на 7-балльной, 7–10 на 10-балльной.
5. **Удовлетворённость** = положительные ответы / содержательные ответы. Для блока и опроса в
   целом ответы на все вопросы объединяются, то есть каждый вопрос взвешивается числом
   своих содержательных ответов.
6. **Респонденты** — число разных людей, давших хотя бы один содержательный ответ в
   рассматриваемой области.
7. **Доля ответивших** = респонденты / приглашённые. Если она ниже 30 %, показатель
   отмечается «доля ответивших ниже 30 %»: это опережающий индикатор риска (§9.2).
8. **95 % доверительный интервал** — интервал Уилсона, z = 1,96, n = число респондентов:
   (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n). Приводится, только если
   респондентов {ci_min} или больше.
9. **Сравнение с целью.** Целевое значение и порог задаются для каждого опроса (при
   необходимости — для блока). Весь 95-процентный доверительный интервал не ниже цели —
   «цель достигнута»; весь интервал ниже цели — «цель не достигнута» (если и само значение
   ниже порога — «ниже порога: нужно корректирующее действие»); интервал включает цель или
   не опубликован — «неотличимо от цели».
10. **Динамика** — сравнение с предыдущей волной. Изменение проверяется двусторонним
    z-критерием разности двух долей (объединённая доля, для каждой доли n = число
    респондентов): z = (p₁ − p₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)). Только при p < 0,05 изменение
    называется ↑ ростом или ↓ снижением, иначе — «статистически значимого изменения нет»;
    если в одной из волн меньше {ci_min} респондентов, изменение не проверяется. Открытые
    данные приводят z, p и вывод рядом с каждым изменением.
11. **Подразделение и университет.** Факультет и программа сравниваются с показателем
    университета той же волны тем же критерием (так NSS и Discover Uni отмечают отличие от
    эталона): «выше» или «ниже» — только при p < 0,05. Респонденты подразделения входят и в
    показатель университета, поэтому проверка осторожна (находит отличия реже).
12. **Динамика за N лет** вычисляется по датам волн: число полных месяцев между первой и
    последней опубликованной волной, делённое на 12. Три волны с интервалом в год
    охватывают 24 месяца, то есть динамику за два года.

Доли округляются до трёх знаков после запятой (0,0005 — вверх) и показываются в процентах
с одним десятичным знаком.

## Защита малых групп

**Первичное скрытие.** Если респондентов меньше {min_n}, результат не публикуется; в
таблице пишется «{fewer}», и скрытое значение никогда не показывается как ноль.

**Вторичное скрытие.** Скрытую группу нельзя вычислить, вычитая опубликованные части из
опубликованного итога. Поэтому в каждой группе «итог — его части» (университет →
факультеты, факультет → программы; внутри подразделения блок → вопросы, опрос в целом →
блоки), если скрыта ровно одна часть или скрытые части вместе дают меньше {min_n}
респондентов, скрывается и опубликованная часть с наименьшим числом респондентов; одна
часть скрывается и тогда, когда скрытый итог равен сумме своих опубликованных частей.
Правило применяется ко всем группам повторно, пока ничего не меняется. Для него
используются внутренние числа, но они не публикуются.

**Что показывает скрытая строка.** Опрос, волну, подразделение, блок, вопрос, число
приглашённых и причину скрытия (первичное или вторичное). Респонденты, содержательные ответы,
удовлетворённость, доверительный интервал, доля ответивших и отметки остаются пустыми:
доля ответивших × приглашённые = респонденты, а отметка «доля ответивших ниже 30 %» даёт
верхнюю границу числа респондентов. Число приглашённых сохраняется — оно считает тех, кого
пригласили, а не тех, кто ответил.

При сборке сайта публикуемый файл проверяется заново: если в скрытой строке есть число или
группу можно вычислить вычитанием из итога, сайт не публикуется.

## Распределение ответов по шкале

Для каждого опубликованного вопроса приводится также доля содержательных ответов на каждом балле
шкалы (§7.5.3) — после обратного кодирования, так что высший балл всегда самый
благоприятный. Распределение следует за показателем: у скрытой строки вопроса его не бывает
никогда.

Доли округляются так, чтобы по ним нельзя было сосчитать малую группу. Они кратны одному
шагу — самому мелкому из 0,1 %, 0,2 %, 0,5 %, 1 %, 2 %, 5 % и 10 %, при котором один шаг
соответствует не менее чем {min_n} ответам (шаг × содержательные ответы ≥ {min_n}). Каждый балл
получает свои целые шаги, оставшиеся шаги достаются наибольшим остаткам, так что доли в
сумме дают ровно 100 %. Поэтому балл, выбранный менее чем {min_n} людьми, показывает 0 или
один шаг — так же, как балл, который не выбрал никто или выбрала группа на целый шаг, и
произведение доли на число содержательных ответов не возвращает ни одного числа. Для вопроса, у
которого меньше {dist_min} содержательных ответов (слишком мало для шага 10 %), распределение не
приводится. Например, при минимуме 10 и 450 содержательных ответах шаг равен 5 % (22,5 ответа), а
не 2 % (9 ответов).

## Исходные данные

Отдел качества получает из системы анкетирования три набора: ответы (одна строка — один
ответ: опрос, волна, псевдоним респондента, уровень обучения, коды факультета и
программы, вопрос, ответ), анкету (для каждого вопроса — блок, шкала, обратное
кодирование и текст на трёх языках) и число приглашённых в каждом подразделении.
Псевдоним — набор букв и цифр, по которому нельзя узнать, кто отвечал; ФИО, ИИН, номера
телефонов и адреса электронной почты не собираются. При расчёте проверяется каждая
строка: если встречается неизвестный опрос или вопрос, ответ вне шкалы, свободный текст
или значение, похожее на персональные данные, выгрузка отклоняется целиком и ничего не
публикуется. Сами ответы на сайте не публикуются — только сводные показатели и
распределения ответов.

Волна — месяц окончания сбора данных (например, 2025-06).

## Ограничения интерпретации

- Участие добровольное: ответившие могут отличаться от всех приглашённых; при низкой доле
  ответивших результат нужно толковать осторожно.
- Доверительный интервал строится по числу респондентов; ответы одного человека связаны
  между собой, поэтому для блоков и опроса в целом он приблизителен.
- У опросов, проводимых дважды в год, соседние волны приходятся на разные сезоны.
- Скрытые группы не публикуются, поэтому показатели факультета включают и программы,
  которые не показаны.

## Замыкание цикла обратной связи

Корректирующие и предупреждающие действия по показателям ниже порога или с отметками,
ответственное подразделение, срок и статус приведены на странице
[корректирующих действий](actions.md) (§7.5.5).
"""

_EN = """
## Where the data come from

The surveys are run by the units named in the [catalogue](surveys.md) through the
university's information system. Taking part is voluntary. Raw answers are never published
and are kept for at least 5 years (methodology, §7.9); the site publishes only aggregated
indicators without personal data (§7.5.4). The computation follows §7.5.3 of the monitoring
and feedback methodology.

## How each figure is computed

1. **Valid answer** — a whole number from 1 to k on the question's scale (k points).
   "Not applicable" (`na`), "hard to say" (`dk`) and missing answers are left out of every
   figure.
2. **Repeated answers.** If a respondent answers the same question again in the same wave,
   only the last answer counts.
3. **Reverse coding.** For negatively worded questions the scale is turned round:
   answer′ = k + 1 − answer.
4. **Positive answer** — the top 40% of the scale, i.e. the top ⌈0.4·k⌉ points: 4–5 on a
   5-point scale, 5–7 on a 7-point scale, 7–10 on a 10-point scale.
5. **Satisfaction** = positive answers / valid answers. For a block and for the whole
   survey the answers to all its questions are pooled, so each question weighs as much as
   its number of valid answers.
6. **Respondents** — the number of different people with at least one valid answer in the
   scope.
7. **Response rate** = respondents / invited. Below 30% the indicator is flagged "response
   rate below 30%", a leading risk indicator (§9.2).
8. **95% confidence interval** — the Wilson interval with z = 1.96 and n = respondents:
   (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n). It is given only from {ci_min}
   respondents.
9. **Against the target.** Each survey (and, where needed, block) has a target and a
   threshold. The whole 95% confidence interval at or above the target — "target met"; the
   whole interval below it — "target not met" (and if the value itself is below the
   threshold, "below threshold: corrective action due"); an interval that contains the
   target, or no published interval — "not distinguishable from the target".
10. **Trend** — compared with the previous wave by the two-sided z-test for the difference
    of two proportions (pooled share, n = respondents for each share):
    z = (p₁ − p₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)). Only a change with p < 0.05 is called ↑ up
    or ↓ down; any other is "no significant change". If either wave has fewer than
    {ci_min} respondents the change is not tested. The open data give z, p and the verdict
    beside each change.
11. **A unit against the university.** Faculties and programmes are compared with the
    university's figure of the same wave by the same test (the way the NSS and Discover Uni
    flag a difference from a benchmark): "above" or "below" only with p < 0.05. A unit's
    respondents are also in the university's figure, so the test is conservative (it finds
    fewer differences).
12. **N-year dynamics** are computed from the waves' dates: the whole months between the
    first and the last published wave, divided by 12. Three waves a year apart span
    24 months, that is two years of dynamics.

Proportions are rounded to three decimals (0.0005 rounds up) and shown as percentages
with one decimal.

## Protecting small groups

**Primary suppression.** With fewer than {min_n} respondents a result is not published;
the table says "{fewer}", and a hidden value is never shown as zero.

**Secondary suppression.** No hidden group may be worked out by subtracting published
parts from a published total. So in every total–parts family (university → faculties,
faculty → programmes; within a unit, block → questions and whole survey → blocks), when
exactly one part is hidden, or the hidden parts together have fewer than {min_n}
respondents, the published part with the fewest respondents is hidden too; a part is also
hidden when a hidden total would equal the sum of its published parts. The rule is
applied to all families again until nothing changes. It uses the internal counts, which
are never published.

**What a hidden row shows.** The survey, wave, unit, block, question, the number invited
and the reason (primary or secondary). Respondents, valid answers, satisfaction, the
confidence interval, the response rate and the flags are left blank: response rate ×
invited = respondents, and the low-response flag gives an upper bound on respondents. The
number invited stays: it counts the people asked, not the people who answered.

When the site is built the published file is checked again: a figure on a hidden row, or a
group that subtraction from a total would reveal, stops publication.

## Distribution of answers over the scale

For every published question the site also gives the share of valid answers at each point
of its scale (§7.5.3), after reverse coding, so that the highest point is always the most
favourable. The distribution follows the indicator: a hidden question row never has one.

The shares are rounded so that no small group can be counted from them. They are multiples
of one step, the finest of 0.1%, 0.2%, 0.5%, 1%, 2%, 5% and 10% at which one step stands
for at least {min_n} answers (step × valid answers ≥ {min_n}). Each point gets its whole
steps and the steps left over go to the largest remainders, so that the shares add up to
exactly 100%. A point chosen by fewer than {min_n} people therefore shows 0 or one step,
just like a point chosen by nobody or by a whole step's worth of people, and share × valid
answers gives back no count. A question with fewer than {dist_min} valid answers (too few
for 10% steps) gets no distribution. For example, with a minimum of 10 and 450 valid
answers the step is 5% (22.5 answers), not 2% (9 answers).

## Source data

The quality office takes three things from the survey system: the answers (one row per
answer: survey, wave, the respondent's pseudonym, level of study, faculty and programme
codes, question, answer), the questionnaire (each question's section, scale, whether it is
reverse-coded, and its text in three languages) and the number of people invited in each
unit. A pseudonym is a string of letters and digits that does not reveal who answered;
names, IINs, phone numbers and e-mail addresses are not collected. Every row is checked:
an unknown survey or question, an answer outside the scale, free text, or any value that
looks like personal data makes the calculation refuse the whole export, and nothing is
published. The answers themselves are never published: the site shows only aggregated
figures and distributions of answers.

A wave is the month data collection closed (e.g. 2025-06).

## Limits of interpretation

- Taking part is voluntary: those who answer may differ from all who were invited; with a
  low response rate, read the result with care.
- The confidence interval is based on the number of respondents; one person's answers are
  related, so for blocks and whole surveys it is an approximation.
- For twice-yearly surveys, neighbouring waves fall in different seasons.
- Hidden groups are not published, so a faculty's figures also include programmes that are
  not shown.

## Closing the loop

Corrective and preventive actions on indicators below their threshold or flagged, with
the responsible unit, due date and status, are on the [corrective actions](actions.md)
page (§7.5.5).
"""

_TEXT = {"kk": _KK, "ru": _RU, "en": _EN}
TITLE = {
    "kk": "Сауалнама көрсеткіштерінің әдістемесі",
    "ru": "Методика показателей опросов",
    "en": "Methodology of the survey indicators",
}


def methodology_markdown(lang: str, min_n: int, ci_min: int) -> str:
    dist_min = min_n * 1000 // STEPS[-1]  # the fewest valid answers with a distribution
    return (
        _TEXT[lang]
        .format(
            min_n=min_n,
            abl=kk_ablative(min_n),
            fewer=fewer_than(min_n, lang),
            ci_min=ci_min,
            dist_min=dist_min,
            abl_dist=kk_ablative(dist_min),
        )
        .strip()
    )
