"""Names of countries and nationalities in English, French and German, keyed by code.

Keys are the EU code for the 27 Member States (EL for Greece) and the ISO 3166-1 alpha-2 code for
other countries. Values are written without accents and in lower case, because matching is done on
folded text (see `facts.fold`); German adjective endings (-e, -er, -es, -en) and the French feminine
(-e, -ne) are added by the matcher, so only the base forms are listed here.

The list of Member States itself comes from `panel_app.domain.reference`; this table only says how
people write them.
"""

from __future__ import annotations

NATIONALITY_NAMES: dict[str, tuple[str, ...]] = {
    # ---- the 27 Member States: country EN/FR/DE, adjective EN/FR/DE, German nouns
    "BE": ("belgium", "belgique", "belgien", "belgian", "belge", "belgisch", "belgier", "belgierin"),
    "BG": ("bulgaria", "bulgarie", "bulgarien", "bulgarian", "bulgare", "bulgarisch", "bulgarin"),
    "CZ": ("czechia", "czech republic", "republique tcheque", "tchequie", "tschechien", "czech", "tcheque",
           "tschechisch", "tscheche", "tschechin"),
    "DK": ("denmark", "danemark", "danemark", "danish", "dane", "danois", "danoise", "danisch", "dane",
           "danin"),
    "DE": ("germany", "allemagne", "deutschland", "german", "allemand", "deutsch", "deutsche", "deutscher"),
    "EE": ("estonia", "estonie", "estland", "estonian", "estonien", "estnisch", "este", "estin"),
    "IE": ("ireland", "irlande", "irland", "irish", "irlandais", "irlandaise", "irisch", "ire", "irin"),
    "EL": ("greece", "grece", "griechenland", "greek", "grec", "grecque", "griechisch", "grieche",
           "griechin", "hellenic", "hellenique"),
    "ES": ("spain", "espagne", "spanien", "spanish", "espagnol", "spanisch", "spanier", "spanierin"),
    "FR": ("france", "frankreich", "french", "francais", "francaise", "franzosisch", "franzose",
           "franzosin"),
    "HR": ("croatia", "croatie", "kroatien", "croatian", "croate", "kroatisch", "kroate", "kroatin"),
    "IT": ("italy", "italie", "italien", "italian", "italienisch", "italiener", "italienerin"),
    "CY": ("cyprus", "chypre", "zypern", "cypriot", "chypriote", "cypriote", "zyprisch", "zypriot",
           "zypriotin", "zypriotisch"),
    "LV": ("latvia", "lettonie", "lettland", "latvian", "letton", "lettone", "lettisch", "lette", "lettin"),
    "LT": ("lithuania", "lituanie", "litauen", "lithuanian", "lituanien", "litauisch", "litauer",
           "litauerin"),
    "LU": ("luxembourg", "luxemburg", "luxembourgish", "luxembourger", "luxembourgeois",
           "luxembourgeoise", "luxemburgisch", "luxemburger", "luxemburgerin"),
    "HU": ("hungary", "hongrie", "ungarn", "hungarian", "hongrois", "hongroise", "ungarisch", "ungar",
           "ungarin"),
    "MT": ("malta", "malte", "maltese", "maltais", "maltaise", "maltesisch", "malteser", "malteserin"),
    "NL": ("netherlands", "the netherlands", "holland", "pays-bas", "pays bas", "niederlande", "dutch",
           "neerlandais", "neerlandaise", "niederlandisch", "niederlander", "niederlanderin"),
    "AT": ("austria", "autriche", "osterreich", "austrian", "autrichien", "osterreichisch", "osterreicher",
           "osterreicherin"),
    "PL": ("poland", "pologne", "polen", "polish", "polonais", "polonaise", "polnisch", "pole", "polin"),
    "PT": ("portugal", "portuguese", "portugais", "portugaise", "portugiesisch", "portugiese",
           "portugiesin"),
    "RO": ("romania", "roumanie", "rumanien", "romanian", "roumain", "rumanisch", "rumane", "rumanin"),
    "SI": ("slovenia", "slovenie", "slowenien", "slovenian", "slovene", "slowenisch", "slowene",
           "slowenin"),
    "SK": ("slovakia", "slovaquie", "slowakei", "slovak", "slovakian", "slovaque", "slowakisch", "slowake",
           "slowakin"),
    "FI": ("finland", "finlande", "finnland", "finnish", "finlandais", "finlandaise", "finnisch", "finne",
           "finnin"),
    "SE": ("sweden", "suede", "schweden", "swedish", "suedois", "suedoise", "schwedisch", "schwede",
           "schwedin"),
    # ---- common non-Member States (never eligible by nationality)
    "NO": ("norway", "norvege", "norwegen", "norwegian", "norvegien", "norwegisch", "norweger",
           "norwegerin"),
    "CH": ("switzerland", "suisse", "schweiz", "swiss", "schweizerisch", "schweizer", "schweizerin",
           "helvetique"),
    "GB": ("united kingdom", "uk", "great britain", "royaume-uni", "royaume uni", "grossbritannien",
           "vereinigtes konigreich", "british", "britannique", "britisch", "brite", "britin", "english",
           "scottish", "welsh", "anglais", "englisch"),
    "UA": ("ukraine", "ukrainian", "ukrainien", "ukrainisch", "ukrainer", "ukrainerin"),
    "IS": ("iceland", "islande", "island", "icelandic", "islandais", "islandisch", "islander",
           "islanderin"),
    "RS": ("serbia", "serbie", "serbien", "serbian", "serbe", "serbisch"),
    "TR": ("turkiye", "turkey", "turquie", "turkei", "turkish", "turc", "turque", "turkisch", "turke",
           "turkin"),
    "US": ("united states", "usa", "etats-unis", "etats unis", "vereinigte staaten", "american",
           "americain", "amerikanisch", "amerikaner", "amerikanerin"),
    "LI": ("liechtenstein", "liechtensteiner", "liechtensteinois"),
    "AL": ("albania", "albanie", "albanien", "albanian", "albanais", "albanisch"),
    "MK": ("north macedonia", "macedonie du nord", "nordmazedonien", "macedonian", "macedonien",
           "mazedonisch"),
    "ME": ("montenegro", "montenegrin", "montenegrino", "montenegrinisch"),
    "BA": ("bosnia and herzegovina", "bosnia", "bosnie-herzegovine", "bosnien", "bosnian", "bosnien",
           "bosnisch"),
    "MD": ("moldova", "moldavie", "moldau", "moldovan", "moldave", "moldauisch"),
    "GE": ("georgia", "georgie", "georgien", "georgian", "georgien", "georgisch"),
    "RU": ("russia", "russie", "russland", "russian", "russe", "russisch"),
    "BY": ("belarus", "bielorussie", "weissrussland", "belarusian", "bielorusse", "belarussisch"),
    "CA": ("canada", "kanada", "canadian", "canadien", "kanadisch"),
    "AU": ("australia", "australie", "australien", "australian", "australien", "australisch"),
    "CN": ("china", "chine", "chinese", "chinois", "chinesisch"),
    "IN": ("india", "inde", "indien", "indian", "indien", "indisch"),
    "BR": ("brazil", "bresil", "brasilien", "brazilian", "bresilien", "brasilianisch"),
    "MA": ("morocco", "maroc", "marokko", "moroccan", "marocain", "marokkanisch"),
    "TN": ("tunisia", "tunisie", "tunesien", "tunisian", "tunisien", "tunesisch"),
    "DZ": ("algeria", "algerie", "algerien", "algerian", "algerien", "algerisch"),
}

# Words that mean "no (second) nationality" in a nationality field.
NO_VALUE_WORDS: tuple[str, ...] = (
    "none", "no", "n/a", "na", "-", "--", "aucune", "aucun", "neant", "keine", "kein", "nicht zutreffend",
    "not applicable", "non applicable",
)
