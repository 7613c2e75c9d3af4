"""Pages that work offline: plotly.js inline, once; no script fetched from the network."""

import re
from pathlib import Path

from nbconvert.preprocessors import Preprocessor
from traitlets import Unicode

from .checkout import PLOTLY, require_built

#: The MIME type of a Plotly figure in a notebook output (lib/charts/show.ts sends one per chart).
PLOTLY_MIME = "application/vnd.plotly.v1+json"

_EXTERNAL_SCRIPT = re.compile(r"""<script\b[^>]*?\bsrc\s*=\s*["']?((?:https?:)?//[^"'\s>]+)""", re.IGNORECASE)


def inline_script(source):
    """A script element holding ``source`` inline. ``</script`` and ``<!--`` inside it are
    escaped (as ``<\\/script`` and ``<\\!--``, the same characters to JavaScript) so the HTML
    parser cannot end or derail the element early.

    >>> inline_script('const s = "</script>";')
    '<script>const s = "<\\\\/script>";</script>'
    """
    escaped = re.sub(r"</(script)", r"<\\/\1", source, flags=re.IGNORECASE).replace("<!--", "<\\!--")
    return f"<script>{escaped}</script>"


def external_script_sources(html):
    """The src of every script element that would load from the network (http, https or
    protocol-relative). A report must have none: readers open it offline.

    >>> external_script_sources('<script src="https://cdn.example/x.js"></script><script src="a.js"></script>')
    ['https://cdn.example/x.js']
    """
    return _EXTERNAL_SCRIPT.findall(html)


def has_chart(nb):
    """Whether any output of the notebook carries a Plotly figure.

    >>> has_chart({"cells": [{"cell_type": "code", "outputs": [{"data": {PLOTLY_MIME: {}}}]}]})
    True
    """
    return any(PLOTLY_MIME in output.get("data", {}) for cell in nb["cells"] for output in cell.get("outputs", []))


class PlotlyScript(Preprocessor):
    """Puts plotly.js, inline, into ``resources["r2k_head"]`` when the notebook has a chart; the
    r2k template writes it once into the page's head. Each chart's HTML output then draws with
    ``window.Plotly``, and nothing is fetched.

    Example (what the venv's configuration does for ``--to html``)::

        jupyter nbconvert --to html --HTMLExporter.preprocessors=r2k_export.PlotlyScript x.ipynb
    """

    plotly_path = Unicode(str(PLOTLY), help="plotly.js to embed (default: the checkout's dist/plotly.min.js)").tag(config=True)

    def preprocess(self, nb, resources):
        """Adds the script to the resources (the notebook is unchanged)."""
        if has_chart(nb):
            with open(require_built(Path(self.plotly_path)), encoding="utf-8") as source:
                resources["r2k_head"] = inline_script(source.read())
        return nb, resources
