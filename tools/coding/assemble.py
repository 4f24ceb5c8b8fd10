#!/usr/bin/env python3
"""Assemble the coded batches into data/gold/{train,dev,test}.jsonl.

    python3 tools/coding/assemble.py CODING_DIR [--adjudicated FILE] [--out data/gold]

CODING_DIR holds batches/batch-NN.txt (ids) and out/batch-NN.jsonl (the coders' files).
An article coded twice: when the two codings agree on the required events (the scorer, one as
gold, gives event F1 and record F1 of 1 both ways) the first coding is kept and the second's
optional events of types the first lacks are added; otherwise the adjudicated coding is taken
from --adjudicated (JSON Lines, one line per article, gold form). The shared development set
(../shared/eval/dev.jsonl) joins train. Splits are fixed by a hash of the id.
Gold lines keep id, published and events only: the texts stay in the corpora."""
import argparse, hashlib, json, os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SHARED
import agree

def split_of(aid):
    h = int(hashlib.sha256(("marsad-gold-v1:" + aid).encode()).hexdigest()[:8], 16) % 100
    return "train" if h < 60 else "dev" if h < 75 else "test"

def slim(r):
    return {"id": r["id"], "published": r["published"], "events": r["events"]}

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("coding_dir"); ap.add_argument("--adjudicated"); ap.add_argument("--out", default="data/gold")
    ap.add_argument("--no-dev-set", action="store_true", help="leave the shared development set out (for the blind test draw)")
    a = ap.parse_args()
    codings = {}   # id -> list of (batch, row)
    for f in sorted(glob.glob(os.path.join(a.coding_dir, "out", "batch-*.jsonl"))):
        b = os.path.basename(f)[:-6]
        ids = open(os.path.join(a.coding_dir, "batches", b + ".txt")).read().split()
        rows = {json.loads(l)["id"]: json.loads(l) for l in open(f)}
        missing = [i for i in ids if i not in rows]
        if missing: sys.exit(f"{f}: {len(missing)} ids of the batch not coded, e.g. {missing[:3]}")
        for i in ids: codings.setdefault(i, []).append((b, rows[i]))
    adj = {}
    if a.adjudicated and os.path.exists(a.adjudicated):
        adj = {json.loads(l)["id"]: json.loads(l) for l in open(a.adjudicated)}
    final, undecided, twice = {}, [], []
    for i, cs in codings.items():
        if len(cs) == 1: final[i] = cs[0][1]; continue
        (b1, r1), (b2, r2) = cs[0], cs[1]
        twice.append((r1, r2))
        if i in adj: final[i] = dict(r1, events=adj[i]["events"]); continue
        s1, s2 = agree.run([(r1, r2)], ""), agree.run([(r2, r1)], "")
        same = all(s.get("event_f1") in (1.0, 0.0) and s.get("gold_events", 0) == s.get("predicted_events", 0) for s in (s1, s2)) and \
               (s1["gold_events"] == 0 or (s1["event_f1"] == 1.0 and s1["record_f1"] == 1.0 and s2["record_f1"] == 1.0))
        if not same: undecided.append(i); continue
        have = {e["event_type"] for e in r1["events"]}
        extra = [e for e in r2["events"] if e.get("optional") and e["event_type"] not in have]
        final[i] = dict(r1, events=r1["events"] + extra)
    if twice:
        ab, ba = agree.run(twice, ""), agree.run([(y, x) for x, y in twice], "")
        print(f"agreement over {len(twice)} articles coded twice (first coder as gold / second as gold):")
        for k in agree.KEYS: print(f"  {k:28}{str(ab.get(k)):>10}{str(ba.get(k)):>10}")
    if undecided:
        print(f"{len(undecided)} double-coded articles need adjudication:", " ".join(undecided))
    for l in open(os.path.join(SHARED, "eval", "dev.jsonl")) if not a.no_dev_set else []:
        r = json.loads(l); final.setdefault(r["id"], dict(r, _split="train"))
    os.makedirs(a.out, exist_ok=True)
    out = {s: [] for s in ("train", "dev", "test")}
    for i in sorted(final):
        r = final[i]; out[r.get("_split") or split_of(i)].append(slim(r))
    for s, rows in out.items():
        with open(os.path.join(a.out, s + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{s}: {len(rows)} articles, {sum(len(r['events']) for r in rows)} events")
    return 1 if undecided else 0

if __name__ == "__main__":
    sys.exit(main())
