import os, sys; sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write

C = {}

# --- actors used more than once
SYGOV = actor("Syrian government forces", "Syrian Arab Army", "Syrian government", "الحكومة السورية", "القوات السورية", "قوات النظام", "قوات النظام السوري", "الجيش السوري")
HOUTHI = actor("Houthis", "Ansar Allah", "Houthi militia", "الحوثيين", "الحوثي", "الميليشيا الحوثية", "المليشيات الحوثية", "ميليشيات الحوثي", "الميليشيات الحوثية")
SAUDI_AD = actor("Saudi air defense", "Saudi Arabia", "Saudi-led coalition", "Arab Coalition", "الدفاع الجوي السعودي", "قوات الدفاع الجوي السعودية", "الدفاع السعودي", "التحالف العربي", "قوات التحالف", "تحالف دعم الشرعية")
IS = actor("Islamic State", "ISIS", "Daesh", "IS", "داعش", "تنظيم داعش")
PROT_IQ = actor("Protesters", "Iraqi protesters", "المتظاهرون", "متظاهرين", "المتظاهرين")
IQSEC = actor("Iraqi security forces", "Iraqi police", "القوات الأمنية", "قوات الأمن", "الشرطة")

# Douma handover
C["ant-CN-middleEast-609-20180414"] = [
    ev("non_violent_transfer_of_territory", ("2018-04-12", "2018-04-13"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       SYGOV, actor("Jaysh al-Islam", "Army of Islam", "جيش الإسلام")),
    ev("other", ("2018-04-13", "2018-04-13"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Jaysh al-Islam", "Army of Islam", "جيش الإسلام"), SYGOV, optional=True),
]
C["snn-648e3f9e6db1"] = []

RU = actor("Russian forces", "Russian military", "Russia", "العسكريين الروس", "الجيش الروسي", "روسيا")
ARMED_SY = actor("Syrian rebels", "Armed groups", "المسلحين", "المجموعات المسلحة", "التشكيلات المسلحة غير الشرعية")
C["ant-CN-middleEast-1171-20180810"] = [
    ev("disrupted_weapons_use", ("2018-08-09", "2018-08-10"), loc("Hmeimim air base", "SY", 35.40081, 35.94032, 25), RU, ARMED_SY),
    ev("air_drone_strike", ("2018-08-09", "2018-08-10"), loc("Hmeimim air base", "SY", 35.40081, 35.94032, 25), ARMED_SY, RU, optional=True),
    ev("disrupted_weapons_use", ("2018-08-08", "2018-08-09"), loc("Hmeimim air base", "SY", 35.40081, 35.94032, 25), RU, ARMED_SY, optional=True),
    # tickers
    ev("air_drone_strike", ("2018-08-09", "2018-08-09"), loc("Saada", "YE", 16.94021, 43.76394, 25),
       actor("Saudi-led coalition", "Arab Coalition"), actor("Civilians", "أطفالا"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-08-09", "2018-08-10"), loc("Saada", "YE", 16.94021, 43.76394, 25),
       HOUTHI, None, optional=True),
]
C["ant-SK-internationalNews-3436-20181012"] = []
C["snn-d7eb959bb41c"] = []
C["ant-SK-internationalNews-1261-20180430"] = []
C["ant-SK-internationalNews-678-20180329"] = [
    ev("arrests", ("2018-03-27", "2018-03-29"), loc("Kosovo", "XK", None, None),
       actor("Kosovo police", "شرطة كوسوفو"), actor("Gulen movement", "Gülen movement", "أتراك", "حركة رجل الدين فتح الله غولن"), optional=True),
]
C["ant-SK-middleEast-1816-20180519"] = [
    ev("disrupted_weapons_use", ("2018-05-18", "2018-05-19"), loc("Khamis Mushait", "SA", 18.30639, 42.72917, 25),
       SAUDI_AD, HOUTHI, fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-05-18", "2018-05-19"), loc("Khamis Mushait", "SA", 18.30639, 42.72917, 25),
       HOUTHI, SAUDI_AD, fatalities=0, injured=0, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-18", "2018-05-19"), loc("Saudi Arabia (empty desert)", "SA", None, None),
       HOUTHI, None, optional=True),
]
C["ant-SK-internationalNews-1966-20180604"] = []
C["snn-573ddef933c7"] = [
    ev("air_drone_strike", ("2015-07-31", "2015-07-31"), loc("northern Syria", "SY", None, None),
       actor("United States", "US forces", "US-led coalition", "الولايات المتحدة"), actor("Jabhat al-Nusra", "militants", "متشددين آخرين"), optional=True),
    ev("armed_clash", ("2015-07-31", "2015-07-31"), loc("northern Syria", "SY", None, None),
       actor("Jabhat al-Nusra", "militants", "متشددين آخرين"), actor("US-trained Syrian rebels", "Division 30", "مقاتلي المعارضة السورية"), optional=True),
]
C["snn-3c7a180bacd5"] = [
    ev("excessive_force_against_protesters", ("2015-07-14", "2015-07-26"), loc("Basra", "IQ", 30.50852, 47.7804, 25),
       actor("Protesters", "المتظاهرين"), None, fatalities=1, optional=True),
]
C["ant-SK-internationalNews-1262-20180430"] = []

LNA = actor("Libyan National Army", "LNA", "الجيش الوطني الليبي", "الجيش الليبي", "قوات الجيش")
C["ant-SK-middleEast-3779-20181008"] = [
    ev("arrests", ("2018-10-07", "2018-10-08"), loc("Derna", "LY", 32.76704, 22.63669, 25),
       LNA, actor("Hisham Ashmawi", "هشام عشماوي", "عشماوي", "Al-Qaeda", "القاعدة", "Al-Murabitun", "المرابطين")),
    ev("armed_clash", ("2017-10-20", "2017-10-20"), loc("Egyptian Western Desert", "EG", None, None),
       None, actor("Egyptian police", "قوات الشرطة"), fatalities=16, optional=True),
]
C["snn-acbdcdfd3143"] = []

COAL = actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف", "التحالف")
RES = actor("Popular Resistance", "Southern Resistance", "المقاومة الشعبية", "المقاومة", "Yemeni government forces")
HOUTHI2 = actor("Houthis", "Ansar Allah", "الميليشيات الحوثية", "حوثيا", "Saleh forces")
C["snn-81e5f31cf4dc"] = [
    ev("air_drone_strike", ("2015-07-20", "2015-07-20"), loc("Al-Anad air base", "YE", 13.18, 44.77, 25), COAL, HOUTHI2),
    ev("armed_clash", ("2015-07-20", "2015-07-20"), loc("Aden (Khor Maksar, Crater)", "YE", 12.798744, 45.015277, 25), RES, HOUTHI2),
    ev("abduction_forced_disappearance", ("2015-07-20", "2015-07-20"), loc("Aden (Khor Maksar, Crater)", "YE", 12.798744, 45.015277, 25), RES, HOUTHI2, optional=True),
    ev("government_regains_territory", ("2015-07-13", "2015-07-20"), loc("Aden", "YE", 12.798744, 45.015277, 25), RES, HOUTHI2, optional=True),
]
C["snn-296e738ed997"] = []
C["snn-bfdb8f542b40"] = []
C["snn-dec86da0afb6"] = []
C["snn-02febeba6a08"] = [
    ev("peaceful_protest", ("2015-08-08", "2015-08-10"), loc("Israeli prisons", "IL", None, None),
       actor("Palestinian prisoners", "فلسطينيا", "الأسرى"), None, optional=True),
]
C["snn-1398d601e430"] = []
C["ant-SK-internationalNews-661-20180329"] = [
    ev("arrests", ("2018-03-27", "2018-03-29"), loc("Turkey", "TR", None, None),
       actor("Turkish police", "الشرطة", "الادعاء التركي"), actor("Gulen movement", "ضابطا بالجيش", "غولن"), optional=True),
    ev("arrests", ("2018-03-27", "2018-03-29"), loc("Konya", "TR", 37.87135, 32.48464, 100),
       actor("Turkish police", "الشرطة", "الادعاء التركي"), actor("Gulen movement", "ضابطا بالجيش", "غولن"), optional=True),
]
C["ant-SK-internationalNews-2111-20180613"] = []

SAUDI = actor("Saudi armed forces", "Saudi Arabia", "القوات السعودية", "القوات السعودية المشتركة", "القوات المسلحة السعودية")
SALEH = actor("Forces loyal to Saleh", "Saleh forces", "Houthis", "مليشيات علي صالح", "جيش المخلوع صالح", "مليشيات الحوثي", "الحوثيين")
C["snn-fa12570207c3"] = [
    ev("armed_clash", ("2015-07-22", "2015-07-23"), loc("Al-Tuwal border crossing", "SA", 16.52942, 42.96762, 25), SAUDI, SALEH),
    ev("air_drone_strike", ("2015-07-22", "2015-07-23"), loc("Al-Tuwal border area", "YE", 16.52942, 42.96762, 50),
       actor("Saudi-led coalition", "Arab Coalition", "طيران قوات التحالف", "طائرات التحالف"), SALEH, optional=True),
    ev("armed_clash", ("2015-07-21", "2015-07-23"), loc("Al-Anad air base", "YE", 13.18, 44.77, 25), None, None, optional=True),
]
HAMAS = actor("Hamas", "Izz ad-Din al-Qassam Brigades", "Islamic Jihad", "Palestinian Islamic Jihad", "Al-Quds Brigades", "حماس", "الجهاد الاسلامي", "كتائب عز الدين القسام", "سرايا القدس")
C["snn-7ba56a5a09c7"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-19", "2015-07-19"), loc("Gaza City (north)", "PS", 31.511401, 34.456143, 25), None, HAMAS),
    ev("shelling_artillery_missile_attack", ("2015-05-01", "2015-05-31"), loc("southern Gaza Strip", "PS", 31.34, 34.30, 30),
       actor("Supporters of the Islamic State in Jerusalem", "انصار (داعش) في بيت المقدس", "Islamic State"), actor("Izz ad-Din al-Qassam Brigades", "كتائب القسام", "Hamas"), optional=True),
    ev("arrests", ("2015-06-01", "2015-07-19"), loc("Gaza Strip", "PS", 31.42, 34.37, 30),
       actor("Hamas", "حماس"), actor("Salafists", "الاوساط السلفية"), optional=True),
]
C["ant-SK-middleEast-3054-20180722"] = [
    ev("protest_with_intervention", ("2018-07-20", "2018-07-20"), loc("Baghdad", "IQ", 33.34058, 44.40088, 25), PROT_IQ, IQSEC),
    ev("protest_with_intervention", ("2018-07-21", "2018-07-21"), loc("Baghdad", "IQ", 33.34058, 44.40088, 25), PROT_IQ, IQSEC),
    ev("peaceful_protest", ("2018-07-22", "2018-07-22"), loc("Nasiriyah", "IQ", 31.05799, 46.25726, 25), PROT_IQ, None),
    ev("peaceful_protest", ("2018-07-22", "2018-07-22"), loc("Samawah", "IQ", 31.33198, 45.2944, 25), PROT_IQ, None),
    ev("peaceful_protest", ("2018-07-08", "2018-07-08"), loc("Basra", "IQ", 30.50852, 47.7804, 25), PROT_IQ, None, optional=True),
    ev("excessive_force_against_protesters", ("2018-07-08", "2018-07-22"), loc("Basra", "IQ", 30.50852, 47.7804, 25), PROT_IQ, IQSEC, fatalities=3, optional=True),
    ev("excessive_force_against_protesters", ("2018-07-08", "2018-07-22"), loc("Najaf", "IQ", 32.0, 44.33, 25), PROT_IQ, IQSEC, fatalities=3, optional=True),
    ev("excessive_force_against_protesters", ("2018-07-08", "2018-07-22"), loc("Samawah", "IQ", 31.33198, 45.2944, 25), PROT_IQ, IQSEC, fatalities=3, optional=True),
    ev("excessive_force_against_protesters", ("2018-07-08", "2018-07-22"), loc("Diwaniyah", "IQ", 31.99, 44.93, 25), PROT_IQ, IQSEC, fatalities=1, optional=True),
    ev("excessive_force_against_protesters", ("2018-07-08", "2018-07-22"), loc("Karbala", "IQ", 32.61, 44.02, 25), PROT_IQ, IQSEC, fatalities=1, optional=True),
]
C["snn-a3a9e6ebc504"] = []
C["snn-5656ec42c37d"] = []
C["ant-SK-middleEast-2195-20180606"] = []
C["snn-a232ef557192"] = []
C["snn-d40ea0328c21"] = []

EGARMY = actor("Egyptian army", "Egyptian armed forces", "القوات المسلحة المصرية", "الجيش المصري", "الجيش")
TAKF = actor("Takfiri militants", "Islamic State Sinai Province", "Wilayat Sinai", "التكفيرية", "عنصرا تكفيرا مسلحا", "القيادات التكفيرية")
C["ant-CN-middleEast-244-20180311"] = [
    ev("arrests", ("2018-03-04", "2018-03-11"), loc("central Sinai", "EG", 30.0, 33.8, 100), EGARMY, TAKF, optional=True),
    ev("armed_clash", ("2018-03-04", "2018-03-11"), loc("Sinai", "EG", None, None), EGARMY, TAKF, fatalities=12, optional=True),
    ev("disrupted_weapons_use", ("2018-03-04", "2018-03-11"), loc("Rafah", "EG", 31.28204, 34.23869, 25), EGARMY, TAKF, optional=True),
    ev("disrupted_weapons_use", ("2018-03-04", "2018-03-11"), loc("Sheikh Zuweid", "EG", 31.21, 34.11, 25), EGARMY, TAKF, optional=True),
]
C["ant-SK-economy-1401-20181008"] = []
C["ant-SK-internationalNews-2909-20180807"] = [
    ev("attack", ("2017-08-17", "2017-11-30"), loc("Barcelona", "ES", 41.38, 2.17, 25),
       actor("Islamic State", "ISIS", "داعش", "خلية إرهابية"), actor("Civilians", "المارة"), fatalities=13, optional=True),
]
C["ant-SK-internationalNews-86-20180222"] = []
C["snn-f400c4018fc0"] = []
C["ant-SK-middleEast-3619-20180910"] = []
C["ant-SK-middleEast-2765-20180705"] = [
    ev("air_drone_strike", ("2018-07-04", "2018-07-05"), loc("Daraa countryside", "SY", 32.85305, 36.223056, 100),
       actor("Syrian government forces", "Russia", "Russian air force", "قوات النظام السوري", "روسيا", "الطيران السوري والروسي"),
       actor("Syrian rebels", "Syrian opposition", "الفصائل", "المعارضة السورية")),
]
C["ant-SK-middleEast-1657-20180513"] = [
    ev("air_drone_strike", ("2018-05-13", "2018-05-13"), loc("Yarmouk camp / Hajar al-Aswad (south Damascus)", "SY", 33.4699, 36.3018, 25),
       actor("Russian air force", "Syrian air force", "Syrian government forces", "Russia", "مقاتلات حربية روسية وسورية"), IS),
    ev("shelling_artillery_missile_attack", ("2018-05-13", "2018-05-13"), loc("Yarmouk camp / Hajar al-Aswad / Tadamon", "SY", 33.4699, 36.3018, 25),
       SYGOV, IS),
    ev("armed_clash", ("2018-05-13", "2018-05-13"), loc("south Damascus", "SY", 33.4699, 36.3018, 25), SYGOV, IS),
    ev("government_regains_territory", ("2018-05-12", "2018-05-13"), loc("Hajar al-Aswad", "SY", 33.46, 36.31, 25), SYGOV, IS, optional=True),
]
BH = actor("Boko Haram", "بوكو حرام", "Islamic State West Africa Province")
C["snn-ecae1c808210"] = [
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), loc("Maroua", "CM", 10.59, 14.32, 50), BH, actor("Civilians", "Civilians (Cameroon)"), fatalities=13),
    ev("remote_explosive_landmine_ied", ("2015-07-22", "2015-07-22"), loc("Gombe", "NG", 10.29, 11.17, 50), BH, actor("Civilians"), fatalities=[35, 39]),
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), loc("Gombe", "NG", 10.29, 11.17, 50), BH, actor("Civilians"), fatalities=[35, 39], optional=True),
    ev("attack", ("2015-07-21", "2015-07-23"), loc("Borno", "NG", 11.85, 13.16, 150), actor("Gunmen", "مسلحين", "Boko Haram"), actor("Civilians"), fatalities=8, optional=True),
    ev("suicide_bomb", ("2015-07-12", "2015-07-12"), loc("Fotokol", "CM", 12.37, 14.22, 50), BH, actor("Civilians", "مدنيين"), fatalities=11, optional=True),
]
C["snn-8da284ad691d"] = [
    ev("armed_clash", ("2015-08-08", "2015-08-10"), loc("Benghazi", "LY", 32.11486, 20.06859, 25),
       actor("Libyan army", "Libyan National Army", "الجيش الليبي"), None, optional=True),
]
C["snn-48fea8527cd9"] = []
HNEC = actor("High National Elections Commission", "Civilians", "المفوضية العليا للانتخابات", "مفوضية الانتخابات", "Police forces (Libya)", "شرطيون")
C["ant-SK-middleEast-1387-20180502"] = [
    ev("suicide_bomb", ("2018-05-02", "2018-05-02"), loc("Tripoli", "LY", 32.885011, 13.189683, 25), IS, HNEC, fatalities=11, injured=[2, 99]),
    ev("attack", ("2018-05-02", "2018-05-02"), loc("Tripoli", "LY", 32.885011, 13.189683, 25), IS, HNEC, fatalities=11, injured=[2, 99], optional=True),
    ev("armed_clash", ("2018-05-02", "2018-05-02"), loc("Tripoli", "LY", 32.885011, 13.189683, 25), IS,
       actor("Libyan security forces", "قوات الأمن", "قوات حرس المفوضية"), fatalities=11, injured=[2, 99], optional=True),
    ev("armed_clash", ("2018-05-02", "2018-05-02"), loc("Tripoli", "LY", 32.885011, 13.189683, 25),
       actor("Militias", "ميليشيات مسلحة"), actor("Libyan security forces", "قوات حرس المفوضية"), optional=True),
]
C["ant-SK-economy-370-20180418"] = []
C["snn-8f3d53427f4d"] = []
C["snn-c84abe7d9ad2"] = [
    ev("armed_clash", ("2015-07-28", "2015-07-31"), loc("Al-Jish, Qatif", "SA", 26.51333, 49.99167, 25),
       actor("Unidentified gunmen", "مجهولين"), actor("Saudi security forces", "Police Forces of Saudi Arabia", "رجل الأمن", "رجال الأمن"), fatalities=1),
    ev("attack", ("2015-07-28", "2015-07-31"), loc("Al-Jish, Qatif", "SA", 26.51333, 49.99167, 25),
       actor("Unidentified gunmen", "مجهولين"), actor("Saudi security forces", "Police Forces of Saudi Arabia", "رجل الأمن", "رجال الأمن"), fatalities=1, optional=True),
]
C["snn-18bbf4d88a2b"] = []

SA_AD = actor("Saudi air defense", "Saudi Arabia", "Saudi-led coalition", "Arab Coalition", "الدفاع الجوي السعودي", "التحالف العربي")
HOU = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "الميليشيات الحوثية", "الحوثي")
C["ant-SK-middleEast-968-20180411"] = []
for name, lat, lon, d, drone in [("Riyadh", 24.702524, 46.821833, ("2018-04-11", "2018-04-11"), False),
                                 ("Najran", 17.4924, 44.12766, ("2018-04-10", "2018-04-11"), False),
                                 ("Jazan", 16.8892, 42.5511, ("2018-04-10", "2018-04-11"), True),
                                 ("Abha airport", 18.240883, 42.57006, ("2018-04-10", "2018-04-11"), None)]:
    C["ant-SK-middleEast-968-20180411"].append(ev("disrupted_weapons_use", d, loc(name, "SA", lat, lon, 25), SA_AD, HOU))
    if drone is not None:
        C["ant-SK-middleEast-968-20180411"].append(ev("shelling_artillery_missile_attack", d, loc(name, "SA", lat, lon, 25), HOU, SA_AD, optional=True))
    if drone is None or drone:
        C["ant-SK-middleEast-968-20180411"].append(ev("air_drone_strike", d, loc(name, "SA", lat, lon, 25), HOU, SA_AD, optional=True))

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-132.jsonl"))
