"""Fixtures for the web tests: a small store built from hand-written records, an in-process
client, a live server on a free local port and (when Chromium is installed) a headless browser."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed (pip install -e '.[web,test]')")

from sample_records import records  # noqa: E402

@pytest.fixture(scope="session")
def store_db(tmp_path_factory) -> str:
    from marsad.store.writer import StoreWriter, prepare

    path = tmp_path_factory.mktemp("store") / "web.db"
    with StoreWriter(str(path)) as w:
        w.write([prepare(r) for r in records()])
        w.refresh_derived()
    return str(path)


@pytest.fixture(scope="session")
def app(store_db):
    from marsad.web import create_app

    return create_app(store_db)


@pytest.fixture(scope="session")
def client(app):
    import warnings

    with warnings.catch_warnings():  # starlette's notice about httpx versions is not ours to fix
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(app):
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


def chromium_path() -> str | None:
    for cand in (os.environ.get("MARSAD_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                 shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if cand and os.path.exists(cand):
            return cand
    return None


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    exe = chromium_path()
    if exe is None:
        pytest.skip("no Chromium found (apt-get install chromium, or set MARSAD_CHROMIUM)")
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=exe, headless=True, args=[
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"])
        except Exception as exc:  # noqa: BLE001  (a browser that cannot start is an environment problem)
            pytest.skip(f"Chromium at {exe} did not start: {exc}")
        yield b
        b.close()


@pytest.fixture()
def page(browser, live_server):
    ctx = browser.new_context(viewport={"width": 1360, "height": 900}, locale="ar", base_url=live_server)
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.console_errors = errors
    yield pg
    ctx.close()


@pytest.fixture(scope="session")
def shots(tmp_path_factory) -> Path:
    """Where the e2e tests save screenshots (``$MARSAD_SCREENSHOTS`` or a tmp dir)."""
    env = os.environ.get("MARSAD_SCREENSHOTS")
    path = Path(env) if env else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path
