"""How the console names a study: once, not "Online shop · Launch candidate · Online shop —
Launch candidate" when the study's title already says the product and stage."""

from __future__ import annotations


def study_label(product: str, stage: str, title: str) -> str:
    """"Product · Stage · Title", leaving out what the title already says."""
    folded = title.casefold()
    parts = [part for part in (product, stage) if part.casefold() not in folded]
    return " · ".join([*parts, title])
