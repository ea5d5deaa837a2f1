"""The dossier's records: incidents, figures, claims side by side, contested facts.

`DossierSet.model_dump()` is the `--format json` output (documented in docs/dossier.md).
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class PlaceRef(BaseModel):
    id: str
    canonical: str
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    country: str | None = None


class ClaimView(BaseModel):
    """One claim as the dossier shows it, with its evidence and the document it came from."""

    id: str  # "<doc id>#<claim id>", unique in the run
    anchor: str  # HTML anchor of its evidence
    doc: str
    published: str | None = None
    lang: str
    outcome: str
    group: str
    side: str | None = None
    min: int | None = None
    max: int | None = None
    approx: bool = False
    vague: bool = False
    stance: str = "assert"
    scope: str = "incident"
    source: list[str] = Field(default_factory=list)  # chain of canonical names, outermost first
    origin: str  # canonical name of the original source (the outlet for its own voice)
    start: int | None = None  # offset of the evidence in its document
    evidence: str = ""  # the claim's span
    sentence: str = ""  # the sentence holding it
    span_in_sentence: tuple[int, int] | None = None  # where the evidence sits in `sentence`
    context_en: str | None = None  # the aligned English paragraph, for Arabic evidence
    rule: str = ""


class SourceColumn(BaseModel):
    """One source chain's claims for a figure."""

    chain: list[str]
    origin: str
    claims: list[str]  # ClaimView ids


class Update(BaseModel):
    published: str | None
    doc: str
    chain: list[str]
    low: int | None
    high: int | None
    claim: str


class Figure(BaseModel):
    outcome: str
    group: str
    side: str | None = None
    low: int | None = None
    high: int | None = None
    claims: list[ClaimView] = Field(default_factory=list)
    sources: list[SourceColumn] = Field(default_factory=list)
    origins: int = 0
    origin_names: list[str] = Field(default_factory=list)
    updates: list[Update] = Field(default_factory=list)


class Quote(BaseModel):
    """A sentence quoted as evidence of a fact not carried by claims (outcome, target)."""

    doc: str
    lang: str
    text: str
    context_en: str | None = None  # the aligned English paragraph, for an Arabic sentence


class Contested(BaseModel):
    fact: str  # casualties:<group>[:side] | outcome | target
    kind: str  # figures | denial | outcome | target
    reason: str
    claims: list[str] = Field(default_factory=list)  # ClaimView ids
    evidence: list[Quote] = Field(default_factory=list)


class GroupLink(BaseModel):
    """Why two reports were put in the same incident."""

    a: str
    b: str
    rule: str
    strength: str = "strong"  # strong: the shared place is a main place of both reports; weak: of one
    place: str
    date: str
    event: str


class Incident(BaseModel):
    id: str
    documents: list[str]
    date: str | None = None
    date_rule: str = ""
    place: PlaceRef | None = None
    event_type: str | None = None
    figures: list[Figure] = Field(default_factory=list)
    contested: list[Contested] = Field(default_factory=list)
    background: list[ClaimView] = Field(default_factory=list)
    sources: int = 0
    origins: int = 0
    grouping: list[GroupLink] = Field(default_factory=list)


class DocumentSummary(BaseModel):
    id: str
    path: str | None = None
    outlet: str | None = None
    published: str | None = None
    lang: str = "other"
    event_date: str | None = None
    event_date_rule: str = ""
    place: str | None = None
    event_type: str | None = None
    incident: str | None = None


class DossierSet(BaseModel):
    incidents: list[Incident] = Field(default_factory=list)
    documents: list[DocumentSummary] = Field(default_factory=list)
    failed: list[str] = Field(default_factory=list)
