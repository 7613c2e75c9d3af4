"""Runs one notebook through a Jupyter kernel with nbclient, for lib/report/execute.ts.

usage: execute_notebook.py INPUT OUTPUT STATUS --timeout SECONDS --kernel NAME --cwd DIR

Always writes what ran to OUTPUT (a partly executed notebook when a cell fails) and a JSON
status to STATUS: {"status": "ok"} or {"status": "error", "kind": "cell" | "timeout" |
"kernel-died" | "kernel-start", "cell_index": int | null, "ename", "evalue", "message"}.
The caller reads the failing cell's source and stderr from OUTPUT.
"""

import argparse
import json

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("status")
    parser.add_argument("--timeout", type=float, required=True)
    parser.add_argument("--kernel", required=True)
    parser.add_argument("--cwd", required=True)
    args = parser.parse_args()

    notebook = nbformat.read(args.input, as_version=4)
    running = {"index": None}

    def on_cell_start(cell, cell_index):
        running["index"] = cell_index

    client = NotebookClient(
        notebook,
        timeout=args.timeout,
        kernel_name=args.kernel,
        resources={"metadata": {"path": args.cwd}},
        on_cell_start=on_cell_start,
    )

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
    try:
        client.execute()
    except CellTimeoutError as error:
        status = failure("timeout", error)
    except CellExecutionError as error:
        status = failure("cell", error, error.ename, error.evalue)
    except DeadKernelError as error:
        status = failure("kernel-died", error)
    except Exception as error:  # the kernel did not start, or the connection broke
        status = failure("kernel-start" if running["index"] is None else "kernel-died", error, type(error).__name__)
    finally:
        nbformat.write(notebook, args.output)
        with open(args.status, "w", encoding="utf-8") as handle:
            json.dump(status, handle)


if __name__ == "__main__":
    main()
