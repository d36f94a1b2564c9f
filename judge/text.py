"""String types for request bodies: what every boundary accepts as text.

JSON can carry a lone UTF-16 surrogate ("\\ud800"), which no UTF-8 encoder takes: it must be a 422
where it arrives, not a 500 where the text is encoded (a program's stdin, a database row).
PostgreSQL's text columns refuse NUL characters, so text the judge stores refuses them too."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator


def encodable(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise ValueError(
            f"has a lone surrogate (\\u{ord(value[e.start]):04x}) at character {e.start}: text must be valid Unicode"
        ) from None
    return value


def without_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError(f"has a NUL character (\\u0000) at character {value.index(chr(0))}, which is not allowed here")
    return value


# Any text UTF-8 can carry (a program's stdin: NUL is fine there).
Text = Annotated[str, AfterValidator(encodable)]
# Text the database keeps (sources, names): no NUL either.
StoredText = Annotated[str, AfterValidator(encodable), AfterValidator(without_nul)]
