"""Cleaning: from the raw text of a scraped article to its title and body paragraphs.

Designed for Arabic news in general, not for one site.  Every raw line gets a label:
``body``, ``title``, or a boilerplate kind (``masthead``, ``caption``, ``related``, ``blank``,
``byline``, ``share``, ``footer``, ``duplicate``).  Body lines keep their characters exactly
(only surrounding whitespace is trimmed) and are joined with ``\\n`` into ``Record.text``;
everything removed is listed in ``Record.boilerplate`` with its kind.

The rules, in order:

1. whitespace-only lines (no-break spaces, zero-width marks) are ``blank``;
2. lines that *say* what they are: editorial roles (masthead), "read also" markers and the
   headlines that follow them (related), share/follow prompts, bylines and source lines,
   photo credits and captions, copyright footers;
3. repeated lines and repeated blocks (a masthead or caption printed twice);
4. the headline: the metadata title when the input has one (and its repetition in the
   text is removed), otherwise the first remaining title-like line;
5. short captions standing next to the headline, before the first paragraph;
6. headlines of other stories pasted into the body without any marker: short lines with no
   sentence punctuation whose words have little in common with the article around them.
"""
from __future__ import annotations

import re
from collections import Counter

from ..pipeline import Stage, register
from ..record import Boilerplate, Record
from ..text import is_blank, normalize, split_proclitics, squash_spaces

# --- line patterns (matched against normalize(squash_spaces(line))) ----------------------

_ROLE = r"(?:الاشراف العام|المشرف العام|رئيس التحرير|رئيسه التحرير|مدير التحرير|نائب رئيس التحرير|" \
        r"رئيس مجلس الاداره|رئيس مجلس الاداره ورئيس التحرير|المدير العام|المدير التنفيذي|سكرتير التحرير|" \
        r"مدير عام التحرير|رئيس التحرير التنفيذي|الناشر|المدير المسؤول)"
MASTHEAD_ROLE = re.compile(rf"^{_ROLE}\s*[:：\-–]?\s*(.*)$")

RELATED_MARKER = re.compile(
    r"^(?:[\-–•►▶»|*]\s*)?(?:اقرا|اقراي|طالع|طالعي|شاهد|شاهدي|تابع|اقرا ايضا|اقرا المزيد|المزيد|مواضيع|موضوعات|"
    r"اخبار|قصص|مقالات|روابط)(?:\s+(?:ايضا|ايضاً|ايضًا|كذلك|المزيد|ذات صله|متعلقه|مرتبطه|اخري|مشابهه|"
    r"المزيد من الاخبار|ذات الصله|علي الموقع))+\s*[:：.…]*\s*$"
    r"|^(?:اقرا|طالع|شاهد|انظر)\s+(?:ايضا|ايضاً|ايضًا|كذلك|المزيد)\s*[:：]\s*.{0,300}$"
    r"|^(?:للمزيد|لمزيد من المعلومات|المزيد|ذات صله|مواضيع ذات صله|اخبار ذات صله)\s*[:：]\s*.{0,300}$"
    r"|^(?:قد يهمك|لا تفوت|ننصحك بقراءه|يهمك ايضا|اخترنا لك|الاكثر قراءه|الاكثر مشاهده|مواضيع ذات صله|اخبار ذات صله)\s*[:：.…]*\s*$"
)
SHARE = re.compile(
    r"(?:^|\s)(?:تابعونا|تابعوا|تابعنا|شارك|شاركوا|شارك هذا|اشترك|اشتركوا|للاشتراك|حمل تطبيق|حملوا تطبيق|"
    r"انضم الي|انضموا الي|اضغط هنا|انقر هنا|اضغط علي|لمتابعه|للمزيد من الاخبار|"
    r"facebook|twitter|whatsapp|telegram|instagram|youtube|فيسبوك|تويتر|واتساب|تلغرام|تيليجرام|انستغرام|يوتيوب)(?:\s|$|[:：])"
)
BYLINE = re.compile(
    r"^(?:[\-–•(]\s*)?(?:كتب|كتبت|كتبه|بقلم|اعداد|اعدته|اعده|تحرير|ترجمه|ترجمة|المصدر|مصدر الخبر|متابعات|"
    r"مراسل|مراسلنا|مراسله|من مراسل|تقرير|تصوير|عدسه|المحرر|محرر|وكالات|المصدر وكالات)\s*[:：\-–]"
    r"|^(?:كتب|كتبت|بقلم|اعداد|تحرير|تصوير|المصدر|متابعات|وكالات)\s+\S+(?:\s+\S+){0,4}$"
    r"|^[(\[]?(?:رويترز|ا ف ب|اف ب|فرانس برس|د ب ا|اسوشيتد برس|ا ب|الاناضول|سبوتنيك|واس|وام|بنا|قنا|كونا|سانا|"
    r"وكالات|reuters|afp|ap|dpa)[)\]]?\s*[.:]?$"
)
CAPTION = re.compile(
    r"^(?:[(\[]\s*)?(?:صوره|الصوره|صور|مصدر الصوره|حقوق الصوره|الصوره من|الصوره ل|صوره ارشيفيه|صوره من|فيديو|"
    r"شاهد الفيديو|شاهد بالفيديو|بالفيديو|بالصور|انفوغراف|انفوجراف|image|photo|getty|afp via getty|"
    r"epa|reuters|getty images|shutterstock)(?:\s|$|[:：)\]\-–])"
    r"|[(\[]\s*(?:صوره|الصوره)\s*(?:ارشيفيه|من الارشيف|تعبيريه|توضيحيه|ارشيف)\s*[)\]]\s*$"
)
SHARE_LONG = re.compile(
    r"^(?:تابعوا|تابعونا|تابع|شاهدوا|حملوا|حمل|اشتركوا|اشترك|انضموا|يمكنكم)\s"
    r".*(?:موقع|تطبيق|قناه|صفحه|حساب|اشعارات|تغطيه مباشره|بث مباشر|الرابط)"
)
SEPARATOR = re.compile(r"^[\s\-_=*~.•·#+×<>|/\\]{3,}$")
OPINION_FOOTER = re.compile(
    r"(?:تمثل|تعبر عن|تعكس)\s+(?:راي|اراء|وجهه نظر)\s+(?:كاتبها|كتابها|اصحابها|صاحبها|الكاتب|كاتبيها)"
    r"|لا\s+(?:تعبر|تمثل|تعكس)\s+(?:بالضروره\s+)?(?:عن\s+)?(?:راي|موقف|وجهه نظر)"
    r"|^رابط (?:الخبر|المقال|القصه|الموضوع)|^(?:لمراسلتنا|للتواصل|للاعلان|للاعلانات)\b"
)
SOURCE_LINE = re.compile(
    r"^[*\s]*(?:نقلا عن|نقلا من|عن صحيفه|المصدر|مصدر)\s*[:：]?\s*\S"
    r"|^(?:مقال|مقاله|تقرير|تحليل)\s+(?:ل|بقلم|كتبه|لمراسل|لمراسله)\S*"
)
FOOTER = re.compile(r"(?:جميع الحقوق محفوظه|حقوق النشر|حقوق الطبع|all rights reserved|copyright|©)")
_DATE_WORDS = (r"(?:السبت|الاحد|الاثنين|الإثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|يناير|فبراير|مارس|ابريل|مايو|يونيو|يونيه|"
               r"يوليو|يوليه|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|"
               r"تشرين|الاول|الثاني|ص|م|صباحا|مساء|مساءا|الساعه|بتوقيت|غرينتش|جرينتش|gmt|am|pm|نشر|نشرت|تاريخ النشر|"
               r"اخر تحديث|محدث|تحديث|في|:|،|,|-|/|\|)")
DATELINE = re.compile(rf"^(?:(?:{_DATE_WORDS}|\d+)\s*)+$")

# a line made only of news-agency / outlet names: "فرانس 24/ أ ف ب", "-وات-", "(رويترز)"
_AGENCIES = (r"(?:رويترز|ا ف ب|اف ب|فرانس برس|فرانس 24|د ب ا|اسوشيتد برس|ا ب|الاناضول|سبوتنيك|واس|وام|بنا|قنا|"
             r"كونا|سانا|وات|معا|وفا|بترا|ارنا|تاس|شينخوا|يونايتد برس|وكالات|reuters|afp|ap|dpa|france 24)")
_AGENCY_LINE = re.compile(rf"^[\-–(\[*\s]*{_AGENCIES}(?:\s*[/،,\-–+&و]\s*{_AGENCIES})*[\-–)\]\s.]*$")

_INNER_SENTENCE_END = re.compile(r"[^.\d]\.\s+\S")
# "city - city: «paper»", "reporter – city": a dateline or byline before the first paragraph
_DATELINE_TOP = re.compile(r"^[^.،,]{2,40}\s[-–—]\s[^.،,]{2,40}$|[:：]\s*[«\"“][^»\"”]{2,40}[»\"”]$")

_SENTENCE_END = tuple(".!؟?:؛;…،,\"”»')")
def _key(line: str) -> str:
    return normalize(squash_spaces(line))


def _words(s: str) -> int:
    return len(s.split())


def _headline_like(line: str, max_words: int = 20) -> bool:
    s = squash_spaces(line)
    n = _words(s)
    return 1 <= n <= max_words and not s.endswith(tuple(".:،,؛;")) and not s.startswith(("-", "•", "*"))


class Cleaner:
    """Label the lines of a scraped article.  Stateless; one instance serves every article."""

    #: pasted headlines of other stories: a headline-like line of this many words
    pasted_min_words = 5
    pasted_max_words = 16

    def label(self, lines: list[str], title: str | None = None) -> tuple[list[str], str | None]:
        """Return ``(labels, title)``: one label per line (``""`` for empty lines)."""
        n = len(lines)
        labels = [""] * n
        # normalised keys for matching; long lines (paragraphs) only need exact repeat detection
        keys = [_key(l) if len(l) < 400 else squash_spaces(l) for l in lines]
        for i, line in enumerate(lines):
            if not line.strip(" \t\r"):
                labels[i] = ""          # truly empty: separators, not worth listing
            elif is_blank(line):
                labels[i] = "blank"
        content = [i for i in range(n) if not labels[i] and keys[i]]

        self._markers(lines, keys, labels, content)
        for i in [j for j in content if not labels[j]][:2]:
            if _words(keys[i]) <= 6 and _DATELINE_TOP.search(squash_spaces(lines[i])):
                labels[i] = "byline"
        for i in [j for j in content if not labels[j]][-2:]:
            if _words(keys[i]) <= 6 and squash_spaces(lines[i]).startswith("*"):
                labels[i] = "byline"
        self._repeats(keys, labels, content)

        # the headline
        title_line = None
        if title:
            tkey = _key(title)
            for i in content:
                if not labels[i] and (keys[i] == tkey or (len(tkey) > 15 and keys[i].startswith(tkey))):
                    labels[i] = "title"
        else:
            for i in content:
                if labels[i]:
                    continue
                if _headline_like(lines[i], 30) and not squash_spaces(lines[i]).endswith((".",)):
                    following = [j for j in content if j > i and not labels[j]]
                    if following:  # a lone line is a body, not a headline
                        title_line = i
                        labels[i] = "title"
                        title = squash_spaces(lines[i])
                break

        self._captions_near_headline(lines, keys, labels, content, title_line)
        self._pasted_headlines(lines, labels, content)
        self._appended_leads(lines, labels, content)
        for i in content:
            if not labels[i]:
                labels[i] = "body"
        return labels, title

    # -- rule groups -------------------------------------------------------------------

    def _markers(self, lines, keys, labels, content):
        k = 0
        while k < len(content):
            i = content[k]
            key = keys[i]
            words = _words(key)
            if labels[i]:
                k += 1
                continue
            m = MASTHEAD_ROLE.match(key) if words <= 10 else None
            if m:
                labels[i] = "masthead"
                # a role line followed by a short name line
                if not m.group(1) and k + 1 < len(content):
                    j = content[k + 1]
                    if _words(keys[j]) <= 5 and not labels[j]:
                        labels[j] = "masthead"
                        k += 1
                k += 1
                continue
            if words <= 40 and RELATED_MARKER.match(key):
                labels[i] = "related"
                # the linked headlines that follow the marker
                taken = 0
                while k + 1 < len(content) and taken < 6:
                    j = content[k + 1]
                    if labels[j] and labels[j] != "blank":
                        break
                    if not _headline_like(lines[j], 22):
                        break
                    labels[j] = "related"
                    taken += 1
                    k += 1
                k += 1
                continue
            if SEPARATOR.match(key):
                labels[i] = "footer"
            elif words <= 14 and CAPTION.match(key):
                labels[i] = "caption"
            elif (words <= 14 and SHARE.search(key)) or (words <= 40 and SHARE_LONG.match(key)):
                labels[i] = "share"
            elif words <= 30 and OPINION_FOOTER.search(key):
                labels[i] = "footer"
            elif words <= 16 and SOURCE_LINE.match(key):
                labels[i] = "byline"
            elif words <= 6 and _AGENCY_LINE.match(key):
                labels[i] = "byline"
            elif FOOTER.search(key) and words <= 25:
                labels[i] = "footer"
            elif words <= 10 and BYLINE.match(key):
                labels[i] = "byline"
            elif words <= 14 and DATELINE.match(key) and any(ch.isdigit() for ch in key):
                labels[i] = "byline"
            k += 1

    def _repeats(self, keys, labels, content):
        seen: dict[str, int] = {}
        counts = Counter(keys[i] for i in content)
        for pos, i in enumerate(content):
            key = keys[i]
            if counts[key] < 2:
                continue
            if key in seen:
                first = seen[key]
                if labels[first] in ("", "body") and _words(key) <= 12:
                    # a short line printed twice (a caption, or a masthead before the headline)
                    labels[first] = "caption"
                if not labels[i]:
                    labels[i] = labels[first] if labels[first] not in ("", "body") else "duplicate"
                elif labels[i] == "body":
                    labels[i] = "duplicate"
            else:
                seen[key] = i
        # repeats before the headline become masthead in _captions_near_headline, once the
        # headline is known

    def _captions_near_headline(self, lines, keys, labels, content, title_line):
        if title_line is None:
            return
        # everything repeated before the headline is the page's masthead
        for i in content:
            if i >= title_line:
                break
            if labels[i] in ("caption", "duplicate"):
                labels[i] = "masthead"
            elif not labels[i] and _words(keys[i]) <= 6:
                labels[i] = "masthead"
        # short unpunctuated lines between the headline and the first paragraph are captions
        for i in content:
            if i <= title_line or labels[i] == "blank":
                continue
            if labels[i] and labels[i] not in ("caption", "duplicate"):
                continue
            if labels[i] in ("caption", "duplicate"):
                labels[i] = "caption"
                continue
            if _headline_like(lines[i], 12) and not squash_spaces(lines[i]).endswith(_SENTENCE_END):
                later = [j for j in content if j > i and not labels[j]]
                if later and _words(keys[later[0]]) > _words(keys[i]):
                    labels[i] = "caption"
                    continue
            break

    def _pasted_headlines(self, lines, labels, content):
        """Headlines of other stories pasted into the body without a marker.

        Such a line reads like a headline: 5-16 words, no sentence-final full stop or comma,
        not introduced by a colon, and it stands after the lead paragraph.  Crossheads of
        the article itself are shorter (mostly 1-4 words) and are kept.  Documents whose
        paragraphs are hard-wrapped (most lines end mid-sentence) are left alone.
        """
        body = [i for i in content if not labels[i]]
        if len(body) < 3:
            return
        long_lines = [i for i in body if _words(lines[i]) >= 5]
        unpunctuated = [i for i in long_lines if not squash_spaces(lines[i]).endswith(_SENTENCE_END)]
        if long_lines and len(unpunctuated) > 0.5 * len(long_lines):
            return  # hard-wrapped text: line ends say nothing
        lead = body[0]
        for k, i in enumerate(body):
            if i <= lead:
                continue
            s = squash_spaces(lines[i])
            nw = _words(s)
            limit = self.pasted_max_words + (4 if s.endswith(("؟", "?")) else 0)
            if nw < self.pasted_min_words or nw > limit:
                continue
            if s.endswith(tuple(".،,:؛;…!")) or s.startswith(("-", "•", "*", "(")):
                continue
            if _INNER_SENTENCE_END.search(s):
                continue  # two sentences, or reported speech introduced by a colon: a paragraph
            if split_proclitics(s.split()[0])[0].startswith("و"):
                continue  # "و" + verb continues the story; headlines do not start with "and"
            prev = squash_spaces(lines[body[k - 1]]) if k else ""
            if prev.endswith((":", "：")):
                continue  # a list item or a quotation introduced by the paragraph before
            labels[i] = "related"

    def _appended_leads(self, lines, labels, content):
        """Lead paragraphs of other stories appended after the article (CNN Arabic pages).

        A page whose story opens with the CNN dateline ("دبي، ... (CNN)--") often ends with the
        opening paragraphs of other stories, one per line.  The story's own later paragraphs
        almost always open with و / ف or a connective (وقال، بدورها، أما، يذكر أن); the appended
        leads open like a new story (أكدت وزارة الخارجية البحرينية، ...، كشفت 3 مصادر ...).  So
        the run of two or more long lines at the end that open neither way is labelled
        ``related``, and so is any later line that carries a CNN dateline of its own.
        """
        body = [i for i in content if not labels[i]]
        if len(body) < 4 or not any(_CNN_DATELINE.search(lines[i]) for i in body[:2]):
            return
        run = []
        for i in reversed(body[1:]):
            s = squash_spaces(lines[i])
            words = s.split()
            if _CNN_DATELINE.search(s) and i != body[0]:
                run.append(i)
                continue
            if len(words) < 12 or s[:1] in "\"«“'(-" or s[:1].isdigit() or ":" in s[:40]:
                break   # (a timeline or list item -- "فبراير/شباط 2016: ..." -- is the story's own)
            first = normalize(words[0])
            if split_proclitics(words[0])[0][:1] in ("و", "ف") or first.startswith(("و", "ف")):
                break
            if first in _CONTINUATIONS or " ".join(normalize(w) for w in words[:2]) in _CONTINUATIONS:
                break
            prev = content[content.index(i) - 1]     # (i is never content[0]: body[0] is skipped)
            if _words(lines[prev]) < 8 or squash_spaces(lines[prev]).endswith(("؟", "?", ":")):
                break   # a paragraph under a crosshead (الدافع؟) is the story's own
            run.append(i)
        if len(run) >= 2 and len(body) - len(run) >= 2:
            for i in run:
                labels[i] = "related"


_CNN_DATELINE = re.compile(r"\(\s*CNN\s*\)")
# openings that continue a story rather than start one
_CONTINUATIONS = {normalize(w) for w in (
    "بدوره", "بدورها", "بدورهم", "أما", "يذكر", "يشار", "كما", "لكن", "غير", "إلا", "إلى", "الى",
    "من جهته", "من جهتها", "من جانبه", "من جانبها", "في المقابل", "في غضون", "في سياق", "في حين",
    "في الوقت", "على صعيد", "وفي", "ذلك", "هذا", "هذه", "يأتي", "تأتي", "جاء", "جاءت", "يجدر", "يبقى")}


def _period(block: list[str]) -> tuple[list[str], int]:
    """A block printed several times in a row -> ``(one copy, times)``."""
    n = len(block)
    keys = [_key(b) for b in block]
    for p in range(1, n // 2 + 1):
        if n % p == 0 and keys == keys[:p] * (n // p):
            return block[:p], n // p
    return block, 1


@register("marsad.clean.v1")
class CleanStage(Stage):
    """Fill ``title``, ``text`` and ``boilerplate`` from the raw input."""

    name = "clean"
    requires = ("raw",)
    provides = ("title", "text", "boilerplate")

    def __init__(self, cleaner: Cleaner | None = None):
        self.cleaner = cleaner or Cleaner()

    def __call__(self, record: Record) -> Record:
        raw = (record.raw or "").replace("\r\n", "\n").replace("\r", "\n")
        lines = raw.split("\n")
        labels, title = self.cleaner.label(lines, record.meta.get("title"))
        record.title = squash_spaces(title) if title else None
        paragraphs, removed = [], {}
        block: list[str] = []
        block_kind = None

        def flush():
            nonlocal block, block_kind
            if block:
                unit, times = _period(block)
                key = (block_kind, "\n".join(unit))
                removed[key] = removed.get(key, 0) + times
            block, block_kind = [], None

        for line, label in zip(lines, labels):
            if label == "body":
                flush()
                paragraphs.append(line.strip(" \t\u00a0\u200b\u200e\u200f\ufeff"))
            elif label in ("", "title"):
                if label == "title" and record.meta.get("title"):
                    flush()
                    removed[("title", line.strip())] = removed.get(("title", line.strip()), 0) + 1
                continue
            elif label == "blank":
                flush()
                removed[("blank", line)] = removed.get(("blank", line), 0) + 1
            else:
                if block_kind != label or label in ("duplicate",):
                    flush()
                block_kind = label
                block.append(line.strip(" \t\u00a0\u200b\ufeff"))
        flush()
        record.text = "\n".join(paragraphs)
        record.boilerplate = [Boilerplate(kind, text, count) for (kind, text), count in removed.items()]
        record.meta["line_labels"] = labels
        if not record.text.strip() and not any("no article text" in w for w in record.warnings):
            record.warnings.append("no body text left after cleaning")
        return record
