import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

IDF = actor("Israeli military", "Israel Defense Forces", "IDF", "الجيش الإسرائيلي", "قوات جيش الدفاع", "قوات الأمن", "جيش الدفاع")
PAL = actor("Palestinians", "فلسطينيا", "فلسطينيًا", "مطلوبًا فلسطينيًا", "Civilians")

C["ant-SK-economy-205-20180323"] = []
C["ant-CN-middleEast-1196-20180814"] = [
    ev("arrests", ("2018-08-13", "2018-08-13"), loc("Hebron", "PS", 31.5294, 35.0938, 25),
       actor("Israeli military", "IDF", "الجيش الإسرائيلي", "الشاباك", "Shin Bet", "Israel Security Agency"),
       actor("Palestinians", "مشتبه فيهما", "Civilians")),
    ev("arrests", ("2018-08-13", "2018-08-14"), loc("West Bank", "PS", 31.95, 35.25, 80),
       IDF, PAL, optional=True),
    ev("other", ("2018-08-13", "2018-08-14"), loc("Yatta", "PS", 31.4459, 35.0944, 25),
       IDF, None, optional=True),
    ev("air_drone_strike", ("2018-08-07", "2018-08-13"), loc("Saada", "YE", 16.9402, 43.7639, 50),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف"), actor("Civilians", "حافلة مدرسية"), optional=True),
]
C["snn-aea355b72350"] = []
C["snn-311c4b419601"] = []
C["ant-SK-middleEast-371-20180319"] = [
    ev("arrests", ("2018-02-19", "2018-02-19"), loc("Jerusalem", "IL", 31.769, 35.2163, 50),
       actor("Israeli security forces", "سلطات الأمن الإسرائيلية", "إسرائيل", "Israel"),
       actor("رومان فرانك", "Romain Franck", "Civilians"), optional=True),
]

C["snn-16670cdecbbd"] = []
C["ant-SK-economy-1170-20180812"] = []
C["ant-CN-internationalNews-375-20180522"] = []
C["snn-d3db098237b4"] = [
    ev("armed_clash", ("2015-07-17", "2015-07-22"), loc("Sabha", "LY", 27.0377, 14.4283, 25),
       actor("Tuareg militia", "Tuareg", "الطوارق", "مقاتلون من الطوارق"),
       actor("Tebu militia", "Toubou", "Tebu", "تبو", "قبيلة تبو"),
       fatalities=[29, 37], injured=[18, 22]),
]
PKK = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "مقاتلي حزب العمال الكردستاني", "مسلحون من حزب العمال الكردستاني", "المقاتلين الأكراد")
TRPOL = actor("Turkish police", "Police Forces of Turkey", "الشرطة", "مركبة للشرطة", "سيارة للشرطة", "Turkish security forces")
TRMIL = actor("Military Forces of Turkey", "Turkish army", "الجيش التركي", "موقع عسكري", "Turkey", "تركيا")
C["snn-0db21c2a1419"] = [
    ev("armed_clash", ("2015-08-08", "2015-08-09"), loc("Midyat", "TR", 37.4247, 41.3393, 25),
       PKK, TRPOL, fatalities=1, injured=1),
    ev("attack", ("2015-08-08", "2015-08-09"), loc("Midyat", "TR", 37.4247, 41.3393, 25),
       PKK, TRPOL, fatalities=1, injured=1, optional=True),
    ev("armed_clash", ("2015-08-08", "2015-08-09"), loc("Bulanik", "TR", 39.0866, 42.2716, 25),
       PKK, TRMIL, fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2015-08-08", "2015-08-09"), loc("Bulanik", "TR", 39.0866, 42.2716, 25),
       PKK, TRMIL, fatalities=0, injured=0, optional=True),
    ev("armed_clash", ("2015-08-06", "2015-08-08"), loc("Southeast Turkey", "TR", 37.9, 40.5, 300),
       actor("Turkish security forces", "قوات الأمن"), PKK, fatalities=6, optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("Northern Iraq", "IQ", 36.9, 43.5, 200),
       TRMIL, PKK, optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-08-09"), loc("Syria", "SY", None, None),
       actor("Turkish air force", "المقاتلات التركية", "Military Forces of Turkey"), actor("Islamic State", "ISIS", "داعش", "تنظيم داعش"), optional=True),
]

C["ant-SK-middleEast-2265-20180609"] = []
GZ = loc("Gaza border", "PS", 31.42, 34.38, 30)
ISR = actor("Israeli military", "Israel Defense Forces", "IDF", "القوات الاسرائيلية", "القوات الإسرائيلية", "إسرائيل")
PALP = actor("Protesters (Palestine)", "Palestinian protesters", "متظاهرين فلسطينيين", "الفلسطينيين", "آلاف الفلسطينيين", "Protesters")
C["ant-SK-middleEast-822-20180407"] = [
    ev("excessive_force_against_protesters", ("2018-04-06", "2018-04-06"), GZ, ISR, PALP, fatalities=7, injured=442),
    ev("protest_with_intervention", ("2018-04-06", "2018-04-06"), GZ, PALP, ISR, fatalities=7, injured=442, optional=True),
    ev("violent_demonstration", ("2018-04-06", "2018-04-06"), GZ, PALP, ISR, fatalities=7, injured=442, optional=True),
]
HOU = actor("Houthis", "Ansar Allah", "مليشيات الحوثي", "الحوثيين", "المليشيات الحوثية", "الميليشيات", "الحرس الجمهوري", "Republican Guard", "Saleh loyalists", "أنصار المخلوع صالح")
KSA = actor("Military Forces of Saudi Arabia", "Saudi forces", "القوات المشتركة", "القوات البرية السعودية", "طيران اﻷباتشي", "Saudi Arabia")
COAL = actor("Saudi-led coalition", "Arab Coalition", "قوات التحالف", "التحالف")
C["snn-535a25ab697b"] = [
    ev("armed_clash", ("2015-07-22", "2015-07-22"), loc("Al Harth", "SA", 16.7923, 43.15, 25), HOU, KSA),
    ev("armed_clash", ("2015-07-22", "2015-07-22"), loc("At Tuwal", "SA", 16.5294, 42.9676, 25), HOU, KSA),
    ev("shelling_artillery_missile_attack", ("2015-07-22", "2015-07-22"), loc("At Tuwal border crossing", "SA", 16.5294, 42.9676, 25),
       HOU, KSA, fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2015-07-21", "2015-07-21"), loc("Al Mughayra, Al Harth", "SA", 16.7923, 43.15, 30),
       None, actor("Civilians", "مقيمين اثنين من الجنسية اليمنية", "Yemeni residents"), injured=2),
    ev("shelling_artillery_missile_attack", ("2015-07-21", "2015-07-21"), loc("At Tuwal", "SA", 16.5294, 42.9676, 25),
       None, actor("Civilians", "مقيم من الجنسية المصرية"), injured=1),
    ev("air_drone_strike", ("2015-07-21", "2015-07-23"), loc("Saada province", "YE", 16.9402, 43.7639, 100), COAL, HOU, optional=True),
    ev("air_drone_strike", ("2015-07-21", "2015-07-23"), loc("Hajjah province", "YE", 15.6943, 43.6058, 100), COAL, HOU, optional=True),
]
C["snn-a347ad22b3f1"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-05", "2015-08-07"), loc("Rafah, al-Shaboura camp", "PS", 31.29, 34.25, 25),
       None, actor("Civilians", "فلسطينيين", "عائلة أبو نقيرة", "Palestinians"), fatalities=4, injured=30, optional=True),
]
C["snn-d3087ec9f8fe"] = [
    ev("suicide_bomb", ("2015-07-16", "2015-07-16"), loc("Al Ha'ir, Riyadh", "SA", 24.4051, 46.8414, 25),
       actor("عبد الله فهد الرشيد", "Islamic State", "ISIS"), actor("Saudi security forces", "رجال الأمن", "Police Forces of Saudi Arabia"), fatalities=1, optional=True),
    ev("attack", ("2015-07-16", "2015-07-16"), loc("Riyadh", "SA", 24.6877, 46.7219, 30),
       actor("عبد الله فهد الرشيد", "Islamic State", "ISIS"), actor("Civilians", "خاله"), fatalities=1, optional=True),
]

HOU2 = actor("Houthis", "Ansar Allah", "جماعة أنصار الله الحوثية", "الحوثيين", "الحوثيون", "مسلحي الحوثي", "المتمردين الحوثيين", "Saleh loyalists", "قوات عسكرية موالية للرئيس اليمني السابق علي عبد الله صالح")
RES = actor("Popular Resistance", "المقاومة الشعبية", "أفراد المقاومة الشعبية", "مقاتلي المقاومة الشعبية", "Pro-Hadi forces")
C["snn-73595c2afa39"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-19", "2015-07-20"), loc("Dar Saad", "YE", 12.9095, 44.9779, 25),
       HOU2, actor("Civilians", "المدنيين", "مدنيون", "أحياء سكنية"), fatalities=[90, 110], injured=[180, 220]),
    ev("armed_clash", ("2015-07-19", "2015-07-19"), loc("Al Qaidah, Ibb", "YE", 13.757, 44.136, 50), RES, HOU2),
    ev("air_drone_strike", ("2015-07-19", "2015-07-19"), loc("Yarim", "YE", 14.298, 44.378, 25),
       actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف العربي", "طيران التحالف"), HOU2, fatalities=13, injured=23),
    ev("armed_clash", ("2015-07-18", "2015-07-20"), loc("As Sahul, Ibb", "YE", 14.03, 44.18, 50), RES, HOU2, optional=True),
    ev("armed_clash", ("2015-07-18", "2015-07-20"), loc("Al Makhadir", "YE", 14.1222, 44.198, 25), RES, HOU2, optional=True),
]
SYG = actor("Syrian government forces", "Military Forces of Syria", "القوات الحكومية", "القوات الحكومية السورية")
SYO = actor("Syrian opposition", "Syrian rebels", "الفصائل المعارضة")
NASIB = loc("Nasib crossing", "SY", 32.5518, 36.1881, 25)
C["ant-SK-middleEast-3787-20181009"] = [
    ev("government_regains_territory", ("2018-07-01", "2018-07-31"), NASIB, SYG, SYO, optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-04-01", "2015-04-30"), NASIB, SYO, SYG, optional=True),
]
C["ant-CN-internationalNews-707-20181015"] = []
C["snn-990970006506"] = []
C["ant-SK-middleEast-1199-20180423"] = []

C["ant-CN-middleEast-759-20180429"] = []
C["snn-fc5f398f9fd5"] = []
C["snn-846059846cb2"] = []
C["snn-7a0cacab4a33"] = []
C["ant-SK-internationalNews-2165-20180616"] = []

SYRU = actor("Military Forces of Syria", "Syrian government forces", "القوات السورية", "قوات النظام", "Military Forces of Russia", "Russian forces", "القوات السورية والروسية", "الروس")
DARV = actor("Civilians", "مدنيا", "المدنيين", "Syrian opposition", "فصائل المعارضة المسلحة", "المعارضة السورية")
DARAA_TOWNS = [("Nawa", 32.89044, 36.0399), ("Kahil", 32.61908, 36.26675), ("Sahwat al Qamh", 32.59642, 36.36693),
    ("Al Mataiya", 32.49506, 36.29152), ("Umm al Mayadhin", 32.58501, 36.18975), ("Nasib", 32.5518, 36.18813),
    ("Al Ghariya al Gharbiya", 32.6869, 36.22534), ("An Nuaymah", 32.6331, 36.15656), ("Al Jizah", 32.56909, 36.31551),
    ("Sayda", 32.62944, 36.22626), ("Al Musayfirah", 32.63205, 36.33934), ("At Tayyibah", 32.56323, 36.24392),
    ("Tafas", 32.73564, 36.06694), ("Al Shaykh Saad", 32.83641, 36.03591), ("Busra al Sham", 32.52013, 36.48256),
    ("Al Yadudah", 32.67515, 36.05647), ("Ghariz", 32.60, 36.14)]
D = ("2018-06-30", "2018-07-01")
C["ant-SK-middleEast-2691-20180701"] = []
for name, la, lo in DARAA_TOWNS:
    C["ant-SK-middleEast-2691-20180701"].append(ev("air_drone_strike", D, loc(name, "SY", la, lo, 25), SYRU, DARV))
for name, la, lo in DARAA_TOWNS:
    C["ant-SK-middleEast-2691-20180701"].append(ev("shelling_artillery_missile_attack", D, loc(name, "SY", la, lo, 25),
        actor("Military Forces of Syria", "Syrian government forces", "قوات النظام", "الميليشيات الإيرانية", "Iranian militias"), DARV, optional=True))
C["ant-SK-middleEast-2691-20180701"] += [
    ev("air_drone_strike", D, loc("Tal al Saman, Daraa", "SY", 32.62, 36.10, 60), SYRU, DARV, optional=True),
    ev("shelling_artillery_missile_attack", D, loc("Tal al Saman, Daraa", "SY", 32.62, 36.10, 60), SYRU, DARV, optional=True),
]
C["snn-1d883b89953d"] = []
C["snn-1133d1f39571"] = []
HOU3 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "مليشيات الحوثي", "الميليشيات", "مسلحين من ميليشيات الحوثي")
COAL3 = actor("Saudi-led coalition", "Arab Coalition", "طائرات التحالف", "طائرات تحالف دعم الشرعية", "تحالف دعم الشرعية")
D3 = ("2018-04-20", "2018-04-22")
C["ant-SK-middleEast-1179-20180422"] = [
    ev("air_drone_strike", D3, loc("Sirwah", "YE", 15.4493, 45.0189, 30), COAL3, HOU3, fatalities=9),
    ev("air_drone_strike", D3, loc("Harad", "YE", 16.40965, 43.05883, 30), COAL3, HOU3),
    ev("air_drone_strike", D3, loc("Midi", "YE", 16.32101, 42.81299, 30), COAL3, HOU3),
    ev("air_drone_strike", D3, loc("Abs", "YE", 16.00295, 43.19725, 30), COAL3, HOU3),
    ev("armed_clash", D3, loc("Qaniya front, Al Bayda", "YE", 14.56, 45.29, 30),
       actor("Military Forces of Yemen", "Hadi government forces", "قوات الشرعية", "القوات الشرعية"), HOU3),
    ev("change_to_group_activity", D3, loc("Sirwah", "YE", 15.4493, 45.0189, 30), HOU3, None, optional=True),
]
NSI = loc("North Sinai", "EG", 31.1317, 33.7984, 100)
EGF = actor("Police Forces of Egypt", "Military Forces of Egypt", "مديرية أمن شمال سيناء", "القوات المسلحة", "Egyptian security forces")
C["snn-e50b95dde417"] = [
    ev("looting_property_destruction", ("2015-07-20", "2015-07-23"), NSI, EGF, actor("Takfiri militants", "العناصر التكفيرية", "Sinai Province", "Islamist militants"), optional=True),
    ev("arrests", ("2015-07-20", "2015-07-23"), NSI, EGF, actor("Muslim Brotherhood", "جماعة الإخوان", "عناصر جماعة الإخوان"), optional=True),
    ev("looting_property_destruction", ("2015-07-20", "2015-07-23"), loc("Rafah buffer zone", "EG", 31.2878, 34.2369, 25), EGF, None, optional=True),
]

PKK2 = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "عناصر حزب العمال الكردستاني", "مقاتلي حزب العمال الكردستاني")
TRA = actor("Military Forces of Turkey", "Turkish army", "الجيش التركي", "جندي", "Turkey", "أنقرة")
NIQ = loc("Northern Iraq", "IQ", 37.1, 43.9, 150)
C["ant-SK-internationalNews-1851-20180529"] = [
    ev("armed_clash", ("2018-05-27", "2018-05-29"), NIQ, PKK2, TRA, fatalities=1, optional=True),
    ev("air_drone_strike", ("2018-05-27", "2018-05-29"), NIQ, TRA, PKK2, optional=True),
]
C["snn-95ca1210e7a6"] = [
    ev("suicide_bomb", ("2015-07-25", "2015-07-25"), loc("Tuz Khurmatu", "IQ", 34.8881, 44.6326, 25),
       None, actor("Civilians", "شيعة الأقلية التركمانية", "Shia Turkmen", "الناس الأبرياء"), fatalities=12, injured=45),
    ev("suicide_bomb", ("2015-07-01", "2015-07-24"), loc("Diyala province", "IQ", 33.7352, 44.6078, 100),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "متشددي تنظيم داعش"), actor("Civilians"), fatalities=100, optional=True),
]
C["snn-d7fccfdce938"] = []
IQPRO = actor("Protesters (Iraq)", "Protesters", "المتظاهرين", "المحتجين", "تظاهرات")
IQSF = actor("Iraqi security forces", "Police Forces of Iraq", "القوات الأمنية", "عناصر القوات الأمنية")
C["ant-SK-middleEast-3023-20180721"] = []
for nm, la, lo in [("Diwaniyah", 31.99289, 44.92552), ("Najaf", 31.9892, 44.3291)]:
    L = loc(nm, "IQ", la, lo, 50); Dt = ("2018-07-20", "2018-07-20")
    C["ant-SK-middleEast-3023-20180721"] += [
        ev("violent_demonstration", Dt, L, IQPRO, IQSF, fatalities=1),
        ev("protest_with_intervention", Dt, L, IQPRO, IQSF, fatalities=1, optional=True),
        ev("excessive_force_against_protesters", Dt, L, IQSF, IQPRO, fatalities=1, optional=True),
    ]
C["snn-2ea47aa24d9c"] = [
    ev("abduction_forced_disappearance", ("2015-02-24", "2015-02-24"), loc("Sanaa", "YE", 15.4636, 44.2379, 25),
       actor("Unidentified armed group", "مسلحون"), actor("Civilians", "إيزابيل بريم", "Isabelle Prime", "شيرين مكاوي"), optional=True),
]

TAL = actor("Taliban", "حركة طالبان", "طالبان")
AFP = actor("Police Forces of Afghanistan", "Afghan police", "الشرطة الأفغانية", "طلاب أكاديمية الشرطة", "أكاديمية شرطة كابل", "مركز للشرطة")
C["snn-17f40c501571"] = [
    ev("suicide_bomb", ("2015-08-07", "2015-08-07"), loc("Kabul police academy", "AF", 34.52813, 69.17233, 25),
       None, AFP, fatalities=20),
    ev("remote_explosive_landmine_ied", ("2015-08-07", "2015-08-07"), loc("Shah Shaheed, Kabul", "AF", 34.53, 69.22, 25),
       None, actor("Civilians", "المصابون", "Afghan civilians"), fatalities=15, injured=[240, 400]),
    ev("armed_clash", ("2015-08-07", "2015-08-08"), loc("Kabul airport", "AF", 34.566, 69.212, 25), None, None, optional=True),
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Pul-e Alam", "AF", 33.99529, 69.02274, 25),
       TAL, AFP, fatalities=6),
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Northern Afghanistan", "AF", None, None), None, AFP, fatalities=6, optional=True),
    ev("attack", ("2015-08-06", "2015-08-06"), loc("Kandahar", "AF", 31.61332, 65.71013, 50), TAL, actor("Civilians"), optional=True),
    ev("armed_clash", ("2015-08-06", "2015-08-06"), loc("Kandahar", "AF", 31.61332, 65.71013, 50), TAL, None, optional=True),
]
C["ant-SK-middleEast-3921-20181017"] = [
    ev("air_drone_strike", ("2018-10-17", "2018-10-17"), loc("Beit Lahia", "PS", 31.5464, 34.49514, 25),
       actor("Israeli military", "Israel Defense Forces", "IDF", "الجيش الإسرائيلي", "طائراته", "إسرائيل"), actor("Palestinians", "فلسطيني", "Civilians"), fatalities=1, injured=3),
    ev("air_drone_strike", ("2018-10-16", "2018-10-17"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("Israeli military", "IDF", "الجيش الإسرائيلي"), None, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-10-16", "2018-10-17"), loc("Beersheba", "IL", 31.25181, 34.7913, 25),
       None, actor("Civilians", "منزل", "Israeli civilians", "إسرائيليين", "Israel"), injured=3),
]
C["ant-SK-middleEast-1786-20180518"] = []
C["ant-CN-middleEast-1379-20180913"] = [
    ev("non_state_actor_overtakes_territory", ("2018-06-01", "2018-06-30"), loc("Oil Crescent", "LY", 30.52, 18.57, 80),
       actor("إبراهيم الجضران", "Ibrahim Jadhran", "Jadhran militia", "قوات المليشيات بقيادة جضران", "Petroleum Facilities Guard"), None, optional=True),
]
SYG2 = actor("Syrian government forces", "Military Forces of Syria", "القوات الحكومية السورية", "طائرات القوات الحكومية السورية")
DOUMA = loc("Douma", "SY", 33.57175, 36.4027, 25)
C["ant-SK-middleEast-841-20180408"] = [
    ev("air_drone_strike", ("2018-04-07", "2018-04-07"), DOUMA, SYG2, actor("Civilians", "مدنيا", "المدنيين"), fatalities=[42, 53]),
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), DOUMA, SYG2, actor("Civilians", "المدنيين", "عشرات المدنيين"), fatalities=[11, 99], injured=70),
]

C["snn-ab533ff322dc"] = []
C["ant-SK-internationalNews-196-20180301"] = []
SEV = loc("Sevare", "ML", 14.53, -4.10, 50)
MLI = actor("Military Forces of Mali", "Malian army", "القوات المالية", "الجيش المالي", "القوات المسلحة المالية")
ATK = actor("Unidentified armed group", "المهاجمون", "ارهابيين", "إرهابيين", "Islamist militants")
C["snn-02397b3dcd51"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-08"), SEV, ATK, MLI, fatalities=12, injured=2),
    ev("attack", ("2015-08-07", "2015-08-08"), SEV, ATK, actor("Civilians", "رهائن", "foreigners", "اجنبيان"), fatalities=12, injured=2, optional=True),
    ev("abduction_forced_disappearance", ("2015-08-07", "2015-08-08"), SEV, ATK, actor("Civilians", "رهائن"), optional=True),
    ev("arrests", ("2015-08-07", "2015-08-07"), SEV, MLI, actor("سبعة مشتبه بهم", "suspects", "Islamist militants")),
]
C["snn-b76f6ed480a7"] = []
C["snn-999bc127c676"] = []

C["ant-SK-economy-172-20180319"] = []
C["snn-c4688aa2017e"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha", "SA", 18.2164, 42.5053, 25),
       None, actor("Police Forces of Saudi Arabia", "Saudi security forces", "رجال الأمن", "قوات الطوارئ", "رجل أمن", "Special Emergency Forces"), fatalities=17),
]
TRAF = actor("Turkish air force", "Military Forces of Turkey", "الطيران الحربي", "الحكومة التركية", "Turkey")
PKK4 = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "المتمردين الأكراد")
C["snn-4dab6ffc704d"] = [
    ev("air_drone_strike", ("2015-07-30", "2015-07-30"), loc("Northern Iraq", "IQ", 37.1, 43.9, 150), TRAF, PKK4, optional=True),
    ev("air_drone_strike", ("2015-07-30", "2015-07-30"), loc("Southeast Turkey", "TR", 37.6, 42.0, 250), TRAF, PKK4, optional=True),
]
C["snn-9cf37519ca6d"] = []
C["snn-23bca25291a3"] = []

C["snn-0a1bd7e1b85b"] = []
C["ant-SK-internationalNews-1637-20180518"] = []
C["snn-1a7e91c0b751"] = []
C["ant-SK-internationalNews-1858-20180530"] = [
    ev("attack", ("2018-05-29", "2018-05-29"), loc("Kyiv", "UA", 50.4501, 30.5234, 25),
       None, actor("Civilians", "Journalists", "أركادي بابشينكو", "Arkady Babchenko", "الصحفي الروسي", "المعارض والصحفي الروسي"), fatalities=1),
]
C["snn-b7d1ee76b8f5"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-28.jsonl"))
