"""The Kazakh reading pass over the home, about, applicants, programmes, accreditation,
register and changes pages (issue 62): each fault it found is planted and the style check
must refuse it; the wording that replaced it passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kazutb_transparency.core.style import check_page, load_style
from kazutb_transparency.disclosures.lacking import in_languages

REPO = Path(__file__).resolve().parents[1]
RULES = load_style(REPO / "data")


def _page(body: str) -> str:
    return f'<html lang="kk"><body><article><p>{body}</p></article></body></html>'


FOUND = [
    "B041 тобының бағдарламалары қатар",
    "Осы топтың бағдарламалары қатар: бірінші курстың оқу ақысы",
    "Кім қандай процеске жауапты",
    "Университеттің көлемі және оның студенттерінің болашағы — тек жиынтық сандармен.",
    "әр талабы бойынша: оны қай бет орындайды, ақпарат толық па",
    "10 адамнан аз сан және осыншама аз түсушінің балдары көрсетілмейді.",
    "әліпби бойынша: ағылшын тілі",
    "PDF, 4,5 КБ тілі: ағылшын тілі",
    "тілі: қазақ тілі, орыс тілі",
]


@pytest.mark.parametrize("text", FOUND)
def test_each_fault_of_the_pass_is_refused(text: str) -> None:
    assert check_page(_page(text), "kk", RULES), f"«{text}» passes"


REWRITTEN = [
    "B041 тобының бағдарламаларын салыстыру",
    "Әр процеске жауапты бөлімше",
    "Бұл бетте университеттің көлемі және студенттерінің оқу барысы мен оқудан кейінгі жолы"
    " тек жиынтық сандармен көрсетілген.",
    "Тізілімде ереженің әр талабын орындайтын бет, ақпараттың толықтығы, соңғы жаңартылған"
    " күні, қайта қарау мерзімі және жауапты бөлімше көрсетілген.",
    "10 адамнан аз сан көрсетілмейді; түсушілер саны осы шектен аз болса, олардың балдары да"
    " көрсетілмейді.",
    "Ағылшын тілінде оқытылатын бағдарламалар",
    f"PDF, 4,5 КБ {in_languages(['en'], 'kk')}",
    "Оқыту тілдері: kk — қазақ тілі, ru — орыс тілі, en — ағылшын тілі.",
]


@pytest.mark.parametrize("text", REWRITTEN)
def test_the_rewritten_wording_passes(text: str) -> None:
    assert check_page(_page(text), "kk", RULES) == [], text
