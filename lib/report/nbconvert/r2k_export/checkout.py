"""Where the exporters find the kit's files: in the checkout this package is installed from
(editable, by scripts/setup.sh), so the template, plotly.js and the compiled report code are
always the ones of the same checkout."""

from pathlib import Path

#: The checkout: this file is <root>/lib/report/nbconvert/r2k_export/checkout.py.
ROOT = Path(__file__).resolve().parents[4]

#: The folder holding the ``r2k`` nbconvert template (an ``extra_template_basedirs`` entry).
TEMPLATES = ROOT / "lib" / "report" / "nbconvert"

#: plotly.js, minified by ``npm run build`` (scripts/build-plotly.ts).
PLOTLY = ROOT / "dist" / "plotly.min.js"

#: The compiled lib/report/report-parts.ts: header, provenance and reader's cells of a report.
REPORT_PARTS = ROOT / "dist" / "lib" / "report" / "report-parts.js"


class ReportError(Exception):
    """A report that cannot be made, with the reason and the fix."""


def require_built(path: Path) -> Path:
    """The path, or a ReportError saying how to build it.

    >>> require_built(PLOTLY)  # doctest: +SKIP
    PosixPath('/work/main/dist/plotly.min.js')
    """
    if not (ROOT / "package.json").is_file():
        raise ReportError(
            f"r2k_export is installed from {ROOT}, which is not the kit's checkout: "
            "install it editable from the checkout (pip install -e lib/report/nbconvert, as npm run setup does)"
        )
    if not path.is_file():
        raise ReportError(f"{path} is missing: build the kit with npm run build (in {ROOT})")
    return path
