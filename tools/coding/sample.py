"""Stratified sample of articles to code (keywords only; no extractor output is used).

    python3 tools/coding/sample.py                      # the first draw (coding/sample.tsv)
    python3 tools/coding/sample.py --seed 7 --exclude data/gold --splits train,dev \
        --event 160 --neg 100 --random 20 --out ext.tsv # a later draw: new articles only,
                                                        # only those whose id hashes to train/dev
"""
import argparse, glob, gzip, json, random, re, collections, hashlib, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SHARED
ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--seed", type=int, default=20261205)
ap.add_argument("--event", type=int, default=190, help="event-likely articles per corpus")
ap.add_argument("--neg", type=int, default=115, help="likely hard negatives per corpus")
ap.add_argument("--random", type=int, default=25, help="random articles per corpus")
ap.add_argument("--exclude", help="a gold folder whose ids are not drawn again")
ap.add_argument("--splits", help="only ids that hash to these splits (e.g. train,dev)")
ap.add_argument("--out", default="sample.tsv")
ARGS = ap.parse_args()
random.seed(ARGS.seed)
EXCLUDE = set()
if ARGS.exclude:
    for s in ("train", "dev", "test", "test-blind"):
        p = os.path.join(ARGS.exclude, s + ".jsonl")
        if os.path.exists(p):
            EXCLUDE |= {json.loads(l)["id"] for l in open(p)}
    # and every article of a batch, held or blind, that the splits do not hold yet
    for p in glob.glob(os.path.join(ARGS.exclude, "coding", "batches", "batch-*.txt")):
        EXCLUDE |= set(open(p).read().split())
def split_ok(i):
    if not ARGS.splits: return True
    from assemble import split_of
    return split_of(i) in ARGS.splits.split(",")
TYPES = {
 "clash": r"اشتباكات|معارك|مواجهات مسلحة|اشتبك",
 "territory": r"سيطرت|سيطرة على|استعاد|استعادت|تحرير|حررت|انسحب",
 "air": r"غارة|غارات|طائرة مسيرة|طائرات بدون طيار|الطيران الحربي|قصف جوي",
 "shell": r"قصف مدفعي|قذائف|قذيفة|صاروخ|صواريخ|مقذوف|هاون|كاتيوشا",
 "ied": r"عبوة ناسفة|عبوات ناسفة|لغم|ألغام|سيارة مفخخة|عبوة",
 "suicide": r"انتحاري|انتحارية|حزاما ناسفا|حزام ناسف",
 "civ": r"مسلحون|مسلحين|أطلق النار|إطلاق نار|اغتيال|اغتال|هجوم مسلح",
 "abduct": r"خطف|اختطاف|اختطف|مختطف",
 "arrest": r"القبض على|اعتقال|اعتقلت|ألقت|توقيف|احتجاز",
 "protest": r"تظاهر|مظاهرة|مظاهرات|احتجاج|محتجين|المحتجين|اعتصام|وقفة احتجاجية",
 "riot": r"أعمال شغب|شغب|مثيري الشغب|اقتحم محتجون",
 "agree": r"وقف إطلاق النار|هدنة|اتفاق|تبادل الأسرى|صفقة تبادل",
 "disrupt": r"اعترضت|اعتراض|تفكيك عبوة|أبطلت|إبطال",
 "chem": r"كيماوي|كيميائي|غاز الكلور|السارين",
}
COUNTRIES = {"SY": r"سوري|دمشق|حلب|إدلب|حمص|درعا|الرقة|دير الزور|الغوطة", "IQ": r"العراق|بغداد|الموصل|الأنبار|كركوك|الرمادي|ديالى|صلاح الدين",
 "YE": r"اليمن|صنعاء|عدن|تعز|الحديدة|مأرب|صعدة|الحوثي", "PS": r"غزة|الضفة|فلسطين|القدس|نابلس|الخليل|رام الله|جنين", "LY": r"ليبيا|طرابلس|بنغازي|درنة|سرت|مصراتة",
 "EG": r"مصر|سيناء|القاهرة|العريش|الشيخ زويد|الإسكندرية", "SA": r"السعودية|الرياض|القطيف|جازان|نجران|الأحساء|القديح|الدمام|أبها", "LB": r"لبنان|بيروت|طرابلس اللبنانية|عرسال|صيدا|الجنوب اللبناني",
 "TR": r"تركيا|أنقرة|إسطنبول|ديار بكر|سروج|الكردستاني", "AF": r"أفغانستان|كابل|طالبان|قندهار|هلمند|قندوز", "SO": r"الصومال|مقديشو|الشباب", "SD": r"السودان|الخرطوم|دارفور|جنوب السودان|جوبا",
 "SAHEL": r"مالي|النيجر|بوركينا|نيجيريا|بوكو حرام|تشاد|الكاميرون", "OTHER": r"باكستان|الهند|كشمير|ميانمار|الروهينغا|الفلبين|أوكرانيا|فنزويلا|نيكاراغوا|إيران|تونس|الجزائر|البحرين|الأردن|فرنسا|بريطانيا|ألمانيا|الكونغو|إثيوبيا|كينيا"}
NEG = {
 "statement": r"أدان|يدين|تدين|استنكر|شجب|دعا إلى|بيان",
 "trial": r"محكمة|المحكمة|حكم بالإعدام|أحكام|قضت|النيابة|محاكمة",
 "threat": r"هدد|يهدد|توعد|تهديد",
 "anniv": r"ذكرى|الذكرى السنوية",
 "toll": r"منذ بدء|منذ اندلاع|حصيلة|منذ عام",
 "accident": r"حادث سير|حادث مروري|تحطم|سقوط طائرة|حريق|انفجار أسطوانة|غرق",
 "test": r"تجربة صاروخ|اختبار صاروخ|تجربة نووية|مناورات",
 "detain": r"احتجز|احتجزت|احتجازه",
}
SPORTSY = r"مباراة|الدوري|المنتخب|هدف|كأس|اللاعب|النادي|سوق|أسهم|الأسهم|البورصة|النفط|الاقتصاد|هاتف|تطبيق|أبل|سامسونغ|حرب تجارية|الرسوم الجمركية"
def load(f):
    return [json.loads(l) for l in gzip.open(os.path.join(SHARED, f), "rt", encoding="utf-8")]
dev = {json.loads(l)["id"] for l in open(os.path.join(SHARED, "eval/dev.jsonl"))}
def feats(r):
    t = r["title"] + "\n" + r["text"]
    ty = [k for k, p in TYPES.items() if re.search(p, t)]
    head = r["title"] + "\n" + r["text"][:600]
    ty_head = [k for k, p in TYPES.items() if re.search(p, head)]
    co = [k for k, p in COUNTRIES.items() if re.search(p, head)] or [k for k, p in COUNTRIES.items() if re.search(p, t)]
    neg = [k for k, p in NEG.items() if re.search(p, head)]
    sporty = bool(re.search(SPORTSY, head)) or r.get("category") in ("sport", "economy", "technology") or r.get("source") in ("arreyadi", "arriyadiyah", "aleqtisadiya")
    return ty, ty_head, co, neg, sporty
def pick(rows, n_event, n_neg, n_rand, taken):
    rows = [r for r in rows if 250 <= len(r["text"]) <= 4500 and r["id"] not in dev and r["id"] not in taken
            and r["id"] not in EXCLUDE and split_ok(r["id"])]
    random.shuffle(rows)
    # de-duplicate near-identical titles
    seen = set(); R = []
    for r in rows:
        k = re.sub(r"\W", "", r["title"])[:40]
        if k in seen: continue
        seen.add(k); R.append(r)
    F = {r["id"]: feats(r) for r in R}
    out = []
    # event-likely: round robin over (type, country), type in the headline
    pools = collections.defaultdict(list)
    for r in R:
        ty, th, co, neg, sp = F[r["id"]]
        if sp or not th: continue
        for t in th:
            for c in co or ["NONE"]:
                pools[(t, c)].append(r)
    keys = sorted(pools); random.shuffle(keys)
    used = set()
    while len(out) < n_event and keys:
        for k in list(keys):
            while pools[k] and pools[k][-1]["id"] in used: pools[k].pop()
            if not pools[k]: keys.remove(k); continue
            r = pools[k].pop(); used.add(r["id"]); out.append((r, "event:" + k[0] + ":" + k[1]))
            if len(out) >= n_event: break
    # hard negatives: conflict words, likely no event
    negpools = collections.defaultdict(list)
    for r in R:
        if r["id"] in used: continue
        ty, th, co, neg, sp = F[r["id"]]
        if not ty: continue
        if sp: negpools["sport_econ_tech"].append(r)
        for n in neg: negpools[n].append(r)
    nk = sorted(negpools); k = 0; nn = 0
    while nn < n_neg:
        key = nk[k % len(nk)]; k += 1
        while negpools[key] and negpools[key][-1]["id"] in used: negpools[key].pop()
        if not negpools[key]: continue
        r = negpools[key].pop(); used.add(r["id"]); out.append((r, "neg:" + key)); nn += 1
    # random articles: the base rate
    rest = [r for r in R if r["id"] not in used]
    for r in rest[:n_rand]: out.append((r, "random"))
    return out
snn = load("corpus/saudinewsnet-2015.jsonl.gz"); ant = load("corpus/ant-2018-skynews-cnn.jsonl.gz")
S = pick(snn, ARGS.event, ARGS.neg, ARGS.random, set()) + pick(ant, ARGS.event, ARGS.neg, ARGS.random, set())
with open(ARGS.out, "w") as f:
    for r, why in S: f.write(f"{r['id']}\t{why}\t{len(r['text'])}\n")
print(len(S), collections.Counter(w.split(":")[0] + (":" + w.split(":")[1] if w.startswith("neg") else "") for _, w in S))
print(collections.Counter(w.split(":")[1] for _, w in S if w.startswith("event")))
print(collections.Counter(w.split(":")[2] for _, w in S if w.startswith("event")))
