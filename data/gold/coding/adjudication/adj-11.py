import os, json
# Gold adjudication, twelfth draw (K = 11). Decisions and reasons: adj-11.notes.txt
import sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, from_gold, write

C = {}

# --- snn-1c313d9a11b5 (Popular Resistance completes the takeover of al-Dhale; Abyan offensive; coalition strikes; Lahij mines; Arhab):
#     combined: batch-112's structure (twins, Lahij demining), batch-111's required Abyan air strikes; locations, tolls and twins corrected
RES = actor("المقاومة الشعبية", "المقاومة", "المقاومة اليمنية", "Popular Resistance", "Southern Resistance",
            "Yemeni resistance", "Pro-government forces", "Pro-Hadi forces", "Military forces of Yemen (Hadi)")
HOU = actor("المليشيات الحوثية", "مليشيات الحوثي", "الحوثيين", "الحوثيون", "القوات المتحالفة معها",
            "Houthis", "Ansar Allah", "Saleh loyalists", "Saleh forces")
HOU_SSF = actor("المليشيات الحوثية", "مليشيات الحوثي", "الحوثيين", "القوات المتحالفة معها",
                "قوات الأمن الخاصة", "معسكر قوات الأمن الخاصة",
                "Houthis", "Ansar Allah", "Saleh loyalists", "Saleh forces", "Special Security Forces")
HOU_ARHAB = actor("المسلحين الحوثيين", "الحوثيين", "Houthis", "Ansar Allah")
COAL = actor("طائرات التحالف العربي", "قوات التحالف العربي", "التحالف العربي", "التحالف", "قوات التحالف",
             "Saudi-led coalition", "Arab Coalition")
COAL_NAVY = actor("السفن الحربية التابعة لقوات التحالف العربي", "السفن الحربية التابعة لقوات التحالف",
                  "قوات التحالف العربي", "التحالف العربي", "التحالف", "قوات التحالف",
                  "Saudi-led coalition", "Arab Coalition")
CIV = actor("المواطنين", "Civilians", "مدنيين", "المدنيين")
D8 = ("2015-08-08", "2015-08-08")      # أمس السبت (published Sun 08-09)
D7 = ("2015-08-07", "2015-08-07")      # الجمعة الماضي
DDEF = ("2015-08-07", "2015-08-09")    # no day / 'خلال اليومين الماضيين'
SANAH = loc("Sanah, al-Dhale (governorate building; not in gazetteers, by al-Dhale city)", "YE", 13.72, 44.73, 25)
QATABAH = loc("Qa'tabah", "YE", 13.85493, 44.7058, 25)
SADRAIN = loc("al-Sadrain camp, Jabal Murays (Qa'tabah district centre)", "YE", 13.924432, 44.648466, 30)
ABYAN = loc("Abyan governorate (Zinjibar)", "YE", 13.12871, 45.38073, 100)
LAHIJ = loc("Lahij governorate (Lahij/al-Hawtah)", "YE", 13.05667, 44.88194, 100)
C["snn-1c313d9a11b5"] = [
    # al-Dhale: takeovers, with non-state and clash twins
    ev("government_regains_territory", D8, SANAH, RES, HOU),
    ev("non_state_actor_overtakes_territory", D8, SANAH, RES, HOU, optional=True),
    ev("armed_clash", D8, SANAH, RES, HOU, optional=True),
    ev("government_regains_territory", D8, loc("Special Security Forces camp, al-Dhale governorate", "YE", 13.72, 44.73, 25),
       RES, HOU_SSF, optional=True),
    ev("government_regains_territory", D8, QATABAH, RES, HOU),
    ev("non_state_actor_overtakes_territory", D8, QATABAH, RES, HOU, optional=True),
    ev("armed_clash", D8, QATABAH, RES, HOU, optional=True),
    ev("government_regains_territory", D7, SADRAIN, RES, HOU),
    ev("non_state_actor_overtakes_territory", D7, SADRAIN, RES, HOU, optional=True),
    # Abyan offensive
    ev("armed_clash", D8, loc("Zinjibar", "YE", 13.12871, 45.38073, 25), RES, HOU),
    ev("armed_clash", D8, loc("al-Alam front, Aden-Abyan road (not in gazetteers)", "YE", 12.95, 45.17, 50), RES, HOU),
    ev("air_drone_strike", D8, ABYAN, COAL, HOU),
    ev("shelling_artillery_missile_attack", D8, loc("Abyan coast (Zinjibar)", "YE", 13.12871, 45.38073, 50),
       COAL_NAVY, HOU, optional=True),
    # Lahij: mines, demining, clearing of pockets (all vague, province only)
    ev("remote_explosive_landmine_ied", DDEF, LAHIJ, HOU, CIV, fatalities=[1, 99], injured=[0, 99], optional=True),
    ev("disrupted_weapons_use", DDEF, LAHIJ, RES, HOU, optional=True),
    ev("armed_clash", DDEF, LAHIJ, RES, HOU, optional=True),
    # coalition air strikes of Saturday
    ev("air_drone_strike", D8, loc("Kitaf (areas of Kitaf district), Saada", "YE", 17.03165, 44.10905, 50), COAL, HOU),
    ev("air_drone_strike", D8, loc("Rahban (by Saada city), Saada", "YE", 16.92645, 43.77085, 25), COAL, HOU),
    ev("air_drone_strike", D8, loc("Midi district, Hajjah", "YE", 16.32101, 42.81299, 30), COAL, HOU),
    ev("air_drone_strike", D8, loc("Ibb (Special Security Forces camp and military sites)", "YE", 13.96667, 44.18333, 50),
       COAL, HOU_SSF),
    ev("air_drone_strike", D8, loc("Al Hazm district, Al Jawf", "YE", 16.16406, 44.77692, 30), COAL, HOU),
    # Arhab checkpoint attack
    ev("armed_clash", DDEF, loc("Arhab district, Sanaa", "YE", 15.794747, 44.260647, 30), None, HOU_ARHAB,
       fatalities=2, injured=[2, 99]),
]

# --- ant-SK-middleEast-1974-20180527 (west coast: al-Fazah and the Zabid junction taken; sieges; Razih leaders killed):
#     batch-113's coding (Zabid junction required), locations by the guide and precedent, actors merged, one optional added
RES_W = actor("قوات المقاومة", "المقاومة اليمنية", "المقاومة اليمينة", "المقاومة",
              "قوات المقاومة التهامية والجنوبية والوطنية اليمنية", "المقاومة التهامية",
              "قوات التحالف العربي لدعم الشرعية", "قوات التحالف العربي", "التحالف العربي", "التحالف", "قوات التحالف",
              "الإمارات", "Yemeni Resistance", "Tihama Resistance", "National Resistance", "Southern Resistance",
              "Saudi-led coalition", "Arab Coalition", "UAE",
              "Military Forces of Yemen (Hadi)", "Yemeni government forces")
HOU_W = actor("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين", "الحوثي", "المليشيا الحوثية", "الحوثية",
              "الانقلابين", "Houthis", "Ansar Allah", "Houthi militia")
ARMY = actor("الجيش الوطني اليمني", "الجيش الوطني", "قوات الشرعية", "قوات التحالف", "التحالف العربي", "التحالف",
             "قوات التحالف العربي", "Military Forces of Yemen (Hadi)", "Yemeni Army", "Yemeni government forces",
             "National Army", "Saudi-led coalition", "Arab Coalition")
DW = ("2018-05-25", "2018-05-27")      # no day in the text: [published-2, published]
TUHAYTA_D = loc("Al Fazah (At Tuhayta district centre; not in gazetteers)", "YE", 14.08078, 43.119866, 50)
C["ant-SK-middleEast-1974-20180527"] = [
    ev("government_regains_territory", DW, TUHAYTA_D, RES_W, HOU_W),
    ev("government_regains_territory", DW, loc("Zabid junction (by Zabid; not in gazetteers)", "YE", 14.1951, 43.31518, 50),
       RES_W, HOU_W),
    ev("government_regains_territory", DW,
       loc("al-Maghras and Mazari', At Tuhayta district (not in gazetteers)", "YE", 14.08078, 43.119866, 50),
       RES_W, HOU_W, optional=True),
    ev("armed_clash", DW, loc("At Tuhayta district (siege)", "YE", 14.18356, 43.22637, 30), RES_W, HOU_W, optional=True),
    ev("armed_clash", DW, loc("Zabid district (siege)", "YE", 14.1951, 43.31518, 30), RES_W, HOU_W, optional=True),
    ev("armed_clash", DW, loc("Razih district front, Saada", "YE", 16.927219, 43.254721, 30), ARMY, HOU_W, fatalities=4),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "adj-11.jsonl"))
