#!/usr/bin/env python3
"""composition.py GOLD_DIR : what the gold corpus holds, as Markdown tables (per split and
corpus: articles, negatives, events; per event type and sub-type; per country)."""
import json, sys, os, collections
D = sys.argv[1] if len(sys.argv) > 1 else "data/gold"
rows = {s: [json.loads(l) for l in open(os.path.join(D, s + ".jsonl"))] for s in ("train", "dev", "test")}
def corpus(i): return "saudinewsnet-2015" if i.startswith("snn-") else "ant-2018-skynews-cnn" if i.startswith("ant-") else "other (seed)"
print("| split | corpus | articles | no event at all | no required event | with a required event | roundups (3+ required) | required events | optional events |")
print("|---|---|---|---|---|---|---|---|---|")
tot = collections.Counter()
for s, R in rows.items():
    by = collections.defaultdict(list)
    for r in R: by[corpus(r["id"])].append(r)
    for c in sorted(by):
        rr = by[c]
        req = [sum(1 for e in r["events"] if not e.get("optional")) for r in rr]
        line = dict(n=len(rr), empty=sum(1 for r in rr if not r["events"]), noreq=sum(1 for q in req if q == 0),
                    withreq=sum(1 for q in req if q > 0), round=sum(1 for q in req if q >= 3), req=sum(req),
                    opt=sum(1 for r in rr for e in r["events"] if e.get("optional")))
        tot.update(line)
        print(f"| {s} | {c} | {line['n']} | {line['empty']} | {line['noreq']} | {line['withreq']} | {line['round']} | {line['req']} | {line['opt']} |")
print(f"| all | | {tot['n']} | {tot['empty']} ({100*tot['empty']/tot['n']:.0f}%) | {tot['noreq']} ({100*tot['noreq']/tot['n']:.0f}%) | {tot['withreq']} | {tot['round']} | {tot['req']} | {tot['opt']} |")
print()
allr = [r for R in rows.values() for r in R]
sub = collections.Counter(); typ = collections.Counter(); cc = collections.Counter(); subs_by_split = collections.defaultdict(collections.Counter)
for s, R in rows.items():
    for r in R:
        for e in r["events"]:
            if e.get("optional"): continue
            sub[(e["event_type"], e["sub_event_type"])] += 1; subs_by_split[s][e["sub_event_type"]] += 1
            cc[(e.get("location") or {}).get("country") or "?"] += 1
print("| event type | sub-type | required events | train | dev | test |")
print("|---|---|---|---|---|---|")
for (t, st), n in sorted(sub.items()):
    print(f"| {t} | {st} | {n} | {subs_by_split['train'][st]} | {subs_by_split['dev'][st]} | {subs_by_split['test'][st]} |")
print()
print("| country | required events |")
print("|---|---|")
for c, n in cc.most_common(): print(f"| {c} | {n} |")
