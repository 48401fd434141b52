"""From a seed to candidates, and from a candidate to the blocks of its form (producer-neutral).

Blocks: ("title", text) ("field", label, value) ("boxes", heading, [(ticked, label)])
("yesno", heading, (yes, no), [(label, yes_ticked)]) ("skills", header, rows) ("para", text)
("cv", text). A producer (forms_render.py) lays the blocks out as lines, tables or check-box lists.
"""

from __future__ import annotations

import random

from .forms_spec import (
    ART29_OPTIONS,
    COUNTRY,
    DECLARATION,
    DEGREES,
    LANG_WORDS,
    LI,
    MILITARY_OPTIONS,
    MOTHER_OF,
    NAT_WORDS,
    NON_EU,
    OFFICIAL,
    RANK,
    TICK,
    UNTICK,
    Candidate,
    P,
    pick,
    pool_index,
    truth_of,
)

REF = "DIGIT/COM/2026/1039"
SURNAMES = ("Kowalska", "Papadopoulou", "Dupont", "Müller", "Rossi", "García", "Jansen", "Ionescu", "Novák",
            "Nagy", "Andersen", "Costa", "Lindqvist", "Ó Briain", "Weber", "Leclerc")
EU_NATS = [n for n in NAT_WORDS if n not in NON_EU]
PRODUCERS = ("reportlab", "libreoffice", "chromium")  # and "acroform" (reportlab's fillable fields), split acroform
LAYOUTS = ("inline", "nextline", "table", "wordtable")
LEVEL_WORDS = {"en": {"B1": "B1 (threshold)", "B2": "B2 (vantage / upper intermediate)", "C1": "C1 (effective operational proficiency)",
                      "C2": "C2 (mastery)"},
               "fr": {"B1": "B1 (niveau seuil)", "B2": "B2 (avancé)", "C1": "C1 (autonome)", "C2": "C2 (maîtrise)"},
               "de": {"B1": "B1 (Mittelstufe)", "B2": "B2 (selbständige Sprachverwendung)", "C1": "C1 (fachkundige Sprachkenntnisse)",
                      "C2": "C2 (annähernd muttersprachlich)"}}
SKILLS = {"en": ["Listening", "Reading", "Spoken interaction", "Spoken production", "Writing"],
          "fr": ["Écouter", "Lire", "Conversation", "Expression orale", "Écrire"],
          "de": ["Hören", "Lesen", "Gespräche", "Sprechen", "Schreiben"]}


def _duration(rng: random.Random, kind: str, lang: str, split: str) -> tuple[float | None, str, str]:
    """(true years, duration as written, period as written)."""
    yrs = {"bachelor": rng.choice((3, 3, 4)), "master": 5, "short": 2}[kind]
    word = {"en": "years", "fr": "ans", "de": "Jahre"}[lang]
    sem = {"en": "semesters", "fr": "semestres", "de": "Semester"}[lang]
    forms = [f"{yrs} {word}", f"{yrs * 2} {sem}", f"{yrs * 60} ECTS", str(yrs)]
    if split == "heldout":
        forms = [f"{yrs}.0", f"{yrs * 60} ECTS credits", f"{yrs * 2} {sem} ({yrs * 60} ECTS)", f"{yrs} academic {word}"
                 if lang == "en" else f"{yrs} {word}"]
    if split == "unseen":
        forms = [f"{yrs} years (full time)", f"{yrs * 60} ECTS", f"{yrs * 2} semesters", f"{yrs}"]
    if split == "fresh":
        forms = [f"{yrs} yrs", f"{yrs * 60} credits (ECTS)", f"{yrs * 2} sem.", f"{yrs} Studienjahre"
                 if lang == "de" else f"{yrs} années" if lang == "fr" else f"{yrs}-year programme"]
    style = rng.random()
    if style < 0.15:
        start = rng.choice((2008, 2010, 2013))
        return float(yrs), "", f"{start}-{rng.choice(('09', '10'))} – {start + yrs}-{rng.choice(('06', '07'))}"
    if kind == "master" and style < 0.35:
        return 5.0, rng.choice(("Master (3+2)", "integrated master (5 years)")), ""
    if kind == "bachelor" and yrs == 3 and style < 0.3 and lang == "en":
        return 3.5, rng.choice(("3.5", "7 semesters")), ""
    return float(yrs), rng.choice(forms), ""


def make_candidate(rng: random.Random, i: int, split: str, producer: str) -> Candidate:
    lang = rng.choice(("en", "en", "fr", "de"))
    nat1 = rng.choice(EU_NATS) if rng.random() < 0.8 else rng.choice(sorted(NON_EU & set(NAT_WORDS)))
    nats = [nat1] + ([rng.choice([n for n in NAT_WORDS if n != nat1])] if rng.random() < 0.25 else [])
    kind = rng.choice(("bachelor", "bachelor", "master", "master", "short"))
    years, dur, period = _duration(rng, kind, lang, split)
    mother = MOTHER_OF[nat1] if rng.random() < 0.9 else rng.choice(("eu", "ru"))
    pool = [c for c in LANG_WORDS if c != mother]
    others: dict[str, list[str]] = {}
    for code in rng.sample(pool, rng.randint(1, 3)):
        base = rng.choice(("B1", "B2", "B2", "C1", "C1", "C2"))
        dims = [RANK[min(5, RANK.index(base) + rng.choice((0, 0, 1)))] for _ in range(5)]
        dims[rng.randrange(5)] = base
        others[code] = dims
    if rng.random() < 0.25:  # English is the usual second language of these forms
        others["en"] = [rng.choice(("B2", "C1", "C2"))] * 5
        others.pop(mother, None)
    art = rng.choice((None, None, None, "official", "other_institution", "laureate", "contract"))
    if split in ("art29", "browserbox"):  # mostly priority candidates, and the staff who are not officials
        art = rng.choice(("official", "official", "other_institution", "other_institution", "laureate", "laureate",
                          "contract", "contract", None))
    c = Candidate(
        key=f"{split[:1]}{i:03d}", split=split, lang=lang, producer=producer, layout=rng.choice(LAYOUTS),
        surname=rng.choice(SURNAMES), nationalities=nats, diploma_kind=kind, years=years, duration_text=dur,
        period=period, mother=mother, others=others, level_style=rng.choice(("plain", "words", "skills")),
        art29=art, art_style=rng.choice(("boxes", "boxes", "yesno", "field")), military_box=rng.random() < 0.4,
        declaration=rng.choices(("signed", "unsigned", "missing"), (8, 1, 1))[0])
    if split == "browserbox":  # HTML check boxes printed by the browser: boxes and Yes/No columns, never a field
        c.art_style = rng.choice(("boxes", "boxes", "yesno"))
        c.military_box = rng.random() < 0.7
    c.truth = truth_of(c)
    return c


def _nat_text(rng: random.Random, c: Candidate, split: str) -> str:
    words = []
    for n in c.nationalities:
        w = NAT_WORDS[n][LI[c.lang]]
        if rng.random() < 0.15:
            w = {"EL": rng.choice(("EL", "GR"))}.get(n, n)
        elif c.lang == "en" and rng.random() < 0.15 and n in COUNTRY:
            w = COUNTRY[n]
        words.append(w)
    joiner = rng.choice((", ", " / ", {"en": " and ", "fr": " et ", "de": " und "}[c.lang]))
    return joiner.join(words)


def blocks_of(c: Candidate, seed: int) -> list[tuple]:
    rng = random.Random(seed)
    lang, split = c.lang, c.split
    t = lambda key: pick(rng, P[key], lang, split)  # noqa: E731
    out: list[tuple] = []
    if rng.random() < 0.4:
        out.append(("cv", f"CURRICULUM VITAE – {c.surname}\nProfessional experience\n2016–2025 DevOps engineer, "
                          "Oslo and Zurich offices; led a team of 6\nSkills: Kubernetes, Ansible, Terraform, ITIL v4\n"
                          "Interests: chess, Norwegian literature"))
    out.append(("title", t("title").format(ref=REF) + f"  {REF}"))
    out += [("field", t("surname"), c.surname), ("field", t("first"), rng.choice(("Anna", "Eleni", "Jean", "Maria"))),
            ("field", t("email"), f"{c.surname.lower().replace(' ', '')}.{c.key}@example.eu"),
            ("field", t("nat"), _nat_text(rng, c, split))]
    degree = DEGREES[c.diploma_kind][LI[lang]]
    if c.duration_text.startswith(("Master (", "integrated")):
        out.append(("field", t("dip"), c.duration_text))
    else:
        out.append(("field", t("dip"), degree))
        if c.duration_text:
            out.append(("field", t("dur"), c.duration_text))
    if c.period:
        out.append(("field", t("period"), c.period))
    out.append(("field", t("mother"), LANG_WORDS[c.mother][LI[lang]]))
    label_other = t("other")
    if c.level_style == "skills":
        rows = [[LANG_WORDS[k][LI[lang]], *dims] for k, dims in c.others.items()]
        out.append(("skills", [label_other, *SKILLS[lang]], rows))
    else:
        parts = []
        for k, dims in c.others.items():
            low = min(dims, key=RANK.index)
            shown = LEVEL_WORDS[lang].get(low, low) if c.level_style == "words" else low
            parts.append(f"{LANG_WORDS[k][LI[lang]]} – {shown}")
        out.append(("field", label_other, "; ".join(parts)))
    _art29(rng, c, out, t)
    if c.military_box:
        opts = MILITARY_OPTIONS[lang][pool_index(split, len(MILITARY_OPTIONS[lang]))]
        chosen = rng.randrange(len(opts))
        tick, untick = _marks(rng, split)
        items = [(k == chosen, o, tick if k == chosen else untick) for k, o in enumerate(opts)]
        out.append(_boxes(rng, t("military_head"), items, split == "browserbox"))
    if c.declaration != "missing":
        out.append(("para", pick(rng, DECLARATION, lang, split)))
        place = t("place_date")
        sig = t("signature")
        if c.declaration == "signed":
            out.append(("field", place, rng.choice(("Brussels, 10/06/2026", "Warszawa, 9 June 2026",
                                                    "Luxembourg, le 8 juin 2026", "Berlin, 11.06.2026"))))
            out.append(("field", sig, rng.choice((f"(signed) {c.surname}", c.surname, f"/s/ {c.surname}"))))
        else:
            out.append(("field", place, "________________"))
            out.append(("field", sig, "________________"))
    return out


def _marks(rng: random.Random, split: str) -> tuple[str, str]:
    s = pool_index(split, len(TICK))
    return rng.choice(TICK[s]), rng.choice(UNTICK[s])


def _art29(rng: random.Random, c: Candidate, out: list, t) -> None:
    lang, split = c.lang, c.split
    cats = ["official", "other_institution", "laureate", "contract", None]
    labels = {cat: pick(rng, ART29_OPTIONS[cat], lang, split) for cat in cats}
    head = t("art_head")
    if c.art_style == "field":
        out.append(("field", head, labels[c.art29]))
    elif c.art_style == "yesno":
        yes_no = {"en": ("Yes", "No"), "fr": ("Oui", "Non"), "de": ("Ja", "Nein")}[lang]
        out.append(("yesno", head, yes_no, [(labels[cat], cat == c.art29) for cat in cats[:4]]))
    else:
        tick, untick = _marks(rng, split)
        out.append(_boxes(rng, head, [(cat == c.art29, labels[cat], tick if cat == c.art29 else untick) for cat in cats],
                          split == "browserbox"))


def _boxes(rng: random.Random, heading: str, items: list, drawn: bool = False) -> tuple:
    """A list of boxes, one a line, or (a quarter of the time) all on one line after the heading (a "boxline"
    when the boxes are HTML check boxes: the producer draws them; otherwise a paragraph of typed marks)."""
    if rng.random() < 0.25:
        if drawn:
            return ("boxline", heading.rstrip(":?"), items)
        return ("para", f"{heading.rstrip(':?')}: " + "  ".join(f"{mark} {label}" for _t, label, mark in items))
    return ("boxes", heading, items)


def official(code: str) -> bool:
    return code in OFFICIAL
