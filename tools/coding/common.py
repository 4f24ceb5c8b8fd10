"""Shared by the coding tools: where ../shared is, and the articles of the corpora by id."""
import gzip, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("MARSAD_SHARED") or os.path.join(ROOT, "..", "shared")
CORPORA = ["corpus/saudinewsnet-2015.jsonl.gz", "corpus/ant-2018-skynews-cnn.jsonl.gz"]
_cache = None


def articles():
    """Every article of the shared corpora and of the shared development set, by id."""
    global _cache
    if _cache is None:
        if not os.path.isdir(SHARED):
            raise SystemExit(f"{SHARED}: not found; set MARSAD_SHARED to the shared folder")
        _cache = {}
        for f in CORPORA:
            for l in gzip.open(os.path.join(SHARED, f), "rt", encoding="utf-8"):
                r = json.loads(l); _cache[r["id"]] = r
        for l in open(os.path.join(SHARED, "eval/dev.jsonl"), encoding="utf-8"):
            r = json.loads(l); r.pop("events", None); _cache.setdefault(r["id"], r)
    return _cache
