"""Three producers of PDF forms from the same blocks: reportlab, LibreOffice (a .docx made with python-docx,
converted headless) and Chromium's print-to-PDF of HTML. Layouts: "inline" (Label: value), "nextline"
(Label:⏎value), "table" (two-column label | value table) and "wordtable" (label | value | label | value).
"""

from __future__ import annotations

import hashlib
import html
import io
import subprocess
import tempfile
import textwrap
from pathlib import Path


def _pairs(blocks: list[tuple]) -> list[tuple]:
    """Consecutive fields grouped (for the table layouts)."""
    out: list[tuple] = []
    for b in blocks:
        if b[0] == "field" and out and out[-1][0] == "fields":
            out[-1][1].append((b[1], b[2]))
        elif b[0] == "field":
            out.append(("fields", [(b[1], b[2])]))
        else:
            out.append(b)
    return out


def _rows(fields: list[tuple[str, str]], layout: str) -> list[list[str]]:
    if layout == "wordtable":
        rows = [[fields[i][0], fields[i][1], *(fields[i + 1] if i + 1 < len(fields) else ("", ""))]
                for i in range(0, len(fields), 2)]
        return rows
    return [[label, value] for label, value in fields]


def as_lines(blocks: list[tuple], layout: str) -> list[str]:
    """The text lines of a line layout (inline / nextline)."""
    lines: list[str] = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "para"):
            lines.append(b[1])
        elif kind == "cv":
            lines += b[1].split("\n")
        elif kind == "field":
            lines += [f"{b[1]}: {b[2]}"] if layout == "inline" else [f"{b[1]}:", b[2]]
        elif kind == "boxes":
            lines.append(b[1])
            lines += [f"{mark} {label}" for _t, label, mark in b[2]]
        elif kind == "boxline":
            lines.append(f"{b[1]}: " + "  ".join(f"{'☒' if ticked else '☐'} {label}" for ticked, label, _m in b[2]))
        elif kind == "yesno":
            yes, no = b[2]
            lines.append(b[1])
            lines += [f"{label}   {yes} {'☒' if ok else '☐'}   {no} {'☐' if ok else '☒'}" for label, ok in b[3]]
        elif kind == "skills":
            lines.append("   ".join(b[1]))
            lines += ["   ".join(r) for r in b[2]]
    return lines


# ------------------------------------------------------------------ reportlab
def reportlab_pdf(blocks: list[tuple], layout: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from panel_app.reports.fonts import register_fonts

    regular, bold = register_fonts()
    st = ParagraphStyle("n", fontName=regular, fontSize=9.5, leading=12)
    sb = ParagraphStyle("b", parent=st, fontName=bold, fontSize=12, leading=15)
    grid = TableStyle([("FONT", (0, 0), (-1, -1), regular, 9), ("GRID", (0, 0), (-1, -1), 0.4, "#888888"),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")])
    story: list = []
    p = lambda s, style=st: Paragraph(html.escape(s), style)  # noqa: E731
    for b in _pairs(blocks) if layout in ("table", "wordtable") else blocks:
        kind = b[0]
        if kind == "cv":
            story += [p(line) for line in b[1].split("\n")] + [PageBreak()]
        elif kind == "title":
            story += [p(b[1], sb), Spacer(1, 6)]
        elif kind == "para":
            story += [Spacer(1, 6), p(b[1])]
        elif kind == "fields":
            story.append(Table([[p(x) for x in r] for r in _rows(b[1], layout)], style=grid))
        elif kind == "field":
            story += [p(f"{b[1]}: {b[2]}")] if layout == "inline" else [p(f"{b[1]}:"), p(b[2])]
        elif kind == "boxes":
            story += [Spacer(1, 4), p(b[1])]
            if layout in ("table", "wordtable"):
                story.append(Table([[mark, p(label)] for _t, label, mark in b[2]], colWidths=(22, 400), style=grid))
            else:
                story += [p(f"{mark} {label}") for _t, label, mark in b[2]]
        elif kind == "yesno":
            yes, no = b[2]
            data = [[b[1], yes, no]] + [[p(label), "☒" if ok else "☐", "☐" if ok else "☒"] for label, ok in b[3]]
            story += [Spacer(1, 4), Table(data, colWidths=(330, 40, 40), style=grid)]
        elif kind == "skills":
            story += [Spacer(1, 4), Table([b[1], *b[2]], style=grid)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title="Application", author="candidate").build(story)
    return buf.getvalue()


# ------------------------------------------------------------------ a fillable form (AcroForm)
def _latin1(value: str) -> str:
    """reportlab writes a field's appearance in a standard font: Latin-1 only (a dash becomes a hyphen)."""
    return value.replace("–", "-").replace("—", "-").encode("latin-1", "replace").decode("latin-1")


def acroform_pdf(blocks: list[tuple]) -> bytes:
    """The form as a fillable PDF, filled in: labels printed on the page, every value in a text field and
    every box a check-box field (ticked or not), so what the candidate typed and ticked leaves no page text.
    Yes/No tables, language tables and paragraphs stay printed text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from panel_app.reports.fonts import register_fonts

    regular, _bold = register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Application")
    y = [800.0]

    def room(h: float = 16) -> None:
        if y[0] - h < 50:
            c.showPage()
            y[0] = 800.0
        y[0] -= h
        c.setFont(regular, 9.5)

    def text(s: str, x: float = 50) -> None:
        for chunk in textwrap.wrap(s, 95) or [""]:
            room(13)
            c.drawString(x, y[0], chunk)

    n = [0]

    def name() -> str:
        n[0] += 1
        return f"field{n[0]}"

    c.setFont(regular, 9.5)
    for b in blocks:
        kind = b[0]
        if kind == "cv":
            for line in b[1].split("\n"):
                text(line)
            c.showPage()
            y[0] = 800.0
        elif kind in ("title", "para"):
            room(6)
            text(b[1])
        elif kind == "field":
            room(20)
            c.drawString(50, y[0], b[1])
            c.acroForm.textfield(name=name(), tooltip=b[1], x=230, y=y[0] - 4, width=320, height=16,
                                 value=_latin1(b[2]), fontName="Helvetica", fontSize=9, borderWidth=0.5)
        elif kind == "boxes":
            room(6)
            text(b[1])
            for ticked, label, _mark in b[2]:
                room(17)
                c.acroForm.checkbox(name=name(), tooltip=label, x=56, y=y[0] - 3, size=11, checked=ticked,
                                    buttonStyle="cross", borderWidth=0.5)
                c.drawString(74, y[0], label)
        elif kind == "yesno":
            yes, no = b[2]
            text(f"{b[1]} {yes} {no}")
            for label, ok in b[3]:
                text(f"{label} {'☒' if ok else '☐'} {'☐' if ok else '☒'}")
        elif kind == "skills":
            for row in [b[1], *b[2]]:
                text(" ".join(row))
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ HTML (Chromium)
def input_style(rng) -> dict:
    """How a form's HTML check boxes look: check boxes or (for a one-choice list) radio buttons, the box before
    or after its label, the browser's size or a form's own (CSS), an accent colour or none."""
    return {"radio": rng.random() < 0.3, "after": rng.random() < 0.25,
            "css": rng.choice(("", "", "input{width:16px;height:16px}", "input{width:11px;height:11px}")),
            "accent": rng.choice(("", "", "accent-color:#1a4d8f;", "accent-color:#333;"))}


def _input(ticked: bool, style: dict, group: str) -> str:
    kind = f"radio' name='{group}" if style["radio"] and group else "checkbox"
    return f"<input type='{kind}'{' checked' if ticked else ''}>"


def _cell(ticked: bool, inputs: dict | None, group: str) -> str:
    """A Yes/No cell: a typed mark, or an HTML check box (radio button) the browser draws."""
    return ("☒" if ticked else "☐") if inputs is None else _input(ticked, {"radio": inputs["radio"]}, group)


def _html_boxes(b: tuple, layout: str, style: dict | None, n: int) -> str:
    """A list of boxes: typed marks (☒ ☐ …), or HTML check boxes the browser draws (`style`, see input_style)."""
    e = html.escape
    out = [f"<p>{e(b[1])}</p>"]

    def box(ticked: bool, label: str, mark: str) -> tuple[str, str]:
        if style is None:
            return e(mark), e(label)
        return _input(ticked, style, f"g{n}"), f"<label>{e(label)}</label>"

    cells = [box(*item) for item in b[2]]
    after = style is not None and style["after"]
    if layout in ("table", "wordtable"):
        out.append("<table>" + "".join(f"<tr><td>{lb}</td><td>{m}</td></tr>" if after else
                                       f"<tr><td>{m}</td><td>{lb}</td></tr>" for m, lb in cells) + "</table>")
    else:
        out.append("".join(f"<div>{lb} {m}</div>" if after else f"<div>{m} {lb}</div>" for m, lb in cells))
    return "".join(out)


def as_html(blocks: list[tuple], layout: str, inputs: dict | None = None) -> str:
    """The form as HTML; with `inputs` (see input_style) every box is an HTML check box (or radio button)."""
    e = html.escape
    css = (inputs or {}).get("css", "") + (f"input{{{inputs['accent']}}}" if inputs and inputs["accent"] else "")
    out = ["<!doctype html><html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Sans',sans-serif;"
           "font-size:10pt} table{border-collapse:collapse;margin:4px 0} td,th{border:1px solid #999;padding:2px 6px;"
           f"vertical-align:top}} .cv{{page-break-after:always}}{css}</style></head><body>"]
    for n, b in enumerate(_pairs(blocks) if layout in ("table", "wordtable") else blocks):
        kind = b[0]
        if kind == "cv":
            out.append("<div class='cv'>" + "".join(f"<p>{e(x)}</p>" for x in b[1].split("\n")) + "</div>")
        elif kind == "title":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "para":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "fields":
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>"
                                           for r in _rows(b[1], layout)) + "</table>")
        elif kind == "field":
            out.append(f"<p>{e(b[1])}: {e(b[2])}</p>" if layout == "inline"
                       else f"<p><b>{e(b[1])}:</b><br>{e(b[2])}</p>")
        elif kind == "boxes":
            out.append(_html_boxes(b, layout, inputs, n))
        elif kind == "boxline":  # only made with inputs: "Military service: (x) Completed ( ) Exempted"
            style = inputs or {"radio": False}
            out.append(f"<p>{e(b[1])}: " + " ".join(f"{_input(t, style, f'g{n}')} {e(lb)}" for t, lb, _m in b[2])
                       + "</p>")
        elif kind == "yesno":
            yes, no = b[2]
            out.append(f"<table><tr><th>{e(b[1])}</th><th>{yes}</th><th>{no}</th></tr>" + "".join(
                f"<tr><td>{e(lb)}</td><td>{_cell(ok, inputs, f'r{n}-{k}')}</td>"
                f"<td>{_cell(not ok, inputs, f'r{n}-{k}')}</td></tr>" for k, (lb, ok) in enumerate(b[3])) + "</table>")
        elif kind == "skills":
            out.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1]) + "</tr>" + "".join(
                "<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in b[2]) + "</table>")
    out.append("</body></html>")
    return "".join(out)


def half(name: str) -> bool:
    """Half of the forms, chosen by name (not by the seeded generator, whose sequence stays as it is)."""
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % 2 == 0


def chromium_pdfs(pages: dict[str, str], outdir: Path) -> None:
    """HTML text by name -> NAME.pdf in outdir, printed by headless Chromium; half with the browser's own page
    header and footer (the date and time, the title, the file's URL, "1/2"), as people print them."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in pages.items():
            src = Path(tmp) / f"{name}.html"
            src.write_text(text, encoding="utf-8")
            plain = [] if half(name) else ["--no-pdf-header-footer"]
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", *plain,
                            f"--print-to-pdf={outdir / (name + '.pdf')}", src.as_uri()],
                           check=True, capture_output=True, timeout=120)


# ------------------------------------------------------------------ Word (python-docx) -> LibreOffice
def docx_bytes(blocks: list[tuple], layout: str, footer: bool = False) -> bytes:
    import docx  # python-docx
    from docx.shared import Cm, Pt

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(9.5)
    if footer:  # a form's running header and footer, with a bare date that signs nothing
        d.sections[0].header.paragraphs[0].text = "European Commission – Selection DIGIT/COM/2026/1039"
        d.sections[0].footer.paragraphs[0].text = "Form version 2.1 – 01/03/2026"
    for b in _pairs(blocks) if layout in ("table", "wordtable") else blocks:
        kind = b[0]
        if kind == "cv":
            for x in b[1].split("\n"):
                d.add_paragraph(x)
            d.add_page_break()
        elif kind == "title":
            d.add_heading(b[1], level=2)
        elif kind == "para":
            d.add_paragraph(b[1])
        elif kind == "fields":
            rows = _rows(b[1], layout)
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for k, x in enumerate(row):
                    table.cell(r, k).text = x
                    table.cell(r, k).width = Cm(3.9 if k % 2 == 0 else (4.6 if len(row) > 2 else 11))
        elif kind == "field":
            if layout == "inline":
                d.add_paragraph(f"{b[1]}: {b[2]}")
            else:
                d.add_paragraph(f"{b[1]}:")
                d.add_paragraph(b[2])
        elif kind == "boxes":
            d.add_paragraph(b[1])
            if layout in ("table", "wordtable"):
                table = d.add_table(rows=len(b[2]), cols=2)
                table.style = "Table Grid"
                for r, (_t, label, mark) in enumerate(b[2]):
                    table.cell(r, 0).text, table.cell(r, 1).text = mark, label
            else:
                for _t, label, mark in b[2]:
                    d.add_paragraph(f"{mark} {label}")
        elif kind == "yesno":
            yes, no = b[2]
            table = d.add_table(rows=len(b[3]) + 1, cols=3)
            table.style = "Table Grid"
            for k, x in enumerate((b[1], yes, no)):
                table.cell(0, k).text = x
            for r, (label, ok) in enumerate(b[3], start=1):
                for k, x in enumerate((label, "☒" if ok else "☐", "☐" if ok else "☒")):
                    table.cell(r, k).text = x
        elif kind == "skills":
            table = d.add_table(rows=len(b[2]) + 1, cols=len(b[1]))
            table.style = "Table Grid"
            for r, row in enumerate([b[1], *b[2]]):
                for k, x in enumerate(row):
                    table.cell(r, k).text = x
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def libreoffice_pdfs(docs: dict[str, bytes], outdir: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, data in docs.items():
            (Path(tmp) / f"{name}.docx").write_bytes(data)
            paths.append(str(Path(tmp) / f"{name}.docx"))
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                        "pdf", "--outdir", str(outdir), *paths], check=True, capture_output=True, timeout=600)
