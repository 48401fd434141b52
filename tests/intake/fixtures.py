"""Fixture generator for the intake tests: e-mails, PDFs, archives and Europass XML, all built in code.

Nothing here is a binary blob: every input can be regenerated from these functions.
"""

from __future__ import annotations

import io
import random
import zipfile
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from functools import cache

from panel_app.reports.application_form import make_profile, render_application

REF = "DIGIT/COM/2026/1039"
DEADLINE_UTC = datetime(2026, 6, 12, 10, 0, 0, tzinfo=UTC)  # 12:00 Brussels (CEST)


def profile(i: int = 0, **overrides) -> dict:
    p = make_profile(random.Random(1000 + i), i)
    p.update(overrides)
    return p


@cache
def _pdf_cached(i: int, labels: str, pages_of_cv: int, text_layer: bool) -> bytes:
    return render_application(profile(i), labels=labels, pages_of_cv=pages_of_cv, text_layer=text_layer)


def application_pdf(i: int = 0, *, labels: str = "en", pages_of_cv: int = 2, text_layer: bool = True) -> bytes:
    return _pdf_cached(i, labels, pages_of_cv, text_layer)


def received_header(when: datetime, host: str = "mx1.ec.europa.eu") -> str:
    return (f"from mail.example.org (mail.example.org [192.0.2.7]) by {host} with ESMTPS id 4Q{when:%H%M%S}; "
            f"{format_datetime(when)}")


def make_eml(*, subject: str | None = "Application DIGIT/COM/2026/1039", from_name: str = "Anna Müller",
             from_addr: str = "anna.mueller@example.org", received: list[datetime] | None = None,
             date: datetime | None = None, attachments: list[tuple[str, bytes, str]] | None = None,
             body: str = "Dear Sir or Madam,\nplease find my application attached.\n") -> EmailMessage:
    """An application mail. `received` is top-most first (the receiving server's time first).

    attachments: (filename, data, "maintype/subtype").
    """
    msg = EmailMessage()
    if received is None:
        received = [DEADLINE_UTC - timedelta(hours=2)]
    for when in received:
        msg["Received"] = received_header(when)
    msg["From"] = f"{from_name} <{from_addr}>" if from_name else from_addr
    msg["To"] = "DIGIT-COM-2026-1039@ec.europa.eu"
    if subject is not None:
        msg["Subject"] = subject
    msg["Date"] = format_datetime(date or (received[-1] if received else DEADLINE_UTC))
    msg["Message-ID"] = f"<{abs(hash((subject, from_addr, tuple(received)))):x}@example.org>"
    msg.set_content(body)
    for name, data, ctype in attachments if attachments is not None else [("application.pdf", application_pdf(), "application/pdf")]:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg


def eml_bytes(**kw) -> bytes:
    return bytes(make_eml(**kw))


def forwarded(inner: EmailMessage, *, outer_received: datetime, forwarder: str = "hr.assistant@ec.europa.eu",
              outer_subject: str = "FW: application") -> bytes:
    """The inner message wrapped whole as message/rfc822 (Outlook/Thunderbird "forward as attachment")."""
    outer = EmailMessage()
    outer["Received"] = received_header(outer_received, host="mx2.ec.europa.eu")
    outer["From"] = forwarder
    outer["To"] = "DIGIT-COM-2026-1039@ec.europa.eu"
    outer["Subject"] = outer_subject
    outer["Date"] = format_datetime(outer_received)
    outer.set_content("Forwarding the application below.\n")
    outer.add_attachment(inner)
    return bytes(outer)


def docx_bytes() -> bytes:
    """A minimal real .docx (OOXML zip)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        zf.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                    'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>CV</w:t></w:r></w:p></w:body></w:document>')
    return buf.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def tiff_bytes() -> bytes:
    return b"II*\x00\x08\x00\x00\x00" + b"\x00" * 64


def mbox_bytes(messages: list[bytes]) -> bytes:
    out = b""
    for k, m in enumerate(messages):
        body = m.replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ")
        out += f"From sender{k}@example.org Fri Jun 12 09:00:00 2026\n".encode() + body.rstrip(b"\n") + b"\n\n"
    return out


def europass_old_xml(first: str = "Šárka", surname: str = "Dvořáková") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass" locale="en">
 <LearnerInfo><Identification>
  <PersonName><FirstName>{first}</FirstName><Surname>{surname}</Surname></PersonName>
  <ContactInfo><Email><Contact>Sarka.Dvorakova@Example.CZ</Contact></Email></ContactInfo>
  <Demographics><Nationality><Code>CZ</Code><Label>Czech</Label></Nationality>
   <Nationality><Code>SK</Code></Nationality></Demographics>
 </Identification>
 <Skills><Linguistic>
  <MotherTongue><Description><Code>cs</Code><Label>Czech</Label></Description></MotherTongue>
  <ForeignLanguage><Description><Code>en</Code><Label>English</Label></Description>
   <ProficiencyLevel><Listening>C1</Listening><Reading>C2</Reading><SpokenInteraction>C1</SpokenInteraction>
   <SpokenProduction>B2</SpokenProduction><Writing>C1</Writing></ProficiencyLevel></ForeignLanguage>
 </Linguistic></Skills></LearnerInfo>
</SkillsPassport>""".encode()


def europass_new_xml(first: str = "Γεώργιος", surname: str = "Παπαδόπουλος") -> bytes:
    dims = "".join(
        f"<eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>{code}</hr:CompetencyDimensionTypeCode>"
        f"<eures:Score><hr:ScoreText>{lvl}</hr:ScoreText></eures:Score></eures:CompetencyDimension>"
        for code, lvl in [("CEF-Understanding-Listening", "C1"), ("CEF-Understanding-Reading", "C1"),
                          ("CEF-Speaking-Interaction", "B2"), ("CEF-Speaking-Production", "B2"),
                          ("CEF-Writing-Production", "B2")])
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Candidate xmlns="http://www.europass.eu/1.0" xmlns:oa="http://www.openapplications.org/oagis/9"
  xmlns:eures="http://www.europass_eures.eu/1.0" xmlns:hr="http://www.hr-xml.org/3">
 <CandidatePerson>
  <PersonName><oa:GivenName>{first}</oa:GivenName><hr:FamilyName>{surname}</hr:FamilyName></PersonName>
  <Communication><ChannelCode>Email</ChannelCode><oa:URI>g.papadopoulos@example.gr</oa:URI></Communication>
  <NationalityCode>GR</NationalityCode>
 </CandidatePerson>
 <CandidateProfile><PersonQualifications>
  <PersonCompetency><CompetencyID>ell</CompetencyID><hr:TaxonomyID>language</hr:TaxonomyID></PersonCompetency>
  <PersonCompetency><CompetencyID>eng</CompetencyID><hr:TaxonomyID>language</hr:TaxonomyID>{dims}</PersonCompetency>
 </PersonQualifications></CandidateProfile>
</Candidate>""".encode()
