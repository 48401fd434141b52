"""Candidates of the PDF form corpus, their ground truth, and the many ways people word a form.

Every phrasing pool has a DESIGN part (the wordings the reading rules were written against), a HELD-OUT
part (written with it, measured; its wrong definite suggestions were examined once and fixed as generic
safety bugs), a FRESH part (written after that round; examined once too) and an UNSEEN part (written last,
measured only: its failures were never read, so it says how the rules fare on wordings nobody tuned for). A candidate draws all its
wordings from one split, so the accuracy on the held-out split says how the rules fare on forms worded
by other hands. Nothing here imports the code under test: the tables are the generator's own.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field

RANK = ["A1", "A2", "B1", "B2", "C1", "C2"]
OFFICIAL = set("bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split())
NON_EU = {"NO", "CH", "GB", "UA", "TR", "IS", "RS"}
# nationality code -> (EN, FR, DE) as people write it in a form
NAT_WORDS = {
    "PL": ("Polish", "polonaise", "polnisch"), "EL": ("Greek", "grecque", "griechisch"),
    "FR": ("French", "française", "französisch"), "DE": ("German", "allemande", "deutsch"),
    "IT": ("Italian", "italienne", "italienisch"), "ES": ("Spanish", "espagnole", "spanisch"),
    "BE": ("Belgian", "belge", "belgisch"), "NL": ("Dutch", "néerlandaise", "niederländisch"),
    "RO": ("Romanian", "roumaine", "rumänisch"), "PT": ("Portuguese", "portugaise", "portugiesisch"),
    "AT": ("Austrian", "autrichienne", "österreichisch"), "SE": ("Swedish", "suédoise", "schwedisch"),
    "CZ": ("Czech", "tchèque", "tschechisch"), "HU": ("Hungarian", "hongroise", "ungarisch"),
    "NO": ("Norwegian", "norvégienne", "norwegisch"), "CH": ("Swiss", "suisse", "schweizerisch"),
    "GB": ("British", "britannique", "britisch"), "UA": ("Ukrainian", "ukrainienne", "ukrainisch"),
    "TR": ("Turkish", "turque", "türkisch"),
}
COUNTRY = {"PL": "Poland", "EL": "Greece", "FR": "France", "DE": "Germany", "IT": "Italy", "NO": "Norway",
           "CH": "Switzerland", "GB": "United Kingdom", "BE": "Belgium", "ES": "Spain"}
MOTHER_OF = {"PL": "pl", "EL": "el", "FR": "fr", "DE": "de", "IT": "it", "ES": "es", "BE": "nl", "NL": "nl",
             "RO": "ro", "PT": "pt", "AT": "de", "SE": "sv", "CZ": "cs", "HU": "hu", "NO": "no", "CH": "de",
             "GB": "en", "UA": "uk", "TR": "tr"}
LANG_WORDS = {  # code -> (EN, FR, DE)
    "en": ("English", "anglais", "Englisch"), "fr": ("French", "français", "Französisch"),
    "de": ("German", "allemand", "Deutsch"), "pl": ("Polish", "polonais", "Polnisch"),
    "el": ("Greek", "grec", "Griechisch"), "it": ("Italian", "italien", "Italienisch"),
    "es": ("Spanish", "espagnol", "Spanisch"), "nl": ("Dutch", "néerlandais", "Niederländisch"),
    "ro": ("Romanian", "roumain", "Rumänisch"), "pt": ("Portuguese", "portugais", "Portugiesisch"),
    "sv": ("Swedish", "suédois", "Schwedisch"), "cs": ("Czech", "tchèque", "Tschechisch"),
    "hu": ("Hungarian", "hongrois", "Ungarisch"), "no": ("Norwegian", "norvégien", "Norwegisch"),
    "uk": ("Ukrainian", "ukrainien", "Ukrainisch"), "tr": ("Turkish", "turc", "Türkisch"),
    "ru": ("Russian", "russe", "Russisch"), "eu": ("Basque", "basque", "Baskisch"),
}
LI = {"en": 0, "fr": 1, "de": 2}

# ---- phrasing pools: {language: (design, held_out)}
P = {
    "title": {"en": (["APPLICATION FORM", "Application form – {ref}"], ["Candidate's form ({ref})", "Expression of interest – {ref}"], ["Application for the post of IT Service Officer ({ref})"]),
              "fr": (["FORMULAIRE DE CANDIDATURE"], ["Acte de candidature – {ref}"], ["Candidature au poste ({ref})"]),
              "de": (["BEWERBUNGSFORMULAR"], ["Bewerbungsbogen – {ref}"], ["Antrag auf Zulassung ({ref})"])},
    "surname": {"en": (["Surname", "Last name"], ["Family name"], ["Surname (family name)"]), "fr": (["Nom"], ["Nom de famille"], ["NOM"]),
                "de": (["Nachname"], ["Familienname"], ["Familienname"])},
    "first": {"en": (["First name"], ["Given name(s)"], ["Forename(s)"]), "fr": (["Prénom"], ["Prénom(s)"], ["Prénom usuel"]), "de": (["Vorname"], ["Vorname(n)"], ["Rufname"])},
    "email": {"en": (["E-mail"], ["Email address"], ["Contact e-mail"]), "fr": (["Courriel"], ["Adresse électronique"], ["E-mail de contact"]),
              "de": (["E-Mail"], ["E-Mail-Adresse"], ["Kontakt-E-Mail"])},
    "nat": {"en": (["Nationality", "Citizenship"], ["Nationality(ies)", "Country of citizenship"], ["Citizenship(s)", "Nationality / citizenship"], ["Present nationality"]),
            "fr": (["Nationalité"], ["Nationalité(s)", "Citoyenneté"], ["Pays de nationalité"], ["Nationalité actuelle"]),
            "de": (["Staatsangehörigkeit"], ["Staatsbürgerschaft", "Nationalität"], ["Staatsangehörigkeit(en)"], ["Derzeitige Staatsangehörigkeit"])},
    "dip": {"en": (["Highest diploma", "Highest qualification"], ["Highest educational qualification", "Degree obtained"], ["University degree", "Qualification (highest)"], ["Highest degree"]),
            "fr": (["Diplôme le plus élevé", "Diplôme"], ["Titre universitaire le plus élevé"], ["Diplôme universitaire obtenu"], ["Diplôme obtenu"]),
            "de": (["Höchster Abschluss", "Abschluss"], ["Hochschulabschluss"], ["Akademischer Grad"], ["Studienabschluss"])},
    "dur": {"en": (["Duration of studies", "Duration of studies (years)"], ["Length of studies", "Number of years of study"], ["Duration (years of study)", "Study duration"], ["Years of study"]),
            "fr": (["Durée des études"], ["Nombre d'années d'études"], ["Durée de la formation"], ["Durée des études (années)"]),
            "de": (["Studiendauer"], ["Dauer des Studiums", "Regelstudienzeit"], ["Dauer der Ausbildung"], ["Studiendauer (Jahre)"])},
    "period": {"en": (["Period of study"], ["Dates of attendance"], ["Attended from – to"], ["Study period"]), "fr": (["Période d'études"], ["Dates des études"], ["Du – au"], ["Période des études"]),
               "de": (["Studienzeitraum"], ["Studium von – bis"], ["Von – bis"], ["Zeitraum des Studiums"])},
    "mother": {"en": (["Mother tongue"], ["Native language", "First language"], ["Native tongue", "Mother language"], ["First language"]),
               "fr": (["Langue maternelle"], ["Langue(s) maternelle(s)"], ["Langue première"], ["Langue d'origine"]),
               "de": (["Muttersprache"], ["Muttersprache(n)", "Erstsprache"], ["Herkunftssprache"], ["Muttersprachen"])},
    "other": {"en": (["Other languages", "Foreign languages"], ["Additional languages"], ["Other language skills (CEFR)"], ["Language skills"]),
              "fr": (["Autres langues"], ["Langues étrangères"], ["Connaissances linguistiques"], ["Compétences linguistiques"]), "de": (["Fremdsprachen"], ["Weitere Sprachen"], ["Sprachkenntnisse (GER)"], ["Andere Sprachen"])},
    "art_head": {"en": (["Article 29 of the Staff Regulations", "Priority under Article 29"], ["Current status (Article 29 SR)"], ["Are you covered by Article 29(1)(a) of the Staff Regulations?"], ["Staff Regulations, Art. 29 – your situation"], ["Employment status with the EU institutions (Art. 29 SR)"]),
                 "fr": (["Article 29 du statut"], ["Situation au regard de l'article 29"], ["Relevez-vous de l'article 29, paragraphe 1, point a) ?"], ["Votre situation (art. 29 du statut)"], ["Statut auprès des institutions de l'UE (article 29)"]),
                 "de": (["Artikel 29 des Statuts"], ["Status nach Artikel 29 Beamtenstatut"], ["Fallen Sie unter Artikel 29 Absatz 1 Buchstabe a?"], ["Ihre Situation (Art. 29 Statut)"], ["Dienstverhältnis bei den EU-Organen (Art. 29 Statut)"])},
    "military_head": {"en": (["Military service"], ["Military obligations"], ["Military service obligations"], ["Compulsory military service"]), "fr": (["Service militaire"], ["Obligations militaires"], ["Situation militaire"], ["Obligations militaires"]),
                      "de": (["Wehrdienst"], ["Militärdienst"], ["Wehrpflicht"], ["Militärdienst"])},
    "place_date": {"en": (["Place and date", "Date and place"], ["Done at (place, date)"], ["Place, date"], ["Date and place"]),
                   "fr": (["Lieu et date", "Fait à"], ["Fait à (lieu et date)"], ["Lieu / date"], ["Date et lieu"]), "de": (["Ort und Datum", "Ort, Datum"], ["Ort/Datum"], ["Datum, Ort"], ["Datum und Ort"])},
    "signature": {"en": (["Signature"], ["Signed"], ["Signature of the candidate"], ["Candidate's signature"]), "fr": (["Signature"], ["Signé"], ["Signature du candidat"], ["Signature"]), "de": (["Unterschrift"], ["Unterzeichnet"], ["Unterschrift des Bewerbers"], ["Unterschrift"])},
}
ART29_OPTIONS = {  # category -> {language: (design, held_out)}
    "official": {"en": (["Official of the European Commission", "Commission official"], ["Permanent official (fonctionnaire) of the Commission"], ["Yes – I am a Commission official (AD/AST)"], ["Established official, European Commission"],
                        ["Official of the European Commission, grade AD 7 (statutory staff)",
                         "Commission official – personnel number 123456, grade AST 6",
                         "I am a permanent official of the Commission (AD 9)"]),
                 "fr": (["Fonctionnaire de la Commission européenne"], ["Fonctionnaire titulaire de la Commission"], ["Fonctionnaire (Commission européenne)"], ["Fonctionnaire de la Commission (DG DIGIT)"],
                        ["Fonctionnaire de la Commission européenne, grade AD 8",
                         "Fonctionnaire statutaire de la Commission (AST 4), numéro du personnel 98765"]),
                 "de": (["Beamter/Beamtin der Europäischen Kommission"], ["Beamter der Kommission (auf Lebenszeit)"], ["Kommissionsbeamter/-beamtin"], ["Beamtin (Europäische Kommission, GD DIGIT)"],
                        ["Beamtin der Europäischen Kommission, Besoldungsgruppe AD 10",
                         "Beamter/Beamtin der Kommission – Personalnummer 40211"])},
    "other_institution": {"en": (["Official of another EU institution, body or agency"], ["Official of the European Parliament (another institution)"], ["Official of an EU agency (e.g. ENISA)"], ["Official of the Council of the EU"],
                                  ["Official of the European Court of Auditors, grade AD 8",
                                   "Official of the EU institutions – European Parliament, AST 5",
                                   "Statutory official of the Council of the European Union (AD 6)"]),
                          "fr": (["Fonctionnaire d'une autre institution, organe ou agence de l'UE"], ["Fonctionnaire d'une autre institution de l'Union"], ["Fonctionnaire d'une agence de l'UE"], ["Fonctionnaire de la Cour de justice"],
                                  ["Fonctionnaire du Parlement européen, grade AST 3",
                                   "Fonctionnaire de l'Union (Cour des comptes européenne), AD 9"]),
                          "de": (["Beamter einer anderen Institution, Einrichtung oder Agentur der EU"], ["Beamtin eines anderen Organs der EU"], ["Beamter einer EU-Agentur"], ["Beamter des Europäischen Parlaments"],
                                  ["Beamter/Beamtin der EU beim Rat der Europäischen Union, AD 7",
                                   "Beamter des Europäischen Rechnungshofs (Personalnummer 55102)"])},
    "laureate": {"en": (["Laureate of an EPSO competition – Article 29 priority (reserve list)"], ["Successful candidate on an EPSO reserve list"], ["Included in an EPSO reserve list (competition EPSO/AD/411/24)"], ["Laureate, open competition EPSO/AST/160/25"],
                         ["On the reserve list of open competition EPSO/AD/399/22",
                          "Successful laureate of EPSO competition EPSO/AST-SC/13/24 (reserve list valid until 2027)"]),
                 "fr": (["Lauréat d'un concours EPSO (liste de réserve)"], ["Inscrit sur une liste de réserve d'un concours EPSO"], ["Lauréat(e) de concours"], ["Inscrit(e) sur la liste de réserve EPSO/AD/402/23"],
                         ["Lauréate du concours général EPSO/AD/390/21",
                          "Inscrit sur la liste d'aptitude du concours EPSO/AST/154/23"]),
                 "de": (["Laureat eines EPSO-Auswahlverfahrens (Reserveliste)"], ["Auf der Reserveliste eines EPSO-Auswahlverfahrens"], ["Erfolgreiche/r Bewerber/in eines Auswahlverfahrens"], ["Laureatin des Auswahlverfahrens EPSO/AD/405/23"],
                         ["Auf der Reserveliste des allgemeinen Auswahlverfahrens EPSO/AD/398/22",
                          "Laureat des Auswahlverfahrens EPSO/AST/151/22 (Reserveliste)"])},
    "contract": {"en": (["Contract agent"], ["Temporary agent (AT 2(b))"], ["Contract staff (CA FG IV)"], ["Temporary staff member (TA)"],
                         ["Temporary agent 2(a), grade AD 8", "Contract agent under Article 3b CEOS, FG IV",
                          "Temporary staff (AT 2(f)) at an EU agency"]), "fr": (["Agent contractuel"], ["Agent temporaire"], ["Agent contractuel (GF IV)"], ["Agent temporaire 2f"], ["Agent temporaire 2 a), grade AD 7", "Agent contractuel 3 bis, GF III"]),
                 "de": (["Vertragsbediensteter"], ["Bediensteter auf Zeit"], ["Vertragsbedienstete/r"], ["Zeitbediensteter"], ["Bediensteter auf Zeit nach Artikel 2 Buchstabe a BSB, AD 8",
                                                  "Vertragsbedienstete/r (Art. 3b BSB), FG IV"])},
    None: {"en": (["Not applicable", "None of the above"], ["I am none of these"], ["No"], ["None"], ["Not an EU staff member"]),
           "fr": (["Sans objet"], ["Aucune de ces situations"], ["Non concerné(e)"], ["Aucune"],
                  ["Je ne suis pas membre du personnel de l'UE"]),
           "de": (["Nicht zutreffend"], ["Keine dieser Situationen"], ["Nein"], ["Keine"],
                  ["Keine Tätigkeit bei den EU-Organen"])},
}
# Written for the art29 split's second round (three producers: reportlab, LibreOffice tables, Chromium), measured
# before any rule changed: officials "in active employment", the EEAS and other bodies, reserve lists "published in
# the OJ", seconded national experts and 3a contract staff "at the Commission" (who are not officials).
ART29_FRESH = {
    "art_head": {"en": ["Article 29(1)(a) Staff Regulations – priority candidates",
                        "Are you an EU official or on an EPSO reserve list?"],
                 "fr": ["Priorité au titre de l'article 29 du statut des fonctionnaires",
                        "Êtes-vous fonctionnaire de l'UE ou lauréat(e) d'un concours ?"],
                 "de": ["Vorrang nach Artikel 29 des Beamtenstatuts",
                        "Sind Sie EU-Beamter/-Beamtin oder Laureat/in eines Auswahlverfahrens?"]},
    "official": {"en": ["Official in active employment at the European Commission (DG DIGIT, AD 10)",
                        "European Commission – established official, staff no. 301122"],
                 "fr": ["Fonctionnaire en activité à la Commission européenne (DG CNECT), AD 11",
                        "Commission européenne – fonctionnaire titularisé(e)"],
                 "de": ["Beamter im aktiven Dienst der Europäischen Kommission (GD HR)",
                        "Europäische Kommission – Beamtin auf Planstelle, AST 7"]},
    "other_institution": {"en": ["Official in active employment at the Court of Justice of the EU (AD 9)",
                                 "Established official, European External Action Service (EEAS)"],
                          "fr": ["Fonctionnaire en activité au Conseil de l'Union européenne",
                                 "Fonctionnaire du Service européen pour l'action extérieure (SEAE), AD 6"],
                          "de": ["Beamtin im aktiven Dienst beim Europäischen Parlament",
                                 "Beamter des Europäischen Auswärtigen Dienstes (EAD), AD 8"]},
    "laureate": {"en": ["Laureate of EPSO/AD/413/25 – name on the reserve list published in the Official Journal",
                        "Placed on the reserve list of a general competition (EPSO/AST-IT/07/24)"],
                 "fr": ["Lauréat(e) d'un concours général – liste de réserve EPSO/AD/380/20 (prorogée)",
                        "Figure sur la liste de réserve du concours EPSO/AD/414/25"],
                 "de": ["In die Reserveliste des Auswahlverfahrens EPSO/AD/412/25 aufgenommen",
                        "Erfolgreich im allgemeinen Auswahlverfahren EPSO/AST/162/25 (Reserveliste)"]},
    "contract": {"en": ["Seconded national expert (SNE) at the European Commission",
                        "Member of the contract staff (CA 3a, FG IV) at the Commission"],
                 "fr": ["Expert national détaché (END) auprès de la Commission européenne",
                        "Agent contractuel 3 a) à la Commission, GF IV"],
                 "de": ["Abgeordnete nationale Sachverständige (ANS) bei der Europäischen Kommission",
                        "Vertragsbediensteter (3a) bei der Kommission, FG III"]},
    None: {"en": ["I do not work for an EU institution", "Not concerned"],
           "fr": ["Je ne travaille pas pour une institution de l'UE", "Pas concerné(e)"],
           "de": ["Ich bin bei keinem EU-Organ beschäftigt", "Betrifft mich nicht"]},
}
MILITARY_OPTIONS = {"en": (["Completed", "Exempted", "Not applicable"], ["Fulfilled", "Not required", "Does not apply"], ["Done", "Exempt", "N/A"], ["Served", "Exempted on medical grounds", "Not applicable to me"], ["Completed", "Exempted", "Not applicable"]),
                    "fr": (["Accompli", "Exempté", "Sans objet"], ["En règle", "Dispensé", "Non concerné"], ["Effectué", "Réformé", "Non applicable"], ["Accompli", "Exempté(e)", "Ne s'applique pas"], ["Accompli", "Exempté", "Sans objet"]),
                    "de": (["Abgeleistet", "Befreit", "Nicht zutreffend"], ["Erfüllt", "Freigestellt", "Entfällt"], ["Geleistet", "Ausgemustert", "Nicht anwendbar"], ["Abgeleistet", "Zurückgestellt", "Trifft nicht zu"], ["Abgeleistet", "Befreit", "Nicht zutreffend"])}
DECLARATION = {
    "en": (["I, the undersigned, declare on my honour that the information given in this application is true and "
            "complete and that I satisfy the eligibility criteria of the vacancy notice.",
            "I declare on my honour that I meet the eligibility conditions set out in the vacancy notice."],
           ["By signing, I solemnly declare on my honour that I fulfil all the eligibility requirements laid down "
            "in the notice and that the above is accurate."],
           ["I hereby certify on my honour that I fulfil the general and specific eligibility conditions of the "
            "selection procedure and that the documents attached are genuine."],
           ["Declaration on honour: I confirm that I satisfy all the eligibility criteria listed in the vacancy notice."]),
    "fr": (["Je soussigné(e) déclare sur l'honneur que les informations fournies sont exactes et que je remplis les "
            "critères d'éligibilité de l'avis de vacance."],
           ["Je déclare sur l'honneur satisfaire à l'ensemble des conditions d'admissibilité fixées dans l'avis."],
           ["Je certifie sur l'honneur remplir les conditions d'éligibilité générales et particulières de la procédure."],
           ["Déclaration sur l'honneur : je remplis l'ensemble des critères d'éligibilité énoncés dans l'avis de vacance."]),
    "de": (["Ich versichere ehrenwörtlich, dass die Angaben richtig sind und dass ich die Zulassungsbedingungen der "
            "Stellenausschreibung erfülle."],
           ["Hiermit erkläre ich ehrenwörtlich, dass ich alle in der Ausschreibung genannten Teilnahmebedingungen erfülle."],
           ["Ich erkläre ehrenwörtlich, die allgemeinen und besonderen Zulassungsvoraussetzungen zu erfüllen."],
           ["Ich versichere hiermit ehrenwörtlich, dass ich die Zulassungsbedingungen der Ausschreibung erfülle."]),
}
TICK = (["☒", "[X]", "☑"], ["✔", "■", "(X)", "[x]", "✓"], ["⊠", "[✓]", "✅", "X"], ["☒", "[X]", "✔"], ["☒", "[X]", "☑"])
UNTICK = (["☐", "[ ]"], ["□", "( )", "[  ]"], ["❑", "[ ]", "○"], ["☐", "[ ]", "□"], ["☐", "[ ]", "□"])
DEGREES = {  # (EN, FR, DE) degree names, with the duration written in several ways
    "bachelor": ("Bachelor of Science in Computer Science", "Licence en informatique", "Bachelor of Science Informatik"),
    "master": ("Master of Engineering", "Master en génie logiciel", "Master of Science Informatik"),
    "short": ("Higher National Diploma in Computing", "BTS Services informatiques", "Fachschulabschluss Informatik"),
}


@dataclass
class Candidate:
    key: str
    split: str  # "design" | "heldout"
    lang: str  # language of the labels
    producer: str  # "reportlab" | "libreoffice" | "chromium" | "europass"
    layout: str  # "inline" | "nextline" | "table" | "wordtable"
    surname: str
    nationalities: list[str]
    diploma_kind: str
    years: float | None  # true duration (None: not stated anywhere)
    duration_text: str  # how the duration is written ("" when only dates are given)
    period: str  # "2014-10 – 2017-07" or ""
    mother: str
    others: dict[str, list[str]]  # language -> five skill levels (lowest counts)
    level_style: str  # "plain" | "words" | "skills"
    art29: str | None  # official | other_institution | laureate | contract | None
    art_style: str  # "boxes" | "yesno" | "field"
    military_box: bool
    declaration: str  # "signed" | "unsigned" | "missing"
    europass_xml: str = ""  # "" or "new"/"old"
    scanned: bool = False
    truth: dict = field(default_factory=dict)


SPLITS = ("design", "heldout", "fresh", "unseen", "art29", "acroform", "browserbox")  # art29: new Article 29 wordings


def pick(rng: random.Random, pool: dict, lang: str, split: str) -> str:
    options = pool[lang]
    return rng.choice(options[pool_index(split, len(options))] + (_fresh(pool, lang) if split == "art29" else []))


def _fresh(pool: dict, lang: str) -> list[str]:
    """The art29 split's second-round wordings of an Article 29 pool (heading or category), if any."""
    for key, words in ART29_FRESH.items():
        if pool is P.get(key) or pool is ART29_OPTIONS.get(key):
            return words[lang]
    return []


def pool_index(split: str, n: int) -> int:
    """Which part of a phrasing pool a split draws from; the acroform split (a producer, not a wording
    round) uses the design wordings, so that what it measures is the reading of the form's fields."""
    return 0 if split in ("acroform", "browserbox") else min(SPLITS.index(split), n - 1)


def truth_of(c: Candidate, min_years: int = 3) -> dict:
    nat = "met" if any(n not in NON_EU for n in c.nationalities) else "not_met"
    dip = "to_verify" if c.years is None else ("met" if c.years >= min_years else "not_met")
    levels = {c.mother: 5} if c.mother in OFFICIAL else {}
    for lang, dims in c.others.items():
        if lang in OFFICIAL:
            levels[lang] = max(levels.get(lang, -1), min(RANK.index(d) for d in dims))
    ranked = sorted(levels.values(), reverse=True)
    main = "met" if ranked and ranked[0] >= 4 else "not_met"
    second = "met" if len(ranked) >= 2 and ranked[1] >= 3 else "not_met"
    declared = "declared" if c.declaration == "signed" else "to_verify"
    checks = {"E-NATIONALITY": nat, "E-DIPLOMA": dip, "E-LANG-MAIN": main, "E-LANG-SECOND": second,
              **{k: declared for k in ("E-CIVIC", "E-MILITARY", "E-FITNESS", "E-REFERENCES")}}
    values = list(checks.values())
    overall = ("not_eligible" if "not_met" in values else
               "eligible" if all(v in ("met", "declared") for v in values) else "to_verify")
    art = c.art29 if c.art29 in ("official", "other_institution", "laureate") else None
    return {"checks": checks, "overall": overall, "article29": art}


def as_json(c: Candidate) -> dict:
    return asdict(c)
