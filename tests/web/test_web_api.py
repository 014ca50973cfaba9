"""The JSON API: every endpoint, its HTML page and JSON twin, bad parameters and missing ids."""
from __future__ import annotations

import pytest

from marsad.record import PLOVER_TYPES

PAGES = ["/", "/search", "/search?q=بوتين", "/articles/summit", "/actors", "/actors/a_putin", "/events", "/network",
         "/quotes"]


def test_openapi_describes_every_api_endpoint(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    for p in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/actors", "/api/actors/{actor_id}",
              "/api/quotes", "/api/analyze", "/api/network", "/api/stats"):
        assert p in paths, p
    params = {p["name"] for p in spec["paths"]["/api/articles"]["get"]["parameters"]}
    assert {"q", "outlet", "since", "until", "type", "actor", "page", "limit"} <= params
    assert not any(p.endswith(".json") or not p.startswith("/api/") for p in paths)


@pytest.mark.parametrize("url", PAGES)
def test_web_page_has_json_twin(client, url):
    page = client.get(url)
    assert page.status_code == 200, page.text[:300]
    assert page.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in page.text
    path, _, query = url.partition("?")
    twin = client.get(("/index" if path == "/" else path) + ".json" + ("?" + query if query else ""))
    assert twin.status_code == 200
    assert twin.headers["content-type"].startswith("application/json")
    assert isinstance(twin.json(), dict)


def test_api_articles_search_is_arabic_normalised(client):
    # "الامم المتحده" (no hamza, ه for ة) finds "الأمم المتحدة"; "بوتين" also finds "وبوتين"-style clitics
    r = client.get("/api/articles", params={"q": "الامم المتحده"}).json()
    assert {x["id"] for x in r["results"]} == {"sudan", "talks", "summit"}
    hit = r["results"][0]
    text = hit["snippet"]["text"]
    assert any(text[a:b] in ("الأمم", "المتحدة") for a, b in hit["snippet"]["highlights"])
    assert {x["id"] for x in client.get("/api/articles?q=بوتين").json()["results"]} == {"summit", "sanctions", "xss"}


def test_api_articles_filters(client):
    ids = lambda **p: {x["id"] for x in client.get("/api/articles", params=p).json()["results"]}  # noqa: E731
    assert ids(outlet="bbc") == {"sudan"}
    assert ids(since="2021-06-01", until="2021-06-30") == {"sanctions", "talks"}
    assert ids(until="2021-05") == {"summit", "sudan", "aid"}
    assert ids(type="ASSAULT") == {"sudan"}
    assert ids(type="consult,agree") == {"summit", "talks"}
    assert ids(actor="a_rsf") == {"sudan", "talks"}
    assert ids(actor="Rapid Support") == {"sudan", "talks"}
    assert ids(q="بوتين", type="SANCTION") == {"sanctions"}
    assert ids(actor="nobody-at-all") == set()
    r = client.get("/api/articles", params={"limit": 2, "page": 2}).json()
    assert r["total"] == 6 and r["pages"] == 3 and len(r["results"]) == 2


def test_api_article(client):
    r = client.get("/api/articles/summit").json()
    rec = r["record"]
    assert rec["id"] == "summit" and rec["title"].startswith("بوتين")
    for e in rec["entities"]:
        assert rec["text"][e["start"]:e["end"]] == e["text"]
    assert r["actor_pages"]["a_putin"] == "a_putin"
    assert len(r["event_clusters"]) == 4


def test_api_events(client):
    r = client.get("/api/events").json()
    assert r["total"] == 14 and len(r["events"]) == 14
    assert set(r["by_quad"]["keys"]) == {1, 2, 3, 4}
    assert sum(sum(v) for v in r["by_type"]["counts"].values()) == 14
    ev = next(e for e in client.get("/api/events?type=ASSAULT").json()["events"])
    assert ev["sources"][0]["id"] == "a_army" and ev["targets"][0]["id"] == "a_rsf" and ev["quad"] == 4
    rep = ev["articles"][0]
    assert rep["id"] == "sudan" and rep["sentence"] == 0
    assert rep["sentence_text"][rep["trigger_start"]:rep["trigger_end"]] == "هاجم"
    assert client.get("/api/events?quad=4").json()["total"] == 2
    assert client.get("/api/events?actor=a_putin&since=2021-06-01").json()["total"] == 4
    assert client.get("/api/events?country=SDN").json()["total"] == 6
    neg = [e for e in client.get("/api/events?type=CONSULT").json()["events"] if e["negated"]]
    assert len(neg) == 1 and neg[0]["modality"] == "future"


def test_api_actors(client):
    rows = client.get("/api/actors").json()["actors"]
    assert {a["id"] for a in rows} >= {"a_putin", "a_biden", "a_un", "a_army", "a_rsf"}
    assert {a["id"] for a in client.get("/api/actors?country=egy").json()["actors"]} == {"a_egypt", "a_shoukry"}
    assert {a["id"] for a in client.get("/api/actors?name=بوتين").json()["actors"]} == {"a_putin"}
    assert {a["id"] for a in client.get("/api/actors?type=org").json()["actors"]} == {"a_un", "a_army", "a_rsf"}


def test_api_actor(client):
    r = client.get("/api/actors/a_putin").json()
    assert r["actor"]["name_en"] == "Vladimir Putin" and r["actor"]["country"] == "RUS"
    assert r["n_as_source"] == 5 and r["n_as_target"] == 1
    assert {e["type"] for e in r["events_as_source"]} == {"CONSULT", "REJECT", "THREATEN", "ACCUSE"}
    assert [e["type"] for e in r["events_as_target"]] == ["SANCTION"]
    assert {q["text"] for q in r["quotes"]} == {"غير قانونية", '<script>alert("x")</script>'}
    assert r["actor"]["co_actors"][0]["id"] == "a_biden"
    assert sum(sum(v) for v in r["timeline"]["source"]["counts"].values()) == 5
    assert client.get("/actors/a_putin.json").json() == r


def test_api_quotes(client):
    rows = client.get("/api/quotes").json()["quotes"]
    assert len(rows) == 4
    assert {q["speaker"]["id"] for q in rows} == {"a_macron", "a_shoukry", "a_putin"}
    assert [q["article"] for q in client.get("/api/quotes?speaker=a_shoukry").json()["quotes"]] == ["aid"]
    assert [q["article"] for q in client.get("/api/quotes", params={"q": "الحوار"}).json()["quotes"]] == ["summit"]
    assert client.get("/api/quotes?kind=direct").json()["quotes"] == []


def test_api_network(client):
    r = client.get("/api/network").json()
    pairs = {(e["source"], e["target"]): e for e in r["edges"]}
    assert pairs[("a_army", "a_rsf")]["quads"] == {"1": 2, "4": 1}
    assert pairs[("a_biden", "a_putin")]["quad"] == 4
    assert len(r["layout"]["nodes"]) == len(r["nodes"])
    for n in r["layout"]["nodes"]:
        assert 0 <= n["x"] <= r["layout"]["width"] and 0 <= n["y"] <= r["layout"]["height"]
    ego = client.get("/api/network?actor=a_macron").json()
    assert {n["id"] for n in ego["nodes"]} == {"a_macron", "a_putin", "a_un"}
    assert client.get("/api/network?quad=4").json()["edges"]


def test_api_stats(client):
    r = client.get("/api/stats").json()
    assert r["articles"] == 6 and r["events"] == 14 and r["quotes"] == 4
    assert "bbc" in r["outlets"]


@pytest.mark.parametrize("url, words", [
    ("/api/articles?since=yesterday", "since"),
    ("/api/articles?until=2021-13-45x", "until"),
    ("/api/articles?type=BOMB", "BOMB"),
    ("/api/articles?limit=0", "limit"),
    ("/api/articles?limit=many", "limit"),
    ("/api/articles?page=-1", "page"),
    ("/api/articles?q=-", "nothing to search"),
    ("/api/events?quad=5", "quad"),
    ("/api/events?quad=x", "quad"),
    ("/api/events?period=week", "period"),
    ("/api/events?country=E1", "country"),
    ("/api/actors?order=name", "order"),
    ("/api/actors?type=PERSON", "type"),
    ("/api/quotes?kind=rumour", "kind"),
    ("/api/network?nodes=1", "nodes"),
    ("/api/actors/a_putin?period=week", "period"),
    ("/api/articles/summit?s=x", "s"),
])
def test_api_bad_parameters_400_with_message(client, url, words):
    r = client.get(url)
    assert r.status_code == 400, r.text
    body = r.json()
    assert body["status"] == 400 and words in body["error"]


def test_bad_parameters_on_html_pages_400(client):
    r = client.get("/events?type=BOMB")
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert "BOMB" in r.text


@pytest.mark.parametrize("url", ["/api/articles/nope", "/api/actors/nope", "/articles/nope", "/actors/nope",
                                 "/articles/nope.json", "/no/such/page", "/api/nothing"])
def test_missing_ids_404(client, url):
    r = client.get(url)
    assert r.status_code == 404
    if url.startswith("/api/") or url.endswith(".json"):
        assert "error" in r.json()


def test_security_headers(client):
    for url in ("/", "/api/articles", "/static/marsad.css", "/api/articles/nope"):
        h = client.get(url).headers
        csp = h["content-security-policy"]
        assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp and "default-src 'self'" in csp
        assert h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"] == "no-referrer"
        assert h["server-timing"].startswith("app;dur=")


def test_request_body_over_limit_413(client):
    r = client.post("/api/analyze", content=b'{"text": "' + b"a" * 1_100_000 + b'"}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 413 and "too large" in r.json()["error"]

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(12):
            yield b"x" * 100_000
    r = client.post("/analyze", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413


def test_api_analyze_runs_the_pipeline_and_stores_nothing(client, store_db):
    import sqlite3

    text = "قال الرئيس المصري إن بلاده ستواصل دعم الحوار.\nوأضاف أن القاهرة تريد السلام."
    r = client.post("/api/analyze", json={"text": text, "title": "عنوان تجريبي", "published": "2021-05-01"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["stored"] is False
    rec = body["record"]
    assert rec["title"] == "عنوان تجريبي" and rec["published"] == "2021-05-01"
    assert "القاهرة" in rec["text"]
    for e in rec["entities"]:
        assert rec["text"][e["start"]:e["end"]] == e["text"]
    with sqlite3.connect(store_db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 6
    twin = client.post("/analyze.json", json={"text": text, "title": "عنوان تجريبي", "published": "2021-05-01"})
    assert twin.status_code == 200 and twin.json()["record"]["text"] == rec["text"]


@pytest.mark.parametrize("payload, status", [({"text": "   "}, 400), ({"text": "نص", "published": "soon"}, 400),
                                             ({"text": "نص", "profile": "slow"}, 400),
                                             ({}, 400), ({"text": 5}, 400)])
def test_api_analyze_bad_input(client, payload, status):
    r = client.post("/api/analyze", json=payload)
    assert r.status_code == status and r.json()["error"]


def test_analyze_form_page(client):
    assert client.get("/analyze").status_code == 200
    r = client.post("/analyze", data={"text": "قال بوتين إن روسيا ترفض العقوبات.", "title": "", "published": ""})
    assert r.status_code == 200 and 'class="text"' in r.text
    r = client.post("/analyze", data={"text": ""})
    assert r.status_code == 400 and "errmsg" in r.text


def test_store_is_opened_read_only(app, client):
    import sqlite3

    client.get("/api/articles")
    st = app.state.store()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        st.conn.execute("DELETE FROM articles")


def test_all_plover_types_have_a_colour():
    from pathlib import Path

    import marsad.web

    css = (Path(marsad.web.__file__).parent / "static" / "marsad.css").read_text()
    for i in range(len(PLOVER_TYPES)):
        assert f".t{i} {{" in css


def test_serve_command_is_registered():
    from marsad.cli import build_parser

    args = build_parser().parse_args(["serve", "--db", "x.db"])
    assert args.host == "127.0.0.1" and args.port == 8000 and args.max_body == 1_000_000


def test_serve_command_missing_store(tmp_path, capsys):
    from marsad.cli import main

    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 1
    assert "no such store" in capsys.readouterr().err


def test_serve_command_runs_the_server(store_db, tmp_path):
    """``marsad serve`` through its real entry point: answers on localhost, then stops."""
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-c", "import sys; from marsad.cli import main; sys.exit(main())", "serve", "--db", store_db, "--port", str(port),
                             "--no-analyze"], stderr=subprocess.PIPE, text=True)
    try:
        body = None
        for _ in range(300):
            assert proc.poll() is None, proc.stderr.read()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=2) as r:
                    body = r.read().decode()
                break
            except OSError:
                time.sleep(0.1)
        assert body is not None and '"articles":6' in body.replace(" ", "")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
            assert 'href="/analyze"' not in r.read().decode()
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/analyze", timeout=2)
            raise AssertionError("/analyze should be off")
        except urllib.error.HTTPError as exc:
            assert exc.code in (404, 405)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
    assert "read-only" in proc.stderr.read()


def test_api_events_periods(client):
    day = client.get("/api/events?period=day").json()
    assert day["by_type"]["period"] == "day" and day["by_type"]["periods"][0] == "2021-04-19"
    assert len(day["by_quad"]["periods"]) == len(day["by_type"]["periods"])  # gaps filled, same axis
    year = client.get("/api/events?period=year").json()
    assert year["by_quad"]["periods"] == ["2021"] and sum(sum(v) for v in year["by_quad"]["counts"].values()) == 14
