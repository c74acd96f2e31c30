"""Office content that reaches outside the document when it is opened or recalculated.

core/activecontent.py refuses what runs (macros, ActiveX, programs in OLE objects) and
relationships to other servers. What this module finds is written in the parts' XML instead:

- spreadsheet formulas that call another program (DDE: `=cmd|' /C calc'!A0`), fetch from
  the web (WEBSERVICE, FILTERXML, IMAGE, HYPERLINK), call code (CALL, REGISTER, EXEC, RTD)
  or read another workbook (`[1]Sheet1!A1`, `'C:\\x\\[b.xlsx]S'!A1`, ODF `'file:///x.ods'#`),
  in cells, defined names, validations and charts; the links to other workbooks;
- Word fields that run or fetch (DDEAUTO, INCLUDEPICTURE …), whose code may be split over
  several runs or built by a nested field;
- embedded objects: OLE objects, packages, applets, and ODF sub-documents other than the
  charts and formulas that office programs keep that way.

Parts are read as a stream (defusedxml's iterparse, no DTDs or entities), each element
dropped once read: a large sheet is not held in memory, and the archive's own budget
(activecontent.MAX_UNPACKED) bounds what is read.

Why not oletools' msodde: it finds DDE fields and DDE formulas, but not web functions,
links to other workbooks, embedded objects or ODF's own forms of them, so a check of our
own was needed beside it anyway; and it would bring its own XML reading and a chain of
dependencies (olefile, msoffcrypto-tool and through it a cryptography library) into the
build for one case this module covers. A recalculate-on-open setting alone is not refused:
openpyxl (and so pandas) writes it into every workbook, and it only matters beside a
formula that reaches outside, which is refused and named with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO
from xml.etree.ElementTree import Element

FORMULA_HINT = (
    "replace the formulas by their values (in Excel: Copy, Paste Special → Values; in "
    "LibreOffice: Data → Calculate → Formula to Value) and save again, or publish it as a PDF"
)
LINK_HINT = (
    "break the links to other files (in Excel: Data → Edit Links → Break Link; in LibreOffice: "
    "Edit → External Links → Break Link) and save again, or publish it as a PDF"
)
FIELD_HINT = (
    "turn the field into plain text (in Word: select it, Ctrl+Shift+F9) and save again, or "
    "publish the document as a PDF"
)
OBJECT_HINT = (
    "delete the embedded object (or paste its content as a picture or plain text) and save "
    "again, or publish the document as a PDF"
)


@dataclass(frozen=True)
class Finding:
    """What a part holds, completing "the DOCX file …", and what to do."""

    what: str
    hint: str


# --- formulas ---------------------------------------------------------------------------

# Functions that reach outside the workbook; Excel writes the newer ones as _xlfn.NAME,
# LibreOffice as COM.MICROSOFT.NAME, so a dot may stand before the name.
_OUTSIDE_FUNCTION = re.compile(
    r"(?<![\w])(REGISTER\.ID|REGISTER|WEBSERVICE|FILTERXML|HYPERLINK|IMAGE|RTD|CALL|EXEC|DDE)"
    r"\s*\(",
    re.IGNORECASE,
)
_STRING = re.compile(r'"(?:[^"]|"")*"')
_QUOTED_NAME = re.compile(r"'(?:[^']|'')*'")
# A quoted sheet name that is another file: a path, an address or a [book] (neither Excel
# nor LibreOffice allows brackets in a sheet's own name).
_FILE_NAME = re.compile(r"'\s*(?:[A-Za-z]:|\\\\|/|[A-Za-z][\w+.\-]*://|[^']*\[)")
# Excel's unquoted external reference: [1]Sheet1!A1, [1]!Name ([0] is the workbook itself).
_BOOK_REFERENCE = re.compile(r"\[(?!0\])[^\[\]]+\][\w.]*!")


def formula_reach(formula: str, odf: bool = False) -> str | None:
    """How `formula` reaches outside its workbook (the function's name, "DDE", "a reference
    to another file"), or None for a formula that stays inside it."""
    code = _STRING.sub('""', formula)  # a function's name in a text is only text
    called = _OUTSIDE_FUNCTION.search(code)
    if called:
        return called[1].upper()
    if "|" in _QUOTED_NAME.sub("''", code):  # no operator: application|'topic'!item is DDE
        return "DDE"
    if any(_FILE_NAME.match(name[0]) for name in _QUOTED_NAME.finditer(code)):
        return "a reference to another file"
    code = _QUOTED_NAME.sub("''", code)
    # ODF writes every reference in brackets ([.A1], [Sheet2.A1]); its links are quoted.
    if not odf and _BOOK_REFERENCE.search(code):
        return "a reference to another workbook"
    return None


# --- Word fields ------------------------------------------------------------------------

# Fields that run a program or fetch a file or picture when the document opens or updates.
_RUNNING_FIELDS = frozenset({"DDE", "DDEAUTO", "INCLUDEPICTURE", "INCLUDETEXT", "LINK", "IMPORT"})
_FIELD_NAME = re.compile(r"\s*([A-Za-z]+)")


def _field_finding(code: str, shown: str) -> Finding | None:
    name = _FIELD_NAME.match(code)
    if name and name[1].upper() in _RUNNING_FIELDS:
        return Finding(
            f"has a field that runs a program or fetches content ({name[1].upper()}) in {shown}",
            FIELD_HINT,
        )
    return None


@dataclass
class _Field:
    """A field's code as its runs are read (a code may be split over several runs)."""

    code: list[str] = field(default_factory=list)
    named_by_field: bool = False  # a nested field starts before any text: it builds the name


# --- parts ------------------------------------------------------------------------------

_ODF = "urn:oasis:names:tc:opendocument:xmlns:"
_FORMULA_ELEMENTS = frozenset({"f", "formula", "formula1", "formula2"})
_EXTERNAL_HREF = re.compile(r"\s*(?:[A-Za-z][\w+.\-]*:|/|\\|\.\./)")
# ODF elements that link content from another file through their xlink:href.
_ODF_SOURCES = frozenset({"table-source", "cell-range-source", "section-source", "image", "object"})
_ODF_OBJECTS = frozenset({"object-ole", "applet", "plugin", "floating-frame"})


def _names(tag: str) -> tuple[str, str]:
    """(local name, namespace) of an element's or attribute's tag."""
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return local, namespace
    return tag, ""


class _Scan:
    """One part's elements in document order; `start` and `end` return the first finding."""

    def __init__(self, shown: str, subdocument: bool) -> None:
        self.shown = shown
        self.fields: list[_Field] = []
        self.loose: list[str] = []  # field code outside any begin/end pair
        self.subdocument = subdocument  # ODF's Object N/content.xml
        self.kind_of_object: str | None = None

    def start(self, element: Element, parents: list[Element]) -> Finding | None:
        local, namespace = _names(element.tag)
        attributes = {_names(key)[0]: value for key, value in element.attrib.items()}
        shown = self.shown
        if self.subdocument and self.kind_of_object is None:
            # A sub-document is a formula (its root is math:math) or has one body: a chart,
            # a text, a spreadsheet …
            if not parents and local == "math":
                self.kind_of_object = "math"
            elif parents and _names(parents[-1].tag)[0] == "body":
                self.kind_of_object = local
        # DDE links of every vocabulary: ddeLink, office:dde-source, text:dde-connection …
        dde = [name for name in (local, *attributes) if name.lower().startswith("dde")]
        if dde:
            return Finding(f"has a DDE link to another program ({dde[0]}) in {shown}", LINK_HINT)
        if local == "fldChar":
            kind = attributes.get("fldCharType")
            if kind == "begin":
                if self.fields and not "".join(self.fields[-1].code).strip():
                    self.fields[-1].named_by_field = True
                self.fields.append(_Field())
            elif kind == "end" and self.fields:
                return self._closed(self.fields.pop())
        elif local == "fldSimple":
            return _field_finding(attributes.get("instr", ""), shown)
        elif local in ("OLEObject", "oleObj", "oleObject") or (
            local == "object" and "wordprocessingml" in namespace
        ):
            return Finding(f"carries an embedded object ({local}) in {shown}", OBJECT_HINT)
        elif namespace.startswith(_ODF):
            return self._odf_start(local, attributes, parents)
        return None

    def end(self, element: Element) -> Finding | None:
        local = _names(element.tag)[0]
        text = element.text or ""
        if local == "instrText":
            (self.fields[-1].code if self.fields else self.loose).append(text)
        elif local in _FORMULA_ELEMENTS:  # cells, validations, conditional formats, charts
            reach = formula_reach(text)
            if reach:
                return Finding(
                    f"holds a formula that reaches outside the workbook ({reach}) in {self.shown}",
                    FORMULA_HINT,
                )
        elif local == "definedName":
            reach = formula_reach(text)
            if reach:
                return Finding(
                    f"has a defined name that reaches outside the workbook ({reach}) in "
                    f"{self.shown}",
                    FORMULA_HINT,
                )
        return None

    def finish(self) -> Finding | None:
        """What the whole part shows once read: unclosed fields, an ODF sub-document."""
        for unclosed in [*self.fields, _Field(self.loose)]:
            found = self._closed(unclosed)
            if found:
                return found
        if self.subdocument and self.kind_of_object not in ("chart", "math"):
            what = f"an embedded {self.kind_of_object or 'object'}"
            return Finding(f"carries {what} ({self.shown})", OBJECT_HINT)
        return None

    def _closed(self, closed: _Field) -> Finding | None:
        if closed.named_by_field:
            return Finding(
                f"has a field whose name is built by another field when opened, in {self.shown}",
                FIELD_HINT,
            )
        return _field_finding("".join(closed.code), self.shown)

    def _odf_start(
        self, local: str, attributes: dict[str, str], parents: list[Element]
    ) -> Finding | None:
        shown = self.shown
        formula = attributes.get("formula")
        if formula is not None:
            reach = formula_reach(formula, odf=True)
            if reach:
                return Finding(
                    f"holds a formula that reaches outside the document ({reach}) in {shown}",
                    FORMULA_HINT,
                )
        if local in _ODF_OBJECTS:
            return Finding(f"carries an embedded object ({local}) in {shown}", OBJECT_HINT)
        href = attributes.get("href", "")
        if local in _ODF_SOURCES and _EXTERNAL_HREF.match(href):
            return Finding(
                f"loads content from outside the document ({local} → {href[:120]}) in {shown}",
                LINK_HINT,
            )
        # draw:object with a document written inline, not in a sub-document (an inline
        # formula is MathML, of another namespace)
        parent = parents[-1] if parents else None
        if (
            parent is not None
            and _names(parent.tag)[0] == "object"
            and "href" not in {_names(key)[0] for key in parent.attrib}
        ):
            return Finding(f"carries an embedded object ({local}) in {shown}", OBJECT_HINT)
        return None


def xml_finding(source: IO[bytes], shown: str, subdocument: bool = False) -> Finding | None:
    """What the XML part read from `source` holds that reaches outside the document, or
    None. `subdocument`: an ODF object's content.xml. Raises ParseError (and defusedxml's
    errors) when the part is not plain XML."""
    from defusedxml.ElementTree import iterparse

    scan = _Scan(shown, subdocument)
    parents: list[Element] = []
    for event, element in iterparse(source, events=("start", "end"), forbid_dtd=True):
        if event == "start":
            found = scan.start(element, parents)
            parents.append(element)
            if found:
                return found
            continue
        parents.pop()
        found = scan.end(element)
        if found:
            return found
        if parents and len(parents[-1]) and parents[-1][-1] is element:
            del parents[-1][-1]  # read: a sheet of a million cells is not kept
    return scan.finish()


def recalculation(source: IO[bytes]) -> str | None:
    """The setting of a workbook part (xl/workbook.xml) that recalculates every formula
    when the file is opened (fullCalcOnLoad, forceFullCalc), or None.

    Alone it is harmless, and openpyxl and pandas write fullCalcOnLoad into every workbook:
    it is named beside a formula that reaches outside, which it runs without a click."""
    from defusedxml.ElementTree import iterparse

    for _, element in iterparse(source, events=("start",), forbid_dtd=True):
        if _names(element.tag)[0] == "calcPr":
            for key, value in element.attrib.items():
                name = _names(key)[0]
                if name in ("fullCalcOnLoad", "forceFullCalc") and value in ("1", "true"):
                    return name
            return None
    return None


# --- parts by name and content type -----------------------------------------------------


def member_finding(name: str, shown: str) -> Finding | None:
    """What an OOXML part is by its name: an embedded object, a link to another workbook."""
    lowered = f"/{name.lower()}"
    base = lowered.rsplit("/", 1)[-1]
    if "/externallinks/" in lowered:
        return Finding(f"links to another workbook ({shown})", LINK_HINT)
    if "/embeddings/" in lowered or (base.startswith("oleobject") and base.endswith(".bin")):
        return Finding(f"carries an embedded object ({shown})", OBJECT_HINT)
    return None


def content_type_finding(declared: str) -> Finding | None:
    """What a declared content type says the file holds: OLE objects, embedded packages,
    links to other workbooks."""
    lowered = declared.lower()
    if lowered.endswith(("oleobject", ".package")):
        return Finding(
            f"declares an embedded object ([Content_Types].xml: {declared[:160]})", OBJECT_HINT
        )
    if lowered.endswith("externallink+xml"):
        return Finding(
            f"links to another workbook ([Content_Types].xml: {declared[:160]})", LINK_HINT
        )
    return None


def chart_data(relationships: Iterator[tuple[str, str, str]]) -> set[str]:
    """The parts a chart keeps its data in (Word and PowerPoint embed a workbook for each
    chart): the lower-cased names of the internal `package` targets of chart parts, from
    (rels part name, relationship type, target) triples."""
    import posixpath

    found = set()
    for rels, kind, target in relationships:
        folder = posixpath.dirname(posixpath.dirname(rels))  # word/charts/_rels/x → word/charts
        if "/charts/" not in f"/{folder}/" or not kind.endswith("/package"):
            continue
        joined = target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"
        found.add(posixpath.normpath(joined).lower())
    return found
