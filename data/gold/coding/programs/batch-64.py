import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOU = actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيات الحوثيين", "ميليشيات الحوثي", "الحوثي", "الميليشيات الحوثية")
RES = actor("Popular Resistance", "المقاومة الشعبية", "المقاومة", "قوات المقاومة", "قوات المقاومة الشعبية", "Yemeni government forces", "Hadi loyalists")
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "طائرات التحالف العربي", "قوات التحالف", "التحالف", "تحالف دعم الشرعية")
CIV = actor("Civilians", "المدنيين", "مدنيين")

# snn-525ccbc133d0 published 2015-07-21 (Tue)
C["snn-525ccbc133d0"] = [
    ev("government_regains_territory", ("2015-07-19", "2015-07-21"), loc("Al Anad triangle", "YE", 13.18, 44.77, 25),
       RES, actor("Houthis", "المسلحين", "ميليشيات الحوثيين", "Saleh forces", "قوات صالح")),
    ev("shelling_artillery_missile_attack", ("2015-07-19", "2015-07-21"), loc("Dar Saad, Aden", "YE", 12.909, 44.978, 25),
       actor("Houthis", "Ansar Allah", "الحوثيين", "الحوثي", "القصف الحوثي"), CIV, fatalities=6, injured=[2, 99]),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"), loc("Ras Isa", "YE", 15.15, 42.62, 25), COAL, None),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"), loc("As Salif", "YE", 15.30755, 42.67107, 25), COAL, None),
    ev("armed_clash", ("2015-07-18", "2015-07-18"), loc("Taiz", "YE", 13.57825, 44.017666, 25), RES,
       actor("Houthis", "ميليشيات الحوثيين", "Saleh forces", "قوات صالح")),
    ev("government_regains_territory", ("2015-07-13", "2015-07-21"), loc("Aden", "YE", 12.798744, 45.015277, 25), RES,
       actor("Houthis", "ميليشيات الحوثيين", "Saleh forces", "قوات الرئيس السابق علي عبد الله صالح"), optional=True),
]
C["ant-SK-middleEast-2031-20180529"] = []
# published 2018-04-04 (Wed); Tuesday = 04-03
C["ant-SK-middleEast-784-20180404"] = [
    ev("attack", ("2018-04-03", "2018-04-03"), loc("off Hodeidah port (Red Sea)", "YE", 14.80, 42.85, 50),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثي"), actor("Saudi oil tanker", "ناقلة نفط سعودية")),
    ev("shelling_artillery_missile_attack", ("2018-04-03", "2018-04-03"), loc("off Hodeidah port (Red Sea)", "YE", 14.80, 42.85, 50),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثي"), actor("Saudi oil tanker", "ناقلة نفط سعودية"), optional=True),
    ev("disrupted_weapons_use", ("2018-04-03", "2018-04-03"), loc("off Hodeidah port (Red Sea)", "YE", 14.80, 42.85, 50),
       COAL, actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية"), optional=True),
]
C["ant-SK-middleEast-3073-20180723"] = []
C["snn-d8f940b31db6"] = []
# published 2015-07-26 (Sun)
C["snn-4f3917b1ec8f"] = [
    ev("agreement", ("2015-07-25", "2015-07-26"), loc("Yemen", "YE", None, None), None, None, optional=True),
    ev("government_regains_territory", ("2015-07-13", "2015-07-26"), loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "قوات الجيش الموالية للشرعية", "Yemeni government forces"),
       actor("Houthis", "الميليشيات الحوثية", "الميليشيات المتمردة", "Saleh forces", "قوات صالح"), optional=True),
]

C["snn-ee6d1debabd5"] = []
C["ant-SK-economy-1091-20180802"] = []
# published 2015-07-31 (Fri): Turkish campaign, no places named
C["snn-eaee0604a6c3"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-31"), loc("PKK positions (northern Iraq?)", "IQ", None, None),
       actor("Turkish Air Force", "القوات الجوية التركية", "Turkey", "تركيا", "Turkish military"),
       actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني"), optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-31"), loc("Islamic State positions (Syria)", "SY", None, None),
       actor("Turkey", "تركيا", "Turkish military"), actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"), optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Turkey (Suruc)", "TR", None, None), None, None, optional=True),
]
C["snn-9a5ca1118bed"] = []
C["snn-8c49fabae535"] = []
C["ant-SK-middleEast-2617-20180626"] = []
C["ant-SK-middleEast-2648-20180628"] = []
C["ant-SK-economy-801-20180618"] = []
C["ant-SK-middleEast-2148-20180604"] = []
# published 2015-08-03 (Mon); statement Sunday 08-02: protests "since three days"
PROT = actor("Protesters", "المتظاهرين", "المواطنين والناشطين", "Iraqi protesters")
C["snn-0861953e5805"] = [
    ev("peaceful_protest", ("2015-07-31", "2015-08-02"), loc("Baghdad (Tahrir Square)", "IQ", 33.3152, 44.3661, 25), PROT, None),
    ev("peaceful_protest", ("2015-07-31", "2015-08-02"), loc("Najaf", "IQ", 31.9892, 44.3291, 25), PROT, None, optional=True),
    ev("peaceful_protest", ("2015-07-31", "2015-08-02"), loc("Babil (Hillah)", "IQ", 32.46367, 44.41963, 100), PROT, None, optional=True),
    ev("peaceful_protest", ("2015-07-31", "2015-08-02"), loc("Samawah", "IQ", 31.33198, 45.2944, 25), PROT, None, optional=True),
    ev("peaceful_protest", ("2015-07-31", "2015-08-02"), loc("Dhi Qar (Nasiriyah)", "IQ", 31.045582, 46.2544, 100), PROT, None, optional=True),
]
C["ant-SK-internationalNews-3312-20181005"] = []
# published 2018-05-11 (Fri)
YRES = actor("Yemeni Resistance", "المقاومة اليمنية", "المقاومة", "Popular Resistance", "UAE", "القوات المسلحة الإماراتية", "Saudi-led coalition", "التحالف العربي")
HOU2 = actor("Houthis", "Ansar Allah", "ميليشيا الحوثي", "ميليشيا الحوثي الانقلابية", "الحوثيين", "الميليشيات الحوثية", "ميليشيات الحوثي الإيرانية")
C["ant-SK-middleEast-1601-20180511"] = [
    ev("government_regains_territory", ("2018-05-11", "2018-05-11"), loc("Al-Umari camp, Dhubab", "YE", 12.98, 43.45, 25), YRES, HOU2),
    ev("government_regains_territory", ("2018-04-27", "2018-05-11"), loc("Kahboub", "YE", 12.80, 43.45, 40), YRES, HOU2, optional=True),
    ev("government_regains_territory", ("2018-04-27", "2018-05-11"), loc("Mawza district / Mafraq al-Mokha", "YE", 13.30, 43.45, 30), YRES, HOU2, optional=True),
    ev("government_regains_territory", ("2018-04-27", "2018-05-11"), loc("Al Barh", "YE", 13.2604, 43.80789, 25), YRES, HOU2, optional=True),
    ev("air_drone_strike", ("2018-04-27", "2018-05-11"), loc("Yemen", "YE", None, None), actor("Saudi-led coalition", "القوات الجوية للتحالف العربي", "التحالف العربي"), HOU2, optional=True),
]

C["snn-bd67eff0bc62"] = []
C["snn-44e9fd959a2c"] = []
C["snn-f6c37664f127"] = []
C["ant-SK-internationalNews-233-20180309"] = []
# published 2018-07-21 (Sat); attack Friday evening 07-20
C["ant-SK-internationalNews-2765-20180721"] = [
    ev("armed_clash", ("2018-07-20", "2018-07-20"), loc("near Marivan", "IR", 35.51829, 46.18298, 25),
       actor("PJAK", "Kurdistan Free Life Party", "بيجاك", "حزب الحياة الحرة الكردستاني", "وحدات حماية شرق كردستان", "East Kurdistan Units", "فصيلا مسلحا"),
       actor("IRGC", "Islamic Revolutionary Guard Corps", "الحرس الثوري", "Basij", "الباسيج", "قوات التعبئة"),
       fatalities=[11, 15], injured=5),
    ev("attack", ("2018-07-17", "2018-07-18"), loc("Penjwen", "IQ", 35.623925, 45.945859, 25),
       actor("Iranian intelligence", "المخابرات الإيرانية", "Iran"),
       actor("PJAK", "Kurdistan Free Life Party", "حزب الحياة الحرة الكردستاني", "Iqbal Moradi", "إقبال مرادي"), fatalities=1),
]
C["ant-CN-middleEast-414-20180329"] = []
C["ant-SK-internationalNews-2733-20180719"] = []
# published 2015-08-09 (Sun)
REB = actor("Syrian opposition", "rebels", "مقاتلو المعارضة", "مسلحي المعارضة", "المعارضة السورية")
REG = actor("Syrian government forces", "قوات نظام الأسد", "Assad regime", "pro-government militias", "جماعات ميليشيا حليفة")
C["snn-d7eca137d4e2"] = [
    ev("non_state_actor_overtakes_territory", ("2015-08-07", "2015-08-09"), loc("Sahl al-Ghab villages (Ziyarah/Tall Wasit/Mansurah)", "SY", 35.66, 36.345, 25), REB, REG),
    ev("government_regains_territory", ("2015-07-31", "2015-08-07"), loc("Al Mansurah (Ghab)", "SY", 35.65009, 36.35101, 25), REG, REB, optional=True),
    ev("government_regains_territory", ("2015-07-31", "2015-08-07"), loc("Az Ziyarah (Ghab)", "SY", 35.68482, 36.33867, 25), REG, REB, optional=True),
    ev("government_regains_territory", ("2015-07-31", "2015-08-07"), loc("Tall Wasit", "SY", 35.66316, 36.34349, 25), REG, REB, optional=True),
]
# published 2018-04-29 (Sun); strike during Sammad funeral, place not named (Sanaa)
C["ant-CN-middleEast-755-20180429"] = [
    ev("air_drone_strike", ("2018-04-28", "2018-04-28"), loc("Sanaa (funeral of al-Sammad)", "YE", 15.35, 44.20, 25),
       actor("Saudi-led coalition", "قوى العدوان", "العدوان"), None, fatalities=1, injured=2, optional=True),
]
C["ant-SK-middleEast-147-20180301"] = [
    ev("headquarters_or_base_established", ("2018-01-01", "2018-03-01"), loc("12 km NW of Damascus", "SY", 33.58, 36.20, 30),
       actor("Iran", "إيران", "Quds Force", "فيلق القدس", "IRGC", "الحرس الثوري الإيراني"), None, optional=True),
]
C["snn-3c6740966170"] = []
# published 2018-06-21 (Thu)
GIANTS = actor("Yemeni joint forces", "القوات اليمنية المشتركة", "Giants Brigades", "ألوية العمالقة", "لواء العمالقة", "Saudi-led coalition", "التحالف العربي", "Yemeni government forces")
HOU3 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين", "الميليشيات الانقلابية")
C["ant-SK-middleEast-2523-20180621"] = [
    ev("government_regains_territory", ("2018-06-19", "2018-06-21"), loc("Hodeidah airport", "YE", 14.753, 42.976, 25), GIANTS, HOU3),
    ev("looting_property_destruction", ("2018-06-13", "2018-06-21"), loc("Hodeidah airport", "YE", 14.753, 42.976, 25), HOU3, None, optional=True),
    ev("disrupted_weapons_use", ("2018-06-19", "2018-06-21"), loc("Hodeidah airport", "YE", 14.753, 42.976, 25), GIANTS, HOU3, optional=True),
]

# published 2015-07-22 (Wed); statement "أمس الاثنين" (07-20) -> kidnapping on/before 07-20
C["snn-068792ca96cd"] = [
    ev("abduction_forced_disappearance", ("2015-07-18", "2015-07-20"), loc("Mellitah", "LY", 32.87, 12.25, 25), None,
       actor("Civilians", "أربعة إيطاليين", "Italian workers", "Bonatti employees", "موظفين من شركة بوناتي")),
]
# published 2018-04-13 (Fri): Douma attack "Saturday" = 04-07
SYGOV = actor("Syrian government forces", "Syrian regime", "النظام السوري", "نظام الأسد", "بشار الأسد", "الأسد")
C["ant-SK-middleEast-1009-20180413"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25), SYGOV, None),
]
C["snn-8d3806925761"] = []
C["snn-85e793aad58f"] = []
C["snn-5b29774fe193"] = []
C["snn-8519455a0430"] = []
# published 2018-05-10 (Thu): Israeli strikes dawn Thursday; Iranian rockets the night before
ISR = actor("Israel", "إسرائيل", "Israeli military", "IDF", "الجيش الإسرائيلي", "المقاتلات الإسرائيلية", "Israeli Air Force")
IRN = actor("Iran", "إيران", "Quds Force", "فيلق القدس", "IRGC", "الحرس الثوري الإيراني", "القوات الإيرانية")
C["ant-SK-middleEast-1569-20180510"] = [
    ev("air_drone_strike", ("2018-05-10", "2018-05-10"), loc("Damascus surroundings", "SY", 33.51, 36.29, 30), ISR, IRN),
    ev("air_drone_strike", ("2018-05-10", "2018-05-10"), loc("Damascus International Airport", "SY", 33.411, 36.514, 25), ISR, IRN),
    ev("air_drone_strike", ("2018-05-10", "2018-05-10"), loc("Quneitra", "SY", 33.125, 35.824, 25), ISR, IRN),
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-10"), loc("Golan Heights (Israeli positions)", "SY", 33.05, 35.75, 30), IRN, ISR),
    ev("disrupted_weapons_use", ("2018-05-09", "2018-05-10"), loc("Golan Heights (Israeli positions)", "SY", 33.05, 35.75, 30),
       actor("Israel", "إسرائيل", "Iron Dome", "القبة الحديدية", "Israeli military"), IRN, optional=True),
]
C["snn-4d1981b36285"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-08"), loc("Asir emergency forces mosque (Abha)", "SA", 18.2137, 42.5061, 50),
       actor("Islamic State", "ISIS", "Daesh", "خوارج"), actor("Saudi Emergency Forces", "رجال أمن طوارئ عسير"), optional=True),
]
# published 2018-05-18 (Fri): LNA gains "in the past days"
LNA = actor("Libyan National Army", "LNA", "الجيش الوطني الليبي", "الجيش الليبي", "Haftar forces")
DMSC = actor("Mujahideen Shura Council of Derna", "DMSC", "مجلس شورى مجاهدي درنة", "مجلس شورى مجاهدي درنة وضواحيها")
C["ant-SK-middleEast-1801-20180518"] = [
    ev("government_regains_territory", ("2018-05-11", "2018-05-18"), loc("Dhahr al-Hamar, Derna", "LY", 32.767, 22.637, 25), LNA, DMSC),
    ev("government_regains_territory", ("2018-05-11", "2018-05-18"), loc("Al-Hila, Derna", "LY", 32.767, 22.637, 25), LNA, DMSC),
    ev("government_regains_territory", ("2018-05-11", "2018-05-18"), loc("Manazil Bourbiha, Derna", "LY", 32.767, 22.637, 25), LNA, DMSC),
    ev("government_regains_territory", ("2018-05-11", "2018-05-18"), loc("Al-Kasarat, Derna", "LY", 32.767, 22.637, 25), LNA, DMSC),
]
C["ant-SK-middleEast-410-20180319"] = []
# published 2015-08-08 (Sat); Asir mosque bombing referenced without date
C["snn-248e4f70926a"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-08"), loc("Asir emergency forces mosque (Abha)", "SA", 18.2137, 42.5061, 50),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), actor("Saudi Emergency Forces", "قوة الطوارئ"), optional=True),
]
# published 2018-04-11 (Wed)
C["ant-SK-middleEast-945-20180411"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-09"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government forces", "النظام السوري", "Syrian regime", "نظام الأسد"), None, fatalities=150),
    ev("air_drone_strike", ("2018-04-09", "2018-04-11"), loc("T4 (Tiyas) airbase near Homs", "SY", 34.52, 37.63, 25),
       actor("Israel", "إسرائيل", "تل أبيب", "Israeli military"), actor("Syrian government forces", "Iran", "إيرانيون", "IRGC"), fatalities=14),
]

C["ant-SK-middleEast-1191-20180422"] = []
# published 2015-08-06 (Thu): shooting "فجر أمس الأربعاء" = 08-05, robbery context
C["snn-1c6caffce90a"] = [
    ev("attack", ("2015-08-05", "2015-08-05"), loc("Beirut", "LB", 33.8938, 35.5018, 25), None,
       actor("Civilians", "منهل عبدالقادر", "منهل عبد القادر", "الإعلامي السوري", "زوجته"), fatalities=1, injured=1, optional=True),
]
C["snn-642e44721bf0"] = []
C["ant-SK-sport-2282-20180720"] = []
C["snn-64f0d3abb00d"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-64.jsonl"))
