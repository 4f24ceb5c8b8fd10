#!/usr/bin/env python3
"""Rebuild data/gold from the coders' programs and check it is what is committed.

    python3 tools/coding/rebuild.py [--write] [--all]

Runs every data/gold/coding/programs/batch-NN.py (each writes its batch in the gold form,
with the texts joined from ../shared), assembles the batches (tools/coding/assemble.py, with
the adjudication (data/gold/coding/adjudication/: the first four decided by hand, the rest by
the adjudicators' programs) for the articles coded twice that disagreed) into a
temporary folder and compares it with data/gold. --write replaces data/gold instead. The
batches listed in data/gold/coding/held.txt (coded and adjudicated, not yet in the splits)
are left out; --all takes them in. The batches listed in data/gold/coding/blind.txt (a blind
draw among ids that hash to test, coded by the conventions) are assembled apart, into
data/gold/test-blind.jsonl: a second, larger test split, read only to report, that the CI's
floors (set on test.jsonl) do not yet judge.
Exit status 1 when they differ."""
import filecmp, glob, os, shutil, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.chdir(ROOT)
tmp = tempfile.mkdtemp()
os.makedirs(os.path.join(tmp, "out"))
shutil.copytree("data/gold/coding/batches", os.path.join(tmp, "batches"))
progs = sorted(glob.glob("data/gold/coding/programs/batch-*.py"))
# batches coded but held out of the splits (data/gold/coding/held.txt), unless --all
held = set()
if "--all" not in sys.argv and os.path.exists("data/gold/coding/held.txt"):
    held = {l.strip() for l in open("data/gold/coding/held.txt") if l.strip() and not l.startswith("#")}
progs = [p for p in progs if os.path.basename(p)[len("batch-"):-len(".py")] not in held]
if held:
    print(f"{len(held)} batches held out of the splits (data/gold/coding/held.txt; --all takes them in)")
for p in progs:
    r = subprocess.run([sys.executable, p], env=dict(os.environ, CODING_OUT=os.path.join(tmp, "out")), capture_output=True, text=True)
    if r.returncode != 0 or "self-score: OK" not in r.stdout:
        sys.exit(f"{p}: failed\n{r.stdout[-800:]}{r.stderr[-800:]}")
print(f"{len(progs)} batches written")
# the blind test draw: its batches apart (data/gold/coding/blind.txt)
blind = set()
if os.path.exists("data/gold/coding/blind.txt"):
    blind = {l.strip() for l in open("data/gold/coding/blind.txt") if l.strip() and not l.startswith("#")}
bdir = os.path.join(tmp, "blind")
os.makedirs(os.path.join(bdir, "out"))
shutil.copytree("data/gold/coding/batches", os.path.join(bdir, "batches"))
for b in blind:
    f = os.path.join(tmp, "out", f"batch-{b}.jsonl")
    if os.path.exists(f):
        shutil.move(f, os.path.join(bdir, "out"))
# the adjudication of the articles coded twice whose codings disagreed
adj = os.path.join(tmp, "adjudicated.jsonl")
with open(adj, "w", encoding="utf-8") as out_adj:
    out_adj.write(open("data/gold/coding/adjudication/first-four.jsonl", encoding="utf-8").read())
    for p in sorted(glob.glob("data/gold/coding/adjudication/adj-*.py")):
        r = subprocess.run([sys.executable, p], env=dict(os.environ, CODING_OUT=tmp), capture_output=True, text=True)
        if r.returncode != 0 or "self-score: OK" not in r.stdout:
            sys.exit(f"{p}: failed\n{r.stdout[-800:]}{r.stderr[-800:]}")
        name = os.path.join(tmp, os.path.basename(p)[:-3] + ".jsonl")
        for line in open(name, encoding="utf-8"):
            import json
            row = json.loads(line)
            out_adj.write(json.dumps({"id": row["id"], "published": row["published"], "events": row["events"]}, ensure_ascii=False) + "\n")
out = "data/gold" if "--write" in sys.argv else os.path.join(tmp, "gold")
r = subprocess.run([sys.executable, "tools/coding/assemble.py", tmp, "--adjudicated", adj, "--out", out])
if r.returncode != 0:
    sys.exit("assembling failed")
if blind:
    print(f"the blind test draw ({len(blind)} batches, data/gold/coding/blind.txt):")
    r = subprocess.run([sys.executable, "tools/coding/assemble.py", bdir, "--adjudicated", adj, "--out", os.path.join(bdir, "gold"), "--no-dev-set"])
    if r.returncode != 0:
        sys.exit("assembling the blind test draw failed")
    shutil.copyfile(os.path.join(bdir, "gold", "test.jsonl"), os.path.join(out, "test-blind.jsonl"))
if out != "data/gold":
    diff = [s for s in ("train", "dev", "test") + (("test-blind",) if blind else ()) if not filecmp.cmp(os.path.join(out, s + ".jsonl"), os.path.join("data/gold", s + ".jsonl"), shallow=False)]
    if diff:
        sys.exit(f"data/gold differs from what the programs give: {', '.join(diff)}")
    print("data/gold is what the coders' programs and the adjudication give, byte for byte")
shutil.rmtree(tmp)
