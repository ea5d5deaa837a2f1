"""The record marsad builds for one report: text, segments, claims, entities.

One `Document` owns the text; every annotation points into it by character
offsets (`start`, `end`, end exclusive, into `Document.text`). Each pipeline
stage adds to the same record and never copies the text. Every output carries
its evidence span(s) and the `rule` that produced it.
"""

from __future__ import annotations

from typing import Any, Literal, TypeVar

from pydantic import BaseModel, Field

Lang = Literal["ar", "en", "other"]
Role = Literal["headline", "lead", "body", "caption", "furniture"]
Outcome = Literal["killed", "injured", "casualties"]
Group = Literal["people", "civilians", "children", "women", "men", "combatants", "soldiers"]
Stance = Literal["assert", "deny"]
Scope = Literal["incident", "background"]
EntityType = Literal["place", "org", "person", "outlet"]
ModelT = TypeVar("ModelT", bound=BaseModel)


class Span(BaseModel):
    """A half-open character range [start, end) into `Document.text`."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


class Metadata(BaseModel):
    """What the input says about itself (file, page or feed fields)."""

    path: str | None = None
    format: Literal["txt", "html", "jsonl", "stdin", "text"] = "text"
    encoding: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    url: str | None = None
    title: str | None = None
    byline: str | None = None


class Paragraph(BaseModel):
    """A block of text separated by blank lines (or one line in a feed)."""

    id: int
    start: int
    end: int
    lang: Lang
    role: Role = "body"
    half: int | None = None  # index into Document.halves


class Sentence(BaseModel):
    id: int
    start: int
    end: int
    lang: Lang
    paragraph: int


class Half(BaseModel):
    """One language half of a bilingual report (or the whole of a monolingual one)."""

    lang: Lang
    start: int
    end: int
    paragraphs: list[int] = Field(default_factory=list)


class AlignedPair(BaseModel):
    """A translation paragraph and its counterpart in the original."""

    source: int  # paragraph id in the first half (the translation as printed)
    target: int  # paragraph id in the other half
    score: float
    rule: str = "align.length+anchors"


class SourceLink(BaseModel):
    """One link of an attribution chain: who said it, as named and as canonical."""

    name: str  # canonical English name
    aliases: list[str] = Field(default_factory=list)  # other names seen or known, both scripts
    kind: Literal["outlet", "agency", "org", "person", "spokesperson", "anonymous", "correspondent"] = "org"
    person: str | None = None  # for a spokesperson: the person named, if any
    entity: str | None = None  # Entity.id when linked
    span: Span | None = None
    rule: str = ""

    def names(self) -> list[str]:
        return [self.name, *(a for a in self.aliases if a != self.name)]


class Claim(BaseModel):
    """One casualty figure a source puts forward (see corpus SCHEMA.md)."""

    id: str = ""
    kind: Literal["casualty"] = "casualty"
    lang: Lang
    outcome: Outcome
    group: Group
    side: str | None = None
    min: int | None = None
    max: int | None = None
    approx: bool = False
    vague: bool = False
    stance: Stance = "assert"
    scope: Scope = "incident"
    source: list[SourceLink] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)  # first is the primary span
    sentence: int | None = None
    denies: str | None = None  # id of the claim this denial rejects
    rule: str = ""


class Mention(BaseModel):
    span: Span
    rule: str = ""


class Entity(BaseModel):
    """A named place, organisation, person or outlet, once per language half."""

    id: str  # shared by every spelling of the same thing, in both scripts
    text: str
    lang: Lang
    type: EntityType
    canonical: str
    din: str | list[str] | None = None
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    country: str | None = None
    rule: str = ""


class Document(BaseModel):
    """A report and everything marsad found in it."""

    id: str
    text: str
    meta: Metadata = Field(default_factory=Metadata)
    lang: str = "other"  # "ar", "en", "en+ar", "ar+en", "other"
    halves: list[Half] = Field(default_factory=list)
    paragraphs: list[Paragraph] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    alignment: list[AlignedPair] = Field(default_factory=list)
    outlet: SourceLink | None = None  # the publishing outlet: voice of unattributed text
    entities: list[Entity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def paragraph_of(self, sentence: Sentence) -> Paragraph:
        return self.paragraphs[sentence.paragraph]


_new = object.__new__
# the slots every pydantic model instance has, set directly (what pydantic's own constructors do)
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__pydantic_fields_set__.__set__  # type: ignore[attr-defined]
_set_extra = BaseModel.__pydantic_extra__.__set__  # type: ignore[attr-defined]
_set_private = BaseModel.__pydantic_private__.__set__  # type: ignore[attr-defined]


def trusted(cls: type[ModelT], fields: dict[str, Any]) -> ModelT:
    """A `cls` instance from a complete dict of field values, without validation.

    For records built by the thousand from values already of their declared types (sentences,
    paragraphs): twice as fast as `cls(**fields)`, where `cls.model_construct` is slower than
    validating. `fields` must hold every field of `cls`, in declared order, defaults included
    (the instance then equals, and serialises as, `cls(**fields)`); it becomes the instance's
    `__dict__`. Only for plain models: no validators, no private attributes.
    """
    obj = _new(cls)
    _set_dict(obj, fields)
    _set_fields_set(obj, set(fields))
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


def assign_trusted(obj: BaseModel, name: str, value: Any) -> None:
    """`obj.name = value` for a declared field and a value already of its type, without pydantic's
    assignment dispatch: what that assignment does for a plain model (no `validate_assignment`,
    no validators): store the value and mark the field set."""
    obj.__dict__[name] = value
    obj.__pydantic_fields_set__.add(name)
