import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

COAL = ["Saudi-led coalition", "Arab Coalition", "التحالف", "مقاتلات التحالف"]
HOUTHI = ["Houthis", "Ansar Allah", "الحوثيين", "الحوثي", "مليشيات الحوثي", "الحوثية"]

# 1
C["ant-SK-middleEast-3770-20181008"] = [
    ev("air_drone_strike", ("2018-10-06", "2018-10-08"),
       loc("South of Al Hudaydah city", "YE", 14.65, 43.0, 40),
       actor(*COAL), actor(*HOUTHI, "هشام عبدالصمد الخالد"),
       fatalities=[1, 20]),
]
# 2
C["snn-cc24412347ce"] = []
# 3
C["ant-CN-internationalNews-292-20180430"] = [
    ev("suicide_bomb", ("2018-04-30", "2018-04-30"),
       loc("Kabul (Shashdarak)", "AF", 34.52813, 69.17233, 25),
       None, actor("Civilians", "Journalists", "صحفيين", "الصحفيين", "الصحفيون"),
       fatalities=25, injured=45),
    ev("remote_explosive_landmine_ied", ("2018-04-30", "2018-04-30"),
       loc("Kabul (Shashdarak)", "AF", 34.52813, 69.17233, 25),
       None, actor("Civilians", "Journalists", "صحفيين", "الصحفيين", "الصحفيون"),
       fatalities=[0, 25], injured=[0, 45], optional=True),
]
# 4
C["ant-CN-middleEast-391-20180327"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-26"),
       loc("Riyadh", "SA", 24.7136, 46.6753, 25),
       actor("Houthis", "Ansar Allah", "الحوثي"), actor("Civilians", "عبدالمطلب أحمد", "Saudi Arabia"),
       fatalities=1),
    ev("disrupted_weapons_use", ("2018-03-25", "2018-03-26"),
       loc("Riyadh", "SA", 24.7136, 46.6753, 25),
       actor("Saudi air defense", "Military Forces of Saudi Arabia", "قوات الدفاع الجوي"), actor("Houthis", "Ansar Allah", "الحوثي"),
       fatalities=1, optional=True),
]

# 5
C["ant-SK-internationalNews-2315-20180625"] = []
# 6
ASD = loc("Asdira village (Shirqat area)", "IQ", 35.44, 43.28, 25)
C["ant-SK-middleEast-981-20180412"] = [
    ev("remote_explosive_landmine_ied", ("2018-04-12", "2018-04-12"), ASD,
       None, actor("Civilians", "Mourners", "المشيعين", "Popular Mobilization Forces", "PMF", "الحشد الشعبي"),
       fatalities=16, injured=14),
    ev("armed_clash", ("2018-04-11", "2018-04-12"), ASD,
       actor("Islamic State", "ISIS", "Daesh", "IS", "تنظيم داعش", "داعش"),
       actor("Popular Mobilization Forces", "PMF", "الحشد الشعبي", "مقاتلي الحشد الشعبي", "مقاتلين عراقيين"),
       fatalities=5, injured=4),
    ev("attack", ("2018-04-11", "2018-04-12"), ASD,
       actor("Islamic State", "ISIS", "Daesh", "IS", "تنظيم داعش", "داعش"),
       actor("Civilians", "أشخاص"),
       fatalities=5, injured=4, optional=True),
    ev("suicide_bomb", ("2018-01-15", "2018-01-16"), loc("Baghdad", "IQ", 33.3406, 44.4009, 25),
       None, None, fatalities=31, optional=True),
]
# 7
BK = loc("Albu Kamal", "SY", 34.45, 40.91861, 25)
IS_ = ["Islamic State", "ISIS", "Daesh", "IS", "تنظيم داعش", "داعش", "التنظيم المتطرف"]
REG = ["Syrian government forces", "Military Forces of Syria", "قوات النظام", "المسلحين الموالين لها", "Pro-government militia"]
C["ant-SK-middleEast-2244-20180608"] = [
    ev("non_state_actor_overtakes_territory", ("2018-06-08", "2018-06-08"), BK,
       actor(*IS_), actor(*REG), fatalities=43),
    ev("suicide_bomb", ("2018-06-08", "2018-06-08"), BK,
       actor(*IS_), actor(*REG), fatalities=[10, 43], optional=True),
    ev("armed_clash", ("2018-06-08", "2018-06-08"), BK,
       actor(*IS_), actor(*REG), fatalities=[25, 43], optional=True),
    ev("armed_clash", ("2018-06-07", "2018-06-07"), loc("As Suwayda governorate", "SY", 32.748495, 36.846641, 100),
       actor(*IS_), actor("Syrian government forces", "Pro-government militia", "مقاتلا مواليا للنظام", "مقاتلين موالين للنظام"),
       fatalities=22),
    ev("armed_clash", ("2018-06-01", "2018-06-07"), loc("Villages northwest of Albu Kamal", "SY", 34.6, 40.7, 50),
       actor(*IS_), actor(*REG, "مسلحا مواليا للنظام"), fatalities=45, optional=True),
    ev("armed_clash", ("2018-06-06", "2018-06-08"), loc("ISIS pocket east bank opposite Albu Kamal (Hajin area)", "SY", 34.6, 40.9, 40),
       actor("Syrian Democratic Forces", "SDF", "قوات سوريا الديموقراطية", "قوات سوريا الديمقراطية"), actor(*IS_), optional=True),
]
# 8
C["ant-SK-internationalNews-1160-20180425"] = [
    ev("mob_violence", ("2018-04-24", "2018-04-25"), loc("Makurdi", "NG", 7.7337, 8.5214, 25),
       actor("Rioters", "Mob", "حشد غاضب", "الشبان الغاضبين", "Christian youths"),
       actor("Civilians", "Hausa Muslims", "Hausa Ethnic Group", "مسلما ينتمون الى قبيلة هاوسا", "قبيلة هاوسا", "الأقلية المسلمة"),
       fatalities=11, injured=5),
    ev("violent_demonstration", ("2018-04-24", "2018-04-25"), loc("Makurdi", "NG", 7.7337, 8.5214, 25),
       actor("Rioters", "Protesters", "الشبان الغاضبين", "حشد غاضب"),
       actor("Civilians", "Hausa Muslims", "Hausa Ethnic Group", "قبيلة هاوسا", "الأقلية المسلمة"),
       fatalities=11, injured=5, optional=True),
    ev("attack", ("2018-04-24", "2018-04-24"), loc("Mbalom (Gwer East, Benue)", "NG", 7.40, 8.60, 60),
       actor("Fulani herdsmen", "Pastoralists", "Fulani Ethnic Militia", "رعاة", "الرعاة المسلمين"),
       actor("Civilians", "Christians", "كاهنان كاثوليكيان", "مصليا", "كنيسة"),
       fatalities=18),
]

# 9
C["ant-SK-internationalNews-2073-20180610"] = [
    ev("agreement", ("2018-06-07", "2018-06-10"), loc("Afghanistan", "AF", None, None),
       actor("Government of Afghanistan", "Military Forces of Afghanistan", "الحكومة الأفغانية", "القوات الأفغانية", "كابل"),
       actor("Taliban", "حركة طالبان", "طالبان"), optional=True),
]
# 10
C["ant-SK-middleEast-932-20180411"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-09"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       None, None, fatalities=60, injured=100),
]
# 11
C["snn-9c6566d67436"] = []
# 12
C["ant-SK-internationalNews-2376-20180629"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-21.jsonl"))
