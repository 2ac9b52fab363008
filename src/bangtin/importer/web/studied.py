"""A news item's headline on a conference that studies or carries out one document, named whole."""

from __future__ import annotations

import re

from bangtin.core.model import DocType
from bangtin.core.text import fold
from bangtin.importer.layout import Found
from bangtin.importer.lines import clean
from bangtin.importer.web.lead_words import SENTENCE_END, TYPE_ALT, lead_words
from bangtin.links.citations import Citation

# A headline that opens with what a conference does with the document, the document next:
# "Triển khai Kết luận số 19-KL/TW của Bộ Chính trị về định hướng ...", "Quán triệt và triển
# khai thực hiện Nghị quyết số 11 của Bộ Chính trị về ..." (made up; draw12/2549's, 2535's and
# 2517's shapes). The page is on that one document (the corpus keys it as the page's own); a
# news source's tag may open it ("(ĐCSVN) - ").
_STUDY = (
    r"^(?:\([^()]{2,30}\)\s*[-–]?\s*)?(?:Quán\s+triệt|Triển\s+khai|Học\s+tập)"
    r"(?:\s*,?\s+(?:và\s+)?(?:quán\s+triệt|triển\s+khai|học\s+tập|thực\s+hiện|nghiên\s+cứu))*\s+"
)


_STUDIED_TITLE = re.compile(_STUDY + "$")


# ... the document named by a bare number (no code), its issuer and its "về" after it.
_STUDIED_BARE = re.compile(
    _STUDY + rf"(?P<type>{TYPE_ALT})\s+(?:số\s+)?(?P<n>\d{{1,4}})\s+của\s+[^.;:,]{{3,80}}?\s+về\s+"
    r"(?P<s>[^.;:!?]{8,300})$",
    re.IGNORECASE,
)


def _headline(c: str) -> bool:
    """``c`` is a headline: no sentence's stop inside or at its end."""
    return not re.search(r"[.;:!?](?:\s|$)", c)


def studied_title(c: str, cit: Citation) -> bool:
    """The headline ``c`` opens with a conference's act on ``cit``, the document named next."""
    return _headline(c) and bool(_STUDIED_TITLE.match(c[: cit.start]))


def studied_bare(c: str, after: list[str], found: Found) -> bool:
    """Type and trích yếu of the one document the headline ``c`` studies by a bare number (see
    _STUDIED_BARE), where no type was read; the lines ``after`` it may name it again with more
    words (a headline shortens): the longer trích yếu is taken, to its sentence's end."""
    m = _STUDIED_BARE.match(c)
    if m is None or not _headline(c) or found.doc_type is not None:
        return False
    found.doc_type = DocType.from_text(m["type"])
    found.subject = [m["s"].strip()]
    again = re.compile(
        rf"(?<!\w){re.escape(m['type'])}\s+(?:số\s+)?{m['n']}\s+của\s+[^.;:,]{{3,80}}?\s+về\s+",
        re.IGNORECASE,
    )
    for line in after:
        lead = clean(line)
        if (named := again.search(lead)) is None:
            continue
        end = SENTENCE_END.search(lead, named.end())
        longer = lead_words(lead[named.end() : end.start() if end else len(lead)])
        if longer and fold(longer[0]).startswith(fold(found.subject[0])):
            found.subject = longer
        break
    return True
