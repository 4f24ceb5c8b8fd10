import os, json
# Gold adjudication, tenth draw (K = 9). Decisions and reasons: adj-9.notes.txt
import sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, from_gold, write

C = {}

# --- ant-SK-middleEast-231-20180311 (coalition strikes in al-Bayda; Malajim; Nati'): batch-100's coding, actors merged
COAL = actor("طائرات التحالف العربي", "التحالف العربي", "التحالف", "طيران التحالف",
             "Saudi-led coalition", "Arab Coalition")
GOV = actor("القوات الشرعية", "القوات الحكومية", "قوات الشرعية",
            "Yemeni Army", "Yemeni government forces", "Hadi government forces", "Forces of Hadi")
HOU = actor("ميليشيا الحوثي", "ميليشيا الحوثي الإيرانية", "الحوثي", "الحوثيين", "الميليشيات",
            "المتمردين", "Houthis", "Ansar Allah")
MALAJIM = loc("Al Malajim district, al-Bayda", "YE", 14.35994, 45.38985, 30)
C["ant-SK-middleEast-231-20180311"] = [
    ev("air_drone_strike", ("2018-03-11", "2018-03-11"),
       loc("Mountains between Nati' and al-Malajim districts, al-Bayda", "YE", 14.45, 45.49, 30),
       COAL, HOU),
    ev("government_regains_territory", ("2018-03-11", "2018-03-11"), MALAJIM, GOV, HOU),
    ev("armed_clash", ("2018-03-11", "2018-03-11"), MALAJIM, GOV, HOU, optional=True),
    ev("government_regains_territory", ("2018-03-04", "2018-03-04"),
       loc("Nati' district, al-Bayda", "YE", 14.536864, 45.59062, 30), GOV, HOU, optional=True),
]

# --- ant-SK-middleEast-360-20180317 (coalition strikes on the west-coast front, Hodeidah): combined
COAL2 = actor("مقاتلات التحالف العربي", "مقاتلات التحالف", "التحالف العربي", "التحالف",
              "التحالف العربي لدعم الشرعية", "التحالف العربي لدعم الشرعية في اليمن", "طائرات التحالف العربي",
              "القوات الإماراتية", "Saudi-led coalition", "Arab Coalition", "UAE forces")
HOU2 = actor("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "ميليشيا الحوثي", "ميليشيا الحوثي الإيرانية",
             "الحوثي", "الحوثيين", "الميليشيات", "المتمردين", "Houthis", "Ansar Allah")
D17 = ("2018-03-17", "2018-03-17")
C["ant-SK-middleEast-360-20180317"] = [
    ev("air_drone_strike", D17, loc("Al Hudaydah governorate (training camp, west coast front)", "YE", 14.796625, 42.945213, 100),
       COAL2, HOU2, fatalities=[1, 99], injured=[0, 99]),
    ev("air_drone_strike", D17, loc("Al Husayniyah district, Al Hudaydah", "YE", 14.35506, 43.32064, 30),
       COAL2, HOU2),
    ev("air_drone_strike", D17, loc("West coast front (4 tanks, scattered areas)", "YE", 14.3, 43.1, 150),
       COAL2, HOU2, optional=True),
]

# --- snn-cbb5ab766994 (Pentagon confirms al-Fadhli killed near Sarmada; Qasr al-Buraij; de Mistura): batch-96's coding, actors merged
SYG = actor("Syrian government forces", "Military Forces of Syria", "Syrian regime", "الجيش السوري",
            "سلاح الجو السوري", "الطيران المروحي", "قوات النظام")
OPP = actor("Syrian rebels", "Syrian opposition", "قوات المعارضة", "مقاتلي المعارضة")
JF = actor("Jaish al-Fath", "Jaish al-Fatah", "جيش الفتح", "مقاتلي المعارضة", "Syrian rebels")
FUAH_V = actor("Civilians", "المدنيين", "المدنيون", "Syrian government forces")
DZ = ("2015-07-18", "2015-07-22")
C["snn-cbb5ab766994"] = [
    ev("air_drone_strike", ("2015-07-08", "2015-07-08"), loc("Sarmada", "SY", 36.18553, 36.72231, 25),
       actor("US-led coalition", "International coalition", "قوات الائتلاف الدولي", "الائتلاف الدولي",
             "Military Forces of the United States"),
       actor("Khorasan Group", "مجموعة خراسان", "محسن الفضلي", "Muhsin al-Fadhli", "تنظيم القاعدة",
             "Al Qaeda", "Al-Qaeda"),
       fatalities=1),
    ev("air_drone_strike", ("2015-07-22", "2015-07-22"), loc("Qasr al Burayj", "SY", 36.31798, 37.70512, 25),
       SYG, actor("Civilians", "Civilians (Syria)", "سوريا", "Islamic State", "ISIS", "داعش"),
       fatalities=12, injured=[10, 99]),
    ev("air_drone_strike", DZ, loc("Az Zabadani", "SY", 33.72488, 36.1005, 25),
       SYG, actor("Civilians", "المدنيين", "السكان المدنيين", "Syrian rebels", "Syrian opposition", "قوات المعارضة"),
       optional=True),
    ev("armed_clash", DZ, loc("Az Zabadani", "SY", 33.72488, 36.1005, 25),
       actor("Syrian government forces", "الجيش السوري", "حزب الله", "حزب الله اللبناني", "Hezbollah"), OPP,
       optional=True),
    ev("shelling_artillery_missile_attack", DZ, loc("Al Fuah", "SY", 35.98262, 36.70351, 25), JF, FUAH_V,
       optional=True),
    ev("shelling_artillery_missile_attack", DZ, loc("Kafraya", "SY", 35.99029, 36.67816, 25), JF, FUAH_V,
       optional=True),
]

# --- ant-SK-middleEast-2130-20180603 (coalition strikes on the Hodeidah west coast): combined
COAL3 = actor("مقاتلات تحالف دعم الشرعية", "تحالف دعم الشرعية", "التحالف", "Saudi-led coalition", "Arab Coalition")
HOU3 = actor("مليشيات الحوثي", "ميليشيات الحوثي", "مليشيات الحوثي الإيرانية", "ميليشيات الحوثي الإيرانية",
             "الحوثيين", "المتمردين", "مسلحي الحوثي", "الميليشيات", "Houthis", "Ansar Allah")
JOINT = actor("المقاومة اليمنية المشتركة", "المقاومة المشتركة", "قوات المقاومة المشتركة", "قوات المقاومة اليمنية",
              "ألوية العمالقة", "Yemeni joint resistance", "Joint Forces", "Giants Brigades")
D3 = ("2018-06-03", "2018-06-03")
TUHAYTA_D = loc("East of Al Fazza, At Tuhayta district", "YE", 14.08078, 43.119866, 50)
WEEK = ("2018-05-27", "2018-06-02")
WEST = loc("Hodeidah west coast", "YE", 14.4, 43.1, 100)
C["ant-SK-middleEast-2130-20180603"] = [
    ev("air_drone_strike", D3, loc("At Tuhayta", "YE", 14.18356, 43.22637, 25), COAL3, HOU3),
    ev("air_drone_strike", D3, TUHAYTA_D, COAL3, HOU3),
    ev("air_drone_strike", D3, loc("Al Mashrai (west coast, not located)", "YE", 14.08078, 43.119866, 50),
       COAL3, HOU3, optional=True),
    ev("disrupted_weapons_use", ("2018-06-01", "2018-06-03"), WEST,
       actor("فرق الألغام التابعة للمقاومة الوطنية", "المقاومة الوطنية", "قوات المقاومة الوطنية",
             "National Resistance", "Yemeni joint resistance"), HOU3, optional=True),
    ev("armed_clash", WEEK, WEST, JOINT, HOU3, optional=True),
    ev("air_drone_strike", WEEK, WEST, COAL3, HOU3, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "adj-9.jsonl"))
