"""Small hand-written records for the web tests (our own Arabic sentences, no corpus text).

:func:`build` turns a compact description into a contract-v1 record: entity, quote, event and
date offsets are found in the text, so every span is exact by construction.
"""
from __future__ import annotations

from marsad.record import PLOVER_TYPES

QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "REQUEST": 1, "COOPERATE": 2, "AID": 2,
        "RETREAT": 2, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3, "SANCTION": 4, "MOBILIZE": 4,
        "COERCE": 4, "ASSAULT": 4}

ACTORS = {
    "a_putin": ("بوتين", "Vladimir Putin", "PER", "RUS", "GOV"),
    "a_biden": ("بايدن", "Joe Biden", "PER", "USA", "GOV"),
    "a_macron": ("ماكرون", "Emmanuel Macron", "PER", "FRA", "GOV"),
    "a_un": ("الأمم المتحدة", "United Nations", "ORG", "UNO", None),
    "a_egypt": ("مصر", "Egypt", "LOC", "EGY", None),
    "a_army": ("الجيش السوداني", "Sudanese Army", "ORG", "SDN", "MIL"),
    "a_rsf": ("قوات الدعم السريع", "Rapid Support Forces", "ORG", "SDN", "REB"),
    "a_shoukry": ("سامح شكري", "Sameh Shoukry", "PER", "EGY", "GOV"),
}


def _find(text: str, needle: str, after: int = 0) -> int:
    i = text.find(needle, after)
    if i < 0:
        raise ValueError(f"{needle!r} not in the sample text")
    return i


def build(rid: str, title: str, published: str, outlet: str, paragraphs: list[str], *,
          mentions: list[tuple[str, str]] = (), quotes: list[dict] = (), events: list[dict] = (),
          dates: list[tuple[str, str]] = (), boilerplate: list[dict] = (), url: str | None = None) -> dict:
    """``mentions``: (surface, actor key) in order of appearance; ``quotes``: {speaker, text, cue,
    kind}; ``events``: {type, trigger, source, target, date, negated, modality}; ``dates``: (surface, value)."""
    text = "\n".join(paragraphs)
    sentences, pos = [], 0
    for para in paragraphs:
        start = pos
        for i, ch in enumerate(para):
            if ch in ".؟!" and (i + 1 == len(para) or para[i + 1] == " "):
                sentences.append({"start": start, "end": pos + i + 1})
                start = pos + i + 2
        if start < pos + len(para):
            sentences.append({"start": start, "end": pos + len(para)})
        pos += len(para) + 1
    used = sorted({key for _s, key in mentions} | {q["speaker"] for q in quotes if q.get("speaker")}
                  | {a for e in events for a in e.get("source", []) + e.get("target", [])})
    actors = {k: {"id": k, "name_ar": ACTORS[k][0], "name_en": ACTORS[k][1], "type": ACTORS[k][2],
                  "country": ACTORS[k][3], "sector": ACTORS[k][4], "mentions": []} for k in used}
    entities, cursor = [], 0
    for surface, key in mentions:
        s = _find(text, surface, cursor)
        cursor = s + len(surface)
        actors[key]["mentions"].append(len(entities))
        entities.append({"text": surface, "start": s, "end": s + len(surface), "type": ACTORS[key][2], "actor": key})
    out_quotes = []
    for q in quotes:
        s = _find(text, q["text"])
        out_quotes.append({"speaker": q.get("speaker"), "speaker_text": q.get("speaker_text") or
                           (ACTORS[q["speaker"]][0] if q.get("speaker") else None),
                           "addressee": None, "cue": q.get("cue", "قال"), "kind": q.get("kind", "indirect"),
                           "text": q["text"], "start": s, "end": s + len(q["text"]), "channel": q.get("channel")})
    out_events = []
    for e in events:
        assert e["type"] in PLOVER_TYPES
        s = _find(text, e["trigger"], e.get("after", 0) and _find(text, e["after"]))
        sent = next(i for i, x in enumerate(sentences) if x["start"] <= s < x["end"])
        out_events.append({"type": e["type"], "mode": None, "context": None, "source": e.get("source", []),
                           "target": e.get("target", []), "trigger": e["trigger"], "sentence": sent,
                           "start": s, "end": s + len(e["trigger"]), "date": e.get("date", published),
                           "negated": e.get("negated", False), "modality": e.get("modality", "asserted"),
                           "quad": QUAD[e["type"]], "cameo": None})
    out_dates = []
    for surface, value in dates:
        s = _find(text, surface)
        out_dates.append({"text": surface, "start": s, "end": s + len(surface), "value": value})
    return {"id": rid, "source": {"outlet": outlet, "url": url or f"https://example.org/{rid}"},
            "published": published, "language": "ar", "title": title, "text": text,
            "boilerplate": list(boilerplate), "sentences": sentences, "entities": entities,
            "actors": list(actors.values()), "quotes": out_quotes, "events": out_events, "dates": out_dates,
            "warnings": []}


def records() -> list[dict]:
    """Five ordinary articles and one hostile one (``xss``)."""
    out = [
        build("summit", "بوتين وبايدن يبحثان الأزمة في قمة افتراضية", "2021-04-19", "alarabiya", [
            "قال المتحدث باسم الكرملين إن بوتين لن يلتقي بايدن على هامش قمة المناخ.",
            "وبحث بوتين مع ماكرون الأوضاع في أوكرانيا خلال اتصال هاتفي يوم الاثنين.",
            "وأكد ماكرون أن فرنسا تدعم الحوار بين الطرفين، ودعا إلى وقف التصعيد.",
            "ورحبت الأمم المتحدة بالمبادرة الفرنسية، مؤكدة استعدادها لتسهيل أي لقاء مقبل بين الجانبين.",
            "ومن المنتظر أن يلتقي وزراء خارجية الدول المعنية في جنيف منتصف يونيو المقبل.",
        ], mentions=[("بوتين", "a_putin"), ("بايدن", "a_biden"), ("بوتين", "a_putin"), ("ماكرون", "a_macron"),
                     ("ماكرون", "a_macron"), ("الأمم المتحدة", "a_un")],
            quotes=[{"speaker": "a_macron", "text": "فرنسا تدعم الحوار بين الطرفين", "cue": "أكد"}],
            events=[{"type": "CONSULT", "trigger": "يلتقي", "source": ["a_putin"], "target": ["a_biden"],
                     "negated": True, "modality": "future"},
                    {"type": "CONSULT", "trigger": "بحث", "source": ["a_putin"], "target": ["a_macron"]},
                    {"type": "REQUEST", "trigger": "دعا", "source": ["a_macron"], "target": []},
                    {"type": "SUPPORT", "trigger": "رحبت", "source": ["a_un"], "target": ["a_macron"]}],
            dates=[("يوم الاثنين", "2021-04-19"), ("منتصف يونيو المقبل", "2021-06")],
            boilerplate=[{"kind": "related", "text": "اقرأ أيضا\nعنوان خبر آخر لا علاقة له بالموضوع", "count": 1},
                         {"kind": "caption", "text": "صورة أرشيفية", "count": 2}]),
        build("sudan", "اشتباكات عنيفة في الخرطوم بين الجيش وقوات الدعم السريع", "2021-05-03", "bbc", [
            "هاجم الجيش السوداني مواقع قوات الدعم السريع في الخرطوم فجر الاثنين.",
            "واتهمت قوات الدعم السريع الجيش السوداني بقصف الأحياء السكنية.",
            "ودعت الأمم المتحدة الطرفين إلى وقف إطلاق النار فورا.",
        ], mentions=[("الجيش السوداني", "a_army"), ("قوات الدعم السريع", "a_rsf"), ("قوات الدعم السريع", "a_rsf"),
                     ("الجيش السوداني", "a_army"), ("الأمم المتحدة", "a_un")],
            quotes=[],
            events=[{"type": "ASSAULT", "trigger": "هاجم", "source": ["a_army"], "target": ["a_rsf"]},
                    {"type": "ACCUSE", "trigger": "اتهمت", "source": ["a_rsf"], "target": ["a_army"]},
                    {"type": "REQUEST", "trigger": "دعت", "source": ["a_un"], "target": ["a_army", "a_rsf"]}]),
        build("aid", "مصر ترسل مساعدات إنسانية إلى السودان", "2021-05-20", "skynews", [
            "أرسلت مصر قافلة مساعدات طبية إلى السودان عبر معبر أرقين.",
            "وقال وزير الخارجية سامح شكري إن القاهرة ستواصل دعم الشعب السوداني.",
        ], mentions=[("مصر", "a_egypt"), ("سامح شكري", "a_shoukry")],
            quotes=[{"speaker": "a_shoukry", "text": "القاهرة ستواصل دعم الشعب السوداني"}],
            events=[{"type": "AID", "trigger": "أرسلت", "source": ["a_egypt"], "target": ["a_army"]}]),
        build("sanctions", "واشنطن تفرض عقوبات جديدة على موسكو", "2021-06-15", "cnn", [
            "فرضت إدارة بايدن عقوبات جديدة على شركات روسية.",
            "ورفض بوتين العقوبات ووصفها بأنها غير قانونية، وهدد بالرد.",
            "Joe Biden said the measures were proportionate.",
        ], mentions=[("بايدن", "a_biden"), ("بوتين", "a_putin"), ("Joe Biden", "a_biden")],
            quotes=[{"speaker": "a_putin", "text": "غير قانونية", "cue": "وصف"}],
            events=[{"type": "SANCTION", "trigger": "فرضت", "source": ["a_biden"], "target": ["a_putin"]},
                    {"type": "REJECT", "trigger": "رفض", "source": ["a_putin"], "target": ["a_biden"]},
                    {"type": "THREATEN", "trigger": "هدد", "source": ["a_putin"], "target": ["a_biden"]}]),
        build("talks", "الأمم المتحدة تستضيف محادثات بين طرفي النزاع في السودان", "2021-06-28", "france24", [
            "استضافت الأمم المتحدة محادثات بين الجيش السوداني وقوات الدعم السريع في جدة.",
            "واتفق الطرفان على هدنة إنسانية مدتها أسبوع.",
        ], mentions=[("الأمم المتحدة", "a_un"), ("الجيش السوداني", "a_army"), ("قوات الدعم السريع", "a_rsf")],
            events=[{"type": "CONSULT", "trigger": "محادثات", "source": ["a_army"], "target": ["a_rsf"]},
                    {"type": "AGREE", "trigger": "اتفق", "source": ["a_army"], "target": ["a_rsf"]}]),
    ]
    # hostile input: markup and attribute-breaking quotes in every field the pages show
    evil = '<script>alert("x")</script>'
    out.append(build("xss", f'عنوان {evil} "><img src=x onerror=alert(1)>', "2021-07-01", 'bad"><b>outlet', [
        f'قال بوتين {evil} في تصريح.',
        "نص آخر \" onmouseover=\"alert(2)\" x=' و <b>غامق</b> & رموز.",
    ], mentions=[("بوتين", "a_putin")],
        quotes=[{"speaker": "a_putin", "text": evil, "cue": "قال"}],
        events=[{"type": "ACCUSE", "trigger": "قال", "source": ["a_putin"], "target": []}],
        boilerplate=[{"kind": "footer", "text": "<iframe src=javascript:alert(3)>", "count": 1}]))
    return out
