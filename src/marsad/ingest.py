"""``marsad ingest``: analyse many articles in parallel and store them.

    marsad ingest PATH... --db FILE [--workers N] [--profile fast|accurate]
                  [--engine local|dask [--scheduler ADDRESS]]

Inputs are files or directories (walked recursively) of ``.txt``, ``.html``, ``.json``,
``.jsonl``/``.jsonl.gz`` and ``.warc``/``.warc.gz``.  The main process reads the inputs and
is the store's only writer; workers (processes, or Dask tasks) only compute: they run the
pipeline and :func:`marsad.store.writer.prepare` on batches of documents.  Every batch is
committed in one transaction, so killing the run at any moment loses nothing committed and
a rerun skips every stored article.  Per-document failures are stored (location, stage,
error) and summarised; they never end the run.

Exit status: 0 when the run completed (failures, if any, are recorded), 1 when documents were
given but none could be stored, 2 for usage errors.
"""
from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import sys
import time
import traceback
from collections import Counter, deque
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from .cli import register_command

log = logging.getLogger(__name__)

DEFAULT_DB = "marsad.db"
DEFAULT_BATCH = 32
DEFAULT_SHARD = 500

_TEXT = (".txt", ".text")
_HTML = (".html", ".htm", ".xhtml")
_JSON = (".json",)
_JSONL = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz")
_WARC = (".warc", ".warc.gz", ".arc", ".arc.gz")
INPUT_SUFFIXES = _TEXT + _HTML + _JSON + _JSONL + _WARC


class PipelineUnavailable(RuntimeError):
    """The pipeline could not be built in a worker; the run stops (a rerun resumes it)."""


@dataclass
class Task:
    """One document for a worker: ``kind`` is ``record`` (read, to analyse), ``html``/``warc``
    (raw bytes to extract, then analyse) or ``analysed`` (a stored record dict, kept as is)."""

    kind: str
    location: str
    doc_id: str
    payload: Any


# --- reading (main process) -----------------------------------------------------------------

def list_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Files to read: given files as they are, directories walked (sorted, hidden skipped)."""
    for path in paths:
        path = str(path)
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name.lower().endswith(INPUT_SUFFIXES):
                        yield os.path.join(root, name)
        else:
            yield path


def count_documents(files: list[str]) -> int | None:
    """How many documents the inputs hold (for the progress bar); None when unknown (WARC)."""
    total = 0
    for path in files:
        low = path.lower()
        if low.endswith(_WARC):
            return None
        if low.endswith(_JSONL):
            try:
                with (gzip.open(path, "rb") if low.endswith(".gz") else open(path, "rb")) as fh:
                    total += sum(1 for line in fh if line.strip())
            except (OSError, EOFError, ValueError):
                total += 1
        else:
            total += 1
    return total


def iter_tasks(files: Iterable[str], known: set[str], *, analysed: bool = False, stats: Counter | None = None):
    """Tasks for the documents not yet stored, and ``Failure`` items for unreadable ones.

    Reading here is cheap (decoding, JSON); HTML extraction and the pipeline run in workers.
    ``known`` (ids already stored) grows as tasks are handed out, so a repeated id is read once.
    """
    from .io.readers import ReadError, read_path
    from .store.writer import Failure

    stats = stats if stats is not None else Counter()

    def fresh(doc_id: str) -> bool:
        if doc_id in known:
            stats["skipped"] += 1
            return False
        known.add(doc_id)
        return True

    for path in files:
        low = path.lower()
        if low.endswith(_WARC):
            yield from _warc_tasks(path, fresh)
        elif low.endswith(_HTML):
            yield from _html_tasks(path, fresh)
        elif analysed:
            yield from _iter_analysed(path, fresh)
        else:
            for item in read_path(path):
                if isinstance(item, ReadError):
                    yield Failure(item.location, "read", item.message)
                elif fresh(item.id):
                    loc = item.source.get("path", path)
                    if item.source.get("line"):
                        loc = f"{loc}:{item.source['line']}"
                    yield Task("record", loc, item.id, item)


def _warc_tasks(path: str, fresh) -> Iterator:
    """One task per HTML/text payload of a WARC file (extraction happens in the worker)."""
    from .io.readers import ReadError
    from .store.writer import Failure

    try:
        from .io.warc import iter_payloads

        for item in iter_payloads(path):
            if isinstance(item, ReadError):
                yield Failure(item.location, "read", item.message)
            elif fresh(item.id):
                yield Task("warc", item.location, item.id, item)
    except ImportError as exc:
        yield Failure(path, "read", str(exc))


def _html_tasks(path: str, fresh) -> Iterator:
    """The bytes of an HTML file; its id is their sha1, as the reader gives it."""
    from .io.readers import MAX_ARTICLE_BYTES, sha1
    from .store.writer import Failure

    try:
        size = os.path.getsize(path)
        if size > MAX_ARTICLE_BYTES:
            yield Failure(path, "read", f"file too large for one article ({size / 1e6:.1f} MB)")
            return
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        yield Failure(path, "read", f"cannot read file ({exc.strerror or exc})")
        return
    doc_id = sha1(data)
    if fresh(doc_id):
        yield Task("html", path, doc_id, data)


def _iter_analysed(path: str, fresh) -> Iterator:
    """Records already analysed (``marsad analyze --json`` / ``export --what records`` output)."""
    from .store.writer import Failure

    try:
        fh = gzip.open(path, "rt", encoding="utf-8") if path.lower().endswith(".gz") else open(path, encoding="utf-8")
    except OSError as exc:
        yield Failure(path, "read", f"cannot read file ({exc.strerror or exc})")
        return
    lineno = 0
    try:
        with fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{path}:{lineno}"
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield Failure(where, "read", f"malformed JSON ({exc.msg} at column {exc.colno})")
                    continue
                if not isinstance(obj, dict) or not isinstance(obj.get("id"), str) or not isinstance(obj.get("text"), str):
                    yield Failure(where, "read", "not a Marsad record (an object with 'id' and 'text' strings)")
                    continue
                if fresh(obj["id"]):
                    yield Task("analysed", where, obj["id"], obj)
    except (OSError, EOFError, UnicodeDecodeError, ValueError) as exc:
        yield Failure(f"{path}:{lineno + 1}", "read", f"corrupt or truncated file ({exc}); stopped reading it here")


# --- computing (workers) -------------------------------------------------------------------

def process_batch(tasks: list, profile: str = "accurate") -> list:
    """Analyse and prepare a batch; returns ``Prepared`` and ``Failure`` items, never raises
    for a bad document.  Runs in worker processes and Dask tasks."""
    from . import _default_pipeline
    from .io.readers import ReadError
    from .store.writer import Failure, prepare

    try:
        pipe = _default_pipeline(profile)
    except Exception as exc:  # every document would fail: stop the run (what is committed stays)
        raise PipelineUnavailable(f"cannot build the {profile!r} pipeline ({type(exc).__name__}: {exc})") from exc
    out = []
    for task in tasks:
        if not isinstance(task, Task):  # a read failure travelling with its batch
            out.append(task)
            continue
        stage = "read"
        try:
            if task.kind == "analysed":
                stage = "store"
                out.append(prepare(task.payload, task.location))
                continue
            if task.kind == "html":
                from .io.readers import _item_from_bytes

                record = _item_from_bytes(task.payload, task.location, ".html")
            elif task.kind == "warc":
                from .io.warc import record_from_payload

                record = record_from_payload(task.payload)
            else:
                record = task.payload
            if isinstance(record, ReadError):
                out.append(Failure(record.location, "read", record.message, task.doc_id))
                continue
            stage = "pipeline"
            try:
                record = pipe(record)
            except Exception as exc:
                stage = _failed_stage(exc)
                raise
            stage = "store"
            out.append(prepare(record, task.location))
        except Exception as exc:  # one document must never end the run  # noqa: BLE001
            log.debug("document %s failed at %s", task.location, stage, exc_info=True)
            out.append(Failure(task.location, stage, f"{type(exc).__name__}: {exc}", task.doc_id))
    return out


def _failed_stage(exc: BaseException) -> str:
    """The name of the pipeline stage that raised ``exc`` (read off the pipeline's frame)."""
    from .pipeline import Pipeline, Stage

    tb = exc.__traceback__
    name = "pipeline"
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_code is Pipeline.__call__.__code__ and isinstance(frame.f_locals.get("stage"), Stage):
            name = frame.f_locals["stage"].name
        tb = tb.tb_next
    return name


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# --- engines -------------------------------------------------------------------------------

def run_local(batches: Iterable[list], write, *, workers: int, profile: str) -> None:
    """Batches through a process pool (or in-process for one worker); ``write`` stores results."""
    if workers <= 1:
        for batch in batches:
            write(batch, process_batch(batch, profile))
        return
    from concurrent.futures.process import BrokenProcessPool

    window = deque()
    pool = _pool(workers)
    try:
        for batch in batches:
            window.append((batch, pool.submit(process_batch, batch, profile)))
            while len(window) >= 2 * workers:
                pool = _drain_one(window, write, pool, workers, profile, BrokenProcessPool)
        while window:
            pool = _drain_one(window, write, pool, workers, profile, BrokenProcessPool)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _pool(workers: int):
    """A process pool started from a clean server process (no inherited locks or connections)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver"))


def _drain_one(window: deque, write, pool, workers: int, profile: str, broken):
    batch, fut = window.popleft()
    try:
        write(batch, fut.result())
        return pool
    except broken:
        # a worker died (a crash inside a stage): find the document, record it, go on
        pending = [batch] + [b for b, _f in window]
        window.clear()
        pool.shutdown(wait=False, cancel_futures=True)
        pool = _pool(workers)
        for b in pending:
            pool = _isolate(b, write, pool, workers, profile, broken)
        return pool


def _isolate(batch: list, write, pool, workers: int, profile: str, broken):
    from .store.writer import Failure

    for task in batch:
        try:
            write([task], pool.submit(process_batch, [task], profile).result())
        except broken:
            write([task], [Failure(task.location, "crash", "the worker process died while analysing this "
                                   "document", getattr(task, "doc_id", None))])
            pool.shutdown(wait=False, cancel_futures=True)
            pool = _pool(workers)
    return pool


def _process_shard(tasks: list, profile: str, shard: int, shard_dir: str | None):
    results = process_batch(tasks, profile)
    if not shard_dir:
        return results
    import pickle

    path = os.path.join(shard_dir, f"shard-{shard:06d}.pkl")
    with open(path + ".part", "wb") as fh:
        pickle.dump(results, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(path + ".part", path)
    return path


def run_dask(batches: Iterable[list], write, *, profile: str, scheduler: str | None = None, workers: int = 2,
             processes: bool = True, shard_dir: str | None = None) -> None:
    """Shards as Dask tasks; each shard's results (in memory, or a file under ``shard_dir`` that
    every worker and this process can reach) are merged into the store by this process, the
    single writer.  Without ``scheduler`` a ``LocalCluster`` of ``workers`` is started."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ImportError("the Dask engine needs dask.distributed: pip install 'marsad[dask]'") from None
    if not log.isEnabledFor(logging.DEBUG):  # Dask logs its life cycle at INFO; keep stderr for our summary
        for name in ("distributed", "distributed.nanny", "distributed.scheduler", "distributed.worker"):
            logging.getLogger(name).setLevel(logging.ERROR)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=processes,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    if shard_dir:
        os.makedirs(shard_dir, exist_ok=True)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        window = deque()
        for n, batch in enumerate(batches):
            window.append((batch, client.submit(_process_shard, batch, profile, n, shard_dir, pure=False)))
            while len(window) >= 2 * n_workers:
                _merge_shard(window.popleft(), write)
        while window:
            _merge_shard(window.popleft(), write)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _merge_shard(item, write) -> None:
    batch, fut = item
    result = fut.result()
    if isinstance(result, str):
        import pickle

        with open(result, "rb") as fh:
            data = pickle.load(fh)
        write(batch, data)
        os.remove(result)
    else:
        write(batch, result)


# --- the run -------------------------------------------------------------------------------

@dataclass
class IngestResult:
    new: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    total_stored: int = 0
    failures_by_stage: dict | None = None
    failure_examples: list | None = None
    derived: dict | None = None

    @property
    def rate(self) -> float:
        return self.new / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict:
        return {"new": self.new, "skipped": self.skipped, "failed": self.failed, "seconds": round(self.seconds, 2),
                "articles_per_second": round(self.rate, 2), "total_stored": self.total_stored,
                "failures_by_stage": self.failures_by_stage or {}, "failure_examples": self.failure_examples or [],
                "derived": self.derived}


def ingest(paths: Iterable[str], db: str, *, workers: int = 1, profile: str = "accurate", engine: str = "local",
           scheduler: str | None = None, batch_size: int | None = None, analysed: bool = False,
           progress: bool = False, shard_dir: str | None = None, dask_processes: bool = True,
           refresh: bool = True, rederive: bool = False) -> IngestResult:
    """Ingest ``paths`` into the store ``db``; the Python face of ``marsad ingest``."""
    from . import PROFILES
    from .store.writer import Failure, StoreWriter

    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; choose one of {', '.join(PROFILES)}")
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}; choose local or dask")
    t0 = time.perf_counter()
    files = list(list_inputs(paths))
    result = IngestResult()
    stats: Counter = Counter()
    with StoreWriter(db) as writer:
        known = writer.known_ids()
        run_failures: list[Failure] = []
        writer.begin_run(engine, profile, files)
        bar = _progress(count_documents(files) if progress else None, progress)

        def write(batch: list, results: list) -> None:
            new, dup, failed = writer.write(results)
            result.new += new
            result.skipped += dup
            result.failed += failed
            run_failures.extend(r for r in results if isinstance(r, Failure))
            if bar is not None:
                bar.update(len(batch) + stats["skipped"] - bar_skipped[0])
                bar_skipped[0] = stats["skipped"]
                bar.set_postfix(new=result.new, skipped=result.skipped + stats["skipped"], failed=result.failed,
                                refresh=False)

        bar_skipped = [0]
        size = batch_size or (DEFAULT_SHARD if engine == "dask" else DEFAULT_BATCH)
        batches = batched(iter_tasks(files, known, analysed=analysed, stats=stats), size)
        try:
            if engine == "dask":
                run_dask(batches, write, profile=profile, scheduler=scheduler, workers=workers,
                         processes=dask_processes, shard_dir=shard_dir)
            else:
                run_local(batches, write, workers=workers, profile=profile)
        finally:
            if bar is not None:
                bar.close()
        result.skipped += stats["skipped"]
        result.seconds = time.perf_counter() - t0
        if refresh or rederive:
            result.derived = writer.refresh_derived(force=rederive)
        result.seconds = time.perf_counter() - t0
        writer.finish_run(result.new, result.skipped, result.failed, result.seconds)
        result.total_stored = writer.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    result.failures_by_stage = dict(Counter(f.stage for f in run_failures))
    result.failure_examples = [{"location": f.location, "stage": f.stage, "error": f.error} for f in run_failures[:20]]
    return result


def _progress(total: int | None, enabled: bool):
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1,
                desc="ingest", mininterval=0.5)


# --- command line --------------------------------------------------------------------------

def default_db() -> str:
    return os.environ.get("MARSAD_DB", DEFAULT_DB)


def _add_ingest(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or directories: .txt .html .json .jsonl(.gz) .warc(.gz)")
    p.add_argument("--db", default=default_db(), help="store file (default: $MARSAD_DB or marsad.db)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (Dask: LocalCluster workers)")
    p.add_argument("--profile", choices=("accurate", "fast"), default="accurate", help="pipeline profile")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local process pool, or Dask tasks over shards (pip install 'marsad[dask]')")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: a LocalCluster)")
    p.add_argument("--shard-size", type=int, default=None, metavar="N",
                   help=f"documents per batch/shard (default {DEFAULT_BATCH} local, {DEFAULT_SHARD} dask)")
    p.add_argument("--shard-dir", metavar="DIR", help="Dask: workers write shard results here (a shared "
                                                      "filesystem) instead of sending them back")
    p.add_argument("--analysed", action="store_true",
                   help="inputs are JSON lines of Marsad records (analyze --json / export): store them as they are")
    p.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="show a progress bar (default: when stderr is a terminal)")
    p.add_argument("--no-progress", dest="progress", action="store_false")
    p.add_argument("--rederive", action="store_true",
                   help="rebuild duplicate groups, event clusters and actor totals even if nothing is new")
    p.add_argument("--json", action="store_true", help="print the run summary as a JSON object on stdout")


def _run_ingest(args: argparse.Namespace) -> int:
    if not args.paths and not args.rederive:
        print("marsad: error: give at least one PATH (or --rederive)", file=sys.stderr)
        return 2
    if args.workers < 1:
        print("marsad: error: --workers must be at least 1", file=sys.stderr)
        return 2
    if args.scheduler and args.engine != "dask":
        print("marsad: error: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    try:
        res = ingest(args.paths, args.db, workers=args.workers, profile=args.profile, engine=args.engine,
                     scheduler=args.scheduler, batch_size=args.shard_size, analysed=args.analysed,
                     progress=progress, shard_dir=args.shard_dir, rederive=args.rederive)
    except ImportError as exc:
        print(f"marsad: error: {exc}", file=sys.stderr)
        return 2
    except PipelineUnavailable as exc:
        print(f"marsad: error: {exc}; what was committed is stored, rerun to continue", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("marsad: interrupted; everything committed so far is stored, rerun to continue", file=sys.stderr)
        return 130
    if args.json:
        print(json.dumps(res.to_dict(), ensure_ascii=False, indent=1))
    _print_summary(res, args.db)
    attempted = res.new + res.failed
    return 1 if attempted and not res.new and res.failed and not res.total_stored else 0


def _print_summary(res: IngestResult, db: str) -> None:
    err = sys.stderr
    print(f"marsad: ingest: {res.new} new, {res.skipped} already stored, {res.failed} failed in {res.seconds:.1f} s "
          f"({res.rate:.1f} articles/s); {db} holds {res.total_stored} articles", file=err)
    if res.failed:
        stages = ", ".join(f"{k} {v}" for k, v in sorted(res.failures_by_stage.items()))
        print(f"marsad: failures by stage: {stages} (all: marsad stats --failures --db {db})", file=err)
        for ex in res.failure_examples[:10]:
            print(f"marsad:   {ex['location']}: [{ex['stage']}] {ex['error']}", file=err)
        if res.failed > 10:
            print(f"marsad:   ... and {res.failed - 10} more", file=err)


register_command("ingest", "analyse files and directories in parallel into a store", _add_ingest, _run_ingest)
