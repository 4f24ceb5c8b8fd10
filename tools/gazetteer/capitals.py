"""Write data/gazetteer/capitals.tsv: each country's capital as a place of the embedded indexes.

The capitals are facts of common knowledge (the seat of government the press calls «العاصمة»),
listed below by ISO 3166-1 code and English name; each is looked up in data/gazetteer/index.tsv,
then world-index.tsv (a locality of that name and country, the most populous), and the file
names its id (Washington and Nay Pyi Taw are in neither index, so the United States and
Myanmar have none), so that `marsad` places «العاصمة الصومالية» at Mogadishu.

    python3 tools/gazetteer/capitals.py            # write the file
    python3 tools/gazetteer/capitals.py --check    # compare with the committed file
"""
import sys, os

CAPITALS = """
AE Abu Dhabi|AF Kabul|AL Tirana|AM Yerevan|AT Vienna|AU Canberra|AZ Baku|BA Sarajevo|BD Dhaka
BE Brussels|BF Ouagadougou|BG Sofia|BH Manama|BI Bujumbura|BR Brasília|BY Minsk|CA Ottawa
CD Kinshasa|CF Bangui|CH Bern|CI Abidjan|CM Yaoundé|CN Beijing|CO Bogotá|CU Havana|CY Nicosia
CZ Prague|DE Berlin|DJ Djibouti|DK Copenhagen|DZ Algiers|EG Cairo|ER Asmara|ES Madrid
ET Addis Ababa|FI Helsinki|FR Paris|GB London|GE Tbilisi|GR Athens|HU Budapest|ID Jakarta
IE Dublin|IL Jerusalem|IN New Delhi|IQ Baghdad|IR Tehran|IT Rome|JO Amman|JP Tokyo|KE Nairobi
KG Bishkek|KP Pyongyang|KR Seoul|KW Kuwait City|KZ Astana|LB Beirut|LY Tripoli|MA Rabat
ML Bamako|MR Nouakchott|MX Mexico City|MY Kuala Lumpur|NE Niamey|NG Abuja
NL Amsterdam|NO Oslo|NZ Wellington|OM Muscat|PH Manila|PK Islamabad|PL Warsaw|PT Lisbon|QA Doha
RO Bucharest|RS Belgrade|RU Moscow|SA Riyadh|SD Khartoum|SE Stockholm|SN Dakar|SO Mogadishu
SS Juba|SY Damascus|TD N'Djamena|TH Bangkok|TN Tunis|TR Ankara|TZ Dodoma|UA Kyiv|UG Kampala
UZ Tashkent|VE Caracas|YE Sanaa
"""

ALT = {  # the English name the indexes spell otherwise
    "Kyiv": ["Kiev", "Kyiv"], "Sanaa": ["Sanaa", "Sana'a", "Sanā"], "Brasília": ["Brasília", "Brasilia"],
    "Yaoundé": ["Yaoundé", "Yaounde"], "Bogotá": ["Bogotá", "Bogota"], "Kuwait City": ["Kuwait City", "Kuwait"],
    "Astana": ["Astana", "Nur-Sultan", "Akmola"], "N'Djamena": ["N'Djamena", "N’Djamena"],
}

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.join(HERE, "..", "..", "data", "gazetteer")


def rows(name):
    for line in open(os.path.join(GAZ, name), encoding="utf-8"):
        if line.startswith("#") or line.startswith("id\t"):
            continue
        f = line.rstrip("\n").split("\t")
        yield f


def main():
    want = {}
    for part in CAPITALS.replace("\n", "|").split("|"):
        part = part.strip()
        if part:
            cc, name = part.split(" ", 1)
            want[cc] = name
    found = {}
    for fname in ("index.tsv", "world-index.tsv"):
        for f in rows(fname):
            pid, kind, cc, _a1, lat, lon, pop, name, name_ar = f[:9]
            if cc not in want or kind not in ("locality", "admin1", "admin2"):
                continue
            if name not in ALT.get(want[cc], [want[cc]]):
                continue
            rank = (fname == "index.tsv", kind == "locality", int(pop or 0))
            if cc not in found or rank > found[cc][0]:
                found[cc] = (rank, pid, name, name_ar)
    missing = sorted(set(want) - set(found))
    if missing:
        sys.exit("capitals not found in the indexes: " + ", ".join(f"{c} {want[c]}" for c in missing))
    out = ["# The capital of each country as a place of the embedded indexes (tools/gazetteer/capitals.py).",
           "country\tid\tname\tname_ar"]
    out += [f"{cc}\t{found[cc][1]}\t{found[cc][2]}\t{found[cc][3]}" for cc in sorted(found)]
    text = "\n".join(out) + "\n"
    path = os.path.join(GAZ, "capitals.tsv")
    if "--check" in sys.argv:
        if open(path, encoding="utf-8").read() != text:
            sys.exit(f"{path} differs from what tools/gazetteer/capitals.py makes")
        print("capitals.tsv: OK")
        return
    open(path, "w", encoding="utf-8").write(text)
    print(f"wrote {path}: {len(found)} capitals")


if __name__ == "__main__":
    main()
