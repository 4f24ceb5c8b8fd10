import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# 1. South Sudan: prisoners riot at Blue House detention centre, Juba, Sunday morning
JUBA = loc("Juba (Blue House detention centre)", "SS", 4.85165, 31.58247, 25)
PRIS = actor("سجناء", "السجناء", "Prisoners", "Detainees")
GUARD = actor("الحراس", "حراس", "الأمن الوطني", "National Security Service", "NSS",
              "Military Forces of South Sudan", "Police Forces of South Sudan", "South Sudan security forces")
C["ant-SK-internationalNews-3335-20181007"] = [
    ev("violent_demonstration", ("2018-10-07", "2018-10-07"), JUBA, PRIS, GUARD),
    ev("armed_clash", ("2018-10-07", "2018-10-07"), JUBA, PRIS, GUARD, optional=True),
]

# 2. Ahwazi coalition forms its leadership: political, no event
C["snn-c195247bd4fa"] = []

# 3. Morocco: ISIS-linked cell dismantled Thursday in Tangier and Oued Zem; 9th arrest announced Friday
MA_SEC = actor("قوات الأمن", "المكتب المركزي للأبحاث القضائية", "وزارة الداخلية المغربية",
               "Police Forces of Morocco", "Moroccan security forces", "BCIJ", "Central Bureau of Judicial Investigations")
CELL = actor("خلية إرهابية", "الخلية الإرهابية", "داعش", "Islamic State", "ISIS", "Daesh")
C["ant-SK-middleEast-680-20180331"] = [
    ev("arrests", ("2018-03-29", "2018-03-29"), loc("Tangier", "MA", 35.76727, -5.79975, 25), MA_SEC, CELL),
    ev("arrests", ("2018-03-29", "2018-03-29"), loc("Oued Zem", "MA", 32.8627, -6.57359, 25), MA_SEC, CELL),
    ev("arrests", ("2018-03-29", "2018-03-30"), loc("Morocco", "MA", None, None), MA_SEC, CELL, optional=True),
]

# 4. Gaza: Israeli shelling east of Rafah kills 2 (Saraya al-Quds post) Sunday; Sat night air strikes on 2 sites
IDF = actor("الجيش الإسرائيلي", "إسرائيل", "مقاتلاته", "Israeli army", "Israel Defense Forces", "IDF",
            "Military Forces of Israel", "Israel")
PIJ = actor("سرايا القدس", "حركة الجهاد الإسلامي", "الجهاد الإسلامي", "Saraya al-Quds", "Al-Quds Brigades",
            "Palestinian Islamic Jihad", "PIJ", "فلسطينيان", "Palestinians")
RAFAH_E = loc("East of Rafah", "PS", 31.29, 34.285, 25)
GAZA = loc("Gaza Strip", "PS", 31.406507, 34.376782, 30)
C["ant-SK-middleEast-1973-20180527"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-27", "2018-05-27"), RAFAH_E, IDF, PIJ, fatalities=2, injured=1),
    ev("air_drone_strike", ("2018-05-26", "2018-05-27"), GAZA, IDF, None),
    ev("remote_explosive_landmine_ied", ("2018-05-25", "2018-05-27"), RAFAH_E, None, IDF, optional=True),
    ev("peaceful_protest", ("2018-05-26", "2018-05-26"), GAZA,
       actor("محتجين فلسطينيين", "Palestinian protesters", "Protesters (Palestine)"), None, optional=True),
]

# 5. Trump-MBS meeting: no event
C["ant-SK-middleEast-464-20180321"] = []

# 6. Somalia: SNA+AMISOM take Dinsor (announced Fri); AMISOM retook Bardhere Wednesday
SNA = actor("القوات الصومالية", "القوات الحكومية الصومالية", "قواتنا", "Somali National Army", "SNA",
            "Military Forces of Somalia", "Somali government forces")
AMISOM = actor("قوات الاتحاد الإفريقي", "اميصوم", "AMISOM", "African Union Mission in Somalia", "African Union")
SHAB = actor("حركة الشباب", "الشباب", "المتمردون", "متمردي حركة الشباب", "Al Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen")
C["snn-e89f114ea59b"] = [
    ev("government_regains_territory", ("2015-07-23", "2015-07-24"), loc("Dinsoor", "SO", 2.41, 42.97, 25), SNA, SHAB),
    ev("government_regains_territory", ("2015-07-22", "2015-07-22"), loc("Bardhere", "SO", 2.3385, 42.2843, 25), AMISOM, SHAB),
]

# 7. Saudi air defence intercepts Houthi ballistic missile toward Jazan, Thursday evening
SAUDI = actor("الدفاعات الجوية السعودية", "الدفاع الجوي السعودي", "قوات الدفاع الجوي الملكي السعودي",
              "Saudi air defense", "Military Forces of Saudi Arabia", "Saudi Arabia", "Saudi-led coalition", "التحالف العربي")
HOUTHI = actor("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثية", "الجماعة الحوثية", "Houthis", "Ansar Allah", "Houthi militia")
bg = ("2018-03-22", "2018-03-28")
C["ant-SK-middleEast-652-20180329"] = [
    ev("disrupted_weapons_use", ("2018-03-29", "2018-03-29"), loc("Jazan", "SA", 16.88917, 42.55111, 25), SAUDI, HOUTHI),
    ev("disrupted_weapons_use", bg, loc("Riyadh", "SA", 24.702524, 46.821833, 25), SAUDI, HOUTHI, optional=True),
    ev("disrupted_weapons_use", bg, loc("Khamis Mushait", "SA", 18.3, 42.73333, 25), SAUDI, HOUTHI, optional=True),
    ev("disrupted_weapons_use", bg, loc("Najran", "SA", 17.49326, 44.12766, 25), SAUDI, HOUTHI, optional=True),
    ev("disrupted_weapons_use", bg, loc("Jazan", "SA", 16.88917, 42.55111, 25), SAUDI, HOUTHI, optional=True),
]

# 8. Syrian MP humiliating Ghouta displaced (video): no codable event
C["ant-SK-middleEast-506-20180323"] = []

# 9. MH17 investigation: only background shoot-down of July 2014 (optional)
C["snn-a60bde1d7d5e"] = [
    ev("shelling_artillery_missile_attack", ("2014-07-17", "2014-07-17"), loc("Eastern Ukraine (MH17 crash site near Hrabove)", "UA", 48.14, 38.65, 100),
       None, actor("Civilians", "ركابها", "المدنيين", "Malaysia Airlines MH17 passengers"), fatalities=298, optional=True),
]

# 10. Coalition announces 5-day humanitarian truce starting next Sunday: planned, not an event (optional twins)
COAL = actor("قوات التحالف", "قيادة قوات التحالف", "قيادة التحالف", "التحالف", "Saudi-led coalition", "Arab Coalition")
C["snn-78bf21d763da"] = [
    ev("agreement", ("2015-07-23", "2015-07-25"), loc("Yemen", "YE", None, None), COAL,
       actor("الحوثيين", "Houthis", "Ansar Allah"), optional=True),
    ev("change_to_group_activity", ("2015-07-23", "2015-07-25"), loc("Yemen", "YE", None, None), COAL, None, optional=True),
]

# 11. Kurdistan: public employees strike over compulsory savings; mass march in Sulaymaniyah
EMP = actor("الموظفين", "موظفي قطاعي الصحة والتعليم", "الموظفين الغاضبين", "المضربون", "الأطباء والمدرسون",
            "Protesters (Iraq)", "Government employees", "Public sector workers", "Teachers", "Doctors")
KRG = actor("حكومة الإقليم", "الحكومة المحلية", "Kurdistan Regional Government", "KRG")
D3 = ("2018-03-23", "2018-03-25")
C["ant-SK-economy-210-20180325"] = [
    ev("peaceful_protest", D3, loc("Sulaymaniyah", "IQ", 35.555851, 45.408495, 25), EMP, None),
    ev("peaceful_protest", D3, loc("Erbil", "IQ", 36.19257, 44.01062, 25), EMP, None, optional=True),
    ev("peaceful_protest", D3, loc("Dohuk governorate", "IQ", 36.86608, 42.9879, 100), EMP, None, optional=True),
]

# 12. Houthis abduct journalists (campaign, cumulative, undated): optional only
HOU = actor("الحوثيين", "الانقلابيين الحوثيين", "المليشيات الحوثية", "الميليشيات الحوثية", "المليشيات الانقلابية",
            "Houthis", "Ansar Allah")
JOUR = actor("صحفيين", "الصحفيين", "صحفياً وكاتباً", "Journalists (Yemen)", "Journalists", "Civilians")
C["snn-6c0a5396ea0b"] = [
    ev("abduction_forced_disappearance", ("2015-03-25", "2015-08-10"), loc("Yemen", "YE", None, None), HOU, JOUR, optional=True),
    ev("looting_property_destruction", ("2015-03-25", "2015-08-10"), loc("Yemen", "YE", None, None), HOU,
       actor("أنيس منصور", "Anis Mansour", "Journalists (Yemen)", "Civilians"), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-22.jsonl"))
