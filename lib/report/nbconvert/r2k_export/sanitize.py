"""Sanitizing that keeps a notebook readable. nbconvert's own ``clean_html`` allows only bleach's
inline tags, so a sanitized export (JupyterLab's HTML export sanitizes unless the reader unticks
the box) shows headings, paragraphs and table headers as escaped markup. This one allows the
block elements that Markdown and the kit's tables use, and still drops every script, event
handler and unsafe URL. The venv's configuration (r2k_export.configure) puts it in place of
nbconvert's filter.
"""

import bleach
from bleach.css_sanitizer import CSSSanitizer

#: The elements kept: bleach's inline ones, nbconvert's additions, and Markdown's and tables' blocks.
ALLOWED_TAGS = frozenset(
    [*bleach.ALLOWED_TAGS, "div", "pre", "code", "span", "table", "tr", "td"]
    + ["p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "thead", "tbody", "tfoot", "th", "caption"]
    + ["img", "sup", "sub", "del", "s", "dl", "dt", "dd", "details", "summary"]
)

#: Attributes kept (inline styles go through bleach's CSS sanitizer: colours, alignment and the like).
ALLOWED_ATTRIBUTES = {
    **bleach.ALLOWED_ATTRIBUTES,
    "*": ["class", "id", "title", "style"],
    "img": ["src", "alt", "width", "height"],
    "th": ["colspan", "rowspan"],
    "td": ["colspan", "rowspan"],
}

_CSS = CSSSanitizer()


def clean_html(element):
    """The HTML with scripts, event handlers and unsafe URLs removed and everything else kept.

    >>> clean_html('<h2 id="x">Title</h2><p onclick="steal()">text</p><script>steal()</script>')
    '<h2 id="x">Title</h2><p>text</p>&lt;script&gt;steal()&lt;/script&gt;'
    """
    element = element.decode() if isinstance(element, bytes) else str(element)
    return bleach.clean(element, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, css_sanitizer=_CSS)
