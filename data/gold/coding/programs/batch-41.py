import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

SYGOV = ["Syrian government forces", "Syrian government", "Syrian Arab Army", "النظام", "الجيش السوري", "الحكومة", "قوات النظام"]
SYOPP = ["Syrian opposition", "rebels", "المعارضة", "مقاتلي المعارضة", "مقاتلو المعارضة", "مقاتلي المعارضة المتبقين"]
GAZA = loc("Gaza Strip border fence", "PS", 31.42, 34.38, 30)
IDF = ["Israeli army", "Israel Defense Forces", "IDF", "Israeli forces", "الجيش الإسرائيلي", "القوات الإسرائيلية", "الرصاص الإسرائيلي", "إسرائيل"]
PAL = ["Palestinians", "Palestinian protesters", "فلسطينيين", "الفلسطينيين", "فلسطينيين غاضبين", "فلسطينيين اثنين"]

# Rebels withdraw from the Rastan-Talbiseh-Houla pocket under an evacuation deal, Wednesday.
C["ant-SK-middleEast-1748-20180516"] = [
    ev("non_violent_transfer_of_territory", ("2018-05-16", "2018-05-16"),
       loc("Rastan-Talbiseh-Houla pocket (northern Homs)", "SY", 34.89, 36.66, 25),
       actor(*SYGOV), actor(*SYOPP)),
]
C["snn-6b6a6e59bf3a"] = []
# Al-Aqsa: police storm the compound, assault worshippers resisting settlers; ~20 arrested ("أمس" = 07-26, Tisha B'Av).
AQSA = loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.776, 35.236, 25)
ISPOL = ["Israeli police", "الشرطة الإسرائيلية", "الشرطة"]
WORSH = ["Palestinian worshippers", "Palestinians", "المصلين الفلسطينيين", "المصلين", "فلسطينيا"]
C["snn-a7969e76096b"] = [
    ev("protest_with_intervention", ("2015-07-26", "2015-07-27"), AQSA, actor(*WORSH), actor(*ISPOL)),
    ev("violent_demonstration", ("2015-07-26", "2015-07-27"), AQSA, actor(*WORSH), actor(*ISPOL), optional=True),
    ev("attack", ("2015-07-26", "2015-07-27"), AQSA, actor(*ISPOL), actor(*WORSH), optional=True),
    ev("arrests", ("2015-07-26", "2015-07-27"), AQSA, actor(*ISPOL), actor("Palestinians", "فلسطينيا", "نحو 20 فلسطينيا")),
]
# Appointment; Saleh's killing is background.
C["ant-SK-middleEast-363-20180317"] = [
    ev("attack", ("2017-12-04", "2017-12-04"), loc("Sanaa", "YE", 15.35, 44.21, 25),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية"),
       actor("Ali Abdullah Saleh", "علي عبد الله صالح", "الرئيس المغدور"), fatalities=1, optional=True),
]
# Gaza border: 2 killed Tuesday; ~60 killed Monday.
C["ant-SK-middleEast-1725-20180515"] = [
    ev("excessive_force_against_protesters", ("2018-05-15", "2018-05-15"), GAZA, actor(*PAL), actor(*IDF), fatalities=2),
    ev("protest_with_intervention", ("2018-05-15", "2018-05-15"), GAZA, actor(*PAL), actor(*IDF), fatalities=2, optional=True),
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), GAZA, actor(*PAL), actor(*IDF), fatalities=[55, 62]),
    ev("protest_with_intervention", ("2018-05-14", "2018-05-14"), GAZA, actor(*PAL), actor(*IDF), fatalities=[55, 62], optional=True),
    ev("peaceful_protest", ("2018-05-15", "2018-05-15"), loc("Palestinian territories", "PS", None, None), actor(*PAL), None, optional=True),
]
C["ant-SK-internationalNews-3512-20181016"] = []

HOUTHI = ["Houthis", "Ansar Allah", "الحوثيين", "الحوثيون", "ميليشيات الحوثيين", "مسلحو ميليشيات الحوثيين", "مسلحي الحوثي", "مسلحي الحوثيين", "المقاتلين الحوثيين", "قوات الحوثيين", "الميليشيات المتمردة", "المتمردين الحوثيين"]
SALEH = ["Saleh forces", "forces loyal to Ali Abdullah Saleh", "قوات صالح", "قوات الرئيس السابق علي عبد الله صالح"]
RESIST = ["Popular Resistance", "pro-Hadi forces", "Yemeni government forces", "المقاومة الشعبية", "قوات المقاومة الشعبية", "المقاومة", "الجيش الموالي للشرعية", "مقاتلي المقاومة", "القوات الموالية للرئيس عبد ربه منصور هادي", "القوات الموالية لهادي"]
COAL = ["Saudi-led coalition", "Arab Coalition", "التحالف العربي", "طائرات التحالف العربي", "طيران التحالف", "التحالف"]
ANAD = loc("Al-Anad Air Base, Lahj", "YE", 13.18, 44.77, 25)
ADEN = loc("Aden", "YE", 12.78, 45.03, 25)
# Houthis withdraw from parts of al-Madina al-Khadra (north of Aden) early Monday after resistance advance.
C["snn-8e46737a6eae"] = [
    ev("government_regains_territory", ("2015-08-03", "2015-08-03"), loc("Al-Madina al-Khadra, north of Aden", "YE", 12.86, 44.98, 25),
       actor(*RESIST), actor(*(HOUTHI + SALEH))),
    ev("armed_clash", ("2015-08-03", "2015-08-03"), loc("Al-Madina al-Khadra, north of Aden", "YE", 12.86, 44.98, 25),
       actor(*RESIST), actor(*(HOUTHI + SALEH)), optional=True),
    ev("air_drone_strike", ("2015-08-01", "2015-08-03"), ANAD, actor(*COAL), actor(*HOUTHI)),
    ev("armed_clash", ("2015-08-02", "2015-08-03"), loc("Lahj governorate", "YE", 13.06, 44.88, 100),
       actor(*HOUTHI), actor(*RESIST), fatalities=[0, 15], injured=[0, 99]),
    ev("armed_clash", ("2015-08-02", "2015-08-03"), loc("Abyan governorate", "YE", 13.13, 45.38, 100),
       actor(*HOUTHI), actor(*RESIST), fatalities=[0, 15], injured=[0, 99]),
    ev("government_regains_territory", ("2015-07-13", "2015-07-22"), ADEN, actor(*RESIST), actor(*HOUTHI), optional=True),
]
C["snn-642d54b7ac33"] = []
C["snn-19df81df2ead"] = []
SYFAC = ["Islamist factions", "rebels", "Nusra Front", "Jabhat al-Nusra", "al-Nusra Front", "فصائل اسلامية ومقاتلة", "الفصائل الاسلامية والمقاتلة", "الفصائل", "مقاتلي الفصائل", "جبهة النصرة", "الفصائل المقاتلة"]
SYPRO = ["pro-government militias", "Syrian government forces", "المسلحين المحليين الموالين", "المسلحين الموالين", "قوات النظام", "Syrian Arab Army"]
BAHSA = loc("Al Bahsah (Hama)", "SY", 35.680, 36.276, 25)
# Wed 08-05: factions take al-Bahsa near Jurin, 17+19 killed in clashes; 5 civilians killed by faction shelling.
C["snn-adfcfc31aedf"] = [
    ev("non_state_actor_overtakes_territory", ("2015-08-05", "2015-08-05"), BAHSA, actor(*SYFAC), actor(*SYPRO), fatalities=36),
    ev("armed_clash", ("2015-08-05", "2015-08-05"), BAHSA, actor(*SYFAC), actor(*SYPRO), fatalities=36, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-05", "2015-08-05"), loc("Jurin area (Sahl al-Ghab)", "SY", 35.62, 36.24, 30),
       actor(*SYFAC), actor("Civilians", "مدنيين", "خمسة مدنيين"), fatalities=5, optional=True),
    ev("armed_clash", ("2015-07-28", "2015-08-05"), loc("Sahl al-Ghab", "SY", 35.60, 36.35, 30), actor(*SYFAC), actor(*SYPRO), optional=True),
]
# Coalition troops deploy around Aden (not coded as event); pro-Hadi offensive on al-Anad base Monday.
C["snn-2e20ba8032c9"] = [
    ev("armed_clash", ("2015-08-03", "2015-08-03"), ANAD, actor(*RESIST), actor(*HOUTHI)),
    ev("air_drone_strike", ("2015-08-03", "2015-08-03"), ANAD, actor(*COAL), actor(*HOUTHI), optional=True),
    ev("other", ("2015-08-02", "2015-08-03"), ADEN, actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "جنود التحالف", "الجنود العرب الخليجيين"), None, optional=True),
    ev("government_regains_territory", ("2015-07-13", "2015-07-22"), ADEN, actor(*RESIST), actor(*HOUTHI), optional=True),
]
C["snn-d0b4556731fe"] = []

C["snn-8e7b7e4e4af1"] = []
# Friday 08-07 protests against corruption in Baghdad and six southern provinces.
IQPROT = actor("Iraqi protesters", "Protesters", "المتظاهرون", "آلاف العراقيين", "العراقيين")
C["snn-63b38b356236"] = [
    ev("peaceful_protest", ("2015-08-07", "2015-08-07"), loc(n, "IQ", la, lo, t), IQPROT, None)
    for n, la, lo, t in [("Baghdad (Tahrir Square)", 33.313, 44.39, 25), ("Basra", 30.533, 47.797, 25),
                         ("Dhi Qar (Nasiriyah)", 31.046, 46.254, 100), ("Hillah", 32.464, 44.420, 25),
                         ("Najaf", 31.989, 44.329, 25), ("Karbala", 32.607, 44.030, 25), ("Diwaniyah", 31.993, 44.926, 25)]
]
# Rafah house blast attributed to Israeli leftover ordnance (optional); West Bank arrests of 15 overnight.
C["snn-e18d29254be9"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-06", "2015-08-06"), loc("Shaboura camp, Rafah", "PS", 31.29, 34.25, 25),
       None, actor("Civilians", "فلسطينيين", "3 فلسطينيين"), fatalities=3, injured=20, optional=True),
    ev("arrests", ("2015-08-05", "2015-08-06"), loc("West Bank", "PS", 31.95, 35.25, 60),
       actor("Israeli forces", "Israel Defense Forces", "IDF", "قوات إسرائيلية", "Israeli army"), actor("Palestinians", "فلسطينيًا", "15 فلسطينيًا", "فلسطينيا")),
]
C["snn-acc6c8f08182"] = []
LNA = ["Libyan army", "Libyan National Army", "LNA", "الجيش الليبي", "القوات النظامية الليبية", "جنود ليبيين", "القوات الخاصة", "جنود الحكومة"]
SHURA = ["Benghazi Revolutionaries Shura Council", "Shura Council", "مجلس الشورى", "مقاتلون إسلاميون", "المقاتلين الإسلاميين", "Islamist militants"]
BENG = loc("Benghazi", "LY", 32.108, 20.148, 25)
# Analysis of the Benghazi front: generic/illustrative incidents and July cumulative toll.
C["snn-9769ee980c32"] = [
    ev("suicide_bomb", ("2015-07-01", "2015-08-07"), BENG, actor("انتحاري", "suicide bomber"), actor(*LNA), fatalities=3, optional=True),
    ev("armed_clash", ("2015-07-01", "2015-08-07"), BENG, actor(*LNA), actor(*SHURA), optional=True),
]
# Taliban attack two checkpoints in Bala Murghab, Badghis, early Wednesday: 30 security forces killed.
C["ant-SK-internationalNews-2235-20180620"] = [
    ev("armed_clash", ("2018-06-20", "2018-06-20"), loc("Bala Murghab, Badghis", "AF", 35.584, 63.329, 50),
       actor("Taliban", "طالبان", "حركة طالبان"), actor("Afghan security forces", "Afghan National Security Forces", "قوات الأمن", "قوات أفغانية"), fatalities=30),
]

C["snn-4abf5c1d491a"] = []
C["ant-SK-internationalNews-3428-20181011"] = []
# Tuesday evening 07-10: 11 militants killed in shootout with police in al-Samran district, Arish; 2 IEDs defused.
ARISH = loc("Al-Samran district, Al Arish", "EG", 31.13, 33.80, 25)
EGPOL = ["Egyptian police", "Egyptian security forces", "قوات الشرطة المصرية", "قوات الشرطة", "قوات الأمن"]
EGMIL = ["militants", "Islamist militants", "مسلحا", "المسلحين", "مسلحين"]
C["ant-SK-middleEast-2841-20180711"] = [
    ev("armed_clash", ("2018-07-10", "2018-07-10"), ARISH, actor(*EGPOL), actor(*EGMIL), fatalities=11),
    ev("disrupted_weapons_use", ("2018-07-10", "2018-07-10"), ARISH, actor(*EGPOL), actor(*EGMIL), optional=True),
    ev("air_drone_strike", ("2018-07-01", "2018-07-11"), loc("Villages south of Rafah, North Sinai", "EG", 31.23, 34.24, 30),
       actor("Egyptian army", "قوات الجيش", "قوات الجيش المصرية"), actor("Ansar Bayt al-Maqdis", "Islamic State Sinai Province", "العناصر الإرهابية", "أنصار بيت المقدس"), optional=True),
]
# Opinion on the announced arrest of 431 terror suspects in Saudi Arabia.
C["snn-50ada954cb3b"] = [
    ev("arrests", ("2015-07-12", "2015-07-22"), loc("Saudi Arabia", "SA", None, None),
       actor("Saudi security forces", "أجهزة الأمن", "رجال أمننا"), actor("Islamic State", "ISIS", "الخوارج"), optional=True),
]
C["ant-SK-economy-724-20180604"] = []
C["ant-CN-middleEast-935-20180515"] = []

TALIBAN = ["Taliban", "طالبان", "حركة طالبان", "المتمردين", "متمردا"]
AFSF = ["Afghan security forces", "Afghan National Security Forces", "قوات الامن الافغانية", "قوات الامن", "قوات الامن الافغاني"]
WARDUJ = loc("Warduj district, Badakhshan", "AF", 36.65, 70.95, 50)
ALMAR = loc("Almar district, Faryab", "AF", 35.84, 64.53, 50)
# Warduj (Thu 07-23, two days of fighting): 2 security + 21 insurgents killed; Almar op Fri 07-24 with air strike, 18 killed; Nangarhar IED Sat 07-25.
C["snn-43a376f9e892"] = [
    ev("armed_clash", ("2015-07-23", "2015-07-25"), WARDUJ, actor(*TALIBAN), actor(*AFSF), fatalities=23, injured=18),
    ev("non_state_actor_overtakes_territory", ("2015-07-23", "2015-07-25"), WARDUJ, actor(*TALIBAN), actor(*AFSF), optional=True),
    ev("arrests", ("2015-07-23", "2015-07-25"), WARDUJ, actor(*AFSF), actor("Qari Zabihullah", "قاري ذبيح الله", "Taliban", "طالبان"), optional=True),
    ev("armed_clash", ("2015-07-24", "2015-07-25"), ALMAR, actor(*AFSF), actor(*TALIBAN), fatalities=[0, 18], injured=[0, 9]),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), ALMAR, actor("Afghan Air Force", "Afghan security forces", "قوات الامن الافغانية"), actor(*TALIBAN)),
    ev("remote_explosive_landmine_ied", ("2015-07-25", "2015-07-25"), loc("Nangarhar province (Jalalabad)", "AF", 34.43, 70.45, 100),
       None, actor("Afghan police", "رجلا شرطة", "نقطة تفتيش تابعة للشرطة", "Civilians", "المدنيين"), injured=4),
]
# Douma: threats and massing (not events); background evacuations from Eastern Ghouta optional.
C["ant-SK-middleEast-599-20180327"] = [
    ev("non_violent_transfer_of_territory", ("2018-03-22", "2018-03-23"), loc("Harasta", "SY", 33.559, 36.365, 25),
       actor(*SYGOV), actor("Ahrar al-Sham", "حركة أحرار الشام"), optional=True),
    ev("non_violent_transfer_of_territory", ("2018-03-24", "2018-03-27"), loc("Southern Eastern Ghouta", "SY", 33.50, 36.37, 15),
       actor(*SYGOV), actor("Failaq al-Rahman", "فيلق الرحمن"), optional=True),
]
# IFJ statement on journalist Jalaa al-Abadi executed by ISIS in Mosul on 15 July (abducted 4 June).
ISIS = ["Islamic State", "ISIS", "Daesh", "IS", "داعش", "تنظيم داعش", "تنظيم داعش الارهابي"]
MOSUL = loc("Mosul", "IQ", 36.34, 43.13, 25)
C["snn-078fcf5b3621"] = [
    ev("attack", ("2015-07-15", "2015-07-15"), MOSUL, actor(*ISIS), actor("Jalaa al-Abadi", "جلاء العبادي", "journalists", "المصور الصحفي جلاء العبادي"), fatalities=1),
    ev("abduction_forced_disappearance", ("2015-06-04", "2015-06-04"), MOSUL, actor(*ISIS), actor("Jalaa al-Abadi", "جلاء العبادي"), optional=True),
    ev("attack", ("2015-01-01", "2015-07-25"), MOSUL, actor(*ISIS), actor("Adnan Abdul Razzaq", "عدنان عبد الرزاق"), fatalities=1, optional=True),
    ev("armed_clash", ("2015-01-01", "2015-07-25"), loc("Muqdadiyah", "IQ", 33.98, 44.94, 25), actor("Iraqi army", "الجيش العراقي"), actor(*ISIS), fatalities=[1, 99], optional=True),
]
# Friday 03-09 suicide bombing near a Shia mosque/husseiniya, Dasht-e Barchi, Kabul: 7 killed.
C["ant-CN-internationalNews-82-20180309"] = [
    ev("suicide_bomb", ("2018-03-09", "2018-03-09"), loc("Dasht-e Barchi, Kabul", "AF", 34.53, 69.17, 25),
       actor(*ISIS, "انتحاري", "الانتحاري"), actor("Civilians", "Shia civilians", "Hazara", "الشيعة", "تجمعا للشيعة", "الشرطة", "Afghan police"), fatalities=7),
]
C["snn-fb44e8b5313e"] = []
# Griffiths briefing; Houthi attack on a Saudi tanker "last week" in the Red Sea is background.
C["ant-SK-middleEast-3244-20180802"] = [
    ev("shelling_artillery_missile_attack", ("2018-07-23", "2018-07-29"), loc("Red Sea off Hodeidah", "YE", 14.8, 42.6, 100),
       actor("Houthis", "Ansar Allah", "الميليشيات الإيرانية", "ميليشيا الحوثي الإيرانية", "الحوثيين"), actor("Saudi oil tanker", "ناقلة نفط سعودية"), optional=True),
]

C["snn-0a8b464ff5f6"] = []
# Sunday 07-26: masked Palestinians throw stones, police use stun grenades at Al-Aqsa; several police lightly injured.
C["snn-e8c6d737cb44"] = [
    ev("violent_demonstration", ("2015-07-26", "2015-07-26"), AQSA,
       actor("Palestinian protesters", "Palestinians", "فلسطينيين ملثمين", "فلسطينيين", "المتظاهرين", "المحتجون", "محتجين"), actor(*ISPOL, "قوات الاحتلال"), injured=[2, 99]),
    ev("protest_with_intervention", ("2015-07-26", "2015-07-26"), AQSA,
       actor("Palestinian protesters", "Palestinians", "فلسطينيين ملثمين", "فلسطينيين", "المتظاهرين", "المحتجون", "محتجين"), actor(*ISPOL, "قوات الاحتلال"), injured=[2, 99], optional=True),
]
# Houthi landmine kills a father and two sons north of al-Khawkhah (reported Saturday, no day).
C["ant-SK-middleEast-3026-20180721"] = [
    ev("remote_explosive_landmine_ied", ("2018-07-19", "2018-07-21"), loc("North of Al Khawkhah, Hodeidah", "YE", 13.85, 43.26, 25),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين"), actor("Civilians", "مدنيين", "ثلاثة مدنيين"), fatalities=3),
]
HOU2 = ["Houthis", "Ansar Allah", "ميليشيا الحوثي", "الحوثيون", "ميليشيات الحوثي", "الميليشيات", "المليشيات الحوثية", "ميليشات الحوثي"]
# Houthi arrest campaign against former army officers in Sanaa (recent days); coalition strike on Houthi command HQ, Airport St., Hodeidah.
C["ant-SK-middleEast-2114-20180603"] = [
    ev("abduction_forced_disappearance", ("2018-05-27", "2018-06-03"), loc("Sanaa", "YE", 15.35, 44.21, 25),
       actor(*HOU2), actor("former Yemeni army officers", "ضباط الجيش اليمني السابق", "ضباط الجيش"), ),
    ev("arrests", ("2018-05-27", "2018-06-03"), loc("Sanaa", "YE", 15.35, 44.21, 25),
       actor(*HOU2), actor("former Yemeni army officers", "ضباط الجيش اليمني السابق", "ضباط الجيش"), optional=True),
    ev("abduction_forced_disappearance", ("2018-05-27", "2018-06-03"), loc("Hodeidah", "YE", 14.797, 42.945, 25), actor(*HOU2), None, optional=True),
    ev("abduction_forced_disappearance", ("2018-05-20", "2018-06-03"), loc("Raymah governorate", "YE", 14.70, 43.60, 100),
       actor(*HOU2), actor("youths of Raymah", "شباب ريمة"), optional=True),
    ev("air_drone_strike", ("2018-06-01", "2018-06-03"), loc("Airport Street, Hodeidah", "YE", 14.77, 42.98, 25),
       actor("Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف العربي", "التحالف العربي"), actor(*HOU2), fatalities=[2, 99], injured=[2, 99]),
]
C["snn-20a18bd5f579"] = []
# Idlib statements; Haley's "100 air strikes this month" is a cumulative figure.
C["ant-SK-middleEast-3642-20180911"] = [
    ev("air_drone_strike", ("2018-09-01", "2018-09-11"), loc("Idlib province", "SY", 35.93, 36.63, 100),
       actor("Syrian government forces", "Syrian Air Force", "القوات السورية"), None, optional=True),
]

LNA2 = ["Libyan National Army", "LNA", "Libyan army", "الجيش الليبي", "قوات الجيش", "الجيش الوطني", "القوات الخاصة", "قوات تابعة للجيش"]
DMSC = ["Derna Mujahideen Shura Council", "al-Qaeda", "مجلس شورى مجاهدي درنة", "تنظيم القاعدة", "الجماعات الإرهابية", "الإرهابيين", "المتشددين", "القناصة"]
DERNA = loc("Derna", "LY", 32.767, 22.637, 25)
# Derna: LNA retakes the eastern coast district, enters Bab Derna, seizes al-Saiqa camp and police college (deaths among militants).
C["ant-SK-middleEast-2144-20180604"] = [
    ev("government_regains_territory", ("2018-06-02", "2018-06-04"), DERNA, actor(*LNA2), actor(*DMSC), fatalities=[2, 99]),
    ev("armed_clash", ("2018-06-02", "2018-06-04"), DERNA, actor(*LNA2), actor(*DMSC), fatalities=[2, 99], optional=True),
    ev("government_regains_territory", ("2018-06-03", "2018-06-03"), DERNA, actor(*LNA2), actor(*DMSC), optional=True),
    ev("violent_demonstration", ("2018-06-02", "2018-06-04"), loc("Bab Tobruk, western Derna", "LY", 32.76, 22.62, 25),
       actor("Residents of Derna", "أهالي منطقة باب طبرق", "الأهالي"), actor(*DMSC), optional=True),
]
# Duma (West Bank) arson killing of an infant: background, village not named.
C["snn-4fc45d2a3f7e"] = [
    ev("attack", ("2015-07-31", "2015-07-31"), loc("West Bank", "PS", 31.95, 35.25, 60),
       actor("Israeli settlers", "مستوطنين متطرفين", "مستوطنين"), actor("Dawabsheh family", "Civilians", "علي دوابشة", "رضيع فلسطيني"), fatalities=1, injured=3, optional=True),
]
C["snn-5bf336b1eba9"] = []
C["ant-SK-internationalNews-2923-20180808"] = []
COAL2 = ["Saudi-led coalition", "Arab Coalition", "طائرات تحالف دعم الشرعية", "طائرات التحالف", "التحالف", "تحالف دعم الشرعية"]
HOU3 = ["Houthis", "Ansar Allah", "ميليشيات الحوثي الإيرانية", "ميليشيات الحوثيين", "المتمردين الحوثيين", "المتمردين اليمنيين", "الحوثيين"]
# Thu 04-05 coalition strikes at al-Dailami base (missile destroyed before launch, depots); earlier strike on weapons truck at Faj Attan; Wed 04-04 interception over Jazan.
C["ant-SK-middleEast-799-20180405"] = [
    ev("air_drone_strike", ("2018-04-05", "2018-04-05"), loc("Al-Dailami air base, north Sanaa", "YE", 15.476, 44.22, 25), actor(*COAL2), actor(*HOU3)),
    ev("disrupted_weapons_use", ("2018-04-05", "2018-04-05"), loc("Al-Dailami air base, north Sanaa", "YE", 15.476, 44.22, 25), actor(*COAL2), actor(*HOU3), optional=True),
    ev("air_drone_strike", ("2018-04-04", "2018-04-05"), loc("Faj Attan, Sanaa", "YE", 15.32, 44.17, 25), actor(*COAL2), actor(*HOU3)),
    ev("disrupted_weapons_use", ("2018-04-04", "2018-04-04"), loc("Jazan region", "SA", 17.06, 42.83, 100),
       actor("Saudi air defense", "Saudi Arabia", "قوات الدفاع الجوي السعودية", "السعودية"), actor(*HOU3)),
    ev("shelling_artillery_missile_attack", ("2018-04-04", "2018-04-04"), loc("Jazan region", "SA", 17.06, 42.83, 100),
       actor(*HOU3), actor("Saudi Arabia", "Aramco", "أرامكو"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-02", "2018-04-04"), loc("Red Sea off Yemen", "YE", 14.8, 42.6, 150),
       actor(*HOU3), actor("Saudi oil tanker", "ناقلة نفط سعودية"), optional=True),
]
REB = ["Syrian rebels", "rebel factions", "Syrian opposition", "الفصائل المقاتلة", "الفصائل الإسلامية والمقاتلة", "الفصائل", "المعارضة"]
NALEP = loc("Northern Aleppo countryside", "SY", 36.42, 37.10, 40)
# Latakia sit-in (~1000) demanding punishment of Suleiman al-Assad; rebel rockets on Damascus (11 killed, 46 injured); ISIS-rebel clashes and 2 suicide bombings N Aleppo.
C["snn-99e24848cc8c"] = [
    ev("peaceful_protest", ("2015-08-07", "2015-08-09"), loc("Latakia (al-Zira'a roundabout)", "SY", 35.532, 35.790, 25),
       actor("Protesters", "Alawite protesters", "المعتصمون", "نحو ألف سوري", "أكثر من ألف شخص"), None),
    ev("attack", ("2015-08-06", "2015-08-07"), loc("Latakia (al-Azhari roundabout)", "SY", 35.532, 35.790, 25),
       actor("Suleiman al-Assad", "سليمان هلال الأسد", "سليمان الأسد"), actor("Col. Hassan al-Sheikh", "العقيد حسان الشيخ"), fatalities=1, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-07", "2015-08-10"), loc("Damascus (Thawra St, Baghdad St, Bab Touma, Abbasiyyin)", "SY", 33.52, 36.30, 25),
       actor(*REB), actor("Civilians", "المدنيين"), fatalities=11, injured=46),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), NALEP, actor(*ISIS), actor(*REB), fatalities=[0, 28]),
    ev("suicide_bomb", ("2015-08-07", "2015-08-09"), NALEP, actor(*ISIS, "عنصرين من التنظيم"), actor(*REB)),
]
C["ant-SK-internationalNews-542-20180323"] = [
    ev("remote_explosive_landmine_ied", ("2017-09-15", "2017-09-15"), loc("Parsons Green station, London", "GB", 51.475, -0.201, 25),
       actor("Ahmed Hassan", "أحمد حسن", "Islamic State", "داعش"), actor("Civilians"), injured=51, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-41.jsonl"))
