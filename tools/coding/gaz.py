#!/usr/bin/env python3
"""gaz.py NAME [CC] : find a place in the shared gazetteers (Who's On First per country, GeoNames cities500).
NAME is Arabic (with or without ال) or English. CC (ISO2, e.g. SY) limits to one country.
Exact (normalized) name matches first, then names that contain NAME."""
import sys, os, re, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SHARED
G = os.path.join(SHARED, "data", "gazetteer")
def norm(s):
    s = re.sub("[\u064b-\u065f\u0670\u0640]", "", s)
    s = re.sub("[إأآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه").lower().strip()
    return s
def variants(s):
    s = norm(s); out = {s}
    if s.startswith("ال"): out.add(s[2:])
    else: out.add("ال" + s)
    return out
q = sys.argv[1]; cc = sys.argv[2].upper() if len(sys.argv) > 2 else None
V = variants(q)
exact, part = [], []
rank = {"country":0,"region":1,"county":2,"localadmin":3,"locality":3,"neighbourhood":5,"campus":6}
for f in sorted(glob.glob(os.path.join(G, "wof_*.tsv"))):
    for ln in open(f, encoding="utf-8"):
        c = ln.rstrip("\n").split("\t")
        if c[0] == "wof_id" or (cc and c[1] != cc): continue
        names = [c[3]] + c[4].split("|") + c[5].split("|")
        row = (c[1], c[2], c[3], c[4][:60], c[6], c[7], c[8], "wof")
        ns = {norm(n) for n in names if n}
        if ns & V: exact.append(row)
        elif any(v in n for n in ns for v in V if len(v) > 2): part.append(row)
for ln in open(os.path.join(G, "cities500_mena.tsv"), encoding="utf-8"):
    c = ln.rstrip("\n").split("\t")
    if c[0] == "geonameid" or (cc and c[1] != cc): continue
    names = [c[2]] + c[3].split("|") + c[8].split("|")[:0]
    row = (c[1], "city pop=" + c[6], c[2], c[3][:60], c[4], c[5], "admin1=" + c[7], "geonames")
    ns = {norm(n) for n in names if n}
    if ns & V: exact.append(row)
    elif any(v in n for n in ns for v in V if len(v) > 2): part.append(row)
print("EXACT:" if exact else "no exact match")
for r in exact[:25]: print("  ", " | ".join(r))
if part:
    print("CONTAINS:")
    for r in part[:15]: print("  ", " | ".join(r))
