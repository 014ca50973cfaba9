"""Small analysed corpora for the store tests: records with actors, quotes and events,
written as JSON lines and ingested with ``--analysed`` (the pipeline is not involved).

A plain module (not conftest.py) so tests elsewhere can import it by its unique name.
"""
from __future__ import annotations

import json
import random

# sentences written for these tests
SENTENCES = [
    "أعلنت وزارة الخارجية اليوم عن زيارة رسمية يقوم بها الوزير إلى العاصمة الأسبوع المقبل",
    "وقال المتحدث باسم الحكومة إن المحادثات تناولت ملفات التعاون الاقتصادي والأمن الإقليمي",
    "وأكد الرئيس أن بلاده مستعدة لدعم جهود السلام في المنطقة بكل الوسائل المتاحة",
    "وشهدت المدينة احتجاجات واسعة للمطالبة بتحسين الخدمات العامة وتوفير فرص العمل",
    "وأشار التقرير إلى ارتفاع أسعار الوقود والمواد الغذائية خلال الأشهر الماضية",
    "ودعا البرلمان إلى جلسة طارئة لمناقشة مشروع قانون الموازنة العامة للدولة",
    "وذكرت مصادر محلية أن قوات الأمن انتشرت في الشوارع الرئيسية تحسبا لأي طارئ",
    "وتأتي هذه الخطوة في إطار مساع دولية لاحتواء الأزمة ومنع تصعيد جديد",
    "من جهته رحب الأمين العام للأمم المتحدة بالاتفاق ووصفه بأنه خطوة مهمة",
    "وأوضح البيان أن الجانبين اتفقا على تشكيل لجنة مشتركة لمتابعة تنفيذ التفاهمات",
    "وفي سياق متصل أعلنت الشركة عن خطة لاستثمار مليارات الدولارات في الطاقة المتجددة",
    "ولفت المراقبون إلى أن الانتخابات المقبلة ستكون اختبارا حقيقيا للأحزاب السياسية",
]

PUTIN = {"id": "a1", "name_ar": "فلاديمير بوتين", "name_en": "Vladimir Putin", "type": "PER", "country": "RUS",
         "sector": "GOV", "mentions": [0]}
BIDEN = {"id": "a2", "name_ar": "جو بايدن", "name_en": "Joe Biden", "type": "PER", "country": "USA",
         "sector": "GOV", "mentions": [1]}
ARMY = {"id": "a3", "name_ar": "الجيش السوري", "name_en": "Syrian Army", "type": "ORG", "country": "SYR",
        "sector": "MIL", "mentions": [2]}


VOCAB = sorted({w for s in SENTENCES for w in s.split()})


def body(seed: int, n: int = 70) -> str:
    """``n`` words drawn from the sentences' vocabulary: texts that share almost no 3-word shingle."""
    rng = random.Random(seed)
    words = [rng.choice(VOCAB) for _ in range(n)]
    return "\n".join(" ".join(words[i:i + 14]) for i in range(0, n, 14))


def record(rid: str, text: str, *, published: str | None = "2021-04-19", outlet: str = "outlet1",
           title: str | None = None, actors=(), events=(), quotes=()) -> dict:
    return {"id": rid, "source": {"url": f"https://news.example/{rid}", "outlet": outlet}, "published": published,
            "language": "ar", "title": title, "text": text, "boilerplate": [], "sentences": [],
            "entities": [{"text": a["name_ar"], "start": 0, "end": 1, "type": a["type"], "actor": a["id"]}
                         for a in actors],
            "actors": [dict(a, mentions=[i]) for i, a in enumerate(actors)], "quotes": list(quotes),
            "events": list(events), "dates": [], "warnings": []}


def event(etype: str, src: list, tgt: list, date: str | None = None, **kw) -> dict:
    ev = {"type": etype, "mode": None, "context": None, "source": src, "target": tgt, "trigger": "التقى",
          "sentence": 0, "start": 0, "end": 5, "date": date, "negated": False, "modality": "asserted",
          "quad": 1, "cameo": "040"}
    ev.update(kw)
    return ev


def corpus_records() -> list[dict]:
    """Twelve records: a meeting reported three times (two days apart, one exact and one near copy
    of the first article), the same meeting a month later, an attack, and unrelated articles."""
    meet = event("CONSULT", ["a1"], ["a2"], "2021-04-19")
    quote = {"speaker": "a1", "speaker_text": "بوتين", "addressee": None, "cue": "قال", "kind": "indirect",
             "text": "إن المحادثات كانت بناءة ومفيدة للطرفين", "start": 0, "end": 10, "channel": None}
    base = "\n".join(SENTENCES[:8])
    words = base.split()
    near = " ".join(words[:20] + ["تماما"] + words[21:])
    recs = [
        record("r01", base, title="بوتين يلتقي بايدن في جنيف", actors=[PUTIN, BIDEN], events=[meet], quotes=[quote]),
        record("r02", base, published="2021-04-20", outlet="outlet2", title="لقاء بوتين وبايدن",
               actors=[PUTIN, BIDEN], events=[event("CONSULT", ["a1"], ["a2"])]),
        record("r03", near, published="2021-04-21", outlet="outlet3", title="قمة جنيف",
               actors=[PUTIN, BIDEN], events=[event("CONSULT", ["a1"], ["a2"], "2021-04-19")]),
        record("r04", body(4), published="2021-05-20", title="بوتين وبايدن مجددا", actors=[PUTIN, BIDEN],
               events=[event("CONSULT", ["a1"], ["a2"])]),
        record("r05", body(5), published="2021-04-19", outlet="outlet2", title="قصف في ريف إدلب", actors=[ARMY],
               events=[event("ASSAULT", ["a3"], [], quad=4, cameo="190", trigger="قصف")]),
    ]
    for i in range(6, 13):
        recs.append(record(f"r{i:02d}", body(i * 7), published=f"2021-03-{i:02d}", outlet=f"outlet{i % 3 + 1}",
                           title=f"خبر رقم {i}"))
    return recs


def write_jsonl(path, records) -> str:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return str(path)


def make_store(tmp_path) -> str:
    """A store holding :func:`corpus_records`; returns its path."""
    from marsad.ingest import ingest

    db = str(tmp_path / "store.db")
    ingest([write_jsonl(tmp_path / "records.jsonl", corpus_records())], db, analysed=True)
    return db
