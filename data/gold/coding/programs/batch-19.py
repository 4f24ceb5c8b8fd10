import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# Ankara protest dispersed with water cannon and tear gas; no date -> [pub-2, pub]
C["snn-67425a582d08"] = [
    ev("protest_with_intervention", ("2015-07-23", "2015-07-25"),
       loc("Ankara", "TR", 39.91987, 32.85427, 25),
       actor("Protesters", "متظاهر", "متظاهرين", "Protesters (Turkey)"),
       actor("Police Forces of Turkey", "Turkish police", "الشرطة التركية", "الشرطة"),
       fatalities=None, injured=None),
]

# South Sudan peace agreement signed in Addis Ababa on Wednesday (= published)
_kiir = actor("Government of South Sudan", "South Sudan government", "سلفا كير", "الرئيس سلفا كير", "Salva Kiir")
_machar = actor("SPLM/A-IO", "SPLM-IO", "Sudan People's Liberation Movement-in-Opposition", "رياك مشار",
                "قائد المتمردين رياك مشار", "المتمردين", "Riek Machar")
C["ant-SK-internationalNews-3229-20180912"] = [
    ev("agreement", ("2018-09-12", "2018-09-12"),
       loc("Addis Ababa", "ET", 9.02497, 38.74689, 25), _kiir, _machar),
    # twin reading: agreement coded to the country it concerns
    ev("agreement", ("2018-09-12", "2018-09-12"),
       loc("South Sudan", "SS", None, None, 100), _kiir, _machar, optional=True),
    # background: Khartoum power-sharing deal "early last month"
    ev("agreement", ("2018-08-01", "2018-08-10"),
       loc("Khartoum", "SD", 15.555134, 32.558943, 25), _kiir, _machar, optional=True),
]

# Gaza fence: 16-year-old shot dead by Israeli soldiers during "clashes" last Friday (2018-09-07);
# second teen (Khafaja) death announced the same Friday -> fatalities [1, 2]
_idf = actor("Military Forces of Israel", "Israeli army", "IDF", "الجنود الإسرائيليون", "الجيش الإسرائيلي", "جنود إسرائيليين")
_pal = actor("Protesters (Palestine)", "Palestinian protesters", "Protesters", "Civilians (Palestine)", "Civilians",
             "شاب فلسطيني", "الشاب", "الصبي", "أحمد مصباح أبو طيور")
_gaza = loc("Gaza Strip border fence", "PS", 31.406507, 34.376782, 30)
C["ant-CN-middleEast-1346-20180911"] = [
    ev("excessive_force_against_protesters", ("2018-09-07", "2018-09-07"), _gaza, _idf, _pal, fatalities=[1, 2]),
    ev("attack", ("2018-09-07", "2018-09-07"), _gaza, _idf, _pal, fatalities=[1, 2], optional=True),
    # IDF says it stopped four armed Gazans trying to cross the fence, last Saturday (2018-09-08)
    ev("other", ("2018-09-08", "2018-09-08"), _gaza, _idf,
       actor("سكان غزة", "Palestinians", "Unidentified Armed Group (Palestine)"), optional=True),
    # ticker: Bahrain announced arrest of 14 Iranians with forged passports (no date, country only)
    ev("arrests", ("2018-09-01", "2018-09-11"), loc("Bahrain", "BH", None, None, 100),
       actor("Police Forces of Bahrain", "وزارة الداخلية البحرينية", "Bahrain Ministry of Interior"),
       actor("إيرانياً", "Iranians"), optional=True),
    # ticker: armed groups in Idlib arresting reconciliation signers since early August (vague, ongoing)
    ev("arrests", ("2018-08-01", "2018-09-11"), loc("Idlib", "SY", 35.93, 36.63, 100),
       actor("مجموعات مسلحة", "فصائل المعارضة", "Syrian opposition", "Opposition rebels"),
       None, optional=True),
]

# Kabul: gunmen kidnapped and killed 3 foreign Sodexo employees, Thursday (= published)
_gun = actor("Unidentified Armed Group (Afghanistan)", "Unidentified Armed Group", "مسلحون")
_for = actor("Civilians (International)", "Civilians", "أجانب", "3 أجانب", "هندي وماليزي ومقدوني")
_kabul = loc("Kabul", "AF", 34.52813, 69.17233, 25)
C["ant-SK-internationalNews-2866-20180802"] = [
    ev("attack", ("2018-08-02", "2018-08-02"), _kabul, _gun, _for, fatalities=3),
    ev("abduction_forced_disappearance", ("2018-08-02", "2018-08-02"), _kabul, _gun, _for, optional=True),
]

# Iran: executions toll (not an event); teachers' demonstration near parliament in Tehran on Wednesday
# (2015-07-22), dispersed by police/security forces, 200+ arrested
_teach = actor("Protesters (Iran)", "Protesters", "Teachers", "أستاذ إيراني", "أساتذة", "أستاذ", "مجموعة أساتذة")
_irpol = actor("Police Forces of Iran", "Iranian police", "Iranian security forces", "الشرطة", "قوات الأمن",
               "السلطات الإيرانية", "Iran")
C["snn-df92e185d2f4"] = [
    ev("protest_with_intervention", ("2015-07-22", "2015-07-22"),
       loc("Tehran", "IR", 35.69439, 51.42151, 25), _teach, _irpol),
    ev("arrests", ("2015-07-22", "2015-07-22"),
       loc("Tehran", "IR", 35.69439, 51.42151, 25), _irpol, _teach, optional=True),
]

# Turkey/Russia S-400 delivery date: no event
C["ant-SK-internationalNews-778-20180404"] = []

# Sirnak: PKK remote IED on military convoy at Arakoy "yesterday" (2015-08-05): 3 soldiers killed, 1 injured;
# followed by clashes
_pkk = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "حزب العمال", "متمردين أكراد",
             "متمردي حزب العمال", "متمردين من حزب العمال الكردستاني")
_trmil = actor("Military Forces of Turkey", "Turkish army", "Turkish military", "جنود أتراك", "الجنود الأتراك",
               "قافلة عسكرية", "الجيش التركي", "قوات الأمن")
_arak = loc("Arakoy, Sirnak", "TR", 37.48333, 42.53222, 25)
C["snn-ae1b71ffa746"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-05", "2015-08-05"), _arak, _pkk, _trmil, fatalities=3, injured=1),
    ev("armed_clash", ("2015-08-05", "2015-08-05"), _arak, _trmil, _pkk, optional=True),
    # gas pipeline blast in Kars yesterday, unclaimed
    ev("remote_explosive_landmine_ied", ("2015-08-05", "2015-08-05"),
       loc("Kars", "TR", 40.59825, 43.08548, 50), None, None, optional=True),
    # background: Suruc suicide bombing 20 July, 32 killed, IS accused
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.989671, 38.38611, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"),
       actor("Civilians (Turkey)", "Civilians", "الناشطين الشبان الأكراد"), fatalities=32, optional=True),
    # vague: daily Turkish air strikes on PKK in the mountains of northern Iraq
    ev("air_drone_strike", ("2015-07-24", "2015-08-06"), loc("Northern Iraq", "IQ", 37.0, 44.0, 150),
       actor("Military Forces of Turkey", "Turkish air force", "الطيران التركي", "الطائرات الحربية التركية"),
       _pkk, optional=True),
]

# Turkish army statement Thu: 3 soldiers killed in clashes with PKK in "northern Iraq" (region only, no day)
_trmil2 = actor("Military Forces of Turkey", "Turkish army", "Turkish military", "الجيش التركي", "جنود أتراك",
                "قوات الأمن التركية")
_pkk2 = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "الحزب العمال الكردستاني",
              "العمال الكردستاني", "المتمردين الأكراد", "المنظمة الإرهابية الانفصالية")
_niq = loc("Northern Iraq", "IQ", 37.0, 44.0, 150)
C["ant-SK-internationalNews-1886-20180531"] = [
    ev("armed_clash", ("2018-05-29", "2018-05-31"), _niq, _trmil2, _pkk2, fatalities=3, optional=True),
    # Tuesday announcement: another soldier killed in PKK attack (place not given), answered by air strikes
    ev("armed_clash", ("2018-05-27", "2018-05-29"), loc("Turkey", "TR", None, None, 100), _pkk2, _trmil2,
       fatalities=1, optional=True),
    ev("air_drone_strike", ("2018-05-27", "2018-05-29"), _niq, _trmil2, _pkk2, optional=True),
]

# Reactions to US/UK/French strikes in Syria "dawn Saturday": event place given only as Syria -> optional
_west = actor("Military Forces of the United States", "Military Forces of the United Kingdom",
              "Military Forces of France", "الولايات المتحدة وبريطانيا وفرنسا", "الولايات المتحدة", "بريطانيا",
              "فرنسا", "US-led coalition", "Western forces")
_syr = actor("Military Forces of Syria", "Syrian government forces", "Syrian regime", "النظام السوري")
C["ant-SK-middleEast-1038-20180414"] = [
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"), loc("Syria", "SY", None, None, 100), _west, _syr,
       optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-13", "2018-04-14"), loc("Syria", "SY", None, None, 100),
       _west, _syr, optional=True),
    # alleged chemical use in Eastern Ghouta (background, no day)
    ev("chemical_weapon", ("2018-04-01", "2018-04-14"), loc("Eastern Ghouta", "SY", 33.57, 36.42, 25),
       _syr, actor("Civilians (Syria)", "Civilians", "المدنيين الأبرياء", "المدنيين"), optional=True),
]

# Faryab: Taliban seize army base after two days of fighting (officials on Tuesday); 14 killed (headline) or
# at least 10 soldiers + 30 Taliban; 15 injured; dozens/40 soldiers captured
_tal = actor("Taliban", "حركة طالبان", "طالبان", "مسلحين من حركة طالبان")
_afmil = actor("Military Forces of Afghanistan", "Afghan army", "Afghan National Army", "Afghan security forces",
               "القوات الأفغانية", "جنود", "الجنود")
_faryab = loc("Faryab province (army base)", "AF", 35.92139, 64.78361, 100)
C["ant-SK-internationalNews-2987-20180814"] = [
    ev("non_state_actor_overtakes_territory", ("2018-08-12", "2018-08-14"), _faryab, _tal, _afmil,
       fatalities=[14, 44], injured=15),
    ev("armed_clash", ("2018-08-12", "2018-08-14"), _faryab, _tal, _afmil, fatalities=[14, 44], injured=15,
       optional=True),
    # Ghazni: clashes since last week, hundreds killed and wounded (vague, multi-day)
    ev("armed_clash", ("2018-08-07", "2018-08-14"), loc("Ghazni", "AF", 33.55391, 68.42096, 25), _tal, _afmil,
       optional=True),
    ev("air_drone_strike", ("2018-08-07", "2018-08-14"), loc("Ghazni", "AF", 33.55391, 68.42096, 25),
       actor("Military Forces of the United States", "US forces", "القوات الأميركية"), _tal, optional=True),
]

# al-Qaryatayn (Homs): IS seized the town on Wednesday (2015-08-05) and abducted ~230 civilians (SOHR, yesterday)
_is = actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "عناصر تنظيم داعش", "التنظيم")
_qar = loc("Al Qaryatayn", "SY", 34.22956, 37.24066, 25)
C["snn-889fbc19c360"] = [
    ev("abduction_forced_disappearance", ("2015-08-05", "2015-08-07"), _qar, _is,
       actor("Civilians (Syria)", "Civilians", "مدنياً", "مدنيين", "مسيحياً", "مسيحيا", "سنيا"), fatalities=None),
    ev("non_state_actor_overtakes_territory", ("2015-08-05", "2015-08-05"), _qar, _is,
       actor("Military Forces of Syria", "Syrian government forces", "Syrian regime", "النظام"), ),
    # background: IS took Palmyra on 21 May; masked men abducted the prior of Mar Elian monastery in May
    ev("non_state_actor_overtakes_territory", ("2015-05-21", "2015-05-21"), loc("Palmyra", "SY", 34.5624, 38.28402, 25),
       _is, actor("Military Forces of Syria", "Syrian government forces"), optional=True),
    ev("abduction_forced_disappearance", ("2015-05-21", "2015-05-31"), _qar,
       actor("ثلاثة مقنعين", "Unidentified Armed Group (Syria)", "Unidentified Armed Group"),
       actor("Civilians (Syria)", "Civilians", "رئيس دير مار اليان", "Christian Group (Syria)"), optional=True),
]

# Najran: Saudi air defence intercepted a Houthi ballistic missile fired from Saada, Saturday (= published)
_sad = actor("Military Forces of Saudi Arabia", "Royal Saudi Air Defense", "Saudi air defense",
             "الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف",
             "قوات تحالف دعم الشرعية", "Saudi-led coalition", "Arab Coalition")
_hou = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الميليشيا الحوثية",
             "المليشيا الحوثية", "الحوثي")
_naj = loc("Najran", "SA", 17.4924, 44.12766, 25)
C["ant-SK-middleEast-2867-20180714"] = [
    ev("disrupted_weapons_use", ("2018-07-14", "2018-07-14"), _naj, _sad, _hou, fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-07-14", "2018-07-14"), _naj, _hou, _sad, fatalities=0,
       injured=0, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-19.jsonl"))
