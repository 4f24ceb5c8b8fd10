import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = lambda *x: actor(*x, "Houthis", "Ansar Allah", "الحوثيين", "الحوثي")
YARMY = lambda *x: actor(*x, "Yemeni army", "Yemeni government forces", "الجيش اليمني", "الجيش الوطني")

C["snn-7f3b01e590b8"] = []
C["ant-SK-internationalNews-3357-20181008"] = []
C["snn-5c69791294d2"] = [
    ev("peaceful_protest", ("2015-07-17", "2015-07-17"), loc("Naameh", "LB", 33.74508, 35.4645, 25),
       actor("Protesters", "محتجون", "سكان الناعمة", "مواطنون"), None, optional=True),
    ev("peaceful_protest", ("2015-07-18", "2015-07-25"), loc("Naameh", "LB", 33.74508, 35.4645, 25),
       actor("Protesters", "محتجون", "مواطنون", "سكان الناعمة"), None, optional=True),
]
C["ant-SK-middleEast-2974-20180718"] = [
    ev("government_regains_territory", ("2018-07-16", "2018-07-18"), loc("Mazhar, Baqim, Saada", "YE", 17.385, 43.49, 30),
       YARMY("قوات الجيش الوطني اليمني", "الجيش الوطني اليمني", "Yemeni National Army"),
       HOUTHI("مليشيات الحوثي الانقلابية", "ميليشيا الحوثي", "ميليشيات الحوثي"), fatalities=[0, 30]),
    ev("government_regains_territory", ("2018-07-16", "2018-07-18"), loc("Baqim dam", "YE", 17.385, 43.49, 30),
       YARMY("قوات الجيش الوطني اليمني", "الجيش الوطني اليمني", "القوات اليمنية"),
       HOUTHI("مليشيات الحوثي الانقلابية", "ميليشيا الحوثي"), optional=True),
    ev("government_regains_territory", ("2018-07-16", "2018-07-18"), loc("Jabal al-Abd, Saada", "YE", 16.94021, 43.76394, 100),
       YARMY("الجيش اليمني"), HOUTHI("ميليشيا الحوثي"), optional=True),
    ev("armed_clash", ("2018-07-16", "2018-07-18"), loc("Azal front, Saada", "YE", 16.94021, 43.76394, 100),
       YARMY("الجيش اليمني"), HOUTHI("ميليشيا الحوثي"), fatalities=[10, 99], optional=True),
    ev("air_drone_strike", ("2018-07-16", "2018-07-18"), loc("Saada", "YE", 16.94021, 43.76394, 100),
       actor("Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف العربي", "التحالف العربي"),
       HOUTHI("ميليشيات الحوثي"), optional=True),
    ev("armed_clash", ("2018-07-16", "2018-07-18"), loc("Al-Malahidh front, Saada", "YE", 16.94021, 43.76394, 100),
       YARMY("الجيش الوطني اليمني"), HOUTHI("ميليشيات الحوثي"), optional=True),
]
RES = lambda *x: actor(*x, "Popular Resistance", "المقاومة الشعبية", "المقاومة", "الثوار", "Yemeni Popular Resistance")
HS = lambda *x: actor(*x, "Houthis", "Ansar Allah", "ميليشيات الحوثي وصالح", "ميليشيات الحوثي", "الحوثيين", "ميليشيات التمرد الحوثي", "Saleh loyalists", "الانقلابيين", "المتمردين")
C["snn-b4b84e78e30f"] = [
    ev("government_regains_territory", ("2015-08-10", "2015-08-10"), loc("Al-Ain, south of Lawdar, Abyan", "YE", 13.84, 45.87, 25),
       RES("مقاتلو المقاومة الشعبية"), HS()),
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("Al-Ain, south of Lawdar, Abyan", "YE", 13.84, 45.87, 25),
       RES("مقاتلو المقاومة الشعبية"), HS(), optional=True),
    ev("government_regains_territory", ("2015-08-10", "2015-08-10"), loc("Shuqrah", "YE", 13.35677, 45.69709, 25),
       RES(), HS(), fatalities=38, injured=29),
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("Shuqrah", "YE", 13.35677, 45.69709, 25),
       RES(), HS(), fatalities=38, injured=29, optional=True),
    ev("government_regains_territory", ("2015-08-09", "2015-08-11"), loc("Jabal Akd front, Lawdar", "YE", 13.88282, 45.86859, 50),
       RES(), HS(), optional=True),
    ev("armed_clash", ("2015-08-09", "2015-08-11"), loc("Aqabat Thira, Lawdar", "YE", 13.88282, 45.86859, 50),
       RES(), HS(), optional=True),
    ev("government_regains_territory", ("2015-08-09", "2015-08-11"), loc("15th Brigade base, Zinjibar", "YE", 13.12871, 45.38073, 25),
       RES("كتائب الثوار"), HS()),
    ev("air_drone_strike", ("2015-08-09", "2015-08-11"), loc("15th Brigade base, Zinjibar", "YE", 13.12871, 45.38073, 25),
       actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف العربي", "التحالف العربي"), HS()),
    ev("disrupted_weapons_use", ("2015-08-09", "2015-08-11"), loc("Zinjibar", "YE", 13.12871, 45.38073, 25),
       RES(), HS(), optional=True),
]
C["snn-44e6b8342593"] = []
C["ant-SK-middleEast-872-20180409"] = [
    ev("arrests", ("2017-12-19", "2017-12-19"), loc("Nabi Saleh", "PS", 32.01638, 35.12403, 25),
       actor("Israeli forces", "Israel", "الإسرائيليين"), actor("Ahed Tamimi", "عهد التميمي", "التميمي"), optional=True),
]
C["snn-a9ec4bb0a4c7"] = []
C["snn-0e1375a5b028"] = []
C["snn-29d3e66e5de7"] = [
    ev("looting_property_destruction", ("2015-03-25", "2015-07-17"), loc("Aden TV building, Aden", "YE", 12.798744, 45.015277, 25),
       actor("Houthis", "الحوثيين", "ميليشيات التمرد الحوثي", "Saleh loyalists", "المتمردين", "التمرد"), None, optional=True),
]
C["snn-601f2618aa41"] = [
    ev("arrests", ("2015-07-14", "2015-07-14"), loc("Seoul", "KR", 37.5665, 126.978, 25),
       actor("South Korean police", "الشرطة الكورية الجنوبية", "شرطة سيول"), None, optional=True),
    ev("attack", ("2015-03-01", "2015-03-31"), loc("Seoul", "KR", 37.5665, 126.978, 25),
       actor("كيم كي-جونغ", "Kim Ki-jong"), actor("Mark Lippert", "مارك ليبرت", "السفير الأمريكي"), fatalities=0, injured=1, optional=True),
]
C["ant-SK-internationalNews-3102-20180902"] = [
    ev("suicide_bomb", ("2018-09-02", "2018-09-02"), loc("Hawl Wadag district, Mogadishu", "SO", 2.04, 45.33, 25),
       None, actor("Somali government", "مكتب حكومي", "مديرية هولوداغ", "Civilians"), fatalities=3, injured=[2, 99]),
]
C["snn-ac1de8bb60c7"] = []
C["snn-8217092f413a"] = [
    ev("agreement", ("2015-07-01", "2015-07-31"), loc("Libya", "LY", None, None), actor("بعض الفصائل", "Libyan factions"), None, optional=True),
]
C["ant-SK-internationalNews-2785-20180722"] = [
    ev("suicide_bomb", ("2018-07-20", "2018-07-22"), loc("Kabul airport", "AF", 34.5659, 69.2123, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"),
       actor("Civilians", "مدنيون", "قوات عسكرية", "Afghan forces"), fatalities=14, injured=50),
]
C["snn-b524290593c6"] = [
    ev("attack", ("2015-07-25", "2015-07-27"), loc("Baghlan province", "AF", 35.944, 68.715, 100),
       actor("مسلحين", "Unidentified gunmen", "عدد من المسلحين"), actor("Civilians", "الضيوف", "حفل زفاف", "wedding guests"),
       fatalities=21, injured=8),
]
C["ant-SK-internationalNews-1115-20180423"] = [
    ev("attack", ("2018-04-21", "2018-04-21"), loc("Chaparhar, Nangarhar", "AF", 34.26, 70.40, 50),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "مسلحين من تنظيم داعش"),
       actor("Civilians", "3 أشقاء", "الأشقاء"), fatalities=3),
]
C["ant-SK-middleEast-2839-20180711"] = [
    ev("government_regains_territory", ("2018-06-20", "2018-06-27"), loc("Ras Lanuf, Oil Crescent", "LY", 30.51667, 18.56667, 100),
       actor("Libyan National Army", "LNA", "الجيش الوطني", "Haftar forces"), None, optional=True),
]
C["snn-39bd90b3eeae"] = []
C["snn-3db2afe4f6e3"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Emergency Forces mosque, Abha, Asir", "SA", 18.240883, 42.57006, 100),
       None, actor("Saudi Special Emergency Forces", "قوة الطوارئ", "طوارئ عسير", "Saudi security forces", "جنود"),
       fatalities=13, injured=[2, 99]),
]
ISIS = lambda *x: actor(*x, "Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "التنظيم")
PKK = lambda *x: actor(*x, "PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني")
TURK = lambda *x: actor(*x, "Turkish military", "Turkey", "تركيا", "القوات التركية")
C["snn-2f8494b9fe91"] = [
    ev("air_drone_strike", ("2015-07-25", "2015-07-25"), loc("Syria", "SY", None, None),
       TURK("مقاتلات حربية تركية"), ISIS(), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-25"), loc("Northern Iraq", "IQ", None, None),
       TURK("مدفعيات الدعم التابعة للقوات البرية"), PKK(), optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Northern Iraq", "IQ", None, None),
       TURK("مقاتلات تركية", "الطائرات التركية"), PKK("معسكرات الأكراد"), optional=True),
    ev("arrests", ("2015-07-20", "2015-07-26"), loc("Turkey", "TR", None, None),
       TURK("Turkish police"), actor("Islamic State", "ISIS", "PKK", "داعش", "حزب العمال الكردستاني"), optional=True),
    ev("suicide_bomb", ("2015-07-19", "2015-07-21"), loc("Suruc", "TR", 36.976, 38.425, 25),
       ISIS("مفجر انتحاري"), actor("Civilians", "الأكراد"), fatalities=32, optional=True),
    ev("attack", ("2015-07-20", "2015-07-25"), loc("South-east Turkey", "TR", None, None),
       PKK(), actor("Turkish police", "ضابطي شرطة", "Police Forces of Turkey"), fatalities=2, optional=True),
    ev("suicide_bomb", ("2015-07-24", "2015-07-25"), loc("Village SE of Tal Abyad", "SY", 36.69648, 38.95382, 25),
       ISIS("عناصر من التنظيم"), actor("YPG", "People's Protection Units", "قوات حماية الشعب الكردية", "الأكراد")),
    ev("suicide_bomb", ("2015-07-24", "2015-07-25"), loc("Village SE of Tal Abyad", "SY", 36.69648, 38.95382, 25),
       ISIS("عناصر من التنظيم"), actor("YPG", "People's Protection Units", "قوات حماية الشعب الكردية", "الأكراد")),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Syria", "SY", None, None),
       actor("US-led coalition", "Coalition", "الولايات المتحدة وحلفاءها", "قوة المهام المشتركة", "United States"), ISIS(), optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-07-24", "2015-07-25"), loc("Southern Hasakah city", "SY", 36.50237, 40.74772, 25),
       actor("YPG", "People's Protection Units", "المقاتلون الأكراد", "Kurdish fighters"), ISIS()),
]
C["snn-3420401ba5c1"] = [
    ev("armed_clash", ("2015-07-10", "2015-07-20"), loc("Cibitoke province", "BI", -2.887, 29.124, 100),
       actor("Military Forces of Burundi", "Burundian army", "جيش بوروندي", "قوات الجيش"),
       actor("مسلحين", "Burundian rebels", "المسلحين", "gunmen"), fatalities=[2, 99], injured=4),
    ev("arrests", ("2015-07-10", "2015-07-20"), loc("Cibitoke province", "BI", -2.887, 29.124, 100),
       actor("Military Forces of Burundi", "Burundian army", "جيش بوروندي"), actor("مسلحين", "المسلحين", "Burundian rebels"), optional=True),
    ev("armed_clash", ("2015-07-10", "2015-07-20"), loc("Kayanza province", "BI", -2.922, 29.629, 100),
       actor("Military Forces of Burundi", "Burundian army", "جيش بوروندي", "مجندين"),
       actor("مسلحين", "Burundian rebels", "المسلحين"), optional=True),
]
C["snn-f1d530c47d38"] = []
C["snn-dbaaeac29611"] = []
C["snn-74446fdbbd21"] = []
PROT = lambda *x: actor(*x, "Protesters", "المتظاهرين", "المحتجين", "المحتجون", "متظاهرين")
C["ant-SK-middleEast-3557-20180907"] = [
    ev("violent_demonstration", ("2018-09-05", "2018-09-07"), loc("Iranian consulate, Basra", "IQ", 30.53302, 47.79747, 25),
       PROT("آلاف المتظاهرين العراقين", "المتظاهرون"), actor("Iranian consulate", "القنصلية الإيرانية", "Iran")),
    ev("violent_demonstration", ("2018-09-03", "2018-09-06"), loc("Basra", "IQ", 30.53302, 47.79747, 25),
       PROT(), actor("Basra governorate", "مقر المحافظة"), fatalities=[2, 99], optional=True),
    ev("excessive_force_against_protesters", ("2018-09-03", "2018-09-06"), loc("Basra", "IQ", 30.53302, 47.79747, 25),
       actor("Iraqi security forces", "Iraqi government"), PROT(), fatalities=[2, 99], optional=True),
]
HJ = lambda *x: actor(*x, "Houthis", "Ansar Allah", "ميليشيا الحوثي", "الميليشيا الحوثية", "الحوثي")
C["snn-04be237fe854"] = [
    ev("abduction_forced_disappearance", ("2015-04-06", "2015-04-06"), loc("Sanaa", "YE", 15.463615, 44.237884, 25),
       HJ(), actor("Journalists", "وحيد الصوفي", "الصحفي"), optional=True),
    ev("abduction_forced_disappearance", ("2015-06-09", "2015-06-09"), loc("Sanaa", "YE", 15.463615, 44.237884, 25),
       HJ(), actor("Journalists", "9 صحفيين", "عبدالخالق عمران"), optional=True),
    ev("abduction_forced_disappearance", ("2015-04-26", "2015-04-26"), loc("Yemen", "YE", None, None),
       HJ(), actor("Journalists", "جلال الشرعبي"), optional=True),
]
HI = lambda *x: actor(*x, "Houthis", "Ansar Allah", "ميليشيات الحوثي", "المتمردين الحوثيين", "مليشيات الحوثي", "الحوثيين", "المتمردين")
COAL = lambda *x: actor(*x, "Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف العربي", "التحالف العربي", "مقاتلات التحالف")
C["ant-SK-middleEast-726-20180402"] = [
    ev("abduction_forced_disappearance", ("2018-03-31", "2018-04-02"), loc("Sanaa", "YE", 15.463615, 44.237884, 25),
       HI("ميليشيات الحوثي الموالية لإيران"), actor("Ahmed Qarhash", "أحمد قرحش", "اللواء المتقاعد أحمد قرحش", "قرحش")),
    ev("air_drone_strike", ("2018-04-01", "2018-04-01"), loc("Hamza camp, Ibb province", "YE", 14.07592, 44.166817, 100),
       COAL(), HI(), fatalities=35, injured=[45, 55], optional=True),
    ev("air_drone_strike", ("2018-04-01", "2018-04-01"), loc("Hamza camp, Abyan province", "YE", 13.710846, 46.163834, 100),
       COAL(), HI(), fatalities=35, injured=[45, 55], optional=True),
    ev("government_regains_territory", ("2018-03-31", "2018-04-01"), loc("Al-Dhaher district, Saada", "YE", 17.1, 43.4, 40),
       actor("Yemeni army", "قوات الجيش اليمني", "قوات الشرعية", "Yemeni government forces"), HI()),
    ev("air_drone_strike", ("2018-03-31", "2018-04-01"), loc("Marran, Haydan, Saada", "YE", 16.7137, 43.4564, 30),
       COAL(), HI()),
    ev("air_drone_strike", ("2018-03-31", "2018-04-01"), loc("Kawkaban, Haydan, Saada", "YE", 16.7137, 43.4564, 30),
       COAL(), HI()),
]
C["snn-ffb9cd9eba25"] = []
C["ant-SK-internationalNews-1866-20180530"] = []
C["snn-26467d1e33f4"] = []
C["ant-SK-middleEast-3644-20180911"] = [
    ev("violent_demonstration", ("2018-09-07", "2018-09-07"), loc("Iranian consulate, Basra", "IQ", 30.53302, 47.79747, 25),
       PROT("متظاهرون", "متظاهرون غاضبون", "محتجون"), actor("Iranian consulate", "القنصلية الإيرانية", "Iran")),
    ev("violent_demonstration", ("2018-09-03", "2018-09-08"), loc("Basra", "IQ", 30.53302, 47.79747, 25),
       PROT("محتجون غاضبون"), actor("Basra government", "Iran-backed militias", "مليشيات مدعومة من إيران"), optional=True),
    ev("peaceful_protest", ("2018-09-10", "2018-09-11"), loc("Basra", "IQ", 30.53302, 47.79747, 25),
       PROT("المحتجون"), None),
]
C["snn-76647c471549"] = []
C["ant-SK-internationalNews-3191-20180910"] = []
C["snn-ae4d87d99448"] = []
C["snn-ae57b64bec55"] = []
C["ant-CN-internationalNews-712-20181016"] = [
    ev("abduction_forced_disappearance", ("2018-10-15", "2018-10-16"), loc("Lolakdan border area, Mirjaveh", "IR", 29.02, 61.45, 75),
       None, actor("Iranian border guards", "Basij", "قوات التعبئة الشعبية وحرس الحدود", "قوات التعبئة", "حرس الحدود", "Iranian security forces")),
]
C["ant-SK-middleEast-329-20180316"] = []
C["ant-SK-economy-827-20180622"] = []
C["snn-ecb47247a611"] = [
    ev("suicide_bomb", ("2015-08-05", "2015-08-06"), loc("Special Emergency Forces mosque, Abha, Asir", "SA", 18.240883, 42.57006, 100),
       None, actor("Saudi Special Emergency Forces", "قوات الطوارئ الخاصة", "قوات الطوارئ الخاصة بعسير", "Saudi security forces"),
       fatalities=[13, 15], injured=[7, 9]),
]
C["ant-SK-internationalNews-2652-20180715"] = [
    ev("agreement", ("2018-06-15", "2018-06-17"), loc("Afghanistan", "AF", None, None),
       actor("Taliban", "طالبان"), actor("Afghan government", "الحكومة"), optional=True),
]
C["snn-04c3e09493d4"] = [
    ev("disrupted_weapons_use", ("2015-07-26", "2015-08-03"), loc("Bahrain", "BH", None, None),
       actor("Bahraini security forces", "الأمن البحريني"), None, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-49.jsonl"))
