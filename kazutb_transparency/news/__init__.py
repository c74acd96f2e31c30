"""News, socially important notices, events, photo and video reports (regulation §8.3.8)
and the press office's contact (§8.3.10). Models and loading of data/news/, their pages
(`pages/`), open data (`datasets.py`), the pictures as published (`media.py`: metadata
stripped) and the evidence they give the compliance register (`register.py`). It uses
`core`, `organisation` and the disclosures (documents, dates, the register's rows).
"""

from kazutb_transparency.news.content import News
from kazutb_transparency.news.loading import load_news
from kazutb_transparency.news.register import CLAUSES, register_evidence

__all__ = ["CLAUSES", "News", "load_news", "register_evidence"]
