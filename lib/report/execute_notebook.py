"""Runs notebooks through Jupyter kernels (nbclient) and exports them (nbconvert), both as
libraries, for lib/report/execute.ts: one long-lived process per report run, so Python,
nbclient and nbconvert load once and each exporter compiles its templates once (seconds per
study otherwise), and the next study's kernel can start while this one's report is written.

usage: execute_notebook.py [--warm EXPORTER]   (requests on stdin, one JSON object a line; a reply a line on stdout)

With --warm, the exporter is made and its templates compiled at start, beside the first kernel's
start and cells, so the first export does not pay for it.

  {"id": 1, "op": "execute", "input": PATH, "output": PATH, "timeout": SECONDS, "kernel": NAME,
   "cwd": DIR, "prestart": BOOL}
      Runs INPUT and always writes what ran to OUTPUT (a partly executed notebook when a cell
      fails); replies {"id": 1, "status": {"status": "ok"}} or {"id": 1, "status": {"status":
      "error", "kind": "cell" | "timeout" | "kernel-died" | "kernel-start", "cell_index": int |
      null, "ename", "evalue", "message"}}. The caller reads the failing cell's source and stderr
      from OUTPUT. With "prestart", a fresh kernel of the same name in the same folder is started
      as soon as this notebook's cells are done, for the next request to take: a kernel runs one
      notebook only, never two.
  {"id": 2, "op": "export", "exporter": NAME, "input": PATH, "output": PATH, "parts": PATH | null}
      Writes what ``jupyter nbconvert --to NAME INPUT`` makes of INPUT to OUTPUT (with the
      nbconvert configuration of the venv, and this checkout's exporter package and templates,
      lib/report/nbconvert); PARTS, a JSON file, is handed to the report exporter as its
      ``r2k_parts`` resource. Replies {"id": 2} or {"id": 2, "error": "ExceptionName: message"}.
  {"op": "close"}: lets the runs under way finish, stops the kernels started ahead and exits.
  The end of stdin without "close" (the caller was killed) stops the runs under way as well.

Requests run concurrently (each notebook has its own kernel; exports one at a time, in a thread
beside the kernels' traffic); replies come as they finish.
Anything the libraries print goes to stderr: stdout carries only the replies.
"""

import asyncio
import json
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

#: This checkout's nbconvert exporter package (r2k_export) and templates.
EXPORTER_DIR = Path(__file__).resolve().parent / "nbconvert"


class Kernels:
    """Kernels started ahead, by (kernel name, working folder): each is taken once."""

    def __init__(self):
        self.ready = {}

    async def start(self, name, cwd):
        manager = AsyncKernelManager(kernel_name=name)
        await manager.start_kernel(cwd=cwd)
        return manager

    def start_ahead(self, name, cwd):
        key = (name, cwd)
        if key not in self.ready:
            self.ready[key] = asyncio.ensure_future(self.start(name, cwd))

    async def take(self, name, cwd):
        """A running kernel: the one started ahead when there is one, else a new one."""
        ahead = self.ready.pop((name, cwd), None)
        return await (ahead if ahead is not None else self.start(name, cwd))

    async def close(self):
        for future in self.ready.values():
            try:
                manager = await future
                await manager.shutdown_kernel(now=True)
            except Exception:  # a kernel that failed to start ahead has nothing to stop
                pass
        self.ready.clear()


class Exporters:
    """One nbconvert exporter per name, made with the venv's nbconvert configuration on first
    use and kept (its templates compile once); they run one at a time, off the event loop."""

    def __init__(self):
        self.made = {}
        self.thread = ThreadPoolExecutor(max_workers=1)

    def exporter(self, name):
        if name not in self.made:
            from nbconvert.exporters import get_exporter
            from nbconvert.nbconvertapp import NbConvertApp

            app = NbConvertApp()
            app.load_config_file()
            app.config.TemplateExporter.extra_template_basedirs = [str(EXPORTER_DIR)]
            self.made[name] = get_exporter(name)(config=app.config)
        return self.made[name]

    def write(self, name, source, target, parts):
        resources = None
        if parts:
            given = json.loads(Path(parts).read_text(encoding="utf-8"))
            # Read as nbformat reads a file: sources saved as lists of lines become strings.
            given["notebook"] = nbformat.reads(json.dumps(given["notebook"]), as_version=4)
            resources = {"r2k_parts": given}
        body, _ = self.exporter(name).from_filename(source, resources=resources)
        Path(target).write_text(body, encoding="utf-8")

    def warm(self, name):
        """Makes the exporter and runs it once on a one-cell notebook: imports, configuration,
        template compilation and nbformat's schema validator all happen here."""
        notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")])
        parts = {"notebook": notebook, "header": "", "footer": ""}
        self.exporter(name).from_notebook_node(notebook, resources={"r2k_parts": parts})

    async def export(self, request):
        args = (request["exporter"], request["input"], request["output"], request.get("parts"))
        await asyncio.get_running_loop().run_in_executor(self.thread, self.write, *args)
        return {"id": request["id"]}


async def execute(request, kernels):
    notebook = nbformat.read(request["input"], as_version=4)
    running = {"index": None}

    def on_cell_start(cell, cell_index):
        running["index"] = cell_index

    def failure(kind, error, ename="", evalue=""):
        return {
            "status": "error",
            "kind": kind,
            "cell_index": running["index"],
            "ename": ename,
            "evalue": evalue,
            "message": str(error),
        }

    status = {"status": "ok"}
    manager = None
    client = None
    try:
        manager = await kernels.take(request["kernel"], request["cwd"])
        client = NotebookClient(
            notebook,
            km=manager,
            timeout=request["timeout"],
            kernel_name=request["kernel"],
            resources={"metadata": {"path": request["cwd"]}},
            on_cell_start=on_cell_start,
        )
        await client.async_execute()
    except CellTimeoutError as error:
        status = failure("timeout", error)
    except CellExecutionError as error:
        status = failure("cell", error, error.ename, error.evalue)
    except DeadKernelError as error:
        status = failure("kernel-died", error)
    except Exception as error:  # the kernel did not start, or the connection broke
        status = failure("kernel-start" if running["index"] is None else "kernel-died", error, type(error).__name__)
    finally:
        if request.get("prestart"):
            kernels.start_ahead(request["kernel"], request["cwd"])
        nbformat.write(notebook, request["output"])
        if client is not None and client.kc is not None:
            client.kc.stop_channels()
        if manager is not None and manager.has_kernel:
            await manager.shutdown_kernel(now=True)
    return {"id": request["id"], "status": status}


def read_requests(loop, queue):
    """Feeds stdin's lines to the event loop (a thread: reading a pipe would block the loop)."""
    for line in sys.stdin:
        loop.call_soon_threadsafe(queue.put_nowait, line)
    loop.call_soon_threadsafe(queue.put_nowait, None)


async def serve(replies, warm):
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    threading.Thread(target=read_requests, args=(loop, queue), daemon=True).start()
    kernels = Kernels()
    exporters = Exporters()
    if warm:
        # Best effort: a warm-up that fails leaves the error to the first real export.
        exporters.thread.submit(exporters.warm, warm)
    tasks = set()

    async def answer(request):
        try:
            reply = await (exporters.export(request) if request["op"] == "export" else execute(request, kernels))
        except Exception as error:  # a notebook that cannot be read or written, an export refused: the caller says so
            reply = {"id": request.get("id"), "error": f"{type(error).__name__}: {error}"}
        replies.write(json.dumps(reply) + "\n")
        replies.flush()

    while True:
        line = await queue.get()
        if line is None:
            # The caller is gone without saying close (killed): stop the runs, and their kernels, now.
            for task in tasks:
                task.cancel()
            break
        if not line.strip():
            continue
        request = json.loads(line)
        if request.get("op") == "close":
            break
        task = asyncio.ensure_future(answer(request))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    await asyncio.gather(*tasks, return_exceptions=True)
    await kernels.close()


def main() -> None:
    warm = sys.argv[2] if sys.argv[1:2] == ["--warm"] else None
    sys.path.insert(0, str(EXPORTER_DIR))
    # Replies go to the original stdout; whatever else prints (libraries, kernels' loggers) to stderr.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    asyncio.run(serve(replies, warm))


if __name__ == "__main__":
    main()
