import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

IQPROT = actor("Protesters", "المتظاهرين", "المتظاهرون", "متظاهرون", "محتجين")
ISIS = actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "التنظيم")
SYGOV = actor("Syrian government forces", "Syrian regime forces", "قوات النظام", "المسلحين الموالين له")
HOUTHI = actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيات الحوثي", "مليشيات إيران", "المليشيات الموالية لإيران", "الانقلابيين")
YEMRES = actor("Yemeni Resistance", "National Resistance", "Giants Brigades", "Tihama Resistance", "المقاومة اليمنية", "المقاومة اليمينة", "قوات الطوارق", "ألوية العمالقة", "المقاومة التهامية", "قوات المقاومة الوطنية", "قوات المقاومة")
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "مقاتلات التحالف العربي")
CIV = actor("Civilians", "المدنيين", "مدنيين")

C["ant-SK-middleEast-3173-20180729"] = [
    ev("peaceful_protest", ("2018-07-27", "2018-07-28"), loc("Najaf", "IQ", 32.02594, 44.34625, 25), IQPROT, None),
    ev("peaceful_protest", ("2018-07-27", "2018-07-29"), loc("Basra", "IQ", 30.50852, 47.7804, 25), IQPROT, None),
    ev("peaceful_protest", ("2018-07-27", "2018-07-29"), loc("West Qurna oil field (Lukoil)", "IQ", 30.97, 47.29, 30),
       actor("Protesters", "السكان", "متظاهرون", "محتجين"), None),
    ev("violent_demonstration", ("2018-07-13", "2018-07-17"), loc("Basra", "IQ", 30.50852, 47.7804, 50), IQPROT, None, optional=True),
]
C["ant-SK-middleEast-536-20180324"] = [
    ev("agreement", ("2018-03-22", "2018-03-24"), loc("Al-Qadam, Damascus", "SY", 33.472, 36.291, 25), SYGOV, ISIS),
    ev("non_state_actor_overtakes_territory", ("2018-03-13", "2018-03-20"), loc("Al-Qadam, Damascus", "SY", 33.472, 36.291, 25),
       ISIS, SYGOV, fatalities=62, optional=True),
]
C["snn-7ceb57dcd02b"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha (Special Emergency Forces mosque)", "SA", 18.2164, 42.5053, 25), None,
       actor("Special Emergency Forces", "قوات الطوارئ الخاصة", "Saudi security forces")),
    ev("remote_explosive_landmine_ied", ("2015-08-06", "2015-08-06"), loc("Abha (Special Emergency Forces mosque)", "SA", 18.2164, 42.5053, 25), None,
       actor("Special Emergency Forces", "قوات الطوارئ الخاصة", "Saudi security forces"), optional=True),
    ev("suicide_bomb", ("2015-05-22", "2015-05-22"), loc("Al-Qudayh, Qatif", "SA", 26.56849, 49.98913, 25), None, CIV, optional=True),
]
C["snn-0d2d64e36a2e"] = []
C["ant-SK-middleEast-1608-20180512"] = [
    ev("armed_clash", ("2018-05-10", "2018-05-12"), loc("Hays", "YE", 13.9317, 43.4831, 25), YEMRES, HOUTHI, fatalities=[2, 99], injured=[2, 99]),
    ev("armed_clash", ("2018-05-10", "2018-05-12"), loc("Al Jarrahi", "YE", 14.13254, 43.38845, 30), YEMRES, HOUTHI, optional=True),
    ev("air_drone_strike", ("2018-05-05", "2018-05-12"), loc("West coast, Hodeidah", "YE", 14.0, 43.4, 60), COAL, HOUTHI, optional=True),
]
C["ant-SK-internationalNews-1546-20180513"] = [
    ev("air_drone_strike", ("2018-05-10", "2018-05-10"), loc("Syria", "SY", None, None), actor("Israel", "إسرائيل", "Israeli Air Force"),
       actor("Iran", "Iranian forces", "إيران", "أهداف قالت إنها إيرانية"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-10"), loc("Golan Heights", "SY", 33.0, 35.75, 40),
       actor("Iran", "Iranian forces", "إيران"), actor("Israel", "إسرائيل", "Israeli military"), optional=True),
]

C["ant-SK-middleEast-2225-20180607"] = []
C["ant-CN-middleEast-973-20180518"] = []
C["ant-SK-internationalNews-3281-20181003"] = [
    ev("arrests", ("2018-06-30", "2018-07-02"), loc("Germany", "DE", None, None),
       actor("German authorities", "ألمانيا", "Germany"), actor("Assadollah Assadi", "أسد الله أسدي", "Iranian diplomat"), optional=True),
]
C["snn-c00087d7746f"] = [
    ev("arrests", ("2015-07-24", "2015-07-25"), loc("Turkey", "TR", None, None),
       actor("Turkish police", "الشرطة التركية", "السلطات التركية", "Police Forces of Turkey"),
       actor("Islamic State", "ISIS", "داعش", "PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني"), optional=True),
    ev("armed_clash", ("2015-07-20", "2015-07-25"), loc("Turkey", "TR", None, None),
       actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني"), actor("Turkish security forces", "قوات الأمن التركية"), optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.9747, 38.4253, 25), None,
       actor("Pro-Kurdish activists", "ناشطين مؤيدين للقضية الكردية", "Civilians"), optional=True),
]
C["ant-SK-internationalNews-1949-20180603"] = [
    ev("attack", ("2018-04-05", "2018-04-05"), loc("Offa", "NG", 8.149, 4.720, 50),
       actor("Good Boys", "غود بويز", "حركة التحرير الشبابية", "عصابة جرمية"), CIV, fatalities=33, optional=True),
]
C["snn-826aaf6612ec"] = [
    ev("arrests", ("2015-07-24", "2015-07-31"), loc("Kuwait", "KW", None, None),
       actor("Kuwaiti security forces", "الأجهزة الأمنية الكويتية", "وزارة الداخلية الكويتية", "Police Forces of Kuwait"),
       actor("Islamic State", "ISIS", "داعش", "تنظيم داعش", "شبكة إرهابية"), optional=True),
]
C["ant-CN-middleEast-708-20180424"] = [
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("United States", "أمريكا", "Britain", "بريطانيا", "France", "فرنسا"), SYGOV, optional=True),
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.5711, 36.4022, 25), SYGOV, CIV, optional=True),
]
C["ant-SK-internationalNews-423-20180318"] = [
    ev("peaceful_protest", ("2018-03-16", "2018-03-18"), loc("Vienna", "AT", 48.2082, 16.3738, 25),
       actor("Anti-racism protesters", "مناهضون للعنصرية", "متظاهرون", "اليسار", "الجماعات المناهضة للعنصرية", "Protesters"), None),
]
C["snn-05d539c29d8b"] = []
C["snn-bd6e9131c58d"] = []
C["snn-814418e38aad"] = []
C["snn-7852cacf629e"] = []

C["ant-SK-internationalNews-3445-20181012"] = []
C["ant-SK-middleEast-3925-20181017"] = []
QAYFA = loc("Qayfa, Al-Quraishiyah district, Al-Bayda", "YE", 14.5919, 44.9026, 30)
RES = actor("Popular Resistance", "المقاومة", "أفراد المقاومة", "Yemeni Resistance", "pro-government forces")
HOU2 = actor("Houthis", "Ansar Allah", "مليشيا الحوثي الإيرانية", "ميليشيات الحوثي", "المتمردون", "الحوثي")
C["ant-SK-middleEast-251-20180312"] = [
    ev("armed_clash", ("2018-03-12", "2018-03-12"), QAYFA, RES, HOU2, fatalities=[19, 23], injured=5),
    ev("government_regains_territory", ("2018-03-12", "2018-03-12"), QAYFA, RES, HOU2, fatalities=[19, 23], injured=5, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-03-12", "2018-03-12"), QAYFA, HOU2, CIV, optional=True),
]
C["snn-b0b2455772e6"] = [
    ev("suicide_bomb", ("2015-07-25", "2015-07-25"), loc("Tuz Khurmatu", "IQ", 34.88808, 44.63256, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "انتحاريان"), actor("Civilians", "Turkmen Shia civilians", "شيعة الاقلية التركمانية", "المدنيين"),
       fatalities=12, injured=45),
    ev("suicide_bomb", ("2015-07-01", "2015-07-24"), loc("Diyala", "IQ", 33.75, 44.6, 100),
       actor("Islamic State", "ISIS", "داعش", "متشددي تنظيم داعش"), CIV, fatalities=100, optional=True),
]
C["ant-CN-middleEast-1358-20180912"] = []
C["ant-SK-middleEast-2788-20180709"] = [
    ev("agreement", ("2018-07-07", "2018-07-09"), loc("Daraa province", "SY", 32.61889, 36.10213, 100),
       actor("Russian military", "الجيش الروسي", "مركز المصالحة الروسي", "Syrian government"), actor("Syrian rebels", "opposition", "القرى والبلدات"), optional=True),
]

C["ant-SK-internationalNews-3377-20181009"] = [
    ev("arrests", ("2018-10-02", "2018-10-02"), loc("Ben Gurion Airport", "IL", 32.0055, 34.8854, 25),
       actor("Israeli authorities", "إسرائيل", "السلطات", "Israel"), actor("Lara Alqasem", "لارا القاسم", "BDS activist"), optional=True),
]
C["ant-CN-middleEast-634-20180416"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.5711, 36.4022, 25), SYGOV, CIV, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("United States", "الولايات المتحدة", "Britain", "بريطانيا", "France", "فرنسا"), SYGOV, optional=True),
]
C["ant-SK-sport-42-20180220"] = []
C["snn-60656774f9dc"] = []
C["ant-CN-internationalNews-351-20180513"] = []
C["ant-SK-middleEast-377-20180319"] = []

C["snn-dc5cc912db7e"] = []
C["snn-06f078523251"] = []
C["ant-SK-internationalNews-1535-20180512"] = []
C["snn-8e16b8333de1"] = []
C["snn-101492453a9e"] = []
PRES = actor("Popular Resistance", "المقاومة الشعبية", "مقاتلو المقاومة الشعبية", "المقاومة", "Hadi loyalists", "القوات الموالية للرئيس اليمني عبد ربه منصور هادي", "Yemeni government forces")
HOUSAL = actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيات الحوثي", "المتمردين", "قوات صالح", "Saleh forces", "القوات الموالية للرئيس السابق علي صالح")
COAL2 = actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف", "مقاتلات التحالف", "التحالف")
C["snn-522103efcd14"] = [
    ev("government_regains_territory", ("2015-07-22", "2015-07-24"), loc("Maashiq Presidential Palace, Crater, Aden", "YE", 12.77522, 45.03862, 25),
       PRES, HOUSAL, fatalities=[20, 26]),
    ev("armed_clash", ("2015-07-22", "2015-07-24"), loc("Maashiq Presidential Palace, Crater, Aden", "YE", 12.77522, 45.03862, 25),
       PRES, HOUSAL, fatalities=[20, 26], optional=True),
    ev("government_regains_territory", ("2015-07-22", "2015-07-22"), loc("Tawahi, Aden", "YE", 12.78471, 44.9802, 25), PRES, HOUSAL),
    ev("air_drone_strike", ("2015-07-23", "2015-07-23"), loc("Al-Subaha camp, west Sanaa", "YE", 15.35, 44.13, 25), COAL2, HOUSAL),
    ev("air_drone_strike", ("2015-07-23", "2015-07-23"), loc("Al-Jufaynah front, Marib", "YE", 15.4137, 45.27884, 25), COAL2, HOUSAL),
    ev("government_regains_territory", ("2015-07-22", "2015-07-24"), loc("Wadi Aqqan, Lahj", "YE", 13.38333, 44.65, 30), PRES, HOUSAL),
    ev("arrests", ("2015-07-17", "2015-07-24"), loc("Yemen", "YE", None, None), HOUSAL,
       actor("Officers refusing to fight", "الضباط الرافضين للقتال"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-22", "2015-07-24"), loc("Taiz", "YE", 13.57825, 44.017666, 25), HOUSAL, CIV, optional=True),
]

C["snn-6b854ea521cd"] = [
    ev("attack", ("2015-07-26", "2015-07-31"), loc("Al-Jish, Qatif", "SA", 26.51333, 49.99167, 25), None,
       actor("Saudi security forces", "Sami al-Harbi", "سامي الحربي", "Police Forces of Saudi Arabia"), fatalities=1),
    ev("armed_clash", ("2015-07-26", "2015-07-31"), loc("Al-Jish, Qatif", "SA", 26.51333, 49.99167, 25), None,
       actor("Saudi security forces", "Sami al-Harbi", "سامي الحربي", "Police Forces of Saudi Arabia"), fatalities=1, optional=True),
]
GEZI = actor("Protesters", "المتظاهرين", "المعارضين للرئيس التركي", "محتجو غيزي", "Gezi protesters")
TPOL = actor("Police Forces of Turkey", "الشرطة", "شرطة مكافحة الشغب", "Turkish police")
C["ant-SK-internationalNews-1896-20180601"] = [
    ev("peaceful_protest", ("2018-05-31", "2018-05-31"), loc("Taksim, Istanbul", "TR", 41.036573, 28.985238, 25), GEZI, None),
    ev("protest_with_intervention", ("2018-05-31", "2018-05-31"), loc("Taksim, Istanbul", "TR", 41.036573, 28.985238, 25), GEZI, TPOL, optional=True),
]
C["snn-101914453159"] = [
    ev("armed_clash", ("2015-07-30", "2015-08-06"), loc("Al-Hawtah, Lahj", "YE", 13.05667, 44.88194, 30),
       actor("Yemeni army", "الجيش الوطني", "المقاومة", "Popular Resistance"), actor("Houthis", "الانقلابيين", "الحوثيين", "Saleh forces"), optional=True),
]
C["snn-bbff9b5679f4"] = []
IQF = actor("Iraqi security forces", "القوات الأمنية المشتركة العراقية", "القوات الأمنية", "القطعات العسكرية", "Iraqi army", "Military Forces of Iraq")
IS2 = actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "عصابات داعش")
C["snn-bcba63ef383f"] = [
    ev("government_regains_territory", ("2015-07-21", "2015-07-21"), loc("Al-Hamidiya, NE Ramadi", "IQ", 33.45, 43.35, 25), IQF, IS2, fatalities=[1, 2]),
    ev("government_regains_territory", ("2015-07-21", "2015-07-21"), loc("Al-Bu Aitha, NE Ramadi", "IQ", 33.44, 43.33, 25), IQF, IS2),
    ev("arrests", ("2015-07-21", "2015-07-21"), loc("Al-Hamidiya, NE Ramadi", "IQ", 33.45, 43.35, 25), IQF,
       actor("Islamic State", "ISIS", "وعد حكمت طلال", "داعش")),
    ev("government_regains_territory", ("2015-07-20", "2015-07-22"), loc("Al-Bu Farraj, NE Ramadi", "IQ", 33.46, 43.28, 25), IQF, IS2, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-22"), loc("Nazal, Fallujah", "IQ", 33.34913, 43.78599, 25),
       actor("Iraqi army", "الجيش العراقي", "وحدة الصواريخ والميدان التابعة للجيش العراقي", "Military Forces of Iraq"), IS2, fatalities=7),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-21"), loc("Fallujah", "IQ", 33.34913, 43.78599, 25),
       actor("Iraqi government forces", "القوات الحكومية العراقية", "Military Forces of Iraq"), CIV, fatalities=9, injured=12),
    ev("air_drone_strike", ("2015-07-20", "2015-07-21"), loc("Fallujah", "IQ", 33.34913, 43.78599, 25),
       actor("Iraqi Air Force", "الطيران العراقي", "Military Forces of Iraq"), IS2, fatalities=9, injured=12, optional=True),
]
C["ant-SK-internationalNews-519-20180322"] = []

C["snn-387e1a4e08fb"] = []
NSTR = actor("Strikers", "Maoist supporters", "Communist Party of Nepal (Maoist)", "الحزب الشيوعي الماوي", "منظمو الاضراب", "متظاهرين", "Protesters")
NPOL = actor("Police Forces of Nepal", "الشرطة", "السلطات", "Nepal police")
C["snn-ae31300aa5be"] = [
    ev("protest_with_intervention", ("2015-07-24", "2015-07-24"), loc("Kathmandu", "NP", 27.7172, 85.324, 25), NSTR, NPOL),
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Kathmandu", "NP", 27.7172, 85.324, 25), NPOL, NSTR, optional=True),
    ev("protest_with_intervention", ("2015-07-24", "2015-07-24"), loc("Makwanpur district", "NP", 27.43, 85.03, 50), NSTR, NPOL),
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Makwanpur district", "NP", 27.43, 85.03, 50), NPOL, NSTR, optional=True),
    ev("violent_demonstration", ("2015-07-24", "2015-07-24"), loc("Nepal", "NP", None, None), NSTR, None, optional=True),
    ev("peaceful_protest", ("2015-07-24", "2015-07-24"), loc("Nepal", "NP", None, None), NSTR, None, optional=True),
]
BHSEC = actor("Bahraini security forces", "Bahrain Coast Guard", "خفر السواحل", "دوريات خفر السواحل", "وزارة الداخلية البحرينية", "Police Forces of Bahrain")
BHSMG = actor("Smugglers", "شخصين بحرينيين", "المقبوض عليهما", "Iran-backed militants")
C["snn-240f666c3271"] = [
    ev("disrupted_weapons_use", ("2015-07-14", "2015-07-15"), loc("Bahrain northern territorial waters", "BH", 26.30, 50.55, 50), BHSEC, BHSMG),
    ev("arrests", ("2015-07-15", "2015-07-15"), loc("Bahrain northern territorial waters", "BH", 26.30, 50.55, 50), BHSEC, BHSMG, optional=True),
]
C["ant-SK-internationalNews-174-20180228"] = []
C["snn-edfd5199943b"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-57.jsonl"))
