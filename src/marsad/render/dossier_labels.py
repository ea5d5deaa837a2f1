"""English labels for dossier renderings (readers need no Arabic)."""

from __future__ import annotations

import datetime as dt

from marsad.dossier.model import ClaimView, Figure

EVENT_LABELS = {
    "air_strike": "Air strike",
    "drone_strike": "Drone strike",
    "missile_strike": "Missile or rocket strike",
    "raid": "Raid / airdrop",
    "shelling": "Shelling",
    "explosion": "Explosion",
}
LANG_LABELS = {"ar": "Arabic", "en": "English", "en+ar": "English + Arabic", "ar+en": "Arabic + English"}


def event_label(event: str | None) -> str:
    return EVENT_LABELS.get(event or "", "Incident")


def key_label(outcome: str, group: str, side: str | None = None) -> str:
    """ "Killed civilians", "Injured soldiers (United States)", "Casualties among children"."""
    who = f"{group} ({side})" if side else group
    if outcome == "casualties":  # killed or injured, the wording does not say which
        return f"Casualties among {who}"
    return f"{outcome.capitalize()} {who}"


def figure_label(f: Figure | ClaimView) -> str:
    return key_label(f.outcome, f.group, f.side)


def range_text(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return "–"
    if low == high:
        return str(low)
    return f"{low}–{high}"


def claim_figure(c: ClaimView) -> str:
    """How the claim words its figure: 13, at least 13, up to 13, 10–15, about 13, vague."""
    if c.vague or (c.min is None and c.max is None):
        text = "unspecified"
    elif c.min is not None and c.min == c.max:
        text = f"about {c.min}" if c.approx else str(c.min)
    elif c.max is None:
        text = f"at least {c.min}"
    elif c.min is None:
        text = f"up to {c.max}"
    else:
        text = f"{c.min}–{c.max}"
    if c.stance == "deny":
        text = f"denied ({text})"
    return text


def chain_text(chain: list[str]) -> str:
    """"Reuters, citing Syrian Civil Defense"."""
    return ", citing ".join(chain)


def date_label(date: str | None) -> str:
    """"2022-02-03 (Thursday)"; "3 February (year not stated)" for a month-day; "undated"."""
    if not date:
        return "undated"
    if date.startswith("--"):
        month, day = int(date[2:4]), int(date[5:7])
        return f"{day} {dt.date(2000, month, day):%B} (year not stated)"
    try:
        return f"{date} ({dt.date.fromisoformat(date):%A})"
    except ValueError:
        return date
