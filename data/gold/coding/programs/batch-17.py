import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# 1 Indonesia: church suicide attacks (day before) + explosion at Surabaya police HQ
C["ant-SK-internationalNews-1564-20180514"] = [
    ev("suicide_bomb", ("2018-05-13", "2018-05-13"),
       loc("Surabaya", "ID", -7.2575, 112.7521, 25),
       actor("متشددين", "Militants", "Jamaah Ansharut Daulah", "JAD", "Islamic State", "ISIS"),
       actor("Civilians", "المدنيين", "كنائس", "Christians"),
       fatalities=13),
    ev("remote_explosive_landmine_ied", ("2018-05-14", "2018-05-14"),
       loc("Surabaya", "ID", -7.2575, 112.7521, 25),
       None,
       actor("الشرطة الإندونيسية", "رجال الشرطة", "Police Forces of Indonesia", "Indonesian police"),
       injured=[2, 20], optional=True),
    ev("suicide_bomb", ("2018-05-14", "2018-05-14"),
       loc("Surabaya", "ID", -7.2575, 112.7521, 25),
       None,
       actor("الشرطة الإندونيسية", "رجال الشرطة", "Police Forces of Indonesia", "Indonesian police"),
       injured=[2, 20], optional=True),
]

# 2 Burqin (Jenin): youth killed by Israeli forces during raid / stone throwing
C["snn-fef584c2cf19"] = [
    ev("violent_demonstration", ("2015-07-21", "2015-07-23"),
       loc("Burqin", "PS", 32.45461, 35.26076, 25),
       actor("السكان", "Rioters", "Palestinian rioters", "Palestinians"),
       actor("قوات الأمن الإسرائيلية", "الجيش الإسرائيلي", "Israeli forces", "Israeli security forces", "Military Forces of Israel", "IDF"),
       fatalities=1),
    ev("attack", ("2015-07-21", "2015-07-23"),
       loc("Burqin", "PS", 32.45461, 35.26076, 25),
       actor("قوات الأمن الإسرائيلية", "الجيش الإسرائيلي", "Israeli forces", "Israeli security forces", "Military Forces of Israel", "IDF"),
       actor("محمد علاونة", "Civilians", "Palestinian civilians", "المدنيين"),
       fatalities=1, optional=True),
]

# 3 Moldova: intelligence service detained 6 Turkish Gulen-linked teachers (Thursday)
C["ant-SK-internationalNews-3130-20180907"] = [
    ev("arrests", ("2018-09-06", "2018-09-06"),
       loc("Chisinau", "MD", 47.0105, 28.8638, 150),
       actor("دائرة المعلومات والأمن المولدوفية", "الشرطة", "السلطات في مولدوفا", "Moldovan Information and Security Service", "SIS", "Police Forces of Moldova"),
       actor("الرعايا الأتراك", "حركة غولن", "Gulen Movement", "FETO", "Turkish nationals"),
       optional=True),
]

# 4 Jeddah hotel fire: accident
C["snn-6029034630a6"] = []

# 5 Ukraine: separatist attack on Starohnativka repelled
SEP = actor("الانفصاليين الموالين لروسيا", "الانفصاليين", "Pro-Russian separatists", "Donetsk People's Republic", "DPR", "Separatists")
UKR = actor("القوات الحكومية", "الجيش الأوكراني", "القوات الأوكرانية", "Ukrainian army", "Military Forces of Ukraine", "Ukrainian forces")
STAR = loc("Starohnativka", "UA", 47.59, 37.65, 50)
C["snn-6d46196cee0c"] = [
    ev("armed_clash", ("2015-08-09", "2015-08-10"), STAR, SEP, UKR),
    ev("shelling_artillery_missile_attack", ("2015-08-09", "2015-08-10"), STAR, SEP, UKR, optional=True),
    ev("government_regains_territory", ("2015-08-09", "2015-08-10"), STAR, UKR, SEP, optional=True),
]

# 6 Yemen Al-Bayda: coalition air strikes on Houthi positions (claimed by resistance leader); resistance seizes positions
HOU = actor("المتمردين الحوثيين", "الحوثية", "ميليشيات العدوان الحوثي", "الانقلابيين", "الإرهابيين", "Houthis", "Ansar Allah")
BAY = loc("Al Bayda governorate", "YE", 13.98523, 45.57272, 100)
C["snn-e10b5dbde14c"] = [
    ev("air_drone_strike", ("2015-08-08", "2015-08-10"), BAY,
       actor("طائرات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), HOU,
       fatalities=60, injured=110),
    ev("non_state_actor_overtakes_territory", ("2015-08-08", "2015-08-10"), BAY,
       actor("المقاومة الشعبية", "المقاومة", "الثوار", "Popular Resistance", "Pro-Hadi forces"), HOU, optional=True),
]

# 7 Syria Zardana: likely-Russian air strikes, 44 killed (SOHR)
C["ant-SK-middleEast-2242-20180608"] = [
    ev("air_drone_strike", ("2018-06-07", "2018-06-08"),
       loc("Zardana", "SY", 36.0459, 36.75429, 25),
       actor("روسية", "وزارة الدفاع الروسية", "Russia", "Military Forces of Russia", "Russian forces", "Russian air force"),
       actor("Civilians", "المدنيين", "الضحايا"),
       fatalities=44),
]

# 8 Syria: Douma agreement with Jaysh al-Islam; Arbin/Zamalka/Ain Tarma/Jobar declared cleared (Saturday)
GOV = actor("الجيش السوري", "القيادة العامة للجيش السوري", "القوات الحكومية", "Syrian army", "Syrian government forces", "Military Forces of Syria", "Syrian government")
REB = actor("الإرهابيين", "الإرهابيين وعائلاتهم", "مسلحي المعارضة", "فصائل المعارضة المسلحة", "Syrian rebels", "Faylaq al-Rahman", "Opposition rebels")
C["ant-SK-middleEast-709-20180401"] = [
    ev("agreement", ("2018-03-31", "2018-04-01"),
       loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("القوات الحكومية", "الحكومة السورية", "Syrian government", "Syrian government forces", "Military Forces of Syria"),
       actor("جيش الإسلام", "مسلحي الفصيل المعارض", "Jaysh al-Islam", "Jaish al-Islam")),
]
for nm, la, lo in [("Arbin", 33.53719, 36.36635), ("Zamalka", 33.5261, 36.35385),
                   ("Ain Tarma", 33.51474, 36.35107), ("Jobar", 33.5300, 36.3330)]:
    L = loc(nm, "SY", la, lo, 25)
    C["ant-SK-middleEast-709-20180401"] += [
        ev("non_violent_transfer_of_territory", ("2018-03-31", "2018-03-31"), L, GOV, REB),
        ev("government_regains_territory", ("2018-03-31", "2018-03-31"), L, GOV, REB, optional=True),
    ]

# 9 Lebanon: Hezbollah candidate video -> no event
C["ant-SK-middleEast-739-20180402"] = []

# 10 Yemen Hodeidah fronts
JF = actor("القوات اليمنية المشتركة", "قوات المقاومة اليمنية المشتركة", "المقاومة المشتركة", "المقاومة اليمنية", "Joint Forces", "Yemeni joint forces", "National Resistance", "Pro-Hadi forces", "Military Forces of Yemen")
HT = actor("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "المتمردين الحوثيين", "الميليشيات الإيرانية", "المتمردين", "الميليشيات", "Houthis", "Ansar Allah")
COAL = actor("طائرات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition")
D = ("2018-07-03", "2018-07-05")
C["ant-SK-middleEast-2766-20180705"] = [
    ev("armed_clash", D, loc("Ad Durayhimi", "YE", 14.63702, 43.05505, 25), JF, HT),
    ev("shelling_artillery_missile_attack", D, loc("Al Ma'arif (Ad Durayhimi)", "YE", 14.61171, 43.06086, 25),
       HT, actor("Civilians", "المدنيين", "رب أسرة", "أفراد أسرته"), fatalities=1, injured=4),
    ev("shelling_artillery_missile_attack", D, loc("Hodeidah airport", "YE", 14.7530, 42.9763, 25), HT, JF),
    ev("air_drone_strike", D, loc("Al Hudaydah", "YE", 14.798855, 42.954, 25), COAL, HT),
    ev("air_drone_strike", D, loc("Zabid district", "YE", 14.196411, 43.316688, 30), COAL, HT),
    ev("armed_clash", D, loc("Al Faza / At Tuhayta", "YE", 14.08078, 43.16, 40), JF, HT, optional=True),
]

# 11 Egypt: IED at Heliopolis court (Ajnad Misr), second IED defused; background Arish attack / Suez clash (yesterday)
POL = actor("ضابطي شرطة ومجندا", "الشرطة", "وزارة الداخلية المصرية", "Police Forces of Egypt", "Egyptian police")
C["snn-9fc479ecefc6"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-10", "2015-08-10"), loc("Heliopolis, Cairo", "EG", 30.091295, 31.324337, 25),
       actor("أجناد مصر", "جماعة (أجناد مصر)", "Ajnad Misr", "Soldiers of Egypt"), POL, injured=[3, 4]),
    ev("disrupted_weapons_use", ("2015-08-10", "2015-08-10"), loc("Heliopolis, Cairo", "EG", 30.091295, 31.324337, 25),
       actor("خبراء المفرقعات", "مصدر أمني", "Police Forces of Egypt", "Egyptian police", "Egyptian security forces"), None),
    ev("armed_clash", ("2015-08-09", "2015-08-09"), loc("Suez", "EG", 29.97371, 32.52627, 25),
       actor("مسلح", "Unidentified armed group", "Militants"),
       actor("ضابطا شرطة ومجند", "مجندي الشرطة والجيش", "Police Forces of Egypt", "Egyptian police", "Military Forces of Egypt")),
    ev("armed_clash", ("2015-08-09", "2015-08-09"), loc("Al Arish", "EG", 31.13159, 33.79844, 25),
       actor("مسلح", "Unidentified armed group", "Militants", "Wilayat Sinai", "Islamic State"),
       actor("مدرعة", "ضابطا شرطة ومجند", "مجندي الشرطة والجيش", "Police Forces of Egypt", "Egyptian police", "Military Forces of Egypt"),
       optional=True),
]

# 12 Iran: Jason Rezaian detention anniversary/trial; arrest July 2014 background
C["snn-8acd3fdca649"] = [
    ev("arrests", ("2014-07-22", "2014-07-22"), loc("Tehran", "IR", 35.6892, 51.3890, 50),
       actor("السلطات الإيرانية", "Iranian authorities", "Police Forces of Iran", "Government of Iran"),
       actor("جيسون رضايان", "Jason Rezaian", "Journalists", "يغاني صالحي"), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-17.jsonl"))
