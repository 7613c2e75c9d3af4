"""Points the venv's plain HTML export at the kit's template, with plotly.js embedded and a
sanitizer that keeps headings and tables, for ``jupyter nbconvert --to html`` and for
JupyterLab's *Save and Export Notebook As > HTML*.

Run by scripts/setup.sh: ``.venv/bin/python -m r2k_export.configure``. It writes the HTMLExporter
settings into the venv's jupyter_nbconvert_config.json (read by the nbconvert command) and
jupyter_server_config.json (read by JupyterLab's server, which runs the menu's exports), keeping
whatever else those files hold. Rerunning it is safe.
"""

import json
import os
import sys
from pathlib import Path

from .checkout import TEMPLATES

#: The exporter settings written, by class. HTMLExporter's subclasses would take its template
#: too (traitlets applies a class's settings to its subclasses): slides and WebPDF keep their own.
SETTINGS = {
    "HTMLExporter": {
        "template_name": "r2k",
        "preprocessors": ["r2k_export.PlotlyScript"],
        "filters": {"clean_html": "r2k_export.sanitize.clean_html"},
    },
    "TemplateExporter": {"extra_template_basedirs": [str(TEMPLATES)]},
    "SlidesExporter": {"template_name": "reveal"},
    "WebPDFExporter": {"template_name": "webpdf"},
}

#: The config files written, in the venv's etc/jupyter.
CONFIG_FILES = ("jupyter_nbconvert_config.json", "jupyter_server_config.json")


def merged(existing, settings):
    """``existing`` config with each class's ``settings`` set (other classes and keys kept).

    >>> merged({"ServerApp": {"x": 1}, "HTMLExporter": {"a": 2}}, {"HTMLExporter": {"template_name": "r2k"}})
    {'ServerApp': {'x': 1}, 'HTMLExporter': {'a': 2, 'template_name': 'r2k'}}
    """
    out = dict(existing)
    for section, values in settings.items():
        out[section] = {**out.get(section, {}), **values}
    return out


def configure(config_dir):
    """Writes SETTINGS into each of CONFIG_FILES in ``config_dir`` (atomically) and returns their paths.

    >>> configure(Path(sys.prefix, "etc", "jupyter"))  # doctest: +SKIP
    [PosixPath('.venv/etc/jupyter/jupyter_nbconvert_config.json'), PosixPath('.venv/etc/jupyter/jupyter_server_config.json')]
    """
    config_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in CONFIG_FILES:
        path = config_dir / name
        try:
            existing = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        except json.JSONDecodeError as error:
            raise SystemExit(f"{path} is not valid JSON ({error}): fix or remove it, then rerun npm run setup") from error
        temporary = path.with_name(f".{name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(merged(existing, SETTINGS), indent=2) + "\n", encoding="utf-8")
        os.replace(temporary, path)
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in configure(Path(sys.prefix, "etc", "jupyter")):
        print(f"configured {written_path}")
