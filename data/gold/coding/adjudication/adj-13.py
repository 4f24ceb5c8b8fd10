import os, json
# Gold adjudication, fourteenth draw (K = 13). Decisions and reasons: adj-13.notes.txt
import sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, from_gold, write

C = {}

# --- ant-SK-middleEast-968-20180411 (US condemns Houthi missiles; three ballistic missiles intercepted over
#     Riyadh, Najran and Jazan; coalition downs a drone aimed at Abha airport and destroys another in Jazan):
#     interceptions required at each city (convention 1), launches optional twins; the Jazan missile and drone
#     interceptions merged into one required event (same sub-type, place, day, sides) with the drone kept as an
#     optional second; actors of both codings merged
SAUDI = actor("الدفاع الجوي السعودي", "التحالف العربي", "التحالف", "المملكة العربية السعودية",
              "Saudi air defence", "Saudi air defense", "Royal Saudi Air Defense", "Saudi Arabia",
              "Military Forces of Saudi Arabia", "Saudi-led coalition", "Arab Coalition")
COAL = actor("التحالف العربي", "التحالف", "الدفاع الجوي السعودي",
             "Saudi-led coalition", "Arab Coalition", "Saudi Arabia", "Military Forces of Saudi Arabia",
             "Saudi air defence", "Saudi air defense")
HOU = actor("ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "الميليشيات الحوثية", "الحوثيين", "الحوثي",
            "Houthis", "Ansar Allah")
D = ("2018-04-10", "2018-04-11")   # the statement's "today" is Wednesday 04-11, issued at night; interceptions undated
RIYADH = loc("Riyadh", "SA", 24.702524, 46.821833, 25)
NAJRAN = loc("Najran", "SA", 17.4924, 44.12766, 25)
JAZAN = loc("Jazan", "SA", 16.883855, 42.567042, 25)
ABHA_AP = loc("Abha airport", "SA", 18.240883, 42.57006, 25)
C["ant-SK-middleEast-968-20180411"] = [
    ev("disrupted_weapons_use", D, RIYADH, SAUDI, HOU),
    ev("shelling_artillery_missile_attack", D, RIYADH, HOU, SAUDI, optional=True),
    ev("disrupted_weapons_use", D, NAJRAN, SAUDI, HOU),
    ev("shelling_artillery_missile_attack", D, NAJRAN, HOU, SAUDI, optional=True),
    ev("disrupted_weapons_use", D, JAZAN, SAUDI, HOU),
    ev("shelling_artillery_missile_attack", D, JAZAN, HOU, SAUDI, optional=True),
    ev("disrupted_weapons_use", D, JAZAN, COAL, HOU, optional=True),
    ev("air_drone_strike", D, JAZAN, HOU, SAUDI, optional=True),
    ev("disrupted_weapons_use", D, ABHA_AP, COAL, HOU),
    ev("air_drone_strike", D, ABHA_AP, HOU, SAUDI, optional=True),
]

# --- ant-CN-internationalNews-267-20180423 (opinion piece; IS suicide bombing of a voter registration office,
#     Sunday 22 April, 57 killed, 100 wounded): batch-128's coding (optional, the text names no place for the
#     attack but "this country"; Kabul only for attacks in general, convention 9), actors merged
ISIS = actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh", "ISIL")
CIV = actor("المدنيين الأبرياء", "المدنيين", "مدنيين", "Civilians")
C["ant-CN-internationalNews-267-20180423"] = [
    ev("suicide_bomb", ("2018-04-22", "2018-04-22"),
       loc("Kabul (not named for this attack; the capital where recent suicide attacks centred)", "AF",
           34.52813, 69.17233, 50),
       ISIS, CIV, fatalities=57, injured=100, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "adj-13.jsonl"))
