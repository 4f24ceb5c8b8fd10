import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

IS = ["تنظيم داعش", "داعش", "Islamic State", "ISIS", "ISIL", "Daesh"]
SYGOV = ["قوات النظام", "قوات النظام السوري", "الجيش السوري", "Syrian government forces", "Syrian Army", "Syrian Arab Army"]

C["ant-SK-middleEast-2708-20180701"] = []
C["snn-3bcbce64076f"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-27"), loc("Sidakan", "IQ", 36.79677, 44.67208, 25),
       actor("Turkey", "Turkish military", "القصف التركي", "تركيا", "أنقرة"), actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "العمال الكردستاني"),
       fatalities=0, optional=True),
    ev("peaceful_protest", ("2015-07-26", "2015-07-26"), loc("Qandil Mountains", "IQ", 36.45, 44.95, 60),
       actor("Protesters (Iraq)", "مواطني الإقليم", "Kurdish civilians"), None, optional=True),
]
C["ant-CN-middleEast-884-20180511"] = []
C["ant-SK-middleEast-1616-20180512"] = [
    ev("air_drone_strike", ("2018-05-12", "2018-05-12"), loc("Yarmouk Camp", "SY", 33.4699, 36.3018, 25),
       actor(*SYGOV), actor(*IS, "المسلحين")),
    ev("shelling_artillery_missile_attack", ("2018-05-12", "2018-05-12"), loc("Yarmouk Camp", "SY", 33.4699, 36.3018, 25),
       actor(*SYGOV), actor(*IS, "المسلحين")),
    ev("armed_clash", ("2018-05-05", "2018-05-12"), loc("Yarmouk Camp", "SY", 33.4699, 36.3018, 25),
       actor(*IS), actor(*SYGOV, "المسلحين الموالين"), optional=True),
    ev("armed_clash", ("2018-05-05", "2018-05-12"), loc("Al-Hajar al-Aswad", "SY", 33.46, 36.31, 25),
       actor(*IS), actor(*SYGOV), optional=True),
]
C["ant-CN-middleEast-1289-20180907"] = [
    ev("mob_violence", ("2018-08-24", "2018-09-07"), loc("Minya Governorate", "EG", 28.10988, 30.7503, 100),
       None, actor("Copts", "أقباط", "Civilians"), optional=True),
]
C["ant-SK-internationalNews-3318-20181006"] = [
    ev("remote_explosive_landmine_ied", ("2018-10-05", "2018-10-05"), loc("Solle", "BF", 13.93, -2.18, 75),
       None, actor("Police Forces of Burkina Faso", "قافلة للشرطة", "شرطيين", "Burkina Faso police"), fatalities=6),
    ev("remote_explosive_landmine_ied", ("2018-10-04", "2018-10-04"), loc("Eastern Burkina Faso", "BF", None, None),
       None, actor("Military Forces of Burkina Faso", "جنود", "Burkina Faso army"), fatalities=6, optional=True),
]

C["ant-SK-internationalNews-3124-20180904"] = []
C["snn-c83bbb86a227"] = []
C["snn-e30c3fa5a316"] = []
C["snn-960f8d759665"] = []
C["ant-SK-economy-761-20180611"] = []
C["snn-7a33373510bc"] = []

HOU = ["ميليشيات الحوثي", "الحوثيين", "الحوثيون", "الميليشيا الحوثية", "الانقلابيين", "Houthis", "Ansar Allah", "Houthi militia"]
C["ant-SK-middleEast-2650-20180629"] = [
    ev("government_regains_territory", ("2018-06-15", "2018-06-23"), loc("Hodeidah Airport", "YE", 14.75, 42.98, 25),
       actor("القوات المشتركة", "Joint Forces", "Yemeni government forces", "Saudi-led coalition"), actor(*HOU), optional=True),
    ev("abduction_forced_disappearance", ("2018-06-22", "2018-06-29"), loc("Al Hudaydah", "YE", 14.796625, 42.945213, 25),
       actor(*HOU), actor("حسن الهيج", "Hodeidah governor", "محافظ الحديدة"), optional=True),
]
C["snn-fd971db787e3"] = []
C["ant-SK-middleEast-2297-20180610"] = [
    ev("disrupted_weapons_use", ("2018-06-10", "2018-06-10"), loc("Jizan", "SA", 16.910301, 42.587188, 25),
       actor("قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الملكي السعودي", "Royal Saudi Air Defense Forces", "Saudi Arabia", "Saudi-led coalition", "قوات الدفاع الجوي للتحالف"),
       actor(*HOU), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-06-10", "2018-06-10"), loc("Jizan", "SA", 16.910301, 42.587188, 25),
       actor(*HOU), actor("Civilians", "المناطق المدنية", "Saudi Arabia"), fatalities=0, injured=0, optional=True),
]
C["ant-CN-middleEast-555-20180410"] = []
ISR = ["جيش الاحتلال الإسرائيلي", "القناصة الإسرائيليين", "الجنود الإسرائيليين", "Israeli Defense Forces", "IDF", "Israeli army", "Israel"]
PAL = ["Palestinian protesters", "Protesters", "فلسطيني", "الفلسطينيين", "المحتجون", "الشبان الفلسطينيون", "المتظاهرين"]
C["ant-SK-middleEast-807-20180406"] = [
    ev("excessive_force_against_protesters", ("2018-04-05", "2018-04-05"), loc("Gaza Strip border", "PS", 31.42, 34.37, 30),
       actor(*ISR), actor(*PAL), fatalities=1, injured=44),
    ev("protest_with_intervention", ("2018-04-05", "2018-04-05"), loc("Gaza Strip border", "PS", 31.42, 34.37, 30),
       actor(*PAL), actor(*ISR), fatalities=1, injured=44, optional=True),
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), loc("Gaza Strip border", "PS", 31.42, 34.37, 30),
       actor(*ISR), actor(*PAL), optional=True),
]
C["snn-0526b24275ad"] = []

C["ant-SK-internationalNews-2606-20180712"] = [
    ev("armed_clash", ("2016-07-15", "2016-07-16"), loc("Istanbul (Bosphorus bridge)", "TR", 41.045, 29.034, 25),
       actor("مدبري الانقلاب", "Coup plotters", "Military Forces of Turkey (coup faction)"), actor("Civilians", "مدنيين"), fatalities=34, optional=True),
]
C["snn-99a2aaf32a99"] = []
C["snn-cdb02b712a25"] = []
C["snn-4fb841c45413"] = []
C["ant-SK-internationalNews-392-20180316"] = []
C["snn-9aaf36870fe4"] = []

C["ant-SK-sport-1487-20180605"] = []
ANAD = loc("Al-Anad Air Base", "YE", 13.176, 44.765, 25)
YGOV = ["الجيش الوطني الموالي للرئيس عبد ربه منصور هادي", "المقاومة الشعبية", "المقاومة", "Popular Resistance", "Yemeni government forces", "Hadi loyalists"]
HOU2 = ["الحوثيين", "الحوثيون", "مليشيا الحوثي", "قوات صالح", "Houthis", "Ansar Allah", "Saleh loyalists"]
C["snn-ba188d3bde47"] = [
    ev("government_regains_territory", ("2015-08-03", "2015-08-03"), ANAD, actor(*YGOV), actor(*HOU2)),
    ev("non_state_actor_overtakes_territory", ("2015-03-01", "2015-03-31"), ANAD, actor(*HOU2), actor("Yemeni government forces"), optional=True),
    ev("air_drone_strike", ("2015-03-01", "2015-03-31"), ANAD, actor("مقاتلات التحالف العربي", "Saudi-led coalition", "Arab Coalition"), actor(*HOU2), optional=True),
    ev("abduction_forced_disappearance", ("2015-03-01", "2015-03-31"), ANAD, actor(*HOU2), actor("محمود الصبيحي", "Mahmoud al-Subaihi", "وزير الدفاع"), optional=True),
]
C["ant-SK-internationalNews-642-20180328"] = []
C["snn-e9a95b27c72f"] = []
C["ant-SK-sport-2331-20180724"] = []
C["snn-542202fc8035"] = []

JR = ["المقاومة اليمنية المشتركة", "المقاومة المشتركة", "المقاومة اليمنية", "Joint Resistance Forces", "Yemeni government forces", "Popular Resistance"]
HOU3 = ["ميليشيات الحوثي", "المليشيات الحوثية", "الحوثيين", "Houthis", "Ansar Allah"]
DUR = loc("Ad Durayhimi district", "YE", 14.63702, 43.05505, 30)
BF_ = loc("Bayt al-Faqih district", "YE", 14.516, 43.324, 30)
COAL = ["طائرات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"]
C["ant-SK-middleEast-2229-20180607"] = [
    ev("government_regains_territory", ("2018-06-07", "2018-06-07"), DUR, actor(*JR), actor(*HOU3)),
    ev("armed_clash", ("2018-06-07", "2018-06-07"), DUR, actor(*JR), actor(*HOU3), optional=True),
    ev("air_drone_strike", ("2018-06-05", "2018-06-07"), DUR, actor(*COAL), actor(*HOU3), fatalities=[0, 95]),
    ev("air_drone_strike", ("2018-06-05", "2018-06-07"), BF_, actor(*COAL), actor(*HOU3)),
    ev("shelling_artillery_missile_attack", ("2018-06-05", "2018-06-07"), DUR, actor(*JR, "القوات الإماراتية", "UAE forces"), actor(*HOU3), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-06-05", "2018-06-07"), BF_, actor(*JR, "القوات الإماراتية", "UAE forces"), actor(*HOU3), optional=True),
    ev("abduction_forced_disappearance", ("2018-06-07", "2018-06-07"), DUR, actor(*JR), actor(*HOU3), optional=True),
]
BAS = loc("Basra", "IQ", 30.53302, 47.79747, 25)
C["ant-SK-middleEast-3561-20180908"] = [
    ev("violent_demonstration", ("2018-09-06", "2018-09-08"), BAS, actor("محتجون", "Protesters (Iraq)", "Rioters (Iraq)", "المتظاهرين"), actor("القنصلية الإيرانية", "Iranian consulate", "Iran")),
    ev("violent_demonstration", ("2018-09-05", "2018-09-08"), BAS, actor("محتجون", "Protesters (Iraq)", "Rioters (Iraq)"), actor("القوات المسلحة", "Iraqi security forces", "مؤسسات الدولة"), optional=True),
]
C["snn-9fdd780d24c5"] = [
    ev("arrests", ("2015-07-15", "2015-07-25"), loc("Bahrain", "BH", 26.223747, 50.586306, 50),
       actor("Police Forces of Bahrain", "وزارة الداخلية في البحرين", "السلطات", "Bahrain security forces"), actor("مواطنين اثنين", "Suspects"), optional=True),
    ev("disrupted_weapons_use", ("2015-07-15", "2015-07-15"), loc("Bahrain waters", "BH", 26.223747, 50.586306, 60),
       actor("خفر السواحل", "Bahrain Coast Guard"), None, optional=True),
]
REB = ["الفصائل المسلحة", "الفصائل", "Syrian rebels", "Opposition rebels", "Rebels"]
C["ant-SK-middleEast-3856-20181014"] = [
    ev("shelling_artillery_missile_attack", ("2018-10-13", "2018-10-14"), loc("Jurin", "SY", 35.61982, 36.23974, 25),
       actor(*REB), actor(*SYGOV, "معسكر للنظام", "جنديين سوريين"), fatalities=2),
    ev("shelling_artillery_missile_attack", ("2018-10-13", "2018-10-14"), loc("Aleppo", "SY", 36.203685, 37.172617, 25),
       actor(*REB), actor("Civilians", "أحياء في منطقة حلب")),
    ev("shelling_artillery_missile_attack", ("2018-10-14", "2018-10-14"), loc("Al Lataminah", "SY", 35.32149, 36.62292, 25),
       actor(*SYGOV), actor(*REB)),
    ev("armed_clash", ("2018-10-07", "2018-10-13"), loc("Idlib demilitarized zone", "SY", 35.6, 36.6, 80),
       actor(*REB), actor(*SYGOV), optional=True),
]
DOU = loc("Douma", "SY", 33.57175, 36.4027, 25)
C["ant-SK-middleEast-842-20180408"] = [
    ev("air_drone_strike", ("2018-04-07", "2018-04-07"), DOU, actor(*SYGOV, "طائرات القوات الحكومية السورية", "النظام السوري"), actor("Civilians", "مدنيا", "المدنيين"), fatalities=42, injured=[10, 99]),
    ev("chemical_weapon", ("2018-04-07", "2018-04-08"), DOU, actor(*SYGOV, "النظام السوري"), actor("Civilians", "المدنيين"), fatalities=11, injured=[59, 70]),
]
C["ant-SK-internationalNews-1394-20180506"] = [
    ev("attack", ("2015-11-13", "2015-11-13"), loc("Paris", "FR", 48.8566, 2.3522, 25), actor("مجموعة صغيرة من الإرهابيين", "Islamic State", "ISIS"), actor("Civilians", "ضحايا"), fatalities=130, optional=True),
]

C["snn-b3b451d7f8f9"] = [
    ev("looting_property_destruction", ("2012-06-30", "2012-12-31"), loc("Timbuktu", "ML", 16.77348, -3.00742, 25),
       actor("مسلحون مرتبطون بتنظيم القاعدة", "المتطرفين", "Ansar Dine", "AQIM", "Al-Qaeda"), actor("أضرحة", "Shrines"), optional=True),
]
IRA = ["الجيش الإيراني", "القوات الإيرانية", "جيش النظام الإيراني", "Military Forces of Iran", "Iranian army", "Iran"]
PJAK = ["قوات حماية شرق كردستان", "PJAK", "Party of Free Life of Kurdistan", "حزب العمال الكردستاني", "PKK", "مقاتلينا"]
KOM = ["حزب الكوملة", "الكوملة", "Komala", "مقاتلي حزب الكوملة", "بيشمركة حزب الكوملة"]
SAR = loc("Sardasht", "IR", 36.1552, 45.4788, 25)
C["snn-4bbee3026b8b"] = [
    ev("armed_clash", ("2015-08-01", "2015-08-01"), SAR, actor(*PJAK), actor(*IRA), fatalities=5, injured=2),
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-08-03"), SAR, actor(*IRA), actor(*PJAK)),
    ev("armed_clash", ("2015-07-27", "2015-08-03"), loc("Dalahu (Kermanshah)", "IR", 34.4, 46.3, 50), actor(*PJAK), actor(*IRA), optional=True),
    ev("armed_clash", ("2015-07-27", "2015-08-03"), loc("Marivan", "IR", 35.518, 46.176, 25), actor(*KOM), actor(*IRA, "القوات الخاصة الإيرانية"), fatalities=1, injured=[2, 99], optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-27", "2015-08-03"), loc("Surin mountains", "IR", 35.6, 46.1, 75), actor(*IRA), actor(*KOM), optional=True),
]
C["ant-SK-internationalNews-1651-20180518"] = []
C["ant-SK-internationalNews-1706-20180522"] = []
C["ant-SK-middleEast-3812-20181010"] = []
C["snn-6099444e2317"] = []

ASIR = loc("Asir (Abha, Special Emergency Forces mosque)", "SA", 18.240883, 42.57006, 100)
SEF = ["قوات الطوارئ الخاصة", "قوات الطوارئ", "منسوبي قوات الطوارئ الخاصة", "المصلين", "Saudi Special Emergency Forces", "Police Forces of Saudi Arabia", "Saudi security forces"]
C["snn-01e4306f9ab1"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), ASIR, None, actor(*SEF), fatalities=[1, 99], injured=[1, 99]),
    ev("remote_explosive_landmine_ied", ("2015-08-06", "2015-08-06"), ASIR, None, actor(*SEF), fatalities=[1, 99], injured=[1, 99], optional=True),
]
C["ant-CN-internationalNews-163-20180321"] = [
    ev("abduction_forced_disappearance", ("2018-02-19", "2018-02-19"), loc("Dapchi", "NG", 12.49, 11.50, 50),
       actor("بوكو حرام", "Boko Haram", "Islamic State West Africa Province", "ISWAP"), actor("فتاة", "الفتيات", "Civilians", "Schoolgirls"), optional=True),
]
C["snn-d133672091f4"] = []
C["ant-SK-middleEast-553-20180325"] = []
C["snn-38a6ddcc95c6"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-59.jsonl"))
