import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

ISR = lambda *x: actor("Israeli army", "Israel Defense Forces", "IDF", "Israeli forces", *x)
PAL = actor("Palestinians", "Civilians", "فلسطينيين", "الفلسطينيين", "فلسطيني")
GAZA = loc("Gaza Strip (eastern border)", "PS", 31.42, 34.37, 30)

C["snn-9b571741e0c0"] = []
C["ant-SK-middleEast-3018-20180720"] = [
    ev("shelling_artillery_missile_attack", ("2018-07-20", "2018-07-20"),
       loc("East of Rafah", "PS", 31.29, 34.27, 25),
       ISR("الجيش الإسرائيلي", "قذيفة مدفعية إسرائيلية", "المدفعية الإسرائيلية"), PAL, fatalities=1),
    ev("shelling_artillery_missile_attack", ("2018-07-20", "2018-07-20"),
       loc("Khuza'a (east of Khan Younis)", "PS", 31.30, 34.356, 25),
       ISR("مدفعية الاحتلال", "المدفعية الإسرائيلية", "الجيش الإسرائيلي"), PAL, fatalities=2, injured=[2, 99]),
    ev("air_drone_strike", ("2018-07-20", "2018-07-20"),
       loc("Juhor ad-Dik", "PS", 31.457, 34.428, 25),
       ISR("الطيران الحربي الإسرائيلي", "Israeli Air Force", "الجيش الإسرائيلي"), None),
    ev("excessive_force_against_protesters", ("2018-07-20", "2018-07-20"),
       loc("East of Gaza City (Gaza border)", "PS", 31.50, 34.48, 30),
       actor("Protesters", "Palestinian protesters", "الفلسطينيين", "مسيرة العودة", "Palestinians"),
       ISR("الجيش الإسرائيلي"), fatalities=1, injured=120),
    ev("protest_with_intervention", ("2018-07-20", "2018-07-20"),
       loc("East of Gaza City (Gaza border)", "PS", 31.50, 34.48, 30),
       actor("Protesters", "Palestinian protesters", "الفلسطينيين", "مسيرة العودة", "Palestinians"),
       ISR("الجيش الإسرائيلي"), fatalities=1, injured=120, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-07-20", "2018-07-20"), GAZA,
       ISR("المدفعية الإسرائيلية", "الدبابات"), None, optional=True),
    ev("air_drone_strike", ("2018-07-20", "2018-07-20"), GAZA,
       ISR("الطائرات", "الجيش الإسرائيلي"), None, optional=True),
    ev("armed_clash", ("2018-07-20", "2018-07-20"), GAZA,
       actor("Palestinian militants", "Hamas", "مسلحين فلسطينيين"), ISR("جنودا", "الجيش الإسرائيلي"), optional=True),
]
C["ant-SK-middleEast-2410-20180615"] = [
    ev("armed_clash", ("2018-06-13", "2018-06-15"), loc("Al Hudaydah", "YE", 14.80, 42.95, 30),
       actor("Yemeni joint forces", "القوات المشتركة", "القوات اليمنية المشتركة", "Yemeni government forces", "Saudi-led coalition", "التحالف"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية"), optional=True),
]
C["snn-d06a6b85e715"] = []
C["ant-SK-internationalNews-2445-20180702"] = []
C["ant-SK-middleEast-1703-20180514"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), GAZA,
       actor("Protesters", "Palestinian protesters", "المتظاهرين الفلسطينيين", "المحتجين الفلسطينيين", "مسيرة العودة", "Palestinians"),
       ISR("القوات الإسرائيلية", "قوات الاحتلال الإسرائيلي", "الجيش الإسرائيلي", "جنود إسرائيليين"),
       fatalities=58, injured=2771),
    ev("protest_with_intervention", ("2018-05-14", "2018-05-14"), GAZA,
       actor("Protesters", "Palestinian protesters", "المتظاهرين الفلسطينيين", "المحتجين الفلسطينيين", "مسيرة العودة", "Palestinians"),
       ISR("القوات الإسرائيلية", "قوات الاحتلال الإسرائيلي", "الجيش الإسرائيلي"), fatalities=58, injured=2771, optional=True),
]

C["snn-6da677c2b102"] = []
C["ant-SK-middleEast-998-20180413"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.572, 36.403, 25),
       actor("Syrian government forces", "قوات الحكومة السورية", "Syrian Arab Army"), None, optional=True),
]
C["snn-42e3c8f9f9c3"] = [
    ev("abduction_forced_disappearance", ("2015-07-25", "2015-07-25"), loc("Yemen (unspecified, south)", "YE", None, None),
       actor("Southern separatist forces", "القوى الانفصالية الجنوبية", "Southern Movement", "Popular Resistance", "المقاومة الشعبية"),
       actor("Houthis", "Ansar Allah", "حركة الحوثي", "جماعة الحوثي", "عبد الخالق الحوثي", "الحوثيين"), optional=True),
]
C["ant-CN-middleEast-643-20180415"] = [
    ev("air_drone_strike", ("2018-04-13", "2018-04-15"), loc("Syria", "SY", None, None),
       actor("United States", "United Kingdom", "France", "الولايات المتحدة", "بريطانيا", "فرنسا"), actor("Syrian government", "Syrian government forces"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-13", "2018-04-15"), loc("Syria", "SY", None, None),
       actor("United States", "United Kingdom", "France", "الولايات المتحدة", "بريطانيا", "فرنسا"), actor("Syrian government", "Syrian government forces"), optional=True),
]
C["ant-SK-middleEast-2205-20180606"] = []

REG = actor("Syrian government forces", "Syrian Arab Army", "قوات النظام", "قوات الأسد", "قوات النظام السوري")
REB = actor("Syrian opposition", "Syrian rebels", "قوات المعارضة السورية", "الثوار", "جيش الفتح", "Jaish al-Fatah")
REGAIR = actor("Syrian government forces", "Syrian Air Force", "طيران نظام الأسد الحربي", "قوات الأسد", "قوات النظام")
C["snn-9938755ee259"] = [
    ev("government_regains_territory", ("2015-08-02", "2015-08-02"), loc("Tall A'war", "SY", 35.737, 36.383, 25), REG, REB),
    ev("government_regains_territory", ("2015-08-02", "2015-08-02"), loc("Furaykah (Idlib)", "SY", 35.760, 36.360, 25), REG, REB),
    ev("armed_clash", ("2015-08-01", "2015-08-02"), loc("Tall A'war", "SY", 35.737, 36.383, 25), REG, REB, fatalities=[0, 30], optional=True),
    ev("armed_clash", ("2015-08-01", "2015-08-02"), loc("Furaykah (Idlib)", "SY", 35.760, 36.360, 25), REG, REB, fatalities=[0, 30], optional=True),
    ev("air_drone_strike", ("2015-07-27", "2015-08-02"), loc("Tall A'war", "SY", 35.737, 36.383, 25), REGAIR, REB, optional=True),
    ev("air_drone_strike", ("2015-07-27", "2015-08-02"), loc("Furaykah (Idlib)", "SY", 35.760, 36.360, 25), REGAIR, REB, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-27", "2015-08-02"), loc("Tall A'war", "SY", 35.737, 36.383, 25), REG, REB, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-27", "2015-08-02"), loc("Furaykah (Idlib)", "SY", 35.760, 36.360, 25), REG, REB, optional=True),
    ev("government_regains_territory", ("2015-08-01", "2015-08-01"), loc("Zayzun thermal power station", "SY", 35.715, 36.356, 25), REG, REB),
    ev("government_regains_territory", ("2015-08-01", "2015-08-01"), loc("Az-Ziyadiyah (Sahl al-Ghab)", "SY", 35.715, 36.356, 25), REG, REB),
    ev("government_regains_territory", ("2015-08-01", "2015-08-01"), loc("Fathat al-Sadd (Sahl al-Ghab)", "SY", 35.715, 36.356, 25), REG, REB),
    ev("shelling_artillery_missile_attack", ("2015-08-01", "2015-08-03"), loc("Kafraya", "SY", 35.990, 36.678, 25), REB,
       actor("Civilians", "Kafraya residents", "كفريا", "قريتي كفريا والفوعة")),
    ev("shelling_artillery_missile_attack", ("2015-08-01", "2015-08-03"), loc("Al-Fu'ah", "SY", 35.983, 36.704, 25), REB,
       actor("Civilians", "Fu'ah residents", "الفوعة", "قريتي كفريا والفوعة")),
    ev("shelling_artillery_missile_attack", ("2015-08-01", "2015-08-03"), loc("Abu al-Duhur military airport", "SY", 35.732, 37.104, 25), REB, REG),
    ev("shelling_artillery_missile_attack", ("2015-08-01", "2015-08-03"), loc("Muhambal", "SY", 35.787, 36.472, 25), REG,
       actor("Civilians", "المدنيين")),
    ev("shelling_artillery_missile_attack", ("2015-08-01", "2015-08-03"), loc("Juzif (Jabal al-Zawiya)", "SY", 35.718, 36.477, 25), REG,
       actor("Civilians", "المدنيين")),
]

C["snn-91880053294c"] = []
NUKH = actor("Hadrami Elite Forces", "قوات النخبة الحضرمية", "Yemeni government forces", "قوات تحالف دعم الشرعية")
AQAP = actor("AQAP", "Al-Qaeda in the Arabian Peninsula", "Al-Qaeda", "القاعدة", "مسلحي القاعدة", "تنظيم القاعدة")
C["ant-SK-middleEast-1300-20180428"] = [
    ev("armed_clash", ("2018-04-28", "2018-04-28"), loc("Daw'an district", "YE", 15.056, 48.331, 30), NUKH, AQAP, optional=True),
    ev("armed_clash", ("2018-04-28", "2018-04-28"), loc("Ad-Dulay'ah district", "YE", 14.999, 47.910, 30), NUKH, AQAP, optional=True),
    ev("armed_clash", ("2018-04-28", "2018-04-28"), loc("Yabuth district", "YE", 14.720, 47.749, 30), NUKH, AQAP, optional=True),
    ev("armed_clash", ("2018-04-28", "2018-04-28"), loc("Hajr district", "YE", 14.486, 48.290, 30), NUKH, AQAP, optional=True),
]
C["ant-SK-middleEast-2324-20180611"] = [
    ev("armed_clash", ("2018-06-04", "2018-06-11"), loc("Al Hudaydah governorate", "YE", 14.80, 42.95, 100),
       actor("Joint Resistance forces", "قوات المقاومة المشتركة", "المقاومة المشتركة", "Yemeni government forces", "UAE armed forces", "القوات المسلحة الإماراتية", "Saudi-led coalition"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين"), optional=True),
]
C["ant-SK-middleEast-2087-20180601"] = [
    ev("air_drone_strike", ("2018-05-10", "2018-05-10"), loc("Syria", "SY", None, None),
       actor("Israel", "Israeli Air Force", "Israeli army", "الضربة الإسرائيلية"),
       actor("Islamic Revolutionary Guard Corps", "IRGC", "الحرس الثوري الإيراني", "Iran", "القوات الإيرانية"), optional=True),
]
C["ant-SK-internationalNews-2239-20180620"] = []
C["snn-ab8c3476bc31"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha (Special Emergency Forces mosque)", "SA", 18.23, 42.50, 25),
       actor("يوسف بن سليمان", "يوسف السليمان", "انتحاري", "Suicide bomber", "Islamic State", "ISIS", "Daesh"),
       actor("Saudi Special Emergency Forces", "قوة الطوارئ الخاصة", "قوات الطوارئ", "Saudi security forces", "رجال الأمن", "المصلين"),
       fatalities=15, injured=33),
]

C["ant-SK-middleEast-2563-20180624"] = [
    ev("armed_clash", ("2018-06-22", "2018-06-24"), loc("Derna (al-Maghar district)", "LY", 32.767, 22.637, 25),
       actor("Libyan National Army", "LNA", "الجيش الوطني الليبي", "الجيش الليبي", "قوات الجيش الليبي", "Haftar forces"),
       actor("Al-Qaeda", "تنظيم القاعدة", "القاعدة", "Derna Mujahideen Shura Council", "Derna Protection Force", "الميليشيا")),
]
C["ant-CN-middleEast-93-20180225"] = []
C["ant-SK-internationalNews-1323-20180502"] = []
C["ant-SK-internationalNews-1616-20180517"] = []
C["ant-SK-middleEast-2602-20180627"] = []
C["ant-CN-middleEast-68-20180223"] = [
    ev("armed_clash", ("2018-02-01", "2018-02-10"), loc("Northern/eastern Syria", "SY", None, None),
       actor("Russian mercenaries", "مرتزقة روس", "Wagner Group", "Pro-regime forces", "القوات الموالية للنظام"),
       actor("Syrian Democratic Forces", "SDF", "قوات سوريا الديمقراطية"), optional=True),
    ev("air_drone_strike", ("2018-02-01", "2018-02-10"), loc("Northern/eastern Syria", "SY", None, None),
       actor("United States", "US military", "الولايات المتحدة الأمريكية", "US-led coalition"),
       actor("Russian mercenaries", "Russian military contractors", "المتعاقدين العسكريين الروس", "Wagner Group", "Pro-regime forces", "القوات الموالية للنظام"),
       fatalities=[2, 99], optional=True),
]

C["snn-d1fe5326593b"] = []
C["snn-7deb23cff9d7"] = []
C["snn-dab1ca92fee8"] = []
C["snn-84b84a8b4d5c"] = [
    ev("armed_clash", ("2015-07-14", "2015-07-21"), loc("Ramadi", "IQ", 33.42, 43.30, 25),
       actor("Iraqi security forces", "القوات العراقية", "Iraqi army"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), optional=True),
    ev("air_drone_strike", ("2015-07-14", "2015-07-21"), loc("Ramadi", "IQ", 33.42, 43.30, 25),
       actor("US-led coalition", "الطيران الأميركي", "United States"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), optional=True),
]
ISRAM = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "تنظيم الدولة", "عناصر تنظيم داعش")
C["snn-57b05650ce70"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-19", "2015-07-24"), loc("Ramadi Olympic Stadium (18 km area)", "IQ", 33.42, 43.28, 25),
       ISRAM, None),
    ev("looting_property_destruction", ("2015-07-19", "2015-07-24"), loc("Ramadi Olympic Stadium (18 km area)", "IQ", 33.42, 43.28, 25),
       ISRAM, None, optional=True),
]
C["ant-SK-technology-660-20180512"] = []

C["ant-SK-middleEast-2255-20180609"] = []
C["snn-ca60a165124a"] = [
    ev("suicide_bomb", ("2015-08-07", "2015-08-07"), loc("Shah Shahid, Kabul", "AF", 34.52, 69.21, 25),
       None, actor("Civilians", "المدنيين", "سكان حي شهيد"), fatalities=8, injured=128),
    ev("remote_explosive_landmine_ied", ("2015-08-07", "2015-08-07"), loc("Shah Shahid, Kabul", "AF", 34.52, 69.21, 25),
       None, actor("Civilians", "المدنيين", "سكان حي شهيد"), fatalities=8, injured=128, optional=True),
    ev("attack", ("2015-08-06", "2015-08-06"), loc("Kandahar", "AF", 31.61, 65.71, 50),
       actor("Taliban", "طالبان", "حركة طالبان"), None, fatalities=[0, 9], optional=True),
    ev("attack", ("2015-08-06", "2015-08-06"), loc("Logar province", "AF", 33.99, 69.02, 100),
       actor("Taliban", "طالبان", "حركة طالبان"), None, fatalities=[0, 9], optional=True),
]
TRSEC = actor("Turkish security forces", "قوات الأمن التركية", "فرق الأمن التركية", "Turkish police")
C["snn-b0b7f830ac41"] = [
    ev("arrests", ("2015-07-25", "2015-07-25"), loc("Istanbul", "TR", 41.02, 28.98, 25), TRSEC,
       actor("Islamic State", "ISIS", "Daesh", "داعش", "خالص بايانجوك", "أبو حنظلة")),
    ev("arrests", ("2015-07-23", "2015-07-26"), loc("Turkey", "TR", None, None), TRSEC,
       actor("Islamic State", "ISIS", "Daesh", "داعش", "PKK", "حزب العمال الكردستاني", "DHKP-C", "جبهة حزب التحرير الشعبي الثوري", "عبدالله عبداللاييف"),
       optional=True),
]
C["ant-SK-middleEast-1106-20180417"] = [
    ev("shelling_artillery_missile_attack", ("2003-09-01", "2003-12-31"), loc("Al-Zuhur (Gypsy village) near Diwaniyah", "IQ", 31.99, 44.93, 50),
       actor("Militant factions", "فصائل متشددة مسلحة", "فصائل مسلحة متشددة"), actor("Kawliya", "Civilians", "الكاولية"), optional=True),
]
C["ant-SK-middleEast-904-20180410"] = []
C["snn-5b1ef5b1a207"] = []

C["ant-SK-internationalNews-908-20180412"] = []
C["snn-3c7993ef8310"] = []
C["snn-c590920ec945"] = [
    ev("armed_clash", ("2015-08-06", "2015-08-08"), loc("Maymana, Sinnuris (Fayoum-Cairo road)", "EG", 29.418, 30.824, 25),
       actor("Unidentified gunmen", "مسلحين", "Unidentified armed group"),
       actor("Egyptian police", "شرطي", "الشرطة المصرية", "Police Forces of Egypt"), fatalities=1, injured=3),
    ev("attack", ("2015-08-06", "2015-08-08"), loc("Maymana, Sinnuris (Fayoum-Cairo road)", "EG", 29.418, 30.824, 25),
       actor("Unidentified gunmen", "مسلحين", "Unidentified armed group"),
       actor("Egyptian police", "شرطي", "الشرطة المصرية", "Police Forces of Egypt"), fatalities=1, injured=3, optional=True),
]
C["ant-SK-middleEast-949-20180411"] = []
C["snn-b4dadda5afd9"] = []
JOSEC = actor("Jordanian security forces", "الجيش الأردني", "الأمن", "المخابرات", "Jordanian army", "General Intelligence Directorate", "الأجهزة الأمنية")
SALTM = actor("Islamist militants", "الإرهابيين", "إرهابيو السلط", "Islamic State", "ISIS", "داعش")
C["ant-SK-middleEast-3397-20180813"] = [
    ev("armed_clash", ("2018-08-10", "2018-08-13"), loc("As-Salt", "JO", 32.039, 35.727, 25), JOSEC, SALTM, fatalities=7, injured=10),
    ev("arrests", ("2018-08-10", "2018-08-13"), loc("As-Salt", "JO", 32.039, 35.727, 25), JOSEC, SALTM, optional=True),
]

JR = actor("Yemeni Joint Resistance", "المقاومة اليمنية المشتركة", "القوات المشتركة", "قوات المقاومة المشتركة", "قوات المقاومة اليمنية المشتركة",
           "Yemeni government forces", "Saudi-led coalition", "التحالف العربي")
HOU = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "مسلحي الحوثي", "الحوثيين", "ميليشيات الحوثي الموالية لإيران")
C["ant-SK-middleEast-2474-20180619"] = [
    ev("government_regains_territory", ("2018-06-19", "2018-06-19"), loc("Hodeidah airport", "YE", 14.753, 42.976, 25), JR, HOU, fatalities=[10, 99]),
    ev("armed_clash", ("2018-06-19", "2018-06-19"), loc("Hodeidah airport", "YE", 14.753, 42.976, 25), JR, HOU, fatalities=[10, 99], optional=True),
    ev("government_regains_territory", ("2018-06-18", "2018-06-19"), loc("Al-Manzar (west of Hodeidah airport)", "YE", 14.74, 42.96, 25), JR, HOU),
]
PROT = lambda *x: actor("Protesters", "المتظاهرين", "المحتجين", "متظاهرون", *x)
C["ant-SK-middleEast-3193-20180731"] = [
    ev("peaceful_protest", ("2018-07-29", "2018-07-31"), loc("Basra (governorate building)", "IQ", 30.533, 47.797, 25),
       PROT("متظاهرو البصرة", "Protesters (Iraq)"), None),
    ev("protest_with_intervention", ("2018-07-24", "2018-07-31"), loc("Basra (governorate building)", "IQ", 30.533, 47.797, 25),
       PROT("متظاهرو البصرة", "Protesters (Iraq)"), actor("Iraqi security forces", "قوات الأمن"), optional=True),
    ev("peaceful_protest", ("2018-07-27", "2018-07-27"), loc("Najaf", "IQ", 31.989, 44.329, 25),
       PROT("Protesters (Iraq)"), None),
    ev("violent_demonstration", ("2018-07-08", "2018-07-27"), loc("Najaf", "IQ", 31.989, 44.329, 25),
       PROT("Protesters (Iraq)"), None, optional=True),
]
C["snn-11bd0b2044bd"] = []
C["snn-f4aca77a16d6"] = [
    ev("government_regains_territory", ("2015-07-31", "2015-08-07"), loc("Al-Anad air base (Lahij)", "YE", 13.18, 44.77, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "Yemeni government forces", "Hadi loyalists"),
       actor("Houthis", "Ansar Allah", "الحوثيين", "الانقلابيين الحوثيين", "المتمردين"), optional=True),
]
C["snn-ce88ad4d4146"] = [
    ev("mob_violence", ("2015-07-22", "2015-07-22"), loc("Sangerhausen", "DE", 51.47, 11.30, 25),
       actor("Anti-foreigner youths", "مجموعة من الشباب", "مجموعة الشباب", "Rioters (Germany)"),
       actor("Refugees", "Civilians", "لاجئين", "مقر إقامة لاجئين")),
    ev("attack", ("2015-07-22", "2015-07-22"), loc("Sangerhausen", "DE", 51.47, 11.30, 25),
       actor("Anti-foreigner youths", "مجموعة من الشباب", "مجموعة الشباب", "Rioters (Germany)"),
       actor("Refugees", "Civilians", "لاجئين", "مقر إقامة لاجئين"), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-71.jsonl"))
