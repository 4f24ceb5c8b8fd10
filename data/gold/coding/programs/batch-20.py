import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

GAZA = loc("Gaza Strip (border fence)", "PS", 31.42, 34.38, 30)
ISR = actor("Israeli forces", "Israel Defense Forces", "IDF", "Israel", "القوات الإسرائيلية", "الجيش الإسرائيلي")

# 1. Gaza border: Sat 31 Mar 2018 fire on youths (13 injured); Fri 30 Mar Land Day (15 killed, >1000 injured)
C["ant-SK-middleEast-693-20180331"] = [
    ev("excessive_force_against_protesters", ("2018-03-31", "2018-03-31"), GAZA, ISR,
       actor("Protesters (Palestine)", "Palestinian protesters", "شبان فلسطينيين", "الفلسطينيين"),
       fatalities=None, injured=13),
    ev("protest_with_intervention", ("2018-03-31", "2018-03-31"), GAZA, ISR,
       actor("Protesters (Palestine)", "Palestinian protesters", "شبان فلسطينيين", "الفلسطينيين"),
       fatalities=None, injured=13, optional=True),
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), GAZA, ISR,
       actor("Protesters (Palestine)", "Palestinian protesters", "المحتجين", "التظاهرات الفلسطينية", "الفلسطينيين"),
       fatalities=15, injured=1000),
    ev("protest_with_intervention", ("2018-03-30", "2018-03-30"), GAZA, ISR,
       actor("Protesters (Palestine)", "Palestinian protesters", "المحتجين", "التظاهرات الفلسطينية", "الفلسطينيين"),
       fatalities=15, injured=1000, optional=True),
]

# 2. Hezbollah silence; Israeli strike in Syria last week (optional); Al-Aqsa assault on guards
AQSA = loc("Al-Aqsa Mosque, Jerusalem Old City", "PS", 31.7781, 35.2360, 25)
C["snn-37cc2b3fe4de"] = [
    ev("air_drone_strike", ("2015-07-26", "2015-08-02"), loc("Syria", "SY", None, None),
       actor("Israeli Air Force", "Israel", "طائرات إسرائيلية", "Israeli forces"),
       actor("Hezbollah", "حزب الله", "عناصره"), fatalities=2, optional=True),
    ev("attack", ("2015-08-04", "2015-08-06"), AQSA,
       actor("Israeli forces", "Israeli police", "Israeli special forces", "جنود الاحتلال", "القوات الخاصة الإسرائيلية", "الشرطة الإسرائيلية", "مستوطن إسرائيلي", "Israeli settlers"),
       actor("Civilians", "Al-Aqsa guards", "worshippers", "المصلين", "حراس المسجد", "الحراس", "حراس المسجد الأقصى"),
       injured=[2, 20]),
    ev("arrests", ("2015-08-04", "2015-08-06"), AQSA,
       actor("Israeli forces", "Israeli police", "القوات الخاصة الإسرائيلية", "جنود الاحتلال", "الشرطة الإسرائيلية"),
       actor("Al-Aqsa guards", "حراس", "حراس المسجد"), optional=True),
]

# 3. Latakia sit-in demanding execution of Suleiman al-Assad
LAT = loc("Latakia", "SY", 35.53168, 35.79011, 25)
C["snn-8427eaf5155a"] = [
    ev("peaceful_protest", ("2015-08-07", "2015-08-09"), LAT,
       actor("Protesters (Syria)", "المعتصمون", "سوري", "protesters"), None),
    ev("attack", ("2015-08-06", "2015-08-07"), LAT,
       actor("Suleiman al-Assad", "سليمان الأسد", "سليمان هلال الأسد"),
       actor("Hassan al-Sheikh", "العقيد حسان الشيخ", "Military Forces of Syria"), fatalities=1, optional=True),
]

# 4. Daraa al-Balad evacuation under settlement deal
DARAA = loc("Daraa al-Balad, Daraa", "SY", 32.6189, 36.1021, 25)
GOV = actor("Syrian government", "Military Forces of Syria", "Syrian regime", "النظام السوري", "الحكومة السورية", "قوات النظام", "النظام")
REB = actor("Syrian rebels", "armed factions", "opposition", "الفصائل المسلحة", "الفصائل", "المقاتلين")
C["ant-SK-middleEast-2906-20180715"] = [
    ev("agreement", ("2018-07-10", "2018-07-11"), DARAA, GOV, REB),
    ev("non_violent_transfer_of_territory", ("2018-07-15", "2018-07-15"), DARAA, REB, GOV, optional=True),
]

# 5. Iraq protests Fri 7 Aug 2015 in 9 provinces; Basra and Nasiriyah named
IQP = actor("Protesters (Iraq)", "متظاهرون", "المتظاهرين", "المتظاهرون", "الأهالي", "protesters")
C["snn-656ec654cb22"] = [
    ev("peaceful_protest", ("2015-08-07", "2015-08-08"), loc("Basra", "IQ", 30.53302, 47.79747, 25), IQP, None),
    ev("peaceful_protest", ("2015-08-07", "2015-08-08"), loc("Nasiriyah (Habboubi Square)", "IQ", 31.05799, 46.25726, 25), IQP, None),
    ev("peaceful_protest", ("2015-08-07", "2015-08-08"), loc("Central and southern Iraq", "IQ", None, None), IQP, None, optional=True),
    ev("excessive_force_against_protesters", ("2015-07-01", "2015-08-07"), loc("Basra", "IQ", 30.53302, 47.79747, 25),
       actor("Police Forces of Iraq", "الأجهزة الأمنية", "Iraqi security forces"),
       actor("Protesters (Iraq)", "المتظاهر منتظر الحلفي", "المتظاهرين"), fatalities=1, optional=True),
]

# 6. Tunisia: handover at Ras Jedir (Sat 1 Aug), Kef arrest + fire on hideout, Mnihla arrests of 6
TNSEC = actor("Tunisian National Guard", "National Guard (Tunisia)", "Police Forces of Tunisia", "الحرس التونسي", "الحرس الوطني", "فرقة الأبحاث والتفتيش", "Tunisian security forces")
TNMIL = actor("Military Forces of Tunisia", "Tunisian army", "الجيش والحرس الوطنيين", "الجيش", "الوحدات الأمنية والعسكرية", "Tunisian National Guard", "الحرس الوطني")
TERR = actor("terrorist groups", "Islamist militants", "المجموعات الإرهابية", "الإرهابيين", "عنصر إرهابي", "Okba Ibn Nafaa Brigade")
KEF = loc("Jebel Ouergha, Kef", "TN", 36.17424, 8.70486, 50)
C["snn-54c274d61b17"] = [
    ev("arrests", ("2015-08-01", "2015-08-01"), loc("Ras Jedir border crossing", "TN", 33.1675, 11.5583, 50),
       actor("Tunisian security forces", "السلطات الأمنية التونسية", "Police Forces of Tunisia"),
       actor("Islamist militants", "مطلوبين", "المتشددين", "متشددين دينيا"), optional=True),
    ev("arrests", ("2015-08-02", "2015-08-04"), KEF, TNSEC,
       actor("Islamist militants", "عنصر إرهابي", "عنصر إرهابي خطير", "terrorist")),
    ev("armed_clash", ("2015-08-02", "2015-08-04"), KEF, TNMIL, TERR),
    ev("arrests", ("2015-08-02", "2015-08-04"), loc("Mnihla", "TN", 36.84774, 10.11083, 25), TNSEC,
       actor("Islamist militants", "ستة أشخاص", "العناصر الإرهابية", "Islamic State")),
]

# 7. Soleimani condolence; Khashoggi ticker lines
C["ant-CN-middleEast-1475-20181011"] = [
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Istanbul (Saudi consulate)", "TR", 41.0814, 29.0089, 25),
       None, actor("Jamal Khashoggi", "جمال خاشقجي", "Journalists (Saudi Arabia)"), optional=True),
]

# 8. Two policemen found shot dead in Ceylanpinar (no perpetrator named)
C["snn-d9f271c7b507"] = [
    ev("attack", ("2015-07-21", "2015-07-22"), loc("Ceylanpinar, Sanliurfa", "TR", 36.84722, 40.05, 25),
       None, actor("Police Forces of Turkey", "شرطيين", "الشرطيين", "Turkish police"), fatalities=2, optional=True),
]

# 9. DRC Virunga: Fri 11 May 2018, ranger killed, two British tourists (+1) kidnapped by unknown gunmen
VIR = loc("Virunga National Park (southern sector, North Kivu)", "CD", -0.9, 29.5, 100)
UNK = actor("Unidentified armed group", "مسلحون مجهولون", "مسلحين مجهولين")
VIC = actor("Civilians", "سائحين بريطانيين", "سائحان بريطانيان", "السائحين", "British tourists", "حارس", "Virunga park rangers")
C["ant-SK-internationalNews-1527-20180512"] = [
    ev("abduction_forced_disappearance", ("2018-05-11", "2018-05-11"), VIR, UNK, VIC, fatalities=1),
    ev("attack", ("2018-05-11", "2018-05-11"), VIR, UNK, VIC, fatalities=1, optional=True),
]

# 10. Libya Derna: LNA takes Tamaskat and al-Qal'a (announced Sun 27 May); earlier positions optional
LNA = actor("Libyan National Army", "LNA", "Military Forces of Libya", "Haftar forces", "الجيش الوطني الليبي", "الجيش الليبي", "وحدات الجيش الليبي")
ASH = actor("Ansar al-Sharia", "أنصار الشريعة", "جماعة أنصار الشريعة", "Derna Protection Force", "Derna Mujahideen Shura Council", "الإرهابيين", "الجماعات المتشددة")
C["ant-SK-middleEast-1988-20180527"] = [
    ev("government_regains_territory", ("2018-05-26", "2018-05-27"), loc("Tamaskat, SW of Derna", "LY", 32.76704, 22.63669, 25), LNA, ASH),
    ev("government_regains_territory", ("2018-05-26", "2018-05-27"), loc("Al-Qal'a, SW of Derna", "LY", 32.76704, 22.63669, 25), LNA, ASH),
    ev("non_state_actor_overtakes_territory", ("2018-05-26", "2018-05-27"), loc("Tamaskat, SW of Derna", "LY", 32.76704, 22.63669, 25), LNA, ASH, optional=True),
    ev("non_state_actor_overtakes_territory", ("2018-05-26", "2018-05-27"), loc("Al-Qal'a, SW of Derna", "LY", 32.76704, 22.63669, 25), LNA, ASH, optional=True),
]
for p in ["Dahr al-Hamar", "Al-Hila", "Bu Rbeiha houses", "Al-Kasarat (quarries)"]:
    C["ant-SK-middleEast-1988-20180527"].append(
        ev("government_regains_territory", ("2018-05-18", "2018-05-27"), loc(p + ", Derna", "LY", 32.76704, 22.63669, 30), LNA, ASH, optional=True))

# 11. Egypt military court sentences (not an event); ticker lines optional
C["ant-CN-middleEast-1488-20181011"] = [
    ev("arrests", ("2018-10-07", "2018-10-11"), loc("Derna", "LY", 32.76704, 22.63669, 50),
       None, actor("Hisham Ashmawi", "هشام عشماوي", "Al-Mourabitoun"), optional=True),
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Istanbul (Saudi consulate)", "TR", 41.0814, 29.0089, 25),
       None, actor("Jamal Khashoggi", "جمال خاشقجي", "Journalists (Saudi Arabia)"), optional=True),
]

# 12. Nigeria: Boko Haram suicide/gun attacks on Bale Shuwa and Bale Kura near Maiduguri, Sun 1 Apr 2018
BH = actor("Boko Haram", "بوكو حرام", "ميليشيات بوكو حرام", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "الجماعة")
CIVN = actor("Civilians", "Civilians (Nigeria)", "المدنيين")
MIL = actor("Military Forces of Nigeria", "Civilian JTF", "CJTF", "القوات", "قوة الميليشيا المحاربة لجماعة بوكو حرام", "الجيش", "Nigerian army")
MAI = (11.8464, 13.1571)
C["ant-CN-internationalNews-207-20180402"] = [
    ev("suicide_bomb", ("2018-04-01", "2018-04-01"), loc("Bale Shuwa, near Maiduguri", "NG", *MAI, 50), BH, CIVN, fatalities=15),
    ev("suicide_bomb", ("2018-04-01", "2018-04-01"), loc("Bale Kura, near Maiduguri", "NG", *MAI, 50), BH, CIVN, fatalities=3),
    ev("armed_clash", ("2018-04-01", "2018-04-01"), loc("Bale Shuwa, near Maiduguri", "NG", *MAI, 50), BH, MIL, fatalities=15, optional=True),
    ev("armed_clash", ("2018-04-01", "2018-04-01"), loc("Bale Kura, near Maiduguri", "NG", *MAI, 50), BH, MIL, fatalities=3, optional=True),
    ev("suicide_bomb", ("2018-04-01", "2018-04-01"), loc("Outskirts of Maiduguri", "NG", *MAI, 50), BH, CIVN, fatalities=18, injured=84, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-20.jsonl"))
