import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

CIV = ["Civilians", "المدنيين", "مدنيين"]

C["ant-SK-internationalNews-1735-20180523"] = []
C["snn-b3e88c602962"] = []
C["snn-65f2b4917da0"] = []
C["snn-140726d0723f"] = []
C["snn-5dcba1ae8bc4"] = [
    ev("abduction_forced_disappearance", ("2015-07-17", "2015-07-18"),
       loc("Kefraya, West Bekaa", "LB", 33.6675, 35.73278, 25),
       None, actor("التشيكيين", "خمسة أشخاص من الجنسية التشيكية", "Czech nationals", "Civilians"),
       optional=True),
]
C["snn-7f3b01e590b8"] = []
C["snn-cb1d990ab9dd"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-01", "2015-08-02"),
       loc("Najran", "SA", 17.4924, 44.12766, 25),
       actor("الحوثي", "حوثية", "الجانب اليمني", "Houthis", "Ansar Allah"),
       actor("عبدالله بن دواس ال منصور", "المواطنين", *CIV), fatalities=1),
]
C["ant-SK-internationalNews-2988-20180814"] = [
    ev("attack", ("2018-08-14", "2018-08-14"), loc("Westminster, London", "GB", 51.4995, -0.1248, 25),
       None, actor("المارة", *CIV), injured=[2, 99], optional=True),
]
C["ant-SK-internationalNews-599-20180326"] = []
C["ant-SK-economy-1089-20180802"] = []
LYMIL = ["الميليشيات", "إحدى الميليشيات", "المليشيات", "Militias (Libya)", "Libyan militias"]
C["ant-SK-middleEast-3494-20180902"] = [
    ev("shelling_artillery_missile_attack", ("2018-09-02", "2018-09-02"),
       loc("Al-Falah camp, Tripoli", "LY", 32.8850, 13.1897, 25),
       None, actor("نازحي تاورغاء", "مخيم الفلاح لنازحي تاورغاء", "Tawergha IDPs", *CIV),
       fatalities=4, injured=7),
    ev("armed_clash", ("2018-08-27", "2018-09-02"), loc("Tripoli", "LY", 32.8850, 13.1897, 25),
       actor(*LYMIL), actor(*LYMIL), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-08-31", "2018-08-31"), loc("South Tripoli", "LY", 32.83, 13.19, 25),
       None, None, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-08-27", "2018-09-02"), loc("Mitiga airport, Tripoli", "LY", 32.894, 13.276, 25),
       None, None, optional=True),
    ev("agreement", ("2018-08-28", "2018-08-30"), loc("Tripoli", "LY", 32.8850, 13.1897, 25),
       actor(*LYMIL), actor(*LYMIL), optional=True),
]
LNA = ["الجيش الوطني الليبي", "الجيش الليبي", "Libyan National Army", "LNA", "Haftar forces"]
DMSC = ["تنظيم القاعدة", "مجلس شورى مجاهدي درنة", "al-Qaeda", "Derna Mujahideen Shura Council", "Mujahideen Shura Council of Derna"]
C["ant-SK-middleEast-2275-20180610"] = [
    ev("armed_clash", ("2018-06-09", "2018-06-09"), loc("Shiha al-Sharqiya, Derna", "LY", 32.76704, 22.63669, 25),
       actor(*LNA), actor(*DMSC), fatalities=3),
    ev("armed_clash", ("2018-06-06", "2018-06-06"), loc("Al-Jubayla, Derna", "LY", 32.76704, 22.63669, 25),
       actor(*LNA), actor("سرور", "عمر رفاعي سرور", *DMSC), injured=1, optional=True),
]

C["ant-SK-internationalNews-3357-20181008"] = []
C["ant-SK-internationalNews-2682-20180717"] = []
C["snn-f41ae1046bb8"] = []
C["snn-8937b1395c35"] = []
SYRAF = ["الطائرات الحربية السورية والروسية", "الطائرات الحربية السورية", "الطائرات الروسية", "Syrian Air Force", "Russian Air Force",
         "Syrian government", "Military Forces of Syria", "Russia", "Military Forces of Russia"]
SYGOV = ["الحكومة", "الحكومة السورية", "Syrian government", "Military Forces of Syria", "Syrian regime"]
AHRAR = ["حركة أحرار الشام", "أحرار الشام", "مسلحو حركة أحرار الشام", "Ahrar al-Sham"]
C["ant-SK-middleEast-481-20180322"] = [
    ev("air_drone_strike", ("2018-03-22", "2018-03-22"), loc("Zamalka", "SY", 33.5261, 36.35385, 25),
       actor(*SYRAF), actor("الأحياء السكنية", *CIV), fatalities=[0, 19], injured=[0, 40]),
    ev("air_drone_strike", ("2018-03-22", "2018-03-22"), loc("Arbin", "SY", 33.53719, 36.36635, 25),
       actor(*SYRAF), actor(*CIV)),
    ev("air_drone_strike", ("2018-03-22", "2018-03-22"), loc("Ein Tarma", "SY", 33.51474, 36.35107, 25),
       actor(*SYRAF), actor(*CIV)),
    ev("non_violent_transfer_of_territory", ("2018-03-22", "2018-03-22"), loc("Harasta", "SY", 33.55869, 36.36515, 25),
       actor(*SYGOV), actor(*AHRAR)),
    ev("agreement", ("2018-03-15", "2018-03-21"), loc("Harasta", "SY", 33.55869, 36.36515, 25),
       actor(*SYGOV), actor(*AHRAR), optional=True),
]
SYREB = ["الفصائل المقاتلة المعارضة للنظام السوري", "الفصائل المقاتلة", "الفصائل المعارضة", "Syrian opposition", "Syrian rebels", "Opposition Rebels (Syria)"]
FUAH = ["قوات الدفاع الوطني", "National Defence Forces", "NDF", *CIV]
C["snn-746c86bed25b"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-21"), loc("Al-Fu'ah", "SY", 35.98262, 36.70351, 25),
       actor(*SYREB), actor(*FUAH), fatalities=[0, 7]),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-21"), loc("Kafraya", "SY", 35.99029, 36.67816, 25),
       actor(*SYREB), actor(*FUAH), fatalities=[0, 7]),
    ev("armed_clash", ("2015-07-15", "2015-07-21"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       actor("قوات النظام", "حزب الله اللبناني", "Syrian government", "Military Forces of Syria", "Hezbollah"),
       actor(*SYREB), optional=True),
]

C["ant-SK-middleEast-169-20180302"] = [
    ev("peaceful_protest", ("2018-02-23", "2018-03-02"), loc("Qararat al-Qataf (desert near Bani Walid / Tawergha)", "LY", 31.8, 14.5, 75),
       actor("سكان المدينة", "نازحي مدينة تاورغاء", "Tawergha IDPs", "Protesters (Libya)"), None, optional=True),
]
C["snn-ed1e9a3447d5"] = [
    ev("armed_clash", ("2015-07-25", "2015-07-25"), loc("Ain al-Hilweh camp", "LB", 33.54694, 35.38167, 25),
       actor("مجهولان", "المسلحين", "مجهولين", "Unidentified Armed Group"),
       actor("حركة فتح", "طلال الاردني", "القيادي في حركة فتح", "Fatah", "Palestinian National Security Forces"),
       fatalities=2, injured=1),
    ev("attack", ("2015-07-25", "2015-07-25"), loc("Ain al-Hilweh camp", "LB", 33.54694, 35.38167, 25),
       actor("مجهولان", "المسلحين", "مجهولين", "Unidentified Armed Group"),
       actor("حركة فتح", "طلال الاردني", "القيادي في حركة فتح", "Fatah", "Palestinian National Security Forces"),
       fatalities=2, injured=1, optional=True),
]
C["ant-SK-middleEast-1240-20180425"] = [
    ev("attack", ("2014-05-15", "2014-05-15"), loc("Near Ofer prison, Beitunia", "PS", 31.8966, 35.17048, 25),
       actor("قناص إسرائيلي", "جندي", "Israeli army", "Military Forces of Israel", "IDF"),
       actor("نديم نوارة", "فتى فلسطيني", "Palestinian civilians", *CIV), fatalities=1, optional=True),
]
C["snn-7fca8ae82153"] = [
    ev("arrests", ("2014-07-22", "2014-07-22"), loc("Tehran", "IR", 35.69439, 51.42151, 25),
       actor("السلطات الايرانية", "Iranian authorities", "Police Forces of Iran", "Iran"),
       actor("جيسون رضايان", "يغاني صالحي", "Jason Rezaian", "Journalists"), optional=True),
]
C["ant-SK-internationalNews-2791-20180723"] = []
C["ant-SK-middleEast-2264-20180609"] = []

C["ant-SK-technology-360-20180408"] = []
C["ant-SK-internationalNews-2749-20180720"] = []
SDA = ["الجيش", "عساكر الجيش", "أفراد من الجيش", "Sudanese army", "Military Forces of Sudan"]
SDP = ["الشرطة", "قوات الشرطة", "قوات الشرطة ومكافحة الشغب", "Sudanese police", "Police Forces of Sudan"]
C["snn-f390616cbdc8"] = [
    ev("armed_clash", ("2015-07-20", "2015-07-20"), loc("Dongola", "SD", 19.170302, 30.472126, 25),
       actor(*SDP), actor(*SDA)),
    ev("attack", ("2015-07-20", "2015-07-21"), loc("Dongola hospital", "SD", 19.170302, 30.472126, 25),
       actor(*SDA), actor("الطاقم الطبي", "Health workers", "Civilians", "المستشفى")),
    ev("armed_clash", ("2015-07-16", "2015-07-16"), loc("Dongola", "SD", 19.170302, 30.472126, 25),
       actor(*SDP), actor(*SDA), optional=True),
]
C["snn-b457bad1e248"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-09", "2015-08-09"), loc("Al-Arish", "EG", 31.13159, 33.79844, 25),
       None, actor("الشرطة المصرية", "شرطيين", "مدرعة", "Egyptian police", "Police Forces of Egypt"),
       fatalities=2, injured=3),
]
C["snn-b56809cd1d37"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-08-11"), loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor("تحالف دعم الشرعية", "Saudi-led coalition", "Yemeni government", "Popular Resistance"),
       actor("عصابات الحوثي", "أتباع علي صالح", "Houthis", "Ansar Allah", "Saleh loyalists"), optional=True),
]
C["ant-CN-middleEast-1056-20180531"] = []

C["snn-20e6e117e28d"] = []
C["ant-SK-middleEast-3774-20181008"] = [
    ev("arrests", ("2018-10-08", "2018-10-08"), loc("Derna", "LY", 32.76704, 22.63669, 25),
       actor(*LNA), actor("هشام عشماوي", "عشماوي", "المرابطون", "Hisham Ashmawi", "Al-Murabitun", "al-Qaeda")),
]
C["snn-6ed6c2ebbb9f"] = []
C["snn-177a70ede0ec"] = []
C["ant-CN-middleEast-994-20180521"] = []
C["snn-eca6c734bba3"] = []

C["ant-SK-internationalNews-84-20180222"] = []
C["snn-fb7a424e36b9"] = []
NUSRA = ["جبهة النصرة", "النصرة", "تنظيم القاعدة في بلاد الشام", "al-Nusra Front", "Jabhat al-Nusra", "Nusra Front"]
DIV30 = ["الفرقة 30", "عناصر من الفرقة 30", "مقاتلين من فصائل مقاتلة", "Division 30", "Syrian rebels", "Opposition Rebels (Syria)"]
C["snn-31ec5acb690f"] = [
    ev("armed_clash", ("2015-07-30", "2015-07-31"), loc("Azaz area", "SY", 36.58662, 37.04628, 25),
       actor(*NUSRA), actor(*DIV30), fatalities=11),
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-29"), loc("Azaz - al-Malikiya road", "SY", 36.58662, 37.04628, 25),
       actor(*NUSRA), actor("نديم الحسن", "ثمانية عناصر من الفرقة 30", *DIV30)),
]
C["ant-SK-middleEast-1455-20180506"] = []
C["snn-b5754d7ab734"] = []
COAL = ["قوات التحالف", "طائرات التحالف", "طائرات التحالف العربي", "الطيران", "Saudi-led coalition", "Arab Coalition"]
HOU = ["الحوثي", "الحوثيين", "ميليشيات الحوثي", "مليشيات صالح والحوثي", "Houthis", "Ansar Allah", "Saleh loyalists"]
PR = ["المقاومة الشعبية", "المقاومة", "Popular Resistance", "Yemeni Popular Resistance"]
D = ("2015-07-22", "2015-07-24")
C["snn-8e17d8ed5306"] = [
    ev("air_drone_strike", D, loc("Bab al-Mandab (17th Infantry Brigade camp)", "YE", 12.75, 43.40, 40),
       actor(*COAL), actor("اللواء 17 مشاة حرس جمهوري", *HOU), fatalities=[2, 99], injured=[2, 99]),
    ev("air_drone_strike", D, loc("Al-Mokha (government complex)", "YE", 13.31814, 43.24991, 25),
       actor(*COAL), actor(*HOU), optional=True),
    ev("armed_clash", D, loc("Jabal Sabir, Taiz", "YE", 13.53, 44.03, 25),
       actor(*PR), actor(*HOU), fatalities=15),
    ev("air_drone_strike", D, loc("Lahij governorate", "YE", 13.05667, 44.88194, 100),
       actor(*COAL), actor("تعزيزات حوثية", *HOU), optional=True),
    ev("air_drone_strike", D, loc("Faj Attan, Sanaa", "YE", 15.31, 44.19, 25),
       actor(*COAL), actor("مقر قيادة الصواريخ", *HOU)),
    ev("air_drone_strike", D, loc("Al-Sabaha, Sanaa", "YE", 15.35, 44.10, 25),
       actor(*COAL), actor("القوات الخاصة", *HOU)),
    ev("armed_clash", D, loc("Al-Alam checkpoint, Aden/Abyan", "YE", 12.87, 45.13, 30),
       actor(*PR), actor("أبو يحيى الحوثي", *HOU), fatalities=1),
    ev("armed_clash", D, loc("Lawdar", "YE", 13.88282, 45.86859, 25),
       actor(*PR), actor("عبدالباري النمري الحبجي", *HOU), fatalities=2, injured=1),
    ev("abduction_forced_disappearance", D, loc("Lawdar", "YE", 13.88282, 45.86859, 25),
       actor(*HOU), actor("المواطنين", *CIV), optional=True),
    ev("abduction_forced_disappearance", D, loc("Yemen", "YE", None, None),
       actor(*HOU), actor("جنودا من القوات الخاصة", "كتيبة الاحتياطي", "Military Forces of Yemen"), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-50.jsonl"))
