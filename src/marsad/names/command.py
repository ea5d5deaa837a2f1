"""`marsad romanize`: DIN 31635 romanisation and canonical spelling of a name."""

from __future__ import annotations

import json

import click


def romanize_info(text: str) -> dict:
    """What marsad knows of a name: DIN candidates, canonical spelling, gazetteer entry."""
    from marsad.names.canonical import DIN_MARKS, canonical_name, latin_to_din
    from marsad.names.din import romanize_din
    from marsad.names.normalize import is_arabic
    from marsad.names.resolve import resolve

    info = resolve(text)
    arabic = is_arabic(text)
    if info is not None:
        cands = [info.din] if isinstance(info.din, str) else list(info.din or [])
    elif arabic:
        cands = romanize_din(text)
    else:
        d = text if DIN_MARKS.search(text) else latin_to_din(text)
        cands = [d] if d else []
    out = {
        "text": text,
        "din": cands[0] if cands else None,
        "candidates": cands,
        "canonical": info.canonical if info else canonical_name(text, peer=True),
    }
    if info is not None:
        out.update({"id": info.id, "type": info.type, "aliases": info.aliases[:12]})
        if info.type == "place":
            out.update({"lat": info.lat, "lon": info.lon, "admin1": info.admin1, "country": info.country})
    return out


@click.command("romanize")
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def romanize_command(text: str, as_json: bool) -> None:
    """Print the DIN 31635 romanisation and canonical English spelling of TEXT."""
    if not text.strip():
        raise click.UsageError("TEXT is empty")
    out = romanize_info(text.strip())
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    click.echo(f"DIN:        {out['din'] or '(not an Arabic name)'}")
    if len(out["candidates"]) > 1:
        click.echo(f"candidates: {' | '.join(out['candidates'])}")
    click.echo(f"canonical:  {out['canonical']}")
    if "id" in out:
        where = ""
        if out["type"] == "place":
            where = f"  ({', '.join(x for x in (out.get('admin1'), out.get('country')) if x)})"
        click.echo(f"gazetteer:  {out['type']} {out['id']}{where}")
