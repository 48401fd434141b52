"""Europass XML in both formats (the current `Candidate` with PrimaryLanguageCode and the old
`SkillsPassport` with MotherTongue), and Europass PDFs with or without a text layer that embed it."""

from __future__ import annotations

from xml.sax.saxutils import escape

ISO3 = {"pl": "pol", "en": "eng", "no": "nor", "sv": "swe", "el": "ell", "fr": "fra", "de": "deu", "it": "ita",
        "es": "spa", "ro": "ron", "tr": "tur"}
DIMS_NEW = ("CEF-Understanding-Listening", "CEF-Understanding-Reading", "CEF-Speaking-Interaction",
            "CEF-Speaking-Production", "CEF-Writing-Production")
DIMS_OLD = ("Listening", "Reading", "SpokenInteraction", "SpokenProduction", "Writing")


def new_format(p: dict) -> bytes:
    """p: surname, first, email, nationalities [ISO2, maybe lower case], mother (639-1), languages
    {code: [5 levels]}, education [(start 'YYYY-MM', end, EQF, degree, ECTS or None)]"""
    langs = "".join(
        "<PersonCompetency><hr:CompetencyID>" + ISO3[c] + "</hr:CompetencyID><hr:TaxonomyID>language</hr:TaxonomyID>"
        + "".join(f"<eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>{d}</hr:CompetencyDimensionTypeCode>"
                  f"<eures:Score><hr:ScoreText>{lv}</hr:ScoreText></eures:Score></eures:CompetencyDimension>"
                  for d, lv in zip(DIMS_NEW, levels, strict=True))
        + "</PersonCompetency>" for c, levels in p["languages"].items())
    edu = "".join(
        "<EducationOrganizationAttendance><OrganizationName>University</OrganizationName>"
        f"<AttendancePeriod><StartDate><hr:FormattedDateTime>{s}-01</hr:FormattedDateTime></StartDate>"
        f"<EndDate><hr:FormattedDateTime>{e}-30</hr:FormattedDateTime></EndDate></AttendancePeriod>"
        f"<EducationDegree><hr:DegreeName>{escape(deg)}</hr:DegreeName><eures:EQFLevelCode>{eqf}</eures:EQFLevelCode>"
        "</EducationDegree>"
        + (f"<hr:EducationScore><hr:ScoreText>{ects} ECTS</hr:ScoreText></hr:EducationScore>" if ects else "")
        + "</EducationOrganizationAttendance>" for s, e, eqf, deg, ects in p["education"])
    nats = "".join(f"<NationalityCode>{n}</NationalityCode>" for n in p["nationalities"])
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Candidate xmlns="http://www.europass.eu/1.0" xmlns:oa="http://www.openapplications.org/oagis/9" '
        'xmlns:eures="http://www.europass_eures.eu/1.0" xmlns:hr="http://www.hr-xml.org/3">'
        "<CandidatePerson><PersonName>"
        f"<oa:GivenName>{escape(p['first'])}</oa:GivenName><hr:FamilyName>{escape(p['surname'])}</hr:FamilyName>"
        f"</PersonName><Communication><ChannelCode>Email</ChannelCode><oa:URI>{p['email']}</oa:URI></Communication>"
        f"{nats}<PrimaryLanguageCode name=\"x\">{ISO3[p['mother']]}</PrimaryLanguageCode></CandidatePerson>"
        f"<CandidateProfile languageCode=\"en\"><EducationHistory>{edu}</EducationHistory>"
        f"<PersonQualifications>{langs}</PersonQualifications></CandidateProfile></Candidate>"
    ).encode()


def old_format(p: dict) -> bytes:
    foreign = "".join(
        f"<ForeignLanguage><Description><Code>{c}</Code></Description><ProficiencyLevel>"
        + "".join(f"<{d}>{lv}</{d}>" for d, lv in zip(DIMS_OLD, levels, strict=True))
        + "</ProficiencyLevel></ForeignLanguage>" for c, levels in p["languages"].items())
    edu = "".join(
        f"<Education><Period><From year=\"{s[:4]}\" month=\"--{s[5:]}\"/><To year=\"{e[:4]}\" month=\"--{e[5:]}\"/>"
        f"</Period><Title>{escape(deg)}</Title><Level><Code>{eqf}</Code><Label>EQF level {eqf}</Label></Level>"
        + (f"<Credits>{ects} ECTS</Credits>" if ects else "") + "</Education>"
        for s, e, eqf, deg, ects in p["education"])
    nats = "".join(f"<Nationality><Code>{n}</Code></Nationality>" for n in p["nationalities"])
    return (
        '<?xml version="1.0" encoding="UTF-8"?><SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass" '
        'locale="en"><LearnerInfo><Identification><PersonName>'
        f"<FirstName>{escape(p['first'])}</FirstName><Surname>{escape(p['surname'])}</Surname></PersonName>"
        f"<ContactInfo><Email><Contact>{p['email']}</Contact></Email></ContactInfo>"
        f"<Demographics><NationalityList>{nats}</NationalityList></Demographics></Identification>"
        f"<EducationList>{edu}</EducationList><Skills><Linguistic><MotherTongueList><MotherTongue><Description>"
        f"<Code>{p['mother']}</Code></Description></MotherTongue></MotherTongueList>"
        f"<ForeignLanguageList>{foreign}</ForeignLanguageList></Linguistic></Skills></LearnerInfo></SkillsPassport>"
    ).encode()


def europass_pdf(xml: bytes, lines: list[str] | None) -> bytes:
    """A Europass PDF embedding `xml`: `lines` as its text layer, or (None) a scan: grey bars, no text."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from panel_app.reports.application_form import _embed_file
    from panel_app.reports.fonts import register_fonts

    regular, _bold = register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 800
    for line in (lines if lines is not None else ["x" * 60] * 40):
        if y < 60:
            c.showPage()
            y = 800
        if lines is None:
            c.setFillGray(0.6)
            c.rect(50, y, 300 + (y % 7) * 20, 7, stroke=0, fill=1)
        else:
            c.setFont(regular, 9.5)
            c.drawString(50, y, line)
        y -= 15
    _embed_file(c, "europass.xml", xml)
    c.save()
    return buf.getvalue()
