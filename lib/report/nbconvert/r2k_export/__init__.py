"""The Russell 2000 claims kit's nbconvert side.

- ``ReportExporter`` (``jupyter nbconvert --to report``, and *Report* in JupyterLab's
  *File > Save and Export Notebook As*): the reader's report, the same page the report runner
  writes to reports/.
- ``PlotlyScript``: the preprocessor that embeds plotly.js once, so charts draw offline. The
  venv's configuration (``python -m r2k_export.configure``) adds it to the plain HTML export too.
"""

from .offline import PlotlyScript
from .report import ReportExporter

__all__ = ["PlotlyScript", "ReportExporter"]
