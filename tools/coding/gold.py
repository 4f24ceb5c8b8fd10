"""Build gold events with a program and write a batch file.

    import sys; sys.path.insert(0, "tools/coding")
    from gold import ev, loc, actor, write
    C = {}
    C["snn-xxxx"] = []                                   # no codable event
    C["ant-yyyy"] = [
        ev("air_drone_strike", ("2018-03-01", "2018-03-02"),
           loc("Douma", "SY", 33.57, 36.40, 25),
           actor("Syrian government forces", "قوات النظام", "طيران النظام"),
           actor("Civilians", "المدنيين"),
           fatalities=12, injured=[10, 99]),
        ev("armed_clash", ("2018-03-02", "2018-03-02"), loc("Idlib", "SY", None, None), None, None, optional=True),
    ]
    write(C, "CODING_DIR/out/batch-NN.jsonl")   # joins the article's input keys, validates, writes, prints a summary

sub-types (event_type is filled in from them): see SUB below.
date: (start, end) ISO strings, inclusive.  loc(name, country_iso2, lat, lon, tolerance_km).
actor(...): any_of surface forms + English names; None when the side is not named.
fatalities / injured: int, [low, high], or None.
"""
import json, os, sys, datetime, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import articles, SHARED

SUB = {
    "armed_clash": "battles", "government_regains_territory": "battles",
    "non_state_actor_overtakes_territory": "battles",
    "air_drone_strike": "explosions_remote_violence", "shelling_artillery_missile_attack": "explosions_remote_violence",
    "suicide_bomb": "explosions_remote_violence", "remote_explosive_landmine_ied": "explosions_remote_violence",
    "grenade": "explosions_remote_violence", "chemical_weapon": "explosions_remote_violence",
    "attack": "violence_against_civilians", "abduction_forced_disappearance": "violence_against_civilians",
    "sexual_violence": "violence_against_civilians",
    "peaceful_protest": "protests", "protest_with_intervention": "protests",
    "excessive_force_against_protesters": "protests",
    "violent_demonstration": "riots", "mob_violence": "riots",
    "agreement": "strategic_developments", "arrests": "strategic_developments",
    "change_to_group_activity": "strategic_developments", "disrupted_weapons_use": "strategic_developments",
    "headquarters_or_base_established": "strategic_developments",
    "looting_property_destruction": "strategic_developments",
    "non_violent_transfer_of_territory": "strategic_developments", "other": "strategic_developments",
}

def loc(name, country, lat=None, lon=None, tolerance_km=25):
    assert isinstance(country, str) and len(country) == 2 and country.isupper(), f"country must be ISO2: {country!r}"
    if lat is not None:
        assert -90 <= lat <= 90 and -180 <= lon <= 180, (lat, lon)
    return {"name": name, "country": country, "lat": lat, "lon": lon, "tolerance_km": tolerance_km}

def actor(*names):
    names = [n for n in names if n]
    return {"any_of": list(names)} if names else None

def _count(x, what):
    if x is None: return None
    if isinstance(x, int): assert x >= 0, what; return x
    if isinstance(x, (list, tuple)) and len(x) == 2 and all(isinstance(v, int) for v in x) and x[0] <= x[1]:
        return [x[0], x[1]]
    raise ValueError(f"{what}: int, [low, high] or None, got {x!r}")

def ev(sub, date, location, actor1=None, actor2=None, fatalities=None, injured=None, optional=False):
    assert sub in SUB, f"unknown sub_event_type {sub!r}"
    s, e = date
    ds, de = datetime.date.fromisoformat(s), datetime.date.fromisoformat(e)
    assert ds <= de, f"date range reversed {date}"
    e_ = {"event_type": SUB[sub], "sub_event_type": sub, "date": {"start": s, "end": e},
          "location": location, "actor1": actor1, "actor2": actor2,
          "fatalities": _count(fatalities, "fatalities"), "injured": _count(injured, "injured")}
    if optional: e_["optional"] = True
    return e_

def from_gold(e):
    """An event in the gold form (a coder's output line) built again with the constructors above,
    so that it is validated as a new one is: for adjudications that keep one coding's events."""
    l = e["location"]
    return ev(e["sub_event_type"], (e["date"]["start"], e["date"]["end"]),
              loc(l["name"], l["country"], l["lat"], l["lon"], l["tolerance_km"]),
              actor(*e["actor1"]["any_of"]) if e["actor1"] else None,
              actor(*e["actor2"]["any_of"]) if e["actor2"] else None,
              fatalities=e["fatalities"], injured=e["injured"], optional=bool(e.get("optional")))

def write(codings, out):
    A = articles()
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    n_ev = n_opt = 0
    with open(out, "w", encoding="utf-8") as f:
        for i, evs in codings.items():
            assert i in A, f"unknown article id {i}"
            r = dict(A[i]); pub = datetime.date.fromisoformat(r["published"][:10])
            for e in evs:
                if datetime.date.fromisoformat(e["date"]["start"]) > pub + datetime.timedelta(days=1):
                    raise ValueError(f"{i}: event starts after publication {e['date']}")
                n_ev += 1; n_opt += bool(e.get("optional"))
            r["events"] = evs
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    res = subprocess.run([sys.executable, os.path.join(SHARED, "eval/score.py"), out, out, "--json"], capture_output=True, text=True)
    ok = res.returncode == 0 and '"event_f1": 1.0' in res.stdout.replace(" ", "").replace('"event_f1":1.0', '"event_f1": 1.0')
    print(f"wrote {out}: {len(codings)} articles, {n_ev} events ({n_opt} optional); self-score:",
          "OK" if res.returncode == 0 else "FAILED", res.stderr[-500:])
