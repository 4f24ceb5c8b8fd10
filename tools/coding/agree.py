"""Inter-coder agreement with the scorer: coder A as gold, coder B's required events as predictions.
B's events are turned into the prediction form: a range count becomes its middle, an actor
matches when the two coders' name lists share a (normalized) name, the place is B's point."""
import json, sys, os, subprocess, tempfile, glob, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SHARED
sys.path.insert(0, os.path.join(SHARED, "eval"))
import score as S

def load(files):
    out = {}
    for f in files:
        for l in open(f):
            r = json.loads(l); out[r["id"]] = (r, os.path.basename(f).split(".")[0])
    return out

KEYS = ["articles", "gold_events", "predicted_events", "event_precision", "event_recall", "event_f1", "record_f1",
        "sub_event_type_accuracy", "date_accuracy", "location_accuracy", "country_accuracy", "fatalities_accuracy",
        "injured_accuracy", "actor_accuracy"]


def as_pred(ev, gold_events):
    p = dict(ev)
    for k in ("fatalities", "injured"):
        v = ev.get(k)
        if isinstance(v, list): p[k] = (v[0] + v[1]) // 2
    allnames = set()
    for g in gold_events:
        for r in ("actor1", "actor2"):
            if g.get(r): allnames |= {S.norm(x) for x in g[r]["any_of"]}
    for r in ("actor1", "actor2"):
        a = ev.get(r)
        if a:
            names = [x for x in a["any_of"] if S.norm(x) in allnames] or a["any_of"]
            p[r] = {"text": names[0], "canonical": names[0]}
    loc = ev.get("location") or {}
    p["location"] = {"lat": loc.get("lat"), "lon": loc.get("lon"), "country": loc.get("country")}
    p.pop("optional", None)
    return p

def run(pairs, tag):
    """pairs: list of (rowA, rowB). Writes gold=A, pred=B(required only) and scores."""
    d = tempfile.mkdtemp()
    with open(f"{d}/g.jsonl", "w") as g, open(f"{d}/p.jsonl", "w") as p:
        for a, b in pairs:
            g.write(json.dumps(a, ensure_ascii=False) + "\n")
            evs = [as_pred(e, a["events"]) for e in b["events"] if not e.get("optional")]
            p.write(json.dumps({"article": {"id": b["id"]}, "events": evs}, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, os.path.join(SHARED, "eval", "score.py"), f"{d}/g.jsonl", f"{d}/p.jsonl", "--json"], capture_output=True, text=True)
    return json.loads(out.stdout)

if __name__ == "__main__":
    first = load(sys.argv[1].split(","))   # files of first codings
    second = load(sys.argv[2].split(","))  # files of second codings
    ids = sorted(set(first) & set(second))
    pairs = [(first[i][0], second[i][0]) for i in ids]
    ab = run(pairs, "A gold"); ba = run([(b, a) for a, b in pairs], "B gold")
    keys = KEYS
    _ = ["articles", "gold_events", "predicted_events", "event_precision", "event_recall", "event_f1", "record_f1",
            "sub_event_type_accuracy", "date_accuracy", "location_accuracy", "country_accuracy", "fatalities_accuracy", "injured_accuracy", "actor_accuracy"]
    print(f"{'':28}{'A as gold':>12}{'B as gold':>12}")
    for k in keys: print(f"{k:28}{str(ab.get(k)):>12}{str(ba.get(k)):>12}")
    # article-level: both say event / no event
    agree = sum(bool([e for e in a['events'] if not e.get('optional')]) == bool([e for e in b['events'] if not e.get('optional')]) for a, b in pairs)
    print(f"articles where both agree on 'has a required event': {agree}/{len(pairs)}")
