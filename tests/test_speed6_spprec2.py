"""Speed round 6, part 2 (claims_precision.py): each shortcut agrees with the plain reading it replaces."""

from __future__ import annotations

import pytest

from marsad.lang.en import claims_precision as P
from marsad.memo import clear_text_caches

# (report text, evidence): the neutral-death-word check reads the whole report only for a neutral word
NEUTRAL_CASES = [
    ("Her grandmother died last week. The family mourned. Friends came. They ate. They left.", "died"),
    ("Her grandmother died last week. The family mourned. Friends came. They ate. They left.", "two women"),
    ("An airstrike hit the market. Two people died. Friends came. They ate. They left.", "Two people died"),
    ("An airstrike hit the market. Two people were hurt. Friends came. They ate.", "two people"),
    ("The floods left 12 dead, officials said.", "12 dead"),
    ("He lost his life savings in the crash.", "his life"),
]


@pytest.mark.parametrize(("text", "ev"), NEUTRAL_CASES)
def test_neutral_check_is_the_plain_reading(text: str, ev: str) -> None:
    ck = P.checks()
    clear_text_caches()
    plain = not ck.incident.search(text) and ck.neutral.search(ev) is not None
    fast = ck.neutral.search(ev) is not None and not P._names_incident(text)
    assert fast is plain
