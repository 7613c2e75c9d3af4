"""The reader's report as an nbconvert exporter: ``jupyter nbconvert --to report``, *Report* in
JupyterLab's *File > Save and Export Notebook As*, and the report runner's HTML step
(lib/report/html.ts), so that all three make the same page."""

import json
import os
import shutil
import subprocess

import nbformat
from nbconvert.exporters import HTMLExporter
from traitlets import default

from .checkout import REPORT_PARTS, TEMPLATES, ReportError, require_built
from .offline import PlotlyScript, external_script_sources


class ReportExporter(HTMLExporter):
    """The kit's report of a notebook: the r2k template (code folded, no prompts, the kit's
    stylesheet), plotly.js inline once, the header (title, run, parameters) and the data
    provenance section; no script from the network (such a page is refused).

    The header, the provenance section and the reader's cells come from the kit's TypeScript
    (dist/lib/report/report-parts.js, run with Node.js: ``R2K_NODE`` or ``node`` on PATH), or
    from the ``r2k_parts`` resource when the caller made them already (the report runner).

    Example::

        jupyter nbconvert --to report reports/000-200-day-reclaim.ipynb
    """

    export_from_notebook = "Report"

    @default("template_name")
    def _template_name_default(self):
        return "r2k"

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self):
        return [str(TEMPLATES)]

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self):
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self):
        return True

    def _init_preprocessors(self):
        super()._init_preprocessors()
        # The venv's configuration may list it for every HTML export already.
        if not any(isinstance(p, PlotlyScript) for p in self._preprocessors):
            self.register_preprocessor(PlotlyScript, enabled=True)

    def from_notebook_node(self, nb, resources=None, **kw):
        """The report's HTML; raises ReportError when the page would load a script from the network."""
        resources = dict(resources or {})
        file_name = f"{resources.get('metadata', {}).get('name') or 'notebook'}.ipynb"
        # The report runner, which holds the notebook in Node.js already, passes the parts it made
        # with the same code (saving a Node.js start per report); anyone else gets them made here.
        parts = resources.pop("r2k_parts", None) or report_parts(nb, file_name)
        resources["r2k_header"] = parts["header"]
        resources["r2k_footer"] = parts["footer"]
        html, resources = super().from_notebook_node(nbformat.from_dict(parts["notebook"]), resources, **kw)
        external = external_script_sources(html)
        if external:
            raise ReportError(
                f"{file_name}: the report would load scripts from the network ({', '.join(external)}); "
                "reports must work offline: embed the script or drop the output that adds it"
            )
        return html, resources


def report_parts(nb, file_name):
    """The reader's notebook, the header and the provenance section of a report, from the kit's
    compiled TypeScript (lib/report/report-parts.ts).

    >>> report_parts(nbformat.read("reports/000-200-day-reclaim.ipynb", 4), "000-200-day-reclaim.ipynb")["header"]  # doctest: +SKIP
    '<header class="r2k-header">...'
    """
    node = os.environ.get("R2K_NODE") or shutil.which("node")
    if not node:
        raise ReportError(
            "node is not on PATH: the report exporter runs the kit's compiled TypeScript with Node.js "
            "(start JupyterLab with npm run lab, or set R2K_NODE to the node binary)"
        )
    script = require_built(REPORT_PARTS)
    done = subprocess.run(
        [node, str(script), file_name], input=json.dumps(nb), capture_output=True, text=True, encoding="utf-8", check=False
    )
    if done.returncode != 0:
        raise ReportError(done.stderr.strip() or f"{script} stopped with exit code {done.returncode}")
    return json.loads(done.stdout)
