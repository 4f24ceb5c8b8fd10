import os, json
# Gold adjudication, thirteenth draw (K = 12). Decisions and reasons: adj-12.notes.txt
import sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, from_gold, write

C = {}

# --- ant-SK-middleEast-301-20180315 (ambush on Swehli's convoy at Gharyan; four Gharyan police abducted):
#     batch-117's coding (abduction required, convention 5), actors of both merged
GUNMEN = actor("مجموعة مسلحة", "المهاجمين", "Unidentified armed group", "Gunmen")
GUARDS = actor("عناصر الأمن والحماية التابعين للمجلس", "المجلس الأعلى للدولة", "مديرية أمن غريان",
               "المنطقة العسكرية الغربية", "عبدالرحمن السويحلي", "السويحلي",
               "High Council of State", "High Council of State security", "Police Forces of Libya",
               "Abdulrahman Swehli")
POLICE_GH = actor("أربعة عناصر شرطة تابعين لمديرية أمن غريان", "عناصر شرطة تابعين لمديرية أمن غريان",
                  "عناصر شرطة", "مديرية أمن غريان", "Police Forces of Libya")
DG = ("2018-03-13", "2018-03-15")      # no day in the text: [published-2, published]
GHARYAN = loc("Gharyan", "LY", 32.17222, 13.02028, 25)
C["ant-SK-middleEast-301-20180315"] = [
    ev("armed_clash", DG, GHARYAN, GUNMEN, GUARDS, injured=2),
    ev("attack", DG, GHARYAN, GUNMEN, GUARDS, injured=2, optional=True),
    ev("abduction_forced_disappearance", DG, GHARYAN, GUNMEN, POLICE_GH),
]

# --- ant-SK-middleEast-3451-20180818 (coalition destroys a SAM-6 in Sanaa; assault on al-Durayhimi; al-Jabaliya infiltration):
#     batch-119's structure (clash required, partial takeover optional, optional air support), actors merged
COAL = actor("تحالف دعم الشرعية في اليمن", "تحالف دعم الشرعية", "التحالف العربي", "التحالف",
             "Saudi-led coalition", "Arab Coalition")
HOU = actor("مليشيات الحوثي", "ميليشيات الحوثي", "الميليشيات الحوثية", "الحوثيين", "الحوثي", "الانقلابيين",
            "Houthis", "Ansar Allah")
JRF = actor("المقاومة اليمنية المشتركة", "ألوية العمالقة", "قوات المقاومة المشتركة", "قوات المقاومة",
            "المقاومة اليمنية", "Joint Resistance Forces", "Giants Brigades",
            "Military Forces of Yemen (Hadi)", "Yemeni government forces")
D18 = ("2018-08-18", "2018-08-18")     # السبت (published Sat 08-18)
DSANAA = ("2018-08-16", "2018-08-18")  # announced Saturday, strike undated
DJAB = ("2018-08-17", "2018-08-18")    # 'في غضون ذلك', tied to Saturday's news
DURAYHIMI = loc("Ad Durayhimi", "YE", 14.63702, 43.05505, 25)
C["ant-SK-middleEast-3451-20180818"] = [
    ev("air_drone_strike", DSANAA, loc("Sanaa", "YE", 15.463615, 44.237884, 25), COAL, HOU),
    ev("armed_clash", D18, DURAYHIMI, JRF, HOU),
    ev("government_regains_territory", D18, DURAYHIMI, JRF, HOU, optional=True),
    ev("air_drone_strike", D18, DURAYHIMI, COAL, HOU, optional=True),
    ev("armed_clash", DJAB, loc("al-Jabaliya, At Tuhayta district (not in gazetteers; district centre)", "YE",
                                14.08078, 43.119866, 30), JRF, HOU),
]

# --- ant-SK-middleEast-2819-20180710 (At Tuhayta: Houthi booby traps defused; pockets cleared; coalition fire on vehicles):
#     combined: batch-119's events (air strike required, IED and al-Maghras optional), clearing of pockets optional
#     (batch-120) with a clash twin; a shelling twin for the unspecified 'coalition fire'
GIANTS = actor("لواء العمالقة", "ألوية العمالقة", "الجيش اليمني", "Giants Brigades", "Al-Amalika Brigades",
               "Yemeni army", "Yemeni government forces", "Military Forces of Yemen")
HOU_T = actor("ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "الانقلابيين", "الحوثيين", "جيوب الحوثيين",
              "المتمردين", "Houthis", "Ansar Allah", "Houthi militia")
COAL_T = actor("التحالف العربي", "نيران التحالف العربي", "Saudi-led coalition", "Arab Coalition")
DT = ("2018-07-08", "2018-07-10")      # no day in the text: [published-2, published]
TUHAYTA = loc("At Tuhayta", "YE", 14.18356, 43.22637, 25)
C["ant-SK-middleEast-2819-20180710"] = [
    ev("disrupted_weapons_use", DT, TUHAYTA, GIANTS, HOU_T),
    ev("air_drone_strike", DT, loc("farms south of At Tuhayta", "YE", 14.18356, 43.22637, 25), COAL_T, HOU_T),
    ev("shelling_artillery_missile_attack", DT, loc("farms south of At Tuhayta", "YE", 14.18356, 43.22637, 25),
       COAL_T, HOU_T, optional=True),
    ev("government_regains_territory", DT, loc("al-Sawb and al-Haditha, east of At Tuhayta", "YE", 14.18356, 43.22637, 25),
       GIANTS, HOU_T, optional=True),
    ev("armed_clash", DT, loc("al-Sawb and al-Haditha, east of At Tuhayta", "YE", 14.18356, 43.22637, 25),
       GIANTS, HOU_T, optional=True),
    ev("remote_explosive_landmine_ied", DT, TUHAYTA, actor("ميليشيات الحوثي", "Houthis", "Ansar Allah"), None,
       optional=True),
    ev("armed_clash", DT, loc("Al Maghras, south of At Tuhayta (not in gazetteers)", "YE", 14.15, 43.23, 25),
       GIANTS, HOU_T, optional=True),
]

# --- ant-SK-middleEast-2565-20180624 (coalition strike at Aqabat Marran, 41 killed; al-Fazah and al-Jah clashes; al-Abbasi strike):
#     the codings agree on the events; the shared toll of 15 on none (convention 7), places unified
COAL_S = actor("التحالف العربي لدعم الشرعية في اليمن", "قوات التحالف العربي", "التحالف العربي", "قوات التحالف",
               "Saudi-led coalition", "Arab Coalition")
COAL_S_CL = actor("التحالف العربي لدعم الشرعية في اليمن", "قوات التحالف العربي", "التحالف العربي", "قوات التحالف",
                  "Saudi-led coalition", "Arab Coalition", "Yemeni government forces")
HOU_S = actor("ميليشيا الحوثي", "عناصر الحوثيين", "الحوثيين", "الحوثي", "حزب الله اللبناني", "حزب الله",
              "Houthis", "Ansar Allah", "Hezbollah")
HOU_H = actor("الميليشيات الانقلابية", "ميليشيات الحوثي", "ميليشيا الحوثي", "الحوثيين", "الحوثي",
              "Houthis", "Ansar Allah")
GIANTS_H = actor("ألوية العمالقة", "Giants Brigades", "Al-Amaliqa", "Military Forces of Yemen (Hadi)",
                 "Yemeni government forces", "Pro-Hadi forces")
JOINT = actor("القوات اليمنية المشتركة", "Joint Forces", "Yemeni government forces", "Pro-Hadi forces")
DS = ("2018-06-22", "2018-06-24")      # no day in the text: [published-2, published]
MARRAN = loc("Aqabat Marran, Haydan district, Saada (not in gazetteers)", "YE", 16.85, 43.48, 50)
C["ant-SK-middleEast-2565-20180624"] = [
    ev("air_drone_strike", DS, MARRAN, COAL_S, HOU_S, fatalities=41),
    ev("armed_clash", DS, MARRAN, COAL_S_CL, HOU_S, fatalities=41, optional=True),
    ev("armed_clash", DS, loc("Al Fazah (At Tuhayta district centre; not in gazetteers)", "YE", 14.08078, 43.119866, 50),
       GIANTS_H, HOU_H),
    ev("armed_clash", DS, loc("Al Jah, Bayt al-Faqih district (not in gazetteers)", "YE", 14.39, 43.2, 40),
       GIANTS_H, HOU_H),
    ev("air_drone_strike", DS, loc("Al Abbasi, Bayt al-Faqih district (district centre)", "YE", 14.466804, 43.289929, 30),
       COAL_S, HOU_H),
    ev("government_regains_territory", ("2018-06-14", "2018-06-21"), loc("Hodeidah airport", "YE", 14.753, 42.976, 25),
       JOINT, HOU_H, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "adj-12.jsonl"))
