"""Office files whose content reaches outside them when opened are refused (core/officefields.py,
through core/activecontent.py and core/filecheck.py).

Spreadsheet formulas that call DDE, the web or code, or read another workbook; links to other
workbooks; Word fields that run or fetch (their code split over runs too); embedded objects of
OOXML and ODF. Ordinary formulas, the PAGE field, charts and the repository's documents pass.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from buildtools import DATA

from kazutb_transparency.core.activecontent import zip_refusal
from kazutb_transparency.core.filecheck import content_refusal
from kazutb_transparency.core.officefields import formula_reach

RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ODF = "urn:oasis:names:tc:opendocument:xmlns:"
ODF_NAMESPACES = (
    f'xmlns:office="{ODF}office:1.0" xmlns:table="{ODF}table:1.0" xmlns:text="{ODF}text:1.0" '
    f'xmlns:draw="{ODF}drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"'
)
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def package(path: Path, parts: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path


def content_types(main_part: str, main_type: str, extra: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        f'ContentType="application/xml"/><Override PartName="/{main_part}" '
        f'ContentType="{main_type}"/>{extra}</Types>'
    )


def rels(*relationships: tuple[str, str]) -> str:
    listed = "".join(
        f'<Relationship Id="rId{n}" Type="{R}{kind}" Target="{target}"/>'
        for n, (kind, target) in enumerate(relationships, 1)
    )
    return f'<Relationships xmlns="{RELS_NS}">{listed}</Relationships>'


def xlsx(
    path: Path,
    cells: list[str] = (),
    workbook_inside: str = "",
    calc: str = "",
    sheet_inside: str = "",
    extra: dict[str, str | bytes] | None = None,
    types: str = "",
) -> Path:
    """A workbook of one sheet whose cells A1, A2 … hold `cells` as formulas."""
    rows = "".join(
        f'<row r="{n}"><c r="A{n}"><f>{formula.removeprefix("=")}</f></c></row>'
        for n, formula in enumerate(cells, 1)
    )
    return package(
        path,
        {
            "[Content_Types].xml": content_types("xl/workbook.xml", SHEET_TYPE, types),
            "_rels/.rels": rels(("officeDocument", "xl/workbook.xml")),
            "xl/workbook.xml": (
                f'<workbook xmlns="{S}" xmlns:r="{R[:-1]}"><sheets><sheet name="Sheet1" '
                f'sheetId="1" r:id="rId1"/></sheets>{workbook_inside}'
                f'<calcPr calcId="191029"{calc}/></workbook>'
            ),
            "xl/_rels/workbook.xml.rels": rels(("worksheet", "worksheets/sheet1.xml")),
            "xl/worksheets/sheet1.xml": (
                f'<worksheet xmlns="{S}"><sheetData>{rows}</sheetData>{sheet_inside}</worksheet>'
            ),
            **(extra or {}),
        },
    )


def docx(
    path: Path, body: str, extra: dict[str, str | bytes] | None = None, types: str = ""
) -> Path:
    return package(
        path,
        {
            "[Content_Types].xml": content_types("word/document.xml", WORD_TYPE, types),
            "_rels/.rels": rels(("officeDocument", "word/document.xml")),
            "word/document.xml": (
                f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" '
                'xmlns:o="urn:schemas-microsoft-com:office:office" '
                f'xmlns:v="urn:schemas-microsoft-com:vml"><w:body>{body}</w:body></w:document>'
            ),
            **(extra or {}),
        },
    )


def field(*code_runs: str) -> str:
    """A paragraph with a complex field whose code is written over `code_runs`."""
    runs = "".join(
        f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>' for code in code_runs
    )
    return (
        f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>{runs}<w:r><w:fldChar '
        'w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar '
        'w:fldCharType="end"/></w:r></w:p>'
    )


def odf(path: Path, body: str, extra: dict[str, str | bytes] | None = None) -> Path:
    kind = "spreadsheet" if path.suffix == ".ods" else "text"
    return package(
        path,
        {
            "mimetype": f"application/vnd.oasis.opendocument.{kind}",
            "content.xml": (
                f'<?xml version="1.0"?><office:document-content {ODF_NAMESPACES}><office:body>'
                f"<office:{kind}>{body}</office:{kind}></office:body></office:document-content>"
            ),
            "META-INF/manifest.xml": "<manifest/>",
            **(extra or {}),
        },
    )


def ods_cell(formula: str) -> str:
    escaped = formula.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    return (
        f'<table:table table:name="Sheet1"><table:table-row><table:table-cell '
        f'table:formula="{escaped}"/></table:table-row></table:table>'
    )


def refused(path: Path, expected: str) -> str:
    refusal = content_refusal(path) if path.suffix != ".pptx" else zip_refusal(path)
    assert refusal is not None, "accepted"
    assert expected in refusal.message, refusal.message
    assert refusal.hint
    return refusal.message


# --- spreadsheet formulas -------------------------------------------------------------

OUTSIDE_FORMULAS = {
    "=cmd|' /C calc'!A0": "DDE",
    "=MSEXCEL|'\\..\\..\\Windows\\System32\\cmd.exe /c calc'!''": "DDE",
    "=SUM(1+cmd|'/c calc'!A0)": "DDE",
    '=WEBSERVICE("http://example.org/x")': "WEBSERVICE",
    '=_xlfn.WEBSERVICE("http://example.org/x")': "WEBSERVICE",
    '=HYPERLINK("http://example.org","x")': "HYPERLINK",
    '=_xlfn.FILTERXML(A1,"//a")': "FILTERXML",
    '=_xlfn.IMAGE("http://example.org/a.png")': "IMAGE",
    '=RTD("server",,"topic")': "RTD",
    '=CALL("kernel32","WinExec","JCJ","calc",0)': "CALL",
    '=REGISTER("kernel32","WinExec","JCJ")': "REGISTER",
    '=REGISTER.ID("kernel32","WinExec","JCJ")': "REGISTER.ID",
    '=EXEC("calc.exe")': "EXEC",
    "=[1]Sheet1!A1": "a reference to another workbook",
    "=SUM([1]Sheet1!A1:A3)": "a reference to another workbook",
    "=[1]!Total": "a reference to another workbook",
    "='[book.xlsx]Sheet'!A1": "a reference to another file",
    "='C:\\data\\[book.xlsx]Sheet1'!A1": "a reference to another file",
    "='C:\\data\\book.xlsx'!Total": "a reference to another file",
    "='\\\\host\\share\\[b.xlsx]S'!A1": "a reference to another file",
}


@pytest.mark.parametrize("formula, reach", OUTSIDE_FORMULAS.items(), ids=OUTSIDE_FORMULAS.keys())
def test_a_cell_formula_that_reaches_outside_the_workbook_is_refused(
    tmp_path: Path, formula: str, reach: str
) -> None:
    escaped = formula.replace("&", "&amp;").replace("<", "&lt;")
    message = refused(
        xlsx(tmp_path / "table.xlsx", [escaped]),
        f"holds a formula that reaches outside the workbook ({reach}) in xl/worksheets/sheet1.xml",
    )
    assert message.startswith("the XLSX file ")
    assert "Paste Special → Values" in (content_refusal(tmp_path / "table.xlsx").hint or "")


def test_the_issues_workbook_is_refused_with_its_recalculation_on_opening(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "table.xlsx",
        [
            "=cmd|' /C calc'!A0",
            '=WEBSERVICE("http://example.org/x")',
            '=HYPERLINK("http://example.org","x")',
        ],
        calc=' fullCalcOnLoad="1"',
    )
    message = refused(path, "reaches outside the workbook (DDE)")
    assert "recalculated whenever the file is opened (fullCalcOnLoad)" in message


def test_force_full_calc_is_named_beside_the_formula_it_runs(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "table.xlsx", ['=WEBSERVICE("http://example.org/x")'], calc=' forceFullCalc="1"'
    )
    assert "(forceFullCalc)" in refused(path, "(WEBSERVICE)")


def test_recalculation_on_opening_alone_is_not_refused(tmp_path: Path) -> None:
    """openpyxl and pandas write fullCalcOnLoad into every workbook; with no formula that
    reaches outside, it recalculates only the workbook's own cells."""
    path = xlsx(tmp_path / "table.xlsx", ["=SUM(A2:A3)"], calc=' fullCalcOnLoad="1"')
    assert content_refusal(path) is None


@pytest.mark.parametrize(
    "inside, expected",
    [
        (
            '<definedNames><definedName name="Rate">WEBSERVICE("http://example.org/r")'
            "</definedName></definedNames>",
            "has a defined name that reaches outside the workbook (WEBSERVICE) in xl/workbook.xml",
        ),
        (
            "<definedNames><definedName name=\"Auto_Open\">cmd|'/c calc'!A0</definedName>"
            "</definedNames>",
            "has a defined name that reaches outside the workbook (DDE)",
        ),
        (
            '<definedNames><definedName name="Other">[1]Sheet1!$A$1</definedName></definedNames>',
            "has a defined name that reaches outside the workbook (a reference to another",
        ),
    ],
    ids=["webservice", "dde", "other-workbook"],
)
def test_a_defined_name_that_reaches_outside_is_refused(
    tmp_path: Path, inside: str, expected: str
) -> None:
    refused(xlsx(tmp_path / "table.xlsx", workbook_inside=inside), expected)


def test_a_validation_formula_that_reaches_outside_is_refused(tmp_path: Path) -> None:
    validation = (
        '<dataValidations count="1"><dataValidation type="list" sqref="B1"><formula1>'
        'WEBSERVICE("http://example.org/list")</formula1></dataValidation></dataValidations>'
    )
    refused(xlsx(tmp_path / "table.xlsx", sheet_inside=validation), "(WEBSERVICE)")


def test_a_link_to_another_workbook_is_refused(tmp_path: Path) -> None:
    link = (
        f'<externalLink xmlns="{S}"><externalBook r:id="rId1" xmlns:r="{R[:-1]}">'
        "</externalBook></externalLink>"
    )
    path = xlsx(
        tmp_path / "table.xlsx",
        ["=[1]Sheet1!A1"],
        extra={"xl/externalLinks/externalLink1.xml": link},
    )
    assert content_refusal(path) is not None  # by the formula, or by the part


def test_an_external_link_part_is_refused(tmp_path: Path) -> None:
    link = (
        f'<externalLink xmlns="{S}"><ddeLink ddeService="cmd" ddeTopic="/c calc"/></externalLink>'
    )
    path = xlsx(tmp_path / "table.xlsx", extra={"xl/externalLinks/externalLink1.xml": link})
    refused(path, "links to another workbook (xl/externalLinks/externalLink1.xml)")


def test_an_external_link_content_type_is_refused(tmp_path: Path) -> None:
    declared = (
        '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>'
    )
    refused(xlsx(tmp_path / "table.xlsx", types=declared), "links to another workbook ([Content")


def test_ordinary_formulas_of_a_workbook_made_by_openpyxl_pass(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    other = workbook.create_sheet("Sheet2")
    workbook.create_sheet("Sheet 3")["A1"] = 4
    other["A1"] = 5
    for row, value in enumerate([1, 2, 3], 1):
        sheet.cell(row, 1, value)
    sheet["B1"] = "=SUM(A1:A3)"
    sheet["B2"] = "=Sheet2!A1"
    sheet["B3"] = "=A1*2"
    sheet["B4"] = "=VLOOKUP(A1,A1:B3,2,0)"
    sheet["B5"] = "='Sheet 3'!A1+1"
    sheet["B6"] = '=IF(A1>0,"see HYPERLINK(x) or cmd|x!","")'  # only texts
    path = tmp_path / "table.xlsx"
    workbook.save(path)  # with fullCalcOnLoad="1", as openpyxl always writes
    assert content_refusal(path) is None


@pytest.mark.parametrize(
    "formula",
    [
        "SUM(A1:A3)",
        "Sheet2!A1",
        "'Sheet 2'!A1",
        "'a|b'!A1",
        "Table1[[#This Row],[Price]]*2",
        "SUM(Table1[Price])",
        '"cmd|x!A1"',
        "[0]!Total",
    ],
)
def test_formulas_inside_the_workbook_reach_nothing(formula: str) -> None:
    assert formula_reach(formula) is None


# --- Word fields ----------------------------------------------------------------------


def test_the_issues_document_is_refused(tmp_path: Path) -> None:
    body = field("DDEAU", 'TO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"') + field(
        ' INCLUDEPICTURE "http://example.org/a.png" \\d '
    )
    refused(
        docx(tmp_path / "policy.docx", body),
        "has a field that runs a program or fetches content (DDEAUTO) in word/document.xml",
    )
    path = docx(tmp_path / "picture.docx", field(' INCLUDEPICTURE "http://example.org/a.png" '))
    refused(path, "(INCLUDEPICTURE)")


RUNNING_FIELDS = {
    "DDE": 'DDE "cmd" "/c calc" "x"',
    "DDEAUTO": 'ddeauto c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"',
    "INCLUDEPICTURE": 'INCLUDEPICTURE "http://example.org/a.png"',
    "INCLUDETEXT": 'INCLUDETEXT "\\\\\\\\host\\\\share\\\\x.docx"',
    "LINK": 'LINK Excel.Sheet.12 "C:\\\\x.xlsx" "Sheet1!R1C1" \\a',
    "IMPORT": 'IMPORT "http://example.org/a.wmf"',
}


@pytest.mark.parametrize("name, code", RUNNING_FIELDS.items(), ids=RUNNING_FIELDS.keys())
@pytest.mark.parametrize("written", ["runs", "split", "simple", "header"])
def test_a_field_that_runs_or_fetches_is_refused(
    tmp_path: Path, name: str, code: str, written: str
) -> None:
    if written == "simple":
        quoted = code.replace('"', "&quot;")
        body = f'<w:p><w:fldSimple w:instr=" {quoted} "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'
    elif written == "split":  # one letter to a run, as Word writes an edited code
        body = field(*code)
    else:
        body = field(f" {code} ")
    extra = {}
    where = "word/document.xml"
    if written == "header":
        where = "word/header1.xml"
        extra[where] = f'<w:hdr xmlns:w="{W}">{body}</w:hdr>'
        body = "<w:p/>"
    refused(
        docx(tmp_path / "policy.docx", body, extra),
        f"has a field that runs a program or fetches content ({name}) in {where}",
    )


def test_a_field_whose_name_another_field_builds_is_refused(tmp_path: Path) -> None:
    quote = field(" QUOTE 68 68 69 65 85 84 79 ").removeprefix("<w:p>").removesuffix("</w:p>")
    body = (
        f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>{quote}<w:r><w:instrText> '
        'c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"</w:instrText></w:r><w:r><w:fldChar '
        'w:fldCharType="end"/></w:r></w:p>'
    )
    refused(docx(tmp_path / "policy.docx", body), "a field whose name is built by another field")


def test_field_code_without_field_characters_is_read_too(tmp_path: Path) -> None:
    body = '<w:p><w:r><w:instrText>DDEAUTO cmd "/c calc"</w:instrText></w:r></w:p>'
    refused(docx(tmp_path / "policy.docx", body), "(DDEAUTO)")


def test_a_dde_link_attribute_is_refused(tmp_path: Path) -> None:
    body = '<w:p><w:r w:ddeLink="cmd"><w:t>x</w:t></w:r></w:p>'
    refused(docx(tmp_path / "policy.docx", body), "has a DDE link to another program (ddeLink)")


@pytest.mark.parametrize(
    "body",
    [
        field(" PAGE "),
        field(" PA", "GE \\* MERGEFORMAT "),
        '<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>',
        field(' HYPERLINK "https://kazutb.edu.kz/" '),
        field(" TOC \\o &quot;1-3&quot; \\h "),
    ],
    ids=["page", "page-split", "numpages", "hyperlink", "toc"],
)
def test_a_document_with_ordinary_fields_passes(tmp_path: Path, body: str) -> None:
    assert content_refusal(docx(tmp_path / "policy.docx", body)) is None


# --- embedded objects -----------------------------------------------------------------

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56  # a compound file, nothing that runs
OLE_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.oleObject"


@pytest.mark.parametrize(
    "make, expected",
    [
        (
            lambda p: docx(p, "<w:p/>", {"word/embeddings/oleObject1.bin": OLE}),
            "carries an embedded object (word/embeddings/oleObject1.bin)",
        ),
        (
            lambda p: docx(p, "<w:p/>", {"word/embeddings/Microsoft_Word_Document.docx": b"PK"}),
            "carries an embedded object (word/embeddings/Microsoft_Word_Document.docx)",
        ),
        (
            lambda p: docx(p, "<w:p/>", {"word/media/oleObject7.bin": OLE}),
            "carries an embedded object (word/media/oleObject7.bin)",
        ),
        (
            lambda p: docx(
                p,
                '<w:p><w:r><w:object><o:OLEObject Type="Embed" ProgID="Package" '
                'ShapeID="_x0000_i1025"/></w:object></w:r></w:p>',
            ),
            "carries an embedded object (object) in word/document.xml",
        ),
        (
            lambda p: docx(p, '<w:p><w:r><o:OLEObject Type="Embed" ProgID="Package"/></w:r></w:p>'),
            "carries an embedded object (OLEObject) in word/document.xml",
        ),
        (
            lambda p: docx(
                p, "<w:p/>", types=f'<Default Extension="bin" ContentType="{OLE_CONTENT_TYPE}"/>'
            ),
            "declares an embedded object ([Content_Types].xml",
        ),
        (
            lambda p: docx(
                p,
                "<w:p/>",
                types='<Override PartName="/word/embeddings/package1.docx" ContentType="'
                'application/vnd.openxmlformats-officedocument.package"/>',
            ),
            "declares an embedded object ([Content_Types].xml",
        ),
        (
            lambda p: xlsx(
                p,
                sheet_inside='<oleObjects><oleObject progId="Package"/></oleObjects>',
            ),
            "carries an embedded object (oleObject) in xl/worksheets/sheet1.xml",
        ),
    ],
    ids=[
        "ole-part",
        "package-part",
        "ole-bin-anywhere",
        "w-object",
        "vml-ole-object",
        "ole-content-type",
        "package-content-type",
        "sheet-ole-object",
    ],
)
def test_an_embedded_object_in_an_ooxml_file_is_refused(
    tmp_path: Path, make, expected: str
) -> None:
    suffix = ".xlsx" if "sheet" in expected else ".docx"
    refused(make(tmp_path / f"file{suffix}"), expected)


def test_an_embedded_object_in_a_presentation_is_refused(tmp_path: Path) -> None:
    slide = (
        '<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld>'
        '<p:oleObj progId="Package"/></p:cSld></p:sld>'
    )
    path = package(tmp_path / "talk.pptx", {"ppt/slides/slide1.xml": slide})
    refused(path, "carries an embedded object (oleObj) in ppt/slides/slide1.xml")


def _chart_document(path: Path, workbook: bytes) -> Path:
    chart_rels = rels(("package", "../embeddings/Microsoft_Excel_Worksheet.xlsx"))
    return docx(
        path,
        "<w:p/>",
        {
            "word/charts/chart1.xml": (
                '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">'
                "<c:chart><c:plotArea><c:barChart><c:ser><c:val><c:numRef><c:f>Sheet1!$B$2:$B$4"
                "</c:f></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart>"
                "</c:chartSpace>"
            ),
            "word/charts/_rels/chart1.xml.rels": chart_rels,
            "word/embeddings/Microsoft_Excel_Worksheet.xlsx": workbook,
        },
        types='<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet"/>',
    )


def test_a_charts_data_workbook_is_checked_as_a_workbook(tmp_path: Path) -> None:
    clean = xlsx(tmp_path / "data.xlsx", ["=SUM(A2:A4)"]).read_bytes()
    assert content_refusal(_chart_document(tmp_path / "chart.docx", clean)) is None
    hostile = xlsx(tmp_path / "bad.xlsx", ['=WEBSERVICE("http://example.org/x")']).read_bytes()
    refused(
        _chart_document(tmp_path / "hostile.docx", hostile),
        "the DOCX file's chart data (word/embeddings/Microsoft_Excel_Worksheet.xlsx) is refused: "
        "the XLSX file holds a formula that reaches outside the workbook (WEBSERVICE)",
    )


# --- ODF ------------------------------------------------------------------------------

ODF_REFUSED = {
    "object-ole": (
        '<text:p><draw:frame><draw:object-ole xlink:href="./Object 1"/></draw:frame></text:p>',
        {},
        "carries an embedded object (object-ole) in content.xml",
    ),
    "sub-document": (
        '<text:p><draw:frame><draw:object xlink:href="./Object 1"/></draw:frame></text:p>',
        {
            "Object 1/content.xml": (
                f"<office:document-content {ODF_NAMESPACES}><office:body><office:text>"
                "<text:p>x</text:p></office:text></office:body></office:document-content>"
            )
        },
        "carries an embedded text (Object 1/content.xml)",
    ),
    "inline-document": (
        "<text:p><draw:frame><draw:object><office:document/></draw:object></draw:frame></text:p>",
        {},
        "carries an embedded object (document) in content.xml",
    ),
    "linked-object": (
        '<text:p><draw:frame><draw:object xlink:href="http://example.org/x.odt"/></draw:frame>'
        "</text:p>",
        {},
        "loads content from outside the document (object → http://example.org/x.odt)",
    ),
    "dde-connection": (
        '<text:dde-connection-decls><text:dde-connection-decl office:name="x" '
        'office:dde-application="soffice" office:dde-topic="file:///x.odt" office:dde-item="a"/>'
        "</text:dde-connection-decls>",
        {},
        "has a DDE link to another program (dde-connection-decls) in content.xml",
    ),
    "applet": (
        '<text:p><draw:frame><draw:applet draw:code="Evil.class"/></draw:frame></text:p>',
        {},
        "carries an embedded object (applet)",
    ),
    "section-source": (
        '<text:section text:name="s"><text:section-source xlink:href="file:///etc/passwd"/>'
        "</text:section>",
        {},
        "loads content from outside the document (section-source → file:///etc/passwd)",
    ),
}


@pytest.mark.parametrize("body, extra, expected", ODF_REFUSED.values(), ids=ODF_REFUSED.keys())
def test_odf_text_with_objects_or_links_is_refused(
    tmp_path: Path, body: str, extra: dict, expected: str
) -> None:
    refused(odf(tmp_path / "policy.odt", body, extra), expected)


ODS_REFUSED = {
    "dde-link": (
        '<table:dde-links><table:dde-link><office:dde-source office:dde-application="cmd"/>'
        "</table:dde-link></table:dde-links>",
        "has a DDE link to another program (dde-links) in content.xml",
    ),
    "table-source": (
        '<table:table table:name="S"><table:table-source xlink:href="file:///home/x.ods"/>'
        "</table:table>",
        "loads content from outside the document (table-source → file:///home/x.ods)",
    ),
    "cell-range-source": (
        '<table:table table:name="S"><table:cell-range-source table:name="r" '
        'xlink:href="http://example.org/x.ods"/></table:table>',
        "loads content from outside the document (cell-range-source",
    ),
}


@pytest.mark.parametrize("body, expected", ODS_REFUSED.values(), ids=ODS_REFUSED.keys())
def test_odf_sheets_with_links_are_refused(tmp_path: Path, body: str, expected: str) -> None:
    refused(odf(tmp_path / "table.ods", body), expected)


ODF_FORMULAS = {
    'of:=DDE("soffice";"c:\\x.ods";"Sheet1.A1")': "DDE",
    'of:=WEBSERVICE("http://example.org/x")': "WEBSERVICE",
    'of:=COM.MICROSOFT.WEBSERVICE("http://example.org/x")': "WEBSERVICE",
    'of:=HYPERLINK("http://example.org";"x")': "HYPERLINK",
    'of:=COM.MICROSOFT.FILTERXML([.A1];"//a")': "FILTERXML",
    "of:=['file:///home/x.ods'#$Sheet1.A1]": "a reference to another file",
    "of:=SUM(['https://example.org/x.ods'#$Sheet1.A1:.A3])": "a reference to another file",
}


@pytest.mark.parametrize("formula, reach", ODF_FORMULAS.items(), ids=ODF_FORMULAS.keys())
def test_an_odf_formula_that_reaches_outside_is_refused(
    tmp_path: Path, formula: str, reach: str
) -> None:
    refused(
        odf(tmp_path / "table.ods", ods_cell(formula)),
        f"holds a formula that reaches outside the document ({reach}) in content.xml",
    )


def test_an_odf_sheet_with_ordinary_formulas_and_a_chart_passes(tmp_path: Path) -> None:
    cells = "".join(
        ods_cell(formula)
        for formula in [
            "of:=SUM([.A1:.A3])",
            "of:=[$Sheet2.A1]*2",
            "of:=[$'Sheet 2'.A1]",
            "of:=SUM([.A1:.B5]![.B2:.C6])",
            'of:=IF([.A1]>0;"WEBSERVICE(x)";"")',
        ]
    )
    chart = (
        f"<office:document-content {ODF_NAMESPACES}><office:body><office:chart/></office:body>"
        "</office:document-content>"
    )
    frame = '<draw:frame><draw:object xlink:href="./Object 1"/></draw:frame>'
    path = odf(tmp_path / "table.ods", cells + frame, {"Object 1/content.xml": chart})
    assert content_refusal(path) is None


# --- the repository's documents -------------------------------------------------------


def test_the_repositorys_documents_still_pass() -> None:
    files = sorted(path for path in (DATA / "documents").iterdir() if path.is_file())
    assert files
    assert {f.name: content_refusal(f) for f in files} == {f.name: None for f in files}


def test_a_large_sheet_of_ordinary_formulas_passes(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "big.xlsx", [f"=A{n + 1}*2" for n in range(1, 50_000)])
    assert content_refusal(path) is None
