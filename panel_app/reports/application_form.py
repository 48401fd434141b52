"""A realistic synthetic application PDF (CV pages + the application form), for the demo and the tests.

Part of the product: the demo procedure (`panel-app --demo`, services/synthetic.py) and the benchmarks
generate their mailbox with it; the tests use it as their fixture generator.

`render_application(profile)` draws straight onto a reportlab canvas (no platypus: a 3-page PDF
takes a few milliseconds, so thousands of fixtures are cheap). `make_profile(rng, i)` produces varied
candidates: names in many EU scripts, dual and non-EU nationalities, diplomas of 2–5 years,
languages with CEFR levels and some Article 29 statuses.

`europass_xml` is embedded as a PDF file attachment (catalog /Names /EmbeddedFiles) through
reportlab's low-level pdfdoc objects, as Europass does; pypdfium2 reads it back.
`text_layer=False` draws only shapes (grey bars where the text would be), like a scan without OCR.
"""

from __future__ import annotations

import io
import random
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from panel_app.reports.fonts import register_fonts

REFERENCE = "DIGIT/COM/2026/1039"

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "APPLICATION FORM — Selection reference", "surname": "Surname", "first_name": "First name",
        "email": "Email", "nationality": "Nationality", "second_nationality": "Second nationality",
        "diploma": "Highest diploma", "years": "Duration of studies (years)", "diploma_date": "Date of diploma",
        "languages": "Languages (CEFR)", "art29": "Article 29 status", "declarations": "Declarations",
        "mother": "mother tongue", "cv": "Curriculum vitae",
        "decl": ["I enjoy full rights as a citizen", "I have fulfilled my military service obligations",
                 "I am physically fit", "I can produce character references"],
    },
    "fr": {
        "title": "FORMULAIRE DE CANDIDATURE — Référence de la sélection", "surname": "Nom",
        "first_name": "Prénom", "email": "Courriel", "nationality": "Nationalité",
        "second_nationality": "Seconde nationalité", "diploma": "Diplôme le plus élevé",
        "years": "Durée des études (années)", "diploma_date": "Date du diplôme", "languages": "Langues",
        "art29": "Statut article 29", "declarations": "Déclarations", "mother": "langue maternelle",
        "cv": "Curriculum vitae",
        "decl": ["Je jouis de mes droits civiques", "J'ai satisfait aux obligations militaires",
                 "J'ai l'aptitude physique requise", "Je peux produire des références de moralité"],
    },
    "de": {
        "title": "BEWERBUNGSFORMULAR — Auswahlreferenz", "surname": "Nachname", "first_name": "Vorname",
        "email": "E-Mail", "nationality": "Staatsangehörigkeit",
        "second_nationality": "Zweite Staatsangehörigkeit", "diploma": "Höchster Abschluss",
        "years": "Studiendauer (Jahre)", "diploma_date": "Datum des Abschlusses", "languages": "Sprachen",
        "art29": "Status Artikel 29", "declarations": "Erklärungen", "mother": "Muttersprache",
        "cv": "Lebenslauf",
        "decl": ["Ich besitze die vollen Bürgerrechte", "Ich habe meine Wehrpflicht erfüllt",
                 "Ich bin körperlich geeignet", "Ich kann Leumundszeugnisse vorlegen"],
    },
}

ARTICLE29 = ("None", "Commission official", "Official of another institution", "Competition laureate")

_NAMES = [  # (first name, surname, nationality codes)
    ("Γεώργιος", "Παπαδόπουλος", ["EL"]), ("Мария", "Иванова", ["BG"]), ("Łukasz", "Żółkiewski", ["PL"]),
    ("Šárka", "Dvořáková", ["CZ"]), ("Seán", "Ó Súilleabháin", ["IE"]), ("Anna", "Müller", ["DE"]),
    ("Jean-Luc", "Lefèvre", ["FR", "BE"]), ("Giulia", "Rossi", ["IT"]), ("João", "Gonçalves", ["PT"]),
    ("Ingrid", "Nordahl", ["NO"]), ("Oleksandr", "Kovalenko", ["UA"]), ("Emily", "Carter", ["UK", "IE"]),
    ("Mihai", "Popescu", ["RO"]), ("Katarína", "Horváthová", ["SK"]), ("Jānis", "Bērziņš", ["LV"]),
    ("Eglė", "Žukauskaitė", ["LT"]), ("Ana", "Horvat", ["HR"]), ("Pieter", "de Vries", ["NL"]),
    ("Märta", "Lindqvist", ["SE"]), ("Aino", "Virtanen", ["FI"]), ("Luca", "Zahra", ["MT"]),
    ("Νίκος", "Γεωργίου", ["CY", "EL"]), ("Zoltán", "Kovács", ["HU"]), ("Søren", "Kierkegård", ["DK"]),
    ("Marta", "García Núñez", ["ES"]), ("Urs", "Bachmann", ["CH"]), ("Tõnis", "Tamm", ["EE"]),
]
# More people of each nationality, so that a demo of a few dozen applications has few namesakes
# (chosen from the application's number, not from the random stream, which the other fields keep).
_MORE = {
    "Παπαδόπουλος": [("Ελένη", "Νικολάου"), ("Δημήτρης", "Οικονόμου"), ("Κατερίνα", "Αλεξίου")],
    "Иванова": [("Георги", "Петров"), ("Елена", "Димитрова"), ("Николай", "Стоянов")],
    "Żółkiewski": [("Agnieszka", "Wiśniewska"), ("Paweł", "Kamiński"), ("Zofia", "Lewandowska")],
    "Dvořáková": [("Tomáš", "Novotný"), ("Petra", "Svobodová"), ("Jiří", "Černý")],
    "Ó Súilleabháin": [("Aoife", "Ní Bhriain"), ("Ciarán", "Mac Giolla"), ("Siobhán", "Ó Briain")],
    "Müller": [("Jonas", "Schäfer"), ("Lena", "Weiß"), ("Matthias", "Groß")],
    "Lefèvre": [("Élodie", "Rousseau"), ("François", "Mercier"), ("Chloé", "Lambert")],
    "Rossi": [("Matteo", "Bianchi"), ("Chiara", "Esposito"), ("Lorenzo", "Ferrari")],
    "Gonçalves": [("Inês", "Araújo"), ("Tiago", "Magalhães"), ("Beatriz", "Simões")],
    "Nordahl": [("Lars", "Haugen"), ("Kari", "Bakke"), ("Ole", "Solberg")],
    "Kovalenko": [("Iryna", "Shevchenko"), ("Dmytro", "Bondarenko"), ("Olena", "Tkachenko")],
    "Carter": [("James", "O'Neill"), ("Sophie", "Walsh"), ("Oliver", "Byrne")],
    "Popescu": [("Ioana", "Ionescu"), ("Andrei", "Dumitrescu"), ("Elena", "Stănescu")],
    "Horváthová": [("Peter", "Kováč"), ("Zuzana", "Baláková"), ("Martin", "Šimko")],
    "Bērziņš": [("Līga", "Kalniņa"), ("Andris", "Ozoliņš"), ("Ilze", "Liepiņa")],
    "Žukauskaitė": [("Tomas", "Kazlauskas"), ("Rūta", "Petrauskienė"), ("Mantas", "Jankauskas")],
    "Horvat": [("Ivan", "Kovačević"), ("Marija", "Babić"), ("Luka", "Marić")],
    "de Vries": [("Sanne", "van Dijk"), ("Daan", "Bakker"), ("Femke", "Janssen")],
    "Lindqvist": [("Erik", "Johansson"), ("Sofia", "Åberg"), ("Oskar", "Nyström")],
    "Virtanen": [("Mikko", "Korhonen"), ("Laura", "Mäkinen"), ("Jussi", "Nieminen")],
    "Zahra": [("Maria", "Borg"), ("Daniel", "Camilleri"), ("Rebecca", "Vella")],
    "Γεωργίου": [("Άντρη", "Χαραλάμπους"), ("Μάριος", "Κωνσταντίνου"), ("Ελένη", "Ιωάννου")],
    "Kovács": [("Eszter", "Nagy"), ("Balázs", "Szabó"), ("Réka", "Tóth")],
    "Kierkegård": [("Mette", "Sørensen"), ("Rasmus", "Nielsen"), ("Freja", "Østergaard")],
    "García Núñez": [("Javier", "López Martín"), ("Lucía", "Fernández Ruiz"), ("Álvaro", "Pérez Gil")],
    "Bachmann": [("Reto", "Meier"), ("Nadia", "Keller"), ("Beat", "Zürcher")],
    "Tamm": [("Kadri", "Saar"), ("Mart", "Kask"), ("Liis", "Sepp")],
}
_TRANSLIT = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰабвгдежзийклмнопрстуфхцчшщъыьэюяєії",
                     ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
                      "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y",
                      "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "h", "ts", "ch", "sh", "sht", "a", "y", "", "e", "yu", "ya", "ye", "i", "yi"],
                     strict=True)) | {"ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "đ": "d", "þ": "th", "ð": "d"}
_LANGS = ["English", "French", "German", "Italian", "Spanish", "Polish", "Greek", "Bulgarian", "Czech",
          "Dutch", "Portuguese", "Romanian", "Swedish", "Norwegian", "Russian", "Ukrainian", "Irish"]
_LEVELS = ["A2", "B1", "B2", "C1", "C2"]
_EMPLOYERS = ["Eurocontrol", "Atos Luxembourg", "Deutsche Bahn IT", "Capgemini", "POST Luxembourg",
              "Orange Belgium", "SAP SE", "Banco de Portugal", "Nokia", "CERN", "European Investment Bank"]
_ROLES = ["DevOps engineer", "Site reliability engineer", "Cloud architect", "Systems administrator",
          "Platform team lead", "Security engineer"]
_TECH = ["Jenkins", "GitLab CI", "Ansible", "Terraform", "Kubernetes", "OpenShift", "AWS", "Azure",
         "OVHCloud", "CleverCloud", "Nutanix", "ITIL v4", "PM2", "Prometheus", "Elastic", "Splunk"]
_DIPLOMAS = ["Bachelor of Science in Computer Science", "Master in Information Systems",
             "Diplom-Informatiker", "Licence en informatique", "Inżynier informatyki", "BTS Systèmes"]


def _ascii(s: str) -> str:
    import unicodedata

    s = "".join(_TRANSLIT.get(c, c) for c in s.lower())
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum()).lower() or "x"


def make_profile(rng: random.Random, i: int) -> dict:
    """A varied synthetic candidate (plain dict). Deterministic for a seeded `rng`."""
    first, surname, nats = rng.choice(_NAMES)
    variant = (i * 7 + i // len(_NAMES)) % 4
    if variant and surname in _MORE:
        first, surname = _MORE[surname][variant - 1]
    years = rng.choice([2, 3, 3, 4, 4, 5])
    start = rng.randint(1995, 2016)
    mother = {"EL": "Greek", "CY": "Greek", "BG": "Bulgarian", "PL": "Polish", "CZ": "Czech", "DE": "German",
              "FR": "French", "IT": "Italian", "PT": "Portuguese", "NO": "Norwegian", "UA": "Ukrainian"}
    languages = [(mother.get(nats[0], "English"), "mother tongue")]
    for name in rng.sample(_LANGS, 3):
        if all(name != n for n, _ in languages):
            languages.append((name, rng.choice(_LEVELS)))
    experience, y = [], start + years
    for _ in range(rng.randint(2, 5)):
        end = min(y + rng.randint(1, 6), 2026)
        experience.append({
            "from": date(y, rng.randint(1, 12), 1).isoformat(), "to": date(end, rng.randint(1, 5), 28).isoformat(),
            "employer": rng.choice(_EMPLOYERS), "role": rng.choice(_ROLES),
            "technologies": rng.sample(_TECH, rng.randint(2, 6)),
        })
        y = end
    return {
        "surname": surname, "first_name": first,
        "email": f"{_ascii(first)}.{_ascii(surname)}{i}@example.{rng.choice(['eu', 'com', 'org'])}",
        "nationalities": list(nats), "diploma": rng.choice(_DIPLOMAS), "diploma_years": years,
        "diploma_date": date(start + years, rng.randint(6, 9), rng.randint(1, 28)).isoformat(),
        "languages": languages, "article29": ARTICLE29[0] if rng.random() < 0.85 else rng.choice(ARTICLE29[1:]),
        "experience": experience, "declarations": rng.random() < 0.95,
    }


class _Writer:
    """Draws lines top-down; with text_layer False it draws grey bars instead of glyphs."""

    def __init__(self, c: canvas.Canvas, fonts: tuple[str, str], text_layer: bool):
        self.c, self.fonts, self.text_layer = c, fonts, text_layer
        self.width, self.height = A4
        self.y = self.height - 60

    def line(self, text: str, *, size: float = 10, bold: bool = False, indent: float = 0) -> None:
        font = self.fonts[1] if bold else self.fonts[0]
        avail = self.width - 120 - indent
        # one width measurement for the common short line; simpleSplit measures word by word
        parts = [text] if stringWidth(text, font, size) <= avail else simpleSplit(text, font, size, avail)
        for part in parts or [""]:
            if self.text_layer:
                self.c.setFont(font, size)
                self.c.drawString(60 + indent, self.y, part)
            else:
                self.c.setFillGray(0.2)
                self.c.rect(60 + indent, self.y, min(len(part) * size * 0.5, self.width - 120), size * 0.7,
                            stroke=0, fill=1)
            self.y -= size * 1.45

    def gap(self, h: float = 8) -> None:
        self.y -= h

    def page(self) -> None:
        self.c.showPage()
        self.y = self.height - 60


def _embed_file(c: canvas.Canvas, name: str, data: bytes, mime: str = "text/xml") -> None:
    doc = c._doc
    stream = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("EmbeddedFile"), "Subtype": pdfdoc.PDFName(mime),
                              "Params": pdfdoc.PDFDictionary({"Size": len(data)})}),
        data, filters=[pdfdoc.PDFZCompress])
    spec = pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("Filespec"), "F": pdfdoc.PDFString(name), "UF": pdfdoc.PDFString(name),
        "AFRelationship": pdfdoc.PDFName("Data"),
        "EF": pdfdoc.PDFDictionary({"F": doc.Reference(stream)}),
    })
    names = pdfdoc.PDFArray([pdfdoc.PDFString(name), doc.Reference(spec)])
    doc.Catalog.Names = pdfdoc.PDFDictionary({"EmbeddedFiles": pdfdoc.PDFDictionary({"Names": names})})


def render_application(profile: dict, *, labels: str = "en", pages_of_cv: int = 2, text_layer: bool = True,
                       europass_xml: bytes | None = None, encrypt_password: str | None = None) -> bytes:
    """PDF bytes: `pages_of_cv` CV pages, then the application form page in the `labels` language.

    `encrypt_password` (test helper) protects the PDF with that user password.
    """
    fonts = register_fonts()
    L = LABELS.get(labels, LABELS["en"])
    buf = io.BytesIO()
    encrypt = None
    if encrypt_password is not None:
        from reportlab.lib.pdfencrypt import StandardEncryption

        encrypt = StandardEncryption(encrypt_password, ownerPassword=encrypt_password + "-owner")
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=1, encrypt=encrypt, invariant=1)
    c.setTitle(f"Application {profile.get('surname', '')}")
    w = _Writer(c, fonts, text_layer)
    full_name = f"{profile.get('first_name', '')} {profile.get('surname', '')}".strip()
    experience = list(profile.get("experience") or [])
    for p in range(max(pages_of_cv, 0)):
        w.line(f"{L['cv']} — {full_name}" + (f" ({p + 1})" if p else ""), size=15, bold=True)
        w.line(profile.get("email", ""), size=9)
        w.gap()
        for k, job in enumerate(experience or [{}]):
            w.line(f"{job.get('from', '')} – {job.get('to', '')}  {job.get('role', '')}, {job.get('employer', '')}",
                   bold=True)
            w.line("Technologies: " + ", ".join(job.get("technologies", [])), indent=12)
            w.line(f"Responsible for build pipelines, infrastructure as code and incident response "
                   f"(project {p + 1}.{k + 1}); on-call rotation and capacity planning.", size=9, indent=12)
            w.gap(4)
        w.page()
    w.line(f"{L['title']} {REFERENCE}", size=12, bold=True)
    w.gap()
    nats = list(profile.get("nationalities") or [])
    w.line(f"{L['surname']}: {profile.get('surname', '')}   {L['first_name']}: {profile.get('first_name', '')}   "
           f"{L['email']}: {profile.get('email', '')}")
    w.line(f"{L['nationality']}: {nats[0] if nats else ''}")
    if len(nats) > 1:
        w.line(f"{L['second_nationality']}: {nats[1]}")
    w.line(f"{L['diploma']}: {profile.get('diploma', '')}")
    w.line(f"{L['years']}: {profile.get('diploma_years', '')}")
    w.line(f"{L['diploma_date']}: {profile.get('diploma_date', '')}")
    w.gap()
    w.line(f"{L['languages']}:", bold=True)
    for name, level in profile.get("languages") or []:
        w.line(f"{name}: {L['mother'] if level == 'mother tongue' else level}", indent=12)
    w.gap()
    w.line(f"{L['art29']}: {profile.get('article29', 'None')}")
    w.gap()
    mark = "[X]" if profile.get("declarations", True) else "[ ]"
    w.line(f"{L['declarations']}:", bold=True)
    for d in L["decl"]:
        w.line(f"{mark} {d}", indent=12)
    if europass_xml is not None:
        _embed_file(c, "europass.xml", europass_xml)
    c.showPage()
    c.save()
    return buf.getvalue()
