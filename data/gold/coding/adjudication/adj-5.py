import os
# Gold adjudication, fifth draw (K = 5). Decisions and reasons: adj-5.notes.txt
import sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write

C = {}

# --- snn-407ff57bbdbe (Beirut: families of the abducted soldiers gather; published Sat 2015-08-01) ---
C["snn-407ff57bbdbe"] = [
    ev("peaceful_protest", ("2015-07-30", "2015-08-01"), loc("Riad al-Solh Square, Beirut", "LB", 33.8955, 35.503, 25),
       actor("أهالي العسكريين اللبنانيين المخطتفين", "أهالي العسكريين", "الأهالي", "Families of abducted Lebanese soldiers", "Protesters (Lebanon)"),
       None),
]

# --- ant-CN-middleEast-291-20180318 (Afrin: Erdogan announces "full control" of the town centre; published Sun 2018-03-18) ---
TURKEY_FSA = actor("الجيش التركي", "Turkish Armed Forces", "Military Forces of Turkey", "Turkish military", "Turkey", "تركيا",
                   "الجيش السوري الحر", "Free Syrian Army", "FSA")
YPG = actor("وحدات حماية الشعب الكردي", "YPG", "People's Protection Units", "حزب الاتحاد الديمقراطي الكردي", "PYD")
AFRIN = loc("Afrin", "SY", 36.51194, 36.86954, 25)
C["ant-CN-middleEast-291-20180318"] = [
    ev("non_state_actor_overtakes_territory", ("2018-03-17", "2018-03-18"), AFRIN, TURKEY_FSA, YPG),
    ev("government_regains_territory", ("2018-03-17", "2018-03-18"), AFRIN, TURKEY_FSA, YPG, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "adj-5.jsonl"))
