import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["الحوثيين", "الحوثي", "ميليشيات الحوثي", "ميليشيا الحوثي", "Houthis", "Ansar Allah", "Houthi militia"]
CIV = ["Civilians", "مدنيين", "المدنيين"]

C["ant-SK-middleEast-636-20180329"] = []
C["snn-c25eb436739c"] = []
C["ant-SK-technology-522-20180427"] = []
C["ant-SK-middleEast-674-20180330"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-25"), loc("Saudi Arabia", "SA", None, None),
       actor(*HOUTHI), actor("Saudi Arabia", "السعودية"), optional=True),
]
C["snn-116ddb5a9a2b"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-30", "2015-07-30"), loc("Najran", "SA", 17.49326, 44.12766, 25),
       None, actor(*CIV, "مقيمين", "Residents"), injured=2),
]

C["ant-SK-internationalNews-2460-20180703"] = []
C["ant-CN-middleEast-1342-20180910"] = [
    ev("arrests", ("2018-09-06", "2018-09-08"), loc("Bahrain", "BH", 26.05, 50.56, 60),
       actor("Bahrain security forces", "وزارة الداخلية البحرينية", "Police Forces of Bahrain", "السلطات البحرينية"),
       actor("Iranians", "14 إيرانياً", "إيرانياً"), optional=True),
    ev("arrests", ("2018-08-01", "2018-09-10"), loc("Idlib", "SY", 35.78763, 36.679719, 100),
       actor("مجموعات مسلحة", "فصائل المعارضة", "Syrian opposition", "Rebel groups"), None, optional=True),
    ev("peaceful_protest", ("2018-09-01", "2018-09-10"), loc("Iraq", "IQ", None, None),
       actor("الشيعة العراقيون", "Protesters", "Iraqi Shia"), None, optional=True),
]
C["ant-SK-internationalNews-493-20180321"] = []
C["ant-SK-middleEast-3252-20180803"] = []
C["snn-ab6b39539a37"] = []
C["snn-76d97a6b9e74"] = []
C["ant-SK-middleEast-2163-20180605"] = [
    ev("arrests", ("2018-06-05", "2018-06-05"), loc("Al-Aqsa Mosque, Jerusalem", "IL", 31.7781, 35.2358, 25),
       actor("Israeli security forces", "Police Forces of Israel", "القوات الإسرائيلية", "شرطة الاحتلال", "القوات الخاصة", "قوات الأمن الإسرائيلية", "Israeli police"),
       actor("مصلين", "المصلين", "Civilians", "Palestinian worshippers", "Palestinians")),
]
C["snn-1c0cc7ab4604"] = []
C["ant-SK-middleEast-641-20180329"] = [
    ev("disrupted_weapons_use", ("2018-03-25", "2018-03-26"), loc("Saudi Arabia", "SA", None, None),
       actor("Saudi Arabia", "السعودية", "Military Forces of Saudi Arabia"), actor(*HOUTHI, "الحوثيون", "المتمردون الحوثيون"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-26"), loc("Saudi Arabia", "SA", None, None),
       actor(*HOUTHI, "الحوثيون", "المتمردون الحوثيون"), actor("Saudi Arabia", "السعودية"), optional=True),
]
IS_ = ["Islamic State", "ISIS", "IS", "Daesh", "تنظيم داعش", "داعش"]
C["snn-433558312e4f"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor(*IS_), actor(*CIV), fatalities=27, injured=[90, 110]),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor(*IS_), actor(*CIV), fatalities=27, injured=[90, 110], optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-22"), loc("Kobani (Ayn al Arab)", "SY", 36.89095, 38.35347, 25),
       None, actor("YPG", "People's Protection Units", "وحدات حماية الشعب", "الوحدات"), fatalities=2),
]

PKK = ["Kurdistan Workers' Party", "PKK", "حزب العمال الكردستاني", "متمردي الحزب", "مسلحين أكرادا", "المقاتلين المتشددين الأكراد", "المسلحين الأكراد", "مقاتلو حزب العمال الكردستاني"]
TRMIL = ["Military Forces of Turkey", "Turkish military", "Turkey", "الجيش التركي", "المدفعية التركية", "الطيران التركي", "سلاح الجو التركي", "مقاتلات إف-16 تركية"]
C["snn-f8e230ffca87"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-26"), loc("Northern Iraq", "IQ", None, None),
       actor(*TRMIL), actor(*PKK), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-26", "2015-07-26"), loc("Northern Iraq (near Turkish border)", "IQ", None, None),
       actor(*TRMIL), actor(*PKK), optional=True),
    ev("air_drone_strike", ("2015-07-26", "2015-07-26"), loc("Hakurk", "IQ", 36.85, 44.90, 50),
       actor(*TRMIL), actor(*PKK)),
    ev("remote_explosive_landmine_ied", ("2015-07-25", "2015-07-26"), loc("near Diyarbakir", "TR", 37.91858, 40.202973, 50),
       actor(*PKK), actor(*TRMIL, "جنوده", "Turkish soldiers"), fatalities=2, injured=4),
    ev("armed_clash", ("2015-07-25", "2015-07-26"), loc("near Diyarbakir", "TR", 37.91858, 40.202973, 50),
       actor(*PKK), actor(*TRMIL, "جنوده", "Turkish soldiers"), fatalities=2, injured=4, optional=True),
    ev("arrests", ("2015-07-25", "2015-07-27"), loc("Diyarbakir", "TR", 37.91858, 40.202973, 50),
       actor("Police Forces of Turkey", "Turkish security forces"), None, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "داعش", "التنظيم"), actor(*CIV), fatalities=32, optional=True),
    ev("protest_with_intervention", ("2015-07-26", "2015-07-26"), loc("Gaziosmanpasa, Istanbul", "TR", 41.07696, 28.90009, 25),
       actor("Protesters", "متظاهرين", "المتظاهرين"), actor("Police Forces of Turkey", "قوات الأمن التركية", "الأمن", "Turkish security forces")),
    ev("violent_demonstration", ("2015-07-26", "2015-07-26"), loc("Gaziosmanpasa, Istanbul", "TR", 41.07696, 28.90009, 25),
       actor("Rioters", "Protesters", "متظاهرين", "المتظاهرين"), actor("Police Forces of Turkey", "قوات الأمن التركية", "الأمن", "Turkish security forces"), optional=True),
]
COAL = ["Saudi-led coalition", "Arab Coalition", "التحالف العربي", "تحالف دعم الشرعية", "التحالف", "Coalition to Restore Legitimacy in Yemen"]
HOU2 = HOUTHI + ["المليشيا الحوثية", "ميليشيات الحوثي الإيرانية", "الميليشيات الانقلابية"]
C["ant-SK-middleEast-2809-20180707"] = [
    ev("air_drone_strike", ("2018-07-04", "2018-07-07"), loc("Haydan district, Saada", "YE", 16.713663, 43.456409, 30),
       actor(*COAL), actor(*HOU2)),
    ev("air_drone_strike", ("2018-07-04", "2018-07-07"), loc("Razih district, Saada", "YE", 16.927219, 43.254721, 30),
       actor(*COAL), actor(*HOU2)),
]
MALI_MIL = ["Military Forces of Mali", "Malian army", "جيش مالي", "قوات حكومية", "قوات"]
JIH = ["متشددون تكفيريون", "المسلحين", "Islamist militants", "Unidentified armed group", "خاطفي الرهائن"]
C["snn-c6190999f489"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-07"), loc("Sevare", "ML", 14.53, -4.10, 50),
       actor(*JIH), actor(*MALI_MIL), fatalities=[3, 6], injured=3),
    ev("attack", ("2015-08-07", "2015-08-07"), loc("Sevare", "ML", 14.53, -4.10, 50),
       actor(*JIH), actor(*CIV, "UN staff", "موظفو الأمم المتحدة"), fatalities=[3, 6], injured=3, optional=True),
    ev("abduction_forced_disappearance", ("2015-08-07", "2015-08-07"), loc("Sevare", "ML", 14.53, -4.10, 50),
       actor(*JIH), actor(*CIV, "الرهائن", "Hostages"), optional=True),
]
C["snn-d24e27d2699b"] = []
TRPOL = ["Police Forces of Turkey", "Turkish security forces", "سلطات البلاد", "الشرطة", "شرطة إسطنبول", "السلطات", "Turkey"]
KUR = ["المسلحين الأكراد", "Kurdish militants", "PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني"]
C["ant-SK-internationalNews-478-20180320"] = [
    ev("arrests", ("2018-03-20", "2018-03-20"), loc("Istanbul", "TR", 41.019389, 28.982586, 25),
       actor(*TRPOL), actor(*KUR, "جناح الشباب في حزب العمال الكردستاني", "PKK youth wing")),
    ev("arrests", ("2018-03-20", "2018-03-20"), loc("Ankara", "TR", 39.914365, 32.789539, 25),
       actor(*TRPOL), actor(*KUR)),
    ev("arrests", ("2018-03-20", "2018-03-20"), loc("Sirnak", "TR", 37.518745, 42.458728, 60),
       actor(*TRPOL), actor(*KUR)),
    ev("arrests", ("2018-03-18", "2018-03-20"), loc("Hatay province", "TR", 36.2, 36.16, 100),
       actor(*TRPOL), actor("حزب المناطق الديمقراطية", "Democratic Regions Party", "DBP", "Kurdish activists")),
    ev("government_regains_territory", ("2018-03-18", "2018-03-20"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor(*TRMIL, "مقاتلو المعارضة", "Syrian opposition", "Free Syrian Army"), actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية"), optional=True),
]

C["snn-37356eaefe12"] = []
C["snn-2d98a9cdb40a"] = []
C["ant-CN-middleEast-52-20180221"] = [
    ev("shelling_artillery_missile_attack", ("2018-02-18", "2018-02-21"), loc("Eastern Ghouta", "SY", 33.53, 36.40, 30),
       actor("Syrian government forces", "Military Forces of Syria", "نظام الرئيس السوري بشار الأسد", "الأسد", "Assad regime"),
       actor(*CIV, "الأطفال"), fatalities=[10, 99], optional=True),
]
RES = ["المقاومة الشعبية", "مقاتلي المقاومة الشعبية", "الثوار", "المقاومة", "Popular Resistance", "Pro-Hadi forces"]
HS = HOUTHI + ["ميليشيات التمرد الحوثي", "المتمردين", "الانقلابيين", "فلول المخلوع صالح", "Saleh loyalists"]
LAB = loc("Labouza camp (Lahj)", "YE", 13.28, 44.70, 30)
C["snn-2fff4abb598f"] = [
    ev("armed_clash", ("2015-08-04", "2015-08-06"), LAB, actor(*RES), actor(*HS)),
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"), LAB,
       actor(*COAL, "طائرات التحالف العربي", "مقاتلات التحالف"), actor(*HS)),
    ev("shelling_artillery_missile_attack", ("2015-08-04", "2015-08-06"), LAB, actor(*RES), actor(*HS), optional=True),
    ev("government_regains_territory", ("2015-08-03", "2015-08-04"), loc("Al-Anad air base (Lahj)", "YE", 13.176, 44.765, 25),
       actor(*RES), actor(*HS)),
    ev("non_state_actor_overtakes_territory", ("2015-08-03", "2015-08-04"), loc("Al-Anad air base (Lahj)", "YE", 13.176, 44.765, 25),
       actor(*RES), actor(*HS), optional=True),
]
C["snn-b0b4302b9304"] = []

TRI = ["الولايات المتحدة", "فرنسا", "بريطانيا", "United States", "Military Forces of the United States", "France", "Military Forces of France",
       "United Kingdom", "Military Forces of the United Kingdom", "دول العدوان", "التحالف الثلاثي", "US-led coalition"]
SYGOV = ["Syrian government forces", "Military Forces of Syria", "Syrian air defenses", "النظام السوري", "الدفاعات الجوية", "Syria", "سوريا"]
D14 = ("2018-04-13", "2018-04-14")
C["ant-SK-middleEast-1033-20180414"] = [
    ev("disrupted_weapons_use", D14, loc("Al Kiswah", "SY", 33.3581, 36.2419, 25), actor(*SYGOV), actor(*TRI)),
    ev("shelling_artillery_missile_attack", D14, loc("Al Kiswah", "SY", 33.3581, 36.2419, 25), actor(*TRI), actor(*SYGOV), optional=True),
    ev("shelling_artillery_missile_attack", D14, loc("Homs (military site)", "SY", 34.731529, 36.685445, 30), actor(*TRI), actor(*SYGOV), injured=3),
    ev("air_drone_strike", D14, loc("Homs (military site)", "SY", 34.731529, 36.685445, 30), actor(*TRI), actor(*SYGOV), injured=3, optional=True),
    ev("disrupted_weapons_use", D14, loc("Homs (military site)", "SY", 34.731529, 36.685445, 30), actor(*SYGOV), actor(*TRI), optional=True),
    ev("shelling_artillery_missile_attack", D14, loc("Barzeh, Damascus", "SY", 33.555, 36.318, 25), actor(*TRI), actor(*SYGOV), fatalities=0, injured=0),
    ev("air_drone_strike", D14, loc("Barzeh, Damascus", "SY", 33.555, 36.318, 25), actor(*TRI), actor(*SYGOV), fatalities=0, injured=0, optional=True),
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25), None, actor(*CIV), optional=True),
]
C["ant-SK-internationalNews-1287-20180501"] = []
C["ant-CN-middleEast-434-20180331"] = [
    ev("air_drone_strike", ("2018-03-31", "2018-03-31"), loc("Baraachit (Bint Jbeil)", "LB", 33.17611, 35.44333, 25),
       actor("Military Forces of Israel", "Israeli military", "IDF", "طائرة استطلاع اسرائيلية", "طائرة استطلاع اسرائيلية معادية", "جيش الدفاع", "Israel"), None),
    ev("disrupted_weapons_use", ("2018-03-31", "2018-03-31"), loc("Baraachit (Bint Jbeil)", "LB", 33.17611, 35.44333, 25),
       actor("Military Forces of Lebanon", "Lebanese army", "الجيش اللبناني", "قوى من الجيش اللبناني"), actor("Military Forces of Israel", "Israel"), optional=True),
]
C["snn-f81ed1e4ab5e"] = [
    ev("violent_demonstration", ("2015-08-09", "2015-08-10"), loc("Ferguson, Missouri", "US", 38.7442, -90.3054, 25),
       actor("Rioters", "Protesters", "متظاهرين", "المتظاهرين", "المحتجين", "الحشد"), actor("Police Forces of the United States", "شرطة مكافحة الشغب", "الشرطة", "Police"), injured=[3, 4]),
    ev("protest_with_intervention", ("2015-08-09", "2015-08-10"), loc("Ferguson, Missouri", "US", 38.7442, -90.3054, 25),
       actor("Protesters", "متظاهرين", "المتظاهرين", "المحتجين"), actor("Police Forces of the United States", "شرطة مكافحة الشغب", "الشرطة", "Police"), injured=[3, 4], optional=True),
    ev("armed_clash", ("2015-08-09", "2015-08-10"), loc("Ferguson, Missouri", "US", 38.7442, -90.3054, 25),
       actor("تايرون هاريس", "Tyrone Harris", "المشتبه به", "مسلح"), actor("Police Forces of the United States", "الشرطة", "أفراد الشرطة"), injured=1, optional=True),
]
C["ant-SK-internationalNews-533-20180323"] = []

C["ant-SK-internationalNews-742-20180402"] = [
    ev("government_regains_territory", ("2018-03-24", "2018-03-24"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor(*TRMIL, "القوات التركية", "فصائل سورية", "Syrian opposition", "Free Syrian Army"), actor("YPG", "People's Protection Units", "الأكراد", "Kurdish forces"), optional=True),
]
C["ant-SK-sport-1460-20180604"] = []
C["snn-d9d20fd451e6"] = []
C["ant-CN-internationalNews-589-20180909"] = []
C["snn-bf31a19de3a3"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-20", "2015-07-20"), loc("Kobani (Ayn al Arab)", "SY", 36.89095, 38.35347, 25),
       None, actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية", "وحدات حماية الشعب"), optional=True),
    ev("remote_explosive_landmine_ied", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       None, actor(*CIV), fatalities=20, optional=True),
]

C["ant-SK-middleEast-1115-20180418"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government forces", "القوات السورية", "Military Forces of Syria"), actor(*CIV), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None),
       actor(*TRI), actor(*SYGOV), optional=True),
]
C["ant-SK-internationalNews-3227-20180912"] = []
C["ant-SK-internationalNews-3272-20181004"] = []
PAR = loc("Paris", "FR", 48.8566, 2.3522, 25)
PROT = ["Protesters", "المتظاهرين", "متظاهرين", "60 نقابة عمالية", "Labour Group", "Trade unions", "النقابات"]
FRPOL = ["Police Forces of France", "الشرطة", "French police"]
C["ant-SK-internationalNews-1807-20180527"] = [
    ev("protest_with_intervention", ("2018-05-25", "2018-05-27"), PAR, actor(*PROT), actor(*FRPOL)),
    ev("peaceful_protest", ("2018-05-25", "2018-05-27"), PAR, actor(*PROT), None, optional=True),
    ev("peaceful_protest", ("2018-05-25", "2018-05-27"), loc("France", "FR", None, None), actor(*PROT), None, optional=True),
]
SETT = ["Israeli settlers", "Settlers", "المستوطنين", "عصابة من المستوطنين", "عصابة من المستوطنين المسلحين"]
C["snn-307198b6ca02"] = [
    ev("attack", ("2015-07-31", "2015-07-31"), loc("Duma (Nablus)", "PS", 32.058605, 35.364841, 25),
       actor(*SETT), actor(*CIV, "عائلة دوابشة", "Palestinian civilians"), fatalities=[1, 2], injured=[3, 4], optional=True),
    ev("attack", ("2015-08-08", "2015-08-08"), loc("Northern West Bank", "PS", None, None),
       actor(*SETT), actor(*CIV, "محمود فزاع كعبانه", "Palestinian civilians"), injured=1, optional=True),
    ev("excessive_force_against_protesters", ("2015-07-31", "2015-07-31"), loc("Jalazone camp", "PS", 31.95, 35.21, 30),
       actor("Military Forces of Israel", "Israeli forces", "جيش الاحتلال"), actor("Protesters", "تظاهرات الغضب", "ليث الخالدي"), fatalities=1, optional=True),
]

IDF = ["Military Forces of Israel", "Israeli military", "IDF", "الجيش الإسرائيلي", "جنود الاحتلال الإسرائيلي", "جنود الاحتلال", "Israel"]
PALPROT = ["Protesters", "Palestinian protesters", "فلسطينيا", "الفتى أحمد سمير أبو حبل", "طفل فلسطيني", "مسيرات العودة"]
BH_ = loc("Beit Hanoun crossing (Erez)", "PS", 31.548323, 34.536578, 25)
C["ant-SK-middleEast-3708-20181003"] = [
    ev("excessive_force_against_protesters", ("2018-10-03", "2018-10-03"), BH_, actor(*IDF), actor(*PALPROT), fatalities=1, injured=15),
    ev("protest_with_intervention", ("2018-10-03", "2018-10-03"), BH_, actor(*PALPROT), actor(*IDF), fatalities=1, injured=15, optional=True),
    ev("violent_demonstration", ("2018-10-03", "2018-10-03"), BH_, actor(*PALPROT, "Rioters"), actor(*IDF), fatalities=1, injured=15, optional=True),
]
LNA = ["Libyan National Army", "LNA", "الجيش الليبي", "قوات الجيش الليبي", "Military Forces of Libya", "Haftar forces", "الشرعية"]
DMSC = ["مجلس شورى مجاهدي درنة", "Mujahideen Shura Council of Derna", "Derna Mujahideen Shura Council", "DMSC", "الجماعات الإرهابية", "الإرهابيين", "الجماعات المتشددة"]
DER = loc("Derna", "LY", 32.76704, 22.63669, 25)
C["ant-SK-middleEast-1799-20180518"] = [
    ev("government_regains_territory", ("2018-05-07", "2018-05-18"), DER, actor(*LNA), actor(*DMSC), optional=True),
    ev("armed_clash", ("2018-05-16", "2018-05-18"), DER, actor(*LNA), actor(*DMSC), optional=True),
]
C["snn-de572040c47c"] = []
C["snn-4239a34dfb65"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-08"), loc("Egypt (New Valley-Cairo road)", "EG", None, None),
       actor("مسلحين مجهولين", "Unidentified armed group", "المسلحان", "Gunmen"), actor("Police Forces of Egypt", "شرطي", "Egyptian police"),
       fatalities=1, injured=3, optional=True),
]
HADI = ["القوات الموالية لهادي", "القوات الموالية للرئيس عبد ربه منصور هادي", "Pro-Hadi forces", "Military Forces of Yemen", "Hadi government forces", "Popular Resistance"]
HOU3 = HOUTHI + ["المقاتلين الحوثيين", "المتمردين الحوثيين", "قوات الحوثيين"]
ANAD = loc("Al-Anad air base (Lahj)", "YE", 13.176, 44.765, 25)
C["snn-5ffc760f2665"] = [
    ev("armed_clash", ("2015-08-03", "2015-08-03"), ANAD, actor(*HADI), actor(*HOU3)),
    ev("air_drone_strike", ("2015-08-03", "2015-08-03"), ANAD, actor(*COAL, "طيران التحالف"), actor(*HOU3), optional=True),
    ev("other", ("2015-08-02", "2015-08-03"), loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor(*COAL, "Gulf coalition troops", "الجنود العرب الخليجيين", "جنود دول التحالف العربي"), None, optional=True),
]

C["snn-b2a5516a4013"] = []
JR = ["قوات المقاومة اليمنية المشتركة", "قوات المقاومة المشتركة", "قوات العمالقة", "اللواء الأول بقوات العمالقة", "Giants Brigades", "Al Amaliqa",
      "Joint Resistance Forces", "Pro-Hadi forces", "Military Forces of Yemen", "قوات التحالف العربي", "Saudi-led coalition", "Arab Coalition"]
HOU4 = HOUTHI + ["الميليشيات الإرهابية الإيرانية", "ميليشيات إيران"]
C["ant-SK-middleEast-2483-20180619"] = [
    ev("government_regains_territory", ("2018-06-18", "2018-06-19"), loc("Hodeidah airport", "YE", 14.753, 42.976, 25),
       actor(*JR), actor(*HOU4)),
]
C["ant-SK-internationalNews-2961-20180811"] = [
    ev("armed_clash", ("2018-08-10", "2018-08-11"), loc("Oshnavieh", "IR", 37.0397, 45.0983, 25),
       actor("Islamic Revolutionary Guard Corps", "IRGC", "الحرس الثوري الإيراني", "جنود الحرس الثوري الإيراني", "Military Forces of Iran"),
       actor("مسلحين", "Kurdish militants", "Unidentified armed group"), fatalities=10),
    ev("armed_clash", ("2018-07-01", "2018-07-31"), loc("Iran (near Iraqi border)", "IR", None, None),
       actor("مسلحون مجهولون", "Unidentified armed group"), actor("Iranian border guards", "حرس الحدود", "Military Forces of Iran"), fatalities=10, optional=True),
]
C["ant-SK-internationalNews-1132-20180424"] = []
C["ant-SK-internationalNews-3101-20180902"] = []

C["ant-SK-internationalNews-2380-20180629"] = []
C["snn-6cff420ff230"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), loc("Al-Misyal border post, Dhahran al-Janub (Asir)", "SA", 17.667, 43.508, 35),
       None, actor("Saudi border guards", "حرس الحدود", "منسوبي حرس الحدود", "Military Forces of Saudi Arabia", "Saudi Arabia"), fatalities=3),
]
C["snn-93b848cb9a5d"] = []
C["snn-630bcd0866c7"] = []
C["snn-410ee467dd03"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-29.jsonl"))
