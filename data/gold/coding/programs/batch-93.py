import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["Houthis", "Ansar Allah", "الحوثي", "الحوثيين", "ميليشيا الحوثي", "ميليشيا الحوثي الإيرانية", "الميليشيات", "المتمردين"]
COAL = ["Saudi-led coalition", "Arab Coalition", "التحالف العربي", "طائرات التحالف العربي", "التحالف"]
YEGOV = ["Yemeni government forces", "Forces of Hadi", "القوات الشرعية", "القوات الحكومية", "قوات الشرعية"]
IDF = ["Israeli army", "Israel Defense Forces", "IDF", "Israeli forces", "الجيش الاسرائيلي", "الجيش الإسرائيلي", "جيش الاحتلال", "قوات الاحتلال"]

# --- group 1
C["ant-SK-middleEast-231-20180311"] = [
    ev("air_drone_strike", ("2018-03-11", "2018-03-11"),
       loc("Mountains between Nati and Al Malajim, Al Bayda", "YE", 14.45, 45.49, 40),
       actor(*COAL), actor(*HOUTHI), fatalities=[2, 99], injured=[2, 99]),
    ev("armed_clash", ("2018-03-11", "2018-03-11"),
       loc("Al Malajim district", "YE", 14.36, 45.39, 30),
       actor(*YEGOV), actor(*HOUTHI)),
    ev("government_regains_territory", ("2018-03-11", "2018-03-11"),
       loc("Al Malajim district", "YE", 14.36, 45.39, 30),
       actor(*YEGOV), actor(*HOUTHI), optional=True),
    ev("government_regains_territory", ("2018-03-04", "2018-03-04"),
       loc("Nati district", "YE", 14.54, 45.59, 30),
       actor(*YEGOV), actor(*HOUTHI), optional=True),
]
C["ant-SK-middleEast-1061-20180416"] = [
    ev("violent_demonstration", ("2018-04-15", "2018-04-16"),
       loc("Dheisheh refugee camp, Bethlehem", "PS", 31.694, 35.186, 25),
       actor("Palestinian rioters", "Palestinians", "الشبان", "شبان"), actor(*IDF), injured=[2, 99]),
    ev("protest_with_intervention", ("2018-04-15", "2018-04-16"),
       loc("Dheisheh refugee camp, Bethlehem", "PS", 31.694, 35.186, 25),
       actor("Palestinian protesters", "Palestinians", "الشبان", "شبان"), actor(*IDF), injured=[2, 99], optional=True),
    ev("arrests", ("2018-04-15", "2018-04-16"),
       loc("West Bank", "PS", 31.95, 35.25, 70),
       actor(*IDF), actor("Palestinians", "فلسطينيا", "فلسطينيين", "Civilians"), optional=True),
]
C["ant-SK-middleEast-3764-20181007"] = [
    ev("change_to_group_activity", ("2018-09-30", "2018-10-07"),
       loc("Idlib buffer zone", "SY", 35.79, 36.68, 100),
       actor("National Liberation Front", "NLF", "الجبهة الوطنية للتحرير", "الفصائل المعارضة", "Syrian rebels"), None, optional=True),
]
SSGOV = ["Government of South Sudan", "South Sudan government", "حكومة الرئيس سيلفا كير", "Salva Kiir", "سيلفا كير"]
SPLMIO = ["SPLM-IO", "Sudan People's Liberation Movement-in-Opposition", "Riek Machar", "رياك مشار", "المتمردين"]
C["ant-SK-internationalNews-2805-20180725"] = [
    ev("agreement", ("2018-07-25", "2018-07-25"),
       loc("South Sudan", "SS", None, None),
       actor(*SSGOV), actor(*SPLMIO), optional=True),
    ev("agreement", ("2018-07-25", "2018-07-25"),
       loc("Khartoum", "SD", 15.555, 32.559, 25),
       actor(*SSGOV), actor(*SPLMIO), optional=True),
]
C["snn-e9ec104a8bb3"] = []

# --- group 2
SAUDI = ["Saudi air defence", "Royal Saudi Air Defense", "Saudi Arabia", "Saudi-led coalition", "قوات الدفاع الجوي الملكي السعودي", "الدفاع الجوي السعودي", "قوات تحالف دعم الشرعية"]
C["ant-SK-middleEast-1604-20180511"] = [
    ev("disrupted_weapons_use", ("2018-05-09", "2018-05-11"),
       loc("Jazan", "SA", 16.89, 42.57, 25),
       actor(*SAUDI), actor("Houthis", "Ansar Allah", "ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "المليشيات الحوثية", "الجماعة الحوثية")),
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-11"),
       loc("Jazan", "SA", 16.89, 42.57, 25),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "المليشيات الحوثية", "الجماعة الحوثية"), actor(*SAUDI), optional=True),
]
C["snn-1bd39f62164d"] = []
C["snn-e7d5b9527127"] = []
C["snn-93871f4d6697"] = []
C["ant-SK-internationalNews-2036-20180609"] = []

# --- group 3
C["snn-9b40cef6b82c"] = []
C["snn-a0e1b706be40"] = []
C["ant-SK-middleEast-360-20180317"] = [
    ev("air_drone_strike", ("2018-03-17", "2018-03-17"),
       loc("Hodeidah governorate (west coast front)", "YE", 14.83, 43.17, 100),
       actor(*COAL, "مقاتلات التحالف العربي", "التحالف العربي لدعم الشرعية في اليمن", "UAE forces", "القوات الإماراتية"),
       actor(*HOUTHI, "ميليشيات الحوثي الإيرانية"), fatalities=[1, 99], injured=[0, 99]),
    ev("air_drone_strike", ("2018-03-17", "2018-03-17"),
       loc("Al Husayniyah district", "YE", 14.355, 43.32, 30),
       actor(*COAL, "مقاتلات التحالف العربي", "التحالف العربي لدعم الشرعية في اليمن"),
       actor(*HOUTHI, "ميليشيات الحوثي الإيرانية")),
    ev("air_drone_strike", ("2018-03-17", "2018-03-17"),
       loc("West coast front", "YE", 14.3, 43.1, 150),
       actor(*COAL, "مقاتلات التحالف العربي"), actor(*HOUTHI), optional=True),
]
C["snn-a1701ba86776"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"),
       loc("Abha", "SA", 18.24, 42.57, 25),
       None,
       actor("Saudi Special Emergency Forces", "Saudi security forces", "قوات الطوارئ", "المصلين", "طلاب مستجدين بمعهد قوات الطوارئ"),
       fatalities=13, injured=[2, 99]),
]
C["snn-38f3736e3e2f"] = []

# --- group 4
C["ant-SK-middleEast-936-20180411"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-08"),
       loc("Douma", "SY", 33.572, 36.403, 25),
       actor("Syrian government forces", "Syrian regime", "النظام السوري", "الأسد"),
       actor("Civilians", "المدنيين"), fatalities=[10, 99], optional=True),
]
C["snn-6fd7cd1bb9e1"] = []
C["ant-SK-internationalNews-832-20180406"] = [
    ev("attack", ("2017-05-16", "2017-05-16"),
       loc("Washington, D.C. (Turkish ambassador's residence)", "US", 38.91, -77.05, 25),
       actor("Erdogan supporters", "Turkish presidential guards", "أنصار أردوغان", "مؤيدي الرئيس التركي رجب طيب أردوغان", "حراس أردوغان الشخصيين"),
       actor("Pro-Kurdish protesters", "محتجين سلميين مؤيدين للأكراد", "Protesters"), optional=True),
]
C["snn-70cf71d55c7b"] = [
    ev("arrests", ("2015-08-04", "2015-08-04"),
       loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.778, 35.236, 25),
       actor("Israeli police", "Israeli forces", "قوات الاحتلال الإسرائيلية", "قوات الاحتلال", "الشرطة الإسرائيلية"),
       actor("Al-Aqsa guards", "حراس المسجد الأقصى", "Palestinians", "Civilians")),
    ev("mob_violence", ("2015-08-04", "2015-08-04"),
       loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.778, 35.236, 25),
       actor("Muslim worshippers", "مصلين مسلمين", "حراس المسجد الأقصى"),
       actor("Jewish visitor", "يهودي", "سائح فرنسي"), injured=1, optional=True),
]
C["snn-0386e82df456"] = []

# --- group 5
C["snn-40e0eca489f9"] = []
C["snn-a2b0c05e5fc2"] = [
    ev("abduction_forced_disappearance", ("2015-07-20", "2015-07-20"),
       loc("Taiz (near Sheikh Zayed park)", "YE", 13.58, 44.02, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "المقاومة الشعبية في تعز", "المقاومة بتعز"),
       actor("Houthis", "Ansar Allah", "قيادي حوثي", "الحوثيين", "المتمردين الحوثيين"), optional=True),
    ev("arrests", ("2015-07-20", "2015-07-20"),
       loc("Taiz (near Sheikh Zayed park)", "YE", 13.58, 44.02, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "المقاومة الشعبية في تعز", "المقاومة بتعز"),
       actor("Houthis", "Ansar Allah", "قيادي حوثي", "الحوثيين", "المتمردين الحوثيين"), optional=True),
]
C["snn-3259d260f38d"] = [
    ev("peaceful_protest", ("2015-07-31", "2015-08-09"),
       loc("Baghdad", "IQ", 33.34, 44.40, 25),
       actor("Protesters (Iraq)", "Protesters", "النشطاء", "المتظاهرين"), None, optional=True),
]
C["ant-SK-middleEast-129-20180228"] = []
C["snn-9c01a0012010"] = []

# --- group 6
C["snn-ffe7c8231e46"] = []
C["ant-SK-sport-2159-20180714"] = []
C["ant-SK-middleEast-994-20180413"] = []
BAZAAR = ["Protesters (Iran)", "Bazaar merchants", "تجار", "التجار", "تجار البازار", "تجار بازار طهران الكبير", "Protesters"]
IRPOL = ["Police Forces of Iran", "Iranian police", "الشرطة الإيرانية", "النظام"]
C["ant-SK-internationalNews-2354-20180627"] = [
    ev("protest_with_intervention", ("2018-06-25", "2018-06-27"),
       loc("Tehran Grand Bazaar", "IR", 35.675, 51.42, 25),
       actor(*BAZAAR), actor(*IRPOL)),
    ev("peaceful_protest", ("2018-06-25", "2018-06-27"),
       loc("Tehran Grand Bazaar", "IR", 35.675, 51.42, 25),
       actor(*BAZAAR), None, optional=True),
    ev("arrests", ("2018-06-25", "2018-06-27"),
       loc("Tehran", "IR", 35.69, 51.42, 25),
       actor(*IRPOL), actor(*BAZAAR), optional=True),
]
C["snn-2e7b333b18a9"] = []

# --- group 7
C["snn-9fb4da960b25"] = [
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"),
       loc("Imam al-Sadiq mosque, Kuwait City", "KW", 29.37, 47.98, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"),
       actor("Civilians", "مصليا", "المصلين", "Shia worshippers"), fatalities=28, injured=200, optional=True),
    ev("attack", ("2015-06-26", "2015-06-26"),
       loc("Tunisia (beach)", "TN", None, None),
       actor("Islamic State", "ISIS", "Daesh", "داعش"),
       actor("Civilians", "السياح الأجانب", "Foreign tourists"), optional=True),
]
BASRA_PROT = ["Protesters (Iraq)", "Protesters", "المحتجين", "المحتجين الغاضبين", "متظاهرون", "المتظاهرين الغاضبين", "Rioters (Iraq)"]
AAH = ["Asaib Ahl al-Haq", "AAH", "عصائب أهل الحق", "ميليشيات عصائب أهل الحق", "ميليشيات عصائب أهل الحق الموالية لإيران", "Popular Mobilization Forces", "الحشد الشعبي"]
C["ant-SK-middleEast-3580-20180908"] = [
    ev("violent_demonstration", ("2018-09-07", "2018-09-08"),
       loc("Iranian consulate, Basra", "IQ", 30.51, 47.78, 25),
       actor(*BASRA_PROT), actor("Iranian consulate", "القنصلية الإيرانية", "Iran", "Government of Iran")),
    ev("excessive_force_against_protesters", ("2018-09-07", "2018-09-07"),
       loc("Basra", "IQ", 30.51, 47.78, 25),
       actor(*BASRA_PROT), actor(*AAH), fatalities=1),
    ev("attack", ("2018-09-07", "2018-09-07"),
       loc("Basra", "IQ", 30.51, 47.78, 25),
       actor(*AAH), actor(*BASRA_PROT, "Civilians"), fatalities=1, optional=True),
    ev("attack", ("2018-09-05", "2018-09-06"),
       loc("Basra", "IQ", 30.51, 47.78, 25),
       actor("Party militias", "ميليشيات تابعة للأحزاب"), actor(*BASRA_PROT), optional=True),
    ev("change_to_group_activity", ("2018-09-08", "2018-09-08"),
       loc("Basra", "IQ", 30.51, 47.78, 25),
       actor(*AAH, "ميليشيات الحشد الشعبي"), None, optional=True),
]
C["snn-d7aa02ba9e6f"] = []
C["ant-SK-middleEast-3750-20181006"] = []
C["snn-4d416764654c"] = []

# --- group 8
C["snn-9509b8061ba9"] = []
C["ant-SK-technology-696-20180517"] = []
C["snn-62faf973cc23"] = []
C["ant-SK-technology-1180-20180725"] = []
C["ant-CN-internationalNews-158-20180320"] = [
    ev("attack", ("2018-03-04", "2018-03-04"),
       loc("Salisbury", "GB", 51.07, -1.79, 25),
       actor("Russia", "Government of Russia", "روسيا"),
       actor("Sergei Skripal", "جاسوس روسي سابق وابنته", "Civilians"), optional=True),
]

# --- group 9
C["snn-5fbda825f63b"] = []
C["snn-8559e19deca9"] = []
C["snn-6d6d1c10fc0c"] = []
C["ant-SK-internationalNews-1640-20180518"] = []
C["snn-f180657279d4"] = []
SYGOV = ["Syrian government", "Syrian government forces", "Syrian army", "الجيش السوري", "النظام", "Government of Syria"]
ISY = ["Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "مسلحي تنظيم داعش", "إرهابيي مخيم اليرموك"]
C["ant-CN-middleEast-762-20180429"] = [
    ev("agreement", ("2018-04-29", "2018-04-29"),
       loc("Yarmouk camp", "SY", 33.47, 36.30, 25),
       actor(*SYGOV), actor(*ISY)),
    ev("armed_clash", ("2018-04-14", "2018-04-29"),
       loc("Yarmouk camp", "SY", 33.47, 36.30, 25),
       actor(*SYGOV), actor(*ISY), optional=True),
]
C["snn-790619c7743f"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-93.jsonl"))
