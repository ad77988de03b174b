#!/usr/bin/env python3
"""Regenerates state_names.csv: the name of every state and map territory in English, Albanian and
Serbian (Cyrillic and Latin), for the window's labels and its search field.

Source: Debian's iso-codes package (ISO 3166-1 names and their gettext translations), read from
/usr/share/iso-codes/json/iso_3166-1.json and /usr/share/locale/{sq,sr,sr@latin}/LC_MESSAGES/
iso_3166-1.mo. Albanian names are put in the definite form used in running text and lists (Spanja,
Kosova), by rule plus the irregular cases below. Names iso-codes lacks or gets wrong for our use
(long formal forms, untranslated entries) are set by hand in FIXES; codes outside ISO 3166-1 come
from HAND. The `origin` column says which applies to a row.

Usage: python3 resources/data/make_state_names.py > resources/data/state_names.csv
"""
import csv
import gettext
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALE_DIR = "/usr/share/locale"

# Map features that are not states in states.csv but get a tooltip of their own (their ISO_A3).
TERRITORIES = (
    "ABW AIA ALA ASM ATA ATF BLM BMU CUW CYM ESH FLK FRO GGY GRL GUM HKG HMD IMN IOT JEY MAC MAF MNP "
    "MSR NCL NFK PCN PRI PYF SGS SHN SPM SXM TCA VGB VIR WLF").split()

# Outside ISO 3166-1: (en, sq, sr Cyrillic, sr Latin).
HAND = {
    "XKX": ("Kosovo", "Kosova", "Косово", "Kosovo"),
    "XOM": ("Sovereign Military Order of Malta", "Urdhri Sovran Ushtarak i Maltës",
            "Суверени војни малтешки ред", "Suvereni vojni malteški red"),
    "XNC": ("Northern Cyprus", "Qiproja Veriore", "Северни Кипар", "Severni Kipar"),
    "XSL": ("Somaliland", "Somalilandi", "Сомалиленд", "Somalilend"),
    "XSG": ("Siachen Glacier", "Akullnaja e Siaçenit", "Глечер Сијачен", "Glečer Sijačen"),
    "XIO": ("Australian Indian Ocean Territories", "Territoret Australiane të Oqeanit Indian",
            "Аустралијске територије у Индијском океану", "Australijske teritorije u Indijskom okeanu"),
}

# Short common names where iso-codes has only the formal one or no translation:
# code -> {column: name}.
FIXES = {
    "BRN": {"sr": "Брунеј", "sr_Latn": "Brunej"},
    "COD": {"sq": "Republika Demokratike e Kongos", "sr": "Демократска Република Конго",
            "sr_Latn": "Demokratska Republika Kongo"},
    "COG": {"sq": "Republika e Kongos", "sr": "Република Конго", "sr_Latn": "Republika Kongo"},
    "FSM": {"sq": "Mikronezia", "sr": "Микронезија", "sr_Latn": "Mikronezija"},
    "IRN": {"sq": "Irani", "sr": "Иран", "sr_Latn": "Iran"},
    "KOR": {"sr": "Јужна Кореја", "sr_Latn": "Južna Koreja"},
    "PRK": {"sr": "Северна Кореја", "sr_Latn": "Severna Koreja"},
    "LAO": {"sq": "Laosi", "sr": "Лаос", "sr_Latn": "Laos"},
    "MMR": {"sq": "Mianmari", "sr": "Мјанмар", "sr_Latn": "Mjanmar"},
    "PSE": {"sq": "Palestina", "sr": "Палестина", "sr_Latn": "Palestina"},
    "RUS": {"sq": "Rusia", "sr": "Русија", "sr_Latn": "Rusija"},
    "SYR": {"sq": "Siria", "sr": "Сирија", "sr_Latn": "Sirija"},
    "TUR": {"sq": "Turqia", "sr": "Турска", "sr_Latn": "Turska"},
    "USA": {"sq": "Shtetet e Bashkuara të Amerikës", "sr": "Сједињене Америчке Државе",
            "sr_Latn": "Sjedinjene Američke Države"},
    "VAT": {"sq": "Selia e Shenjtë", "sr": "Света Столица", "sr_Latn": "Sveta Stolica"},
    "CIV": {"sq": "Bregu i Fildishtë"},
    "CPV": {"sq": "Kepi i Gjelbër"},
    "TLS": {"sq": "Timori Lindor"},
    "ATA": {"sr": "Антарктида", "sr_Latn": "Antarktida"},
    "GUM": {"sr": "Гвам", "sr_Latn": "Gvam"},
    "VGB": {"en": "British Virgin Islands", "sq": "Ishujt e Virgjër Britanikë", "sr": "Британска Девичанска острва",
            "sr_Latn": "Britanska Devičanska ostrva"},
    "VIR": {"en": "United States Virgin Islands", "sq": "Ishujt e Virgjër Amerikanë",
            "sr": "Америчка Девичанска острва", "sr_Latn": "Američka Devičanska ostrva"},
}

# Albanian definite forms that the rule in definite() does not produce.
SQ_DEFINITE = {
    "Bahamas": "Bahamet", "Bosnjë dhe Hercegovinë": "Bosnja dhe Hercegovina", "Zvicër": "Zvicra",
    "Komoros": "Komoret", "Kosta Rikë": "Kosta Rika", "Qipro": "Qiproja", "Eritre": "Eritrea",
    "Guine": "Guinea", "Sri Lankë": "Sri Lanka", "Maldive": "Maldivet", "Zelandë e Re": "Zelanda e Re",
    "Filipine": "Filipinet", "Guinea e Re Papua": "Papua Guinea e Re", "Paraguai": "Paraguaji",
    "Uruguai": "Uruguaji", "Sejshelle": "Sejshellet", "Afrikë e Jugut": "Afrika e Jugut",
    "Bangladesh": "Bangladeshi", "Hong Kong": "Hong Kongu", "Pitkern": "Ishujt Pitkern",
}
# Words in -i that are not feminine -í nouns, so take no -a.
SQ_KEEP_I = {"Mali", "Haiti", "Burundi", "Kiribati", "Fixhi", "Xhibuti", "Kili", "Brunei", "Malaui",
             "Esuatini", "Gërnsi", "Xhersi"}


def definite(name):
    """Indefinite Albanian country name (iso-codes' form) -> definite form (Spanjë -> Spanja)."""
    if name in SQ_DEFINITE:
        return SQ_DEFINITE[name]
    if " " in name or "," in name or "-" in name:
        return name  # compounds (Mbretëria e Bashkuar, Mali i Zi) are already definite or fixed above
    if name.endswith("ë"):
        return name[:-1] + "a"
    if name.endswith("i"):
        return name if name in SQ_KEEP_I else name + "a"
    if name[-1] in "aeou":
        return name
    if name[-1] in "kg" or (name[-1] == "h" and name[-2:] not in ("sh", "zh", "xh", "th", "dh")):
        return name + "u"
    return name + "i"


def catalog(language):
    return gettext.translation("iso_3166-1", LOCALE_DIR, languages=[language])._catalog


def translated(cat, entry):
    """The translation of the short name if there is one, else of the ISO name; None if neither."""
    for key in (entry.get("common_name"), entry["name"]):
        if key and key in cat:
            return cat[key]
    return None


def main():
    entries = {e["alpha_3"]: e for e in json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]}
    cats = {"sq": catalog("sq"), "sr": catalog("sr"), "sr_Latn": catalog("sr@latin")}
    with open(os.path.join(HERE, "states.csv"), encoding="utf-8") as f:
        states = {row["iso_a3"]: row["name"] for row in csv.DictReader(f)}
    codes = list(states) + [c for c in TERRITORIES if c not in states] + [c for c in HAND if c not in states]

    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["iso_a3", "en", "sq", "sr", "sr_Latn", "origin"])
    for code in sorted(set(codes)):
        if code in HAND:
            out.writerow([code, *HAND[code], "hand"])
            continue
        entry = entries[code]
        row = {"en": states.get(code) or entry.get("common_name") or entry["name"]}
        for column, cat in cats.items():
            row[column] = translated(cat, entry)
            if entry.get("common_name") and entry["common_name"] not in cat and column not in FIXES.get(code, {}):
                print(f"{code}: {column} has only the formal name {row[column]!r}", file=sys.stderr)
        if row["sq"]:
            row["sq"] = definite(row["sq"])
        fixes = FIXES.get(code, {})
        row.update(fixes)
        missing = [c for c in ("sq", "sr", "sr_Latn") if not row[c]]
        if missing:
            sys.exit(f"{code}: no {', '.join(missing)} name in iso-codes; add it to FIXES")
        origin = "edited" if fixes else "iso-codes"
        out.writerow([code, row["en"], row["sq"], row["sr"], row["sr_Latn"], origin])


if __name__ == "__main__":
    main()
