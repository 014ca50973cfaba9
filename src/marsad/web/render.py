"""Turning records and counts into what the templates draw.

Nothing here produces markup from text: :func:`segments` cuts the body at annotation offsets
into plain pieces that the (autoescaping) templates wrap; the charts and the network are
lists of shapes with numeric coordinates and class names.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np
from markupsafe import Markup, escape

from ..record import PLOVER_TYPES

QUAD_CLASS = {1: "q1", 2: "q2", 3: "q3", 4: "q4"}


def _valid(start: Any, end: Any, n: int) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= n


def _actor_name(actor: dict | None) -> str:
    if not actor:
        return "?"
    return actor.get("name_en") or actor.get("name_ar") or actor.get("id") or "?"


def annotated(record: dict, actor_links: dict[str, str] | None = None, focus: int | None = None) -> dict:
    """The body as paragraphs of segments, plus the side-panel lists, for one record.

    ``actor_links`` maps the record's local actor ids to store keys that have an actor page.
    A segment is ``{text, cls, href, title, ids}``; ``cls`` lists the annotations covering it
    (``ent ent-PER``, ``q``, ``ev q3``, ``dt``, ``focus``).  Spans with bad offsets are skipped
    and counted in ``skipped``.
    """
    text = record.get("text") or ""
    n = len(text)
    links = actor_links or {}
    actors = {a.get("id"): a for a in record.get("actors") or []}
    spans: list[tuple[int, int, int, dict]] = []  # start, end, order, info
    skipped = 0
    for i, e in enumerate(record.get("entities") or []):
        if not _valid(e.get("start"), e.get("end"), n):
            skipped += 1
            continue
        a = actors.get(e.get("actor"))
        tip = f"{e.get('type')}" + (f" · {_actor_name(a)}" if a else "")
        spans.append((e["start"], e["end"], 2, {"cls": f"ent ent-{e.get('type') or 'MISC'}", "title": tip,
                                                "href": links.get(e.get("actor")), "id": f"e{i}"}))
    for i, q in enumerate(record.get("quotes") or []):
        if not _valid(q.get("start"), q.get("end"), n):
            skipped += 1
            continue
        who = _actor_name(actors.get(q.get("speaker"))) if q.get("speaker") else (q.get("speaker_text") or "?")
        spans.append((q["start"], q["end"], 0, {"cls": "q", "title": f"quote ({q.get('kind')}) — {who}", "id": f"q{i}"}))
    # events with their sides; those with no actor named (unattributed_events) highlighted alike
    for key, prefix in (("events", "ev"), ("unattributed_events", "eu")):
        for i, ev in enumerate(record.get(key) or []):
            if not _valid(ev.get("start"), ev.get("end"), n):
                skipped += 1
                continue
            if prefix == "ev":
                src = ", ".join(_actor_name(actors.get(x)) for x in ev.get("source") or []) or "?"
                tgt = ", ".join(_actor_name(actors.get(x)) for x in ev.get("target") or []) or "?"
                flags = (" NOT" if ev.get("negated") else "") + (
                    f" {ev['modality']}" if ev.get("modality") not in (None, "asserted") else "")
                title = f"{src} —{ev.get('type')}→ {tgt}{flags}"
            else:
                title = f"{ev.get('type')} (no actor named)"
            spans.append((ev["start"], ev["end"], 3, {"cls": f"ev {QUAD_CLASS.get(ev.get('quad'), 'q0')}"
                                                            + (" neg" if ev.get("negated") else ""),
                                                     "title": title, "id": f"{prefix}{i}"}))
    for d in record.get("dates") or []:
        if _valid(d.get("start"), d.get("end"), n):
            spans.append((d["start"], d["end"], 1, {"cls": "dt", "title": f"date = {d.get('value')}"}))
    sentences = record.get("sentences") or []
    if focus is not None and 0 <= focus < len(sentences) and _valid(sentences[focus].get("start"),
                                                                        sentences[focus].get("end"), n):
        spans.append((sentences[focus]["start"], sentences[focus]["end"], -1, {"cls": "focus", "id": "focus"}))
    anchors: dict[int, list[str]] = {}
    for i, s in enumerate(sentences):
        if isinstance(s.get("start"), int) and 0 <= s["start"] < n:
            anchors.setdefault(s["start"], []).append(f"s{i}")

    cuts = {0, n}
    for s, e, _o, _i in spans:
        cuts.update((s, e))
    cuts.update(anchors)
    pos = 0
    for line in text.split("\n"):
        cuts.update((pos, pos + len(line)))
        pos += len(line) + 1
    cuts = sorted(c for c in cuts if 0 <= c <= n)

    # sweep: spans starting at each cut, active set maintained by end
    starts: dict[int, list] = {}
    for sp in sorted(spans, key=lambda x: (x[0], x[2])):
        starts.setdefault(sp[0], []).append(sp)
    active: list = []
    started: set[int] = set()
    paragraphs: list[list[dict]] = [[]]
    for a, b in zip(cuts, cuts[1:]):
        active = [sp for sp in active if sp[1] > a] + starts.get(a, [])
        active.sort(key=lambda x: x[2])
        piece = text[a:b]
        lines = piece.split("\n")
        for k, chunk in enumerate(lines):
            if k:
                paragraphs.append([])
            if not chunk:
                continue
            seg: dict[str, Any] = {"text": chunk}
            if active:
                seg["cls"] = " ".join(sp[3]["cls"] for sp in active)
                seg["title"] = " | ".join(sp[3]["title"] for sp in active if sp[3].get("title"))
                href = next((sp[3]["href"] for sp in active if sp[3].get("href")), None)
                if href:
                    seg["href"] = href
            ids = list(anchors.get(a, [])) if k == 0 else []
            for sp in active:
                if sp[3].get("id") and id(sp) not in started:
                    started.add(id(sp))
                    ids.append(sp[3]["id"])
            if ids:
                seg["ids"] = ids
            paragraphs[-1].append(seg)
    return {"paragraphs": paragraphs, "skipped": skipped}


# --- charts -------------------------------------------------------------------------------

def stacked_bars(series: dict, *, width: int = 900, height: int = 260, key_class=None, key_label=None) -> dict:
    """Shapes of a stacked bar chart: ``{width, height, bars: [{x, y, w, h, cls, title}], xlabels,
    ylabels, empty}`` for ``series`` from :func:`marsad.web.queries.event_series`."""
    periods, keys, counts = series["periods"], series["keys"], series["counts"]
    key_class = key_class or (lambda k: str(k))
    key_label = key_label or (lambda k: str(k))
    left, right, top, bottom = 44, 28, 10, 40
    pw, ph = width - left - right, height - top - bottom
    totals = [sum(counts[k][i] for k in keys) for i in range(len(periods))]
    peak = max(totals, default=0)
    out: dict[str, Any] = {"width": width, "height": height, "bars": [], "xlabels": [], "ylabels": [],
                           "empty": peak == 0, "outside": series.get("outside", 0), "plot": {"x": left, "y": top, "w": pw, "h": ph}}
    if peak == 0:
        return out
    step = _nice_step(peak)
    top_value = step * math.ceil(peak / step)
    for v in range(0, top_value + 1, step):
        y = top + ph - ph * v / top_value
        out["ylabels"].append({"y": round(y, 1), "label": str(v), "x": left - 6, "x2": left + pw})
    slot = pw / len(periods)
    bar_w = max(1.0, min(48.0, slot * 0.8))
    label_w = 7 * max(len(p) for p in periods) + 10
    every = max(1, math.ceil(len(periods) * label_w / pw))
    for i, p in enumerate(periods):
        x = left + slot * i + (slot - bar_w) / 2
        y = top + ph
        for k in keys:
            v = counts[k][i]
            if not v:
                continue
            h = ph * v / top_value
            y -= h
            out["bars"].append({"x": round(x, 1), "y": round(y, 1), "w": round(bar_w, 1), "h": round(max(h, 0.5), 1),
                                "cls": key_class(k), "title": f"{p} · {key_label(k)}: {v}"})
        if i % every == 0:
            out["xlabels"].append({"x": round(left + slot * i + slot / 2, 1), "y": top + ph + 16, "label": p})
    return out


def _nice_step(peak: int) -> int:
    raw = max(1.0, peak / 5)
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * mag:
            return max(1, int(m * mag))
    return int(10 * mag)


def type_class(t: str) -> str:
    return f"t{PLOVER_TYPES.index(t)}" if t in PLOVER_TYPES else "t-other"


# --- network layout -----------------------------------------------------------------------

def layout(net: dict, width: int = 900, height: int = 620, iterations: int = 120) -> dict:
    """Fruchterman-Reingold positions for :func:`marsad.web.queries.network` (deterministic:
    nodes start on a circle in rank order), and the shapes to draw."""
    nodes, edges = net["nodes"], net["edges"]
    n = len(nodes)
    out: dict[str, Any] = {"width": width, "height": height, "nodes": [], "edges": []}
    if not n:
        return out
    idx = {nd["id"]: i for i, nd in enumerate(nodes)}
    ang = 2 * np.pi * np.arange(n) / n + 0.3
    ring = 0.3 + 0.2 * (np.arange(n) % 3)
    pos = np.stack([np.cos(ang) * ring, np.sin(ang) * ring], axis=1)
    weight = np.zeros((n, n))
    for e in edges:  # symmetric attraction, stronger for more events
        a, b = idx[e["source"]], idx[e["target"]]
        weight[a, b] += 0.5 * (1 + math.log(e["count"]))
        weight[b, a] += 0.5 * (1 + math.log(e["count"]))
    k = 1.3 * math.sqrt(1.0 / n)
    temp = 0.1
    iterations = iterations if n <= 50 else iterations // 3
    for _ in range(iterations if n > 1 else 0):
        delta = pos[:, None, :] - pos[None, :, :]            # (n, n, 2)
        dist = np.sqrt((delta ** 2).sum(-1)) + 1e-6
        force = k * k / dist ** 2 - weight * dist / k          # repulsion - attraction, along delta
        np.fill_diagonal(force, 0.0)
        disp = (delta * force[:, :, None]).sum(1) - pos * 0.5  # gravity keeps parts on the page
        length = np.sqrt((disp ** 2).sum(-1)) + 1e-9
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp = max(temp * 0.95, 0.002)

    # spread the dense core: blend each coordinate with its rank (hubs no longer overlap)
    arr = np.array(pos)
    if n > 2:
        for d in (0, 1):
            col = arr[:, d]
            span = (col.max() - col.min()) or 1.0
            rank = np.argsort(np.argsort(col)) / (n - 1)
            arr[:, d] = 0.4 * (col - col.min()) / span + 0.6 * rank
    xs, ys = arr[:, 0].tolist(), arr[:, 1].tolist()
    pad = 70
    sx = (width - 2 * pad) / ((max(xs) - min(xs)) or 1)
    sy = (height - 2 * pad) / ((max(ys) - min(ys)) or 1)
    px = [pad + (x - min(xs)) * sx if n > 1 else width / 2 for x in xs]
    py = [pad + (y - min(ys)) * sy if n > 1 else height / 2 for y in ys]
    top_deg = max(nd["degree"] for nd in nodes) or 1
    top_count = max((e["count"] for e in edges), default=1)
    radius = [6 + 14 * math.sqrt(nd["degree"] / top_deg) for nd in nodes]
    for e in edges:
        a, b = idx[e["source"]], idx[e["target"]]
        dx, dy = px[b] - px[a], py[b] - py[a]
        d = math.hypot(dx, dy) or 1
        # shorten to the circles' edges; bend reciprocal edges apart
        x1, y1 = px[a] + dx / d * radius[a], py[a] + dy / d * radius[a]
        x2, y2 = px[b] - dx / d * (radius[b] + 4), py[b] - dy / d * (radius[b] + 4)
        mx, my = (x1 + x2) / 2 - dy / d * 18, (y1 + y2) / 2 + dx / d * 18
        out["edges"].append({"d": f"M{x1:.1f},{y1:.1f} Q{mx:.1f},{my:.1f} {x2:.1f},{y2:.1f}",
                             "cls": QUAD_CLASS.get(e.get("quad"), "q0"),
                             "w": round(1 + 4 * math.sqrt(e["count"] / top_count), 2),
                             "title": f"{_actor_name(nodes[a])} → {_actor_name(nodes[b])}: {e['count']} "
                                      + ", ".join(f"Q{q}×{c}" for q, c in sorted(e["quads"].items())),
                             "source": e["source"], "target": e["target"]})
    for i, nd in enumerate(nodes):
        out["nodes"].append({"id": nd["id"], "x": round(px[i], 1), "y": round(py[i], 1), "r": round(radius[i], 1),
                             "label": nd.get("name_ar") or nd.get("name_en") or nd["id"],
                             "label_en": nd.get("name_en"), "degree": nd["degree"], "ly": round(py[i] + radius[i] + 14, 1)})
    return out


def chart_svg(c: dict, label: str) -> Markup:
    """The SVG of :func:`stacked_bars` shapes (built here, not in a template loop: hundreds of
    bars; every text escaped)."""
    out = [f'<svg viewBox="0 0 {c["width"]} {c["height"]}" role="img" aria-label="{escape(label)}" class="bars">']
    p = c["plot"]
    for t in c["ylabels"]:
        out.append(f'<line class="grid" x1="{p["x"]}" x2="{t["x2"]}" y1="{t["y"]}" y2="{t["y"]}"/>'
                   f'<text class="ytick" x="{t["x"]}" y="{t["y"] + 4}" text-anchor="end">{escape(t["label"])}</text>')
    for b in c["bars"]:
        out.append(f'<rect class="{escape(b["cls"])}" x="{b["x"]}" y="{b["y"]}" width="{b["w"]}" height="{b["h"]}">'
                   f'<title>{escape(b["title"])}</title></rect>')
    for t in c["xlabels"]:
        out.append(f'<text class="xtick" x="{t["x"]}" y="{t["y"]}" text-anchor="middle">{escape(t["label"])}</text>')
    out.append("</svg>")
    return Markup("".join(out))
