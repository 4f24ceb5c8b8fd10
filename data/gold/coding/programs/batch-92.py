import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

GAZA = loc("Gaza Strip", "PS", 31.42, 34.38, 30)
ISR_ARMY = actor("Israeli army", "IDF", "Israeli Defense Forces", "الجيش الإسرائيلي")
PAL_PROT = actor("Palestinian protesters", "Protesters", "Palestinians", "الفلسطينيين", "فلسطينيا")

C["ant-SK-middleEast-849-20180408"] = [
    ev("attack", ("2018-04-08", "2018-04-08"), loc("Mishor Adumim", "PS", 31.79, 35.33, 25),
       actor("Palestinian", "فلسطيني", "الفلسطيني"),
       actor("Israeli civilians", "Civilians", "إسرائيلي", "الإسرائيلي"),
       fatalities=None, injured=1),
    ev("excessive_force_against_protesters", ("2018-04-06", "2018-04-06"), GAZA,
       ISR_ARMY, PAL_PROT, fatalities=10, injured=1354, optional=True),
]
C["ant-CN-middleEast-591-20180412"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government", "Syrian regime", "النظام السوري"), actor("Civilians"), optional=True),
]
C["snn-7905519ecd71"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), loc("At Tuwal", "SA", 16.52942, 42.96762, 25),
       actor("Houthis", "Ansar Allah", "حوثية", "الحوثيين"),
       actor("Saudi Mujahideen", "Saudi border forces", "المجاهدين", "Military Forces of Saudi Arabia"),
       fatalities=1, injured=1),
]
C["ant-SK-middleEast-2075-20180601"] = [
    ev("government_regains_territory", ("2018-05-30", "2018-06-01"), loc("Derna", "LY", 32.76704, 22.63669, 25),
       actor("Libyan National Army", "LNA", "الجيش الوطني الليبي", "الجيش الليبي", "القوات الليبية"),
       actor("Mujahideen Shura Council of Derna", "Derna Protection Force", "مجلس شورى مجاهدي درنة", "قوة حماية درنة"),
       fatalities=100),
    ev("armed_clash", ("2018-05-30", "2018-06-01"), loc("Derna", "LY", 32.76704, 22.63669, 25),
       actor("Libyan National Army", "LNA", "الجيش الوطني الليبي", "الجيش الليبي", "القوات الليبية"),
       actor("Mujahideen Shura Council of Derna", "Derna Protection Force", "مجلس شورى مجاهدي درنة", "قوة حماية درنة"),
       fatalities=100, optional=True),
]
C["ant-SK-technology-1217-20180731"] = []
C["ant-SK-middleEast-1736-20180516"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), GAZA,
       actor("Israeli authorities", "Israeli army", "السلطات الإسرائيلية"), PAL_PROT,
       fatalities=60, injured=[200, 999], optional=True),
]

C["snn-dd07bc31ae2d"] = []
C["snn-2a3671d0501d"] = []
C["ant-SK-internationalNews-2938-20180809"] = []
C["snn-6534eb4b686f"] = []
C["snn-69a22e665ddf"] = []
C["snn-aa8b071853f4"] = []
C["snn-324d44cdaeec"] = []
C["snn-784432c1d1e6"] = []
C["ant-SK-sport-427-20180324"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-23", "2018-03-23"), loc("Al-Fayhaa sports city, Al-Mazraa, Damascus", "SY", 33.52, 36.29, 25),
       actor("Rebels in Eastern Ghouta", "Syrian rebels", "المسلحين في الغوطة الشرقية", "المسلحين", "الإرهابيين"),
       actor("Civilians", "المدنيين", "لاعب فريق الجيش", "طفل"),
       fatalities=1, injured=7),
]
C["ant-CN-middleEast-1616-20181019"] = [
    ev("attack", ("2018-10-02", "2018-10-02"), loc("Istanbul", "TR", 41.019389, 28.982586, 25),
       None, actor("Jamal Khashoggi", "جمال خاشقجي", "Civilians"), fatalities=1, optional=True),
]
C["ant-SK-internationalNews-1580-20180514"] = [
    ev("chemical_weapon", ("2018-03-04", "2018-03-04"), loc("Salisbury", "GB", 51.07, -1.79, 25),
       None, actor("Sergei Skripal", "سيرغي سكريبال", "Civilians"), optional=True),
]
C["snn-f52480398c8e"] = []

C["ant-SK-technology-1296-20180810"] = []
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "مقاتلات التحالف", "قوات التحالف", "التحالف")
HOU = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "ميليشيات الحوثي الإيرانية")
JR = actor("Joint Resistance", "Yemeni government forces", "المقاومة المشتركة", "قوات المقاومة المشتركة", "المقاومة اليمنية المشتركة", "UAE armed forces", "القوات الإماراتية")
D7 = ("2018-06-07", "2018-06-07")
C["ant-SK-middleEast-2220-20180607"] = [
    ev("air_drone_strike", D7, loc("Bayt al-Faqih district", "YE", 14.466804, 43.289929, 30), COAL, HOU),
    ev("air_drone_strike", D7, loc("Ad Durayhimi district", "YE", 14.61471, 43.083391, 30), COAL, HOU),
    ev("air_drone_strike", D7, loc("Al Jarrahi", "YE", 14.13254, 43.38845, 25), COAL, HOU),
    ev("air_drone_strike", D7, loc("Al Husayniyah", "YE", 14.72659, 43.30357, 25), COAL, HOU),
    ev("shelling_artillery_missile_attack", D7, loc("Al Jarrahi", "YE", 14.13254, 43.38845, 25), COAL, HOU, optional=True),
    ev("shelling_artillery_missile_attack", D7, loc("Al Husayniyah", "YE", 14.72659, 43.30357, 25), COAL, HOU, optional=True),
    ev("armed_clash", ("2018-06-05", "2018-06-07"), loc("Ad Durayhimi district (al-Taif, al-Nakheela farms)", "YE", 14.61471, 43.083391, 30), JR, HOU, optional=True),
    ev("air_drone_strike", ("2018-06-05", "2018-06-07"), loc("Zabid", "YE", 14.196411, 43.316688, 25), COAL, HOU, optional=True),
    ev("air_drone_strike", ("2018-06-05", "2018-06-07"), loc("Al Hudaydah suburbs", "YE", 14.796625, 42.945213, 25), COAL, HOU, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-06-01", "2018-06-07"), loc("At Tuhayta", "YE", 14.18356, 43.22637, 25), COAL, HOU, optional=True),
]
BASRA = loc("Basra", "IQ", 30.53302, 47.79747, 25)
PROT_IQ = actor("Protesters", "متظاهرون", "المتظاهرين", "المتظاهرون الغاضبون", "محتجون", "المحتجين")
C["ant-SK-middleEast-3534-20180906"] = [
    ev("violent_demonstration", ("2018-09-05", "2018-09-06"), BASRA, PROT_IQ,
       actor("Iraqi security forces", "قوات الأمن العراقية", "قوات الأمن", "Hezbollah", "حزب الله", "Badr Organization", "منظمة بدر", "عصائب أهل الحق", "Asaib Ahl al-Haq", "حزب الفضيلة"),
       fatalities=3, injured=14),
    ev("looting_property_destruction", ("2018-09-05", "2018-09-06"), BASRA, PROT_IQ,
       actor("Badr Organization", "منظمة بدر", "عصائب أهل الحق", "Asaib Ahl al-Haq", "حزب الفضيلة", "Hezbollah", "ميليشيات حزب الله"), optional=True),
    ev("violent_demonstration", ("2018-09-04", "2018-09-05"), BASRA, PROT_IQ,
       actor("Iraqi security forces", "قوات الأمن العراقية", "قوات الأمن"), fatalities=7),
    ev("excessive_force_against_protesters", ("2018-09-04", "2018-09-05"), BASRA,
       actor("Iraqi security forces", "قوات الأمن العراقية", "قوات الأمن"), PROT_IQ, fatalities=7, optional=True),
]
C["snn-b29f09d881ec"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-07", "2015-08-07"), loc("Al-Harth", "SA", 16.792259, 43.14997, 25),
       actor("Houthis", "Ansar Allah", "مليشيات الحوثيين", "الحوثيين"), actor("Civilians", "مواطنين", "المواطنين"), injured=4),
    ev("shelling_artillery_missile_attack", ("2015-08-07", "2015-08-07"), loc("Yemen border opposite Al-Harth", "YE", 16.75, 43.2, 60),
       actor("Saudi forces", "Military Forces of Saudi Arabia", "القوات السعودية"), actor("Houthis", "مليشيات الحوثيين"), optional=True),
    ev("air_drone_strike", ("2015-08-07", "2015-08-07"), loc("Yemen border opposite Al-Harth", "YE", 16.75, 43.2, 60),
       actor("Saudi forces", "Military Forces of Saudi Arabia", "القوات السعودية", "طائرات الأباتشي"), actor("Houthis", "مليشيات الحوثيين"), optional=True),
]
C["snn-6565226f1e57"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), actor("Civilians", "طلاب"),
       fatalities=30, injured=[90, 110]),
    ev("remote_explosive_landmine_ied", ("2015-07-20", "2015-07-20"), loc("Kobani (south)", "SY", 36.86, 38.35, 25),
       None, actor("YPG", "People's Protection Units", "Kurdish fighters", "مقاتلين اكراد", "وحدات حماية الشعب الكردية")),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Kobani (south)", "SY", 36.86, 38.35, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش"), actor("YPG", "People's Protection Units", "Kurdish fighters", "مقاتلين اكراد"), optional=True),
]
C["snn-cb0aa68c0e74"] = []

C["ant-SK-sport-2428-20180809"] = []
C["ant-SK-middleEast-1820-20180520"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), GAZA,
       actor("Israeli forces", "Israeli army", "القوات الإسرائيلية"), actor("Palestinian protesters", "Protesters", "متظاهرا فلسطينيا"),
       fatalities=60, optional=True),
]
C["snn-3dda22ab6de2"] = []
C["ant-CN-middleEast-856-20180509"] = []
C["snn-fb30b7f177cd"] = []
REG = actor("Syrian government forces", "Syrian regime", "قوات النظام", "جيش النظام", "النظام", "نظام بشار الأسد")
REB_D = actor("Syrian rebels", "Southern Front", "Free Syrian Army", "مقاتلي المعارضة", "مقاتلو المعارضة", "المعارضة", "الجبهة الجنوبية", "Jabhat al-Nusra", "جبهة النصرة", "الجيش الحر")
CIVR = actor("Civilians", "Syrian rebels", "المعارضة", "الجيش الحر")
Y = ("2015-07-25", "2015-07-25")
REB_L = actor("Syrian rebels", "Jabhat al-Nusra", "جبهة النصرة", "Ahrar al-Sham", "أحرار الشام", "الفرقة الثانية الساحلية", "2nd Coastal Division", "قوات المعارضة السورية المسلحة", "فصائل المعارضة المسلحة", "قوات المعارضة")
C["snn-574c30824483"] = [
    ev("armed_clash", Y, loc("Daraa (al-Mahatta security square)", "SY", 32.61889, 36.10213, 25), REB_D, REG,
       fatalities=[1, 99], injured=[1, 99]),
    ev("shelling_artillery_missile_attack", Y, loc("Daraa (Daraa al-Balad, Tariq al-Sad)", "SY", 32.61889, 36.10213, 25), REG, CIVR),
    ev("shelling_artillery_missile_attack", Y, loc("An Nu'aymah", "SY", 32.6331, 36.15656, 25), REG, CIVR),
    ev("shelling_artillery_missile_attack", Y, loc("Al Yadudah", "SY", 32.67515, 36.05647, 25), REG, CIVR),
    ev("shelling_artillery_missile_attack", Y, loc("Busra al-Sham", "SY", 32.52013, 36.48256, 25), REG, CIVR),
    ev("air_drone_strike", ("2015-07-25", "2015-07-26"), loc("Daraa countryside", "SY", 32.85305, 36.223056, 100),
       actor("Syrian government forces", "Syrian regime", "النظام", "البراميل المتفجرة"), CIVR, optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-07-24", "2015-07-26"), loc("Jurat al-Ma hill, Jabal al-Turkman", "SY", 35.72037, 36.00651, 25),
       REB_L, REG),
    ev("armed_clash", ("2015-07-24", "2015-07-26"), loc("Jurat al-Ma hill, Jabal al-Turkman", "SY", 35.72037, 36.00651, 25),
       REB_L, REG, optional=True),
    ev("armed_clash", ("2015-07-23", "2015-07-24"), loc("Beit Faris / Bayn Halabiyah, Latakia countryside", "SY", 35.75, 36.03, 40),
       REG, REB_L, optional=True),
    ev("armed_clash", ("2015-07-19", "2015-07-26"), loc("Az Zabadani", "SY", 33.72488, 36.1005, 25),
       actor("Syrian government forces", "قوات النظام", "Hezbollah", "مليشيا حزب الله اللبناني", "حزب الله"), actor("Syrian rebels"), optional=True),
]

C["ant-CN-middleEast-938-20180515"] = []
EGSF = actor("Egyptian security forces", "Military Forces of Egypt", "قوات أمن شمال سيناء", "القوات المسلحة", "الجيش المصري")
EGMIL = actor("Militants", "العناصر المسلحة", "التكفيريين", "مسلحون")
DS = ("2015-08-06", "2015-08-08")
C["snn-e4aee6540351"] = [
    ev("armed_clash", DS, loc("South of Sheikh Zuweid", "EG", 31.2163, 34.11074, 25), EGSF, EGMIL, optional=True),
    ev("armed_clash", DS, loc("South of Rafah", "EG", 31.28204, 34.23869, 25), EGSF, EGMIL, optional=True),
    ev("armed_clash", DS, loc("East of Al-Arish", "EG", 31.13159, 33.79844, 25), EGSF, EGMIL, optional=True),
]
C["ant-SK-internationalNews-3036-20180816"] = [
    ev("chemical_weapon", ("2017-02-13", "2017-02-13"), loc("Kuala Lumpur airport", "MY", 2.7456, 101.7072, 25),
       actor("North Korean agents"), actor("Kim Jong Nam", "كيم جونغ نام"), fatalities=1, optional=True),
]
C["snn-5e2a47b50b99"] = []
C["snn-cc5c149ea8b9"] = []
C["ant-SK-middleEast-2947-20180717"] = [
    ev("protest_with_intervention", ("2018-07-17", "2018-07-17"), loc("Zubair oil field", "IQ", 30.39213, 47.70174, 25),
       actor("Protesters", "محتجا", "المحتجون", "المتظاهرين"), actor("Iraqi police", "الشرطة العراقية", "Police Forces of Iraq")),
    ev("violent_demonstration", ("2018-07-10", "2018-07-17"), loc("Basra", "IQ", 30.53302, 47.79747, 25),
       actor("Protesters", "المحتجون"), None, optional=True),
]

C["snn-9c5d9cda4b53"] = [
    ev("looting_property_destruction", ("2015-03-26", "2015-08-06"), loc("Zabid", "YE", 14.196411, 43.316688, 25),
       actor("Houthis", "Ansar Allah", "مليشيات الحوثي", "الحوثيين"), None, optional=True),
]
HOU2 = actor("Houthis", "Ansar Allah", "مليشيات الحوثي الإيرانية", "ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "الحوثيين", "الميليشيات")
COAL2 = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "مقاتلات التحالف العربي", "التحالف")
GOVY = actor("Yemeni government forces", "Forces loyal to Hadi", "قوات الشرعية", "الشرعية")
D3 = ("2018-02-22", "2018-02-24")
C["ant-SK-middleEast-63-20180224"] = [
    ev("air_drone_strike", ("2018-02-24", "2018-02-24"), loc("As Safra, Saada", "YE", 16.84, 43.75, 30), COAL2,
       actor("Houthis", "Ansar Allah", "مليشيات الحوثي الإيرانية", "عبدالملك مقبل طاوس أبو طه"), fatalities=[3, 100]),
    ev("armed_clash", D3, loc("Al Jarrahi junction", "YE", 14.13254, 43.38845, 30), GOVY, HOU2),
    ev("armed_clash", D3, loc("North of Hays", "YE", 13.9317, 43.4831, 25), GOVY, HOU2),
    ev("armed_clash", D3, loc("Jabal Ras district", "YE", 14.038334, 43.615149, 30), GOVY, HOU2, optional=True),
    ev("air_drone_strike", D3, loc("East of Al Jarrahi", "YE", 14.13254, 43.38845, 25), COAL2, HOU2),
    ev("air_drone_strike", D3, loc("Jabal Ras", "YE", 14.038334, 43.615149, 30), COAL2, HOU2),
    ev("armed_clash", ("2018-02-23", "2018-02-24"), loc("East of Taiz city", "YE", 13.586892, 44.015847, 25), GOVY, HOU2,
       fatalities=20, injured=[2, 99]),
]
C["snn-f495c0e9c1d9"] = [
    ev("suicide_bomb", ("2015-08-04", "2015-08-08"), loc("Abha (Emergency Forces mosque)", "SA", 18.2164, 42.5053, 25),
       actor("Yousef al-Sulaiman", "يوسف السليمان", "Islamic State"), actor("Saudi Emergency Forces", "Military Forces of Saudi Arabia"), optional=True),
]
C["snn-4d06d86b5662"] = []
C["ant-CN-middleEast-1210-20180814"] = [
    ev("air_drone_strike", ("2018-08-09", "2018-08-09"), loc("Saada", "YE", 16.94021, 43.76394, 50),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "التحالف العربي الذي تقوده المملكة"),
       actor("Civilians", "مدنيين", "الأطفال", "عشرات الأطفال"), fatalities=[10, 99]),
    ev("arrests", ("2018-08-14", "2018-08-14"), loc("West Bank", "PS", 31.95, 35.25, 60),
       actor("Israeli army", "IDF", "الجيش الإسرائيلي"), actor("Palestinians", "فلسطينيا"), optional=True),
]
C["snn-d5ab9010f902"] = []

C["ant-SK-middleEast-305-20180315"] = []
WB = loc("West Bank", "PS", 31.95, 35.25, 60)
SETTLERS = actor("Israeli settlers", "Jewish settlers", "المستوطنون", "مستوطنون يهود")
C["snn-5d774b4c620e"] = [
    ev("attack", ("2015-07-29", "2015-08-02"), WB, SETTLERS, actor("Civilians", "عائلة فلسطينية", "Palestinians"), fatalities=1, optional=True),
]
C["snn-c7e99e4ff72c"] = [
    ev("attack", ("2015-07-31", "2015-07-31"), loc("Northern Gaza Strip border fence", "PS", 31.55, 34.52, 25),
       actor("Israeli army", "IDF", "جنود إسرائيليون", "جنوداً إسرائيليين", "الجنود"), actor("Civilians", "Palestinians", "صبياً فلسطينياً", "فلسطينياً"),
       fatalities=1),
    ev("excessive_force_against_protesters", ("2015-07-31", "2015-07-31"), loc("Northern Gaza Strip border fence", "PS", 31.55, 34.52, 25),
       actor("Israeli army", "IDF", "جنود إسرائيليون", "الجنود"), actor("Protesters", "Palestinians", "المشتبه بهم"),
       fatalities=1, optional=True),
    ev("attack", ("2015-07-31", "2015-07-31"), WB, SETTLERS, actor("Civilians", "طفل فلسطيني", "Palestinians"), fatalities=1, optional=True),
]
JF = actor("Yemeni joint forces", "Yemeni government forces", "القوات اليمنية المشتركة", "القوات المشتركة", "Giants Brigades", "ألوية العمالقة")
HOU3 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "الحوثيين", "المتمردون")
DJ = ("2018-06-22", "2018-06-24")
C["ant-SK-middleEast-2578-20180624"] = [
    ev("armed_clash", DJ, loc("West of al-Mujaylis, At Tuhayta district", "YE", 14.12, 43.14, 30), JF, HOU3),
    ev("armed_clash", DJ, loc("Al Jah, Bayt al-Faqih district", "YE", 14.45, 43.15, 40), JF, HOU3, optional=True),
    ev("armed_clash", DJ, loc("North of Al Khawkhah (coastal line)", "YE", 13.85, 43.24, 40), JF, HOU3, optional=True),
    ev("looting_property_destruction", DJ, loc("Al Hudaydah port", "YE", 14.83, 42.93, 25), HOU3, None, optional=True),
]
C["ant-SK-internationalNews-1569-20180514"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-92.jsonl"))
