"""A generated corpus of application forms with their ground truth, to measure the eligibility suggestions.

The generator has its own small tables of how people write nationalities, languages and degrees in
English, French and German (deliberately not the tables of the code under test). It varies: the label
language, line layout (one field per line, several fields joined on a line, the whole form on one line,
a value pushed onto the next line), tables of levels per CEFR skill, free-text forms without labels, dual
nationality on one line or in two fields, nationality codes, "native"/mother tongue, non-EU languages,
stated and inferred diploma durations, Article 29 categories, a CV page before the form, unticked boxes and
levels written in words.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

RANK = ["A1", "A2", "B1", "B2", "C1", "C2"]
EU_OFFICIAL = set("bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split())

# code -> (EN adjective, FR adjective (m, f), DE adjective); EU codes with EL for Greece
NATIONALITIES = {
    "PL": ("Polish", ("polonais", "polonaise"), "polnisch"), "EL": ("Greek", ("grec", "grecque"), "griechisch"),
    "BE": ("Belgian", ("belge", "belge"), "belgisch"), "DE": ("German", ("allemand", "allemande"), "deutsch"),
    "FR": ("French", ("français", "française"), "französisch"), "IT": ("Italian", ("italien", "italienne"), "italienisch"),
    "ES": ("Spanish", ("espagnol", "espagnole"), "spanisch"), "PT": ("Portuguese", ("portugais", "portugaise"), "portugiesisch"),
    "NL": ("Dutch", ("néerlandais", "néerlandaise"), "niederländisch"), "CY": ("Cypriot", ("chypriote", "chypriote"), "zyprisch"),
    "AT": ("Austrian", ("autrichien", "autrichienne"), "österreichisch"), "SE": ("Swedish", ("suédois", "suédoise"), "schwedisch"),
    "RO": ("Romanian", ("roumain", "roumaine"), "rumänisch"), "HR": ("Croatian", ("croate", "croate"), "kroatisch"),
    "LT": ("Lithuanian", ("lituanien", "lituanienne"), "litauisch"), "IE": ("Irish", ("irlandais", "irlandaise"), "irisch"),
    "CZ": ("Czech", ("tchèque", "tchèque"), "tschechisch"), "SK": ("Slovak", ("slovaque", "slovaque"), "slowakisch"),
    "FI": ("Finnish", ("finlandais", "finlandaise"), "finnisch"), "HU": ("Hungarian", ("hongrois", "hongroise"), "ungarisch"),
    "BG": ("Bulgarian", ("bulgare", "bulgare"), "bulgarisch"), "LU": ("Luxembourgish", ("luxembourgeois", "luxembourgeoise"), "luxemburgisch"),
    "NO": ("Norwegian", ("norvégien", "norvégienne"), "norwegisch"), "CH": ("Swiss", ("suisse", "suisse"), "schweizerisch"),
    "GB": ("British", ("britannique", "britannique"), "britisch"), "UA": ("Ukrainian", ("ukrainien", "ukrainienne"), "ukrainisch"),
    "IS": ("Icelandic", ("islandais", "islandaise"), "isländisch"), "RS": ("Serbian", ("serbe", "serbe"), "serbisch"),
    "TR": ("Turkish", ("turc", "turque"), "türkisch"), "US": ("American", ("américain", "américaine"), "amerikanisch"),
}
COUNTRY_EN = {"PL": "Poland", "EL": "Greece", "BE": "Belgium", "DE": "Germany", "FR": "France", "IT": "Italy",
              "NL": "The Netherlands", "CZ": "Czech Republic", "NO": "Norway", "CH": "Switzerland",
              "GB": "United Kingdom", "UA": "Ukraine", "TR": "Türkiye", "US": "United States"}
NON_EU = ("NO", "CH", "GB", "UA", "IS", "RS", "TR", "US")
ISO_OF = {"EL": "GR"}
# language code -> (EN, FR, DE)
LANGUAGES = {
    "en": ("English", "Anglais", "Englisch"), "fr": ("French", "Français", "Französisch"),
    "de": ("German", "Allemand", "Deutsch"), "pl": ("Polish", "Polonais", "Polnisch"),
    "el": ("Greek", "Grec", "Griechisch"), "it": ("Italian", "Italien", "Italienisch"),
    "es": ("Spanish", "Espagnol", "Spanisch"), "nl": ("Dutch", "Néerlandais", "Niederländisch"),
    "pt": ("Portuguese", "Portugais", "Portugiesisch"), "ro": ("Romanian", "Roumain", "Rumänisch"),
    "sv": ("Swedish", "Suédois", "Schwedisch"), "cs": ("Czech", "Tchèque", "Tschechisch"),
    "hu": ("Hungarian", "Hongrois", "Ungarisch"), "bg": ("Bulgarian", "Bulgare", "Bulgarisch"),
    "hr": ("Croatian", "Croate", "Kroatisch"), "fi": ("Finnish", "Finnois", "Finnisch"),
    "ru": ("Russian", "Russe", "Russisch"), "no": ("Norwegian", "Norvégien", "Norwegisch"),
    "tr": ("Turkish", "Turc", "Türkisch"), "uk": ("Ukrainian", "Ukrainien", "Ukrainisch"),
    "sr": ("Serbian", "Serbe", "Serbisch"), "is": ("Icelandic", "Islandais", "Isländisch"),
}
MOTHER_OF = {"PL": "pl", "EL": "el", "BE": "fr", "DE": "de", "FR": "fr", "IT": "it", "ES": "es", "PT": "pt",
             "NL": "nl", "CY": "el", "AT": "de", "SE": "sv", "RO": "ro", "HR": "hr", "LT": "en", "IE": "en",
             "CZ": "cs", "SK": "cs", "FI": "fi", "HU": "hu", "BG": "bg", "LU": "fr", "NO": "no", "CH": "de",
             "GB": "en", "UA": "uk", "IS": "is", "RS": "sr", "TR": "tr", "US": "en"}
L = {  # labels per label language
    "en": dict(head="APPLICATION FORM — Selection reference DIGIT/COM/2026/1039", sur="Surname", first="First name",
               mail="Email", nat="Nationality", nat2="Second nationality", dip="Highest diploma",
               dur="Duration of studies (years)", date="Date of diploma", lang="Languages (CEFR)",
               art="Article 29 status", decl="Declarations", native="mother tongue", native2="native",
               skills="Listening Reading Spoken interaction Spoken production Writing",
               boxes=("I enjoy full rights as a citizen", "I have fulfilled my military service obligations",
                      "I am physically fit", "I can produce character references"),
               art29={None: "None", "official": "Commission official (AD 6, DG DIGIT)",
                      "other_institution": "Official of another institution (European Parliament)",
                      "laureate": "Laureate — reserve list of competition EPSO/AD/398/22"},
               joiner=" and "),
    "fr": dict(head="FORMULAIRE DE CANDIDATURE — Référence DIGIT/COM/2026/1039", sur="Nom", first="Prénom",
               mail="Courriel", nat="Nationalité", nat2="Seconde nationalité", dip="Diplôme le plus élevé",
               dur="Durée des études (années)", date="Date du diplôme", lang="Langues (CECR)",
               art="Statut article 29", decl="Déclarations", native="langue maternelle", native2="langue maternelle",
               skills="Écouter Lire Prendre part à une conversation S'exprimer oralement Écrire",
               boxes=("Je jouis de mes droits civiques", "J'ai satisfait aux obligations militaires",
                      "Je suis physiquement apte", "Je peux produire des références de moralité"),
               art29={None: "Aucun", "official": "Fonctionnaire de la Commission",
                      "other_institution": "Fonctionnaire d'une autre institution (Conseil)",
                      "laureate": "Lauréat du concours EPSO/AD/401/23"},
               joiner=" et "),
    "de": dict(head="BEWERBUNGSFORMULAR — Referenz DIGIT/COM/2026/1039", sur="Nachname", first="Vorname",
               mail="E-Mail", nat="Staatsangehörigkeit", nat2="Zweite Staatsangehörigkeit", dip="Höchster Abschluss",
               dur="Studiendauer (Jahre)", date="Datum des Abschlusses", lang="Sprachen (GER)",
               art="Status Artikel 29", decl="Erklärungen", native="Muttersprache", native2="Muttersprache",
               skills="Hören Lesen An Gesprächen teilnehmen Zusammenhängendes Sprechen Schreiben",
               boxes=("Ich besitze die vollen Bürgerrechte", "Ich habe meine Verpflichtungen aus dem Wehrdienst erfüllt",
                      "Ich bin körperlich geeignet", "Ich kann Referenzen über meine Eignung vorlegen"),
               art29={None: "Keiner", "official": "Beamter der Kommission",
                      "other_institution": "Beamtin einer anderen Institution (Rat)",
                      "laureate": "Laureat des Auswahlverfahrens EPSO/AD/400/22 (Reserveliste)"},
               joiner=" und "),
}
# (years, {label language: degree text}) — inferred durations
DEGREES = [
    (3, {"en": "Bachelor of Science in Economics", "fr": "Licence en informatique", "de": "Bachelor of Science (Informatik)"}),
    (3, {"en": "BA in Political Science", "fr": "Bachelor en droit", "de": "Bachelor Wirtschaftsinformatik"}),
    (5, {"en": "Master of Science in Computer Science", "fr": "Master en droit européen", "de": "Diplom-Ingenieur Elektrotechnik"}),
    (5, {"en": "MSc Information Systems", "fr": "Diplôme d'ingénieur (Centrale)", "de": "Master of Arts Europastudien"}),
    (8, {"en": "PhD in Physics", "fr": "Doctorat en chimie", "de": "Doktor der Naturwissenschaften"}),
    (2, {"en": "Associate degree in IT", "fr": "Diplôme universitaire de technologie (DUT) informatique",
         "de": "HND Computing (Higher National Diploma)"}),
    (2, {"en": "HND in Business", "fr": "BTS Services informatiques", "de": "BTS Informatique (Frankreich)"}),
]
VAGUE = ("fluent", "good", "business level", "very good", "courant", "fließend")
SURNAMES = ("Kowalska", "Papadopoulos", "Dupont", "Müller", "Rossi", "García", "Jansen", "Ionescu", "Novák", "Murphy")


@dataclass
class Sample:
    pages: list[str]
    grade: str
    nationalities: set[str]
    diploma_years: int | None
    languages: dict[str, str | None]  # official language -> level (None: written in words)
    article29: str | None
    declared_all: bool
    outcome: str
    tags: list[str] = field(default_factory=list)


def _truth_outcome(nats, years, langs, declared_all) -> str:
    results = ["met" if any(n not in NON_EU for n in nats) else "not_met"]
    results.append("not_met" if years is not None and years < 3 else "met" if years is not None else "to_verify")
    known = sorted((RANK.index(v) for v in langs.values() if v), reverse=True)
    unknown = any(v is None for v in langs.values())
    main = bool(known) and known[0] >= 4
    second = (len(known) >= 2 and known[1] >= 3)
    for ok in (main, second):
        results.append("met" if ok else "to_verify" if unknown else "not_met")
    results.append("met" if declared_all else "to_verify")
    if "not_met" in results:
        return "not_eligible"
    return "eligible" if all(r == "met" for r in results) else "to_verify"


def generate(n: int = 360, seed: int = 1039) -> list[Sample]:
    rng = random.Random(seed)
    return [_one(rng, i) for i in range(n)]


def _nat_word(rng, code, lab_lang, feminine):
    if rng.random() < 0.12:
        return ISO_OF.get(code, code) if rng.random() < 0.5 else code
    if rng.random() < 0.08 and lab_lang == "en":
        return COUNTRY_EN.get(code, NATIONALITIES[code][0])
    en, fr, de = NATIONALITIES[code]
    return {"en": en, "fr": fr[1 if feminine else 0], "de": de}[lab_lang]


def _one(rng: random.Random, i: int) -> Sample:
    lab_lang = rng.choice(("en", "en", "fr", "de"))
    lab = L[lab_lang]
    tags = [lab_lang]
    eu = [c for c in NATIONALITIES if c not in NON_EU]
    nat1 = rng.choice(eu) if rng.random() < 0.8 else rng.choice(NON_EU)
    nats = [nat1]
    if rng.random() < 0.3:
        nats.append(rng.choice([c for c in NATIONALITIES if c != nat1]))
        tags.append("dual")
    feminine = rng.random() < 0.5
    # languages: a mother tongue and 1-3 others
    mother = MOTHER_OF[nat1]
    others = rng.sample([c for c in LANGUAGES if c != mother], rng.randint(1, 3))
    levels = {mother: "C2"}
    for c in others:
        levels[c] = rng.choice(("B1", "B2", "B2", "C1", "C1", "C2"))
    free = rng.random() < 0.12 and lab_lang == "en"
    vague = None
    if not free and rng.random() < 0.06:
        vague = rng.choice([c for c in others if c in EU_OFFICIAL] or [None])
        tags.append("vague")
    per_skill = rng.random() < 0.25
    skills = {}
    for c in others:
        base = RANK.index(levels[c])
        dims = [RANK[min(5, base + rng.choice((0, 0, 1)))] for _ in range(5)]
        dims[rng.randrange(5)] = levels[c]
        skills[c] = dims
    truth_langs = {c: (None if c == vague else lv) for c, lv in levels.items() if c in EU_OFFICIAL}
    # diploma
    stated = rng.random() < 0.6
    years_kind, degree_names = rng.choice(DEGREES)
    degree = degree_names[lab_lang]
    years = rng.choice((2, 3, 3, 4, 5, 5)) if stated else years_kind
    art = rng.choice((None, None, "official", "other_institution", "laureate"))
    declared_all = rng.random() < 0.9
    if free:
        tags.append("free_text")
        text = _free_form(rng, nats, mother, others, levels, degree, years, stated, art, declared_all)
    else:
        text = _labelled_form(rng, lab, lab_lang, nats, feminine, mother, others, levels, skills, per_skill,
                              vague, degree, years, stated, art, declared_all, tags)
    pages = [text]
    if rng.random() < 0.5:
        tags.append("cv")
        pages.insert(0, f"CURRICULUM VITAE\n{rng.choice(SURNAMES)}\nWork experience\n2015-2024 Cloud engineer, "
                        "worked with teams in Norway and Switzerland; 5 years of experience with Ansible\n"
                        "Skills: Python, Kubernetes, ITIL v4")
    return Sample(pages, rng.choice(("AD5-7", "AD6", "AD7")), set(nats), years, truth_langs, art,
                  declared_all, _truth_outcome(nats, years, truth_langs, declared_all), tags)


def _labelled_form(rng, lab, lab_lang, nats, feminine, mother, others, levels, skills, per_skill, vague,
                   degree, years, stated, art, declared_all, tags) -> str:
    idx = {"en": 0, "fr": 1, "de": 2}[lab_lang]
    name = rng.choice(SURNAMES)
    lines = [lab["head"], f"{lab['sur']}: {name}   {lab['first']}: Anna   {lab['mail']}: a.{name.lower()}@example.eu"]
    words = [_nat_word(rng, c, lab_lang, feminine) for c in nats]
    if len(nats) == 2 and rng.random() < 0.5:
        sep = rng.choice((" / ", ", ", lab["joiner"]))
        lines.append(f"{lab['nat']}: {sep.join(words)}")
        tags.append("dual_one_line")
    else:
        second = words[1] if len(words) > 1 else rng.choice(("-", "None", "N/A", ""))
        lines.append(f"{lab['nat']}: {words[0]}    {lab['nat2']}: {second}")
    dur = f"   {lab['dur']}: {years}" if stated else ""
    tags.append("stated" if stated else "inferred")
    lines.append(f"{lab['dip']}: {degree}{dur}   {lab['date']}: 2012-06-30")
    lines.append(f"{lab['lang']}:")
    lname = LANGUAGES[mother][idx]
    if lab_lang == "en" and rng.random() < 0.15:
        tags.append("native_before")
        lines.append(rng.choice((f"Mother tongue(s): {lname}", f"Native speaker of {lname}", f"native {lname}")))
    else:
        lines.append(rng.choice((f"{lname}: {lab['native']}", f"{lname} – {lab['native']}",
                                 f"{lname} ({lab['native2']})")))
    if per_skill:
        tags.append("per_skill")
        lines.append(lab["skills"])
    for c in others:
        lname = LANGUAGES[c][idx]
        if c == vague:
            lines.append(f"{lname}: {rng.choice(VAGUE)}")
        elif per_skill:
            lines.append(f"{lname} {' '.join(skills[c])}")  # lowest skill == levels[c]
        elif rng.random() < 0.15 and lab_lang == "en":
            tags.append("skills_in_words")
            dims = dict(zip(("Listening", "Reading", "Speaking", "Writing"), skills[c], strict=False))
            dims[rng.choice(list(dims))] = levels[c]
            lines.append(f"{lname}: " + ", ".join(f"{k} {v}" for k, v in dims.items()))
        elif rng.random() < 0.08:
            tags.append("split_level")
            lines += [f"{lname}:", levels[c]]
        else:
            lines.append(rng.choice((f"{lname}: {levels[c]}", f"{lname} – {levels[c]}", f"{lname} ({levels[c]})")))
    lines.append(f"{lab['art']}: {lab['art29'][art]}")
    ticks = ["[X]"] * 4
    if not declared_all:
        ticks[rng.randrange(4)] = "[ ]"
    lines.append(f"{lab['decl']}: " + "  ".join(f"{t} {b}" for t, b in zip(ticks, lab["boxes"], strict=True)))
    layout = rng.random()
    if layout < 0.15:
        tags.append("joined_all")
        return " ".join(lines)
    if layout < 0.3:
        tags.append("joined_some")
        k = rng.randrange(1, len(lines) - 1)
        lines[k:k + 2] = [lines[k] + " " + lines[k + 1]]
    elif layout < 0.4:
        tags.append("split_value")
        k = next(j for j, ln in enumerate(lines) if ln.startswith(lab["nat"]))
        head, _, rest = lines[k].partition(": ")
        lines[k:k + 1] = [head + ":", rest]
    return "\n".join(lines)


def _free_form(rng, nats, mother, others, levels, degree, years, stated, art, declared_all) -> str:
    adjs = [NATIONALITIES[c][0] for c in nats]
    parts = ["APPLICATION FORM — DIGIT/COM/2026/1039", f"I am a {' and '.join(adjs)} citizen."]
    if stated:
        parts.append(f"I hold a {degree} ({years} years of study).")
    else:
        parts.append(f"My highest qualification is a {degree}.")
    parts.append(f"I am a native {LANGUAGES[mother][0]} speaker.")
    for c in others:
        lvl = levels[c]
        parts.append(rng.choice((f"I have {lvl} {LANGUAGES[c][0]}.", f"I speak {LANGUAGES[c][0]} at {lvl} level.")))
    if art == "official":
        parts.append("I am a Commission official.")
    elif art == "laureate":
        parts.append("I am on the reserve list of competition EPSO/AD/398/22.")
    elif art == "other_institution":
        parts.append("I am an official of another institution (Court of Justice).")
    if declared_all:
        parts.append("I declare that I enjoy full rights as a citizen, have fulfilled my military service "
                     "obligations, am physically fit and can produce character references.")
    return "\n".join(parts)
