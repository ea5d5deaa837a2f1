"""Small hand-written reports for the dossier tests (never corpus text)."""

from __future__ import annotations

from marsad.record import Claim, Document, Entity, Mention, Metadata, SourceLink, Span


def make_doc(
    doc_id: str,
    text: str,
    published: str | None = None,
    places: list[tuple[str, ...]] = (),  # (text as written, entity id, canonical[, admin1])
    claims: list[dict] = (),
    outlet: str | None = None,
    lang: str = "en",
) -> Document:
    """A Document with place entities and claims located in `text`."""
    doc = Document(id=doc_id, text=text, lang=lang, meta=Metadata(format="text", published=published))
    for surface, ident, canonical, *admin1 in places:
        starts = [i for i in range(len(text)) if text.startswith(surface, i)]
        doc.entities.append(
            Entity(
                id=ident, text=surface, lang="ar" if not surface.isascii() else "en", type="place", canonical=canonical,
                mentions=[Mention(span=Span(start=s, end=s + len(surface))) for s in starts],
                admin1=admin1[0] if admin1 else None,
            )
        )
    for i, c in enumerate(claims):
        c = dict(c)
        evidence = c.pop("evidence", None)
        source = [SourceLink(name=n) for n in c.pop("source", [])]
        spans = []
        if evidence:
            s = text.index(evidence)
            spans = [Span(start=s, end=s + len(evidence))]
        c.setdefault("lang", lang if lang in ("ar", "en") else "en")
        c.setdefault("outcome", "killed")
        c.setdefault("group", "people")
        doc.claims.append(Claim(id=f"c{i}", source=source, evidence=spans, **c))
    if outlet:
        doc.outlet = SourceLink(name=outlet, kind="outlet")
    return doc
