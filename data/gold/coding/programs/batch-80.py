import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "ميليشيات الحوثي الانقلابية", "الحوثي")
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف", "تحالف دعم الشرعية", "قوات التحالف",
             "Yemeni government forces", "الحكومة اليمنية")

# 1
C["snn-b536b10edf1c"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha (Special Emergency Forces HQ mosque, Asir)", "SA", 18.2301, 42.5001, 100),
       None, actor("Saudi Special Emergency Forces", "قوات الطوارئ الخاصة", "منسوبي قوات الطوارئ الخاصة", "Saudi security forces"),
       fatalities=[13, 14], injured=9),
    ev("remote_explosive_landmine_ied", ("2015-08-06", "2015-08-06"), loc("Abha (Special Emergency Forces HQ mosque, Asir)", "SA", 18.2301, 42.5001, 100),
       None, actor("Saudi Special Emergency Forces", "قوات الطوارئ الخاصة", "منسوبي قوات الطوارئ الخاصة", "Saudi security forces"),
       fatalities=[13, 14], injured=9, optional=True),
]
C["ant-CN-internationalNews-41-20180227"] = []
C["ant-SK-internationalNews-2776-20180722"] = []
C["ant-SK-middleEast-2462-20180618"] = [
    ev("armed_clash", ("2018-06-16", "2018-06-18"), loc("Al Hudaydah", "YE", 14.7966, 42.9452, 25), COAL, HOUTHI, optional=True),
    ev("armed_clash", ("2018-06-11", "2018-06-18"), loc("Saada", "YE", 16.9402, 43.7639, 100), COAL, HOUTHI, optional=True),
    ev("armed_clash", ("2018-06-11", "2018-06-18"), loc("Nihm", "YE", 15.7375, 44.5424, 30), COAL, HOUTHI, optional=True),
]
C["ant-SK-middleEast-1067-20180415"] = []
C["ant-SK-internationalNews-1861-20180530"] = [
    ev("agreement", ("2018-05-29", "2018-05-29"), loc("Kashmir (Line of Control)", "IN", 34.0, 74.5, 200),
       actor("Pakistani army", "الجيش الباكستاني", "Pakistan", "Military Forces of Pakistan"),
       actor("Indian army", "الجيش الهندي", "India", "Military Forces of India"), optional=True),
]

C["snn-27d0aa0a30df"] = []
C["ant-SK-middleEast-1526-20180509"] = []
C["snn-ce6ea3f3c3f8"] = [
    ev("armed_clash", ("2015-08-04", "2015-08-11"), loc("Taiz", "YE", 13.5783, 44.0177, 100), COAL, HOUTHI, optional=True),
    ev("armed_clash", ("2015-08-04", "2015-08-11"), loc("Al Hudaydah", "YE", 14.7966, 42.9452, 100), COAL, HOUTHI, optional=True),
    ev("armed_clash", ("2015-08-04", "2015-08-11"), loc("Marib", "YE", 15.4173, 45.3016, 100), COAL, HOUTHI, optional=True),
]
C["snn-451d61026fc3"] = []
C["ant-SK-economy-1160-20180810"] = []
LNA = actor("Libyan National Army", "LNA", "الجيش الوطني الليبي", "الجيش الليبي", "قوات الجيش الليبي", "Haftar forces")
DMSC = actor("Mujahideen Shura Council of Derna", "Derna Mujahideen Shura Council", "مجلس شورى مجاهدي درنة",
             "al-Qaeda", "Al Qaeda", "تنظيم القاعدة", "القاعدة")
C["ant-SK-middleEast-2139-20180604"] = [
    ev("government_regains_territory", ("2018-06-04", "2018-06-04"), loc("Derna (eastern coast district)", "LY", 32.767, 22.6367, 25), LNA, DMSC),
    ev("armed_clash", ("2018-06-04", "2018-06-04"), loc("Derna (eastern coast district)", "LY", 32.767, 22.6367, 25), LNA, DMSC, optional=True),
    ev("armed_clash", ("2018-06-02", "2018-06-04"), loc("Derna (Bab Tobruk)", "LY", 32.767, 22.6367, 25),
       actor("Residents of Bab Tobruk", "أهالي منطقة باب طبرق", "أهالي", "Civilians"), DMSC, optional=True),
    ev("armed_clash", ("2018-06-03", "2018-06-03"), loc("Derna", "LY", 32.767, 22.6367, 25), LNA, DMSC, optional=True),
]

C["ant-SK-middleEast-93-20180227"] = []
C["ant-SK-internationalNews-1777-20180525"] = []
BH = actor("Boko Haram", "بوكو حرام", "جماعة بوكو حرام")
CIV = actor("Civilians", "المدنيين", "مدنيين")
MAROUA = loc("Maroua", "CM", 10.591, 14.316, 25)
C["snn-b14d1f02486c"] = [
    ev("suicide_bomb", ("2015-07-25", "2015-07-25"), MAROUA, BH, CIV, fatalities=[14, 20], injured=79),
    ev("grenade", ("2015-07-25", "2015-07-25"), MAROUA, BH, CIV, fatalities=[14, 20], injured=79, optional=True),
    ev("arrests", ("2015-07-25", "2015-07-26"), MAROUA, actor("Cameroonian security forces", "قوات الأمن", "Military Forces of Cameroon"), None, optional=True),
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), MAROUA, BH, CIV, fatalities=13, injured=31),
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), MAROUA, BH, CIV, optional=True),
    ev("remote_explosive_landmine_ied", ("2015-07-22", "2015-07-24"), loc("Gombe", "NG", 10.2897, 11.1673, 50), None, CIV, fatalities=37),
    ev("suicide_bomb", ("2015-07-22", "2015-07-24"), loc("Gombe", "NG", 10.2897, 11.1673, 50), None, CIV, fatalities=37, optional=True),
]
GOVY = actor("Yemeni government forces", "القوات الشرعية", "قوات الشرعية", "القوات الحكومية", "القوات الحكومية اليمنية",
             "Military Forces of Yemen", "Yemeni army")
HOU2 = actor("Houthis", "Ansar Allah", "الحوثيين", "المتمردين الحوثيين", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الميليشيات الانقلابية")
COAL2 = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "طائرات التحالف العربي", "طيران التحالف", "الطيران")
D = ("2018-03-26", "2018-03-28")
SHUR = loc("Ash Shuraijah (Taiz/Lahj)", "YE", 13.38, 44.40, 25)
C["ant-SK-middleEast-617-20180328"] = [
    ev("armed_clash", D, loc("Tabab al-Khazzan, Hayfan district", "YE", 13.2729, 44.2671, 30), HOU2, GOVY),
    ev("armed_clash", D, loc("Al-Mafalis, Hayfan district", "YE", 13.2729, 44.2671, 30), GOVY, HOU2),
    ev("shelling_artillery_missile_attack", D, loc("Al-Mafalis, Hayfan district", "YE", 13.2729, 44.2671, 30), GOVY, HOU2, optional=True),
    ev("air_drone_strike", D, loc("Al-Mafalis, Hayfan district", "YE", 13.2729, 44.2671, 30), COAL2, HOU2),
    ev("air_drone_strike", D, loc("Uzlat al-A'bus, Hayfan district", "YE", 13.2729, 44.2671, 30), COAL2, HOU2),
    ev("shelling_artillery_missile_attack", D, loc("Mat' village, west of Al-Dhabab, Taiz", "YE", 13.55, 43.90, 25), HOU2, CIV, fatalities=1),
    ev("armed_clash", D, SHUR, HOU2, GOVY),
    ev("armed_clash", D, loc("Northern Lahj", "YE", 13.37, 44.45, 50), GOVY, HOU2, optional=True),
    ev("government_regains_territory", D, loc("Tallat al-Tawila, near Ash Shuraijah", "YE", 13.38, 44.40, 25), GOVY, HOU2),
    ev("air_drone_strike", D, loc("Karish", "YE", 13.3647, 44.4905, 30), COAL2, HOU2),
    ev("air_drone_strike", D, loc("Jabal al-Hamam (overlooking As-Sihi, between Shuraijah and Rahida)", "YE", 13.38, 44.35, 25), COAL2, HOU2),
    ev("air_drone_strike", D, loc("Jabal Shifan", "YE", 13.3647, 44.4905, 40), COAL2, HOU2),
    ev("government_regains_territory", ("2018-03-01", "2018-03-28"), SHUR, GOVY, HOU2, optional=True),
]
C["ant-SK-internationalNews-2743-20180720"] = []
C["ant-SK-internationalNews-3437-20181012"] = []

TRK = actor("Turkish military", "الجيش التركي", "المقاتلات التركية", "مقاتلات تركية", "الطائرات التركية", "Military Forces of Turkey", "Turkey")
PKK = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "بي كيه كيه")
ISIS = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "تنظيم داعش الارهابي")
C["snn-3f0c22f4a093"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Northern Iraq (PKK rear bases, Duhok province)", "IQ", 37.0626, 43.1387, 150), TRK, PKK),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-25"), loc("Northern Iraq border strip (Duhok province)", "IQ", 37.0626, 43.1387, 150), TRK, PKK, optional=True),
    ev("air_drone_strike", ("2015-07-25", "2015-07-25"), loc("Syria (ISIS positions)", "SY", None, None), TRK, ISIS, optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("Syria (ISIS positions)", "SY", None, None), TRK, ISIS, optional=True),
    ev("arrests", ("2015-07-24", "2015-07-26"), loc("Turkey", "TR", None, None), actor("Turkish police", "الشرطة التركية", "Police Forces of Turkey"),
       actor("Islamic State", "ISIS", "داعش", "PKK", "حزب العمال الكردستاني"), optional=True),
    ev("attack", ("2015-07-21", "2015-07-22"), loc("Near the Syrian border, Turkey", "TR", None, None), PKK,
       actor("Turkish police", "شرطيين تركيين", "Police Forces of Turkey"), fatalities=2, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.9897, 38.3861, 25), ISIS,
       actor("Civilians", "ناشطين يساريين", "Leftist activists"), fatalities=32),
]
C["snn-6586714c4144"] = []
C["snn-018a7301ae3d"] = []
HOU3 = actor("Houthis", "Ansar Allah", "الحوثيين", "المتمردين الحوثيين", "ميليشيات الحوثي", "المتمردين", "Saleh loyalists")
RES = actor("Popular Resistance", "المقاومة", "المقاومة الشعبية", "الموالين", "Yemeni government forces", "فصائل تدعم الشرعية")
C["snn-5cecb182402b"] = [
    ev("armed_clash", ("2015-07-26", "2015-07-27"), loc("Jabal Sabr, Taiz", "YE", 13.53, 44.03, 25), HOU3, RES, fatalities=20),
    ev("armed_clash", ("2015-07-27", "2015-07-27"), loc("Marib province", "YE", 15.4625, 45.3258, 100), RES, HOU3, optional=True),
    ev("armed_clash", ("2015-07-27", "2015-07-27"), loc("Taiz province", "YE", 13.5783, 44.0177, 100), RES, HOU3, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-27", "2015-07-27"), loc("Saudi-Yemeni border area", "SA", None, None), HOU3,
       actor("Saudi forces", "القوات السعودية", "Military Forces of Saudi Arabia"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-27", "2015-07-27"), loc("Saudi-Yemeni border area", "YE", None, None),
       actor("Saudi forces", "القوات السعودية", "Military Forces of Saudi Arabia"), HOU3, optional=True),
]
C["snn-9a9cada3801a"] = [
    ev("arrests", ("2015-07-27", "2015-07-30"), loc("Key West, Florida", "US", 24.5551, -81.78, 25),
       actor("FBI", "مكتب التحقيقات الفدرالي", "اف بي آي", "Police Forces of the United States"),
       actor("Harlem Suarez", "هارلم سواريز", "ISIS supporter", "Islamic State")),
]
C["snn-9f579e94f4a7"] = []

C["ant-CN-sport-342-20180811"] = []
SOM = actor("Somali National Army", "القوات الصومالية", "الجيش الصومالي", "Military Forces of Somalia", "AMISOM", "الاتحاد الإفريقي",
            "African Union Mission in Somalia", "قوات الاتحاد الأفريقي")
SHAB = actor("Al-Shabaab", "al Shabaab", "جماعة الشباب", "الشباب")
BARD = loc("Bardhere", "SO", 2.34, 42.28, 25)
C["snn-03487dbea07e"] = [
    ev("government_regains_territory", ("2015-07-22", "2015-07-23"), BARD, SOM, SHAB, fatalities=24),
    ev("armed_clash", ("2015-07-22", "2015-07-23"), BARD, SOM, SHAB, fatalities=24, optional=True),
]
GIANTS = actor("Al-Amaliqa Brigades", "Giants Brigades", "ألوية العمالقة", "المقاومة اليمنية", "القوات المشتركة",
               "المقاومة الوطنية", "قوات المقاومة الوطنية", "National Resistance", "Yemeni government forces")
HOU4 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين", "المتمردون", "المتمردين الحوثيين", "الميليشيات الحوثية")
COAL4 = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "طائرات التحالف", "طائرات التحالف العربي", "طائرات الأباتشي")
D9 = ("2018-09-08", "2018-09-09")
HOD = loc("Hodeidah (east of airport to Kilo 16)", "YE", 14.7966, 42.9452, 25)
VIL = loc("Hodeidah governorate villages (Juraiba/Mashaqina/Za'faran)", "YE", 14.55, 43.15, 60)
C["ant-SK-middleEast-3586-20180909"] = [
    ev("armed_clash", ("2018-09-09", "2018-09-09"), loc("Ad Durayhimi district", "YE", 14.6147, 43.0834, 30), GIANTS, HOU4),
    ev("government_regains_territory", ("2018-09-09", "2018-09-09"), loc("Kilo 16 area, east of Hodeidah", "YE", 14.83, 43.08, 25), GIANTS, HOU4, optional=True),
    ev("air_drone_strike", D9, HOD, COAL4, HOU4),
    ev("air_drone_strike", D9, loc("Hodeidah (Naval College, Al-Kathib)", "YE", 14.7966, 42.9452, 25), COAL4, HOU4, optional=True),
    ev("shelling_artillery_missile_attack", D9, VIL, HOU4, CIV, optional=True),
    ev("shelling_artillery_missile_attack", D9, VIL, HOU4, CIV, optional=True),
    ev("shelling_artillery_missile_attack", D9, VIL, HOU4, CIV, optional=True),
    ev("armed_clash", D9, loc("Al-Jah, Bayt al-Faqih district", "YE", 14.4668, 43.2899, 30), HOU4, GIANTS, fatalities=[2, 99], injured=[2, 99]),
    ev("armed_clash", D9, loc("Al-Husayniyah, Bayt al-Faqih district", "YE", 14.4668, 43.2899, 30), HOU4, GIANTS, optional=True),
    ev("shelling_artillery_missile_attack", D9, loc("Al-Jah villages, Bayt al-Faqih district", "YE", 14.4668, 43.2899, 30), HOU4, CIV, injured=5),
    ev("shelling_artillery_missile_attack", D9, loc("At Tuhayta", "YE", 14.1836, 43.2264, 25), HOU4, None),
]
C["ant-SK-internationalNews-1905-20180602"] = []
C["ant-SK-internationalNews-2168-20180616"] = []
C["snn-d4bdf0c0267b"] = []

C["snn-5c5aafd3b67e"] = []
C["snn-f1f3f720a992"] = []
C["ant-CN-middleEast-784-20180502"] = []
C["snn-9c792b97d385"] = []
IDF = actor("Israeli army", "IDF", "Israel Defense Forces", "جيش الاحتلال", "جيش الاحتلال الإسرائيلي", "الجيش الإسرائيلي", "Military Forces of Israel")
C["snn-22ad0aaa7899"] = [
    ev("attack", ("2015-07-26", "2015-07-27"), loc("Qalandiya refugee camp", "PS", 31.8627, 35.2071, 25), IDF,
       actor("Civilians", "شاباً فلسطينياً", "Palestinian civilians", "Palestinians"), fatalities=1),
]
C["snn-7beb3733a040"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-24"), loc("Najran", "SA", 17.4924, 44.1277, 25), None,
       actor("Civilians", "أحد المقيمين من الجنسية اليمنية", "المقيمين"), injured=1),
]

C["ant-SK-internationalNews-770-20180403"] = [
    ev("attack", ("2018-04-03", "2018-04-03"), loc("San Bruno (YouTube HQ), California", "US", 37.6305, -122.4111, 25), None,
       actor("Civilians", "YouTube employees"), injured=[2, 99], optional=True),
]
C["ant-SK-middleEast-3195-20180731"] = []
C["ant-SK-middleEast-3752-20181006"] = [
    ev("change_to_group_activity", ("2018-10-06", "2018-10-06"), loc("Idlib demilitarized zone", "SY", 35.93, 36.63, 100),
       actor("Syrian opposition", "المعارضة السورية", "جماعات المعارضة المسلحة", "المعارضة المسلحة", "National Front for Liberation", "الجبهة الوطنية للتحرير"),
       None, optional=True),
]
C["snn-ea2a9deeeb8d"] = []
C["ant-SK-internationalNews-153-20180226"] = []
C["ant-SK-internationalNews-1936-20180603"] = []

C["ant-CN-middleEast-1376-20180913"] = []
C["ant-SK-internationalNews-1565-20180514"] = []
C["snn-69d7a3ec9f3f"] = []
C["snn-68ff0c05ea29"] = []
C["snn-db7b7028552d"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-80.jsonl"))
