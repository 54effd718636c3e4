#!/usr/bin/env python3
"""Build data/actors.tsv, the quotestance actor gazetteer.

Inputs
  * data/actors_extra.tsv: the hand-written rows (id, kind, name, affiliation and the
    core aliases of every actor). It decides WHICH actors exist.
  * the PETRARCH2 / Phoenix actor dictionaries (MIT licence, Open Event Data Alliance,
    https://github.com/openeventdata/petrarch2), by default ../../shared/data/petrarch2
    relative to the repository root (override with --petrarch-dir or $PETRARCH2_DIR).

For every actor, the script looks up the matching PETRARCH2 entries (countries by their
ISO 3166-1 alpha-3 code; organisations, groups and people by the entry names listed in
SOURCES below), turns their UPPER_CASE_WITH_UNDERSCORES phrases into natural case, and
keeps the ones that pass a conservative filter (see `keep_alias`):
  * every word must be a function word or share a stem with a word of the actor's
    hand-written aliases (this drops provinces, cities, rivers, titles such as
    "President", foreign-language names and most misspellings);
  * near-duplicates of a hand-written alias (same after case/accent folding, or within a
    small edit distance) are dropped as misspellings;
  * generic words and the entries in DROP are dropped.
The kept aliases are appended after the hand-written ones. A hand-written weak alias
(leading "~") wins over the same form found in PETRARCH2. Every alias that contains a
straight apostrophe also gets its typographic (’) twin.

Output is deterministic: running the script twice gives the same bytes.
Usage: python3 data/scripts/build_gazetteer.py [--check] [--petrarch-dir DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
REPO = DATA.parent
DEFAULT_PETRARCH = REPO.parent / "shared" / "data" / "petrarch2"

HEADER = "id\tkind\tname\taffiliation\taliases"
KINDS = {"country", "organisation", "person", "group"}
ATTRIBUTION = (
    "Actor and verb dictionaries derived from PETRARCH2 / Phoenix (Open Event Data "
    "Alliance), MIT licence, https://github.com/openeventdata/petrarch2"
)

# PETRARCH2 uses a few non-ISO country codes.
CODE_MAP = {"KSV": "XKX", "ROM": "ROU"}

# PETRARCH2 entries (base names, matched after normalisation) that feed each
# non-country actor. Countries are found automatically by their ISO code.
SOURCES: dict[str, list[str]] = {
    # organisations (Phoenix.International.actors.txt)
    "UN": ["THE_UNITED_NATIONS", "UN", "U.N.", "UNITED_NATIONS", "THE_UN"],
    "UNSC": ["UN_SECURITY_COUNCIL", "U.N._SECURITY_COUNCIL", "UNSC", "THE_SECURITY_COUNCIL"],
    "UNGA": ["UN_GENERAL_ASSEMBLY"],
    "OHCHR": ["OHCHR", "UN_HIGH_COMMISSION_FOR_HUMAN_RIGHTS"],
    "UNHCR": ["UNHCR", "UN_HIGH_COMMISSION_FOR_REFUGEES", "UNITED_NATIONS_COMMISSION_FOR_REFUGEES"],
    "UNICEF": ["UNICEF", "UNITED_NATIONS_CHILDREN'S_FUND"],
    "WHO": ["WORLD_HEALTH_ORGANIZATION", "WORLD_HEALTH_ASSEMBLY"],
    "WFP": ["WORLD_FOOD_PROGRAM"],
    "FAO": ["UNITED_NATIONS_FOOD_AND_AGRICULTURE_ORGANIZATION"],
    "UNESCO": ["UNESCO", "UNITED_NATIONS_EDUCATIONAL,_SCIENTIFIC_AND_CULTURAL_ORGANIZATION"],
    "UNDP": ["UNDP"],
    "IPCC": ["INTER_GOVERNMENTAL_PANEL_ON_CLIMATE_CHANGE", "INTERGOVERNMENTAL_PANEL_ON_CLIMATE_CHANGE"],
    "ILO": ["INTERNATIONAL_LABOR_ORGANIZATION", "INTERNATIONAL_LABOUR_ORGANIZATION"],
    "ICAO": ["INTERNATIONAL_CIVIL_AVIATION_ORGANIZATION"],
    "IAEA": ["IAEA", "INTERNATIONAL_ATOMIC_ENERGY_AGENCY"],
    "ICJ": ["ICJ", "INTERNATIONAL_COURT_OF_JUSTICE"],
    "ICC": ["ICC"],
    "OPCW": ["ORGANIZATION_FOR_THE_PROHIBITION_OF_CHEMICAL_WEAPONS"],
    "IMF": ["IMF"],
    "WB": ["WORLD_BANK"],
    "EU": ["THE_EUROPEAN_UNION"],
    "EC": ["EUROPEAN_COMMISSION"],
    "EP": ["EUROPEAN_PARLIAMENT"],
    "NATO": ["NATO"],
    "ASEAN": ["ASEAN", "ASSOCIATION_OF_SOUTHEAST_ASIAN_NATIONS", "ASSOCIATION_OF_SOUTH_EAST_ASIAN_NATIONS"],
    "OPEC": ["ORGANIZATION_OF_PETROLEUM_EXPORTING_COUNTRIES"],
    "ECOWAS": ["ECOWAS", "ECONOMIC_COMMUNITY_OF_WEST_AFRICAN_STATES"],
    "G7": ["GROUP_OF_SEVEN"],
    "ARAB_LEAGUE": ["ARAB_LEAGUE"],
    "OSCE": [
        "ORGANISATION_FOR_SECURITY_AND_COOPERATION_IN_EUROPE",
        "ORGANISATION_FOR_SECURITY_AND_CO-OPERATION_IN_EUROPE",
        "ORGANIZATION_FOR_SECURITY_AND_COOPERATION_IN_EUROPE",
        "ORGANIZATION_FOR_SECURITY_AND_CO-OPERATION_IN_EUROPE",
    ],
    "SCO": ["SHANGHAI_COOPERATION_ORGANIZATION"],
    "COUNCIL_OF_EUROPE": ["COUNCIL_OF_EUROPE"],
    "OAS": ["ORGANIZATION_OF_AMERICAN_STATES"],
    "OIC": ["OIC", "ORGANIZATION_OF_THE_ISLAMIC_CONFERENCE"],
    "CIS": ["COMMONWEALTH_OF_INDEPENDENT_STATES"],
    "CARICOM": ["CARIBBEAN_COMMUNITY"],
    "SADC": ["SADC", "SOUTHERN_AFRICAN_DEVELOPMENT_COMMUNITY"],
    "IGAD": ["IGAD"],
    "EAC": ["EAST_AFRICAN_COMMUNITY"],
    "COMMONWEALTH": ["COMMONWEALTH_OF_NATIONS"],
    "INTERPOL": ["INTERNATIONAL_CRIMINAL_POLICE_ORGANIZATION", "INTERPOL"],
    "OECD": [
        "ORGANISATION_FOR_ECONOMIC_COOPERATION_AND_DEVELOPMENT",
        "ORGANIZATION_FOR_ECONOMIC_COOPERATION_AND_DEVELOPMENT",
    ],
    "BIS": ["BANK_FOR_INTERNATIONAL_SETTLEMENTS"],
    "ADB": ["ASIAN_DEVELOPMENT_BANK"],
    "AFDB": ["AFRICAN_DEVELOPMENT_BANK"],
    "EBRD": ["EUROPEAN_BANK_FOR_RECONSTRUCTION_AND_DEVELOPMENT"],
    "IEA": ["INTERNATIONAL_ENERGY_AGENCY"],
    "EFTA": ["EUROPEAN_FREE_TRADE_ASSOCIATION"],
    "WEF": ["WORLD_ECONOMIC_FORUM"],
    "RED_CROSS": ["ICRC", "INTERNATIONAL_COMMITTEE_OF_THE_RED_CROSS", "RED_CROSS"],
    "IFRC": ["INTERNATIONAL_FEDERATION_OF_RED_CROSS_AND_RED_CRESCENT"],
    "MSF": ["DOCTORS_WITHOUT_BORDERS", "MEDECINS_SANS_FRONTIERES", "MSF"],
    "AMNESTY": ["AMNESTY_INTERNATIONAL"],
    "HRW": ["HUMAN_RIGHTS_WATCH"],
    "RWB": ["REPORTERS_WITHOUT_BORDERS", "REPORTERS_SANS_FRONTIERES"],
    "CPJ": ["COMMITTEE_TO_PROTECT_JOURNALISTS"],
    "OXFAM": ["OXFAM"],
    "GREENPEACE": ["GREENPEACE"],
    # groups (Phoenix.MilNonState.actors.txt, and the Syria section of the Countries file)
    "HAMAS": ["HAMAS"],
    "HEZBOLLAH": ["HEZBOLLAH"],
    "ISIS": ["ISLAMIC_STATE_OF_IRAQ_AND_THE_LEVANT", "THE_ISLAMIC_STATE"],
    "TALIBAN": ["TALIBAN"],
    "AL_QAEDA": ["AL_QA'IDA"],
    "AQAP": ["AL-QAEDA_IN_THE_ARABIAN_PENINSULA"],
    "AQIM": ["AL-QAEDA_ORGANIZATION_IN_THE_ISLAMIC_MAGHREB"],
    "AL_SHABAAB": ["AL-SHABAAB"],
    "BOKO_HARAM": ["BOKO_HARAM"],
    "PIJ": ["PALESTINIAN_ISLAMIC_JIHAD"],
    "FATAH": ["AL-FATAH"],
    "PLO": ["PALESTINE_LIBERATION_ORGANIZATION"],
    "PKK": ["KURDISTAN_WORKERS'_PARTY", "PKK"],
    "HTS": ["JABHAT_AL_NUSRA"],
    "FARC": ["REVOLUTIONARY_ARMED_FORCES_OF_COLOMBIA"],
    "LET": ["LASHKAR-E-TAIBA_(LET)"],
    "JEM": ["JAISH-E-MOHAMMAD_(JEM)"],
    "BLA": ["BALOCH_LIBERATION_ARMY"],
    "ABU_SAYYAF": ["ABU_SAYYAF_GROUP"],
    # people (Phoenix.Countries.actors.txt)
    "VLADIMIR_PUTIN": ["VLADIMIR_PUTIN"],
    "SERGEY_LAVROV": ["SERGEY_LAVROV"],
    "DMITRY_MEDVEDEV": ["DMITRY_MEDVEDEV"],
    "XI_JINPING": ["XI_JINPING"],
    "JOE_BIDEN": ["JOE_BIDEN"],
    "BARACK_OBAMA": ["BARACK_OBAMA"],
    "NARENDRA_MODI": ["NARENDRA_MODI"],
    "ALI_KHAMENEI": ["HOJATOLISLAM_SAYYED_ALI_KHAMENEI"],
    "HASSAN_ROUHANI": ["HASSAN_ROUHANI"],
    "BENJAMIN_NETANYAHU": ["BENJAMIN_NETANYAHU"],
    "MAHMOUD_ABBAS": ["MAHMOUD_ABBAS"],
    "BASHAR_AL_ASSAD": ["BASHAR_AL_ASSAD", "BASHAR_AL-ASSAD"],
    "RECEP_TAYYIP_ERDOGAN": ["RECEP_TAYYIP_ERDOGAN"],
    "ILHAM_ALIYEV": ["ILHAM_ALIYEV"],
    "ABDEL_FATTAH_EL_SISI": ["ABDEL_FATTAH_EL_SISI"],
    "ANGELA_MERKEL": ["ANGELA_MERKEL"],
    "NICOLAS_MADURO": ["NICOLAS_MADURO"],
    "ALEXANDER_LUKASHENKO": ["ALYAKSANDR_LUKASHENKA"],
    "LULA_DA_SILVA": ["LUIZ_INACIO_LULA_DA_SILVA"],
    "SADDAM_HUSSEIN": ["SADDAM_HUSSEIN"],
    "MUAMMAR_GADDAFI": ["MUAMMAR_GADDAFI", "MUAMMAR_AL_QADDAFI"],
    "OSAMA_BIN_LADEN": ["OSAMA_BIN_LADEN"],
    "ANTONIO_GUTERRES": ["ANTONIO_GUTERRES"],
    "JENS_STOLTENBERG": ["JENS_STOLTENBERG"],
}

# Words that may appear in an alias without sharing a stem with the hand-written aliases.
FUNCTION_WORDS = {
    "of", "the", "and", "for", "in", "on", "de", "da", "do", "du", "la", "le", "el", "al",
    "y", "et", "republic", "democratic", "people's", "peoples", "popular", "islamic",
    "kingdom", "federal", "federation", "federated", "state", "states", "united",
    "socialist", "commonwealth", "union", "principality", "grand", "duchy", "sultanate",
    "plurinational", "bolivarian", "independent", "hashemite", "co-operative",
    "cooperative", "oriental", "sovereign",
}

# Never aliases, whatever the source (generic words, titles, descriptions).
GENERIC = {
    "Organization", "Organisation", "Government", "Regime", "Group", "Groups", "Party",
    "Movement", "Front", "Army", "Council", "Commission", "Committee", "Assembly", "Union",
    "Agency", "Court", "Bank", "Fund", "State", "Republic", "Kingdom", "Islamic Jihad",
    "Islamic Resistance", "Party of God", "Security Council",
}

# PETRARCH2-derived aliases rejected after review, per actor id.
DROP: dict[str, set[str]] = {
    "AFG": {"Soviet Occupied Afghanistan"},
    "COG": {"Brazzaville Congo", "Independent Congo Republic"},
    "COD": {"Congo Democratic Republic", "Congo DR", "Kinshasa Congo"},
    "DOM": {"Republic of Dominica"},  # wrong: Dominica is a different country
    "JOR": {"Kingdom of the Jordan", "Hashemite Kingdom of the Jordan"},
    "KNA": {"Saint Kitts Nevis", "St Kitts Nevis", "St. Kitts Nevis", "Nevis and St Kitts",
            "Nevis and St. Kitts"},
    "KOR": {"Korea Republic", "Korea South", "Korean Republic"},
    "MEX": {"United States of Mexico", "United States of Mexicans"},
    "MUS": {"Grand Port"},  # a district
    "NZL": {"Zealand"},  # the Danish island
    "PNG": {"New Guinea Papua"},
    "PRK": {"People's Democratic Republic of Korea", "Korea North", "Peoples Republic of Korea"},
    "SDN": {"Al Khartoum"},
    "STP": {"Principe"},  # one of the two islands
    "TJK": {"Tajik Republic"},
    "TTO": {"Tobago"},  # one of the two islands
    "TUR": {"Turkish Republic"},  # also the Turkish Republic of Northern Cyprus
    "ARE": {"United Emirates", "Arab Emirates"},
    "USA": {"States of America"},
    "VEN": {"United States of Venezuela"},
    "UNHCR": {"United Nations Commission for Refugees"},
}

ACRONYMS = {
    "UN", "U.N.", "US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "DPRK", "PRC", "ROK",
    "DRC", "DR", "RD", "PDR", "BIH", "CAR", "NATO", "IMF", "ISIS", "ISIL", "PKK", "FARC",
    "FARC-EP", "PLO", "AQAP", "HTS", "ICC", "ICJ", "IAEA", "WFP", "WHO", "OPEC", "SADC",
    "IGAD", "OAS", "OIC", "OPCW", "ASEAN", "ECOWAS", "UNHCR", "UNICEF", "UNDP", "UNESCO",
    "OHCHR", "UNSC", "UNSCR", "MSF", "ICRC", "SDF", "YPG", "IPCC", "EU", "ELN", "HKSAR",
    "FYROM", "BBC", "AFP", "KGK", "KADEK", "KHK", "HSM", "IJU", "OSCE", "OECD", "II", "III",
    "IV", "VI", "XIV", "JR", "SR", "PNG", "GDR", "FRG", "G8",
}
SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "de", "du", "da", "do", "des", "la",
               "le", "y", "et", "van", "von", "der", "den", "bin", "ibn", "al", "el", "wa", "wal"}

APOS = "'"
CURLY = "\u2019"


# --------------------------------------------------------------------------- reading

def clean_line(raw: str) -> str:
    """Strip the newline and control characters (the Countries file has two 0x1A bytes)."""
    line = raw.rstrip("\n").rstrip("\r")
    return "".join(ch for ch in line if ch == "\t" or unicodedata.category(ch) != "Cc")


def parse_actor_file(path: Path) -> list[dict]:
    """Parse a PETRARCH2 .actors.txt file into entries {name, aliases, codes, line}.

    Grammar (PETRreader.py): '#' anywhere ends the line, '<!-- ... -->' comments may span
    lines, a line not starting with '+', '[', TAB or '#' opens an entry, '+NAME' adds an
    alias, '[CODE date]' groups (on the entry line or on TAB-indented lines) add codes.
    """
    entries: list[dict] = []
    cur: dict | None = None
    in_comment = False
    with open(path, encoding="utf-8", errors="replace") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = clean_line(raw)
            if in_comment:
                if "-->" in line:
                    in_comment = False
                continue
            if line.startswith("<!"):
                in_comment = "-->" not in line
                continue
            line = line.split("#", 1)[0]
            if not line.strip():
                continue
            codes = re.findall(r"\[([^\]]*)\]", line)
            name = re.sub(r"\[[^\]]*\]", " ", line).strip()
            if line[0] in "\t [":
                if cur is not None:
                    cur["codes"] += codes
                continue
            if line.startswith("+"):
                if cur is not None:
                    alias = name[1:].strip()
                    if alias:
                        cur["aliases"].append(alias)
                    cur["codes"] += codes
                continue
            cur = {"name": name, "aliases": [], "codes": codes, "line": lineno}
            entries.append(cur)
    return entries


def norm_key(phrase: str) -> str:
    """Normalise a PETRARCH phrase for lookup: upper case, spaces as '_', no trailing '_'."""
    p = re.sub(r"[\s_]+", "_", phrase.strip().upper())
    return p.strip("_")


def entry_country(entry: dict) -> str | None:
    """The ISO-3 code of a country-level entry (bare 3-letter code, undated or latest)."""
    found = None
    for code in entry["codes"]:
        parts = code.split()
        if parts and re.fullmatch(r"[A-Z]{3}", parts[0]):
            c = CODE_MAP.get(parts[0], parts[0])
            dated = len(parts) > 1
            # prefer an undated code or an open-ended '>date' code, else the last one
            if not dated or parts[1].startswith(">") or found is None:
                found = c
    return found


# --------------------------------------------------------------------------- casing

def fold(s: str) -> str:
    s = s.replace(CURLY, APOS)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.casefold()


def _cap(part: str) -> str:
    if not part:
        return part
    m = re.fullmatch(r"([A-Za-z])'(.+)", part)
    if m:  # D'IVOIRE, N'DJAMENA, O'KEEFE
        return m.group(1).upper() + "'" + _cap(m.group(2))
    low = part.lower()
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2].upper() + low[3:]
    return low[0].upper() + low[1:]


def natural_case(phrase: str) -> str:
    """UPPER_CASE_WITH_UNDERSCORES -> natural case ('PEOPLE'S_REPUBLIC_OF_CHINA' ->
    "People's Republic of China", 'AL-QAEDA' -> 'Al-Qaeda', 'U.S.' stays)."""
    words = [w for w in re.split(r"[\s_]+", phrase.strip()) if w]
    if words and words[0].upper() == "THE" and len(words) > 1:
        words = words[1:]
    out = []
    for i, word in enumerate(words):
        if word.upper() in ACRONYMS or "." in word.strip(".") and word.isupper():
            out.append(word.upper())
            continue
        if not any(ch.isupper() for ch in word):  # already lower/mixed source
            out.append(word)
            continue
        parts = word.split("-")
        res = []
        for j, part in enumerate(parts):
            low = part.lower()
            if part.upper() in ACRONYMS:
                res.append(part.upper())
            elif (i > 0 or j > 0) and low in SMALL_WORDS:
                res.append(low)
            else:
                res.append(_cap(part))
        out.append("-".join(res))
    return " ".join(out)


# --------------------------------------------------------------------------- filtering

def tokens(s: str) -> list[str]:
    return [t for t in re.split(r"[\s\-]+", fold(s)) if t]


# English endings that turn a name into an adjective, demonym or plural.
SUFFIXES = ("s", "es", "n", "ns", "an", "ans", "ian", "ians", "ean", "eans", "ese", "i",
            "is", "ish", "er", "ers")
# "-man"-style demonyms only follow adjectives in -sh/-ch (Irishman, Frenchman, Dutchman).
PERSON_SUFFIXES = ("man", "men", "woman", "women")


def token_matches(t: str, stems: set[str]) -> bool:
    """A word matches when it is a word of the hand-written aliases, or one of them plus
    a demonym/plural ending ('solomons' <- 'solomon', 'irishman' <- 'irish')."""
    if t in stems:
        return True
    for s in stems:
        if len(s) < 3 or not t.startswith(s):
            continue
        rest = t[len(s):]
        if rest in SUFFIXES or (rest in PERSON_SUFFIXES and s.endswith(("sh", "ch"))):
            return True
    return False


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment), early exit above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2 = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def keep_alias(alias: str, hand: list[str], stems: set[str]) -> bool:
    """Decide whether a PETRARCH-derived alias is kept for an actor (see module doc)."""
    if len(alias) < 2 or not any(ch.isupper() for ch in alias):
        return False
    if re.search(r"[()\[\]{}<>,/;:!?\"*=+&\d]", alias):
        return False
    if alias in GENERIC:
        return False
    toks = tokens(alias)
    if not toks:
        return False
    stem_hits = 0
    for t in toks:
        if token_matches(t, stems):
            stem_hits += 1
        elif t not in FUNCTION_WORDS:
            return False
    if stem_hits == 0:
        return False
    fa = fold(alias)
    for h in hand:
        fh = fold(h)
        if fa == fh:
            return False  # same form up to case/accents/apostrophe: keep the hand one
        limit = 1 if len(fa) < 8 else 2
        if len(fa) >= 5 and edit_distance(fa, fh, limit) <= limit:
            return False  # a misspelling of a hand-written form
    return True


# --------------------------------------------------------------------------- extra file

def read_table(path: Path) -> list[dict]:
    """Read a gazetteer TSV into rows; each row carries the comment lines just above it.

    The file's own introduction (the comments between the header and the first '# ---'
    rule) is not attached to any row."""
    rows: list[dict] = []
    pending: list[str] = []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if not lines or lines[0] != HEADER:
        sys.exit(f"{path}: first line must be the header {HEADER!r}")
    for n, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        if line.startswith("#"):
            pending.append(line)
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            sys.exit(f"{path}:{n}: expected 5 tab-separated fields, got {len(fields)}")
        rid, kind, name, aff, aliases = fields
        if kind not in KINDS:
            sys.exit(f"{path}:{n}: unknown kind {kind!r}")
        if not rows:
            rule = next((i for i, c in enumerate(pending) if c.startswith("# ---")), len(pending))
            pending = pending[rule:]
        rows.append({
            "id": rid, "kind": kind, "name": name, "affiliation": aff,
            "aliases": [a for a in aliases.split("|") if a], "comments": pending, "line": n,
        })
        pending = []
    return rows


# --------------------------------------------------------------------------- main

def build(petrarch: Path, extra: Path) -> str:
    countries = parse_actor_file(petrarch / "Phoenix.Countries.actors.txt")
    international = parse_actor_file(petrarch / "Phoenix.International.actors.txt")
    milnonstate = parse_actor_file(petrarch / "Phoenix.MilNonState.actors.txt")

    by_name: dict[str, list[dict]] = {}
    for ents in (international, milnonstate, countries):
        for e in ents:
            by_name.setdefault(norm_key(e["name"]), []).append(e)

    by_country: dict[str, list[dict]] = {}
    for e in countries:
        code = entry_country(e)
        if code:
            by_country.setdefault(code, []).append(e)

    rows = read_table(extra)
    ids = [r["id"] for r in rows]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        sys.exit(f"duplicate ids in {extra}: {dup}")
    missing_sources = [k for k in SOURCES if k not in ids]
    if missing_sources:
        sys.exit(f"SOURCES names unknown ids: {missing_sources}")

    out = [
        HEADER,
        "# actors.tsv: actor gazetteer of quotestance. GENERATED by data/scripts/build_gazetteer.py",
        "# from data/actors_extra.tsv (hand-written) and the PETRARCH2 dictionaries: do not edit by",
        "# hand, edit actors_extra.tsv or the script and re-run it. Format: see data/ACTORS.md.",
        "# Columns: id, kind (country|organisation|person|group), name, affiliation (id of the",
        "# country or organisation a person or body belongs to), aliases ('|'-separated surface",
        "# forms, matched case-sensitively on word boundaries; a leading '~' marks a weak alias).",
        f"# {ATTRIBUTION}",
    ]
    total_from_petrarch = 0
    for r in rows:
        hand = r["aliases"]
        bare_hand = [a.lstrip("~") for a in hand]
        stems = set()
        for a in bare_hand + [r["name"]]:
            stems.update(t for t in tokens(a) if t not in FUNCTION_WORDS)
        cands: list[str] = []
        if r["kind"] == "country":
            for e in by_country.get(r["id"], []):
                cands += [e["name"]] + e["aliases"]
        for src in SOURCES.get(r["id"], []):
            ents = by_name.get(norm_key(src))
            if not ents:
                print(f"warning: PETRARCH2 entry {src!r} for {r['id']} not found", file=sys.stderr)
                continue
            for e in ents:
                cands += [e["name"]] + e["aliases"]
        aliases = list(hand)
        have = set(bare_hand)
        drop = DROP.get(r["id"], set())
        for c in cands:
            a = natural_case(c)
            if a in have or a in drop:
                continue
            if keep_alias(a, bare_hand, stems):
                aliases.append(a)
                have.add(a)
                total_from_petrarch += 1
        # typographic apostrophe twins
        final: list[str] = []
        for a in aliases:
            if a not in final:
                final.append(a)
            if APOS in a:
                twin = a.replace(APOS, CURLY)
                if twin not in final and twin.lstrip("~") not in have:
                    final.append(twin)
        for a in final:
            if "\t" in a or "|" in a or not a.strip("~").strip():
                sys.exit(f"bad alias {a!r} for {r['id']}")
        out += r["comments"]
        out.append("\t".join([r["id"], r["kind"], r["name"], r["affiliation"], "|".join(final)]))
    print(f"{len(rows)} actors, {total_from_petrarch} aliases added from PETRARCH2", file=sys.stderr)
    return "\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--petrarch-dir", type=Path,
                    default=Path(os.environ.get("PETRARCH2_DIR", DEFAULT_PETRARCH)))
    ap.add_argument("--extra", type=Path, default=DATA / "actors_extra.tsv")
    ap.add_argument("--out", type=Path, default=DATA / "actors.tsv")
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if the output file differs from a fresh build")
    args = ap.parse_args()
    text = build(args.petrarch_dir, args.extra)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; re-run {Path(__file__).name}", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date", file=sys.stderr)
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
