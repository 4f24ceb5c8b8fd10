import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["ميليشيا الحوثي", "ميليشيا_الحوثي", "الحوثيين", "الحوثي", "Houthis", "Ansar Allah", "Houthi militia"]

# 2015-07-21 Tue; Yemen: Dar Saad shelling, Al-Anad clashes, Marib attack
C["snn-bbd2d33ecff0"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-19", "2015-07-21"),
       loc("Dar Saad, Aden", "YE", 12.909453, 44.977881, 25),
       actor(*HOUTHI), actor("Civilians", "مدنيين", "عائلة واحدة"), fatalities=8),
    ev("armed_clash", ("2015-07-19", "2015-07-21"),
       loc("Al Anad air base, Lahij", "YE", 13.18, 44.77, 50),
       actor("المقاومة اليمنية", "Popular Resistance", "Yemeni Resistance", "Southern Resistance"),
       actor(*HOUTHI), fatalities=22),
    ev("armed_clash", ("2015-07-19", "2015-07-21"),
       loc("Marib", "YE", 15.46253, 45.32581, 100),
       actor("المقاومة الشعبية", "Popular Resistance", "Yemeni Resistance"),
       actor(*HOUTHI, "قوات صالح", "Saleh forces", "Forces loyal to Ali Abdullah Saleh"), fatalities=9),
]

# 2018-05-17 Thu; LNA offensive on Derna
LNA = ["قوات الجيش الليبي", "الجيش الليبي", "الجيش الوطني الليبي", "Libyan National Army", "LNA", "Haftar forces"]
DERNA_ISL = ["المتطرفين", "التنظيمات الإرهابي", "الإرهابيين", "التنظيمات الإرهابية", "Derna Mujahideen Shura Council",
             "Derna Protection Force", "Islamist militants"]
DERNA = loc("Derna", "LY", 32.76704, 22.63669, 25)
C["ant-SK-middleEast-1777-20180517"] = [
    ev("armed_clash", ("2018-05-15", "2018-05-17"), DERNA, actor(*LNA), actor(*DERNA_ISL)),
    ev("government_regains_territory", ("2018-05-15", "2018-05-17"), DERNA, actor(*LNA), actor(*DERNA_ISL), optional=True),
    ev("air_drone_strike", ("2018-05-15", "2018-05-17"), DERNA, actor(*LNA), actor(*DERNA_ISL)),
    ev("arrests", ("2018-05-15", "2018-05-17"), DERNA, actor(*LNA), actor("الإرهابيين الأجانب", *DERNA_ISL), optional=True),
]

# 2018-03-27 Tue; West Bengal communal riots Sun-Mon, 3 killed, dozens hurt
C["ant-SK-internationalNews-621-20180327"] = [
    ev("mob_violence", ("2018-03-25", "2018-03-26"),
       loc("West Bengal", "IN", 23.0, 88.0, 150),
       actor("هندوس", "الهندوس", "Hindus", "Hindu Group", "أنصار حزب رئيس الوزراء ناريندرامودي", "حزب بهاراتيا جاناتا", "BJP", "Bharatiya Janata Party"),
       actor("مسلمين", "المسلمين", "Muslims", "Muslim Group", "حزب مؤتمر ترينا مول", "Trinamool Congress", "AITC"),
       fatalities=3, injured=[10, 99]),
    ev("arrests", ("2018-03-26", "2018-03-27"), loc("West Bengal", "IN", 23.0, 88.0, 150),
       actor("الشرطة الهندية", "شرطة الولاية", "Police Forces of India", "Indian police"), None, optional=True),
]

# 2018-03-26; UK statement on Iran arming Houthis -> no event
C["ant-SK-middleEast-560-20180326"] = []

# 2018-04-25; Sisi speech -> no event
C["ant-CN-middleEast-723-20180425"] = []

# 2015-07-24 Fri ("اليوم الخميس"); US-Turkey Incirlik deal: optional agreement only
C["snn-4db1e7fbf118"] = [
    ev("agreement", ("2015-07-22", "2015-07-24"), loc("Turkey", "TR", None, None),
       actor("الولايات المتحدة", "United States", "USA", "Military Forces of the United States"),
       actor("تركيا", "Turkey", "Military Forces of Turkey"), optional=True),
]

# 2018-03-25 Sun; memorial for Lt Col Beltrame; Trebes supermarket hostage attack Fri 23 Mar
TREBES = loc("Trebes", "FR", 43.2106, 2.4414, 25)
LAKDIM = ["متطرف", "المهاجم", "رضوان لقديم", "Radouane Lakdim", "Islamic State", "ISIS", "Islamist militant"]
C["ant-SK-internationalNews-580-20180325"] = [
    ev("attack", ("2018-03-23", "2018-03-23"), TREBES, actor(*LAKDIM),
       actor("Civilians", "رهائن", "رهينة", "ضابط الشرطة", "أرنو بلترام", "Arnaud Beltrame", "Gendarmerie", "Police Forces of France"),
       fatalities=[1, 5]),
    ev("armed_clash", ("2018-03-23", "2018-03-23"), TREBES, actor("الشرطة", "Police Forces of France", "Gendarmerie", "الدرك الوطني"),
       actor(*LAKDIM), fatalities=[1, 5], optional=True),
    ev("arrests", ("2018-03-23", "2018-03-25"), TREBES, actor("Police Forces of France", "الشرطة"), None, optional=True),
]

# 2018-04-08 Sun; Douma chemical attack Sat 7 Apr
REGIME = ["قوات النظام السوري", "قوات النظام", "النظام السوري", "Syrian government forces", "Military Forces of Syria", "Syrian regime", "Syrian Army"]
CIV = ["Civilians", "المدنيين", "مدنيين"]
DOUMA = loc("Douma", "SY", 33.57175, 36.4027, 25)
C["ant-SK-middleEast-847-20180408"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), DOUMA, actor(*REGIME), actor(*CIV),
       fatalities=[11, 150], injured=[70, 1100]),
    ev("air_drone_strike", ("2018-04-06", "2018-04-07"), DOUMA, actor(*REGIME), actor(*CIV, "جيش الإسلام", "Jaysh al-Islam")),
    ev("air_drone_strike", ("2018-04-06", "2018-04-08"), DOUMA, actor(*REGIME), actor(*CIV), fatalities=[10, 99], optional=True),
    ev("armed_clash", ("2018-04-06", "2018-04-07"), DOUMA, actor(*REGIME), actor("جيش الإسلام", "Jaysh al-Islam", "الفصائل المعارضة", "Syrian rebels"), optional=True),
    ev("chemical_weapon", ("2018-03-08", "2018-03-08"), loc("Hammouriyeh", "SY", 33.52777, 36.38582, 25), actor(*REGIME), actor(*CIV), injured=[10, 99], optional=True),
    ev("chemical_weapon", ("2018-03-08", "2018-03-08"), loc("Saqba", "SY", 33.51893, 36.3831, 25), actor(*REGIME), actor(*CIV), injured=[10, 99], optional=True),
]

# 2015-07-26 Sun; Nujaifi interview + Anbar: IS executes ~50 Fallujah protesters, Ramadi advance, al-Sijr battles
ISIS = ["داعش", "تنظيم داعش", "تنظيم داعش الإرهابي", "Islamic State", "ISIS", "Daesh", "ISIL"]
IQF = ["القوات العراقية", "القوات المشتركة", "الجيش", "Iraqi security forces", "Military Forces of Iraq", "Iraqi Army"]
FALLUJA = loc("Fallujah", "IQ", 33.34913, 43.78599, 25)
C["snn-eff82e9ac47b"] = [
    ev("attack", ("2015-07-24", "2015-07-26"), FALLUJA, actor(*ISIS),
       actor("Civilians", "أهالي الفلوجة", "Protesters (Iraq)"), fatalities=[45, 55]),
    ev("peaceful_protest", ("2015-07-24", "2015-07-24"), FALLUJA, actor("أهالي الفلوجة", "Protesters (Iraq)"), None, optional=True),
    ev("excessive_force_against_protesters", ("2015-07-24", "2015-07-26"), FALLUJA, actor(*ISIS),
       actor("أهالي الفلوجة", "Protesters (Iraq)", "Civilians"), fatalities=[45, 55], optional=True),
    ev("government_regains_territory", ("2015-07-24", "2015-07-26"), loc("Ramadi (east, al-Madiq)", "IQ", 33.42056, 43.30778, 25),
       actor(*IQF), actor(*ISIS)),
    ev("armed_clash", ("2015-07-24", "2015-07-26"), loc("al-Sijr, NW of Fallujah", "IQ", 33.4119, 43.80488, 25),
       actor(*IQF), actor(*ISIS)),
    ev("air_drone_strike", ("2015-07-19", "2015-07-26"), loc("Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor("طيران التحالف", "Coalition", "US-led coalition", "International Coalition", *IQF), actor(*ISIS), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-19", "2015-07-26"), FALLUJA, actor(*IQF), actor(*ISIS), optional=True),
    ev("armed_clash", ("2015-07-19", "2015-07-26"), FALLUJA, actor(*IQF), actor(*ISIS), optional=True),
]

# 2018-03-17 Sat; Kurdish protests in Germany against Turkish Afrin offensive
KURDS = ["أكراد", "الأكراد", "للأكراد", "محتج", "المتظاهرون", "Protesters (Germany)", "Kurdish protesters", "Kurds", "Kurdish Ethnic Group"]
DEPOL = ["الشرطة", "Police Forces of Germany", "German police", "السلطات الألمانية"]
HANN = loc("Hannover", "DE", 52.3759, 9.7320, 25)
C["ant-SK-internationalNews-417-20180317"] = [
    ev("protest_with_intervention", ("2018-03-15", "2018-03-17"), HANN, actor(*KURDS), actor(*DEPOL)),
    ev("violent_demonstration", ("2018-03-15", "2018-03-17"), HANN, actor(*KURDS), actor(*DEPOL), optional=True),
    ev("arrests", ("2018-03-15", "2018-03-17"), HANN, actor(*DEPOL), actor(*KURDS), optional=True),
    ev("peaceful_protest", ("2018-03-15", "2018-03-17"), loc("Cologne", "DE", 50.9375, 6.9603, 25), actor(*KURDS), None),
    ev("peaceful_protest", ("2018-03-15", "2018-03-17"), loc("Wuppertal", "DE", 51.2562, 7.1508, 25), actor(*KURDS), None),
]

# 2018-07-20 Fri; "Friday of anger" protests Basra, Dhi Qar (Habboubi sq., Nasiriyah), Baghdad Tahrir sq.
PROT_IQ = ["المتظاهرون", "المتظاهرين", "محتجون", "Protesters (Iraq)"]
C["ant-SK-middleEast-3014-20180720"] = [
    ev("peaceful_protest", ("2018-07-20", "2018-07-20"), loc("Basra", "IQ", 30.50852, 47.7804, 25), actor(*PROT_IQ), None),
    ev("peaceful_protest", ("2018-07-20", "2018-07-20"), loc("Nasiriyah (Habboubi square), Dhi Qar", "IQ", 31.05799, 46.25726, 25), actor(*PROT_IQ), None),
    ev("peaceful_protest", ("2018-07-20", "2018-07-20"), loc("Baghdad (Tahrir square)", "IQ", 33.3286, 44.4210, 25), actor(*PROT_IQ), None),
]

# 2018-10-02 Tue; Barcelona referendum anniversary: CDR blockades Mon, late-Mon clashes at parliament
CAT = ["ناشطين من دعاة استقلال كاتالونيا", "المتظاهرين", "المتظاهرين المتشددين", "لجان الدفاع عن الجمهورية",
       "Committees for the Defence of the Republic", "CDR", "Catalan separatists", "Protesters (Spain)", "Rioters (Spain)"]
CATPOL = ["قوات الأمن", "قوات مكافحة الشغب التابعة لحكومة كاتالونيا", "شرطة الإقليم", "الشرطة", "Mossos d'Esquadra",
          "Police Forces of Spain", "Catalan police"]
BCN = loc("Barcelona", "ES", 41.3874, 2.1686, 25)
C["ant-SK-internationalNews-3247-20181002"] = [
    ev("violent_demonstration", ("2018-10-01", "2018-10-02"), BCN, actor(*CAT), actor(*CATPOL)),
    ev("protest_with_intervention", ("2018-10-01", "2018-10-02"), BCN, actor(*CAT), actor(*CATPOL), optional=True),
    ev("peaceful_protest", ("2018-10-01", "2018-10-01"), BCN, actor(*CAT), None),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-18.jsonl"))
