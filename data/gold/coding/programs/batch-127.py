import os, sys; sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write

C = {}

# --- actors used more than once
HOUTHI = actor("ميلشيات الحوثي وصالح", "ميليشيات الحوثي", "ميليشيا الحوثي", "الحوثيين", "مليشيات الحوثي",
               "Houthis", "Ansar Allah", "Houthi-Saleh forces")
YEM_RES = actor("قوات المقاومة اليمنية", "المقاومة اليمنية", "المقاومة الشعبية", "القوات المسلحة الإماراتية",
                "التحالف العربي", "Yemeni Resistance", "Popular Resistance", "UAE Armed Forces",
                "Arab Coalition", "Saudi-led coalition", "Pro-Hadi forces")
COAL_AIR = actor("طيران التحالف", "التحالف العربي", "غارات جوية", "Saudi-led coalition", "Arab Coalition")
ISIS = actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh", "ISIL")
US = actor("القوات الأمريكية", "قوة أميركية خاصة", "القوات الأميركية", "United States", "US forces", "US military")
CIV = actor("Civilians", "المدنيين", "مدنيين")
ISR = actor("الجيش الإسرائيلي", "القوات الإسرائيلية", "جنود إسرائيليين", "Israeli army", "Israeli forces", "IDF", "Israel")
PAL_PROT = actor("المتظاهرين", "متظاهرين", "فلسطينيين", "Protesters", "Palestinian protesters", "Palestinians")
SYR_GOV = actor("النظام السوري", "النظام", "Syrian government", "Syrian regime", "Syrian government forces")
SA_SEC = actor("قوات الطوارئ الخاصة", "قوات الطوارئ", "رجال الأمن", "Saudi security forces", "Special Emergency Forces")
EXTREM = actor("الفئة الضالة", "الجماعات المتطرفة", "التكفيريون", "Islamic State", "ISIS", "Daesh")

GAZA = loc("Gaza Strip (border area)", "PS", 31.42, 34.40, 30)
TUHAYTA = loc("al-Tuhayta coast (al-Hima port, al-Faza)", "YE", 14.08, 43.12, 40)
ABHA = loc("Abha (Emergency Forces mosque)", "SA", 18.23, 42.50, 25)
DEIR = loc("al-Omar oil field, Deir ez-Zor (eastern Syria)", "SY", 35.0, 40.5, 100)

C["snn-33d0d70e0619"] = []      # road accident
C["ant-SK-internationalNews-452-20180319"] = []
C["snn-e1aaeef242a7"] = []
C["ant-SK-internationalNews-1122-20180424"] = [
    ev("attack", ("2018-04-22", "2018-04-24"), loc("Qingyuan", "CN", 23.68, 113.05, 25),
       None, CIV, fatalities=18, injured=5, optional=True),
]
C["snn-267f63c5458b"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), ABHA, EXTREM,
       actor("قوات الطوارئ", "المصلين", "Saudi security forces", "Civilians"), None, None),
    ev("suicide_bomb", ("2015-05-22", "2015-05-22"), loc("al-Qudaih, Qatif", "SA", 26.569, 49.985, 25),
       EXTREM, actor("المصلين", "Civilians"), optional=True),
    ev("suicide_bomb", ("2015-05-29", "2015-05-29"), loc("al-Anoud mosque, Dammam", "SA", 26.43, 50.10, 25),
       EXTREM, actor("المصلين", "Civilians"), optional=True),
    ev("attack", ("2014-11-03", "2014-11-03"), loc("al-Dalwa, al-Ahsa", "SA", 25.43, 49.70, 30),
       EXTREM, actor("المصلين", "Civilians"), optional=True),
]
C["snn-c59aff05916f"] = [
    ev("armed_clash", ("2015-07-13", "2015-07-20"), loc("eastern Homs countryside (Palmyra front)", "SY", 34.56, 38.28, 100),
       ISIS, actor("قوات النظام", "قوات النظام السوري", "Syrian government forces", "Syrian army"),
       fatalities=[1, 17], optional=True),
]
C["snn-2c202636dce4"] = []      # drone overflight and flares
C["snn-b41b101cf5bf"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-08-09"), loc("northern Iraq", "IQ", None, None, 100),
       actor("الغارات التركية", "تركيا", "Turkey", "Turkish military", "Turkish air force"),
       actor("حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party"), optional=True),
]
C["snn-3c528e9badae"] = []
C["ant-SK-economy-253-20180401"] = []
C["ant-SK-middleEast-2295-20180610"] = []
C["ant-SK-middleEast-1862-20180522"] = [
    ev("government_regains_territory", ("2018-05-20", "2018-05-22"), TUHAYTA, YEM_RES, HOUTHI),
    ev("government_regains_territory", ("2018-05-20", "2018-05-22"), loc("al-Faza, al-Tuhayta", "YE", 14.05, 43.18, 40),
       YEM_RES, HOUTHI, optional=True),
    ev("government_regains_territory", ("2018-05-20", "2018-05-22"), loc("al-Saqf, south of al-Tuhayta", "YE", 14.10, 43.20, 40),
       YEM_RES, HOUTHI, optional=True),
    ev("armed_clash", ("2018-05-20", "2018-05-22"), TUHAYTA, YEM_RES, HOUTHI, optional=True),
    ev("armed_clash", ("2018-05-20", "2018-05-22"), loc("al-Jarrahi", "YE", 14.13, 43.39, 25), YEM_RES, HOUTHI, optional=True),
    ev("air_drone_strike", ("2018-05-20", "2018-05-22"), loc("al-Jarrahi", "YE", 14.13, 43.39, 25), COAL_AIR, HOUTHI, optional=True),
    ev("air_drone_strike", ("2018-05-20", "2018-05-22"), loc("Zabid", "YE", 14.196, 43.317, 25), COAL_AIR, HOUTHI, optional=True),
    ev("air_drone_strike", ("2018-05-20", "2018-05-22"), loc("al-Tuhayta", "YE", 14.18, 43.23, 25), COAL_AIR, HOUTHI, optional=True),
    ev("air_drone_strike", ("2018-05-20", "2018-05-22"), loc("Bayt al-Faqih", "YE", 14.516, 43.325, 25), COAL_AIR, HOUTHI, optional=True),
]
C["snn-989dac456e5c"] = [
    ev("air_drone_strike", ("2015-07-23", "2015-07-24"), loc("Baiji refinery", "IQ", 34.93, 43.49, 25),
       actor("طيران التحالف الدولي", "التحالف الدولي", "التحالف", "International coalition", "US-led coalition", "Global Coalition"),
       ISIS, fatalities=21),
    ev("air_drone_strike", ("2015-07-23", "2015-07-24"), loc("Ramadi", "IQ", 33.42, 43.31, 25),
       actor("طيران التحالف الدولي", "التحالف الدولي", "الطيران", "International coalition", "US-led coalition", "Global Coalition"),
       ISIS, fatalities=2),
]
C["ant-CN-middleEast-566-20180411"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.572, 36.403, 25), SYR_GOV, CIV, optional=True),
    ev("shelling_artillery_missile_attack", ("2017-04-07", "2017-04-07"), loc("Shayrat airbase", "SY", 34.49, 36.95, 25),
       actor("الولايات المتحدة", "United States", "US military"), SYR_GOV, optional=True),
    ev("chemical_weapon", ("2017-04-04", "2017-04-04"), loc("Khan Shaykhun", "SY", 35.44, 36.65, 25),
       SYR_GOV, CIV, fatalities=[10, 99], optional=True),
]
C["ant-SK-internationalNews-1633-20180518"] = []
C["ant-SK-middleEast-2899-20180714"] = [
    ev("air_drone_strike", ("2018-07-13", "2018-07-14"), loc("Gaza Strip", "PS", 31.42, 34.40, 30),
       ISR, actor("مسلحين", "فتيان فلسطينيان", "Hamas", "Palestinian militants", "Civilians"), fatalities=2),
    ev("shelling_artillery_missile_attack", ("2018-07-13", "2018-07-14"), loc("southern Israel near Gaza (Sderot area)", "IL", 31.525, 34.597, 30),
       actor("مسلحون فلسطينيون", "Palestinian militants", "Hamas"), actor("إسرائيليين", "Israel", "Civilians"), injured=3),
]
C["snn-aa302b2d3fe6"] = [
    ev("attack", ("2015-06-17", "2015-06-25"), loc("al-Awamiyah, Qatif", "SA", 26.591, 49.980, 25),
       None, actor("ضيف الله القرشي", "Civilians"), fatalities=1, optional=True),
]
C["ant-SK-middleEast-850-20180408"] = [
    ev("excessive_force_against_protesters", ("2018-04-06", "2018-04-06"), GAZA, PAL_PROT, ISR, fatalities=9),
    ev("protest_with_intervention", ("2018-04-06", "2018-04-06"), GAZA, PAL_PROT, ISR, fatalities=9, optional=True),
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), GAZA, PAL_PROT, ISR, fatalities=19, optional=True),
]
BH_POL = actor("شرطيين", "الشرطة", "قوات الأمن", "Police Forces of Bahrain", "Bahrain police")
C["snn-a7613ec7ab79"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-28", "2015-07-28"), loc("Sitra", "BH", 26.155, 50.621, 25),
       None, BH_POL, fatalities=2, injured=6),
    ev("arrests", ("2015-07-28", "2015-07-31"), loc("Bahrain", "BH", None, None, 50),
       actor("وزارة الداخلية", "Bahrain Ministry of Interior", "Police Forces of Bahrain"), None, optional=True),
    ev("disrupted_weapons_use", ("2015-07-25", "2015-07-28"), loc("Bahrain", "BH", None, None, 50),
       actor("قوات الأمن", "Police Forces of Bahrain"), None, optional=True),
]
C["snn-0fb380f1e5ad"] = [
    ev("armed_clash", ("2015-05-15", "2015-05-16"), DEIR, US, ISIS, fatalities=[1, 99], optional=True),
    ev("arrests", ("2015-05-15", "2015-05-16"), DEIR, US, actor("أم سياف", "Islamic State", "ISIS"), optional=True),
]
C["snn-5c01b2ca89b8"] = []      # fraud arrests, criminal
C["snn-359656d3b40c"] = [
    ev("armed_clash", ("2015-07-23", "2015-07-25"), loc("Jabal Sabir, Taiz", "YE", 13.53, 44.03, 25),
       actor("المقاومة الشعبية", "Popular Resistance", "Pro-Hadi forces"), HOUTHI, fatalities=[2, 99], injured=[0, 99]),
    ev("shelling_artillery_missile_attack", ("2015-07-23", "2015-07-25"), loc("Sarada and al-Mujirin villages, Sabir, Taiz", "YE", 13.53, 44.03, 30),
       HOUTHI, CIV, optional=True),
]
C["ant-SK-internationalNews-284-20180311"] = [
    ev("peaceful_protest", ("2018-03-11", "2018-03-11"), loc("Barcelona", "ES", 41.385, 2.173, 25),
       actor("الجمعية الوطنية الكاتالونية", "دعاة الاستقلال", "متظاهرين", "Catalan National Assembly", "ANC",
             "Protesters", "Catalan independence supporters"), None),
]
C["ant-SK-internationalNews-968-20180417"] = []
C["snn-a766e4057f4e"] = []
C["ant-CN-economy-3-20180212"] = []
C["ant-SK-middleEast-3360-20180812"] = [
    ev("armed_clash", ("2018-08-12", "2018-08-12"), loc("al-Malaliha, al-Arish", "EG", 31.132, 33.798, 25),
       actor("الشرطة", "قوات الأمن", "الأجهزة الأمنية", "قطاع الأمن الوطني", "Egyptian police", "Egyptian security forces", "Police Forces of Egypt"),
       actor("العناصر الإرهابية", "إرهابيا", "الإرهابيين", "Militants", "Islamic State", "Wilayat Sinai"), fatalities=12),
]
C["snn-671ed2e687f1"] = []
C["snn-0d3fc3c2378f"] = [
    ev("attack", ("2015-07-23", "2015-07-23"), loc("Beit Ummar", "PS", 31.62, 35.10, 25),
       ISR, actor("فلاح ابو ماريا", "فلسطيني", "Civilians", "Palestinians"), fatalities=1, injured=[2, 3]),
    ev("violent_demonstration", ("2015-07-23", "2015-07-23"), loc("Beit Ummar", "PS", 31.62, 35.10, 25),
       actor("حشد غاضب", "Rioters", "Palestinians"), ISR, fatalities=1, injured=[2, 3], optional=True),
    ev("violent_demonstration", ("2015-07-22", "2015-07-22"), loc("near Jenin", "PS", 32.46, 35.30, 25),
       actor("محمد علاونة", "فلسطيني", "Palestinians", "Rioters"), ISR, fatalities=1),
    ev("attack", ("2015-07-22", "2015-07-22"), loc("near Jenin", "PS", 32.46, 35.30, 25),
       ISR, actor("محمد علاونة", "Palestinians", "Civilians"), fatalities=1, optional=True),
    ev("excessive_force_against_protesters", ("2015-07-22", "2015-07-22"), loc("near Jenin", "PS", 32.46, 35.30, 25),
       actor("Palestinians", "Protesters"), ISR, fatalities=1, optional=True),
    ev("armed_clash", ("2015-07-22", "2015-07-22"), loc("near Jenin", "PS", 32.46, 35.30, 25),
       ISR, actor("Palestinians", "Palestinian militants"), fatalities=1, optional=True),
]
C["snn-07448f0c2750"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-07-22"), loc("Aden", "YE", 12.80, 45.02, 25),
       actor("قوات الجيش الوطني", "المقاومة الشعبية", "Popular Resistance", "Pro-Hadi forces", "Yemeni army"), HOUTHI, optional=True),
    ev("government_regains_territory", ("2015-07-31", "2015-08-07"), loc("al-Anad airbase, Lahij", "YE", 13.18, 44.77, 25),
       actor("قوات الجيش الوطني", "المقاومة الشعبية", "Popular Resistance", "Pro-Hadi forces", "Yemeni army"), HOUTHI, optional=True),
]
C["snn-8662fcc5ee4e"] = []
C["ant-SK-internationalNews-2723-20180719"] = []
GHOUTA = loc("Eastern Ghouta", "SY", 33.55, 36.40, 15)
C["ant-SK-middleEast-95-20180227"] = [
    ev("air_drone_strike", ("2018-02-25", "2018-02-27"), GHOUTA, SYR_GOV, CIV, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-02-25", "2018-02-27"), GHOUTA, SYR_GOV, CIV, optional=True),
    ev("chemical_weapon", ("2018-02-20", "2018-02-27"), GHOUTA, SYR_GOV, CIV, optional=True),
]
C["ant-SK-internationalNews-2803-20180725"] = []
C["snn-52116c972fb9"] = [
    ev("agreement", ("2015-07-11", "2015-07-12"), loc("Libya", "LY", None, None, 100),
       actor("مجلس النواب", "House of Representatives", "Libyan House of Representatives"),
       actor("المؤتمر الوطني العام", "General National Congress", "GNC"), optional=True),
]
C["snn-645cd542d2a7"] = []
C["ant-SK-internationalNews-209-20180301"] = []
C["ant-SK-middleEast-3479-20180819"] = []
C["snn-01123a86e095"] = [
    ev("armed_clash", ("2015-05-15", "2015-05-16"), DEIR, US, ISIS, fatalities=[1, 99], optional=True),
    ev("arrests", ("2015-05-15", "2015-05-16"), DEIR, US, actor("أم سياف", "Islamic State", "ISIS"), optional=True),
]
LNA = actor("الجيش الليبي", "الجيش الوطني الليبي", "القوات المسلحة", "القوات المسلحة الليبية", "الكتيبة 276 مشاة",
            "Libyan National Army", "LNA")
AQ_DERNA = actor("تنظيم القاعدة", "القاعدة", "الإرهابيين", "المتشددين", "الجماعات المسلحة", "al-Qaeda",
                 "Derna Mujahideen Shura Council", "Derna Protection Force", "Militants")
DERNA = loc("al-Maghar district, Derna", "LY", 32.767, 22.637, 25)
C["ant-SK-middleEast-2587-20180625"] = [
    ev("government_regains_territory", ("2018-06-24", "2018-06-25"), DERNA, LNA, AQ_DERNA),
    ev("armed_clash", ("2018-06-24", "2018-06-25"), DERNA, LNA, AQ_DERNA, fatalities=1),
    ev("non_state_actor_overtakes_territory", ("2018-06-24", "2018-06-25"), DERNA, LNA, AQ_DERNA, optional=True),
]
C["snn-9be3e4a7bc3c"] = []
C["snn-d4a2c6b80b6c"] = [
    ev("suicide_bomb", ("2015-08-04", "2015-08-08"), ABHA, EXTREM, SA_SEC, optional=True),
    ev("remote_explosive_landmine_ied", ("2015-08-04", "2015-08-08"), ABHA, EXTREM, SA_SEC, optional=True),
    ev("attack", ("2014-11-03", "2014-11-03"), loc("al-Dalwa, al-Ahsa", "SA", 25.43, 49.70, 30),
       EXTREM, CIV, fatalities=5, injured=9, optional=True),
    ev("arrests", ("2014-11-03", "2014-12-31"), loc("Saudi Arabia", "SA", None, None, 100),
       SA_SEC, EXTREM, optional=True),
    ev("armed_clash", ("2015-07-01", "2015-07-31"), loc("Taif", "SA", 21.27, 40.42, 25), SA_SEC, EXTREM, optional=True),
    ev("armed_clash", ("2015-07-12", "2015-07-14"), loc("Khamis Mushait", "SA", 18.30, 42.73, 25), SA_SEC, EXTREM, optional=True),
]
C["snn-c79a640a6225"] = []
C["ant-SK-internationalNews-980-20180418"] = []
C["ant-CN-middleEast-1406-20181003"] = [
    ev("attack", ("2018-09-22", "2018-09-22"), loc("Ahvaz", "IR", 31.32, 48.67, 50),
       None, actor("Civilians", "Iranian military", "IRGC"), fatalities=25, injured=[10, 99], optional=True),
]
C["ant-CN-internationalNews-267-20180423"] = [
    ev("suicide_bomb", ("2018-04-22", "2018-04-22"), loc("Kabul (voter registration centre)", "AF", 34.53, 69.17, 25),
       ISIS, actor("المدنيين", "مدنيين", "Civilians"), fatalities=57, injured=100),
]
TR_POL = actor("رجال الشرطة", "الشرطة التركية", "مركز للأمن", "Turkish police", "Police Forces of Turkey")
GUNMEN = actor("مسلحين", "Gunmen", "Unidentified armed group")
SB = loc("Sultanbeyli, Istanbul", "TR", 40.966, 29.270, 25)
C["snn-c6f8ab53c220"] = [
    ev("armed_clash", ("2015-08-08", "2015-08-10"), SB, GUNMEN, TR_POL, injured=7),
    ev("remote_explosive_landmine_ied", ("2015-08-08", "2015-08-10"), SB, GUNMEN, TR_POL, injured=7, optional=True),
    ev("grenade", ("2015-08-08", "2015-08-10"), SB, GUNMEN, TR_POL, injured=7, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-127.jsonl"))
