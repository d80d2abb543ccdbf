"""What people typed, shown as typed: never as Markdown, HTML, a link or an image.

Streamlit reads Markdown in st.markdown, st.caption, st.title and st.subheader, in alerts (st.error,
st.info…), in widget and expander labels and in every cell of st.table. Names, teams, display names,
override reasons, scenario titles and briefs, what a trainee said and error messages that quote
what someone typed go through `md` (or `md_lines`) before they reach one of those. CommonMark lets
every ASCII punctuation character be escaped with a backslash, and Streamlit's own directives
(:red[…], :material/…:, $…$) are punctuation too, so escaping all of it leaves only text.
"""

from __future__ import annotations

import re
import string

_ESCAPE = str.maketrans({c: "\\" + c for c in string.punctuation})
_BREAKS = re.compile(r"\r\n|\r|\n")


def md(text: object) -> str:
    """`text` as one line of Markdown that shows exactly these characters."""
    return _BREAKS.sub(" ", str(text)).translate(_ESCAPE)


def md_lines(text: object) -> str:
    """Like `md`, keeping each line of `text` on its own line (a message of several lines)."""
    return "  \n".join(line.translate(_ESCAPE) for line in _BREAKS.split(str(text)))


def md_cells(row: dict[str, object], *columns: str) -> dict[str, object]:
    """A row for st.table with the named columns (typed by people) escaped."""
    return {k: md(v) if k in columns and isinstance(v, str) else v for k, v in row.items()}
