import os, json
# Gold adjudication, eleventh draw (K = 10). Decisions and reasons: adj-10.notes.txt
import sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, from_gold, write

C = {}

# --- snn-734f3b41664a (car bomb on a gendarmerie convoy in Lice; Ceylanpinar; strikes in northern Iraq; Suruc): batch-108's coding, Lice dated 07-25, Ceylanpinar widened with an attack twin, actors merged
PKK = actor("حزب العمال الكردستاني", "المنظمة الارهابية والانفصالية", "الحركة الانفصالية الكردية",
            "قوات الدفاع الشعبي", "المتمردين", "PKK", "Kurdistan Workers' Party", "HPG", "People's Defence Forces")
TRMIL = actor("الجيش التركي", "قوة الدرك", "القوات الخاصة للدرك", "الدرك", "دركيين", "عسكريين", "قافلة عسكرية",
              "Military Forces of Turkey", "Turkish Army", "Gendarmerie", "Turkish Gendarmerie")
TRAIR = actor("الجيش التركي", "Military Forces of Turkey", "Turkish Army", "Turkish Air Force")
TRPOL = actor("شرطيين", "Police Forces of Turkey", "Turkish Police")
N_IRAQ = loc("Northern Iraq (PKK camps)", "IQ", None, None, 100)
CEYLAN = loc("Ceylanpinar", "TR", 36.84722, 40.05, 25)
D_CEYLAN = ("2015-07-21", "2015-07-22")
C["snn-734f3b41664a"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-25", "2015-07-25"), loc("Lice (Diyarbakir)", "TR", 38.45821, 40.63888, 25),
       PKK, TRMIL, fatalities=2, injured=4),
    ev("armed_clash", D_CEYLAN, CEYLAN, PKK, TRPOL, fatalities=2),
    ev("attack", D_CEYLAN, CEYLAN, PKK, TRPOL, fatalities=2, optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), N_IRAQ, TRAIR, PKK, optional=True),
    ev("air_drone_strike", ("2015-07-25", "2015-07-25"), N_IRAQ, TRAIR, PKK, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.97612, 38.42533, 25),
       None, actor("Civilians", "ناشطين مؤيدين للقضية الكردية", "Kurdish activists"),
       fatalities=32, injured=[90, 110], optional=True),
]

# --- snn-39d04c5e718f (Taiz fronts and a resistance attack in Hodeidah): corrected; one Taiz event (proposed convention 22) with Jabal Sabr and al-Dhabab as optional, dates of batch-102
HOU = actor("ميليشيات الحوثي", "مليشيات الحوثي", "الحوثي", "الميليشيا", "قوات التمرد الحوثي",
            "عناصر الرئيس المخلوع علي عبدالله صالح", "Houthis", "Ansar Allah", "Saleh loyalists", "Saleh forces")
RES = actor("المقاومة الشعبية", "رجال المقاومة الشعبية", "Popular Resistance", "Military forces of Yemen (Hadi)")
D_TAIZ = ("2015-08-07", "2015-08-09")
C["snn-39d04c5e718f"] = [
    ev("armed_clash", D_TAIZ, loc("Taiz city (al-Nuqta al-Rabi', Shari' al-Arba'in)", "YE", 13.57825, 44.017666, 25),
       HOU, RES, fatalities=[0, 26], injured=[0, 61]),
    ev("armed_clash", D_TAIZ, loc("Jabal Sabr (Sabir al-Mawadim), Taiz", "YE", 13.531635, 44.05304, 25),
       HOU, RES, optional=True),
    ev("armed_clash", D_TAIZ, loc("al-Dhabab, south-west of Taiz (not in gazetteers)", "YE", 13.54, 43.95, 50),
       HOU, RES, optional=True),
    ev("armed_clash", ("2015-08-09", "2015-08-09"), loc("Al Hudaydah", "YE", 14.796625, 42.945213, 25),
       RES, HOU, fatalities=2, injured=4),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "adj-10.jsonl"))
