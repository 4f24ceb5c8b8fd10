import os, json
# Gold adjudication, sixth draw (K = 6). Decisions and reasons: adj-6.notes.txt
# Both decisions keep one coder's events whole (the other's differ only as the notes say);
# they are written out here and validated by the kit's constructors.
import sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write

def again(e):
    l = e["location"]
    return ev(e["sub_event_type"], (e["date"]["start"], e["date"]["end"]),
              loc(l["name"], l["country"], l["lat"], l["lon"], l["tolerance_km"]),
              actor(*e["actor1"]["any_of"]) if e["actor1"] else None,
              actor(*e["actor2"]["any_of"]) if e["actor2"] else None,
              fatalities=e["fatalities"], injured=e["injured"], optional=bool(e.get("optional")))

C = {}
# --- snn-e2ffec552439 (Germany: a returning IS fighter arrested; published 2015-07-23): the second coding
C["snn-e2ffec552439"] = [again(e) for e in json.loads('[{"event_type": "strategic_developments", "sub_event_type": "arrests", "date": {"start": "2015-07-20", "end": "2015-07-20"}, "location": {"name": "Bremen", "country": "DE", "lat": 53.08, "lon": 8.8, "tolerance_km": 100}, "actor1": {"any_of": ["السلطات الألمانية", "German authorities", "German police"]}, "actor2": {"any_of": ["Islamic State", "ISIS", "Daesh", "داعش", "مقاتلي تنظيم داعش"]}, "fatalities": null, "injured": null, "optional": true}]')]
# --- snn-4308bade1de2 (Abyan: the Popular Resistance takes Dofas and al-Kawd; published 2015-08-01): the first coding
C["snn-4308bade1de2"] = [again(e) for e in json.loads('[{"event_type": "battles", "sub_event_type": "government_regains_territory", "date": {"start": "2015-07-30", "end": "2015-08-01"}, "location": {"name": "Dofas", "country": "YE", "lat": 13.09, "lon": 45.31, "tolerance_km": 25}, "actor1": {"any_of": ["Popular Resistance", "المقاومة الشعبية", "المقاومة", "Yemeni pro-government forces"]}, "actor2": {"any_of": ["Houthis", "Ansar Allah", "الحوثيين", "الحوثيون", "الحوثي", "ميليشيات الحوثيين", "Saleh forces", "القوات الموالية للرئيس اليمني السابق"]}, "fatalities": null, "injured": null}, {"event_type": "battles", "sub_event_type": "government_regains_territory", "date": {"start": "2015-07-30", "end": "2015-08-01"}, "location": {"name": "Al Kawd", "country": "YE", "lat": 13.08861, "lon": 45.36472, "tolerance_km": 25}, "actor1": {"any_of": ["Popular Resistance", "المقاومة الشعبية", "المقاومة", "Yemeni pro-government forces"]}, "actor2": {"any_of": ["Houthis", "Ansar Allah", "الحوثيين", "الحوثيون", "الحوثي", "ميليشيات الحوثيين", "Saleh forces", "القوات الموالية للرئيس اليمني السابق"]}, "fatalities": null, "injured": null}, {"event_type": "battles", "sub_event_type": "armed_clash", "date": {"start": "2015-07-30", "end": "2015-08-01"}, "location": {"name": "Zinjibar", "country": "YE", "lat": 13.12871, "lon": 45.38073, "tolerance_km": 25}, "actor1": {"any_of": ["Popular Resistance", "المقاومة الشعبية", "المقاومة", "Yemeni pro-government forces"]}, "actor2": {"any_of": ["Houthis", "Ansar Allah", "الحوثيين", "الحوثيون", "الحوثي", "ميليشيات الحوثيين", "Saleh forces"]}, "fatalities": null, "injured": null}, {"event_type": "battles", "sub_event_type": "government_regains_territory", "date": {"start": "2015-07-24", "end": "2015-07-31"}, "location": {"name": "Lawdar", "country": "YE", "lat": 13.88282, "lon": 45.86859, "tolerance_km": 25}, "actor1": {"any_of": ["Popular Resistance", "المقاومة الشعبية", "المقاومة", "Yemeni pro-government forces"]}, "actor2": {"any_of": ["Houthis", "Ansar Allah", "الحوثيين", "الحوثيون", "الحوثي", "ميليشيات الحوثيين", "Saleh forces", "قوات صالح"]}, "fatalities": null, "injured": null, "optional": true}, {"event_type": "battles", "sub_event_type": "government_regains_territory", "date": {"start": "2015-07-24", "end": "2015-07-31"}, "location": {"name": "Al Ain, Abyan", "country": "YE", "lat": 13.71, "lon": 46.16, "tolerance_km": 100}, "actor1": {"any_of": ["Popular Resistance", "المقاومة الشعبية", "المقاومة", "Yemeni pro-government forces"]}, "actor2": {"any_of": ["Houthis", "Ansar Allah", "الحوثيين", "الحوثيون", "الحوثي", "ميليشيات الحوثيين", "Saleh forces", "قوات صالح"]}, "fatalities": null, "injured": null, "optional": true}]')]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "adj-6.jsonl"))
