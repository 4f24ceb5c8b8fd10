import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثي", "الحوثيين", "الجماعة الحوثية", "Houthis", "Ansar Allah", "Houthi"]
SAUDI_AD = ["الدفاعات الجوية السعودية", "الدفاع الجوي السعودي", "قوات الدفاع الجوي الملكي السعودي", "Royal Saudi Air Defense", "Military Forces of Saudi Arabia", "Saudi Arabia", "Saudi-led coalition", "Arab Coalition", "التحالف العربي"]

# 1
C["ant-SK-middleEast-652-20180329"] = [
    ev("disrupted_weapons_use", ("2018-03-29", "2018-03-29"), loc("Jazan", "SA", 16.889, 42.551, 25),
       actor(*SAUDI_AD), actor(*HOUTHI)),
    ev("shelling_artillery_missile_attack", ("2018-03-29", "2018-03-29"), loc("Jazan", "SA", 16.889, 42.551, 25),
       actor(*HOUTHI), actor(*SAUDI_AD), optional=True),
    # background interceptions "days ago"
    ev("disrupted_weapons_use", ("2018-03-22", "2018-03-28"), loc("Riyadh", "SA", 24.70, 46.82, 25),
       actor(*SAUDI_AD), actor(*HOUTHI), optional=True),
    ev("disrupted_weapons_use", ("2018-03-22", "2018-03-28"), loc("Khamis Mushait", "SA", 18.30, 42.73, 25),
       actor(*SAUDI_AD), actor(*HOUTHI), optional=True),
    ev("disrupted_weapons_use", ("2018-03-22", "2018-03-28"), loc("Najran", "SA", 17.49, 44.13, 25),
       actor(*SAUDI_AD), actor(*HOUTHI), optional=True),
    ev("disrupted_weapons_use", ("2018-03-22", "2018-03-28"), loc("Jazan", "SA", 16.889, 42.551, 25),
       actor(*SAUDI_AD), actor(*HOUTHI), optional=True),
]
# 2
C["ant-SK-middleEast-2572-20180624"] = [
    ev("disrupted_weapons_use", ("2018-06-24", "2018-06-24"), loc("Upper Galilee / Golan border", "IL", 33.05, 35.60, 60),
       actor("الجيش الإسرائيلي", "Israeli army", "Israel Defense Forces", "IDF", "Military Forces of Israel"), None, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-06-22", "2018-06-24"), loc("Daraa", "SY", 32.62, 36.10, 100),
       actor("الجيش السوري", "القوات الحليفة", "Syrian army", "Syrian government forces", "Military Forces of Syria"),
       actor("المعارضة", "Syrian opposition", "Syrian rebels"), optional=True),
]
# 3
C["snn-b9df6d15bf12"] = []
# 4
C["snn-010dcccb5c69"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-19", "2015-07-19"), loc("Gaza City", "PS", 31.50, 34.45, 25),
       None, actor("حماس", "الجهاد الاسلامي", "Hamas", "Islamic Jihad", "Palestinian Islamic Jihad", "ناشطين"), optional=True),
    ev("arrests", ("2015-06-01", "2015-07-19"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("حماس", "Hamas"), actor("السلفية", "Salafists"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-05-01", "2015-05-31"), loc("Khan Yunis", "PS", 31.37, 34.32, 25),
       actor("جماعة سلفية متشددة", "داعش", "Islamic State", "ISIS", "Salafist group"),
       actor("كتائب عز الدين القسام", "القسام", "حماس", "Hamas", "Izz al-Din al-Qassam Brigades"), optional=True),
]
# 5
C["ant-SK-middleEast-1330-20180429"] = []

# 6
C["ant-SK-middleEast-3673-20180913"] = [
    ev("chemical_weapon", ("2018-01-01", "2018-09-12"), loc("Eastern Ghouta", "SY", 33.55, 36.40, 30),
       actor("قوات النظام", "النظام السوري", "Syrian government forces", "Military Forces of Syria", "Syrian regime"), None, optional=True),
    ev("chemical_weapon", ("2018-01-01", "2018-09-12"), loc("Idlib governorate", "SY", 35.93, 36.63, 100),
       actor("قوات النظام", "النظام السوري", "Syrian government forces", "Military Forces of Syria", "Syrian regime"), None, optional=True),
]
# 7
C["ant-SK-economy-364-20180417"] = []
# 8
C["ant-SK-sport-87-20180223"] = []
# 9
C["ant-SK-middleEast-2321-20180611"] = [
    ev("armed_clash", ("2018-06-04", "2018-06-11"), loc("Saada governorate", "YE", 16.94, 43.76, 100),
       actor("التحالف العربي", "Arab Coalition", "Saudi-led coalition"), actor("الميليشيات الحوثية", "الحوثيون", "Houthis", "Ansar Allah"), optional=True),
    ev("armed_clash", ("2018-06-04", "2018-06-11"), loc("Yemen west coast (Hodeidah)", "YE", 14.80, 42.95, 100),
       actor("التحالف العربي", "Arab Coalition", "Saudi-led coalition"), actor("الميليشيات الحوثية", "الحوثيون", "Houthis", "Ansar Allah"), optional=True),
]
# 10
C["snn-c2f0051bb82a"] = []
# 11-15
C["ant-SK-middleEast-546-20180325"] = []
C["ant-SK-internationalNews-812-20180405"] = []
C["snn-b287568d6a52"] = []
C["snn-f64fd9c1d073"] = []
C["snn-96c65280a9ad"] = []
# 16-20
C["snn-3c86fa37ee5b"] = []
C["ant-SK-middleEast-962-20180412"] = []
C["ant-SK-internationalNews-1079-20180422"] = []
C["snn-0ec464558c67"] = []
C["ant-SK-middleEast-908-20180410"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.572, 36.403, 25),
       actor("نظام دمشق", "نظام الرئيس السوري بشار الأسد", "النظام", "دمشق", "Syrian government forces", "Military Forces of Syria", "Syrian regime", "Assad regime"),
       actor("Civilians", "المدنيين", "مدنيين"), fatalities=[10, 99], injured=[100, 999]),
]
# 21-25
C["snn-4db1e7fbf118"] = [
    ev("agreement", ("2015-07-23", "2015-07-23"), loc("Incirlik Air Base", "TR", 37.00, 35.43, 50),
       actor("الولايات المتحدة", "United States", "USA", "US"), actor("تركيا", "Turkey"), optional=True),
]
C["snn-51a5006a727c"] = []
LNA = ["قوات الحكومة", "قوات الحكومة التي يوجد مقرها في شرق ليبيا", "القوات الحكومية", "الجيش", "قوات الجيش", "قوات الحكومة الليبية المعترف بها دوليا", "سلاح الجو", "الجيش الليبي", "Libyan National Army", "LNA", "Military Forces of Libya", "Libyan army", "Libyan government forces"]
BISL = ["مقاتلين متطرفين", "جماعات إسلامية", "المجموعات الإرهابية", "المتطرفين", "Islamist militants", "Benghazi Revolutionaries Shura Council", "Islamist groups"]
C["snn-07d9e7a66e65"] = [
    ev("armed_clash", ("2015-07-23", "2015-07-23"), loc("Benghazi (central, Sabri)", "LY", 32.12, 20.07, 25),
       actor(*LNA), actor(*BISL), fatalities=2, injured=10),
    ev("air_drone_strike", ("2015-07-23", "2015-07-25"), loc("Sabri, Benghazi", "LY", 32.13, 20.07, 25),
       actor(*LNA), actor(*BISL)),
]
C["ant-SK-internationalNews-1564-20180514"] = [
    ev("suicide_bomb", ("2018-05-13", "2018-05-13"), loc("Surabaya", "ID", -7.2575, 112.7521, 25),
       actor("متشددين", "Islamist militants", "Jamaah Ansharut Daulah", "JAD", "Islamic State"), actor("Civilians", "كنائس", "المدنيين"), fatalities=13),
    ev("remote_explosive_landmine_ied", ("2018-05-14", "2018-05-14"), loc("Surabaya", "ID", -7.2575, 112.7521, 25),
       None, actor("رجال الشرطة", "الشرطة الإندونيسية", "Indonesian police", "Police Forces of Indonesia"), injured=[2, 20], optional=True),
    ev("suicide_bomb", ("2018-05-14", "2018-05-14"), loc("Surabaya", "ID", -7.2575, 112.7521, 25),
       None, actor("رجال الشرطة", "الشرطة الإندونيسية", "Indonesian police", "Police Forces of Indonesia"), injured=[2, 20], optional=True),
]
C["snn-16b565b91b30"] = []
# 26-30
C["snn-1dad8a3fae57"] = []
C["snn-38e058d1f2d2"] = [
    ev("arrests", ("2015-07-01", "2015-07-21"), loc("Saudi Arabia", "SA", None, None),
       actor("الأجهزة الأمنية", "Saudi security forces", "Police Forces of Saudi Arabia"), actor("داعش", "التنظيم العنقودي لداعش", "Islamic State", "ISIS", "Daesh"), optional=True),
]
C["snn-c320d6d959e6"] = []
C["snn-7076aa3fd715"] = []
C["ant-SK-middleEast-2116-20180603"] = []
# 31-35
C["snn-24ad3332f9c5"] = []
PALPROT = ["احتجاجات فلسطينية", "أعمال الشغب", "محتجين فلسطينيين", "Palestinian protesters", "Rioters (Palestine)", "Protesters (Palestine)"]
C["ant-SK-middleEast-1620-20180512"] = [
    ev("violent_demonstration", ("2018-05-11", "2018-05-11"), loc("Kerem Shalom crossing", "PS", 31.228, 34.284, 25),
       actor(*PALPROT), None),
    ev("looting_property_destruction", ("2018-05-11", "2018-05-11"), loc("Kerem Shalom crossing", "PS", 31.228, 34.284, 25),
       actor(*PALPROT), None, optional=True),
]
C["snn-dab6112167b8"] = []
C["snn-eb6be6c0cabc"] = []
C["snn-ca700d77ff7a"] = []
# 36-40
C["ant-CN-middleEast-665-20180418"] = []
C["ant-SK-technology-398-20180412"] = []
C["snn-78c241f4140b"] = []
C["snn-e2fb311c758a"] = [
    ev("disrupted_weapons_use", ("2015-07-21", "2015-07-22"), loc("Ankara", "TR", 39.914, 32.790, 25),
       actor("خبراء متفجرات أتراك", "الشرطة", "Turkish police", "Police Forces of Turkey", "Turkish bomb disposal experts"),
       actor("حزب العدالة والتنمية", "AKP", "Justice and Development Party")),
    ev("remote_explosive_landmine_ied", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       None, actor("Civilians", "المدنيين"), fatalities=32, injured=[95, 110]),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       None, actor("Civilians", "المدنيين"), fatalities=32, injured=[95, 110], optional=True),
]
RESIST = ["المقاومة اليمنية", "عناصر المقاومة", "المقاومة الشعبية", "المقاومة", "قوات التحالف", "Popular Resistance", "Southern Resistance", "Saudi-led coalition", "Arab Coalition", "Pro-Hadi forces"]
HOUTHI_SALEH = ["الميليشيات الحوثية", "الحرس الجمهوري", "أتباع المخلوع صالح", "المتمردين", "Houthis", "Ansar Allah", "Saleh loyalists", "Republican Guard"]
C["snn-72cd69f8a6ec"] = [
    ev("government_regains_territory", ("2015-07-10", "2015-07-31"), loc("Aden", "YE", 12.80, 45.02, 25),
       actor(*RESIST), actor(*HOUTHI_SALEH), optional=True),
    ev("armed_clash", ("2015-07-10", "2015-07-31"), loc("Dar Saad", "YE", 12.91, 44.98, 25),
       actor(*RESIST), actor(*HOUTHI_SALEH), optional=True),
]
# 41-43
C["ant-SK-internationalNews-2376-20180629"] = []
C["snn-f414d68870c6"] = []
C["snn-58c362143b78"] = []
# 44-46
ISIS = ["داعش", "التنظيم", "تنظيم داعش", "Islamic State", "ISIS", "Daesh", "IS"]
SYREG = ["قوات النظام", "النظام السوري", "النظام", "مسلحي النظام", "المقاتلين الموالين للنظام", "Syrian government forces", "Military Forces of Syria", "Syrian regime", "pro-regime forces"]
C["ant-SK-middleEast-2256-20180609"] = [
    ev("non_state_actor_overtakes_territory", ("2018-06-08", "2018-06-08"), loc("Al Bukamal", "SY", 34.45, 40.92, 25),
       actor(*ISIS), actor(*SYREG)),
    ev("suicide_bomb", ("2018-06-08", "2018-06-08"), loc("Al Bukamal", "SY", 34.45, 40.92, 25),
       actor(*ISIS), actor(*SYREG), optional=True),
    ev("armed_clash", ("2018-06-08", "2018-06-08"), loc("Al Bukamal", "SY", 34.45, 40.92, 25),
       actor(*ISIS), actor(*SYREG), optional=True),
    ev("armed_clash", ("2018-05-30", "2018-06-08"), loc("West bank of Euphrates, Deir ez-Zor", "SY", 35.14, 40.32, 100),
       actor(*ISIS), actor(*SYREG), fatalities=[10, 99], optional=True),
    ev("non_state_actor_overtakes_territory", ("2018-05-30", "2018-06-08"), loc("West bank of Euphrates, Deir ez-Zor", "SY", 35.14, 40.32, 100),
       actor(*ISIS), actor(*SYREG), optional=True),
    ev("armed_clash", ("2018-05-25", "2018-06-09"), loc("Sweida desert", "SY", 32.75, 36.85, 100),
       actor(*ISIS), actor(*SYREG), optional=True),
    ev("government_regains_territory", ("2018-05-25", "2018-06-09"), loc("Al Ashrafiya / Bir al-Awra, NE of Sweida", "SY", 32.85, 36.75, 50),
       actor(*SYREG), actor(*ISIS), optional=True),
]
C["ant-SK-middleEast-3278-20180806"] = [
    ev("arrests", ("2018-07-01", "2018-08-06"), loc("Saudi Arabia", "SA", None, None),
       actor("السعودية", "Saudi authorities", "Police Forces of Saudi Arabia"), actor("نشطاء المجتمع المدني", "civil society activists", "Activists (Saudi Arabia)"), optional=True),
]
JOSEC = ["رجال الأمن", "الأمن الأردني", "Jordanian security forces", "Police Forces of Jordan", "Military Forces of Jordan", "General Intelligence Directorate"]
CELL = ["خلية إرهابية", "خلية السلط", "إرهابيين", "تكفيريون", "الخلية", "داعش", "Islamic State", "ISIS", "Daesh", "Salt terror cell"]
C["ant-SK-middleEast-3414-20180815"] = [
    ev("armed_clash", ("2018-08-11", "2018-08-11"), loc("As Salt", "JO", 32.039, 35.727, 25),
       actor(*JOSEC), actor(*CELL), fatalities=7),
    ev("arrests", ("2018-08-11", "2018-08-11"), loc("As Salt", "JO", 32.039, 35.727, 25),
       actor(*JOSEC), actor(*CELL), optional=True),
    ev("remote_explosive_landmine_ied", ("2018-08-10", "2018-08-10"), loc("Al Fuhays", "JO", 32.010, 35.769, 25),
       None, actor("دورية أمنية", "رجل أمن", "Jordanian security forces", "Police Forces of Jordan", "Gendarmerie"), fatalities=1, injured=6),
]
# @@END@@
write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-01.jsonl"))
