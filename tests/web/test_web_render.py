"""Highlighting by offsets, and the XSS guarantees of the article page."""
from __future__ import annotations

from html.parser import HTMLParser

from sample_records import records

from marsad.web.render import annotated, layout, stacked_bars


def _record(rid):
    return next(r for r in records() if r["id"] == rid)


def test_render_segments_rebuild_the_text_exactly():
    rec = _record("summit")
    body = annotated(rec)
    paras = ["".join(s["text"] for s in p) for p in body["paragraphs"]]
    assert paras == rec["text"].split("\n")
    assert body["skipped"] == 0


def test_render_entity_quote_and_trigger_classes():
    rec = _record("summit")
    segs = [s for p in annotated(rec, {"a_putin": "a_putin"})["paragraphs"] for s in p]
    putin = [s for s in segs if s["text"] == "بوتين"]
    assert putin and all("ent ent-PER" in s["cls"] and s["href"] == "a_putin" for s in putin)
    trig = next(s for s in segs if s["text"] == "يلتقي")
    assert "ev q1" in trig["cls"] and "neg" in trig["cls"] and "NOT future" in trig["title"]
    quoted = "".join(s["text"] for s in segs if " q" in f" {s.get('cls', '')}".replace("ev q", "ev_q"))
    assert quoted == "فرنسا تدعم الحوار بين الطرفين"
    # nested spans: the entity inside the quote keeps both classes
    macron = [s for s in segs if s["text"] == "ماكرون"]
    assert all("ent-PER" in s["cls"] for s in macron)
    assert any(i.startswith("s") for s in segs for i in s.get("ids", []))


def test_render_bad_offsets_are_skipped_not_fatal():
    rec = _record("summit")
    rec["entities"].append({"text": "x", "start": 5, "end": 99999, "type": "PER", "actor": None})
    rec["events"].append({**rec["events"][0], "start": 10, "end": 3})
    rec["quotes"].append({**rec["quotes"][0], "start": None})
    body = annotated(rec)
    assert body["skipped"] == 3
    assert ["".join(s["text"] for s in p) for p in body["paragraphs"]] == rec["text"].split("\n")


def test_render_focus_sentence():
    rec = _record("summit")
    segs = [s for p in annotated(rec, focus=1)["paragraphs"] for s in p]
    focused = "".join(s["text"] for s in segs if "focus" in s.get("cls", ""))
    sent = rec["sentences"][1]
    assert focused == rec["text"][sent["start"]:sent["end"]]


def test_render_chart_and_layout_shapes():
    series = {"periods": ["2021-01", "2021-02"], "keys": [1, 4], "counts": {1: [3, 0], 4: [1, 2]}}
    chart = stacked_bars(series, width=400, height=200, key_class=lambda k: f"q{k}")
    assert len(chart["bars"]) == 3 and not chart["empty"]
    assert all(b["y"] >= 0 and b["h"] > 0 for b in chart["bars"])
    net = {"nodes": [{"id": "a", "degree": 2}, {"id": "b", "degree": 2}, {"id": "c", "degree": 1}],
           "edges": [{"source": "a", "target": "b", "count": 2, "quads": {4: 2}, "quad": 4},
                     {"source": "b", "target": "c", "count": 1, "quads": {1: 1}, "quad": 1}]}
    lay = layout(net, 500, 400)
    assert len(lay["nodes"]) == 3 and [e["cls"] for e in lay["edges"]] == ["q4", "q1"]
    assert layout(net, 500, 400) == lay  # deterministic


class _Tags(HTMLParser):
    """Every start tag and attribute of a page, as a browser's tokenizer would see them."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _assert_inert(html: str, where: str) -> None:
    p = _Tags()
    p.feed(html)
    for tag, attrs in p.tags:
        assert tag not in ("img", "iframe", "b", "object", "embed"), (where, tag, attrs)
        assert not any(a.startswith("on") for a in attrs), (where, tag, attrs)
        if tag not in ("text", "rect", "line", "circle"):  # SVG shapes have x; the hostile text tries x='
            assert "x" not in attrs, (where, tag, attrs)
        if tag == "script":
            assert attrs == {"src": "/static/marsad.js", "defer": None}, (where, attrs)
        for a in ("href", "src", "action"):
            assert not (attrs.get(a) or "").lower().startswith("javascript:"), (where, tag, attrs)


def test_xss_pages_render_inert(client):
    for url in ("/articles/xss", "/search?q=بوتين", "/actors/a_putin", "/events", "/quotes", "/", "/network",
                "/search?q=%3Cscript%3E", "/events?actor=%22%3E%3Cimg+src%3Dx+onerror%3Dalert(1)%3E"):
        _assert_inert(client.get(url).text, url)
    html = client.get("/articles/xss").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&lt;iframe src=javascript:alert(3)&gt;" in html  # removed boilerplate is shown, escaped
    assert "&#34; onmouseover=&#34;alert(2)&#34;" in html
    assert "bad&#34;&gt;&lt;b&gt;outlet" in html


def test_xss_twin_json_keeps_the_text_verbatim(client):
    rec = client.get("/articles/xss.json").json()["record"]
    assert '<script>alert("x")</script>' in rec["text"]


def test_xss_analyze_page_escapes_posted_text(client):
    r = client.post("/analyze", data={"text": 'قال بوتين <script>alert(1)</script> "><img src=x onerror=alert(1)>'})
    assert r.status_code == 200
    _assert_inert(r.text, "/analyze")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text


def test_xss_unsafe_source_url_is_not_linked(client):
    from marsad.web.app import _environment

    env = _environment()
    assert env.filters["http_url"]("javascript:alert(1)") is False
    assert env.filters["http_url"]("https://example.org/a") is True


def test_render_unattributed_events_are_highlighted_apart():
    rec = _record("summit")
    ev = rec["events"][0]
    rec["unattributed_events"] = [{**ev, "source": [], "target": []}]
    segs = [s for p in annotated(rec)["paragraphs"] for s in p]
    trig = next(s for s in segs if "eu0" in s.get("ids", []))
    assert "ev" in trig["cls"] and "no actor named" in trig["title"]
    assert ["".join(s["text"] for s in p) for p in annotated(rec)["paragraphs"]] == rec["text"].split("\n")
