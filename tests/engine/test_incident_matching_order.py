"""When several lexicon entries fit one word, the choice is the lexicon's:
an entry that requires its subject ("drones attacked X": a strike) before a
looser one, then in lexicon order; never the order of the labels' hashes,
which moved whenever an entry was added. Sentences written for these tests."""

from __future__ import annotations

import pytest

from annotate.engine import annotate_text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mykolaiv was attacked by Russian drones overnight.", "strike"),
        ("Russian drones attacked Mykolaiv overnight.", "strike"),
    ],
)
def test_the_more_specific_entry_types_the_word(nlp, text, kind) -> None:
    assert [i.type for i in annotate_text(text, nlp).incidents] == [kind]
