import os, sys; sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write

C = {}
HAMAS = ("حماس", "أمن حماس", "وزارة الداخلية التابعة لحماس", "Hamas")

C["snn-8629cab06044"] = []
C["snn-175b14642dfc"] = []
C["ant-SK-middleEast-580-20180326"] = [
    ev("other", ("2018-03-22", "2018-03-22"), loc("Beit Hanoun (Erez) crossing", "PS", 31.55, 34.533, 25),
       actor(*HAMAS), None, optional=True),
]
C["ant-SK-internationalNews-2910-20180807"] = []
C["ant-SK-internationalNews-1517-20180511"] = [
    ev("arrests", ("2018-05-11", "2018-05-11"), loc("Turkey", "TR", None, None),
       actor("السلطات", "Turkish authorities", "Turkey", "Police of Turkey"),
       actor("أفراد الجيش", "شبكة غولن", "Gulen movement", "Gulenists", "FETO"), optional=True),
]
C["ant-SK-middleEast-3818-20181010"] = [
    ev("arrests", ("2018-10-10", "2018-10-10"), loc("Sheikh Zayed City", "EG", 30.02, 31.0, 25),
       actor("الشرطة", "Police Forces of Egypt", "Egyptian police", "Egyptian authorities"),
       actor("عبدالله مرسي", "نجل مرسي", "Abdullah Morsi")),
]
C["ant-SK-internationalNews-2250-20180621"] = []
C["snn-98eca55cc9c0"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-07", "2015-08-08"), loc("Damascus (Bab Touma, al-Thawra and Baghdad streets)", "SY", 33.513, 36.29, 25),
       actor("الفصائل المقاتلة", "Syrian rebels", "Opposition armed groups", "Rebels"),
       actor("Civilians", "المدنيين", "أشخاص"), fatalities=5, injured=37),
    ev("attack", ("2015-08-06", "2015-08-07"), loc("Latakia", "SY", 35.5317, 35.7901, 25),
       actor("سليمان الأسد", "Suleiman al-Assad"),
       actor("حسان الشيخ", "عقيد في الجيش", "Hassan al-Sheikh", "Military Forces of Syria"), fatalities=1, optional=True),
    ev("peaceful_protest", ("2015-08-06", "2015-08-09"), loc("Latakia", "SY", 35.5317, 35.7901, 25),
       actor("الأهالي", "أهالي اللاذقية", "Protesters", "Alawite residents"), None),
]
C["ant-SK-internationalNews-1648-20180518"] = [
    ev("attack", ("2018-05-18", "2018-05-18"), loc("Santa Fe, Texas", "US", 29.378, -95.105, 25),
       None, actor("Civilians", "طلاب", "Students"), fatalities=8, optional=True),
]
C["snn-2dc926f22686"] = []
C["snn-9135d416f5ff"] = [
    ev("peaceful_protest", ("2015-07-22", "2015-07-22"), loc("Athens", "GR", 37.98, 23.73, 25),
       actor("اتحاد موظفي القطاع العام", "ADEDY", "Civil Servants' Confederation", "Protesters"), None),
    ev("peaceful_protest", ("2015-07-16", "2015-07-23"), loc("Athens (Ermou street)", "GR", 37.976, 23.73, 25),
       actor("عمال في القطاع الخاص", "منظمات يسارية", "المحتجون", "Protesters", "Labour Group"), None, optional=True),
]
C["ant-SK-middleEast-3761-20181007"] = []
C["snn-b3a2df345242"] = []
C["ant-CN-middleEast-63-20180222"] = []
C["snn-f57b8e3daf76"] = []
C["snn-2b6478c453e2"] = []
C["snn-9716368542bc"] = [
    ev("arrests", ("2015-07-01", "2015-08-03"), loc("Kuwait", "KW", None, None),
       actor("الكويت", "Kuwaiti authorities", "Police Forces of Kuwait"),
       actor("خلية تابعة لتنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
    ev("arrests", ("2015-07-01", "2015-08-03"), loc("Saudi Arabia", "SA", None, None),
       actor("المملكة العربية السعودية", "Saudi authorities", "Police Forces of Saudi Arabia"),
       actor("داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"), loc("Kuwait", "KW", None, None),
       actor("داعش", "Islamic State", "ISIS", "Daesh"), actor("Civilians"), optional=True),
]
C["ant-SK-middleEast-3632-20180911"] = []
C["snn-f41b661a0835"] = []
C["ant-SK-middleEast-3725-20181006"] = [
    ev("remote_explosive_landmine_ied", ("2018-10-06", "2018-10-06"), loc("Fallujah", "IQ", 33.3558, 43.7861, 25),
       None, actor("مدنيين", "رجال شرطة", "Civilians", "Police Forces of Iraq", "Iraqi police"), injured=5),
]
C["ant-SK-middleEast-3196-20180731"] = [
    ev("attack", ("2018-07-24", "2018-07-31"), loc("Red Sea west of Hodeidah", "YE", 14.8, 42.5, 100),
       actor("ميليشيات الحوثي", "المليشيات الحوثية", "Houthis", "Ansar Allah"),
       actor("ناقلة نفط سعودية", "Saudi oil tanker", "Civilians"), optional=True),
    ev("suicide_bomb", ("2018-07-20", "2018-07-31"), loc("Quetta", "PK", 30.18, 67.0, 50),
       None, actor("Civilians", "مراكز الاقتراع"), optional=True),
    ev("suicide_bomb", ("2018-07-20", "2018-07-31"), loc("west of Kabul", "AF", 34.53, 69.17, 50),
       None, actor("قافلة أمنية", "Military Forces of Afghanistan", "Afghan security forces"), optional=True),
]
C["snn-ba68024302aa"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Pul-e Alam", "AF", 33.995, 69.02, 50),
       actor("حركة طالبان", "طالبان", "المتمردون", "Taliban"),
       actor("الشرطة الأفغانية", "Police Forces of Afghanistan", "Afghan police"), fatalities=6),
]
C["snn-4caf0fc64c69"] = []
BH = ("بوكو حرام", "جماعة بوكو حرام", "Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad")
C["snn-8802f615bd75"] = [
    ev("suicide_bomb", ("2015-07-11", "2015-07-18"), loc("N'Djamena central market", "TD", 12.1067, 15.0444, 25),
       actor(*BH, "انتحاري"), actor("Civilians", "التجار", "المدنيين"), fatalities=[14, 15], injured=74),
    ev("suicide_bomb", ("2015-07-11", "2015-07-18"), loc("Maiduguri", "NG", 11.846, 13.157, 50),
       actor(*BH, "انتحاريان"), actor("Civilians"), fatalities=2),
    ev("attack", ("2015-07-10", "2015-07-17"), loc("Ngamdu", "NG", 11.78, 12.26, 50),
       actor(*BH, "مقاتلين ينتمون إلى جماعة بوكو حرام"), actor("Civilians", "سكان"), fatalities=11),
    ev("suicide_bomb", ("2015-06-15", "2015-06-15"), loc("N'Djamena", "TD", 12.1067, 15.0444, 25),
       actor(*BH), None, fatalities=38, optional=True),
    ev("armed_clash", ("2015-06-20", "2015-06-30"), loc("N'Djamena", "TD", 12.1067, 15.0444, 25),
       actor("الشرطة", "Police Forces of Chad", "Chadian police"), actor(*BH), fatalities=11, optional=True),
]
C["snn-1168fd849dd5"] = [
    ev("arrests", ("2015-07-29", "2015-07-31"), loc("Kuwait", "KW", None, None),
       actor("وزارة الداخلية الكويتية", "Kuwaiti Ministry of Interior", "Police Forces of Kuwait", "Kuwaiti authorities"),
       actor("شبكة تنظيم داعش", "خلية داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"), loc("Imam al-Sadiq mosque, Kuwait City", "KW", 29.3332, 47.913, 25),
       actor("تنظيم داعش", "Islamic State", "ISIS", "Daesh"), actor("Civilians", "المصلين"), optional=True),
]
C["snn-bda91c11b1da"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("northern Syria", "SY", None, None),
       actor("المقاتلات التركية", "مقاتلات تركية إف-16", "Military Forces of Turkey", "Turkish Air Force", "Turkey"),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Turkey", "TR", None, None),
       actor("الشرطة", "Police Forces of Turkey", "Turkish police"),
       actor("متشددون", "Islamic State", "ISIS", "PKK", "Kurdish militants", "leftist militants"), optional=True),
]
C["ant-SK-middleEast-2330-20180612"] = []
C["ant-CN-middleEast-562-20180410"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-08"), loc("Douma", "SY", 33.5718, 36.4027, 25),
       None, actor("Civilians"), optional=True),
]
C["ant-SK-internationalNews-3470-20181014"] = [
    ev("attack", ("2018-10-07", "2018-10-14"), loc("Brazil", "BR", None, None),
       actor("أنصار بولسونارو", "Bolsonaro supporters"), actor("نشطاء يساريون", "leftist activists"), optional=True),
]
C["ant-SK-internationalNews-2082-20180611"] = [
    ev("suicide_bomb", ("2018-06-11", "2018-06-11"), loc("Kabul (Ministry of Rural Development, west Kabul)", "AF", 34.5281, 69.1723, 25),
       actor("انتحاري"), actor("Civilians", "نساء وأطفال"), fatalities=13, injured=30),
]
HOUTHI = ("الحوثيين", "المتمردين الحوثيين", "الانقلابيين الحوثيين", "ميليشيات الحوثي", "المتمردون", "Houthis", "Ansar Allah")
COAL = ("طائرات التحالف", "طائرات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition")
YGOV = ("القوات الشرعية", "Military Forces of Yemen", "Yemeni government forces", "Hadi government forces")
D702 = ("2018-03-30", "2018-04-01")
C["ant-SK-middleEast-702-20180401"] = [
    ev("air_drone_strike", D702, loc("Yemen-Saudi border strip opposite Najran", "YE", 17.4, 44.0, 75),
       actor(*COAL), actor(*HOUTHI), optional=True),
    ev("air_drone_strike", D702, loc("Mazari al-Jarr, Abs district, Hajjah", "YE", 16.003, 43.197, 30),
       actor(*COAL), actor(*HOUTHI)),
    ev("armed_clash", D702, loc("Nati front, al-Bayda", "YE", 14.592, 45.654, 30),
       actor(*YGOV), actor(*HOUTHI), fatalities=1),
    ev("armed_clash", D702, loc("Taiz (al-Arbaeen front, al-Zunuj)", "YE", 13.58, 44.018, 25),
       actor(*YGOV), actor(*HOUTHI)),
    ev("shelling_artillery_missile_attack", D702, loc("Taiz (Wadi al-Qadi, eastern districts, east of Jabal Sabir)", "YE", 13.58, 44.018, 25),
       actor(*HOUTHI), actor("Civilians")),
]
C["snn-d49b7c9e222d"] = []
C["ant-SK-internationalNews-259-20180310"] = []
C["ant-SK-middleEast-2054-20180531"] = [
    ev("armed_clash", ("2018-05-30", "2018-05-31"), loc("Hodeidah governorate (west coast)", "YE", 14.7966, 42.9452, 100),
       actor("قوات المقاومة اليمنية", "المقاومة الوطنية", "قوات التحالف العربي", "National Resistance", "Yemeni Resistance", "Saudi-led coalition"),
       actor("مليشيات الحوثي", "ميليشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah"), fatalities=93, optional=True),
]
C["ant-SK-middleEast-903-20180410"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-09"), loc("Douma", "SY", 33.5718, 36.4027, 25),
       None, actor("Civilians"), fatalities=60, injured=100, optional=True),
    ev("change_to_group_activity", ("2018-04-08", "2018-04-10"), loc("Albu Kamal", "SY", 34.45, 40.9186, 25),
       actor("مقاتلين إيرانيين", "ميليشيات حزب الله", "Hezbollah", "Iranian forces", "IRGC"), None, optional=True),
]
C["snn-eae8968f61b9"] = []
C["ant-SK-middleEast-300-20180315"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-13", "2018-03-15"), loc("Afrin (city centre and convoy near Kamrouk)", "SY", 36.5119, 36.8695, 25),
       actor("الجيش التركي", "قوات الجيش التركي", "Military Forces of Turkey", "Turkish army", "Turkey"),
       actor("Civilians", "قافلة مدنيين", "مدنيين", "الوحدات الكردية", "YPG", "People's Protection Units"), fatalities=7, injured=25),
]
C["ant-SK-internationalNews-1227-20180428"] = []
HADI = ("المقاتلين المؤيدين للرئيس اليمني", "المقاومة الشعبية", "القوات الموالية للحكومة", "المجموعات الموالية لهادي", "Popular Resistance",
        "Military Forces of Yemen", "Hadi government forces", "pro-Hadi forces")
HOU2 = ("الحوثيين", "قوات الحوثيين", "جماعة الحوثي", "Houthis", "Ansar Allah")
C["snn-25f26a948ed7"] = [
    ev("government_regains_territory", ("2015-08-04", "2015-08-06"), loc("Lahij governorate (ten villages)", "YE", 13.0567, 44.8819, 100),
       actor(*HADI), actor(*HOU2)),
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Lahij governorate", "YE", 13.0567, 44.8819, 100),
       actor(*HADI), actor(*HOU2), optional=True),
    ev("government_regains_territory", ("2015-08-03", "2015-08-06"), loc("al-Anad air base", "YE", 13.18, 44.77, 25),
       actor(*HADI), actor(*HOU2)),
    ev("government_regains_territory", ("2015-07-01", "2015-07-31"), loc("Aden", "YE", 12.78, 45.03, 25),
       actor(*HADI), actor(*HOU2), optional=True),
]
C["ant-SK-internationalNews-1900-20180601"] = []
C["ant-SK-internationalNews-3127-20180904"] = [
    ev("violent_demonstration", ("2018-08-26", "2018-08-31"), loc("eastern Germany", "DE", None, None),
       actor("جماعات يمينية متطرفة", "far-right groups", "Rioters"), None, optional=True),
]
C["snn-25c641304b78"] = []
C["ant-CN-middleEast-542-20180409"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-08"), loc("Douma", "SY", 33.5718, 36.4027, 25),
       actor("النظام السوري", "Syrian regime", "Military Forces of Syria"), actor("Civilians"), optional=True),
]
SYREG = ("قوات النظام", "قوات النظام السوري", "Military Forces of Syria", "Syrian government forces", "Syrian regime")
D2953 = ("2018-07-15", "2018-07-17")
C["ant-SK-middleEast-2953-20180717"] = [
    ev("shelling_artillery_missile_attack", D2953, loc("Nawa", "SY", 32.8865, 36.039, 25),
       actor(*SYREG), actor("Civilians", "المدنيين", "المعارضة السورية", "Syrian opposition"), fatalities=[0, 10]),
    ev("air_drone_strike", D2953, loc("Nawa", "SY", 32.8865, 36.039, 25),
       actor(*SYREG), actor("Civilians", "المدنيين", "المعارضة السورية", "Syrian opposition")),
    ev("shelling_artillery_missile_attack", D2953, loc("Qarqas and Qusaybah, central Quneitra countryside", "SY", 32.9524, 35.9886, 25),
       actor(*SYREG), actor("المعارضة السورية", "Syrian opposition", "Civilians")),
]
C["ant-CN-sport-439-20181009"] = []
C["snn-74cdf7422c78"] = [
    ev("government_regains_territory", ("2015-07-10", "2015-07-20"), loc("Aden", "YE", 12.78, 45.03, 25),
       actor("القوى الأمنية", "المقاومة الشعبية", "Popular Resistance", "Hadi government forces"),
       actor("الانقلابيين", "الحوثيون", "Houthis", "Ansar Allah"), optional=True),
]
BH2 = ("بوكو حرام", "جماعة بوكو حرام", "Boko Haram")
C["snn-5c1416f765d6"] = [
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), loc("Gombe (two bus stations)", "NG", 10.29, 11.17, 50),
       actor(*BH2), actor("Civilians"), fatalities=37),
    ev("suicide_bomb", ("2015-07-20", "2015-07-24"), loc("northern Cameroon", "CM", None, None),
       actor(*BH2), actor("Civilians"), fatalities=13, optional=True),
    ev("suicide_bomb", ("2015-07-17", "2015-07-17"), loc("Damaturu", "NG", 11.75, 11.96, 50),
       actor(*BH2, "فتاة في العاشرة من عمرها"), actor("Civilians", "المصلين"), fatalities=[9, 10], optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-121.jsonl"))
