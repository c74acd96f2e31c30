"""Corpus 3: how real producers (Word, Excel, LibreOffice, PDF writers, cameras/editors) write a datum.

Each positive file holds exactly one personal datum of a (fictional) private person;
category None files hold only public look-alikes in the same producer parts.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

from . import _fmt as F

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


# ----------------------------------------------------------------- the data
IIN_A = F.make_iin("88071540012")  # female, 1988-07-15
IIN_B = F.make_iin("01030550012")  # male, 2001-03-05 (leading zero)
IIN_C = F.make_iin("95112240034")  # female, 1995-11-22
IIN_D = F.make_iin("03021860078")  # female, 2003-02-18
IIN_E = F.make_iin("99040330045")  # male, 1999-04-03
BIN_U = F.make_iin("12034000567")  # legal entity BIN (5th digit 4)
CARD = F.luhn_complete("440043010234567")
IBAN = F.kz_iban("125KZT1001300335")


def isbn13(d12: str) -> str:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


ISBN = isbn13("978601792511")
ISBN_H = f"{ISBN[:3]}-{ISBN[3:6]}-{ISBN[6:10]}-{ISBN[10:12]}-{ISBN[12]}"

PUB = {
    "kk": "6B04101 «Есеп және аудит» білім беру бағдарламасы, 2024–2025 оқу жылы. Аудитория 305, оқу ақысы 1 650 000 ₸.",
    "ru": "Образовательная программа 6B04101 «Учёт и аудит», 2024–2025 учебный год. Аудитория 305, стоимость 1 650 000 ₸.",
    "en": "Programme 6B06101 Information Systems, academic year 2024–2025, room 214, tuition 1 650 000 ₸.",
}
PUB_LAT = {  # for base-14 PDF fonts
    "kk": "6B04101 Esep zhane audit, 2024-2025 oqu zhyly. Auditoriya 305.",
    "ru": "Obrazovatelnaya programma 6B04101, 2024-2025 uchebnyi god. Auditoriya 305.",
    "en": "Programme 6B06101 Information Systems, academic year 2024-2025, room 214.",
}

ITEMS: list[tuple[Entry, object]] = []


def item(name, category, cls, part, lang, datum, reason):
    def deco(fn):
        ITEMS.append((Entry(name, category, cls, part, lang, datum, reason), fn))
        return fn

    return deco


W = F.wr
WP = F.wp


def dpub(lang):
    return F.wpara(PUB[lang])


# ======================================================================= DOCX
@item(
    "p01-docx-name-rsid-prooferr-ru.docx",
    "person-name",
    "docx-runs",
    "word/document.xml runs",
    "ru",
    "Ахметов Ерлан Серикович",
    "surname split into two runs with different rsid and a w:proofErr between",
)
def _():
    return F.docx(
        dpub("ru")
        + WP(
            W("Куратор группы ВТ-21: "),
            W("Ахме", rsid="00A1B2C3"),
            '<w:proofErr w:type="spellStart"/>',
            W("тов", "<w:b/>", rsid="00D4E5F6"),
            '<w:proofErr w:type="spellEnd"/>',
            W(" Ерлан ", rsid="00D4E5F6"),
            W("Серикович", "<w:i/>", rsid="0077AA11"),
            W("."),
        )
    )


@item(
    "p02-docx-phone-bookmark-kk.docx",
    "phone",
    "docx-runs",
    "word/document.xml runs + bookmark",
    "kk",
    "+7 747 915 20 38",
    "phone split by a w:bookmarkStart/End pair between runs",
)
def _():
    return F.docx(
        dpub("kk")
        + WP(
            W("Эдвайзердің жеке телефоны: +7 747 "),
            '<w:bookmarkStart w:id="0" w:name="_GoBack"/>',
            W("915 20"),
            '<w:bookmarkEnd w:id="0"/>',
            W(" 38"),
        )
    )


@item(
    "p03-docx-email-instrtext-hyperlink-en.docx",
    "email",
    "docx-runs",
    "w:instrText HYPERLINK field code",
    "en",
    "dana.zh2004@yandex.kz",
    "address only in the field instruction; displayed text is a generic label",
)
def _():
    return F.docx(
        dpub("en")
        + WP(
            W("Thesis questions: "),
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            '<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:dana.zh2004@yandex.kz" </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            W("write to the student", '<w:rStyle w:val="Hyperlink"/>'),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        )
    )


@item(
    "p04-docx-email-fldsimple-ru.docx",
    "email",
    "docx-runs",
    "w:fldSimple w:instr + result run",
    "ru",
    "e.akhmetov@mail.ru",
    "simple field HYPERLINK mailto with the address split into two result runs",
)
def _():
    return F.docx(
        dpub("ru")
        + WP(
            W("Почта старосты: "),
            '<w:fldSimple w:instr=" HYPERLINK &quot;mailto:e.akhmetov@mail.ru&quot; ">',
            W("e.akhmetov"),
            W("@mail.ru", '<w:u w:val="single"/>'),
            "</w:fldSimple>",
        )
    )


@item(
    "p05-docx-email-hyperlink-rel-kk.docx",
    "email",
    "docx-runs",
    "word/_rels/document.xml.rels mailto target",
    "kk",
    "aigerim.sadykova88@gmail.com",
    "w:hyperlink r:id whose external target in the rels part is the only copy",
)
def _():
    rel = (
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
        'Target="mailto:aigerim.sadykova88@gmail.com" TargetMode="External"/>'
    )
    return F.docx(
        dpub("kk")
        + WP(
            W("Сұрақтар бойынша: "),
            '<w:hyperlink r:id="rId9" w:history="1">',
            W("электрондық пошта", '<w:rStyle w:val="Hyperlink"/>'),
            "</w:hyperlink>",
        ),
        rels_extra=rel,
    )


@item(
    "p06-docx-iin-sdt-kk.docx",
    "iin",
    "docx-runs",
    "w:sdt content control value",
    "kk",
    IIN_C,
    "IIN typed into a block content control tagged ЖСН, split in two runs",
)
def _():
    return F.docx(
        dpub("kk")
        + WP(W("Өтініш берушінің ЖСН:"))
        + '<w:sdt><w:sdtPr><w:alias w:val="ЖСН"/><w:tag w:val="iin"/><w:id w:val="-1204"/></w:sdtPr>'
        "<w:sdtContent>" + WP(W(IIN_C[:6]), W(IIN_C[6:], "<w:b/>")) + "</w:sdtContent></w:sdt>"
    )


@item(
    "p07-docx-phone-sdt-inline-en.docx",
    "phone",
    "docx-runs",
    "inline w:sdt content control",
    "en",
    "+7 705 118 44 90",
    "run-level content control holding the applicant's mobile",
)
def _():
    return F.docx(
        dpub("en")
        + WP(
            W("Applicant mobile: "),
            '<w:sdt><w:sdtPr><w:alias w:val="Mobile"/><w:tag w:val="phone"/><w:text/></w:sdtPr><w:sdtContent>',
            W("+7 705 118 44 90"),
            "</w:sdtContent></w:sdt>",
        )
    )


@item(
    "p08-docx-name-smarttag-ru.docx",
    "person-name",
    "docx-runs",
    "w:smartTag PersonName",
    "ru",
    "Петрова Анна Викторовна",
    "legacy Word smart tag around a name split in three runs",
)
def _():
    return F.docx(
        dpub("ru")
        + WP(
            W("Ответственный за практику студент: "),
            '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
            '<w:smartTagPr><w:attr w:name="ProductID" w:val="Петрова"/></w:smartTagPr>',
            W("Петрова "),
            W("Анна "),
            W("Викторовна"),
            "</w:smartTag>",
        )
    )


def _table(rows):
    out = '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
    for row in rows:
        out += (
            "<w:tr>"
            + "".join(
                f'<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{WP(*c)}</w:tc>'
                for c in row
            )
            + "</w:tr>"
        )
    return out + "</w:tbl>"


@item(
    "p09-docx-iban-tablecell-two-runs-en.docx",
    "iban",
    "docx-runs",
    "table cell, two runs",
    "en",
    IBAN,
    "student refund IBAN in a table cell split into two runs",
)
def _():
    return F.docx(
        dpub("en")
        + _table(
            [
                [[W("Field")], [W("Value")]],
                [[W("Programme")], [W("6B06101")]],
                [
                    [W("Refund account (IBAN)")],
                    [W(IBAN[:10], rsid="00112233"), W(IBAN[10:], rsid="00445566")],
                ],
            ]
        )
        + F.wpara("")
    )


@item(
    "p10-docx-iin-tablecell-two-runs-kk.docx",
    "iin",
    "docx-runs",
    "table cell, two runs",
    "kk",
    IIN_A,
    "IIN in a table cell split into two runs with different formatting",
)
def _():
    return F.docx(
        dpub("kk")
        + _table(
            [
                [[W("Өріс")], [W("Мәні")]],
                [[W("Бағдарлама")], [W("6B04101")]],
                [[W("ЖСН")], [W(IIN_A[:7]), W(IIN_A[7:], '<w:color w:val="1F4E79"/>')]],
            ]
        )
        + F.wpara("")
    )


@item(
    "p11-docx-phone-tab-ru.docx",
    "phone",
    "docx-runs",
    "w:tab inside phone",
    "ru",
    "8 (777) 312-45-67",
    "a w:tab element between the area code and the number",
)
def _():
    return F.docx(
        dpub("ru") + WP(W("Моб. тел. студента: 8 (777)"), "<w:r><w:tab/></w:r>", W("312-45-67"))
    )


@item(
    "p12-docx-phone-br-en.docx",
    "phone",
    "docx-runs",
    "w:br inside phone",
    "en",
    "+7 701 234 56 78",
    "a line break element inside the phone number run",
)
def _():
    return F.docx(
        dpub("en")
        + WP(
            W("Emergency contact (student's mother): "),
            '<w:r><w:t xml:space="preserve">+7 701 234</w:t><w:br/><w:t xml:space="preserve">56 78</w:t></w:r>',
        )
    )


@item(
    "p13-docx-phone-nbsp-kk.docx",
    "phone",
    "docx-runs",
    "non-breaking spaces inside phone",
    "kk",
    "+7\u00a0776\u00a0402\u00a019\u00a083",
    "phone with U+00A0 between groups (Word Ctrl+Shift+Space)",
)
def _():
    return F.docx(
        dpub("kk") + WP(W("Студенттің ұялы телефоны: +7\u00a0776\u00a0402\u00a019\u00a083"))
    )


@item(
    "p14-docx-card-softhyphen-en.docx",
    "bank-card",
    "docx-runs",
    "U+00AD soft hyphens inside card number",
    "en",
    CARD,
    "card number with soft hyphens between groups",
)
def _():
    c = "\u00ad".join(CARD[i : i + 4] for i in range(0, 16, 4))
    return F.docx(dpub("en") + WP(W("Scholarship payout card: "), W(c)))


@item(
    "p15-docx-name-softhyphen-element-ru.docx",
    "person-name",
    "docx-runs",
    "w:softHyphen element in name",
    "ru",
    "Төлегенов Ерлан Бауыржанович",
    "optional hyphen element inside the surname, runs split around it",
)
def _():
    return F.docx(
        dpub("ru")
        + WP(
            W("Отчисленный студент: Төлеге"),
            "<w:r><w:softHyphen/></w:r>",
            W("нов Ерлан Бауыржанович"),
        )
    )


# ======================================================================= XLSX
def _c(ref, s_idx, style=None):
    st = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}" t="s"{st}><v>{s_idx}</v></c>'


def _rows(*rows):
    out = "<sheetData>"
    for i, cells in enumerate(rows, 1):
        out += f'<row r="{i}">' + "".join(cells) + "</row>"
    return out + "</sheetData>"


@item(
    "p16-xlsx-name-richtext-kk.xlsx",
    "person-name",
    "xlsx-producers",
    "sharedStrings rich-text runs",
    "kk",
    "Жанар Серікқызы Омарова",
    "name split over three <r> runs with different fonts",
)
def _():
    sh = [
        F.si_plain("Бағдарлама"),
        F.si_plain("6B04101"),
        F.si_plain("Топ жетекшісі"),
        F.si_rich(
            ("Жанар ", '<b/><sz val="11"/><rFont val="Calibri"/>'),
            ("Серікқызы ", '<sz val="11"/><rFont val="Calibri"/>'),
            ("Омарова", '<i/><sz val="11"/><rFont val="Calibri"/>'),
        ),
    ]
    return F.xlsx(_rows([_c("A1", 0), _c("B1", 1)], [_c("A2", 2), _c("B2", 3)]), sh)


@item(
    "p17-xlsx-phone-richtext-ru.xlsx",
    "phone",
    "xlsx-producers",
    "sharedStrings rich-text runs",
    "ru",
    "+7 747 915 20 38",
    "phone split over rich-text runs (country code bold)",
)
def _():
    sh = [
        F.si_plain("Аудитория"),
        F.si_plain("305"),
        F.si_plain("Телефон студента"),
        F.si_rich(("+7 ", "<b/>"), ("747 915", ""), (" 20 38", '<color rgb="FFFF0000"/>')),
    ]
    return F.xlsx(_rows([_c("A1", 0), _c("B1", 1)], [_c("A2", 2), _c("B2", 3)]), sh)


@item(
    "p18-xlsx-email-inlinestr-ru.xlsx",
    "email",
    "xlsx-producers",
    "inline string cell (t=inlineStr)",
    "ru",
    "e.akhmetov@mail.ru",
    "string stored inline in the sheet, not in sharedStrings",
)
def _():
    sh = [F.si_plain("Группа"), F.si_plain("ВТ-21"), F.si_plain("E-mail старосты")]
    return F.xlsx(
        _rows(
            [_c("A1", 0), _c("B1", 1)],
            [_c("A2", 2), '<c r="B2" t="inlineStr"><is><t>e.akhmetov@mail.ru</t></is></c>'],
        ),
        sh,
    )


@item(
    "p19-xlsx-iin-number-leading-zero-lost-en.xlsx",
    "iin",
    "xlsx-producers",
    "numeric cell, 11 digits",
    "en",
    IIN_B.lstrip("0"),
    f"IIN {IIN_B} stored as a number, leading zero lost (11 digits)",
)
def _():
    sh = [F.si_plain("IIN"), F.si_plain("Programme"), F.si_plain("6B06101")]
    return F.xlsx(
        _rows([_c("A1", 0), _c("B1", 1)], [f'<c r="A2"><v>{int(IIN_B)}</v></c>', _c("B2", 2)]), sh
    )


@item(
    "p20-xlsx-iin-scientific-ru.xlsx",
    "iin",
    "xlsx-producers",
    "numeric cell with 0.00E+00 format",
    "ru",
    IIN_A,
    "IIN stored as number, displayed as 8.81E+11 by number format 11",
)
def _():
    sh = [F.si_plain("ИИН"), F.si_plain("Курс"), F.si_plain("2")]
    st = F.styles(
        xfs=[
            '<xf numFmtId="11" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        ]
    )
    return F.xlsx(
        _rows([_c("A1", 0), _c("B1", 1)], [f'<c r="A2" s="1"><v>{IIN_A}</v></c>', _c("B2", 2)]),
        sh,
        styles_xml=st,
    )


@item(
    "p21-xlsx-phone-formula-cached-kk.xlsx",
    "phone",
    "xlsx-producers",
    "formula cell cached value <f>/<v>",
    "kk",
    "+7 705 118 44 90",
    "CONCATENATE formula with parts in its text and the joined phone as cached t=str value",
)
def _():
    sh = [F.si_plain("Ата-ананың телефоны"), F.si_plain("Бағдарлама"), F.si_plain("6B04101")]
    return F.xlsx(
        _rows(
            [_c("A1", 1), _c("B1", 2)],
            [
                _c("A2", 0),
                '<c r="B2" t="str"><f>CONCATENATE("+7 705 ","118 ","44 90")</f>'
                "<v>+7 705 118 44 90</v></c>",
            ],
        ),
        sh,
    )


@item(
    "p22-xlsx-birthdate-date-cell-en.xlsx",
    "birth-date",
    "xlsx-producers",
    "date-formatted numeric cell",
    "en",
    "2003-02-18",
    "birth date stored as serial 37670 with a dd.mm.yyyy format under 'Date of birth'",
)
def _():
    sh = [
        F.si_plain("Student No."),
        F.si_plain("Date of birth"),
        F.si_plain("Group"),
        F.si_plain("IS-23"),
    ]
    st = F.styles(
        '<numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/>',
        ['<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'],
    )
    return F.xlsx(
        _rows(
            [_c("A1", 0), _c("B1", 1), _c("C1", 2)],
            ['<c r="A2"><v>1</v></c>', '<c r="B2" s="1"><v>37670</v></c>', _c("C2", 3)],
        ),
        sh,
        styles_xml=st,
    )


@item(
    "p23-xlsx-phone-quoteprefix-ru.xlsx",
    "phone",
    "xlsx-producers",
    "text cell with quotePrefix style",
    "ru",
    "87012345678",
    "phone typed with a leading apostrophe: string + xf quotePrefix=1",
)
def _():
    sh = [
        F.si_plain("Контакт"),
        F.si_plain("87012345678"),
        F.si_plain("Аудитория"),
        F.si_plain("305"),
    ]
    st = F.styles(
        xfs=['<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>']
    )
    return F.xlsx(
        _rows([_c("A1", 2), _c("B1", 3)], [_c("A2", 0), _c("B2", 1, 1)]), sh, styles_xml=st
    )


def _drawing_files(anchor_inner, extra=()):
    drawing = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        "<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
        "<xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
        + anchor_inner
        + "<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
    )
    return [("xl/drawings/drawing1.xml", drawing), *list(extra)]


@item(
    "p24-xlsx-name-textbox-drawing-ru.xlsx",
    "person-name",
    "xlsx-producers",
    "xl/drawings text box (xdr:sp txBody)",
    "ru",
    "Ким Денис Олегович",
    "name only in a text box shape, split over two a:r runs",
)
def _():
    sp = (
        '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>'
        '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>'
        '<xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="ru-RU"/><a:t>Заполнил: Ким Денис </a:t></a:r>'
        '<a:r><a:rPr lang="ru-RU" b="1"/><a:t>Олегович</a:t></a:r></a:p></xdr:txBody></xdr:sp>'
    )
    sh = [
        F.si_plain("Программа"),
        F.si_plain("6B04101"),
        F.si_plain("Учебный год"),
        F.si_plain("2024–2025"),
    ]
    return F.xlsx(
        _rows([_c("A1", 0), _c("B1", 1)], [_c("A2", 2), _c("B2", 3)]) + '<drawing r:id="rId1"/>',
        sh,
        extra_files=_drawing_files(sp),
        sheet_rels='<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>',
        ct_extra='<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    )


@item(
    "p25-xlsx-name-chart-title-kk.xlsx",
    "person-name",
    "xlsx-producers",
    "xl/charts/chart1.xml title rich text",
    "kk",
    "Садықова Айгерім Нұрланқызы",
    "a student's name only in the chart title (Excel chart of her grades)",
)
def _():
    gf = (
        '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>'
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        '<c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>'
    )
    chart = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        "<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Садықова Айгерім </a:t></a:r>"
        '<a:r><a:t>Нұрланқызы — үлгерім</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
        '<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>'
        '<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Лист1!$B$2:$B$3</c:f></c:numRef></c:val></c:ser>'
        '<c:axId val="10"/><c:axId val="20"/></c:barChart>'
        '<c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="20"/></c:catAx>'
        '<c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="10"/></c:valAx>'
        "</c:plotArea></c:chart></c:chartSpace>"
    )
    drels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/>'
        "</Relationships>"
    )
    sh = [F.si_plain("Пән"), F.si_plain("Балл"), F.si_plain("Макроэкономика"), F.si_plain("Қаржы")]
    return F.xlsx(
        _rows(
            [_c("A1", 0), _c("B1", 1)],
            [_c("A2", 2), '<c r="B2"><v>87</v></c>'],
            [_c("A3", 3), '<c r="B3"><v>92</v></c>'],
        )
        + '<drawing r:id="rId1"/>',
        sh,
        extra_files=_drawing_files(
            gf, [("xl/drawings/_rels/drawing1.xml.rels", drels), ("xl/charts/chart1.xml", chart)]
        ),
        sheet_rels='<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>',
        ct_extra='<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
        sheet_name="Лист1",
    )


@item(
    "p26-xlsx-name-listobject-fio-ru.xlsx",
    "person-name",
    "xlsx-producers",
    "table (ListObject) with header ФИО",
    "ru",
    "Абдрахманова Алия Маратовна",
    "Excel table whose header column is ФИО; one private name in the body",
)
def _():
    sh = [
        F.si_plain("ФИО"),
        F.si_plain("Группа"),
        F.si_plain("Абдрахманова Алия Маратовна"),
        F.si_plain("УА-22"),
    ]
    table = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Таблица1" '
        'displayName="Таблица1" ref="A1:B2" totalsRowShown="0"><autoFilter ref="A1:B2"/>'
        '<tableColumns count="2"><tableColumn id="1" name="ФИО"/><tableColumn id="2" name="Группа"/></tableColumns>'
        '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
    )
    return F.xlsx(
        _rows([_c("A1", 0), _c("B1", 1)], [_c("A2", 2), _c("B2", 3)])
        + '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
        sh,
        extra_files=[("xl/tables/table1.xml", table)],
        sheet_rels='<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/>',
        ct_extra='<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>',
    )


@item(
    "p27-xlsx-passport-inlinestr-en.xlsx",
    "id-document",
    "xlsx-producers",
    "inline string cell",
    "en",
    "N14725836",
    "passport number of an exchange applicant as an inline string",
)
def _():
    sh = [F.si_plain("Passport No."), F.si_plain("Programme"), F.si_plain("6B06101")]
    return F.xlsx(
        _rows(
            [_c("A1", 0), _c("B1", 1)],
            [
                '<c r="A2" t="inlineStr"><is><r><t>N1472</t></r><r><rPr><b/></rPr><t>5836</t></r></is></c>',
                _c("B2", 2),
            ],
        ),
        sh,
    )


# ======================================================================= ODF
def otext(lang, *paras, decls=""):
    body = decls + F.tp(F.esc(PUB[lang])) + "".join(paras)
    return F.odf(
        "text",
        body,
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>',
    )


@item(
    "p28-odt-name-spans-kk.odt",
    "person-name",
    "odt/ods-producers",
    "content.xml text:span splits",
    "kk",
    "Жанар Серікқызы Омарова",
    "LibreOffice autostyle spans split the name mid-word",
)
def _():
    return otext(
        "kk",
        F.tp(
            'Ғылыми жетекшінің көмекшісі: Жан<text:span text:style-name="T1">ар Серік</text:span>'
            '<text:span text:style-name="T2">қызы Омар</text:span>ова'
        ),
    )


@item(
    "p29-odt-phone-text-s-ru.odt",
    "phone",
    "odt/ods-producers",
    "text:s inside phone",
    "ru",
    "+7 701  234  56 78",
    'runs of spaces encoded as <text:s text:c="2"/> between digit groups',
)
def _():
    return otext(
        "ru",
        F.tp('Телефон студента: +7 701<text:s text:c="2"/>234<text:s text:c="2"/>56<text:s/>78'),
    )


@item(
    "p30-odt-email-frame-textbox-en.odt",
    "email",
    "odt/ods-producers",
    "draw:frame/draw:text-box",
    "en",
    "dana.zh2004@yandex.kz",
    "address only inside a floating text frame",
)
def _():
    return otext(
        "en",
        '<text:p text:style-name="Standard"><draw:frame draw:name="Frame1" text:anchor-type="paragraph" '
        'svg:width="6cm" svg:height="2cm"><draw:text-box>'
        + F.tp("Contact: dana.zh2004@yandex.kz")
        + "</draw:text-box></draw:frame></text:p>",
    )


@item(
    "p31-odt-iin-annotation-ru.odt",
    "iin",
    "odt/ods-producers",
    "office:annotation (comment)",
    "ru",
    IIN_E,
    "IIN only inside a reviewer comment",
)
def _():
    return otext(
        "ru",
        F.tp(
            "Заявление принято.<office:annotation><dc:creator>Приёмная комиссия</dc:creator>"
            "<dc:date>2024-08-01T10:00:00</dc:date>"
            + F.tp(f"ИИН заявителя {IIN_E}, проверить")
            + "</office:annotation>"
        ),
    )


@item(
    "p32-odt-phone-hidden-paragraph-kk.odt",
    "phone",
    "odt/ods-producers",
    "paragraph hidden by text:hidden-paragraph",
    "kk",
    "+7 747 915 20 38",
    "paragraph hidden by a condition still holds the phone",
)
def _():
    return otext(
        "kk",
        F.tp(
            '<text:hidden-paragraph text:condition="ooow:1==1" text:is-hidden="true"/>'
            "Студенттің телефоны: +7 747 915 20 38"
        ),
    )


@item(
    "p33-odt-name-hidden-text-en.odt",
    "person-name",
    "odt/ods-producers",
    "text:hidden-text string-value",
    "en",
    "Erlan Akhmetov",
    "conditional hidden text whose value is a student's name",
)
def _():
    return otext(
        "en",
        F.tp(
            'Reviewer: <text:hidden-text text:condition="ooow:1==1" text:string-value="Erlan Akhmetov" '
            'text:is-hidden="true">Erlan Akhmetov</text:hidden-text> (internal)'
        ),
    )


@item(
    "p34-odt-name-bookmark-ru.odt",
    "person-name",
    "odt/ods-producers",
    "text:bookmark text:name",
    "ru",
    "Петрова Анна Викторовна",
    "name only as a bookmark name (navigator), not in visible text",
)
def _():
    return otext(
        "ru",
        F.tp(
            '<text:bookmark text:name="Петрова Анна Викторовна"/>Список допущенных к защите — см. приложение.'
        ),
    )


@item(
    "p35-odt-name-section-kk.odt",
    "person-name",
    "odt/ods-producers",
    "text:section text:name",
    "kk",
    "Төлегенов Ерлан Бауыржанұлы",
    "name only as a section name",
)
def _():
    return otext(
        "kk",
        '<text:section text:style-name="Sect1" text:name="Төлегенов Ерлан Бауыржанұлы">'
        + F.tp("Диплом жұмысының тақырыбы: Қаржылық есептілікті талдау.")
        + "</text:section>",
    )


@item(
    "p36-odt-email-user-field-ru.odt",
    "email",
    "odt/ods-producers",
    "text:user-field-decl string value",
    "ru",
    "aigerim.sadykova88@gmail.com",
    "declared user field value, referenced by a field get",
)
def _():
    decls = (
        '<text:user-field-decls><text:user-field-decl office:value-type="string" '
        'office:string-value="aigerim.sadykova88@gmail.com" text:name="КонтактСтудента"/></text:user-field-decls>'
    )
    return otext(
        "ru",
        F.tp(
            'Контакт: <text:user-field-get text:name="КонтактСтудента">aigerim.sadykova88@gmail.com</text:user-field-get>'
        ),
        decls=decls,
    )


@item(
    "p37-ods-phone-span-cell-en.ods",
    "phone",
    "odt/ods-producers",
    "ods cell with text:span split",
    "en",
    "+7 705 118 44 90",
    "spreadsheet cell whose phone is split by a text:span",
)
def _():
    rows = F.ods_row(F.ods_str("Programme"), F.ods_str("6B06101")) + F.ods_row(
        F.ods_str("Student mobile"),
        F.ods_str('+7 705 <text:span text:style-name="T1">118 44</text:span> 90'),
    )
    return F.odf(
        "spreadsheet",
        F.ods_table(rows),
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
    )


@item(
    "p38-ods-idcard-annotation-kk.ods",
    "id-document",
    "odt/ods-producers",
    "ods cell office:annotation",
    "kk",
    "041256789",
    "ID card number only in a cell comment",
)
def _():
    cell = (
        '<table:table-cell office:value-type="string"><office:annotation><dc:creator>Тіркеуші</dc:creator>'
        "<text:p>Жеке куәлік № 041256789</text:p></office:annotation><text:p>Тексерілді</text:p></table:table-cell>"
    )
    rows = F.ods_row(F.ods_str("Бағдарлама"), F.ods_str("6B04101")) + F.ods_row(
        F.ods_str("Құжат"), cell
    )
    return F.odf("spreadsheet", F.ods_table(rows, "Парақ1"))


# ======================================================================== PDF
def _hexs(s):
    return b"<" + s.encode("latin-1").hex().upper().encode() + b">"


@item(
    "p39-pdf-name-tj-kerning-en.pdf",
    "person-name",
    "pdf-producers",
    "page content TJ array with kerning",
    "en",
    "Erlan Akhmetov",
    "[(Erlan Akhme) -20 (tov)] kerning split inside the surname",
)
def _():
    c = F.pdf_text_ops([PUB_LAT["en"]]) + (
        b"BT /F1 11 Tf 56 740 Td [(Supervisor's assistant: ) -250 "
        b"(Er) 15 (lan Akhme) -20 (tov)] TJ ET\n"
    )
    return F.pdf_simple_page(c)


@item(
    "p40-pdf-phone-tj-hex-ru.pdf",
    "phone",
    "pdf-producers",
    "page content TJ with hex strings",
    "ru",
    "+7 747 915 20 38",
    "phone written as hex strings inside a TJ array (Latin transliteration label)",
)
def _():
    c = F.pdf_text_ops([PUB_LAT["ru"]]) + (
        b"BT /F1 11 Tf 56 740 Td [(Telefon studenta: ) "
        + _hexs("+7 747 ")
        + b" -10 "
        + _hexs("915 2")
        + b" 5 "
        + _hexs("0 38")
        + b"] TJ ET\n"
    )
    return F.pdf_simple_page(c)


@item(
    "p41-pdf-email-form-xobject-kk.pdf",
    "email",
    "pdf-producers",
    "Form XObject painted by the page",
    "kk",
    "aigerim.sadykova88@gmail.com",
    "address drawn only inside a Form XObject invoked with Do",
)
def _():
    form = b"BT /F1 10 Tf 0 0 Td (Baylanys: aigerim.sadykova88@gmail.com) Tj ET"
    objs = {
        6: F.stream_obj(
            form,
            b"/Type /XObject /Subtype /Form /BBox [0 0 400 20] /Resources << /Font << /F1 5 0 R >> >> ",
        )
    }
    c = F.pdf_text_ops([PUB_LAT["kk"]]) + b"q 1 0 0 1 56 700 cm /Fm1 Do Q\n"
    return F.pdf_simple_page(c, extra_res=b"/XObject << /Fm1 6 0 R >> ", extra_objs=objs)


@item(
    "p42-pdf-phone-incremental-old-rev-ru.pdf",
    "phone",
    "pdf-producers",
    "superseded object of first revision",
    "ru",
    "8 (777) 312-45-67",
    "revision 1 page content had the phone; revision 2 replaced it, old object still in the file",
)
def _():
    c1 = F.pdf_text_ops([PUB_LAT["ru"], "Kontakt studenta: 8 (777) 312-45-67"])
    base = F.pdf_simple_page(c1)
    c2 = F.pdf_text_ops([PUB_LAT["ru"], "Kontakt: priemnaya komissiya"])
    return F.pdf_incremental(base, {4: F.stream_obj(c2)})


@item(
    "p43-pdf-iin-objstm-xrefstream-en.pdf",
    "iin",
    "pdf-producers",
    "compressed content + object stream + xref stream",
    "en",
    IIN_C,
    "IIN in a Flate content stream; dictionaries in /ObjStm; xref stream instead of table",
)
def _():
    content = zlib.compress(F.pdf_text_ops([PUB_LAT["en"], f"Applicant IIN: {IIN_C}"]), 9)
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    return F.pdf_objstm(objs, {4: F.stream_obj(content, b"/Filter /FlateDecode ")})


@item(
    "p44-pdf-name-widget-ap-only-kk.pdf",
    "person-name",
    "pdf-producers",
    "/Widget /AP /N appearance stream only",
    "kk",
    "Zhanar Omarova",
    "form field value empty; the name is only in the flattened appearance stream",
)
def _():
    ap = b"/Tx BMC BT /F1 10 Tf 2 5 Td (Zhanar Omarova) Tj ET EMC"
    objs = {
        6: (
            b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (student_name) /V () /Rect [56 680 300 700] /P 3 0 R "
            b"/F 4 /DA (/F1 10 Tf 0 g) /AP << /N 7 0 R >> >>"
        ),
        7: F.stream_obj(
            ap,
            b"/Type /XObject /Subtype /Form /BBox [0 0 244 20] /Resources << /Font << /F1 5 0 R >> >> ",
        ),
    }
    c = F.pdf_text_ops([PUB_LAT["kk"], "Student:"])
    return F.pdf_simple_page(
        c,
        extra_objs=objs,
        page_extra=b"/Annots [6 0 R] ",
        catalog_extra=b"/AcroForm << /Fields [6 0 R] /DA (/F1 10 Tf 0 g) /DR << /Font << /F1 5 0 R >> >> >> ",
    )


@item(
    "p45-pdf-name-title-utf16be-ru.pdf",
    "person-name",
    "pdf-producers",
    "/Info /Title UTF-16BE with BOM",
    "ru",
    "Ахметов Ерлан Серикович",
    "document title in UTF-16BE hex string; page text public",
)
def _():
    info = (
        b"<< /Title "
        + F.pdf_utf16("Характеристика — Ахметов Ерлан Серикович")
        + b" /Producer (Microsoft Word) >>"
    )
    return F.pdf_simple_page(F.pdf_text_ops([PUB_LAT["ru"]]), info=info)


@item(
    "p46-pdf-name-title-pdfdoc-en.pdf",
    "person-name",
    "pdf-producers",
    "/Info /Title PDFDocEncoding literal",
    "en",
    "Dana Zhaksylykova",
    "title in PDFDocEncoding literal string with an escaped byte",
)
def _():
    info = b"<< /Title (Reference letter \\204 Dana Zhaksylykova) /Author (Admissions Office) >>"
    return F.pdf_simple_page(F.pdf_text_ops([PUB_LAT["en"]]), info=info)


# ===================================================================== IMAGES
@item(
    "p47-jpeg-name-com-ru.jpg",
    "person-name",
    "image-producers",
    "JPEG COM segment (UTF-8)",
    "ru",
    "Ким Денис Олегович",
    "comment segment written by an editor",
)
def _():
    return F.jpeg_insert([(0xFE, "Фото на студенческий: Ким Денис Олегович".encode())])


@item(
    "p48-jpeg-name-iptc-byline-kk.jpg",
    "person-name",
    "image-producers",
    "APP13 Photoshop IRB IPTC 2:80 By-line",
    "kk",
    "Айгерім Нұрланқызы Садықова",
    "photographer is a private student; caption is public",
)
def _():
    irb = F.iptc_irb(
        [
            (2, 80, "Айгерім Нұрланқызы Садықова".encode()),
            (2, 120, "Ашық есік күні, 2024 ж., 305 аудитория".encode()),
        ]
    )
    return F.jpeg_insert([(0xED, irb)])


@item(
    "p49-jpeg-phone-iptc-caption-en.jpg",
    "phone",
    "image-producers",
    "APP13 IPTC 2:120 Caption",
    "en",
    "+7 701 234 56 78",
    "caption contains a student's mobile; by-line is the press office",
)
def _():
    irb = F.iptc_irb(
        [
            (2, 80, b"KazUTB Press Office"),
            (2, 120, b"Open day 2024. Lost phone found - owner call +7 701 234 56 78"),
        ]
    )
    return F.jpeg_insert([(0xED, irb)])


@item(
    "p50-jpeg-name-xmp-creator-ru.jpg",
    "person-name",
    "image-producers",
    "APP1 XMP dc:creator + photoshop:AuthorsPosition",
    "ru",
    "Петрова Анна Викторовна",
    "XMP creator is a private student, position 'Студентка 2 курса'",
)
def _():
    x = F.xmp_packet(
        "<dc:creator><rdf:Seq><rdf:li>Петрова Анна Викторовна</rdf:li></rdf:Seq></dc:creator>"
        "<photoshop:AuthorsPosition>Студентка 2 курса</photoshop:AuthorsPosition>"
    )
    return F.jpeg_insert([(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + x)])


@item(
    "p51-png-name-exif-artist-en.png",
    "person-name",
    "image-producers",
    "PNG eXIf chunk, Artist (0x013B)",
    "en",
    "Aigerim Sadykova",
    "Exif Artist tag in a PNG eXIf chunk",
)
def _():
    return F.png_insert(
        [(b"eXIf", F.exif_tiff([(0x013B, "Aigerim Sadykova"), (0x010E, "Graduation 2024")]))]
    )


@item(
    "p52-png-email-ztxt-kk.png",
    "email",
    "image-producers",
    "PNG zTXt Comment (compressed)",
    "kk",
    "e.akhmetov@mail.ru",
    "compressed text chunk keyword Comment",
)
def _():
    return F.png_insert(
        [(b"zTXt", b"Comment\x00\x00" + zlib.compress("Авторы: e.akhmetov@mail.ru".encode(), 9))]
    )


@item(
    "p53-gif-phone-comment-ru.gif",
    "phone",
    "image-producers",
    "GIF comment extension",
    "ru",
    "+7 705 118 44 90",
    "GIF89a comment extension block",
)
def _():
    return F.gif_with_comment("Баннер сделал студент, тел. +7 705 118 44 90".encode())


@item(
    "p54-webp-name-xmp-kk.webp",
    "person-name",
    "image-producers",
    "WebP RIFF XMP chunk",
    "kk",
    "Жанар Серікқызы Омарова",
    "dc:creator in the WebP 'XMP ' chunk",
)
def _():
    return F.webp_with_xmp(
        F.xmp_packet(
            "<dc:creator><rdf:Seq><rdf:li>Жанар Серікқызы Омарова</rdf:li></rdf:Seq></dc:creator>"
        )
    )


@item(
    "p55-tiff-address-description-ru.tif",
    "address",
    "image-producers",
    "TIFF ImageDescription (UTF-8)",
    "ru",
    "г. Астана, ул. Сарайшык, д. 7, кв. 112",
    "scanned form; description holds the student's home address",
)
def _():
    return F.tiff_with_description(
        "Скан заявления. Адрес проживания: г. Астана, ул. Сарайшык, д. 7, кв. 112"
    )


@item(
    "p56-tiff-gps-description-en.tif",
    "gps-location",
    "image-producers",
    "TIFF ImageDescription (UTF-8)",
    "en",
    "51.128310, 71.430520",
    "description holds coordinates of a student's home",
)
def _():
    return F.tiff_with_description("Student's home (for dormitory waiver): 51.128310, 71.430520")


# ============================================================== LOOK-ALIKES
@item(
    "p57-docx-neg-uni-phone-split-kk.docx",
    None,
    "docx-runs",
    "runs with proofErr",
    "kk",
    "+7 (7172) 57 88 15",
    "university switchboard split across runs — public",
)
def _():
    return F.docx(
        dpub("kk")
        + WP(
            W("Қабылдау комиссиясы: +7 (7172) "),
            '<w:proofErr w:type="spellStart"/>',
            W("57 88", rsid="00AA0011"),
            '<w:proofErr w:type="spellEnd"/>',
            W(" 15"),
        )
    )


@item(
    "p58-docx-neg-admissions-mailto-en.docx",
    None,
    "docx-runs",
    "w:instrText HYPERLINK mailto",
    "en",
    "admissions@example.org",
    "institutional address in a HYPERLINK field — public",
)
def _():
    return F.docx(
        dpub("en")
        + WP(
            W("Apply: "),
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            '<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:admissions@example.org" </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            W("admissions@example.org"),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            W(" or call +7 708 425 06 60."),
        )
    )


@item(
    "p59-docx-neg-rector-smarttag-order-ru.docx",
    None,
    "docx-runs",
    "w:smartTag + runs",
    "ru",
    "Байболова Л.К.",
    "rector's signature and a ministry order number — public",
)
def _():
    return F.docx(
        dpub("ru")
        + WP(
            W("Приказ МНВО РК № 248 от 12.06.2024. Ректор "),
            '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">',
            W("Байболова "),
            W("Л.К."),
            "</w:smartTag>",
        )
    )


@item(
    "p60-xlsx-neg-rector-richtext-fee-ru.xlsx",
    None,
    "xlsx-producers",
    "sharedStrings rich text",
    "ru",
    "Байболова Л.К.",
    "rector name in rich runs, tuition fee, programme — public",
)
def _():
    sh = [
        F.si_plain("Утверждаю"),
        F.si_rich(("Ректор ", "<b/>"), ("Байболова ", ""), ("Л.К.", "<i/>")),
        F.si_plain("Стоимость обучения"),
        F.si_plain("1 650 000 ₸"),
    ]
    return F.xlsx(_rows([_c("A1", 0), _c("B1", 1)], [_c("A2", 2), _c("B2", 3)]), sh)


@item(
    "p61-xlsx-neg-bin-number-kk.xlsx",
    None,
    "xlsx-producers",
    "numeric cell, 12 digits",
    "kk",
    BIN_U,
    "university BIN (5th digit 4, valid check digit) stored as a number — public",
)
def _():
    sh = [
        F.si_plain("Университеттің БСН"),
        F.si_plain("Білім алушылар саны"),
        F.si_plain("Бағдарлама"),
        F.si_plain("6B04101"),
    ]
    return F.xlsx(
        _rows(
            [_c("A1", 0), f'<c r="B1"><v>{BIN_U}</v></c>'],
            [_c("A2", 1), '<c r="B2"><v>4317</v></c>'],
            [_c("A3", 2), _c("B3", 3)],
        ),
        sh,
    )


@item(
    "p62-xlsx-neg-isbn-inlinestr-en.xlsx",
    None,
    "xlsx-producers",
    "inline string + formula cached",
    "en",
    ISBN_H,
    "ISBN inline string and a formula total — public",
)
def _():
    sh = [F.si_plain("Textbook"), F.si_plain("ISBN"), F.si_plain("Copies")]
    return F.xlsx(
        _rows(
            [_c("A1", 0), _c("B1", 1), _c("C1", 2)],
            [
                '<c r="A2" t="inlineStr"><is><t>Fundamentals of Accounting</t></is></c>',
                f'<c r="B2" t="inlineStr"><is><t>{ISBN_H}</t></is></c>',
                '<c r="C2"><v>120</v></c>',
            ],
            [
                '<c r="A3" t="inlineStr"><is><t>Total</t></is></c>',
                '<c r="B3"/>',
                '<c r="C3"><f>SUM(C2:C2)</f><v>120</v></c>',
            ],
        ),
        sh,
    )


@item(
    "p63-odt-neg-abai-spans-kk.odt",
    None,
    "odt/ods-producers",
    "text:span splits",
    "kk",
    "Абай Құнанбайұлы",
    "public figure with life years, split by spans — public",
)
def _():
    return otext(
        "kk",
        F.tp(
            'Әдебиет апталығы: Аб<text:span text:style-name="T1">ай Құнан</text:span>байұлы (1845–1904) '
            'және <text:span text:style-name="T2">Шоқан Уәлиханов</text:span> мұрасы.'
        ),
    )


@item(
    "p64-odt-neg-office-user-field-ru.odt",
    None,
    "odt/ods-producers",
    "text:user-field-decl + bookmark",
    "ru",
    "office@example.org",
    "institutional e-mail in a user field; bookmark named after the eponym — public",
)
def _():
    decls = (
        '<text:user-field-decls><text:user-field-decl office:value-type="string" '
        'office:string-value="office@example.org" text:name="Канцелярия"/></text:user-field-decls>'
    )
    return otext(
        "ru",
        F.tp(
            '<text:bookmark text:name="Кулажанов"/>Университет им. Қ. Құлажанова. Канцелярия: '
            '<text:user-field-get text:name="Канцелярия">office@example.org</text:user-field-get>, '
            "тел. +7 (7172) 57 88 15"
        ),
        decls=decls,
    )


@item(
    "p65-ods-neg-programme-room-en.ods",
    None,
    "odt/ods-producers",
    "ods cells with text:s and annotation",
    "en",
    "6B04101",
    "programme code, room, date and count in cells and a comment — public",
)
def _():
    cell = (
        '<table:table-cell office:value-type="string"><office:annotation><dc:creator>Admissions Office</dc:creator>'
        '<text:p>Updated 01.09.2024</text:p></office:annotation><text:p>Room<text:s text:c="2"/>305</text:p></table:table-cell>'
    )
    rows = (
        F.ods_row(F.ods_str("Programme"), F.ods_str("6B04101"))
        + F.ods_row(F.ods_str("Venue"), cell)
        + F.ods_row(
            F.ods_str("Places"),
            '<table:table-cell office:value-type="float" office:value="60"><text:p>60</text:p></table:table-cell>',
        )
    )
    return F.odf("spreadsheet", F.ods_table(rows))


@item(
    "p66-pdf-neg-farabi-doi-tj-en.pdf",
    None,
    "pdf-producers",
    "TJ kerning + Form XObject",
    "en",
    "Al-Farabi",
    "public figure split by kerning, a DOI and the rector in a form XObject — public",
)
def _():
    form = b"BT /F1 10 Tf 0 0 Td (Rector L.K. Baibolova) Tj ET"
    objs = {
        6: F.stream_obj(
            form,
            b"/Type /XObject /Subtype /Form /BBox [0 0 400 20] /Resources << /Font << /F1 5 0 R >> >> ",
        )
    }
    c = (
        F.pdf_text_ops([PUB_LAT["en"]])
        + b"BT /F1 11 Tf 56 740 Td [(Al-Fa) -20 (rabi readings, doi:10.5281/zenodo.1234567, order No. 248)] TJ ET\n"
        b"q 1 0 0 1 56 700 cm /Fm1 Do Q\n"
    )
    return F.pdf_simple_page(c, extra_res=b"/XObject << /Fm1 6 0 R >> ", extra_objs=objs)


@item(
    "p67-pdf-neg-order-title-utf16-ru.pdf",
    None,
    "pdf-producers",
    "/Info /Title UTF-16BE + /Author office",
    "ru",
    "Приказ № 248 от 12.06.2024",
    "ministry order title in UTF-16BE, author an office — public",
)
def _():
    info = (
        b"<< /Title "
        + F.pdf_utf16("Приказ МНВО РК № 248 от 12.06.2024 о приёме 2024–2025")
        + b" /Author "
        + F.pdf_utf16("Приёмная комиссия")
        + b" >>"
    )
    return F.pdf_simple_page(F.pdf_text_ops([PUB_LAT["ru"]]), info=info)


@item(
    "p68-pdf-neg-uni-phone-widget-kk.pdf",
    None,
    "pdf-producers",
    "/Widget appearance stream",
    "kk",
    "+7 708 425 06 60",
    "university phone in a widget appearance and an incremental update — public",
)
def _():
    ap = b"/Tx BMC BT /F1 10 Tf 2 5 Td (+7 708 425 06 60) Tj ET EMC"
    objs = {
        6: (
            b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (hotline) /V (+7 708 425 06 60) /Rect [56 680 300 700] /P 3 0 R "
            b"/F 4 /DA (/F1 10 Tf 0 g) /AP << /N 7 0 R >> >>"
        ),
        7: F.stream_obj(
            ap,
            b"/Type /XObject /Subtype /Form /BBox [0 0 244 20] /Resources << /Font << /F1 5 0 R >> >> ",
        ),
    }
    base = F.pdf_simple_page(
        F.pdf_text_ops([PUB_LAT["kk"], "Baylanys: +7 701 602 53 53"]),
        extra_objs=objs,
        page_extra=b"/Annots [6 0 R] ",
        catalog_extra=b"/AcroForm << /Fields [6 0 R] /DA (/F1 10 Tf 0 g) /DR << /Font << /F1 5 0 R >> >> >> ",
    )
    return F.pdf_incremental(
        base, {4: F.stream_obj(F.pdf_text_ops([PUB_LAT["kk"], "Baylanys: +7 (7172) 57 88 15"]))}
    )


@item(
    "p69-jpeg-neg-xmp-pressoffice-en.jpg",
    None,
    "image-producers",
    "APP1 XMP dc:creator + AuthorsPosition",
    "en",
    "KazUTB Press Office",
    "creator is an office, position is a unit — public",
)
def _():
    x = F.xmp_packet(
        "<dc:creator><rdf:Seq><rdf:li>KazUTB Press Office</rdf:li></rdf:Seq></dc:creator>"
        "<photoshop:AuthorsPosition>Press Office</photoshop:AuthorsPosition>"
        '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Rector L.K. Baibolova opens the 2024–2025 '
        "academic year, room 214</rdf:li></rdf:Alt></dc:description>"
    )
    return F.jpeg_insert([(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + x)])


@item(
    "p70-jpeg-neg-iptc-admissions-ru.jpg",
    None,
    "image-producers",
    "APP13 IPTC By-line + Caption",
    "ru",
    "Приёмная комиссия",
    "by-line is an office; caption names the eponym and the university phone — public",
)
def _():
    irb = F.iptc_irb(
        [
            (2, 80, "Приёмная комиссия".encode()),
            (
                2,
                120,
                "День открытых дверей университета им. Қ. Құлажанова, тел. +7 (7172) 57 88 15".encode(),
            ),
        ]
    )
    return F.jpeg_insert([(0xED, irb), (0xFE, "Фото: пресс-служба, 2024".encode())])


@item(
    "p71-png-neg-ztxt-exif-kk.png",
    None,
    "image-producers",
    "PNG zTXt Comment + eXIf Artist",
    "kk",
    "Шоқан Уәлиханов",
    "public figure in zTXt, office as Exif Artist — public",
)
def _():
    return F.png_insert(
        [
            (b"eXIf", F.exif_tiff([(0x013B, "KazUTB Press Office")])),
            (
                b"zTXt",
                b"Comment\x00\x00"
                + zlib.compress("Шоқан Уәлиханов (1835–1865) көрмесі".encode(), 9),
            ),
        ]
    )


@item(
    "p72-tiff-neg-eponym-description-kk.tif",
    None,
    "image-producers",
    "TIFF ImageDescription (UTF-8)",
    "kk",
    "Қ. Құлажанов",
    "eponym, BIN and a programme code — public",
)
def _():
    return F.tiff_with_description(
        f"Қ. Құлажанов атындағы Қазақ технология және бизнес университеті, БСН {BIN_U}, 6B04101"
    )


@item(
    "p73-gif-neg-uni-phone-comment-ru.gif",
    None,
    "image-producers",
    "GIF comment extension",
    "ru",
    "+7 701 602 53 53",
    "university hotline in a GIF comment — public",
)
def _():
    return F.gif_with_comment(
        "Горячая линия приёмной комиссии: +7 701 602 53 53, admissions@example.org".encode()
    )


@item(
    "p74-webp-neg-xmp-office-en.webp",
    None,
    "image-producers",
    "WebP XMP dc:creator",
    "en",
    "Admissions Office",
    "office as creator, fee in description — public",
)
def _():
    return F.webp_with_xmp(
        F.xmp_packet(
            "<dc:creator><rdf:Seq><rdf:li>Admissions Office</rdf:li></rdf:Seq></dc:creator>"
            '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Tuition 1 650 000 ₸, '
            "programme 6B06101</rdf:li></rdf:Alt></dc:description>"
        )
    )


# ==================================================================== output
MANIFEST: list[Entry] = [e for e, _ in ITEMS]
_FUNCS = {e.name: fn for e, fn in ITEMS}

assert len({e.name for e in MANIFEST}) == len(MANIFEST)
assert F.iban_ok(IBAN)


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for e in MANIFEST:
        p = folder / e.name
        p.write_bytes(_FUNCS[e.name]())
        out.append(p)
    return out
