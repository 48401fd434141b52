"""The labels of an application form's fields, as data (EN/FR/DE). fields.py finds them in the text.

An accented letter also matches its plain form; "… of the candidate", "… du candidat", "… des Bewerbers" may
follow a label, and two labels may be joined by a slash ("Nationality / citizenship").
"""

from __future__ import annotations

import re

# Field labels as data: key -> phrases (lower case; an accented letter also matches its plain form).
# Most specific first within a key; across keys the longest phrase wins at a place.
LABELS: dict[str, tuple[str, ...]] = {
    "nationality2": ("second nationality", "other nationality", "seconde nationalité", "deuxième nationalité",
                     "autre nationalité", "zweite staatsangehörigkeit", "weitere staatsangehörigkeit"),
    "nationality": ("nationality(ies)", "nationalities", "nationality", "country of citizenship", "citizenship(s)",
                    "citizenship", "country of nationality", "pays de nationalité",
                    "nationalité(s)", "nationalités", "nationalité", "citoyenneté", "staatsangehörigkeit(en)",
                    "staatsangehörigkeiten", "staatsangehörigkeit", "staatsbürgerschaft", "nationalität"),
    "surname": ("surname", "last name", "family name", "nom de famille", "nachname", "familienname", "nom"),
    "first_name": ("first name(s)", "first name", "given name(s)", "given names", "given name", "prénom(s)",
                   "prénoms", "prénom", "vorname(n)", "vornamen", "vorname"),
    "email": ("email address", "e-mail address", "e-mail", "email", "adresse électronique", "adresse e-mail",
              "courriel", "e-mail-adresse"),
    "duration": ("duration of studies (years)", "duration of studies", "duration of the studies", "length of studies",
                 "number of years of study", "years of study", "durée des études (années)", "durée des études",
                 "nombre d'années d'études", "studiendauer (jahre)", "studiendauer", "dauer des studiums",
                 "regelstudienzeit"),
    "diploma_date": ("date of diploma", "date du diplôme", "datum des abschlusses"),
    "diploma": ("highest diploma", "highest educational qualification", "highest academic qualification",
                "highest qualification", "highest degree", "degree obtained", "university degree",
                "diplôme le plus élevé", "titre universitaire le plus élevé", "titre universitaire", "diplôme obtenu",
                "höchster abschluss", "höchster bildungsabschluss", "hochschulabschluss", "studienabschluss",
                "diplôme", "abschluss", "degree"),
    "period": ("period of study", "period of studies", "study period", "dates of attendance", "dates of study",
               "période d'études", "période des études", "dates des études", "studienzeitraum", "studium von – bis",
               "studium von - bis", "zeitraum des studiums"),
    "mother": ("mother tongue(s)", "mother tongues", "mother tongue", "native language(s)", "native language",
               "native tongue", "mother language", "first language", "home language", "langue(s) maternelle(s)",
               "langues maternelles", "langue maternelle", "langue première", "langue d'origine", "langue natale",
               "muttersprache(n)", "muttersprachen", "muttersprache", "erstsprache", "herkunftssprache"),
    "languages": ("languages (cefr)", "languages", "language skills", "other languages", "other language(s)",
                  "foreign languages", "additional languages", "langues (cecr)", "langues", "autres langues",
                  "langues étrangères", "compétences linguistiques", "sprachen (ger)", "sprachen", "sprachkenntnisse",
                  "fremdsprachen", "weitere sprachen", "andere sprachen"),
    "article29": ("article 29 status", "statut article 29", "statut de l'article 29", "status artikel 29",
                  "article 29", "artikel 29", "art. 29"),
    "declarations": ("declarations", "déclarations", "erklärungen"),
    "place_date": tuple(f"{a}{sep}{b}" for x, y, joins in (("place", "date", (" and ", ", ", "/", " / ", " & ")),
                                                          ("lieu", "date", (" et ", ", ", "/", " / ")),
                                                          ("ort", "datum", (" und ", ", ", "/", " / ")))
                        for a, b in ((x, y), (y, x)) for sep in joins) + ("done at", "fait à", "signed at"),
    "signature": ("signature", "signed", "signé", "signée", "unterschrift", "unterzeichnet"),
}
# Generic labels that a CV sentence may also start with: these need a colon or a line of their own.
WEAK = {"nom", "diplôme", "abschluss", "degree", "langues", "sprachen", "languages", "signed", "signé", "signée",
        "citizenship", "nationality", "nationalité", "email", "e-mail"}
LOWER_VALUE_REFUSED = {"nom", "diplôme", "abschluss", "degree", "signed", "signé", "signée"}
# Words after a label at the start of a line that make it a sentence, not a label.
CONTINUATION = re.compile(r"\s*(?:is|of|and|was|in|to|for|at|de|du|des|d'|la|le|der|die|des|von|im|in|"
                           r"universitaire|ist|est|are)\b")
